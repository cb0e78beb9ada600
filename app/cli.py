"""The `shuro` command (CONTRACT.md): serve, migrate, create-staff, makemigrations, export-schema."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from pathlib import Path

from app.infra.settings import PROJECT_ROOT, ConfigError, Settings, configuration_reference, load_settings
from app.models.enums import STAFF_ROLES, Bureau, PlanStatus, Role

SCHEMA_FILE = PROJECT_ROOT / "graphql" / "schema.graphql"
FIELDS_LOCK = PROJECT_ROOT / "graphql" / "operations" / "fields.lock"
TRUSTED_DOCUMENTS = PROJECT_ROOT / "graphql" / "trusted-documents.json"


class CliError(Exception):
    """A bad argument or refused request: printed in Japanese, exit status 2, nothing written."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shuro", description="外国人就労管理システム (shuro)")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="マイグレーションを適用してサーバーを起動します")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="ワーカープロセスの数（2以上は PostgreSQL のみ）")

    commands.add_parser("migrate", help="未適用のマイグレーションを適用して終了します")

    staff = commands.add_parser("create-staff", help="職員アカウントを作成します（パスワードは標準入力から）")
    staff.add_argument("--login-id", required=True)
    staff.add_argument("--role", required=True, help="|".join(r.value for r in STAFF_ROLES))
    staff.add_argument("--bureau", help="|".join(b.value for b in Bureau) + "（BUREAU_STAFF のみ）")
    staff.add_argument("--name", default="", help="表示名")

    demo = commands.add_parser("seed-demo", help="デモ用の現実的なデータを投入します")
    demo.add_argument("--companies", type=int, default=200, help="事業者（受入計画）の数")
    demo.add_argument("--seed", type=int, default=2026, help="乱数の種（同じ値なら同じデータ）")

    commands.add_parser("send-reminders", help="受入報告の督促・期限超過のメールを今すぐ送信待ちにします（配信中のサーバーは自動で行います）")

    make = commands.add_parser("makemigrations", help="SQLite と PostgreSQL のマイグレーションを同時に生成します")
    make.add_argument("name", nargs="?", default="update")
    make.add_argument("--check", action="store_true", help="モデルに遅れているツリーがあれば失敗します")

    schema = commands.add_parser("export-schema", help="graphql/schema.graphql を書き出します")
    schema.add_argument("--check", action="store_true", help="ファイルが古ければ失敗します")
    schema.add_argument("--output", default=None, help="書き出すファイル（- は標準出力）。チェックアウトの外では省略時に標準出力")

    commands.add_parser("storage-gc", help="どの添付書類にも使われていない古いファイル（1日以上前）を保存先から削除します（配信中のサーバーは1時間ごとに行います）")
    move = commands.add_parser("storage-migrate", help="添付ファイルを別の保存先へ写し、SHA-256 を確かめます（再実行できます）")
    move.add_argument("--to", required=True, help="写し先（file://フォルダ または s3://バケット/接頭辞?endpoint=URL）")

    reference = commands.add_parser("config-reference", help="設定（SHURO_* 環境変数）の一覧を Markdown で書き出します")
    reference.add_argument("--output", default=None, help="書き出すファイル（省略時は標準出力）")
    return parser


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("パスワード: ")
    return sys.stdin.readline().rstrip("\r\n")


async def _create_staff(database_url: str, args: argparse.Namespace) -> str:
    from app.domain.accounts.staff import create_staff
    from app.domain.errors import DomainError
    from app.infra.database import database

    try:
        role = Role(args.role)
    except ValueError:
        raise CliError(f"--role には {'、'.join(r.value for r in STAFF_ROLES)} のいずれかを指定してください。") from None
    try:
        bureau = Bureau(args.bureau) if args.bureau else None
    except ValueError:
        raise CliError(f"--bureau には {'、'.join(b.value for b in Bureau)} のいずれかを指定してください。") from None
    password = _read_password()
    async with database(database_url):
        try:
            user = await create_staff(args.login_id, role, password, bureau=bureau, display_name=args.name)
        except DomainError as error:
            raise CliError("\n".join(p.message for p in error.problems)) from None
    return f"職員アカウント {user.login_id}（{role.label}）を作成しました。"


async def _migrate(database_url: str) -> str:
    from app.infra.database import apply_migrations, database

    async with database(database_url, migrate=False):
        applied = await apply_migrations(database_url)
    return "適用したマイグレーション: " + ", ".join(applied) if applied else "未適用のマイグレーションはありません。"


