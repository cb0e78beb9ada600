"""Front ends (issue #15): graphql-codegen makes a typed client from graphql/schema.graphql and the
documented operations, and it compiles with `tsc --strict`. The toolchain is installed by the README's
test command (`npm ci --prefix graphql`); the test itself uses no network."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

GRAPHQL = Path(__file__).resolve().parent.parent / "graphql"


@pytest.mark.skipif(shutil.which("npm") is None, reason="Node.js and npm are not installed")
def test_the_generated_client_compiles_with_tsc_strict(tmp_path: Path) -> None:
    assert (GRAPHQL / "node_modules" / ".bin" / "graphql-codegen").exists(), "run `make test` (it runs npm ci --prefix graphql)"
    work = tmp_path / "graphql"
    shutil.copytree(GRAPHQL, work, ignore=shutil.ignore_patterns("node_modules", "generated"), symlinks=True)
    (work / "node_modules").symlink_to(GRAPHQL / "node_modules")
    generated = subprocess.run(["npx", "--no-install", "graphql-codegen", "--config", "codegen.ts"], cwd=work, capture_output=True, text=True, timeout=300)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    types = (work / "generated" / "graphql.ts").read_text(encoding="utf-8")
    assert "export type MyPlanQuery" in types and "Date: { input: string; output: string; }" in types
    compiled = subprocess.run(["npx", "--no-install", "tsc", "-p", "tsconfig.json"], cwd=work, capture_output=True, text=True, timeout=300)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    # #27 item 10: a Node ESM project (`"type": "module"`, `moduleResolution: NodeNext`) compiles it too (no TS2835).
    package = json.loads((work / "package.json").read_text(encoding="utf-8"))
    (work / "package.json").write_text(json.dumps({**package, "type": "module"}), encoding="utf-8")
    tsconfig = json.loads((work / "tsconfig.json").read_text(encoding="utf-8"))
    tsconfig["compilerOptions"].update(module="NodeNext", moduleResolution="NodeNext")
    (work / "tsconfig.nodenext.json").write_text(json.dumps(tsconfig), encoding="utf-8")
    node_esm = subprocess.run(["npx", "--no-install", "tsc", "-p", "tsconfig.nodenext.json"], cwd=work, capture_output=True, text=True, timeout=300)
    assert node_esm.returncode == 0, node_esm.stdout + node_esm.stderr
