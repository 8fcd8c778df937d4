from enum import StrEnum


class StreamingEncoding(StrEnum):
    GZIP = "gzip"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
