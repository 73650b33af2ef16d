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

    block = next(
        b
        for b in _blocks(DOCS / "retrying.md", "python")
        if "Starlette" in b and "retry_call_async(" in b
    )
    namespace: dict[str, object] = {}
    exec(block, namespace)
    with TestClient(namespace["app"]) as client:  # type: ignore[arg-type]
        text = client.post("/chat").text
    events = [line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("event: ")]
    assert events == ["retry", "message"]


def test_retry_stream_sse_example_never_repeats_output() -> None:
    """The retry_stream Starlette example streams a retry, the deltas once, then the error."""
    from starlette.testclient import TestClient

    block = next(
        b
        for b in _blocks(DOCS / "retrying.md", "python")
        if "Starlette" in b and "retry_stream(" in b
    )
    namespace: dict[str, object] = {}
    exec(block, namespace)
    with TestClient(namespace["app"]) as client:  # type: ignore[arg-type]
        text = client.post("/chat").text
    events = [line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("event: ")]
    assert events == ["retry", "delta", "delta", "error"]
    assert '"kind":"timeout"' in text.split("event: delta")[-1]


def test_observability_page_examples_run() -> None:
    """Every python block of docs/observability.md runs against the real OpenTelemetry SDK and
    structlog; its assertions hold."""
    blocks = _blocks(DOCS / "observability.md", "python")
    assert len(blocks) >= 4
    for block in blocks:
        namespace: dict[str, object] = {}
        exec(block, namespace)


def test_observability_page_lists_every_attribute() -> None:
    """docs/observability.md has a row for every attribute chaterror.otel sets."""
    from chaterror.otel import span_attributes

    err = chaterror.ChatError(
        kind=Kind.RATE_LIMIT,
        provider="openai",
        status_code=429,
        code="rate_limit_exceeded",
        request_id="req_1",
        retry_after=1.0,
    )
    text = (DOCS / "observability.md").read_text(encoding="utf-8")
    assert [key for key in span_attributes(err) if f"| `{key}` |" not in text] == []


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


def test_adding_a_provider_is_one_module(tmp_path: Path) -> None:
    """The module of "Adding a provider" in docs/providers.md, dropped into a copy of the
    package, is found by the registry and decides the example's classification."""
    import shutil
    import subprocess
    import sys

    module, example = [b for b in _blocks(DOCS / "providers.md", "python") if "acme" in b.lower()][
        :2
    ]
    package = tmp_path / "chaterror"
    shutil.copytree(ROOT / "src" / "chaterror", package)
    (package / "providers" / "acme.py").write_text(module, encoding="utf-8")
    script = "import chaterror\n" + example + "print('ok')\n"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_storage_page_redaction_example_runs() -> None:
    """The migration example of docs/storage.md runs: every row comes back, only the key goes."""
    block = next(b for b in _blocks(DOCS / "storage.md", "python") if "downgrade_last_error(" in b)
    exec(block, {})  # its own assert checks the rows


def test_testing_your_app_examples_run() -> None:
    """docs/testing-your-app.md runs as one module, and every test it defines passes (the
    fixture ones given a live chaterror_server)."""
    import inspect

    from chaterror.testing import LoopbackServer

    blocks = _blocks(DOCS / "testing-your-app.md", "python")
    namespace: dict[str, object] = {"__name__": "testing_your_app"}
    for block in blocks:
        exec(block, namespace)
    tests = {name: f for name, f in namespace.items() if name.startswith("test_") and callable(f)}
    assert len(tests) >= 8
    for test in tests.values():
        if "chaterror_server" in inspect.signature(test).parameters:
            with LoopbackServer() as server:
                test(chaterror_server=server)
        else:
            test()
