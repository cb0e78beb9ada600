"""Inputs of the announcement mutations."""

from __future__ import annotations

from datetime import datetime

import strawberry


@strawberry.input
class AnnouncementInput:
    title: str
    body: str
    starts_at: datetime = strawberry.field(description="ISO 8601（時差付き）")
    ends_at: datetime | None = None
    stops_service: bool = False
