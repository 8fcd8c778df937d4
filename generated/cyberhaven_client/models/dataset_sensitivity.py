from enum import StrEnum


class DatasetSensitivity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    LOW = "low"
    MODERATE = "moderate"
    UNRESTRICTED = "unrestricted"

    def __str__(self) -> str:
        return str(self.value)
