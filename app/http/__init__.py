"""The HTTP edge: the Starlette app (lifespan, /graphql, /admin, /health, CSV routes) and its
middleware (body limit, security headers, canonical origin, error bodies)."""