async def _send_reminders(database_url: str) -> str:
    from app.domain.reports.reminders import queue_report_reminders
    from app.infra.database import database

    async with database(database_url):
        queued = await queue_report_reminders()
    return f"受入報告のお知らせメールを{queued}通、送信待ちにしました。"


async def _seed_demo(settings: Settings, companies: int, seed: int) -> str:
    import time

    from app.demo_data import DEMO_PASSWORD, seed_demo
    from app.infra.database import database
    from app.infra.progress import StageProgress
    from app.infra.storage import open_storage

    started = time.perf_counter()
    storage = open_storage(settings.storage_location)
    try:
        async with database(settings.database_url):
            summary = await seed_demo(companies, storage, StageProgress().report, seed=seed)
    finally:
        await storage.close()
    seconds = time.perf_counter() - started
    states = "、".join(f"{PlanStatus(s).label} {n}" for s, n in sorted(summary.by_status.items()))
    return (
        f"{summary.companies}社・外国人{summary.workers}人・履歴{summary.events}件・添付{summary.attachments}件を{seconds:.1f}秒で投入しました。\n"
        f"申請状態: {states}\n"
        f"ログイン: 事業者 demo-000001 など、職員 demo-mlit / demo-kanto / demo-jac / demo-analyst（パスワード {DEMO_PASSWORD}）"
    )


def schema_text() -> str:
    from app.graphql.schema import schema

    return schema.as_str() + "\n"


def fields_lock_text() -> str:
    from app.graphql.operation_fields import used_fields
    from app.graphql.schema import schema

    return "\n".join(used_fields(schema._schema, FIELDS_LOCK.parent)) + "\n"


async def _storage_gc(settings: Settings) -> str:
    from app.domain.plans.files import collect_garbage
    from app.infra.database import database
    from app.infra.storage import open_storage

    storage = open_storage(settings.storage_location)
    try:
        async with database(settings.database_url):
            removed = await collect_garbage(storage)
    finally:
        await storage.close()
    return f"使われていないファイルを{removed}件削除しました。"


async def _storage_migrate(settings: Settings, target_url: str) -> tuple[str, int]:
    from app.domain.plans.files import copy_files
    from app.domain.storage import StorageError
    from app.infra.database import database
    from app.infra.storage import open_storage

    try:
        source, target = open_storage(settings.storage_location), open_storage(target_url)
    except ValueError as error:
        raise CliError(f"--to の形式が正しくありません: {error}") from None
    try:
        try:
            await target.check()
        except StorageError as error:
            raise CliError(f"写し先を使えません: {error}") from None
        async with database(settings.database_url):
            report = await copy_files(source, target)
    finally:
        await source.close()
        await target.close()
    lines = [f"写しました: {report.copied}件、既に写し先にあり確認済み: {report.already_there}件、失敗: {len(report.failed)}件"]
    if report.failed:
        lines.append("失敗したキー（ログに理由）: " + ", ".join(report.failed[:20]) + (" …" if len(report.failed) > 20 else ""))
    else:
        lines.append(f"すべて確認できました。SHURO_STORAGE_URL={target_url} にして再起動してください。")
    return "\n".join(lines), len(report.failed)


