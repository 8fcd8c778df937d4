from enum import StrEnum


class RuleScope(StrEnum):
    ALL = "ALL"

    def __str__(self) -> str:
        return str(self.value)
