"""Company accounts (REQUIREMENTS A1–A9) through GraphQL, with mail received by a real SMTP server."""

from __future__ import annotations

import re

import httpx
import pytest

from app.infra.settings import Settings
from app.infra.smtp_sender import drain_outbox_once
from app.models import CompanyAccount, OutboxMail, TemporaryRegistration
from app.models.enums import Role
from tests.conftest import FrozenClock, Mailbox, snapshot
from tests.factories import STAFF_PASSWORD, make_staff
from tests.operations import documents, run_raw

LOGIN_FAILED = "ログイン名、パスワードのいずれかもしくは両方が登録されていません。"
LICENSE = "東京都知事許可(般-5)第123456号"



async def op(api: httpx.AsyncClient, name: str, variables: dict | None = None, token: str | None = None) -> dict:
    """Run a documented operation (graphql/operations/accounts.graphql); the whole response."""
    return await run_raw(api, name, variables, token)


async def request_registration(api: httpx.AsyncClient, login_id: str = "tokyo-kensetsu", license: str = LICENSE,
                               email: str = "info@tokyo-kensetsu.example.jp") -> dict:
    result = await op(api, "RequestTemporaryRegistration", {"input": {"loginId": login_id, "licenseNumber": license,
                                                    "companyName": "東京建設株式会社", "email": email}})
    return result["data"]["requestTemporaryRegistration"]


async def temporary_password_from_mail(mailbox: Mailbox, settings: Settings, address: str) -> str:
    await drain_outbox_once(settings)
    body = mailbox.bodies_to(address)[-1]
    match = re.search(r"仮パスワード[:：]\s*(\S+)", body)
    assert match, body
    return match.group(1)


async def register(api: httpx.AsyncClient, mailbox: Mailbox, settings: Settings, login_id: str = "tokyo-kensetsu",
                   password: str = "Kensetsu2026", license: str = LICENSE) -> None:
    email = f"{login_id}@example.jp"
    assert (await request_registration(api, login_id, license, email))["errors"] == []
    temporary = await temporary_password_from_mail(mailbox, settings, email)
    result = await op(api, "CompleteRegistration", {"input": {"loginId": login_id, "temporaryPassword": temporary, "newPassword": password}})
    assert result["data"]["completeRegistration"]["errors"] == []


async def login(api: httpx.AsyncClient, login_id: str, password: str, headers: dict | None = None) -> dict:
    response = await api.post("/graphql", json={"query": documents()["Login"], "operationName": "Login",
                                                "variables": {"input": {"loginId": login_id, "password": password}}}, headers=headers or {})
    return response.json()["data"]["login"]


async def test_the_whole_registration_path(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings, clock: FrozenClock) -> None:
    held = await request_registration(api)
    assert held["errors"] == [] and held["loginId"] == "tokyo-kensetsu"
    assert held["expiresAt"] == "2026-11-25T15:00:00+09:00"  # three hours, in Japan time

    stored = await TemporaryRegistration.get(login_id="tokyo-kensetsu")
    assert stored.password_hash.startswith("$argon2id$")
    await drain_outbox_once(mail_settings)
    [message] = mailbox.messages
    assert message["From"] == "no-reply@gaikokujin-shuro.example.jp"
    assert message["To"] == "info@tokyo-kensetsu.example.jp"
    assert "仮パスワード" in message["Subject"]
    body = message.get_content()
    assert "ログインID: tokyo-kensetsu" in body
    assert "有効期限: 2026年11月25日 15時00分（日本時間）" in body
    assert "no-reply@gaikokujin-shuro.example.jp" in body
    temporary = re.search(r"仮パスワード: (\S+)", body).group(1)
    assert temporary not in stored.password_hash
    # A credential's body is erased once the SMTP server has it.
    mail = await OutboxMail.get()
    assert mail.state == "SENT" and mail.carries_credential and mail.body is None and mail.attempts == 1

    result = await op(api, "CompleteRegistration", {"input": {"loginId": "tokyo-kensetsu", "temporaryPassword": temporary, "newPassword": "Kensetsu2026"}})
    completed = result["data"]["completeRegistration"]
    assert completed["errors"] == [] and "本登録が完了しました" in completed["message"]
    assert completed["viewer"]["company"] == {"companyName": "東京建設株式会社", "licenseNumber": LICENSE, "email": "info@tokyo-kensetsu.example.jp"}
    assert len(mailbox.messages) == 1  # no completion mail (FAQ 8)
    await drain_outbox_once(mail_settings)
    assert len(mailbox.messages) == 1

    # The temporary password stops working.
    again = await op(api, "CompleteRegistration", {"input": {"loginId": "tokyo-kensetsu", "temporaryPassword": temporary, "newPassword": "Another2026x"}})
    assert again["data"]["completeRegistration"]["errors"][0]["code"] == "AUTHENTICATION_FAILED"

    session = await login(api, "tokyo-kensetsu", "Kensetsu2026")
    assert session["errors"] == [] and len(session["token"]) >= 40
    assert session["viewer"] == {"loginId": "tokyo-kensetsu", "role": "COMPANY", "bureau": None}
    me = await op(api, "Me", token=session["token"])
    assert me["data"]["me"]["company"]["companyName"] == "東京建設株式会社"
    account = await CompanyAccount.get(login_id="tokyo-kensetsu")
    assert account.license_key == "GOVERNOR:13:123456"


