"""What every area's GraphQL shares: the request context, ids, enums, user errors, permissions, loaders,
and the document limits, error policy and maintenance gate."""
