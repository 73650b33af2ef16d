"""The words a user reads: one message per kind, naming the provider, never quoting it.

Messages say what happened and what the user can do. They never include the provider's own text
(that is ``detail``), a status number (the payload carries ``status_code`` for the UI to show as
it likes) or anything from the input, so no secret can reach them.
"""

from __future__ import annotations

from datetime import datetime

from typing_extensions import assert_never

from chaterror.kind import Kind
from chaterror.providers import subject

__all__ = [
    "CANCELLED_MESSAGE",
    "endpoint_message",
    "rerender",
    "retry_message",
    "terminal_message",
]

#: The message for a request the application itself cancelled.
CANCELLED_MESSAGE = "The request was cancelled before it completed."


def endpoint_message(provider: str | None) -> str:
    """The message for a ``config`` failure of the endpoint itself: a host that does not
    resolve, a certificate that does not verify, TLS spoken to a plain-HTTP port."""
    return _cap(
        f"{subject(provider)}'s endpoint could not be reached."
        " Check the base URL, DNS and TLS settings."
    )


def _resets(when: datetime) -> str:
    return f"It resets at {when:%H:%M} UTC on {when:%Y-%m-%d}."


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def terminal_message(
    kind: Kind,
    provider: str | None,
    *,
    retryable: bool,
    status_code: int | None,
    resets_at: datetime | None = None,
) -> str:
    """Return the message shown when a request has failed for good (retries exhausted).

    A usage limit that says when it resets says so ("It resets at 15:00 UTC on 2026-12-02.").
    """
    who = subject(provider)
    match kind:
        case Kind.OVERLOADED:
            return _cap(f"{who} is temporarily overloaded. Try again in a moment.")
        case Kind.RATE_LIMIT:
            return _cap(f"{who} is rate limiting requests. Wait a moment, then try again.")
        case Kind.USAGE_LIMIT:
            when = f" {_resets(resets_at)}" if resets_at is not None else ""
            return _cap(
                f"the usage quota for {who} has been exceeded.{when}"
                " Check the billing and quota settings for the provider account."
            )
        case Kind.TIMEOUT:
            if not retryable and status_code is None:
                return (
                    "The request timed out before it completed."
                    " Try a shorter request or allow more time."
                )
            return _cap(f"{who} is temporarily unavailable. Try again in a moment.")
        case Kind.STARTUP_TIMEOUT:
            return _cap(f"{who} did not start responding in time. Try again in a moment.")
        case Kind.AUTH:
            return f"Authentication with {who} failed. Check the API key and its permissions."
        case Kind.CONFIG:
            return _cap(
                f"{who} rejected the model configuration."
                " Check the selected model and provider settings."
            )
        case Kind.CONTEXT_LENGTH:
            return (
                "The conversation is too long for the model's context window."
                " Shorten it, start a new chat, or choose a model with a larger context window."
            )
        case Kind.CONTENT_FILTER:
            return _cap(
                f"{who}'s safety system blocked this request. Rephrase the message and try again."
            )
        case Kind.GENERIC:
            if not retryable and status_code is None:
                return "The chat request failed unexpectedly."
            return _cap(f"{who} returned an unexpected error. Try again in a moment.")
        case _:  # pragma: no cover - exhaustiveness is checked by mypy
            assert_never(kind)


def retry_message(kind: Kind, provider: str | None) -> str:
    """Return the short message shown beside a retry countdown: what happened, no advice."""
    who = subject(provider)
    match kind:
        case Kind.OVERLOADED:
            return _cap(f"{who} is temporarily overloaded.")
        case Kind.RATE_LIMIT:
            return _cap(f"{who} is rate limiting requests.")
        case Kind.USAGE_LIMIT:
            return _cap(f"the usage quota for {who} has been exceeded.")
        case Kind.TIMEOUT:
            return _cap(f"{who} is temporarily unavailable.")
        case Kind.STARTUP_TIMEOUT:
            return _cap(f"{who} did not start responding in time.")
        case Kind.AUTH:
            return f"Authentication with {who} failed."
        case Kind.CONFIG:
            return _cap(f"{who} rejected the model configuration.")
        case Kind.CONTEXT_LENGTH:
            return "The conversation is too long for the model's context window."
        case Kind.CONTENT_FILTER:
            return _cap(f"{who}'s safety system blocked this request.")
        case Kind.GENERIC:
            return _cap(f"{who} returned an unexpected error.")
        case _:  # pragma: no cover - exhaustiveness is checked by mypy
            assert_never(kind)


def rerender(
    message: str,
    kind: Kind,
    old: str | None,
    new: str | None,
    *,
    retryable: bool,
    status_code: int | None,
    resets_at: datetime | None = None,
) -> str:
    """Return ``message`` rendered again for provider ``new`` if this module rendered it for
    ``old`` (any of its provider-naming messages); an application's own message is kept."""
    renderers = (
        lambda provider: terminal_message(
            kind, provider, retryable=retryable, status_code=status_code, resets_at=resets_at
        ),
        endpoint_message,
    )
    for render in renderers:
        if message == render(old):
            return render(new)
    return message
