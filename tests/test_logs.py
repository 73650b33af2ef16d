"""chaterror.logs with the stdlib logging module and the real structlog (JSON renderer
included): provider failures get their classification as fields, no secret reaches a line."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import openai
import pytest
import structlog
from hypothesis import given, settings

from chaterror.logs import (
    ChatErrorFilter,
    RedactingFormatter,
    provider_failure,
    structlog_processor,
)
from chaterror.testing.strategies import secret_contexts, secrets
from loopback import Httpx2Loopback, LoopbackServer, Reply
from test_redact import SECRETS

KEY = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"


def _rate_limited(secret: str = KEY) -> Exception:
    exc = Exception(
        f"Error code: 429 - Rate limit reached for key {secret}. Please try again in 2s."
    )
    exc.status_code = 429  # type: ignore[attr-defined]
    exc.headers = {"x-request-id": "req_abcdef123456"}  # type: ignore[attr-defined]
    return exc


class _JsonFormatter(logging.Formatter):
    """What JSON log formatters do: the message, the traceback text and the extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        data = {"level": record.levelname, "message": record.getMessage()}
        if record.exc_info:
            data["exc_info"] = record.exc_text or self.formatException(record.exc_info)
        data.update({k: v for k, v in vars(record).items() if k.startswith("chaterror")})
        return json.dumps(data)


FORMATTERS: dict[str, Callable[[], logging.Formatter]] = {
    "plain": lambda: logging.Formatter(
        "%(levelname)s %(message)s kind=%(chaterror_kind)s", defaults={"chaterror_kind": "-"}
    ),
    "redacting": lambda: RedactingFormatter("%(levelname)s %(message)s"),
    "json": _JsonFormatter,
}


def _stdlib(formatter: str) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(FORMATTERS[formatter]())
    handler.addFilter(ChatErrorFilter())
    logger = logging.getLogger(f"chaterror-test-{formatter}")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return logger, stream


def _structlog() -> tuple[Any, io.StringIO]:
    stream = io.StringIO()
    logger = structlog.wrap_logger(
        structlog.PrintLogger(stream),
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog_processor,
            structlog.processors.JSONRenderer(),
        ],
    )
    return logger, stream


def _log_failure(log: Callable[..., None], exc: Exception, message: str, *args: Any) -> None:
    try:
        raise exc
    except Exception:
        log(message, *args)


@pytest.mark.parametrize("formatter", ["plain", "redacting", "json"])
def test_stdlib_record_gets_the_classification(formatter: str) -> None:
    """logger.exception() of a provider failure: the fields are set, the key is gone from the
    message and from the traceback."""
    logger, stream = _stdlib(formatter)
    _log_failure(logger.exception, _rate_limited(), "call failed for %s", KEY)
    out = stream.getvalue()
    assert KEY not in out
    assert "[REDACTED]" in out and "Traceback (most recent call last)" in out
    if formatter == "plain":
        assert "kind=rate_limit" in out
    if formatter == "json":
        record = json.loads(out)
        assert record["chaterror"]["kind"] == "rate_limit"
        assert (record["chaterror_retryable"], record["chaterror_status_code"]) == (True, 429)
        assert record["chaterror_request_id"] == "req_abcdef123456"


def test_filter_leaves_other_exceptions_unclassified() -> None:
    """A KeyError is not a provider failure: no fields, but still redacted."""
    logger, stream = _stdlib("json")
    _log_failure(logger.exception, KeyError(KEY), "lookup failed")
    record = json.loads(stream.getvalue())
    assert "chaterror" not in record
    assert KEY not in stream.getvalue()


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        pytest.param(_rate_limited(), "rate_limit", id="provider-failure"),
        pytest.param(TimeoutError("The read operation timed out"), "timeout", id="timeout"),
        pytest.param(KeyError("choices"), None, id="not-a-provider-failure"),
        pytest.param(ValueError("bad"), None, id="plain-error"),
    ],
)
def test_provider_failure(error: Exception, kind: str | None) -> None:
    """provider_failure classifies what carries evidence and ignores the rest."""
    err = provider_failure(error)
    assert (err.kind.value if err else None) == kind


