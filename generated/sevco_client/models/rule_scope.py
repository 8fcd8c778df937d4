from enum import StrEnum
from typing import Literal


class RuleScope(StrEnum):
    ALL = "ALL"

    def __str__(self) -> str:
        return str(self.value)


# The values as plain strings: an enum field of a request model takes a member or any string (these are
# the known ones, listed so that an IDE and mypy catch a typo); a response keeps a value not listed here.
RuleScopeValue = Literal["ALL",]
