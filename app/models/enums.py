"""Enumerations of CONTRACT.md, each value with its Japanese label.

Values are the English upper-case identifiers stored in the database and spoken by the API;
`label` is what a person reads.
"""

from __future__ import annotations

from enum import Enum


class LabeledEnum(str, Enum):
    """A string enum whose members carry a Japanese label: `Member = ("VALUE", "ラベル")`."""

    label: str

    def __new__(cls, value: str, label: str) -> "LabeledEnum":
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    def __str__(self) -> str:
        return self.value


class Role(LabeledEnum):
    COMPANY = ("COMPANY", "事業者")
    BUREAU_STAFF = ("BUREAU_STAFF", "地方整備局職員")
    MLIT_STAFF = ("MLIT_STAFF", "国土交通省職員")
    IMPLEMENTING_ORG = ("IMPLEMENTING_ORG", "実施団体")
    ANALYST = ("ANALYST", "分析担当者")


STAFF_ROLES = (Role.BUREAU_STAFF, Role.MLIT_STAFF, Role.IMPLEMENTING_ORG, Role.ANALYST)


class Bureau(LabeledEnum):
    HOKKAIDO = ("HOKKAIDO", "北海道開発局")
    TOHOKU = ("TOHOKU", "東北地方整備局")
    KANTO = ("KANTO", "関東地方整備局")
    HOKURIKU = ("HOKURIKU", "北陸地方整備局")
    CHUBU = ("CHUBU", "中部地方整備局")
    KINKI = ("KINKI", "近畿地方整備局")
    CHUGOKU = ("CHUGOKU", "中国地方整備局")
    SHIKOKU = ("SHIKOKU", "四国地方整備局")
    KYUSHU = ("KYUSHU", "九州地方整備局")
    OKINAWA = ("OKINAWA", "沖縄総合事務局")


class PlanStatus(LabeledEnum):
    DRAFT = ("DRAFT", "一時保存")
    APPLIED = ("APPLIED", "申請中")
    UNDER_REVIEW = ("UNDER_REVIEW", "審査中")
    REMANDED = ("REMANDED", "差戻し中")
    CERTIFIED = ("CERTIFIED", "認定済み")
    WITHDRAWN = ("WITHDRAWN", "取下げ")
    REJECTED = ("REJECTED", "不認定")
    REVOKED = ("REVOKED", "認定取消")
    CANCELLED = ("CANCELLED", "計画取消")


class ChangeStatus(LabeledEnum):
    APPLIED = ("APPLIED", "申請中")
    UNDER_REVIEW = ("UNDER_REVIEW", "審査中")
    REMANDED = ("REMANDED", "差戻し中")
    CERTIFIED = ("CERTIFIED", "認定済み")
    WITHDRAWN = ("WITHDRAWN", "取下げ")


class ChangeAction(LabeledEnum):
    """A step of a change application 変更申請 (D1, D2): the company's and the reviewer's moves."""

    APPLY = ("APPLY", "申請")
    EDIT = ("EDIT", "編集")
    WITHDRAW = ("WITHDRAW", "取下げ")
    RESUBMIT = ("RESUBMIT", "再申請")
    ACCEPT = ("ACCEPT", "受理")
    REMAND = ("REMAND", "差戻し")
    CERTIFY = ("CERTIFY", "認定")
    ENDED = ("ENDED", "計画の終了による取下げ")  # the plan ended (認定取消, 計画取消) while it was pending (D9)


class SalaryMode(LabeledEnum):
    SAME = ("SAME", "同じ")
    DIFFERENT = ("DIFFERENT", "異なる")


class JobCategory(LabeledEnum):
    CIVIL = ("CIVIL", "土木")
    BUILDING = ("BUILDING", "建築")
    LIFELINE = ("LIFELINE", "ライフライン・設備")


class Sex(LabeledEnum):
    MALE = ("MALE", "男性")
    FEMALE = ("FEMALE", "女性")


class CcusIdReason(LabeledEnum):
    OVERSEAS = ("OVERSEAS", "海外在住である為入力不要")
    EMPLOYED_ELSEWHERE_NO_ID = ("EMPLOYED_ELSEWHERE_NO_ID", "他社に勤務中であり、かつID未取得の為入力不能")


class EmploymentStatus(LabeledEnum):
    PLANNED = ("PLANNED", "受入前")
    WORKING = ("WORKING", "就労中")
    CANCELLED = ("CANCELLED", "取下")
    LEFT = ("LEFT", "退職")
    TRANSFERRED_TO_TYPE2 = ("TRANSFERRED_TO_TYPE2", "2号移行")
    DISCONTINUED = ("DISCONTINUED", "継続不可")