async def test_an_unexpired_temporary_registration_holds_its_id_and_then_frees_it(api: httpx.AsyncClient, clock: FrozenClock) -> None:
    assert (await request_registration(api))["errors"] == []
    before = await snapshot()
    refused = await request_registration(api, license="国土交通大臣許可(特-1)第777号")
    assert refused["loginId"] is None
    [error] = refused["errors"]
    assert error["field"] == "loginId" and error["code"] == "DUPLICATE"
    assert "2026年11月25日 15時00分（日本時間）を過ぎると" in error["message"]
    assert await snapshot() == before

    clock.advance(hours=3, seconds=1)
    again = await request_registration(api, license="国土交通大臣許可(特-1)第777号")
    assert again["errors"] == [] and again["loginId"] == "tokyo-kensetsu"
    assert await TemporaryRegistration.filter(login_id="tokyo-kensetsu").count() == 1


async def test_an_expired_temporary_password_answers_expired(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings, clock: FrozenClock) -> None:
    await request_registration(api, email="a@example.jp")
    temporary = await temporary_password_from_mail(mailbox, mail_settings, "a@example.jp")
    clock.advance(hours=3)
    before = await snapshot()
    result = await op(api, "CompleteRegistration", {"input": {"loginId": "tokyo-kensetsu", "temporaryPassword": temporary, "newPassword": "Kensetsu2026"}})
    [error] = result["data"]["completeRegistration"]["errors"]
    assert error["code"] == "EXPIRED" and "もう一度仮登録" in error["message"]
    assert await snapshot() == before


async def test_one_login_per_licence_whatever_the_grade_and_renewal(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings, clock: FrozenClock) -> None:
    await register(api, mailbox, mail_settings)
    before = await snapshot()
    refused = await request_registration(api, login_id="second-id", license="東京都知事許可（特－６）第１２３４５６号")
    [error] = refused["errors"]
    assert error["field"] == "licenseNumber" and error["code"] == "DUPLICATE" and "1社につき1つ" in error["message"]
    assert await snapshot() == before
    # Another governor's licence with the same number is another company.
    other = await request_registration(api, login_id="osaka-id", license="大阪府知事許可(般-5)第123456号")
    assert other["errors"] == []


async def test_registration_answers_every_problem_at_once(api: httpx.AsyncClient) -> None:
    before = await snapshot()
    result = await op(api, "RequestTemporaryRegistration", {"input": {"loginId": "x", "licenseNumber": "123456", "companyName": " ", "email": "nope"}})
    errors = result["data"]["requestTemporaryRegistration"]["errors"]
    assert {(e["field"], e["code"]) for e in errors} == {
        ("loginId", "INVALID"), ("licenseNumber", "INVALID"), ("companyName", "REQUIRED"), ("email", "INVALID")
    }
    license_error = next(e for e in errors if e["field"] == "licenseNumber")
    assert "東京都知事許可(般-5)第123456号" in license_error["message"]  # shows the format
    assert await snapshot() == before


async def test_login_ids_are_unique_across_staff_and_companies(api: httpx.AsyncClient) -> None:
    await make_staff(Role.MLIT_STAFF, login_id="mlit-honsho")
    result = await request_registration(api, login_id="mlit-honsho")
    assert result["errors"][0]["code"] == "DUPLICATE" and result["errors"][0]["field"] == "loginId"


