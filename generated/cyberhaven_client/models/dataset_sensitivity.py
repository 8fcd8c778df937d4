from enum import StrEnum
from typing import Literal


class DatasetSensitivity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    LOW = "low"
    MODERATE = "moderate"
    UNRESTRICTED = "unrestricted"

    def __str__(self) -> str:
        return str(self.value)


# The values as plain strings: an enum field of a request model takes a member or any string (these are
# the known ones, listed so that an IDE and mypy catch a typo); a response keeps a value not listed here.
DatasetSensitivityValue = Literal[
    "critical",
    "high",
    "low",
    "moderate",
    "unrestricted",
]
