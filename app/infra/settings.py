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
    # Where attachment files live (SHURO_STORAGE_URL); empty: the folder `upload_dir`.
    storage_url: str = ""
    # Addresses (or networks) that may read GET /metrics.
    metrics_allow: tuple[str, ...] = ("127.0.0.1", "::1")
    log_format: str = "text"
    trusted_proxies: tuple[str, ...] = ()
    base_url: str = DEVELOPMENT_BASE_URL
    cors_origins: tuple[str, ...] = ()
    # Only these GraphQL documents run (SHURO_TRUSTED_DOCUMENTS); None: any valid document.
    trusted_documents: Path | None = None
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
    def storage_location(self) -> str:
        return self.storage_url or f"file://{self.upload_dir}"

    @property
    def dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres://", "postgresql://", "asyncpg://")) else "sqlite"

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **changes)


MAKE_A_KEY = "python3 -c 'import secrets; print(secrets.token_urlsafe(48))'"
# What the characters of a key say about it, at the least (a random 32-byte hex key gives about 120).
MIN_SECRET_KEY_BITS = 96
KNOWN_EXAMPLES = frozenset({"test-secret-key-not-for-production", "change-me", "changeme", "secret", "your-secret-key"})


@dataclass(frozen=True)
class Variable:
    """One SHURO_* variable as docs/configuration.md states it (generated from this table)."""

    name: str
    default: str
    meaning: str


VARIABLES: tuple[Variable, ...] = (
    Variable("SHURO_ENV", "`development`", "`development`, `production` or `test`. `production` turns off GraphiQL and "
             "introspection, sends HSTS, requires `SHURO_SECRET_KEY` and `SHURO_BASE_URL`, and stops daily for maintenance."),
    Variable("SHURO_DATABASE_URL", f"`{DEFAULT_DATABASE_URL}`", "Tortoise URL of the database: `sqlite://PATH`, or "
             "`postgres://user:password@host:5432/db` for PostgreSQL (needed for `--workers` above 1)."),
    Variable("SHURO_SECRET_KEY", "generated into `var/secret_key` on first start outside production; required in production",
             f"Signs the admin panel's sessions. At least {MIN_SECRET_KEY_BYTES} bytes and random (`{MAKE_A_KEY}`); keep it stable."),
    Variable("SHURO_BASE_URL", "the address `shuro serve` was given (`http://HOST:PORT`) outside production; required in production",
             "The public URL. Redirects and links in mails are built from it, never from the request's `Host`."),
    Variable("SHURO_SMTP_HOST", "unset", "Where mail is sent. Unset: mail stays queued in the outbox and is shown in the admin panel."),
    Variable("SHURO_SMTP_PORT", "`25`", "The SMTP server's port."),
    Variable("SHURO_MAIL_FROM", f"`{DEFAULT_MAIL_FROM}`", "The sender address of every mail."),
    Variable("SHURO_MAINTENANCE", f"`{PRODUCTION_MAINTENANCE}` in production, empty outside it",
             "The daily stop, Japan time, `HH:MM-HH:MM` (may cross midnight); empty for none."),
    Variable("SHURO_UPLOAD_DIR", "`var/uploads`", "Where attachment files are stored by the folder backend (when `SHURO_STORAGE_URL` is not set)."),
    Variable("SHURO_STORAGE_URL", "`file://` + `SHURO_UPLOAD_DIR`", "Where attachment files are stored: `file://PATH`, or "
             "`s3://BUCKET/PREFIX?endpoint=URL&region=REGION` for an S3-compatible object store (credentials from "
             "`AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`). Several servers behind one address need the object store."),
    Variable("SHURO_TRUSTED_PROXIES", "empty", "Comma-separated addresses whose `X-Forwarded-For` is believed "
             "(the client address for throttling and records): the reverse proxy's."),
    Variable("SHURO_CORS_ORIGINS", "empty", "Comma-separated origins allowed to call `/graphql` from a browser (preflight included)."),
    Variable("SHURO_TRUSTED_DOCUMENTS", "empty (every valid document runs)", "A file or folder of GraphQL documents "
             "(`.graphql` files, or a JSON manifest `{sha256: document}` such as `graphql/trusted-documents.json`). "
             "When set, only those documents run; others are refused with `DOCUMENT_NOT_TRUSTED`."),
    Variable("SHURO_METRICS_ALLOW", "`127.0.0.1,::1`", "Comma-separated addresses or networks (`10.0.0.0/8`) that may read "
             "`GET /metrics` (Prometheus text format); others get 403."),
    Variable("SHURO_LOG_FORMAT", "`text`", "`text`, or `json` for one JSON object per log line (time, level, logger, message, "
             "request_id); every line written for a request carries its `X-Request-Id`."),
    Variable("SHURO_PDF_FONT", "Debian's IPA Gothic (`fonts-ipafont-gothic`)", "A TrueType font with Japanese glyphs for the printed documents."),
)


