"""Record a classification on an OpenTelemetry span, the way the GenAI semantic conventions ask:
``error.type`` is the kind, never an SDK class name, and the span status carries the redacted
detail, never the provider's raw text (which can echo an API key).

Needs the ``otel`` extra (``opentelemetry-api``); ``import chaterror`` never loads it.

    from chaterror.otel import record_error, recorded

    try:
        reply = client.chat.completions.create(...)
    except Exception as exc:
        record_error(exc)                      # on the current span
        raise

    @recorded(provider="openai")               # or: with recorded(): ...
    def ask(prompt): ...

Attributes set (see ``docs/observability.md``): ``error.type`` (the kind), ``chaterror.kind``,
``chaterror.retryable``, and when known ``chaterror.provider``, ``chaterror.status_code``,
``chaterror.code``, ``chaterror.request_id``, ``chaterror.retry_after``.
"""

from __future__ import annotations

import functools
import inspect
import traceback
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Final, TypeVar, cast

try:
    from opentelemetry import trace
    from opentelemetry.trace import Span, Status, StatusCode
    from opentelemetry.util.types import AttributeValue
except ImportError as exc:  # tests/test_imports.py hides opentelemetry to check this
    raise ImportError(
        "chaterror.otel needs opentelemetry-api: pip install 'chaterror[otel]'"
    ) from exc

from chaterror._classify import classify
from chaterror._redact import redact
from chaterror.error import ChatError

__all__ = [
    "ERROR_TYPE",
    "error_type",
    "metric_attributes",
    "record_error",
    "recorded",
    "span_attributes",
]

#: The semantic-conventions attribute for the class of error.
ERROR_TYPE: Final = "error.type"
# Low-cardinality attributes: safe on a duration histogram (no request ids, no retry_after).
_METRIC_KEYS: Final = (ERROR_TYPE, "chaterror.retryable", "chaterror.provider")

F = TypeVar("F", bound=Callable[..., Any])


def span_attributes(error: ChatError) -> dict[str, AttributeValue]:
    """The span attributes of a classification: ``error.type`` and the ``chaterror.*`` set,
    empty fields left out."""
    attributes: dict[str, AttributeValue] = {
        ERROR_TYPE: error.kind.value,
        "chaterror.kind": error.kind.value,
        "chaterror.retryable": error.retryable,
    }
    optional: Mapping[str, AttributeValue | None] = {
        "chaterror.provider": error.provider,
        "chaterror.status_code": error.status_code,
        "chaterror.code": error.code,
        "chaterror.request_id": error.request_id,
        "chaterror.retry_after": error.retry_after,
    }
    attributes.update({key: value for key, value in optional.items() if value is not None})
    return attributes


def metric_attributes(error: ChatError) -> dict[str, AttributeValue]:
    """The attributes to add to a failed call's duration metric: ``error.type``,
    ``chaterror.retryable`` and ``chaterror.provider`` (bounded cardinality)."""
    full = span_attributes(error)
    return {key: full[key] for key in _METRIC_KEYS if key in full}


def error_type(exc: BaseException) -> str:
    """The ``error.type`` of an exception: its kind (``rate_limit``, ``overloaded`` …).

    Fits opentelemetry-util-genai's ``error_type_resolver`` hook.
    """
    return classify(exc).kind.value


def _status_text(error: ChatError) -> str:
    return error.detail or error.message


def record_error(
    error: BaseException | ChatError,
    span: Span | None = None,
    *,
    provider: str | None = None,
) -> ChatError:
    """Classify ``error`` and record it on ``span`` (the current span by default): the
    attributes of :func:`span_attributes`, status ERROR with the redacted detail, and for an
    exception an ``exception`` event whose message and stack trace are redacted.

    Returns the classification. A span that is not recording (ended, or sampled out) is left
    alone.
    """
    classified = classify(error, provider=provider)
    span = span if span is not None else trace.get_current_span()
    if not span.is_recording():
        return classified
    span.set_attributes(span_attributes(classified))
    span.set_status(Status(StatusCode.ERROR, _status_text(classified)))
    if isinstance(error, BaseException):
        stack = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        span.add_event(
            "exception",
            {
                "exception.type": f"{type(error).__module__}.{type(error).__qualname__}",
                "exception.message": _status_text(classified),
                "exception.stacktrace": redact(stack),
            },
        )
    return classified


class recorded:  # noqa: N801 - used like a function: @recorded(), with recorded():
    """Record a provider failure on a span and re-raise it: a context manager, and a decorator
    for sync and async functions.

    Args:
        span: The span to record on; by default the span current when the failure happens.
        provider: The provider the call goes to, if the error may not say.

    Only :class:`Exception` is recorded: cancellation and ``KeyboardInterrupt`` pass untouched.
    """

    def __init__(self, span: Span | None = None, *, provider: str | None = None) -> None:
        self._span = span
        self._provider = provider

    def __enter__(self) -> recorded:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(exc, Exception):
            record_error(exc, self._span, provider=self._provider)

    async def __aenter__(self) -> recorded:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, tb)

    def __call__(self, func: F) -> F:
        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                with self:
                    return await func(*args, **kwargs)

            return cast(F, run_async)

        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            with self:
                return func(*args, **kwargs)

        return cast(F, run)
