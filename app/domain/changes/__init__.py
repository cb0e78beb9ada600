"""Changes after certification (REQUIREMENTS D1–D3, FAQ 7, 22, 33, 38, 39, 41): change applications
変更申請 for the items printed on the certificate, reviewed like the plan, and change notifications
変更届出 for the others, applied at once. Other areas use only the modules in PUBLIC."""

PUBLIC = ("applications", "attachments", "email_change", "notifications")
