"""GraphQL of the plan (REQUIREMENTS B): the plan type, inputs, queries, search, statistics, mutations."""
