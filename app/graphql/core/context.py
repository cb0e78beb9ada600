"""The per-request context: who asks, from where, the settings, the file store, and the request itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from strawberry.types import Info as StrawberryInfo

from app.domain.storage import FileStore
from app.domain.viewer import Viewer
from app.graphql.core.loaders import Loaders
from app.infra.settings import Settings


@dataclass
class Context:
    request: Request
    settings: Settings
    viewer: Viewer | None
    token: str | None
    client_address: str | None
    storage: FileStore
    response: Any = None  # strawberry's sub-response: status code and headers of the reply
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.viewer)


Info = StrawberryInfo[Context, None]
