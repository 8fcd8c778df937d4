from enum import StrEnum


class CloseReason(StrEnum):
    INVALID_DATA_MISLABLED = "invalid_data_mislabled"
    INVALID_DESTINATION_NOT_RISK = "invalid_destination_not_risk"
    INVALID_OTHER = "invalid_other"
    INVALID_USER_EXEMPT = "invalid_user_exempt"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
