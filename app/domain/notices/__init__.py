"""Notices (REQUIREMENTS E): announcements, the maintenance window and the service status. Other
areas use only the modules in PUBLIC."""

PUBLIC = ("announcements", "maintenance", "service_status", "watch")
