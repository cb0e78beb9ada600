"""GraphQL of changes after certification (REQUIREMENTS D1–D3): change applications and notifications."""
