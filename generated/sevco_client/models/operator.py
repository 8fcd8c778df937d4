from enum import StrEnum
from typing import Literal


class Operator(StrEnum):
    BETWEEN = "between"
    CONTAINS = "contains"
    EQUALS = "equals"
    GREATER = "greater"
    LESS = "less"
    LIKE = "like"
    NOT_CONTAINS = "not_contains"
    NOT_EQUALS = "not_equals"
    NOT_LIKE = "not_like"

    def __str__(self) -> str:
        return str(self.value)


# The values as plain strings: an enum field of a request model takes a member or any string (these are
# the known ones, listed so that an IDE and mypy catch a typo); a response keeps a value not listed here.
OperatorValue = Literal[
    "between",
    "contains",
    "equals",
    "greater",
    "less",
    "like",
    "not_contains",
    "not_equals",
    "not_like",
]
