"""Tortoise models, one module per domain. This package is the Tortoise app `models`."""

from app.models.accounts import (
    AuthSession,
    CompanyAccount,
    LoginFailure,
    LoginLock,
    RateLimitEvent,
    StaffUser,
    TemporaryRegistration,
)
from app.models.assignments import CaseAssignment
from app.models.attachments import Attachment, AttachmentCoverage, DocumentItem
from app.models.audit import AccountEvent, AttachmentDownload, DocumentDownload, ExportRecord, PlanEvent
from app.models.changes import ChangeApplication, ChangeEvent
from app.models.leases import TaskLease
from app.models.mail import OutboxMail
from app.models.notices import Announcement
from app.models.phrases import ReviewPhrase
from app.models.plans import Plan, PlanLicense, Worker
from app.models.reports import WorkerReport
from app.models.statistics import PlanTally, PlanTallyChange

__all__ = [
    "AccountEvent",
    "Announcement",
    "AttachmentDownload",
    "DocumentDownload",
    "ExportRecord",
    "Attachment",
    "AttachmentCoverage",
    "AuthSession",
    "CaseAssignment",
    "ChangeApplication",
    "ChangeEvent",
    "CompanyAccount",
    "DocumentItem",
    "LoginFailure",
    "LoginLock",
    "OutboxMail",
    "Plan",
    "PlanEvent",
    "PlanLicense",
    "PlanTally",
    "PlanTallyChange",
    "RateLimitEvent",
    "ReviewPhrase",
    "StaffUser",
    "TaskLease",
    "TemporaryRegistration",
    "Worker",
    "WorkerReport",
]
