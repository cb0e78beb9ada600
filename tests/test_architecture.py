"""DESIGN.md rule 1: the domain and the models import nothing from the adapters' frameworks."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("strawberry", "starlette", "sqladmin", "sqlalchemy", "graphql", "admin", "app.graphql", "app.asgi")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_and_models_stay_free_of_adapters() -> None:
    offenders = []
    for folder in ("app/domain", "app/models"):
        for path in sorted((ROOT / folder).glob("*.py")):
            for name in _imports(path):
                if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_status_is_written_only_by_the_transition_table() -> None:
    """DESIGN.md rule 2/3: `status=` reaches the plan table only in workflow.py (and the seed, which
    replays the table)."""
    writers = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "Plan.filter(" in text and ".update(status=" in text.replace("\n", ""):
            writers.append(path.relative_to(ROOT).as_posix())
    assert writers == ["app/domain/workflow.py"], writers
