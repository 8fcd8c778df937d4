from enum import StrEnum
from typing import Literal


class StreamingEncoding(StrEnum):
    GZIP = "gzip"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)


# The values as plain strings: an enum field of a request model takes a member or any string (these are
# the known ones, listed so that an IDE and mypy catch a typo); a response keeps a value not listed here.
StreamingEncodingValue = Literal[
    "gzip",
    "none",
]
