"""Helpers for driving the admin panel over HTTP like a browser would."""

from __future__ import annotations

import re

import httpx

from tests.factories import STAFF_PASSWORD


async def admin_login(client: httpx.AsyncClient, login_id: str, password: str = STAFF_PASSWORD) -> httpx.Response:
    """Log in as a browser does: the form's CSRF token first, then the post."""
    form = await client.get("/admin/login")
    return await client.post("/admin/login", data={"username": login_id, "password": password, "csrf": csrf_of(form.text)})


async def admin_logout(client: httpx.AsyncClient) -> httpx.Response:
    page = await client.get("/admin/", follow_redirects=True)
    return await client.post("/admin/logout", data={"csrf": csrf_of(page.text)})


def csrf_of(page: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match.group(1)


def version_of(page: str) -> str:
    match = re.search(r'name="version" value="(\d+)"', page)
    assert match
    return match.group(1)
