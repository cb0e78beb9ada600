"""The repository's own documentation (#27 item 2): what someone with only the repo needs is there and
agrees with the code."""

from __future__ import annotations

import re

from app.domain.errors import ErrorCode
from app.http.errors import _BY_REASON, _BY_STATUS
from app.http.graphql_endpoint import TOO_MANY_OPERATIONS
from app.http.persisted_documents import BAD_EXTENSION, HASH_MISMATCH, NOT_FOUND, NOT_TRUSTED
from app.infra.settings import PROJECT_ROOT

DOCS = PROJECT_ROOT / "docs"
FILES = ["README.md", "CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md", "LICENSE",
         "docs/configuration.md", "docs/api.md", "docs/architecture.md", "docs/operations.md"]


def test_the_files_exist() -> None:
    for name in FILES:
        assert (PROJECT_ROOT / name).is_file(), name
    assert "MIT License" in (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")  # as pyproject.toml names it


def test_every_error_code_the_code_answers_is_in_the_api_guide() -> None:
    guide = (DOCS / "api.md").read_text(encoding="utf-8")
    answered = {code.value for code in ErrorCode}
    answered |= {code for code, _ in (*_BY_REASON.values(), *_BY_STATUS.values())}
    answered |= {refused.code for refused in (BAD_EXTENSION, HASH_MISMATCH, NOT_FOUND, NOT_TRUSTED, TOO_MANY_OPERATIONS)}
    for source in (PROJECT_ROOT / "app").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        answered |= set(re.findall(r'"code": "([A-Z_]+)"', text)) | set(re.findall(r'(?:_error|graphql_error_response)\(\d+, "([A-Z_]+)"', text))
    answered |= {"GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "METHOD_NOT_ALLOWED"}
    missing = sorted(code for code in answered if f"`{code}`" not in guide)
    assert not missing, f"docs/api.md does not explain {missing}"


def test_relative_links_in_the_docs_resolve() -> None:
    for name in FILES:
        path = PROJECT_ROOT / name
        for target in re.findall(r"\]\(([^)#]+)\)", path.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            assert (path.parent / target).exists(), f"{name} links to {target}, which is not there"
