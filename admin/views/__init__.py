"""The admin panel's views, one module per domain."""

from admin.views.accounts import CompanyAdmin, LoginLockAdmin, StaffAdmin
from admin.views.changes import ChangeApplicationAdmin
from admin.views.operations import AccountEventAdmin, AnnouncementAdmin, ExportRecordAdmin, OutboxMailAdmin
from admin.views.phrases import ReviewPhraseAdmin
from admin.views.plans import AttachmentAdmin, PlanAdmin, PlanEventAdmin, WorkerAdmin
from admin.views.reports import WorkerReportAdmin

ALL_VIEWS = [
    PlanAdmin, ChangeApplicationAdmin, WorkerReportAdmin, WorkerAdmin, AttachmentAdmin, PlanEventAdmin, CompanyAdmin, AnnouncementAdmin,
    ReviewPhraseAdmin, OutboxMailAdmin, LoginLockAdmin, StaffAdmin, AccountEventAdmin, ExportRecordAdmin,
]
