from enum import StrEnum


class StreamingDestinationType(StrEnum):
    HTTPS = "https"

    def __str__(self) -> str:
        return str(self.value)