def configuration_reference() -> str:
    """docs/configuration.md, from VARIABLES (a test fails when the file drifts from it)."""
    rows = "\n".join(f"| `{v.name}` | {v.default} | {v.meaning} |" for v in VARIABLES)
    return (
        "# Configuration\n\n"
        "<!-- Generated from app/infra/settings.py by `shuro config-reference --output docs/configuration.md`; "
        "do not edit by hand. -->\n\n"
        "shuro reads its settings from environment variables; a `.env` file in the working folder may set them "
        "(`KEY=VALUE` lines, `#` comments), and the environment wins over it. In production every missing or "
        "invalid setting is listed at once, in Japanese, and `shuro` exits with status 2.\n\n"
        "| variable | default | meaning |\n| --- | --- | --- |\n"
        f"{rows}\n"
    )


def _estimated_bits(key: str) -> float:
    """The key's length times the entropy of its characters: low for repetition (32 × "a": 0)."""
    counts = Counter(key)
    return -sum(count * math.log2(count / len(key)) for count in counts.values())


class _Problems(list[str]):
    def add(self, variable: str, message: str) -> None:
        self.append(f"{variable}: {message}")


def _secret_key(env: dict[str, str], is_production: bool, var_dir: Path, problems: _Problems) -> str:
    if key := env.get("SHURO_SECRET_KEY", "").strip():
        if is_production and len(key.encode()) < MIN_SECRET_KEY_BYTES:
            problems.add("SHURO_SECRET_KEY", f"本番では{MIN_SECRET_KEY_BYTES}バイト以上にしてください（例: `{MAKE_A_KEY}`）。")
        elif is_production and (key.lower() in KNOWN_EXAMPLES or _estimated_bits(key) < MIN_SECRET_KEY_BITS):
            problems.add("SHURO_SECRET_KEY", "推測されやすい値です（同じ文字の繰り返しや例の値）。"
                         f"ランダムな値を作って設定してください（例: `{MAKE_A_KEY}`）。")
        return key
    if is_production:
        problems.add("SHURO_SECRET_KEY", f"本番（SHURO_ENV=production）では必須です（例: `{MAKE_A_KEY}`）。")
        return ""
    key_file = var_dir / "secret_key"
    if key_file.is_file():
        return key_file.read_text(encoding="utf-8").strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    key_file.write_text(key, encoding="utf-8")
    key_file.chmod(0o600)
    return key


def _base_url(env: dict[str, str], is_production: bool, problems: _Problems) -> str:
    base_url = env.get("SHURO_BASE_URL", "").strip().rstrip("/")
    if not base_url:
        if is_production:
            problems.add("SHURO_BASE_URL", "本番では必須です（公開URL。例: https://shuro.example.go.jp）。")
        return DEVELOPMENT_BASE_URL
    if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).netloc:
        problems.add("SHURO_BASE_URL", f"http(s) の URL を指定してください（指定値: {base_url!r}）。")
    return base_url


def _trusted_documents(env: dict[str, str], problems: _Problems) -> Path | None:
    text = env.get("SHURO_TRUSTED_DOCUMENTS", "").strip()
    if not text:
        return None
    path = Path(text)
    if not path.exists():
        problems.add("SHURO_TRUSTED_DOCUMENTS", f"ファイルまたはフォルダがありません（{text}）。")
        return None
    from app.http.persisted_documents import read_trusted_documents  # checked at start, not at first request

    try:
        if not read_trusted_documents(path):
            problems.add("SHURO_TRUSTED_DOCUMENTS", f"GraphQL の文書が1つもありません（{text}）。")
    except (ValueError, OSError) as error:
        problems.add("SHURO_TRUSTED_DOCUMENTS", f"読み込めません: {error}")
    return path


