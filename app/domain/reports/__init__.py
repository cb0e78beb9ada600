"""Worker reports after certification (REQUIREMENTS D4–D6, DOMAIN §4.1–4.5, FAQ 34, 35, 43): the
acceptance report per worker, the filed reports, 再雇用申請, 計画取消申請, and the reminder and overdue
mails. Other areas use only the modules in PUBLIC."""

PUBLIC = ("acceptance", "cancellation", "pending", "reminders", "worker_reports")
