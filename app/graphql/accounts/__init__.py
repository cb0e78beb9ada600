"""GraphQL of accounts (REQUIREMENTS A)."""
