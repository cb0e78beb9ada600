"""Changing the company's e-mail (REQUIREMENTS A11, A4, FAQ 7; #24.1): a stolen session alone can never
move the account to another address. End to end through GraphQL and SMTP on loopback, on both
databases; each refusal changes nothing."""

from __future__ import annotations

import re

import httpx

from app.domain.accounts.authentication import log_in
from app.infra.settings import Settings
from app.infra.smtp_sender import drain_outbox_once
from app.models import CompanyAccount, Plan, PlanEvent
from app.models.enums import PlanAction
from tests.conftest import FrozenClock, Mailbox, snapshot
from tests.operations import run
from tests.test_changes import NOISE, certified

NEW = "new-office@example.jp"


async def notify(client: httpx.AsyncClient, token: str, changes: dict, password: str | None = None) -> dict:
    data = {"changes": changes, **({"currentPassword": password} if password is not None else {})}
    return (await run(client, "FileChangeNotification", {"input": data}, token))["fileChangeNotification"]


async def confirm(client: httpx.AsyncClient, code: str) -> dict:
    return (await run(client, "ConfirmEmailChange", {"input": {"code": code}}))["confirmEmailChange"]


def code_in(mailbox: Mailbox, address: str) -> str:
    [body] = mailbox.bodies_to(address)
    match = re.search(r"確認コード: (\S+)", body)
    assert match, body
    return match.group(1)


async def test_the_new_address_confirms_the_change(client: httpx.AsyncClient, mail_settings: Settings, mailbox: Mailbox,
                                                  clock: FrozenClock) -> None:
    token, plan = await certified(mail_settings.upload_dir)
    account = await CompanyAccount.get(id=plan.company_id)
    old_account_email, old_plan_email = account.email, plan.email
    await drain_outbox_once(mail_settings)
    mailbox.messages.clear()

    before = await snapshot(exclude=NOISE)
    [missing] = (await notify(client, token, {"email": NEW}))["errors"]
    assert (missing["field"], missing["code"]) == ("currentPassword", "REQUIRED")
    [wrong] = (await notify(client, token, {"email": NEW}, "Wrongpass2026"))["errors"]
    assert (wrong["field"], wrong["code"]) == ("currentPassword", "AUTHENTICATION_FAILED")
    [bad] = (await notify(client, token, {"email": "not-an-email"}, "Companypass123"))["errors"]
    assert (bad["field"], bad["code"]) == ("changes.email", "INVALID")
    assert await snapshot(exclude=(*NOISE, "login_failure")) == before

    filed = await notify(client, token, {"email": NEW}, "Companypass123")
    assert filed["errors"] == [] and filed["plan"]["email"] == old_plan_email  # nothing moved yet
    me = (await run(client, "Me", {}, token))["me"]["company"]
    assert (me["email"], me["pendingEmail"]) == (old_account_email, NEW)
    await drain_outbox_once(mail_settings)
    code = code_in(mailbox, NEW)
    [notice] = mailbox.bodies_to(old_account_email)
    assert "変更する届出がありました" in notice and "http" not in notice and code not in notice
    # Until confirmed, every mail still goes to the old address.
    assert (await CompanyAccount.get(id=account.id)).email == old_account_email

    mailbox.messages.clear()
    assert (await confirm(client, "not-the-code"))["errors"][0]["code"] == "INVALID"
    confirmed = await confirm(client, code)
    assert confirmed == {"email": NEW, "errors": []}
    stored = await CompanyAccount.get(id=account.id)
    assert (stored.email, stored.pending_email) == (NEW, None)
    assert (await Plan.get(id=plan.id)).email == NEW  # FAQ 7: both change together
    event = await PlanEvent.filter(plan_id=plan.id, action=PlanAction.CHANGE_NOTIFIED).order_by("-id").first()
    assert event.changes[0]["field"] == "email" and event.changes[0]["after"] == NEW
    await drain_outbox_once(mail_settings)
    [told] = mailbox.bodies_to(old_account_email)
    assert "変更されました" in told and "http" not in told
    assert (await confirm(client, code))["errors"][0]["code"] == "INVALID"  # single use


async def test_an_unconfirmed_change_expires_and_a_stolen_session_cannot_take_the_account(
        client: httpx.AsyncClient, mail_settings: Settings, mailbox: Mailbox, clock: FrozenClock) -> None:
    token, plan = await certified(mail_settings.upload_dir)
    account = await CompanyAccount.get(id=plan.company_id)
    await drain_outbox_once(mail_settings)
    mailbox.messages.clear()
    assert (await notify(client, token, {"email": "attacker@example.net"}, "Companypass123"))["errors"] == []
    await drain_outbox_once(mail_settings)
    code = code_in(mailbox, "attacker@example.net")
    # A password reset asked for the new address goes nowhere: the account's address is still the old one.
    reset = await run(client, "RequestPasswordReset", {"input": {"loginId": account.login_id, "licenseNumber": account.license_text,
                                                                  "email": "attacker@example.net"}})
    assert reset["requestPasswordReset"]["errors"] == []
    await drain_outbox_once(mail_settings)
    assert [m for m in mailbox.messages if m["To"] == "attacker@example.net" and "パスワード" in m["Subject"]] == []
    clock.advance(hours=24, seconds=1)
    assert (await confirm(client, code))["errors"][0]["code"] == "INVALID"  # 24 hours
    assert (await CompanyAccount.get(id=account.id)).email == account.email
    assert (await log_in(account.login_id, "Companypass123", None)).token


async def test_guessing_codes_is_throttled(client: httpx.AsyncClient, settings: Settings) -> None:
    for n in range(20):
        assert (await confirm(client, f"guess-{n}"))["errors"][0]["code"] == "INVALID"
    [held] = (await confirm(client, "guess-21"))["errors"]
    assert held["code"] == "LIMIT_EXCEEDED" and "しばらくしてから" in held["message"]
