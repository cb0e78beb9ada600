"""The domain's enums as GraphQL enums (CONTRACT.md), registered once."""

from __future__ import annotations

import strawberry

from app.domain.errors import ErrorCode as DomainErrorCode
from app.models import enums

Role = strawberry.enum(enums.Role)
Bureau = strawberry.enum(enums.Bureau)
PlanStatus = strawberry.enum(enums.PlanStatus)
ErrorCode = strawberry.enum(DomainErrorCode, name="ErrorCode")
