"""Shared test configuration: Hypothesis profiles.

- ``dev`` (default): 100 examples per property, for quick local runs.
- ``ci`` (``CI`` set, or ``HYPOTHESIS_PROFILE=ci``): 5,000 examples per property.
- ``deep`` (``--hypothesis-profile=deep``, never in CI): 100,000 examples per property; run by
  hand before a release and recorded in docs/testing.md.

Properties that set their own ``max_examples`` (the database round trips) keep it.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Generation speed is no property of the code: CI runs two suites at once on two cores.
settings.register_profile(
    "dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "deep",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
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
