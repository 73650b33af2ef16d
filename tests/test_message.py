"""User-facing messages: every kind has both forms, names the provider, quotes nothing."""

from __future__ import annotations

import re

import pytest

from chaterror import Kind, retry_message, terminal_message
from chaterror.providers import PROVIDERS

_STATUS_NUMBER = re.compile(r"\b[1-5]\d\d\b")


def test_every_kind_has_both_messages() -> None:
    """A kind without a terminal or a retry message fails here, by name."""
    missing = []
    for kind in Kind:
        for retryable in (True, False):
            if not terminal_message(kind, "openai", retryable=retryable, status_code=None):
                missing.append(f"{kind.value} terminal")
        if not retry_message(kind, "openai"):
            missing.append(f"{kind.value} retry")
    assert missing == []


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("provider", [*PROVIDERS, None, "unknown-co"])
def test_messages_are_plain_sentences(kind: Kind, provider: str | None) -> None:
    """Messages start with a capital, end with a full stop and carry no status number."""
    for message in (
        terminal_message(kind, provider, retryable=True, status_code=503),
        terminal_message(kind, provider, retryable=False, status_code=None),
        retry_message(kind, provider),
    ):
        assert message[0].isupper() and message.endswith(".")
        assert not _STATUS_NUMBER.search(message)


def test_messages_name_the_provider() -> None:
    """The provider's display name appears; an unknown one reads 'the AI provider'."""
    assert "AWS Bedrock" in terminal_message(
        Kind.RATE_LIMIT, "bedrock", retryable=True, status_code=None
    )
    assert terminal_message(Kind.RATE_LIMIT, None, retryable=True, status_code=None).startswith(
        "The AI provider"
    )
    assert "the AI provider" in terminal_message(
        Kind.AUTH, "acme", retryable=False, status_code=None
    )


def test_terminal_messages_say_what_to_do() -> None:
    """A terminal message for a non-retryable kind says what the user can do."""
    advice = re.compile(r"\b(check|shorten|rephrase|try|wait|choose)\b", re.IGNORECASE)
    for kind in Kind:
        text = terminal_message(kind, "openai", retryable=False, status_code=400)
        assert advice.search(text), kind


def test_endpoint_message() -> None:
    """A bad endpoint (DNS, TLS, URL) gets its own advice, naming the provider."""
    from chaterror.message import endpoint_message

    assert endpoint_message("azure") == (
        "Azure OpenAI's endpoint could not be reached. Check the base URL, DNS and TLS settings."
    )
