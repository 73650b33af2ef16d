"""ChatError: fields, wire JSON, schema, immutability, normalisation."""

from __future__ import annotations

import json
import pickle
from importlib import resources
from typing import Any

import pydantic
import pytest

from chaterror import ChatError, Kind
from chaterror.error import DETAIL_MAX

WIRE_KEYS = [
    "message",
    "kind",
    "provider",
    "retryable",
    "status_code",
    "detail",
    "retry_after",
    "code",
    "request_id",
    "resets_at",
]


def test_fields_in_contract_order() -> None:
    """Fields are exactly the CONTRACT's, in its order."""
    assert list(ChatError.model_fields) == WIRE_KEYS


def test_wire_json_omits_empty_keys() -> None:
    """message, kind and retryable are always present; every other key only when set."""
    err = ChatError(kind="rate_limit")
    assert json.loads(err.to_json()) == {
        "message": "The AI provider is rate limiting requests. Wait a moment, then try again.",
        "kind": "rate_limit",
        "retryable": True,
    }
    full = ChatError(
        message="m",
        kind=Kind.OVERLOADED,
        provider="anthropic",
        retryable=True,
        status_code=529,
        detail="Overloaded",
        retry_after=2.5,
        code="overloaded_error",
        request_id="req_1",
        resets_at="2027-01-01T00:00:00Z",
    )
    assert list(json.loads(full.to_json())) == WIRE_KEYS
    assert full.to_dict() == json.loads(full.to_json()) == full.model_dump(mode="json")


def test_json_round_trip_is_exact() -> None:
    """Decoding the wire JSON gives the same value back."""
    err = ChatError(kind="auth", provider="openai", status_code=401, code="invalid_api_key")
    assert ChatError.model_validate_json(err.to_json()) == err


def test_shipped_schema_matches_the_model() -> None:
    """The JSON Schema shipped in the package is the model's, with the wire's required keys."""
    shipped = json.loads(resources.files("chaterror").joinpath("schema.json").read_text())
    assert shipped == ChatError.model_json_schema()
    assert shipped["required"] == ["message", "kind", "retryable"]
    assert set(shipped["properties"]) == set(WIRE_KEYS)


def test_frozen_hashable_picklable() -> None:
    """A ChatError cannot change, can key a dict, and survives pickling."""
    err = ChatError(kind="timeout", provider="google", status_code=504)
    with pytest.raises(pydantic.ValidationError):
        err.kind = Kind.AUTH  # type: ignore[misc]
    assert {err: 1}[err] == 1
    assert pickle.loads(pickle.dumps(err)) == err


@pytest.mark.parametrize(
    ("kind", "status", "retryable"),
    [
        pytest.param("rate_limit", None, True, id="rate-limit-retryable"),
        pytest.param("usage_limit", 429, False, id="usage-limit-not-retryable"),
        pytest.param("generic", 503, True, id="generic-5xx-retryable"),
        pytest.param("generic", 409, False, id="generic-4xx-not-retryable"),
        pytest.param("generic", None, False, id="generic-unknown-not-retryable"),
        pytest.param("startup_timeout", None, True, id="startup-timeout-retryable"),
    ],
)
def test_retryable_defaults_from_kind(kind: str, status: int | None, retryable: bool) -> None:
    """Without an explicit retryable, the kind (and a 5xx status, for generic) decides."""
    assert ChatError(kind=kind, status_code=status).retryable is retryable


def test_detail_is_one_bounded_redacted_line() -> None:
    """detail collapses whitespace, redacts secrets, and is cut to 499 code points plus '…'."""
    err = ChatError(kind="auth", detail="bad key\n\n  sk-proj-" + "a" * 40 + "  " + "é" * 600)
    assert err.detail is not None
    assert "\n" not in err.detail and "sk-proj-aaaa" not in err.detail
    assert len(err.detail) == DETAIL_MAX and err.detail.endswith("…")
    assert ChatError(**err.model_dump()) == err


def test_provider_is_normalised() -> None:
    """Provider hints are normalised case-insensitively, aliases included."""
    assert ChatError(kind="auth", provider=" Azure-OpenAI ").provider == "azure"
    assert ChatError(kind="auth", provider="OpenAI Compatible").provider == "openai-compat"


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"kind": "nope"}, id="unknown-kind"),
        pytest.param({"kind": "auth", "status_code": 42}, id="status-out-of-range"),
        pytest.param({"kind": "auth", "retry_after": -1}, id="negative-retry-after"),
        pytest.param({"kind": "auth", "retry_after": float("inf")}, id="infinite-retry-after"),
        pytest.param({"kind": "auth", "surprise": 1}, id="unknown-field"),
        pytest.param({}, id="missing-kind"),
    ],
)
def test_invalid_fields_are_rejected(fields: dict[str, object]) -> None:
    """The constructor rejects values the wire format cannot carry."""
    with pytest.raises(pydantic.ValidationError):
        ChatError(**fields)  # type: ignore[arg-type]