async def test_a_weak_new_password_is_refused_with_the_reason(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings) -> None:
    await request_registration(api, email="w@example.jp")
    temporary = await temporary_password_from_mail(mailbox, mail_settings, "w@example.jp")
    for weak, reason in (("short1", "10文字以上"), ("longbutnodigits", "英字と数字"), ("1234567890123", "英字と数字")):
        result = await op(api, "CompleteRegistration", {"input": {"loginId": "tokyo-kensetsu", "temporaryPassword": temporary, "newPassword": weak}})
        [error] = result["data"]["completeRegistration"]["errors"]
        assert error["field"] == "newPassword" and error["code"] == "INVALID"
        assert reason in error["message"]
    assert await CompanyAccount.all().count() == 0


async def test_a_failed_login_says_the_same_whatever_was_wrong(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings) -> None:
    await register(api, mailbox, mail_settings)
    for login_id, password in (("tokyo-kensetsu", "Wrongpass2026"), ("nobody-here", "Kensetsu2026"), ("", "")):
        result = await login(api, login_id, password)
        assert result["token"] is None and result["viewer"] is None
        assert result["errors"] == [{"field": None, "code": "AUTHENTICATION_FAILED", "message": LOGIN_FAILED}]


async def test_an_expired_password_is_replaced_through_change_password(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings, clock: FrozenClock) -> None:
    await register(api, mailbox, mail_settings)
    clock.advance(days=180)
    wrong = await login(api, "tokyo-kensetsu", "Wrongpass2026")
    assert wrong["errors"][0]["code"] == "AUTHENTICATION_FAILED"
    expired = await login(api, "tokyo-kensetsu", "Kensetsu2026")
    assert expired["token"] is None and expired["errors"][0]["code"] == "PASSWORD_EXPIRED"
    changed = await op(api, "ChangePassword", {"input": {"loginId": "tokyo-kensetsu", "currentPassword": "Kensetsu2026", "newPassword": "Kensetsu2027"}})
    assert changed["data"]["changePassword"]["errors"] == []
    assert (await login(api, "tokyo-kensetsu", "Kensetsu2027"))["token"]
    assert (await login(api, "tokyo-kensetsu", "Kensetsu2026"))["token"] is None


async def test_changing_the_password_ends_every_session(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings) -> None:
    await register(api, mailbox, mail_settings)
    token = (await login(api, "tokyo-kensetsu", "Kensetsu2026"))["token"]
    assert (await op(api, "Me", token=token))["data"]["me"]["loginId"] == "tokyo-kensetsu"
    refused = await op(api, "ChangePassword", {"input": {"loginId": "tokyo-kensetsu", "currentPassword": "Wrongpass2026", "newPassword": "Kensetsu2027"}})
    assert refused["data"]["changePassword"]["errors"][0]["message"] == LOGIN_FAILED
    assert (await op(api, "Me", token=token))["data"]["me"] is not None
    await op(api, "ChangePassword", {"input": {"loginId": "tokyo-kensetsu", "currentPassword": "Kensetsu2026", "newPassword": "Kensetsu2027"}})
    assert (await op(api, "Me", token=token))["data"]["me"] is None


async def test_logout_revokes_the_token(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings) -> None:
    await register(api, mailbox, mail_settings)
    token = (await login(api, "tokyo-kensetsu", "Kensetsu2026"))["token"]
    result = await op(api, "Logout", token=token)
    assert result["data"]["logout"]["errors"] == []
    assert (await op(api, "Me", token=token))["data"]["me"] is None
    anonymous = await op(api, "Logout")
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_staff_log_in_through_the_same_mutation(api: httpx.AsyncClient) -> None:
    from app.models.enums import Bureau

    await make_staff(Role.BUREAU_STAFF, Bureau.KYUSHU, login_id="kyushu-01")
    session = await login(api, "kyushu-01", STAFF_PASSWORD)
    assert session["viewer"] == {"loginId": "kyushu-01", "role": "BUREAU_STAFF", "bureau": "KYUSHU"}
    me = await op(api, "Me", token=session["token"])
    assert me["data"]["me"] == {"loginId": "kyushu-01", "role": "BUREAU_STAFF", "roleLabel": "地方整備局職員", "bureau": "KYUSHU",
                                "bureauLabel": "九州地方整備局", "company": None}


