"""Shared test configuration: Hypothesis profiles (CI runs many more examples)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


# --- PostgreSQL: CHATERROR_PG_URL (set by .ci/run), else a throwaway server started here ---------

import shutil  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

_PG_UNAVAILABLE: list[str] = []


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A SQLAlchemy URL of a real PostgreSQL server; skips (loudly) only if none can start."""
    url = os.environ.get("CHATERROR_PG_URL")
    if url:
        yield url
        return
    import pgserver

    base = Path(tempfile.mkdtemp(prefix="chaterror-pg-"))
    try:
        url = pgserver.start(base)
    except pgserver.Unavailable as exc:
        _PG_UNAVAILABLE.append(str(exc))
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"PostgreSQL could not start: {exc}")
    try:
        yield url
    finally:
        pgserver.stop(base)
        shutil.rmtree(base, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: object) -> None:
    """Say it loudly when the PostgreSQL tests could not run."""
    if _PG_UNAVAILABLE:
        write = terminalreporter.write_sep  # type: ignore[attr-defined]
        write("!", "POSTGRESQL TESTS WERE SKIPPED: no server could start", red=True, bold=True)
        write("!", _PG_UNAVAILABLE[0], red=True)