def test_with_provider_rerenders_the_message() -> None:
    """with_provider replaces the provider and re-renders a library message."""
    err = ChatError(kind="overloaded")
    moved = err.with_provider("anthropic")
    assert (moved.provider, moved.message) == (
        "anthropic",
        "Anthropic is temporarily overloaded. Try again in a moment.",
    )
    assert err.with_provider(None) is err
    custom = ChatError(kind="overloaded", message="Busy, hold on.")
    assert custom.with_provider("google").message == "Busy, hold on."


# --- round two: every result can be written out ----------------------------------------------

_LONE = "\ud83d"  # the first half of an emoji, as a JavaScript server that cut a string sends


def _surrogate_inputs() -> list[Any]:
    from chaterror import classify, classify_response

    return [
        pytest.param(
            lambda: classify_response(400, b'{"error":{"message":"bad \\ud83d"}}'),
            id="json-escape-in-a-body",
        ),
        pytest.param(lambda: classify("\ud800"), id="lone-surrogate-text"),
        pytest.param(lambda: classify(Exception("429 \udcff")), id="surrogateescape-argv"),
        pytest.param(
            lambda: classify({"error": {"message": "m", "code": _LONE, "type": "x"}}),
            id="surrogate-code",
        ),
        pytest.param(lambda: classify("x", provider="open\udcffai"), id="surrogate-provider"),
        pytest.param(
            lambda: ChatError(
                kind=Kind.GENERIC,
                message=f"m{_LONE}",
                detail=f"d{_LONE}",
                code=_LONE + "c",
                request_id="r" + _LONE,
            ),
            id="every-string-field",
        ),
    ]


@pytest.mark.parametrize("make", _surrogate_inputs())
def test_every_result_can_be_written_out(make: Any) -> None:
    """No input leaves a surrogate in a field: the wire JSON, the SSE text and every string
    field encode as UTF-8 (a lone surrogate becomes U+FFFD)."""
    from chaterror import error_event, sse

    err = make()
    err.to_json().encode("utf-8")
    sse(error_event(err)).encode("utf-8")
    for value in err.model_dump().values():
        if isinstance(value, str):
            value.encode("utf-8")


def test_a_surrogate_pair_becomes_its_character() -> None:
    """A pair of surrogates (UTF-16 read as code points) is joined, not replaced."""
    assert ChatError(kind=Kind.GENERIC, message="ok \ud83d\ude00").message == "ok 😀"


def test_a_long_message_is_bounded() -> None:
    """A message is kept whole up to MESSAGE_MAX code points, then cut between words."""
    from chaterror.error import MESSAGE_MAX

    text = "word " * 20_000
    err = ChatError(kind=Kind.GENERIC, message=text)
    assert MESSAGE_MAX - 5 <= len(err.message) <= MESSAGE_MAX and text.startswith(err.message)


@pytest.mark.parametrize(
    ("make", "renderer"),
    [
        pytest.param(
            lambda: __import__("chaterror").classify(
                __import__("socket").gaierror(-2, "Name or service not known"), provider="openai"
            ),
            "endpoint",
            id="endpoint-message",
        ),
        pytest.param(
            lambda: ChatError(kind=Kind.RATE_LIMIT, provider="openai"),
            "terminal",
            id="terminal-message",
        ),
        pytest.param(
            lambda: ChatError(kind=Kind.RATE_LIMIT, provider="openai", message="Slow down."),
            "application",
            id="application-message-kept",
        ),
    ],
)
def test_with_provider_renders_the_same_message_again(make: Any, renderer: str) -> None:
    """with_provider() re-renders whichever library message the error has for the new
    provider, and keeps an application's own message."""
    from chaterror.message import endpoint_message, terminal_message

    moved = make().with_provider("mistral")
    expected = {
        "endpoint": endpoint_message("mistral"),
        "terminal": terminal_message(Kind.RATE_LIMIT, "mistral", retryable=True, status_code=None),
        "application": "Slow down.",
    }[renderer]
    assert (moved.provider, moved.message) == ("mistral", expected)
    assert "OpenAI" not in moved.message
