"""GraphQL of review (REQUIREMENTS C): the staff's moves on a plan."""
