"""Assembles the schema from the per-area packages, with the document limits and error policy."""

from __future__ import annotations

import strawberry
from graphql.error import GraphQLSyntaxError
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import AddValidationRules, MaxTokensLimiter
from strawberry.extensions.query_depth_limiter import create_validator
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from app.graphql.accounts.mutations import AccountMutation
from app.graphql.accounts.queries import AccountQuery
from app.graphql.changes.mutations import ChangeMutation
from app.graphql.changes.queries import ChangeQuery
from app.graphql.core.descriptions import describe_schema
from app.graphql.core.document_cache import DocumentCache
from app.graphql.core.error_policy import ErrorPolicy, ForbiddenTextRule, TextGuard
from app.graphql.core.limits import LIMIT_RULES, MAX_BATCH, MAX_TOKENS
from app.graphql.core.maintenance_gate import MaintenanceGate
from app.graphql.core.scalars import SCALAR_MAP
from app.graphql.notices.mutations import AnnouncementMutation
from app.graphql.notices.queries import AnnouncementQuery, SystemQuery
from app.graphql.plans.fields import PlanFieldQuery
from app.graphql.plans.mutations import PlanMutation
from app.graphql.plans.queries import PlanQuery
from app.graphql.plans.search import PlanSearchQuery
from app.graphql.plans.statistics import StatisticsQuery
from app.graphql.reference.queries import ReferenceQuery
from app.graphql.reports.mutations import ReportMutation
from app.graphql.review.mutations import ReviewMutation

# The order of the parts is the order of the fields in graphql/schema.graphql.
Query = merge_types(
    "Query", (AccountQuery, PlanQuery, PlanSearchQuery, ChangeQuery, StatisticsQuery, AnnouncementQuery, SystemQuery, ReferenceQuery,
              PlanFieldQuery)
)
Mutation = merge_types("Mutation", (AccountMutation, PlanMutation, ReviewMutation, ChangeMutation, ReportMutation, AnnouncementMutation))

MAX_QUERY_DEPTH = 12
# Rule classes made once: the validation cache is keyed by them, and QueryDepthLimiter would make
# a new class for every request (every validation a cache miss).
DEPTH_RULE = create_validator(MAX_QUERY_DEPTH, None)


class ShuroSchema(strawberry.Schema):
    def process_errors(self, errors: list, execution_context: object = None) -> None:
        """Logged by ErrorPolicy, which knows which errors are expected and gives request ids. A
        document that does not parse never reaches it: its errors get their code here (#27)."""
        if execution_context is not None and getattr(execution_context, "graphql_document", None) is None:
            for error in errors:
                if isinstance(error, GraphQLSyntaxError) and error.extensions is not None and "code" not in error.extensions:
                    error.extensions["code"] = "GRAPHQL_PARSE_FAILED"




def validation_rules(production: bool) -> list:
    """The rules every document is validated with, besides GraphQL's own (the compiled reads too)."""
    return [DEPTH_RULE, *LIMIT_RULES, ForbiddenTextRule, *([NoSchemaIntrospectionCustomRule] if production else [])]


def build_schema(production: bool = False) -> strawberry.Schema:
    rules = validation_rules(production)
    extensions: list = [
        lambda: ErrorPolicy(production=production),
        MaintenanceGate,
        TextGuard,
        lambda: AddValidationRules(rules),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        DocumentCache,  # parsed and validated documents, bounded by bytes (strawberry's caches keep any text)
    ]
    built = ShuroSchema(query=Query, mutation=Mutation, extensions=extensions,
                        config=StrawberryConfig(scalar_map=SCALAR_MAP, batching_config={"max_operations": MAX_BATCH}))
    describe_schema(built._schema)
    return built


schema = build_schema()