def _storage_url(env: dict[str, str], problems: _Problems) -> str:
    url = env.get("SHURO_STORAGE_URL", "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme == "s3" and not parts.netloc:
        problems.add("SHURO_STORAGE_URL", f"s3:// の後にバケット名が必要です（例: s3://shuro-files/attachments?endpoint=http://10.0.0.20:8333）（指定値: {url!r}）。")
    elif parts.scheme not in ("file", "s3"):
        problems.add("SHURO_STORAGE_URL", f"file://フォルダ か s3://バケット/接頭辞?endpoint=URL で指定してください（指定値: {url!r}）。")
    return url


def _metrics_allow(env: dict[str, str], problems: _Problems) -> tuple[str, ...]:
    import ipaddress

    text = env.get("SHURO_METRICS_ALLOW", "").strip()
    if not text:
        return Settings.metrics_allow
    networks = tuple(part.strip() for part in text.split(",") if part.strip())
    for network in networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            problems.add("SHURO_METRICS_ALLOW", f"IP アドレスかネットワーク（例 10.0.0.0/8）をカンマ区切りで指定してください（{network!r}）。")
    return networks


def _log_format(env: dict[str, str], problems: _Problems) -> str:
    value = env.get("SHURO_LOG_FORMAT", "").strip() or "text"
    if value not in ("text", "json"):
        problems.add("SHURO_LOG_FORMAT", f"text か json にしてください（指定値: {value!r}）。")
    return value


def load_settings(environ: dict[str, str] | None = None, dotenv: Path | None = Path(".env")) -> Settings:
    """The settings, or a ConfigError listing every missing or invalid variable at once (#27)."""
    env = dict(read_dotenv(dotenv)) if dotenv is not None else {}
    env.update(os.environ if environ is None else environ)
    problems = _Problems()
    app_env = env.get("SHURO_ENV", "development").strip() or "development"
    if app_env not in ("development", "production", "test"):
        problems.add("SHURO_ENV", f"development、production、test のいずれかにしてください（指定値: {app_env!r}）。")
    is_production = app_env == "production"
    smtp_port_text = env.get("SHURO_SMTP_PORT", "").strip()
    smtp_port = 25
    if smtp_port_text:
        if smtp_port_text.isascii() and smtp_port_text.isdigit() and 0 < int(smtp_port_text) < 65536:
            smtp_port = int(smtp_port_text)
        else:
            problems.add("SHURO_SMTP_PORT", f"1〜65535 の数にしてください（指定値: {smtp_port_text!r}）。")
    maintenance = env.get("SHURO_MAINTENANCE")
    if maintenance is None:
        maintenance = PRODUCTION_MAINTENANCE if is_production else ""
    from app.domain.notices.maintenance import MaintenanceWindowError, parse_window  # validated at start, not at first request

    try:
        parse_window(maintenance.strip())
    except MaintenanceWindowError as error:
        problems.append(str(error))
    settings = Settings(
        database_url=env.get("SHURO_DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL,
        secret_key=_secret_key(env, is_production, Path("var"), problems),
        env=app_env,
        smtp_host=env.get("SHURO_SMTP_HOST", "").strip() or None,
        smtp_port=smtp_port,
        mail_from=env.get("SHURO_MAIL_FROM", "").strip() or DEFAULT_MAIL_FROM,
        maintenance=maintenance.strip(),
        upload_dir=Path(env.get("SHURO_UPLOAD_DIR", "").strip() or "var/uploads"),
        storage_url=_storage_url(env, problems),
        metrics_allow=_metrics_allow(env, problems),
        log_format=_log_format(env, problems),
        trusted_proxies=tuple(p.strip() for p in env.get("SHURO_TRUSTED_PROXIES", "").split(",") if p.strip()),
        base_url=_base_url(env, is_production, problems),
        cors_origins=tuple(o.strip().rstrip("/") for o in env.get("SHURO_CORS_ORIGINS", "").split(",") if o.strip()),
        trusted_documents=_trusted_documents(env, problems),
    )
    if problems:
        raise ConfigError(f"設定に誤りがあります（{len(problems)}件）。直してから起動してください。\n" + "\n".join(f"  - {p}" for p in problems))
    return settings
