"""/graphql over HTTP as clients expect it (CONTRACT.md, #15, #27).

- Every HTTP error answers a GraphQL response body, never plain text; a mutation over GET is 405 with
  `Allow: POST`.
- `Accept: application/graphql-response+json` is answered in that media type, and a request refused
  before execution (it does not parse or validate, a variable is invalid) with 400; with
  `application/json` such answers stay 200, as clients of that media type expect.
- A request error's body has no `data` entry (the spec: it never started executing).
- Persisted queries and trusted documents (`persisted_documents`), before anything else.
- A JSON array body is a batch of at most `MAX_BATCH` operations, run one after the other, each with
  a context of its own (a mutation's effects are visible to the next operation), and at most one
  authentication mutation in the whole batch.
- The reads the compiler covers are answered by one SQL statement (#16).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from cross_web import HTTPException as GraphQLHTTPException
from graphql import ExecutionResult
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse

from app.domain.accounts.sessions import resolve_session
from app.graphql.compiled.endpoint import compiled_response
from app.graphql.compiled.operation import Compiler
from app.graphql.core.context import Context
from app.graphql.core.limits import MAX_BATCH, MAX_TOKENS, authentication_fields
from app.graphql.schema import build_schema, validation_rules
from app.http.bearer import bearer_token
from app.http.client_address import client_address
from app.http.errors import graphql_error_response, http_error_message
from app.http.observation import GRAPHQL_OPERATION
from app.http.persisted_documents import DocumentRefused, PersistedDocuments, read_trusted_documents
from app.infra.metrics import bounded, count_error
from app.infra.settings import Settings
from app.models.enums import SessionChannel

GRAPHQL_RESPONSE = "application/graphql-response+json"
GRAPHIQL = Path(__file__).resolve().parent / "static" / "graphiql"
TOO_MANY_OPERATIONS = DocumentRefused(400, "LIMIT_EXCEEDED", f"一度に送れる操作は{MAX_BATCH}件までです。")
TWO_AUTHENTICATIONS = DocumentRefused(400, "LIMIT_EXCEEDED", "ログイン・パスワード・登録の操作は1回の要求につき1つまでです。")


def wants_graphql_response(accept: str) -> bool:
    """Whether the client prefers application/graphql-response+json to application/json."""
    weights: dict[str, float] = {}
    for part in accept.split(","):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        weight = 1.0
        for parameter in parameters:
            if parameter.startswith("q="):
                try:
                    weight = float(parameter[2:])
                except ValueError:
                    weight = 0.0
        weights[media.lower()] = max(weights.get(media.lower(), 0.0), weight)
    preferred = weights.get(GRAPHQL_RESPONSE, 0.0)
    return preferred > 0 and preferred >= weights.get("application/json", 0.0)


def refusal_response(refused: DocumentRefused) -> Response:
    body = json.dumps({"errors": [{"message": refused.message, "extensions": {"code": refused.code}}]}, ensure_ascii=False)
    return Response(body, status_code=refused.status, media_type="application/json")


class ShuroGraphQL(GraphQL):
    """Token-based GraphQL endpoint (no cookies: multipart requests carry no CSRF protection)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            build_schema(production=settings.is_production),
            graphql_ide=None if settings.is_production else "graphiql",
            allow_queries_via_get=True,  # queries only: mutations over GET are refused
            multipart_uploads_enabled=True,
        )
        self.settings = settings
        self.graphiql_page = (GRAPHIQL / "index.html").read_text(encoding="utf-8")
        self.documents = PersistedDocuments(read_trusted_documents(settings.trusted_documents) if settings.trusted_documents else None)
        self.compiler = Compiler(self.schema, validation_rules(settings.is_production), MAX_TOKENS,
                                 log_fallbacks=not settings.is_production) if settings.compiled_reads else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            request = await self._with_documents_resolved(request)
            response = await self._answer(request)
        except DocumentRefused as refused:
            count_error(refused.code)
            response = refusal_response(refused)
        if wants_graphql_response(request.headers.get("accept", "")) and response.media_type == "application/json":
            response = self._as_graphql_response(request, response)
        await response(scope, receive, send)

    async def _answer(self, request: Request) -> Response:
        if self.compiler is not None and request.method == "POST" and request.headers.get("content-type", "").startswith("application/json"):
            compiled = await compiled_response(self.compiler, self.settings, request, await request.body())
            if compiled is not None:
                return compiled
        try:
            return await self.run(request)
        except GraphQLHTTPException as error:
            code, message = http_error_message(error.status_code, error.reason)
            count_error(code)
            if code == "METHOD_NOT_ALLOWED":
                allowed = "POST" if request.method == "GET" else "GET, POST"
                return graphql_error_response(405, code, message, headers={"Allow": allowed})
            return graphql_error_response(error.status_code, code, message)

    async def _with_documents_resolved(self, request: Request) -> Request:
        """The request with each operation's query filled in from its persisted-query hash and
        checked against the trusted documents; a batch checked as a whole. Raises DocumentRefused."""
        if request.method == "GET":
            params = dict(parse_qsl(request.scope.get("query_string", b"").decode("latin-1")))
            self._observe(request, params.get("operationName"))
            if "query" not in params and "extensions" not in params:
                return request  # GraphiQL's page, or strawberry's own answer to an empty GET
            try:
                extensions = json.loads(params["extensions"]) if "extensions" in params else None
            except ValueError:
                extensions = None
            resolved = self.documents.resolve({"query": params.get("query"), "extensions": extensions})
            if resolved.get("query") == params.get("query"):
                return request
            scope = {**request.scope, "query_string": urlencode({**params, "query": resolved["query"]}).encode()}
            return Request(scope, request.receive)
        if not request.headers.get("content-type", "").startswith("application/json"):
            return request
        body = await request.body()
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return request  # strawberry answers the 400
        self._observe(request, payload.get("operationName") if isinstance(payload, dict) else "batch" if isinstance(payload, list) else None)
        if isinstance(payload, dict):
            resolved_one = self.documents.resolve(payload)
            if resolved_one is not payload:
                request._body = json.dumps(resolved_one).encode()
            return request
        if isinstance(payload, list) and all(isinstance(item, dict) for item in payload):
            if len(payload) > MAX_BATCH:
                raise TOO_MANY_OPERATIONS
            resolved = [self.documents.resolve(item) for item in payload]
            if sum(authentication_fields(item["query"]) for item in resolved if isinstance(item.get("query"), str)) > 1:
                raise TWO_AUTHENTICATIONS
            request._body = json.dumps(resolved).encode()
        return request

    @staticmethod
    def _observe(request: Request, operation_name: object) -> None:
        """The operation's name for the request's measurements (`/metrics`)."""
        name = operation_name if isinstance(operation_name, str) and operation_name else "anonymous"
        setattr(request.state, GRAPHQL_OPERATION, bounded("graphql", name))

    @staticmethod
    def _as_graphql_response(request: Request, response: Response) -> Response:
        single = not response.body.startswith(b"[")  # a batch answers 200 with each operation's result
        if single and response.status_code == 200 and getattr(request.state, "request_error", False):
            response.status_code = 400
        response.headers["content-type"] = f"{GRAPHQL_RESPONSE}; charset=utf-8"
        return response

    async def process_result(self, request: Any, result: ExecutionResult) -> GraphQLHTTPResponse:
        """A result whose errors all came before execution (none has a path) has no `data` entry."""
        processed = await super().process_result(request, result)
        for error in result.errors or ():
            count_error((error.extensions or {}).get("code", "UNKNOWN"))
        if result.data is None and result.errors and all(error.path is None for error in result.errors):
            processed.pop("data", None)
            request.state.request_error = True
        return processed

    async def execute_operation(self, request: Any, request_adapter: Any, request_data: Any, context: Any,  # type: ignore[override]
                                root_value: Any, sub_response: Any) -> Any:
        """A batch runs in order, each operation with a fresh context (strawberry runs them together)."""
        if not isinstance(request_data, list):
            return await super().execute_operation(request, request_adapter, request_data, context, root_value, sub_response)
        results: list[ExecutionResult] = []
        for operation in request_data:
            fresh = await self.get_context(request, sub_response)
            results.append(await self.execute_single(request=request, request_adapter=request_adapter, sub_response=sub_response,
                                                     context=fresh, root_value=root_value, request_data=operation))
        return results

    async def render_graphql_ide(self, request: Any) -> HTMLResponse:  # type: ignore[override]
        """GraphiQL from this server's own files (strawberry's page loads it from a CDN, which closed
        government networks cannot reach)."""
        return HTMLResponse(self.graphiql_page)

    def decode_json(self, data: str | bytes) -> object:
        """Invalid UTF-8 and absurdly deep JSON are the client's errors (400), like invalid JSON; so
        is JSON that is not an object (`"x"`, `1`, `null`) or a list of them."""
        try:
            decoded = super().decode_json(data)
        except (UnicodeDecodeError, RecursionError, ValueError) as error:
            raise GraphQLHTTPException(400, "Unable to parse request body as JSON") from error
        if not isinstance(decoded, (dict, list)) or (isinstance(decoded, list) and not all(isinstance(i, dict) for i in decoded)):
            raise GraphQLHTTPException(400, "The request body must be a JSON object")
        return decoded

    async def get_context(self, request: Any, response: Any) -> Context:  # type: ignore[override]
        token = bearer_token(request)
        return Context(
            request=request,
            settings=self.settings,
            viewer=await resolve_session(token, SessionChannel.API),
            token=token,
            client_address=client_address(request, self.settings.trusted_proxies),
            storage=request.app.state.storage,
            response=response,
        )
