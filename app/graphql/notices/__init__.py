"""GraphQL of notices (REQUIREMENTS E): announcements and the service status."""
