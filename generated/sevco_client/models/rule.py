from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    INTEGER,
    NUMBER,
    STRING,
    EnumOf,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    UnionOf,
    dump,
    fast_field,
    parse_model,
)

from ..models.operator import Operator, OperatorValue
from ..models.rule_scope import RuleScope, RuleScopeValue
from ..types import UNSET, Unset


@_attrs_define
class Rule:
    """One condition on one field (of one entity type, when `entity_type` is given).

    Attributes:
        field (str): Field name. Seen: `hostnames, ips, usernames, id, asset_classification.category, controls,
            last_activity_timestamp, os, os_platform, os_release, os_end_of_life_timestamp, mac_manufacturers, source_ids,
            tag_name, source_count`.
        operator (Operator): Rule operator. `like` and `not_like` take `*` as a wildcard; `between` takes a
            `BetweenValue`. These are the operators Sevco's own public queries use; the service may know more, and a request
            field takes any string.
        value (BetweenValue | bool | float | RelativeTime | str | TagValue): The operand of a rule: a string, number or
            boolean, or one of the structured values seen (relative time, tag, between bounds).
        id (int | Unset): The Sevco UI query builder's id of the rule; sent back as it came.
        entity_type (str | Unset): Entity the field belongs to, e.g. `device`, `user`, `exp_vuln`. Optional: Sevco's own
            saved queries leave it out (the endpoint queried says which entity).
        scope (RuleScope | Unset): Seen only as `ALL` (the rule must hold across all of an asset's sources).
        valid (bool | Unset): Set by the Sevco UI query builder when the rule is complete.
    """

    field: str
    operator: Operator | OperatorValue
    value: str | float | bool | RelativeTime | TagValue | BetweenValue
    id: int | Unset = UNSET
    entity_type: str | Unset = UNSET
    scope: RuleScope | RuleScopeValue | Unset = UNSET
    valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.field
        if _v is not UNSET:
            _out["field"] = _v
        _v = self.operator
        if _v is not UNSET:
            _out["operator"] = _v.value if isinstance(_v, Operator) else _v
        _v = self.value
        if _v is not UNSET:
            _out["value"] = dump(_v)
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.entity_type
        if _v is not UNSET:
            _out["entity_type"] = _v
        _v = self.scope
        if _v is not UNSET:
            _out["scope"] = _v.value if isinstance(_v, RuleScope) else _v
        _v = self.valid
        if _v is not UNSET:
            _out["valid"] = _v
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """The model of `src_dict` (parsed JSON). Lenient: a value that does not fit the spec is kept as
        sent and logged once (client_runtime.parsing); strict=True raises ModelMismatchError instead."""
        return parse_model(cls, src_dict, strict=strict)

    @classmethod
    def _from_json(cls, _src: Mapping[str, Any], _strict: bool) -> Self:
        """The fast path of from_dict: NotConforming at the first value that does not fit."""
        _d = dict(_src)
        field: Any = _d.pop("field", UNSET)
        if type(field) is not str and (field is not None or _strict):
            raise NotConforming

        operator: Any = _d.pop("operator", UNSET)
        if type(operator) is str:
            operator = Operator._value2member_map_.get(operator, operator)
            if _strict and type(operator) is str:
                raise NotConforming
        elif operator is not None or _strict:
            raise NotConforming

        value: Any = _d.pop("value", UNSET)
        if value is not UNSET:
            value = fast_field(cls, "value", value, _strict)
        else:
            raise NotConforming

        id: Any = _d.pop("id", UNSET)
        if type(id) is not int and (id is not UNSET and (id is not None or _strict)):
            raise NotConforming

        entity_type: Any = _d.pop("entity_type", UNSET)
        if type(entity_type) is not str and (entity_type is not UNSET and (entity_type is not None or _strict)):
            raise NotConforming

        scope: Any = _d.pop("scope", UNSET)
        if type(scope) is str:
            scope = RuleScope._value2member_map_.get(scope, scope)
            if _strict and type(scope) is str:
                raise NotConforming
        elif scope is not UNSET and (scope is not None or _strict):
            raise NotConforming

        valid: Any = _d.pop("valid", UNSET)
        if type(valid) is not bool and (valid is not UNSET and (valid is not None or _strict)):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            field=field,
            operator=operator,
            value=value,
            id=id,
            entity_type=entity_type,
            scope=scope,
            valid=valid,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("field", "field", STRING, required=True),
                Field("operator", "operator", EnumOf(Operator, open=False), required=True),
                Field(
                    "value",
                    "value",
                    UnionOf(
                        (
                            STRING,
                            NUMBER,
                            BOOLEAN,
                            ModelOf(RelativeTime),
                            ModelOf(TagValue),
                            ModelOf(BetweenValue),
                        )
                    ),
                    required=True,
                ),
                Field("id", "id", INTEGER),
                Field("entity_type", "entity_type", STRING),
                Field("scope", "scope", EnumOf(RuleScope, open=False)),
                Field("valid", "valid", BOOLEAN),
            ),
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once its class exists rather than at the top: models may refer to each
# other in a cycle. (openapi-python-client imports them inside each method instead, which costs a relative import
# on every call: as much as parsing a small record.)
from ..models.between_value import BetweenValue
from ..models.relative_time import RelativeTime
from ..models.tag_value import TagValue
