from enum import StrEnum
from typing import Literal


class WarningStatus(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"
    SHOWN = "shown"
    SKIPPED_OTHER = "skipped_other"
    SKIPPED_THROTTLED = "skipped_throttled"
    SKIPPED_TIMEOUT = "skipped_timeout"

    def __str__(self) -> str:
        return str(self.value)


# The values as plain strings: an enum field of a request model takes a member or any string (these are
# the known ones, listed so that an IDE and mypy catch a typo); a response keeps a value not listed here.
WarningStatusValue = Literal[
    "not_applicable",
    "pending",
    "shown",
    "skipped_other",
    "skipped_throttled",
    "skipped_timeout",
]
