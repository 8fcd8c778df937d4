from enum import StrEnum


class CreatedBy(StrEnum):
    LINEA_AI = "linea_ai"
    LINEA_AI_AND_POLICY = "linea_ai_and_policy"
    POLICY = "policy"

    def __str__(self) -> str:
        return str(self.value)
