"""Kept answers of `url_for`. Starlette looks a route's path up by walking every route on each call,
raising NoMatchFound through each mount it passes; an admin page asks about 30 times (the menu, the
static files), which was a sixth of the review queue's time at national scale (#28). Routes do not
change once the app is built, so each answer is kept (up to `KEPT` of them, least used first out)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from starlette.datastructures import URLPath
from starlette.routing import Router

KEPT = 4096


def keep_url_paths(router: Router) -> None:
    walk = router.url_path_for

    @lru_cache(maxsize=KEPT)
    def looked_up(name: str, params: tuple[tuple[str, Any], ...]) -> URLPath:
        return walk(name, **dict(params))

    def url_path_for(name: str, /, **path_params: Any) -> URLPath:
        key = tuple(sorted(path_params.items()))
        try:
            hash(key)
        except TypeError:  # a parameter that cannot be a key: looked up as Starlette does
            return walk(name, **path_params)
        return looked_up(name, key)

    router.url_path_for = url_path_for  # type: ignore[method-assign]
