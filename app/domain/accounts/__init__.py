"""Accounts (REQUIREMENTS A): registration, authentication, passwords, sessions, throttling and the
administration of staff and company accounts. Other areas use only the modules in PUBLIC."""

PUBLIC = ("administration", "authentication", "passwords", "registration", "sessions", "staff", "throttling")
