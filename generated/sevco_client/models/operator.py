from enum import StrEnum


class Operator(StrEnum):
    BETWEEN = "between"
    CONTAINS = "contains"
    EQUALS = "equals"
    GREATER = "greater"
    LESS = "less"
    LIKE = "like"
    NOT_EQUALS = "not_equals"

    def __str__(self) -> str:
        return str(self.value)