def trusted_documents_text() -> str:
    import json

    from app.http.persisted_documents import documented_operations

    return json.dumps(documented_operations(FIELDS_LOCK.parent), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "makemigrations":
            return _makemigrations(args)
        if args.command == "export-schema":
            return _export_schema(args.check, args.output)
        if args.command == "config-reference":
            return _write_or_print(configuration_reference(), args.output)
        settings = load_settings()
        from app.domain.accounts.passwords import configure_hashing

        configure_hashing(settings.argon2_time_cost, settings.argon2_memory_cost)
        if args.command == "serve":
            return _serve(settings, args)
        if args.command == "migrate":
            print(asyncio.run(_migrate(settings.database_url)))
            return 0
        if args.command == "create-staff":
            print(asyncio.run(_create_staff(settings.database_url, args)))
            return 0
        if args.command == "send-reminders":
            print(asyncio.run(_send_reminders(settings.database_url)))
            return 0
        if args.command == "storage-gc":
            print(asyncio.run(_storage_gc(settings)))
            return 0
        if args.command == "storage-migrate":
            message, failed = asyncio.run(_storage_migrate(settings, args.to))
            print(message)
            return 1 if failed else 0
        if args.command == "seed-demo":
            if args.companies < 1:
                raise CliError("--companies には1以上の数を指定してください。")
            print(asyncio.run(_seed_demo(settings, args.companies, args.seed)))
            return 0
    except (CliError, ConfigError) as error:
        print(f"エラー: {error}", file=sys.stderr)
        return 2
    raise AssertionError(f"unhandled command {args.command}")


SQLITE_ONE_WORKER = (
    "SQLite のデータベースは1つのプロセスで配信します（SQLite は同時に1つの書き込みしか受け付けず、"
    "プロセスを増やしても速くならず待ちが増えるだけです）。複数のワーカーで配信するには SHURO_DATABASE_URL に "
    "PostgreSQL（postgres://…）を指定してください。"
)


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from app.infra.database import check_migrations_present
    from app.infra.logs import logging_config

    if args.workers < 1:
        raise CliError("--workers には1以上の数を指定してください。")
    if args.workers > 1 and settings.dialect == "sqlite":
        raise CliError(SQLITE_ONE_WORKER)
    check_migrations_present(settings.dialect)  # refuse to start an installation without its tables
    if not settings.is_production and not os.environ.get("SHURO_BASE_URL", "").strip():
        # In development the public URL is where this serves (#27): the admin's redirects and links work on any port.
        host = f"[{args.host}]" if ":" in args.host else args.host
        os.environ["SHURO_BASE_URL"] = f"http://{host}:{args.port}"  # the workers' factory reads the environment
        settings = settings.with_overrides(base_url=os.environ["SHURO_BASE_URL"])
    if args.workers == 1:
        from app.http.app import create_app

        uvicorn.run(create_app(settings), host=args.host, port=args.port, proxy_headers=False, log_config=logging_config(settings.log_format))
        return 0
    asyncio.run(_migrate(settings.database_url))  # once, before the workers start (each re-checks under the lock)
    # Each worker process builds the app from the same environment; sessions, throttling, the outbox's
    # claims and maintenance announcements are rows, so the workers behave as one service.
    uvicorn.run("app.http.app:create_app", factory=True, host=args.host, port=args.port, workers=args.workers, proxy_headers=False,
                log_config=logging_config(settings.log_format))
    return 0


def _makemigrations(args: argparse.Namespace) -> int:
    from app.infra.migrations import lagging_trees, make_migrations

    if args.check:
        lagging = lagging_trees()
        for dialect, content in lagging.items():
            print(f"migrations/{dialect} はモデルに追いついていません。生成されるはずの内容:\n{content}", file=sys.stderr)
        return 1 if lagging else 0
    for dialect, file_name in make_migrations(args.name).items():
        print(f"{dialect}: {file_name or '変更なし'}")
    return 0


def _write_or_print(text: str, output: str | None) -> int:
    if output is None or output == "-":
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")
        print(f"{output} を書き出しました。", file=sys.stderr)
    return 0


def _export_schema(check: bool, output: str | None = None) -> int:
    """In a checkout: graphql/schema.graphql and its fields.lock. Installed from a wheel (no
    graphql/operations/ beside the code): the schema to standard output, or to `--output`."""
    text = schema_text()
    if output is not None or not FIELDS_LOCK.parent.is_dir():
        return _write_or_print(text, output)
    if check:
        current = SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.exists() else ""
        if current != text:
            print("graphql/schema.graphql が古くなっています。`shuro export-schema` で更新してください。", file=sys.stderr)
            return 1
        if not TRUSTED_DOCUMENTS.exists() or TRUSTED_DOCUMENTS.read_text(encoding="utf-8") != trusted_documents_text():
            print("graphql/trusted-documents.json が古くなっています。`make schema` で更新してください。", file=sys.stderr)
            return 1
        return 0
    Path(SCHEMA_FILE).write_text(text, encoding="utf-8")
    FIELDS_LOCK.write_text(fields_lock_text(), encoding="utf-8")
    TRUSTED_DOCUMENTS.write_text(trusted_documents_text(), encoding="utf-8")
    written = "、".join(str(path.relative_to(PROJECT_ROOT)) for path in (SCHEMA_FILE, FIELDS_LOCK, TRUSTED_DOCUMENTS))
    print(f"{written} を書き出しました。")
    return 0
