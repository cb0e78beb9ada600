"""Every documented operation × every role, as CONTRACT.md's "Who may do what" says: an operation
a role may never call answers FORBIDDEN, one that needs a login answers UNAUTHENTICATED without it."""

from __future__ import annotations

import json

import httpx
import pytest

from app.models.enums import Bureau, Role
from tests.factories import company_token, staff_token
from tests.operations import documents
from tests.plan_builder import PDF

ANON = "ANONYMOUS"
ROLES = [ANON, *Role]
EVERYONE = set(ROLES)
LOGGED_IN = set(Role)
STAFF = {Role.BUREAU_STAFF, Role.MLIT_STAFF, Role.IMPLEMENTING_ORG, Role.ANALYST}
REVIEWERS = {Role.BUREAU_STAFF, Role.MLIT_STAFF}

PLAN_ID = "UGxhbjo5OTk5OTk"  # Plan:999999 — no such plan; access is decided before that matters
ALLOWED: dict[str, set] = {
    "SystemStatus": EVERYONE, "DocumentItems": EVERYONE, "Bureaus": EVERYONE, "Labels": EVERYONE, "Announcements": EVERYONE,
    "RequestTemporaryRegistration": EVERYONE, "CompleteRegistration": EVERYONE, "Login": EVERYONE, "ChangePassword": EVERYONE,
    "RequestPasswordReset": EVERYONE, "Me": EVERYONE, "PlanFields": EVERYONE, "ConfirmEmailChange": EVERYONE,
    "Logout": LOGGED_IN, "Plan": LOGGED_IN, "PlanHistory": LOGGED_IN, "MyPlanHistory": {Role.COMPANY}, "PlanDocuments": LOGGED_IN,
    "MyPlanDocuments": {Role.COMPANY},
    "MyPlan": {Role.COMPANY}, "MyPlanProblems": {Role.COMPANY}, "SavePlanDraft": {Role.COMPANY}, "SubmitPlan": {Role.COMPANY},
    "WithdrawPlan": {Role.COMPANY}, "ResubmitPlan": {Role.COMPANY}, "WithdrawWorker": {Role.COMPANY}, "StartPlanFromPrevious": {Role.COMPANY}, "UploadAttachment": {Role.COMPANY},
    "UploadBulkAttachment": {Role.COMPANY}, "DeleteAttachment": {Role.COMPANY},
    "Plans": STAFF, "PlanStatistics": STAFF,
    "AcceptPlan": REVIEWERS, "RemandPlan": REVIEWERS, "CertifyPlan": REVIEWERS, "RejectPlan": REVIEWERS,
    "RevokePlan": {Role.MLIT_STAFF}, "PublishAnnouncement": {Role.MLIT_STAFF},
    "AddInternalComment": {Role.BUREAU_STAFF, Role.MLIT_STAFF, Role.IMPLEMENTING_ORG},
    "ApplyForChange": {Role.COMPANY}, "EditChangeApplication": {Role.COMPANY}, "WithdrawChangeApplication": {Role.COMPANY},
    "ResubmitChangeApplication": {Role.COMPANY}, "FileChangeNotification": {Role.COMPANY}, "MyPlanChangeApplications": {Role.COMPANY},
    "AcceptChangeApplication": REVIEWERS, "RemandChangeApplication": REVIEWERS, "CertifyChangeApplication": REVIEWERS,
    "ChangeApplications": STAFF,
    "MyPlanReports": {Role.COMPANY}, "PlanReports": LOGGED_IN, "PlansWithReports": STAFF,
    "RegisterAcceptanceReport": {Role.COMPANY}, "SendAcceptanceReport": {Role.COMPANY}, "ReportRetirement": {Role.COMPANY},
    "ReportTransferToType2": {Role.COMPANY}, "ReportDiscontinuation": {Role.COMPANY}, "ApplyForReemployment": {Role.COMPANY},
    "ResubmitReemployment": {Role.COMPANY}, "EditReemployment": {Role.COMPANY}, "ApplyForPlanCancellation": {Role.COMPANY},
    "AcceptReemployment": REVIEWERS, "RemandReemployment": REVIEWERS, "CertifyReemployment": REVIEWERS,
    "ApprovePlanCancellation": {Role.MLIT_STAFF}, "DeclinePlanCancellation": {Role.MLIT_STAFF},
}
REVIEW = {"input": {"planId": PLAN_ID, "comment": "確認"}}
CHANGE = {"input": {"changeApplicationId": "x", "comment": "確認"}}
REPORT = {"input": {"reportId": "x", "comment": "確認"}}
VARIABLES: dict[str, dict] = {
    "Labels": {"enum": "Role"},
    "RequestTemporaryRegistration": {"input": {"loginId": "x", "licenseNumber": "x", "companyName": "x", "email": "x"}},
    "CompleteRegistration": {"input": {"loginId": "x", "temporaryPassword": "x", "newPassword": "x"}},
    "Login": {"input": {"loginId": "x", "password": "x"}},
    "ChangePassword": {"input": {"loginId": "x", "currentPassword": "x", "newPassword": "x"}},
    "RequestPasswordReset": {"input": {"licenseNumber": "x", "email": "x"}},
    "Plan": {"id": PLAN_ID}, "PlanHistory": {"id": PLAN_ID}, "PlanDocuments": {"id": PLAN_ID}, "WithdrawWorker": {"input": {"workerId": "x", "reason": "x"}}, "StartPlanFromPrevious": {"input": {}}, "SavePlanDraft": {"input": {}}, "DeleteAttachment": {"input": {"attachmentId": "x"}},
    "PlanStatistics": {"groupBy": ["STATUS"]},
    "AcceptPlan": REVIEW, "RemandPlan": REVIEW, "CertifyPlan": REVIEW, "RejectPlan": REVIEW, "RevokePlan": REVIEW,
    "AddInternalComment": REVIEW,
    "ApplyForChange": {"input": {"changes": {}}}, "FileChangeNotification": {"input": {"changes": {}}},
    "EditChangeApplication": {"input": {"changeApplicationId": "x", "changes": {}}},
    "WithdrawChangeApplication": {"input": {"changeApplicationId": "x"}}, "ResubmitChangeApplication": {"input": {"changeApplicationId": "x"}},
    "AcceptChangeApplication": CHANGE, "RemandChangeApplication": CHANGE, "CertifyChangeApplication": CHANGE,
    "PublishAnnouncement": {"input": {"title": "t", "body": "b", "startsAt": "2026-12-01T00:00:00+09:00"}},
    "PlanReports": {"id": PLAN_ID},
    "RegisterAcceptanceReport": {"input": {"workerId": "x", "employmentStatus": "CANCELLED"}},
    "SendAcceptanceReport": {"input": {"reportId": "x"}}, "ResubmitReemployment": {"input": {"reportId": "x"}},
    "EditReemployment": {"input": {"reportId": "x", "leftOn": "2026-01-01", "plannedOn": "2026-02-01"}},
    "ConfirmEmailChange": {"input": {"code": "x"}},
    "ReportRetirement": {"input": {"workerId": "x", "leftOn": "2026-01-01"}},
    "ReportTransferToType2": {"input": {"workerId": "x", "transferredOn": "2026-01-01"}},
    "ReportDiscontinuation": {"input": {"workerId": "x", "occurredOn": "2026-01-01", "reason": "OTHER", "description": "x"}},
    "ApplyForReemployment": {"input": {"workerId": "x", "leftOn": "2026-01-01", "plannedOn": "2026-02-01"}},
    "ApplyForPlanCancellation": {"input": {"reason": "x"}},
    "AcceptReemployment": REPORT, "RemandReemployment": REPORT, "CertifyReemployment": REPORT,
    "ApprovePlanCancellation": REVIEW, "DeclinePlanCancellation": REVIEW,
}
UPLOADS = {"UploadAttachment": {"documentItem": "REMARKS"}, "UploadBulkAttachment": {"covers": ["REMARKS"]}}


