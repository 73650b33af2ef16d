"""The core never loads an optional library: each is imported only by the module that needs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

OPTIONAL = (
    "opentelemetry",
    "structlog",
    "sqlalchemy",
    "tenacity",
    "stamina",
    "openai",
    "anthropic",
    "google",
    "botocore",
    "httpx",
    "httpx2",
    "requests",
    "aiohttp",
    "replicate",
    "lmstudio",
    "hypothesis",
    "pytest",
)


def _loaded(statement: str) -> list[str]:
    code = (
        f"import json, sys; {statement}; "
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({OPTIONAL!r}))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout))


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        pytest.param("import chaterror", [], id="core-loads-none"),
        pytest.param(
            "import chaterror; chaterror.classify(ValueError('x')).to_json()",
            [],
            id="classify-loads-none",
        ),
        pytest.param("import chaterror.cli", [], id="cli-loads-none"),
        pytest.param("import chaterror._logscan", [], id="scan-loads-none"),
        pytest.param("import chaterror.logs", [], id="logs-never-imports-structlog"),
        pytest.param(
            "import chaterror.otel", ["opentelemetry"], id="otel-loads-only-opentelemetry"
        ),
        pytest.param("import chaterror.testing", [], id="testing-loads-no-sdk"),
        pytest.param(
            "import chaterror.testing.strategies",
            ["hypothesis"],
            id="strategies-load-only-hypothesis",
        ),
        pytest.param(
            "import chaterror.testing.pytest_plugin", ["pytest"], id="plugin-loads-only-pytest"
        ),
    ],
)
def test_optional_libraries_stay_unloaded(statement: str, expected: list[str]) -> None:
    """`import chaterror` loads no opentelemetry, structlog, sqlalchemy, hypothesis, pytest, SDK
    or HTTP client; chaterror.testing loads an SDK only when a factory needs it."""
    assert _loaded(statement) == expected


def test_otel_without_opentelemetry_says_what_to_install() -> None:
    """Importing chaterror.otel where opentelemetry is missing names the extra to install."""
    code = (
        "import sys; sys.modules['opentelemetry'] = None\n"
        "try:\n    import chaterror.otel\nexcept ImportError as exc:\n    print(exc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'chaterror[otel]'" in done.stdout


def test_strategies_without_hypothesis_say_what_to_install() -> None:
    """Importing chaterror.testing.strategies where hypothesis is missing names the extra."""
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import chaterror.testing.strategies\nexcept ImportError as exc:\n    print(exc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'chaterror[testing]'" in done.stdout


def test_import_loads_only_the_front_door() -> None:
    """`import chaterror` loads no submodule (and no pydantic): each public name loads on use."""
    code = (
        "import json, sys; import chaterror; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('chaterror', 'pydantic')))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == ["chaterror"]
