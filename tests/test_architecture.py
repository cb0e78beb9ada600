"""DESIGN.md's rules, checked on the code itself: the domain and the models import no adapter,
status is written only by the transition tables, visibility is decided in one place, and an area of
the domain reaches into another only through that area's public modules."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "app" / "domain"
FORBIDDEN = ("strawberry", "starlette", "sqladmin", "sqlalchemy", "graphql", "admin", "app.graphql", "app.http", "app.cli")
AREAS = sorted(p.name for p in DOMAIN.iterdir() if (p / "__init__.py").exists())


def _import_nodes(path: Path) -> list[ast.ImportFrom | ast.Import]:
    return [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, (ast.Import, ast.ImportFrom))]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in _import_nodes(path):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif node.module:
            names.add(node.module)
    return names


def _area_of(path: Path) -> str | None:
    relative = path.relative_to(DOMAIN).parts
    return relative[0] if len(relative) > 1 else None  # None: the shared core


def test_domain_and_models_stay_free_of_adapters() -> None:
    offenders = []
    for folder in ("app/domain", "app/models"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for name in _imports(path):
                if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_the_domain_is_the_core_and_one_package_per_area() -> None:
    assert AREAS == ["accounts", "changes", "notices", "plans", "reports", "review"]
    core = sorted(p.stem for p in DOMAIN.glob("*.py") if p.stem != "__init__")
    assert core == ["audit", "catalogue", "clock", "errors", "licenses", "outbox", "reference_data", "statement_templates", "storage", "text", "viewer",
                    "visibility"]


def test_the_core_depends_on_no_area() -> None:
    offenders = [
        f"{path.name} imports {name}"
        for path in sorted(DOMAIN.glob("*.py"))
        for name in _imports(path)
        if any(name == f"app.domain.{area}" or name.startswith(f"app.domain.{area}.") for area in AREAS)
    ]
    assert offenders == []


def test_an_area_uses_another_only_through_its_public_modules() -> None:
    public = {area: importlib.import_module(f"app.domain.{area}").PUBLIC for area in AREAS}
    offenders = []
    for path in sorted(DOMAIN.rglob("*.py")):
        area = _area_of(path)
        for node in _import_nodes(path):
            if not isinstance(node, ast.ImportFrom) or not node.module or not node.module.startswith("app.domain."):
                continue
            parts = node.module.split(".")
            target = parts[2]
            if target not in AREAS or target == area:
                continue
            modules = [parts[3]] if len(parts) > 3 else [alias.name for alias in node.names]
            names = [alias.name for alias in node.names] if len(parts) > 3 else []
            for module in modules:
                if module not in public[target]:
                    offenders.append(f"{path.relative_to(ROOT)} reaches into {target}.{module}")
            offenders += [f"{path.relative_to(ROOT)} takes {target}.{parts[3]}.{n}" for n in names if n.startswith("_")]
    assert offenders == []
    for area, modules in public.items():
        assert all((DOMAIN / area / f"{m}.py").exists() for m in modules), area


def test_status_is_written_only_by_the_transition_tables() -> None:
    """DESIGN.md rules 2 and 3: `status=` reaches the plan, change-application and report tables, and
    `employment_status=` the workers, only in the transition tables of review/ (written as a keyword, or as
    a `"status":` key of the values an update spreads)."""
    writers = []
    state_update = r"\b(Plan|ChangeApplication|WorkerReport)\.filter\(.*\.update\("
    for path in sorted((ROOT / "app").rglob("*.py")):
        text = path.read_text(encoding="utf-8").replace("\n", "")
        spread = re.search(state_update + r"\*\*", text) and re.search(r"[{,]\s*\"(status|review_status)\":", text)
        if re.search(state_update + r"\s*(status|review_status)=", text) or spread or re.search(
                r"\bWorker\.filter\(.*\.update\(\s*employment_status=", text):
            writers.append(path.relative_to(ROOT).as_posix())
    assert writers == ["app/domain/review/change_transitions.py", "app/domain/review/report_transitions.py",
                       "app/domain/review/transitions.py"], writers


def test_visibility_is_decided_in_one_place() -> None:
    """DESIGN.md rule 4: who sees which plan and which fields is visibility.py's; nobody else asks
    whether the viewer is an analyst or spells out the states hidden from staff."""
    offenders = []
    for folder in ("app", "admin"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name in ("visibility.py", "enums.py", "demo_data.py", "authorization.py"):
                continue  # the rule itself, the enum, the demo accounts, the admin's per-role views
            text = path.read_text(encoding="utf-8")
            if "Role.ANALYST" in text or "PlanStatus.REMANDED, PlanStatus" in text:
                offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == []
