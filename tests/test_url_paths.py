"""Kept `url_for` answers (#28): the same paths as Starlette's, each route looked up once."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, NoMatchFound, Route, Router

from app.http.url_paths import keep_url_paths


def _page(request: Any) -> PlainTextResponse:
    return PlainTextResponse("")


def test_kept_url_paths_answer_as_starlette_does_and_walk_the_routes_once() -> None:
    router = Router(routes=[Route("/plans/{pk:int}", _page, name="plan"),
                            Mount("/admin", routes=[Route("/{identity}/list", _page, name="list")], name="admin")])
    asked = [("plan", {"pk": 3}), ("admin:list", {"identity": "worker"}), ("admin:list", {"identity": "plan"})]
    expected = [router.url_path_for(name, **params) for name, params in asked]
    walks: list[str] = []
    walk = router.url_path_for

    def counted(name: str, /, **params: Any) -> Any:
        walks.append(name)
        return walk(name, **params)

    router.url_path_for = counted  # type: ignore[method-assign]
    keep_url_paths(router)
    for _ in range(3):
        assert [router.url_path_for(name, **params) for name, params in asked] == expected
    assert walks == ["plan", "admin:list", "admin:list"]
    with pytest.raises(NoMatchFound):
        router.url_path_for("nowhere")
