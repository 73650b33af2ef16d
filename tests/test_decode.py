"""Reading a stored last_error from any era."""

from __future__ import annotations

import json
from typing import Any

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


class _Unprintable:
    def __str__(self) -> str:
        raise ValueError("no text")


class _WeirdStr:
    def __str__(self) -> Any:
        return 42


@pytest.mark.parametrize("value", [_Unprintable(), _WeirdStr()], ids=["str-raises", "str-not-str"])
def test_decoding_never_raises(value: object) -> None:
    """An object whose str() raises or lies still decodes, to a generic error."""
    err = decode_last_error(value)
    assert err is not None and err.kind is Kind.GENERIC


@pytest.mark.parametrize(
    "stored",
    [
        pytest.param('\ufeff{"message": "m", "kind": "auth"}', id="str"),
        pytest.param('\ufeff{"message": "m", "kind": "auth"}'.encode(), id="bytes"),
    ],
)
def test_a_byte_order_mark_is_ignored(stored: str | bytes) -> None:
    """JSON preceded by a UTF-8 byte order mark decodes as JSON, not as plain text."""
    assert decode_last_error(stored) == ChatError(message="m", kind=Kind.AUTH)


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        pytest.param(
            '{"error": "upstream 503: service unavailable"}',
            '{"error": "upstream 503: service unavailable"}',
            id="error-object-from-elsewhere",
        ),
        pytest.param('{"foo":"bar"}', '{"foo":"bar"}', id="any-other-object"),
        pytest.param('{"message": 7}', '{"message": 7}', id="message-not-text"),
    ],
)
def test_json_that_is_not_a_chaterror_is_legacy_text(stored: str, message: str) -> None:
    """A JSON object naming neither a message nor a kind is legacy text, kept whole."""
    assert decode_last_error(stored) == ChatError(
        message=message, kind=Kind.GENERIC, retryable=False
    )


@pytest.mark.parametrize(
    "stored", ['""', '"   "', " null ", "\ufeff", "  \n", '"null"', '"\ufeff"', "\ufeffnull"]
)
def test_empty_values_are_no_error(stored: str) -> None:
    """Empty or whitespace text, JSON null and an empty JSON string all mean no error."""
    assert decode_last_error(stored) is None


def test_a_huge_legacy_row_is_bounded() -> None:
    """A 10 MB legacy row decodes to its first MESSAGE_MAX code points: bounded work."""
    from chaterror.error import MESSAGE_MAX

    row = "upstream failed " * 700_000
    err = decode_last_error(row)
    assert err is not None and len(err.message) <= MESSAGE_MAX
    assert row.startswith(err.message)
