"""Kinds: wire strings and defaults."""

from __future__ import annotations

from chaterror import DEFAULT_RETRYABLE, Kind


def test_wire_strings() -> None:
    """The values are the Go original's wire strings plus ours."""
    assert {k.value for k in Kind} == {
        "overloaded",
        "rate_limit",
        "usage_limit",
        "timeout",
        "startup_timeout",
        "auth",
        "config",
        "context_length",
        "content_filter",
        "generic",
    }
    assert str(Kind.RATE_LIMIT) == "rate_limit"
    assert Kind("auth") is Kind.AUTH


def test_defaults_cover_every_kind() -> None:
    """Every kind has a default retryability, as CONTRACT §2 gives it."""
    assert set(DEFAULT_RETRYABLE) == set(Kind)
    assert {k for k, v in DEFAULT_RETRYABLE.items() if v} == {
        Kind.OVERLOADED,
        Kind.RATE_LIMIT,
        Kind.TIMEOUT,
        Kind.STARTUP_TIMEOUT,
    }
