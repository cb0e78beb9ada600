"""The GraphQL adapter (strawberry): one module per domain, assembled in schema.py."""
