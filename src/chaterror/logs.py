"""Classify provider failures where they are logged, and keep secrets out of the log line.

- :class:`ChatErrorFilter`, a stdlib :class:`logging.Filter`: a record whose ``exc_info`` is a
  provider failure gets its classification as structured fields (``record.chaterror``, the wire
  dict, and flat ``record.chaterror_kind``, ``chaterror_retryable`` …); every record's message
  and traceback text are redacted.
- :class:`RedactingFormatter`, for handlers whose formatter renders the traceback itself: the
  whole formatted line is redacted.
- :func:`structlog_processor` (the ``structlog`` extra): the same for a structlog pipeline,
  placed where ``format_exc_info`` would be; it renders the traceback itself, redacted.

A provider failure is an exception whose classification found something: a specific kind, a
status code or a provider error code (``KeyError`` is left alone). This module never imports
structlog: the processor works on the plain event dict.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Mapping, MutableMapping
from typing import Any, Final

from chaterror._classify import classify
from chaterror._redact import redact
from chaterror.error import ChatError
from chaterror.kind import Kind

__all__ = ["ChatErrorFilter", "RedactingFormatter", "provider_failure", "structlog_processor"]

#: The flat record attributes the filter sets, for %-style formats and JSON formatters.
_FLAT: Final = (
    "kind",
    "retryable",
    "provider",
    "status_code",
    "code",
    "request_id",
    "retry_after",
)


def provider_failure(exc: BaseException | None) -> ChatError | None:
    """The classification of ``exc`` if it is a provider failure, else ``None``.

    Cancellation, ``KeyboardInterrupt`` and ``SystemExit`` are never provider failures.
    """
    if not isinstance(exc, Exception):
        return None
    err = classify(exc)
    if err.kind is Kind.GENERIC and err.status_code is None and err.code is None:
        return None
    return err


def _exception(exc_info: object) -> BaseException | None:
    """The exception of a logging ``exc_info`` (True, an exception, or a sys.exc_info tuple)."""
    if exc_info is True:
        return sys.exc_info()[1]
    if isinstance(exc_info, BaseException):
        return exc_info
    if isinstance(exc_info, tuple) and len(exc_info) == 3:
        value = exc_info[1]
        return value if isinstance(value, BaseException) else None
    return None


def _format(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip("\n")


class ChatErrorFilter(logging.Filter):
    """Add the classification of a provider failure to its log record; redact every record.

    Attach it to a handler (``handler.addFilter(ChatErrorFilter())``) so that it sees records
    from every logger. It never drops a record. When the rendered message holds a secret, the
    redacted text replaces ``msg`` (with ``args`` cleared; otherwise the template stays for log
    grouping); the traceback text is rendered once into ``exc_text``, redacted, which
    formatters that honour ``exc_text`` (the stdlib's do) print. The record is changed in
    place, so handlers after this one see the redacted record too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format is logging's to report, not ours
            return True
        redacted = redact(message)
        if redacted != message:  # keep the template (log grouping uses it) when nothing leaks
            record.msg, record.args = redacted, None
        if record.exc_info:
            exc = _exception(record.exc_info)
            if exc is not None:
                record.exc_text = redact(record.exc_text or _format(exc))
                err = provider_failure(exc)
                if err is not None:
                    wire = err.to_dict()
                    record.chaterror = wire
                    for name in _FLAT:
                        setattr(record, f"chaterror_{name}", wire.get(name))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """A :class:`logging.Formatter` whose every output is redacted, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        return redact(super().formatException(ei))


def _redact_values(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {key: _redact_values(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_redact_values(item) for item in value]
    return value


def structlog_processor(
    logger: object, method_name: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """A structlog processor: classify ``exc_info``, redact every string, render the traceback.

    Put it where ``structlog.processors.format_exc_info`` would go (before the renderer). For an
    event with ``exc_info`` that is a provider failure it adds ``chaterror`` (the wire dict);
    it replaces ``exc_info`` with ``exception``, the traceback text, redacted; and it redacts
    every string value of the event, nested ones included.
    """
    exc_info = event_dict.pop("exc_info", None)
    exc = _exception(exc_info) if exc_info else None
    if exc is not None:
        err = provider_failure(exc)
        if err is not None:
            event_dict["chaterror"] = err.to_dict()
        event_dict["exception"] = _format(exc)
    for key, value in list(event_dict.items()):
        event_dict[key] = _redact_values(value)
    return event_dict