def test_the_matrix_covers_every_documented_operation() -> None:
    assert set(ALLOWED) == set(documents())


async def _token(role: str) -> str | None:
    if role == ANON:
        return None
    if role == Role.COMPANY:
        return (await company_token())[1]
    return (await staff_token(Role(role), Bureau.KANTO if role == Role.BUREAU_STAFF else None))[1]


async def _call(client: httpx.AsyncClient, name: str, token: str | None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if name in UPLOADS:
        operations = {"query": documents()[name], "operationName": name, "variables": {"input": {**UPLOADS[name], "file": None}}}
        response = await client.post("/graphql", headers=headers, files={"0": ("a.pdf", PDF, "application/pdf")},
                                     data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.input.file"]})})
    else:
        response = await client.post("/graphql", headers=headers,
                                     json={"query": documents()[name], "operationName": name, "variables": VARIABLES.get(name, {})})
    assert response.status_code == 200, (name, response.text)
    return response.json()


@pytest.mark.parametrize("dialect", ["sqlite"], indirect=True)
@pytest.mark.parametrize("role", ROLES, ids=str)
async def test_who_may_call_what(client: httpx.AsyncClient, role: str) -> None:
    for name in sorted(ALLOWED):
        result = await _call(client, name, await _token(role))
        codes = [e.get("extensions", {}).get("code") for e in result.get("errors", [])]
        if role in ALLOWED[name]:
            assert "FORBIDDEN" not in codes and "UNAUTHENTICATED" not in codes, (role, name, result)
            assert not codes, (role, name, result)  # anything refused is refused in the payload, not as a GraphQL error
        else:
            expected = "UNAUTHENTICATED" if role == ANON else "FORBIDDEN"
            assert codes == [expected], (role, name, result)
