"""Secrets never survive redaction; the sentence around them does."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chaterror import classify, redact
from chaterror._redact import head
from chaterror.testing.strategies import error_texts, secret_contexts, secrets

SECRETS = [
    pytest.param("sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", id="openai-project-key"),
    pytest.param("sk-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z0123", id="openai-key"),
    pytest.param("sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", id="anthropic-key"),
    pytest.param("gsk_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", id="groq-key"),
    pytest.param("xai-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", id="xai-key"),
    pytest.param("AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv", id="google-key"),
    pytest.param("AKIAIOSFODNN7EXAMPLE", id="aws-access-key-id"),
    pytest.param(
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        id="jwt",
    ),
]


@pytest.mark.parametrize("secret", SECRETS)
def test_key_shapes_are_redacted(secret: str) -> None:
    """Each key shape of CONTRACT §6 is replaced; the rest of the sentence stays."""
    text = f"Incorrect API key provided: {secret}. You can find your API key at the dashboard."
    out = redact(text)
    assert secret not in out
    assert out.startswith("Incorrect API key provided: [REDACTED]") and out.endswith("dashboard.")


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            "Authorization: Bearer abcdefghijklmnop12",
            "abcdefghijklmnop12",
            "Authorization: Bearer",
            id="bearer-header",
        ),
        pytest.param(
            "x-api-key: k3y-v4lue-0123456789",
            "k3y-v4lue-0123456789",
            "x-api-key:",
            id="x-api-key-header",
        ),
        pytest.param(
            "Cookie: session=abcdef0123456789", "session=abcdef0123456789", "Cookie:", id="cookie"
        ),
        pytest.param(
            "GET https://x.com/v1?key=AbCdEf0123456789xyz&alt=sse",
            "AbCdEf0123456789xyz",
            "&alt=sse",
            id="key-param",
        ),
        pytest.param(
            "https://b.s3.amazonaws.com/o?X-Amz-Credential=AKIDEXAMPLE%2F2024&X-Amz-Signature=0123456789abcdef0123",
            "0123456789abcdef0123",
            "X-Amz-Signature=",
            id="signed-url",
        ),
        pytest.param(
            "proxy https://user:hunter2@proxy.local:8080 refused",
            "hunter2",
            "@proxy.local",
            id="url-userinfo",
        ),
    ],
)
def test_credentials_in_context_are_redacted(text: str, gone: str, kept: str) -> None:
    """Headers, cookies, signed-URL parameters and URL userinfo lose the secret, keep the label."""
    out = redact(text)
    assert gone not in out and kept in out


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Incorrect API key provided: sk-proj-****MxYA.", id="masked-openai"),
        pytest.param("Incorrect API key provided: sk-uvwx5*******5678.", id="masked-short"),
        pytest.param("invalid x-api-key", id="header-name-only"),
        pytest.param("Authorization: required", id="auth-word"),
        pytest.param("request ID 394a40f7-7222-4168-9fc5-b61bb7cd76f3", id="request-id"),
    ],
)
def test_harmless_text_is_kept(text: str) -> None:
    """Already-masked keys and ordinary words are left alone."""
    assert redact(text) == text


def test_redaction_is_idempotent() -> None:
    """Redacting twice changes nothing."""
    once = redact("Bearer abcdefghijklmnop https://u:p@h sk-proj-" + "x" * 30)
    assert redact(once) == once


def test_classify_never_leaks_a_key() -> None:
    """A key in the body, the text and the headers reaches no field of the result."""
    key = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"
    exc = Exception(f"Error code: 401 - Incorrect API key provided: {key}")
    exc.body = {"message": f"Incorrect API key provided: {key}", "code": key}  # type: ignore[attr-defined]
    exc.headers = {"authorization": f"Bearer {key}", "x-request-id": key}  # type: ignore[attr-defined]
    assert key not in classify(exc).to_json()


@given(
    st.one_of(
        error_texts(),
        st.builds(lambda c, s: c.format(s=s), secret_contexts(), secrets()),
        st.builds(lambda c, s: quote(c.format(s=s), safe=""), secret_contexts(), secrets()),
    )
)
def test_redaction_is_idempotent_on_any_text(text: str) -> None:
    """Property: redacting twice changes nothing, plain or URL-encoded."""
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param("key sk-proj-abcdef", 12, "key ", id="drops-the-split-word"),
        pytest.param("ab cd", 5, "ab cd", id="short-enough"),
        pytest.param("ab cd ef", 6, "ab cd ", id="cut-at-a-space"),
        pytest.param("abcdef", 3, "", id="one-word-shorter-than-the-lookback"),
    ],
)
def test_head_never_splits_a_word(text: str, limit: int, expected: str) -> None:
    """head() cuts between words, so no secret is left shorter than redact() recognises."""
    assert head(text, limit) == expected
