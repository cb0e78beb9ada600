"""Who is behind a token, remembered for a minute so that a compiled read needs no look-up of its
own: the compiled statement checks the session itself (`accounts.sessions.session_of`) and answers
nothing once it no longer stands; a token is resolved afresh (touching its session, which keeps it
from idling out) when TOUCH_INTERVAL has passed."""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime

from app.domain import clock
from app.domain.accounts.sessions import TOUCH_INTERVAL, hash_token, resolve_session
from app.domain.viewer import Viewer
from app.models.enums import SessionChannel

REMEMBERED_TOKENS = 10_000


class RecentViewers:
    def __init__(self) -> None:
        self._kept: OrderedDict[str, tuple[Viewer, datetime]] = OrderedDict()

    async def viewer(self, token: str) -> tuple[Viewer, str] | None:
        """The token's viewer and token hash, or None for a token without a live session."""
        token_hash = hash_token(token)
        now = clock.now()
        kept = self._kept.get(token_hash)
        if kept is not None and abs(now - kept[1]) < TOUCH_INTERVAL:
            return kept[0], token_hash
        viewer = await resolve_session(token, SessionChannel.API)
        if viewer is None:
            self.forget(token_hash)
            return None
        self._kept[token_hash] = (viewer, now)
        self._kept.move_to_end(token_hash)
        if len(self._kept) > REMEMBERED_TOKENS:
            self._kept.popitem(last=False)
        return viewer, token_hash

    def forget(self, token_hash: str) -> None:
        self._kept.pop(token_hash, None)
