"""The docs say what the code does: every kind, every provider, runnable examples, CI's command."""

from __future__ import annotations

import re
from pathlib import Path

import chaterror
from chaterror import PROVIDERS, Kind

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _blocks(path: Path, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", path.read_text(encoding="utf-8"), re.DOTALL)


def test_every_kind_is_documented() -> None:
    """docs/kinds.md has a row for every kind."""
    text = (DOCS / "kinds.md").read_text(encoding="utf-8")
    assert [k.value for k in Kind if f"| `{k.value}` |" not in text] == []


def test_every_provider_is_documented() -> None:
    """docs/providers.md lists every provider id with its display name."""
    text = (DOCS / "providers.md").read_text(encoding="utf-8")
    missing = [p for p, name in PROVIDERS.items() if f"| `{p}` | {name} |" not in text]
    assert missing == []


def test_readme_commands_and_ci_agree() -> None:
    """README starts with the install-and-classify and install-and-test commands; CI runs the
    same test command."""
    commands = _blocks(ROOT / "README.md", "sh")
    assert "chaterror classify" in commands[0] and "pip install" in commands[0]
    assert commands[1].strip().endswith(".venv/bin/python -m pytest")
    assert "\n.venv/bin/python -m pytest\n" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_classify_response_example_runs() -> None:
    """The classify_response recipe in docs/index.md runs and its assertion holds."""
    block = next(b for b in _blocks(DOCS / "index.md", "python") if "classify_response(" in b)
    exec(block, {"chaterror": chaterror})  # its own assert checks the result


def test_changelog_has_unreleased_section() -> None:
    """CHANGELOG.md keeps an [Unreleased] section first."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.index("## [Unreleased]") < text.index("### Added")


def test_retrying_page_examples_run() -> None:
    """Every python block of docs/retrying.md runs, its assertions hold."""
    blocks = _blocks(DOCS / "retrying.md", "python")
    assert len(blocks) >= 5
    for block in blocks:
        namespace: dict[str, object] = {}
        exec(block, namespace)


def test_starlette_example_streams_retry_then_message() -> None:
    """The Starlette example streams a retry event, then the reply."""
    from starlette.testclient import TestClient

    block = next(b for b in _blocks(DOCS / "retrying.md", "python") if "Starlette" in b)
    namespace: dict[str, object] = {}
    exec(block, namespace)
    with TestClient(namespace["app"]) as client:  # type: ignore[arg-type]
        text = client.post("/chat").text
    events = [line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("event: ")]
    assert events == ["retry", "message"]


def test_storage_page_example_runs() -> None:
    """The column-type example of docs/storage.md runs against SQLite."""
    import sys
    import types

    block = next(b for b in _blocks(DOCS / "storage.md", "python") if "ChatErrorType()" in b)
    module = types.ModuleType("docs_storage_example")  # SQLAlchemy resolves annotations by module
    sys.modules[module.__name__] = module
    try:
        exec(block, module.__dict__)
    finally:
        del sys.modules[module.__name__]


def test_storage_page_redaction_example_runs() -> None:
    """The migration example of docs/storage.md runs: every row comes back, only the key goes."""
    block = next(b for b in _blocks(DOCS / "storage.md", "python") if "downgrade_last_error(" in b)
    exec(block, {})  # its own assert checks the rows