def test_structlog_json_line() -> None:
    """structlog with the JSON renderer: the event carries chaterror and a redacted traceback."""
    logger, stream = _structlog()
    _log_failure(logger.exception, _rate_limited(), f"call failed for {KEY}")
    record = json.loads(stream.getvalue())
    assert record["chaterror"]["kind"] == "rate_limit"
    assert record["chaterror"]["retry_after"] == 2.0
    assert "Traceback (most recent call last)" in record["exception"]
    assert "exc_info" not in record
    assert KEY not in stream.getvalue()


def test_structlog_exception_object_and_nested_values() -> None:
    """exc_info may be the exception itself; nested string values are redacted too."""
    logger, stream = _structlog()
    logger.error(
        "failed", exc_info=_rate_limited(), request={"headers": {"x-api-key": f"x-api-key: {KEY}"}}
    )
    record = json.loads(stream.getvalue())
    assert record["chaterror"]["kind"] == "rate_limit"
    assert KEY not in stream.getvalue()


def test_structlog_event_without_exception_is_only_redacted() -> None:
    """An event without exc_info gets no chaterror field, but its strings are redacted."""
    logger, stream = _structlog()
    logger.info("using key", key=KEY)
    record = json.loads(stream.getvalue())
    assert "chaterror" not in record and KEY not in stream.getvalue()


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


def test_real_openai_error_through_both(server: LoopbackServer) -> None:
    """A real openai.AuthenticationError echoing the key, logged through stdlib and structlog."""
    server.set(
        Reply(
            status=401,
            headers={"content-type": "application/json"},
            body=json.dumps(
                {
                    "error": {
                        "message": f"Incorrect API key provided: {KEY}.",
                        "type": "invalid_request_error",
                        "code": "invalid_api_key",
                    }
                }
            ).encode(),
        )
    )
    client = openai.OpenAI(
        api_key=KEY,
        base_url="https://api.openai.com/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=Httpx2Loopback(server)),
    )
    with pytest.raises(openai.AuthenticationError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    std, std_stream = _stdlib("json")
    sl, sl_stream = _structlog()
    for log in (std.exception, sl.exception):
        _log_failure(log, caught.value, "chat failed")
    for text in (std_stream.getvalue(), sl_stream.getvalue()):
        record = json.loads(text)
        assert record["chaterror"]["kind"] == "auth"
        assert record["chaterror"]["code"] == "invalid_api_key"
        assert KEY not in text


@pytest.mark.parametrize("secret", SECRETS)
@pytest.mark.parametrize("sink", ["plain", "redacting", "json", "structlog"])
def test_no_contract_secret_survives(secret: str, sink: str) -> None:
    """Each key shape of CONTRACT §6, in the message and in the exception, never reaches a line."""
    exc = _rate_limited(secret)
    if sink == "structlog":
        logger, stream = _structlog()
        _log_failure(logger.exception, exc, f"failed with {secret}")
    else:
        logger, stream = _stdlib(sink)
        _log_failure(logger.exception, exc, "failed with %s", secret)
    assert secret not in stream.getvalue()


@settings(max_examples=60, deadline=None)
@given(secret=secrets(), context=secret_contexts())
def test_no_secret_in_any_context_survives(secret: str, context: str) -> None:
    """Any secret shape in any context (header, URL, JSON body) is gone from every sink."""
    text = context.format(s=secret)
    std, std_stream = _stdlib("json")
    sl, sl_stream = _structlog()
    _log_failure(std.exception, Exception(text), "failed: %s", text)
    _log_failure(sl.exception, Exception(text), f"failed: {text}")
    assert secret not in std_stream.getvalue()
    assert secret not in sl_stream.getvalue()


def test_a_record_without_secret_keeps_its_template() -> None:
    """A message with nothing to redact keeps msg and args (error trackers group by them)."""
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "user %s failed", ("u1",), None)
    ChatErrorFilter().filter(record)
    assert (record.msg, record.args) == ("user %s failed", ("u1",))
    leaking = logging.LogRecord("x", logging.ERROR, __file__, 1, "key %s", (KEY,), None)
    ChatErrorFilter().filter(leaking)
    assert (leaking.msg, leaking.args) == ("key [REDACTED]", None)