async def test_password_reset_answers_alike_and_locks_nobody_out(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings) -> None:
    await register(api, mailbox, mail_settings)
    sent_before = len(mailbox.messages)
    answers = []
    for login_id, email in ((None, "wrong@example.jp"), ("someone-else", "tokyo-kensetsu@example.jp")):
        result = await op(api, "RequestPasswordReset", {"input": {"loginId": login_id, "licenseNumber": LICENSE, "email": email}})
        answers.append(result["data"]["requestPasswordReset"])
    await drain_outbox_once(mail_settings)
    assert len(mailbox.messages) == sent_before  # nothing matched, nothing sent

    result = await op(api, "RequestPasswordReset", {"input": {"licenseNumber": "東京都知事許可(般-6)第123456号", "email": "TOKYO-KENSETSU@example.jp"}})
    answers.append(result["data"]["requestPasswordReset"])
    assert answers[0] == answers[1] == answers[2] and answers[0]["errors"] == []
    temporary = await temporary_password_from_mail(mailbox, mail_settings, "tokyo-kensetsu@example.jp")
    assert "ログインID: tokyo-kensetsu" in mailbox.bodies_to("tokyo-kensetsu@example.jp")[-1]

    # The old password still works; the temporary one does not log in by itself.
    assert (await login(api, "tokyo-kensetsu", "Kensetsu2026"))["token"]
    assert (await login(api, "tokyo-kensetsu", temporary))["token"] is None
    changed = await op(api, "ChangePassword", {"input": {"loginId": "tokyo-kensetsu", "currentPassword": temporary, "newPassword": "Kensetsu2030"}})
    assert changed["data"]["changePassword"]["errors"] == []
    assert (await login(api, "tokyo-kensetsu", "Kensetsu2026"))["token"] is None
    assert (await login(api, "tokyo-kensetsu", "Kensetsu2030"))["token"]
    reused = await op(api, "ChangePassword", {"input": {"loginId": "tokyo-kensetsu", "currentPassword": temporary, "newPassword": "Kensetsu2031"}})
    assert reused["data"]["changePassword"]["errors"][0]["code"] == "AUTHENTICATION_FAILED"


async def test_a_malformed_reset_request_is_refused_with_the_field(api: httpx.AsyncClient) -> None:
    result = await op(api, "RequestPasswordReset", {"input": {"licenseNumber": "第1号", "email": "a@example.jp"}})
    [error] = result["data"]["requestPasswordReset"]["errors"]
    assert error["field"] == "licenseNumber" and error["code"] == "INVALID"


@pytest.mark.parametrize("dialect", ["sqlite"], indirect=True)
async def test_an_unknown_id_costs_as_much_time_as_a_wrong_password(db: str) -> None:
    """Production Argon2id parameters: both paths verify exactly one hash made with the same
    parameters (no user enumeration by timing). Timed in interleaved pairs, so that whatever else
    the machine does weighs on both alike (#24: the suite runs on a busy machine)."""
    import statistics
    import time

    from argon2 import PasswordHasher

    from app.domain.accounts import authentication, passwords
    from app.domain.errors import DomainError
    from tests.factories import make_company

    verified: list[str] = []

    class CountingHasher(PasswordHasher):
        def verify(self, stored: str, password: str) -> bool:  # type: ignore[override]
            verified.append(stored.rsplit("$", 2)[0])  # the algorithm and its parameters
            return super().verify(stored, password)

    passwords._hasher = CountingHasher(time_cost=3, memory_cost=65536)
    authentication._dummy_hash = None
    try:
        company = await make_company()
        await CompanyAccount.filter(id=company.id).update(password_hash=await passwords.hash_password("Companypass123"))

        async def timed(login_id: str) -> float:
            from app.models import LoginFailure, LoginLock

            await LoginFailure.all().delete()  # each try is a first try: no hold refuses it unchecked
            await LoginLock.all().delete()
            verified.clear()
            start = time.perf_counter()
            with pytest.raises(DomainError):
                await authentication.log_in(login_id, "Wrongpass2026", None)
            elapsed = time.perf_counter() - start
            assert len(verified) == 1, (login_id, verified)  # one verification, whichever the path
            return elapsed

        await timed("no-such-id")  # makes the throwaway hash once
        stored = (await CompanyAccount.get(id=company.id)).password_hash.rsplit("$", 2)[0]
        ratios = []
        for _ in range(5):
            known = await timed(company.login_id)
            assert verified == [stored]
            unknown = await timed("no-such-id")
            assert verified == [stored]  # the throwaway hash has the stored one's parameters
            ratios.append(unknown / known)
        assert 0.5 < statistics.median(ratios) < 2, ratios
    finally:
        passwords.configure_hashing(1, 1024)
        authentication._dummy_hash = None
