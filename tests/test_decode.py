"""Reading a stored last_error from any era."""

from __future__ import annotations

import json

import pytest

from chaterror import ChatError, Kind
from chaterror.decode import decode_last_error, encode_last_error


@pytest.mark.parametrize("kind", list(Kind))
def test_round_trip_every_kind(kind: Kind) -> None:
    """Encoding then decoding gives back exactly the same ChatError."""
    err = ChatError(
        kind=kind,
        provider="openai",
        status_code=503,
        detail="d",
        retry_after=1.5,
        code="c",
        request_id="r",
    )
    assert decode_last_error(encode_last_error(err)) == err
    assert decode_last_error(err.to_json().encode()) == err
    assert decode_last_error(err.to_dict()) == err


@pytest.mark.parametrize(
    ("stored", "message", "kind", "retryable"),
    [
        pytest.param(
            "The provider returned an error.",
            "The provider returned an error.",
            Kind.GENERIC,
            False,
            id="legacy-text",
        ),
        pytest.param(
            '"quoted legacy text"', "quoted legacy text", Kind.GENERIC, False, id="json-string"
        ),
        pytest.param(
            '{"message": "half',
            '{"message": "half',
            Kind.GENERIC,
            False,
            id="malformed-json-kept-whole",
        ),
        pytest.param(
            '{"kind": "stream_silence_timeout"}',
            None,
            Kind.STARTUP_TIMEOUT,
            True,
            id="go-name-of-startup-timeout",
        ),
        pytest.param(
            '{"message": "m", "kind": "brand_new"}',
            "m",
            Kind.GENERIC,
            False,
            id="unknown-kind-becomes-generic",
        ),
        pytest.param(
            '{"message": "m", "kind": "auth", "status_code": "401", "retryable": "false", "x": 1}',
            "m",
            Kind.AUTH,
            False,
            id="wrong-types-repaired-unknown-keys-ignored",
        ),
        pytest.param(
            '{"message": 7, "kind": "rate_limit", "status_code": 42, "retry_after": -1}',
            None,
            Kind.RATE_LIMIT,
            True,
            id="invalid-fields-dropped",
        ),
        pytest.param("[1, 2]", "[1, 2]", Kind.GENERIC, False, id="json-array-is-legacy-text"),
    ],
)
def test_every_era_decodes(stored: str, message: str | None, kind: Kind, retryable: bool) -> None:
    """Legacy text is kept whole; JSON is repaired field by field; nothing raises."""
    err = decode_last_error(stored)
    assert err is not None
    assert (err.kind, err.retryable) == (kind, retryable)
    if message is not None:
        assert err.message == message
    else:
        assert err.message


@pytest.mark.parametrize("stored", [None, "", "   ", "null", b""])
def test_nothing_stored_is_none(stored: object) -> None:
    """NULL, empty text and JSON null decode as no error."""
    assert decode_last_error(stored) is None


def test_reclassify_recovers_the_kind() -> None:
    """With reclassify, legacy text gets its kind back and stays the message."""
    text = "Anthropic is temporarily overloaded (529)."
    err = decode_last_error(text, reclassify=True)
    assert err is not None and (err.kind, err.provider, err.message) == (
        Kind.OVERLOADED,
        "anthropic",
        text,
    )
    assert decode_last_error(json.dumps({"kind": "auth"}), reclassify=True).kind is Kind.AUTH  # type: ignore[union-attr]
