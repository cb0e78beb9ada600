"""Assembles the schema from the per-domain modules."""

from __future__ import annotations

import strawberry
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import AddValidationRules, MaxTokensLimiter, ParserCache, QueryDepthLimiter, ValidationCache
from strawberry.tools import merge_types

from app.graphql.accounts import AccountMutation, AccountQuery
from app.graphql.announcements import AnnouncementMutation, AnnouncementQuery
from app.graphql.maintenance import MaintenanceGate
from app.graphql.plan_api import PlanMutation, PlanQuery
from app.graphql.plan_search import PlanSearchQuery
from app.graphql.reference import ReferenceQuery
from app.graphql.statistics import StatisticsQuery
from app.graphql.system import SystemQuery

Query = merge_types("Query", (AccountQuery, PlanQuery, PlanSearchQuery, StatisticsQuery, AnnouncementQuery, SystemQuery, ReferenceQuery))
Mutation = merge_types("Mutation", (AccountMutation, PlanMutation, AnnouncementMutation))

MAX_QUERY_DEPTH = 12


def build_schema(production: bool = False) -> strawberry.Schema:
    extensions: list = [
        MaintenanceGate,
        lambda: QueryDepthLimiter(max_depth=MAX_QUERY_DEPTH),
        lambda: MaxTokensLimiter(max_token_count=5000),
        lambda: ParserCache(maxsize=256),
        lambda: ValidationCache(maxsize=256),
    ]
    if production:
        extensions.append(lambda: AddValidationRules([NoSchemaIntrospectionCustomRule]))
    return strawberry.Schema(query=Query, mutation=Mutation, extensions=extensions)


schema = build_schema()
