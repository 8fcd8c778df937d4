from enum import StrEnum


class WarningStatus(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"
    SHOWN = "shown"
    SKIPPED_OTHER = "skipped_other"
    SKIPPED_THROTTLED = "skipped_throttled"
    SKIPPED_TIMEOUT = "skipped_timeout"

    def __str__(self) -> str:
        return str(self.value)
