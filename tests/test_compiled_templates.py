"""Compiled statements kept as templates (issue #16): a request fills in only its own values, and a
constant that happens to look like a stand-in never becomes a slot."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from app.domain.statement_templates import STAND_IN_SPACING, STAND_IN_TIMES, Templates, make_template

IDLE = timedelta(hours=2)
NOW = datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc)


def session_statement(constant: datetime) -> Any:
    built: list[Sequence[Any]] = []

    def build(values: Sequence[Any]) -> tuple[str, list[Any]]:
        built.append(values)
        return "SELECT 1 WHERE a = ? AND t > ? AND e > ? AND s > ?", [values[0], values[1] - IDLE, values[1], constant]

    return build, built


def test_a_template_fills_in_each_request_s_values_and_moved_times() -> None:
    build, built = session_statement(datetime(2026, 1, 1, tzinfo=timezone.utc))
    template = make_template(build, ("token-hash", NOW))
    assert template is not None
    later = NOW + timedelta(minutes=5)
    assert template.fill(("other-hash", later)) == ["other-hash", later - IDLE, later, datetime(2026, 1, 1, tzinfo=timezone.utc)]


def test_a_constant_that_equals_a_stand_in_makes_the_statement_built_per_request() -> None:
    lookalike = STAND_IN_TIMES[0] + STAND_IN_SPACING  # the first set's stand-in of the second value
    build, built = session_statement(lookalike)
    assert make_template(build, ("token-hash", NOW)) is None
    templates = Templates()
    for moment in (NOW, NOW + timedelta(minutes=1)):
        sql, values = templates.statement("shape", build, ("token-hash", moment))
        assert values == ["token-hash", moment - IDLE, moment, lookalike]