class ReportStatus(LabeledEnum):
    REQUIRED = ("REQUIRED", "要報告")
    REGISTERED = ("REGISTERED", "登録")
    REPORTED = ("REPORTED", "報告済み")
    CLOSED = ("CLOSED", "終了")  # a 受入前 worker became 継続不可: no acceptance to report


class ReportKind(LabeledEnum):
    """The worker reports after certification (D4–D6, DOMAIN §4.1–4.5)."""

    ACCEPTANCE = ("ACCEPTANCE", "受入報告")
    RETIREMENT = ("RETIREMENT", "退職報告")
    TRANSFER_TO_TYPE2 = ("TRANSFER_TO_TYPE2", "2号移行報告")
    REEMPLOYMENT = ("REEMPLOYMENT", "再雇用申請")
    DISCONTINUATION = ("DISCONTINUATION", "継続不可事由発生報告")


class DiscontinuationReason(LabeledEnum):
    """継続不可事由 (DOMAIN §4.5): the fixed list a company picks from."""

    BUSINESS_CLOSURE = ("BUSINESS_CLOSURE", "倒産・廃業・事業縮小")
    WORKER_MISSING = ("WORKER_MISSING", "行方不明")
    ILLNESS_OR_INJURY = ("ILLNESS_OR_INJURY", "病気・けが")
    DISMISSAL = ("DISMISSAL", "解雇")
    DEATH = ("DEATH", "死亡")
    OTHER = ("OTHER", "その他")


class LicenseAuthority(LabeledEnum):
    MINISTER = ("MINISTER", "国土交通大臣許可")
    GOVERNOR = ("GOVERNOR", "知事許可")


class LicenseGrade(LabeledEnum):
    GENERAL = ("GENERAL", "一般")
    SPECIAL = ("SPECIAL", "特定")


class JacMembershipKind(LabeledEnum):
    MEMBER_ORGANIZATION = ("MEMBER_ORGANIZATION", "正会員団体の構成員")
    SUPPORTING_MEMBER = ("SUPPORTING_MEMBER", "賛助会員")


class AccountStatus(LabeledEnum):
    ACTIVE = ("ACTIVE", "利用中")
    SUSPENDED = ("SUSPENDED", "利用停止")
    RELEASED = ("RELEASED", "登録解除")


class SessionChannel(LabeledEnum):
    API = ("API", "GraphQL API")
    ADMIN = ("ADMIN", "管理画面")


class LoginKeyKind(LabeledEnum):
    LOGIN_ID = ("LOGIN_ID", "ログインID")
    CLIENT_ADDRESS = ("CLIENT_ADDRESS", "接続元アドレス")


class CaseKind(LabeledEnum):
    """What a case under review is (the one queue, #26)."""

    PLAN = ("PLAN", "受入計画")
    CHANGE_APPLICATION = ("CHANGE_APPLICATION", "変更申請")
    REEMPLOYMENT = ("REEMPLOYMENT", "再雇用申請")


class MailState(LabeledEnum):
    QUEUED = ("QUEUED", "送信待ち")
    SENDING = ("SENDING", "送信中")
    SENT = ("SENT", "送信済み")
    FAILED = ("FAILED", "送信失敗")


class MailKind(LabeledEnum):
    TEMPORARY_PASSWORD = ("TEMPORARY_PASSWORD", "仮パスワードのお知らせ")
    PASSWORD_RESET = ("PASSWORD_RESET", "パスワード再発行のお知らせ")
    PLAN_REMANDED = ("PLAN_REMANDED", "受入計画差戻しのお知らせ")
    PLAN_CERTIFIED = ("PLAN_CERTIFIED", "受入計画認定のお知らせ")
    PLAN_REJECTED = ("PLAN_REJECTED", "受入計画不認定のお知らせ")
    PLAN_REVOKED = ("PLAN_REVOKED", "受入計画認定取消のお知らせ")
    LOGIN_THROTTLED = ("LOGIN_THROTTLED", "ログイン制限のお知らせ")
    CHANGE_CERTIFIED = ("CHANGE_CERTIFIED", "変更申請認定のお知らせ")
    CHANGE_REMANDED = ("CHANGE_REMANDED", "変更申請差戻しのお知らせ")
    EMAIL_CHANGED = ("EMAIL_CHANGED", "メールアドレス変更のお知らせ")
    EMAIL_CHANGE_CODE = ("EMAIL_CHANGE_CODE", "メールアドレス確認コードのお知らせ")
    EMAIL_CHANGE_NOTICE = ("EMAIL_CHANGE_NOTICE", "メールアドレス変更手続きのお知らせ")
    REPORT_REMINDER = ("REPORT_REMINDER", "受入報告の報告（送信）のお願い")
    REPORT_OVERDUE = ("REPORT_OVERDUE", "受入報告の期限超過のお知らせ")
    REEMPLOYMENT_DECIDED = ("REEMPLOYMENT_DECIDED", "再雇用申請の審査結果のお知らせ")
    CANCELLATION_DECIDED = ("CANCELLATION_DECIDED", "計画取消申請の審査結果のお知らせ")


