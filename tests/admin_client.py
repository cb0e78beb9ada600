"""Helpers for driving the admin panel over HTTP like a browser would."""

from __future__ import annotations

import re

import httpx

from tests.factories import STAFF_PASSWORD


async def admin_login(client: httpx.AsyncClient, login_id: str, password: str = STAFF_PASSWORD) -> httpx.Response:
    return await client.post("/admin/login", data={"username": login_id, "password": password})


def csrf_of(page: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match.group(1)


def version_of(page: str) -> str:
    match = re.search(r'name="version" value="(\d+)"', page)
    assert match
    return match.group(1)
