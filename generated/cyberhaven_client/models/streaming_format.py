from enum import StrEnum


class StreamingFormat(StrEnum):
    JSON = "json"
    JSON_LINES = "json_lines"

    def __str__(self) -> str:
        return str(self.value)
