"""Settings from SHURO_* environment variables (CONTRACT.md), optionally from a `.env` file."""

from __future__ import annotations

import math
import os
import secrets
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_DATABASE_URL = "sqlite://var/shuro.sqlite3"
DEFAULT_MAIL_FROM = "no-reply@gaikokujin-shuro.example.jp"
PRODUCTION_MAINTENANCE = "01:00-04:00"
DEVELOPMENT_BASE_URL = "http://127.0.0.1:8000"
MIN_SECRET_KEY_BYTES = 32


class ConfigError(Exception):
    """A setting is missing or malformed; the message is for the operator."""


def read_dotenv(path: Path) -> dict[str, str]:
    """Parse a minimal `.env` file: KEY=VALUE lines, `#` comments, optional quotes."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip().removeprefix("export ").strip()] = value
    return values


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    secret_key: str = ""
    env: str = "development"
    smtp_host: str | None = None
    smtp_port: int = 25
    mail_from: str = DEFAULT_MAIL_FROM
    maintenance: str = ""
    upload_dir: Path = Path("var/uploads")
    trusted_proxies: tuple[str, ...] = ()
    base_url: str = DEVELOPMENT_BASE_URL
    cors_origins: tuple[str, ...] = ()
    # Argon2id cost; lowered only by the test settings (DESIGN.md).
    argon2_time_cost: int = 3
    argon2_memory_cost: int = 65536
    # The lifespan's outbox sender; tests that drive delivery step by step turn it off.
    outbox_sender: bool = True
    # Reads answered by one SQL statement (app.graphql.compiled); off only to compare with graphql-core.
    compiled_reads: bool = True

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres://", "postgresql://", "asyncpg://")) else "sqlite"

    def with_overrides(self, **changes: object) -> "Settings":
        return replace(self, **changes)


MAKE_A_KEY = "python3 -c 'import secrets; print(secrets.token_urlsafe(48))'"
# What the characters of a key say about it, at the least (a random 32-byte hex key gives about 120).
MIN_SECRET_KEY_BITS = 96
KNOWN_EXAMPLES = frozenset({"test-secret-key-not-for-production", "change-me", "changeme", "secret", "your-secret-key"})


def _estimated_bits(key: str) -> float:
    """The key's length times the entropy of its characters: low for repetition (32 × "a": 0)."""
    counts = Counter(key)
    return -sum(count * math.log2(count / len(key)) for count in counts.values())


def _secret_key(env: dict[str, str], is_production: bool, var_dir: Path) -> str:
    if key := env.get("SHURO_SECRET_KEY", "").strip():
        if is_production and len(key.encode()) < MIN_SECRET_KEY_BYTES:
            raise ConfigError(f"SHURO_SECRET_KEY must be at least {MIN_SECRET_KEY_BYTES} bytes in production (e.g. `{MAKE_A_KEY}`)")
        if is_production and (key.lower() in KNOWN_EXAMPLES or _estimated_bits(key) < MIN_SECRET_KEY_BITS):
            raise ConfigError("SHURO_SECRET_KEY は推測されやすい値です（同じ文字の繰り返しや例の値）。"
                              f"ランダムな値を作って設定してください（例: `{MAKE_A_KEY}`）。")
        return key
    if is_production:
        raise ConfigError("SHURO_SECRET_KEY is required when SHURO_ENV=production")
    key_file = var_dir / "secret_key"
    if key_file.is_file():
        return key_file.read_text(encoding="utf-8").strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    key_file.write_text(key, encoding="utf-8")
    key_file.chmod(0o600)
    return key


def load_settings(environ: dict[str, str] | None = None, dotenv: Path | None = Path(".env")) -> Settings:
    env = dict(read_dotenv(dotenv)) if dotenv is not None else {}
    env.update(os.environ if environ is None else environ)
    app_env = env.get("SHURO_ENV", "development").strip() or "development"
    if app_env not in ("development", "production", "test"):
        raise ConfigError(f"SHURO_ENV must be development, production or test, not {app_env!r}")
    is_production = app_env == "production"
    smtp_port_text = env.get("SHURO_SMTP_PORT", "").strip()
    try:
        smtp_port = int(smtp_port_text) if smtp_port_text else 25
    except ValueError as exc:
        raise ConfigError(f"SHURO_SMTP_PORT must be a number, not {smtp_port_text!r}") from exc
    maintenance = env.get("SHURO_MAINTENANCE")
    if maintenance is None:
        maintenance = PRODUCTION_MAINTENANCE if is_production else ""
    from app.domain.notices.maintenance import parse_window  # validated at start, not at first request

    parse_window(maintenance.strip())
    base_url = env.get("SHURO_BASE_URL", "").strip().rstrip("/")
    if not base_url:
        if is_production:
            raise ConfigError("SHURO_BASE_URL is required when SHURO_ENV=production (the public URL, e.g. https://shuro.example.go.jp)")
        base_url = DEVELOPMENT_BASE_URL
    if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).netloc:
        raise ConfigError(f"SHURO_BASE_URL must be an http(s) URL, not {base_url!r}")
    return Settings(
        database_url=env.get("SHURO_DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL,
        secret_key=_secret_key(env, is_production, Path("var")),
        env=app_env,
        smtp_host=env.get("SHURO_SMTP_HOST", "").strip() or None,
        smtp_port=smtp_port,
        mail_from=env.get("SHURO_MAIL_FROM", "").strip() or DEFAULT_MAIL_FROM,
        maintenance=maintenance.strip(),
        upload_dir=Path(env.get("SHURO_UPLOAD_DIR", "").strip() or "var/uploads"),
        trusted_proxies=tuple(p.strip() for p in env.get("SHURO_TRUSTED_PROXIES", "").split(",") if p.strip()),
        base_url=base_url,
        cors_origins=tuple(o.strip().rstrip("/") for o in env.get("SHURO_CORS_ORIGINS", "").split(",") if o.strip()),
    )
