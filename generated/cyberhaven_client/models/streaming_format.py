from enum import StrEnum
from typing import Literal


class StreamingFormat(StrEnum):
    JSON = "json"
    JSON_LINES = "json_lines"

    def __str__(self) -> str:
        return str(self.value)


# The values as plain strings: an enum field of a request model takes a member or any string (these are
# the known ones, listed so that an IDE and mypy catch a typo); a response keeps a value not listed here.
StreamingFormatValue = Literal[
    "json",
    "json_lines",
]
