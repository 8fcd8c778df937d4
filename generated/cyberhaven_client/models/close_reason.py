from enum import StrEnum
from typing import Literal


class CloseReason(StrEnum):
    INVALID_DATA_MISLABLED = "invalid_data_mislabled"
    INVALID_DESTINATION_NOT_RISK = "invalid_destination_not_risk"
    INVALID_OTHER = "invalid_other"
    INVALID_USER_EXEMPT = "invalid_user_exempt"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)


# The values as plain strings: an enum field of a request model takes a member or any string (these are
# the known ones, listed so that an IDE and mypy catch a typo); a response keeps a value not listed here.
CloseReasonValue = Literal[
    "invalid_data_mislabled",
    "invalid_destination_not_risk",
    "invalid_other",
    "invalid_user_exempt",
    "valid",
]
