"""The GraphQL fields of the plan's input and output types, made from the one description of each
field (`app.domain.plans.fields`, DESIGN.md rule 9): their names, types, descriptions and values.

A type declares by hand only what is not a described field (ids, states, lists, resolvers) and takes
the described ones with `@described(...)`; a field added to the description appears in `PlanInput`,
`Plan` (and its nested types), the compiled reads, `planFields` and the admin panel without an edit
here."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import strawberry
from strawberry import UNSET

from app.domain.plans.fields import Area, Group, PlanField, fields_of
from app.domain.visibility import masked as masked_value
from app.models import Plan, PlanLicense, Worker

T = TypeVar("T")
_TABLES: dict[Area, type] = {Area.PLAN: Plan, Area.LICENSE: PlanLicense, Area.WORKER: Worker}


def _nullable(spec: PlanField) -> bool:
    return bool(_TABLES[spec.area]._meta.fields_map[spec.stored_as].null)


def _type(spec: PlanField, *, input: bool) -> Any:
    kind = spec.options if spec.options is not None else spec.kind
    return kind | None if input or _nullable(spec) else kind


def described(area: Area | Group | None, *, input: bool = False) -> Callable[[type[T]], type[T]]:
    """Adds the described fields of the plan row (None), a nested group or a list's rows to the
    class, ahead of its own fields, before strawberry reads it."""

    def decorate(cls: type[T]) -> type[T]:
        own = dict(inspect.get_annotations(cls))
        annotations: dict[str, Any] = {}
        for spec in fields_of(area):
            annotations[spec.key] = _type(spec, input=input)
            setattr(cls, spec.key, strawberry.field(default=UNSET if input else None, description=spec.description()))
        cls.__annotations__ = {**annotations, **own}
        return cls

    return decorate


def described_values(row: Any, area: Area | Group | None, mask_personal_data: bool = False) -> dict[str, Any]:
    """The described fields' values of a model row, masked as the description says: a text reads as
    the mask, a date as nothing."""
    values = {}
    for spec in fields_of(area):
        value = getattr(row, spec.stored_as)
        if spec.masked and mask_personal_data:
            value = masked_value(value, True) if spec.kind is str else None
        values[spec.key] = value
    return values
