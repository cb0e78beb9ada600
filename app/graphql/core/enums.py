"""The domain's enums as GraphQL enums (CONTRACT.md), registered once."""

from __future__ import annotations

import strawberry

from app.domain.errors import ErrorCode as DomainErrorCode
from app.models import enums

Role = strawberry.enum(enums.Role)
Bureau = strawberry.enum(enums.Bureau)
PlanStatus = strawberry.enum(enums.PlanStatus)
ChangeStatus = strawberry.enum(enums.ChangeStatus)
SalaryMode = strawberry.enum(enums.SalaryMode)
JobCategory = strawberry.enum(enums.JobCategory)
Sex = strawberry.enum(enums.Sex)
CcusIdReason = strawberry.enum(enums.CcusIdReason)
EmploymentStatus = strawberry.enum(enums.EmploymentStatus)
LicenseAuthority = strawberry.enum(enums.LicenseAuthority)
LicenseGrade = strawberry.enum(enums.LicenseGrade)
JacMembershipKind = strawberry.enum(enums.JacMembershipKind)
PlanAction = strawberry.enum(enums.PlanAction)
ErrorCode = strawberry.enum(DomainErrorCode, name="ErrorCode")
ReportKind = strawberry.enum(enums.ReportKind)
ReportStatus = strawberry.enum(enums.ReportStatus)
DiscontinuationReason = strawberry.enum(enums.DiscontinuationReason)
DocumentKind = strawberry.enum(enums.DocumentKind)
