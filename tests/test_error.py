"""ChatError: fields, wire JSON, schema, immutability, normalisation."""

from __future__ import annotations

import json
import pickle
from importlib import resources

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