class PlanAction(LabeledEnum):
    SAVE_DRAFT = ("SAVE_DRAFT", "一時保存")
    SUBMIT = ("SUBMIT", "申請")
    WITHDRAW = ("WITHDRAW", "取下げ")
    RESUBMIT = ("RESUBMIT", "再申請")
    ACCEPT = ("ACCEPT", "受理")
    REMAND = ("REMAND", "差戻し")
    CERTIFY = ("CERTIFY", "認定")
    REJECT = ("REJECT", "不認定")
    REVOKE = ("REVOKE", "認定取消")
    APPROVE_CANCELLATION = ("APPROVE_CANCELLATION", "計画取消承認")
    INTERNAL_COMMENT = ("INTERNAL_COMMENT", "内部コメント")
    CHANGE_CERTIFIED = ("CHANGE_CERTIFIED", "変更申請の認定")
    CHANGE_NOTIFIED = ("CHANGE_NOTIFIED", "変更届出")
    ACCEPTANCE_REGISTERED = ("ACCEPTANCE_REGISTERED", "受入報告の登録")
    ACCEPTANCE_REPORTED = ("ACCEPTANCE_REPORTED", "受入報告")
    RETIREMENT_REPORTED = ("RETIREMENT_REPORTED", "退職報告")
    TRANSFER_REPORTED = ("TRANSFER_REPORTED", "2号移行報告")
    DISCONTINUATION_REPORTED = ("DISCONTINUATION_REPORTED", "継続不可事由発生報告")
    REEMPLOYMENT_APPLIED = ("REEMPLOYMENT_APPLIED", "再雇用申請")
    REEMPLOYMENT_ACCEPTED = ("REEMPLOYMENT_ACCEPTED", "再雇用申請の受理")
    REEMPLOYMENT_REMANDED = ("REEMPLOYMENT_REMANDED", "再雇用申請の差戻し")
    REEMPLOYMENT_RESUBMITTED = ("REEMPLOYMENT_RESUBMITTED", "再雇用申請の再申請")
    REEMPLOYMENT_EDITED = ("REEMPLOYMENT_EDITED", "再雇用申請の修正")
    REEMPLOYMENT_CERTIFIED = ("REEMPLOYMENT_CERTIFIED", "再雇用申請の認定")
    CANCELLATION_APPLIED = ("CANCELLATION_APPLIED", "計画取消申請")
    CANCELLATION_DECLINED = ("CANCELLATION_DECLINED", "計画取消申請の却下")
    WORKER_WITHDRAWN = ("WORKER_WITHDRAWN", "外国人の取下げ")




class AccountAction(LabeledEnum):
    CREATE_STAFF = ("CREATE_STAFF", "職員アカウント作成")
    DEACTIVATE_STAFF = ("DEACTIVATE_STAFF", "職員アカウント無効化")
    ACTIVATE_STAFF = ("ACTIVATE_STAFF", "職員アカウント有効化")
    RESET_STAFF_PASSWORD = ("RESET_STAFF_PASSWORD", "職員パスワード再設定")
    SUSPEND_COMPANY = ("SUSPEND_COMPANY", "事業者アカウント利用停止")
    REACTIVATE_COMPANY = ("REACTIVATE_COMPANY", "事業者アカウント利用再開")
    RELEASE_COMPANY = ("RELEASE_COMPANY", "事業者アカウント登録解除")


class ExportChannel(LabeledEnum):
    ADMIN = ("ADMIN", "管理画面")
    API = ("API", "API")


# Every enum a client may ask labels for (`labels(enum:)`), by its GraphQL name.
LABELED_ENUMS: dict[str, type[LabeledEnum]] = {
    cls.__name__: cls
    for cls in (
        Role, Bureau, PlanStatus, ChangeStatus, SalaryMode, JobCategory, Sex, CcusIdReason,
        EmploymentStatus, ReportStatus, ReportKind, DiscontinuationReason, LicenseAuthority, LicenseGrade, JacMembershipKind,
        AccountStatus, MailState, MailKind, PlanAction, AccountAction, ExportChannel, ChangeAction,
    )
}


class DocumentKind(LabeledEnum):
    """Printable documents of a plan (G1)."""

    CERTIFICATE = ("CERTIFICATE", "認定証")
    APPLICATION_COPY = ("APPLICATION_COPY", "申請書控え")
    CHANGE_CERTIFICATE = ("CHANGE_CERTIFICATE", "変更申請認定通知書")
