"""Password hashing with Argon2id (A9) and the password policy."""

from __future__ import annotations

import asyncio
import re
import secrets
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain.errors import DomainError, ErrorCode

MIN_PASSWORD_LENGTH = 10
# Letters and digits without look-alikes (0/O, 1/l/I), for passwords read off an e-mail.
_TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

_hasher = PasswordHasher()
# Argon2id runs off the event loop in a small pool of its own (argon2-cffi releases the GIL), so a
# burst of logins neither blocks other requests nor takes more than these threads of CPU.
HASHING_THREADS = 2
_pool = ThreadPoolExecutor(max_workers=HASHING_THREADS, thread_name_prefix="argon2")


def configure_hashing(time_cost: int, memory_cost: int) -> None:
    """Production parameters by default; the test settings lower the cost (DESIGN.md)."""
    global _hasher
    _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost)


def hash_password_blocking(password: str) -> str:
    """On the calling thread: for the CLI, demo data and test fixtures, never in a request."""
    return _hasher.hash(password)


def _verify_blocking(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def hash_password(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_pool, _hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    return await asyncio.get_running_loop().run_in_executor(_pool, _verify_blocking, password_hash, password)


def generate_temporary_password(length: int = 12) -> str:
    """Cryptographically random, always with at least one letter and one digit."""
    while True:
        candidate = "".join(secrets.choice(_TEMPORARY_ALPHABET) for _ in range(length))
        if re.search(r"[A-Za-z]", candidate) and re.search(r"\d", candidate):
            return candidate


def check_password_policy(password: str, login_id: str, field: str = "newPassword") -> None:
    """At least 10 characters with letters and digits, not equal to the login ID."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(field, ErrorCode.INVALID, f"パスワードは{MIN_PASSWORD_LENGTH}文字以上で入力してください。")
    if not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        raise DomainError(field, ErrorCode.INVALID, "パスワードには英字と数字の両方を含めてください。")
    if password.casefold() == login_id.casefold():
        raise DomainError(field, ErrorCode.INVALID, "ログインIDと同じパスワードは使用できません。")
