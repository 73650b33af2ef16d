"""chaterror.otel with the real OpenTelemetry SDK and its in-memory exporter, next to
opentelemetry-instrumentation-openai-v2 on a real openai client against the loopback server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx2
import openai
import pytest
from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import NonRecordingSpan, SpanContext, StatusCode, Tracer
from opentelemetry.util.genai.handler import TelemetryHandler

from chaterror import ChatError, Kind
from chaterror.otel import (
    error_type,
    metric_attributes,
    record_error,
    recorded,
    span_attributes,
)
from loopback import Httpx2Loopback, LoopbackServer, Reply

KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"


@pytest.fixture
def spans() -> Iterator[tuple[Tracer, InMemorySpanExporter, TracerProvider]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider.get_tracer("test"), exporter, provider
    provider.shutdown()


def _http_error(status: int, message: str, headers: dict[str, str] | None = None) -> Exception:
    exc = Exception(f"Error code: {status} - {message}")
    exc.status_code = status  # type: ignore[attr-defined]
    exc.headers = headers or {}  # type: ignore[attr-defined]
    exc.body = {"message": message}  # type: ignore[attr-defined]
    return exc


def _only(exporter: InMemorySpanExporter, name: str) -> ReadableSpan:
    found = [s for s in exporter.get_finished_spans() if s.name == name]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("error", "provider", "expected"),
    [
        pytest.param(
            _http_error(
                429,
                "Rate limit reached. Please try again in 20s.",
                {"x-request-id": "req_abcdef123456"},
            ),
            "openai",
            {
                "error.type": "rate_limit",
                "chaterror.kind": "rate_limit",
                "chaterror.retryable": True,
                "chaterror.provider": "openai",
                "chaterror.status_code": 429,
                "chaterror.request_id": "req_abcdef123456",
                "chaterror.retry_after": 20.0,
            },
            id="rate-limit-with-retry-after-and-request-id",
        ),
        pytest.param(
            _http_error(401, f"Incorrect API key provided: {KEY}"),
            None,
            {
                "error.type": "auth",
                "chaterror.kind": "auth",
                "chaterror.retryable": False,
                "chaterror.status_code": 401,
            },
            id="auth-not-retryable-no-provider",
        ),
        pytest.param(
            ChatError(
                kind=Kind.OVERLOADED, provider="anthropic", status_code=529, code="overloaded_error"
            ),
            None,
            {
                "error.type": "overloaded",
                "chaterror.kind": "overloaded",
                "chaterror.retryable": True,
                "chaterror.provider": "anthropic",
                "chaterror.status_code": 529,
                "chaterror.code": "overloaded_error",
            },
            id="a-chaterror-as-is",
        ),
    ],
)
def test_record_error_sets_the_attribute_set(
    spans: tuple[Tracer, InMemorySpanExporter, TracerProvider],
    error: BaseException | ChatError,
    provider: str | None,
    expected: dict[str, Any],
) -> None:
    """error.type is the kind and the chaterror.* attributes carry the classification; empty
    fields are left out."""
    tracer, exporter, _ = spans
    with tracer.start_as_current_span("call"):
        err = record_error(error, provider=provider)
    span = _only(exporter, "call")
    assert dict(span.attributes or {}) == expected == span_attributes(err)
    assert span.status.status_code is StatusCode.ERROR


def test_status_and_event_are_redacted(
    spans: tuple[Tracer, InMemorySpanExporter, TracerProvider],
) -> None:
    """The status description and the exception event carry the redacted text, never the key."""
    tracer, exporter, _ = spans
    with tracer.start_as_current_span("call"):
        try:
            raise _http_error(401, f"Incorrect API key provided: {KEY}")
        except Exception as exc:
            record_error(exc)
    span = _only(exporter, "call")
    assert span.status.description == "Incorrect API key provided: [REDACTED]"
    (event,) = span.events
    attributes = dict(event.attributes or {})
    assert event.name == "exception"
    assert attributes["exception.message"] == "Incorrect API key provided: [REDACTED]"
    assert "test_status_and_event_are_redacted" in str(attributes["exception.stacktrace"])
    assert KEY not in repr(span.to_json())


def test_context_manager_records_and_reraises(
    spans: tuple[Tracer, InMemorySpanExporter, TracerProvider],
) -> None:
    """`with recorded():` records the failure on the current span and lets it propagate."""
    tracer, exporter, _ = spans
    with (
        pytest.raises(TimeoutError),
        tracer.start_as_current_span("call"),
        recorded(provider="openai"),
    ):
        raise TimeoutError("The read operation timed out")
    span = _only(exporter, "call")
    assert (span.attributes or {})["error.type"] == "timeout"
    assert (span.attributes or {})["chaterror.provider"] == "openai"


def test_decorator_sync_and_async(
    spans: tuple[Tracer, InMemorySpanExporter, TracerProvider],
) -> None:
    """@recorded() wraps sync and async functions alike, on an explicit span."""
    tracer, exporter, _ = spans

    @recorded(provider="anthropic")
    def ask() -> None:
        raise _http_error(529, "Overloaded")

    @recorded(provider="anthropic")
    async def ask_async() -> None:
        await asyncio.sleep(0)
        raise _http_error(529, "Overloaded")

    with tracer.start_as_current_span("sync"), pytest.raises(Exception, match="529"):
        ask()

    async def main() -> None:
        with tracer.start_as_current_span("async"):
            await ask_async()

    with pytest.raises(Exception, match="529"):
        asyncio.run(main())
    for name in ("sync", "async"):
        assert (_only(exporter, name).attributes or {})["error.type"] == "overloaded"


def test_cancellation_is_not_recorded(
    spans: tuple[Tracer, InMemorySpanExporter, TracerProvider],
) -> None:
    """A cancelled call is not a provider failure: the span keeps an unset status."""
    tracer, exporter, _ = spans
    with pytest.raises(asyncio.CancelledError), tracer.start_as_current_span("call"), recorded():
        raise asyncio.CancelledError
    span = _only(exporter, "call")
    assert span.status.status_code is StatusCode.UNSET
    assert "error.type" not in (span.attributes or {})


def test_a_span_that_is_not_recording_is_left_alone() -> None:
    """record_error on a non-recording span still returns the classification."""
    span = NonRecordingSpan(SpanContext(1, 1, is_remote=False))
    assert record_error(TimeoutError("timed out"), span).kind is Kind.TIMEOUT


def test_metric_attributes_on_a_real_histogram() -> None:
    """metric_attributes gives the low-cardinality set a duration histogram records."""
    reader = InMemoryMetricReader()
    meter = MeterProvider(metric_readers=[reader]).get_meter("test")
    duration = meter.create_histogram("gen_ai.client.operation.duration", unit="s")
    err = record_error(
        _http_error(429, "slow down", {"x-request-id": "req_abcdef123456"}), provider="openai"
    )
    duration.record(1.5, attributes={"gen_ai.operation.name": "chat", **metric_attributes(err)})
    data = reader.get_metrics_data()
    assert data is not None
    (point,) = data.resource_metrics[0].scope_metrics[0].metrics[0].data.data_points  # type: ignore[union-attr]
    assert dict(point.attributes or {}) == {
        "gen_ai.operation.name": "chat",
        "error.type": "rate_limit",
        "chaterror.retryable": True,
        "chaterror.provider": "openai",
    }


def test_error_type_as_util_genai_resolver(
    spans: tuple[Tracer, InMemorySpanExporter, TracerProvider],
) -> None:
    """error_type plugs into opentelemetry-util-genai's error_type_resolver hook."""
    _, exporter, provider = spans
    handler = TelemetryHandler(tracer_provider=provider)
    with (
        pytest.raises(Exception, match="429"),
        handler.inference("openai", request_model="gpt-4o", error_type_resolver=error_type),
    ):
        raise _http_error(429, "Rate limit reached")
    (span,) = exporter.get_finished_spans()
    assert (span.attributes or {})["error.type"] == "rate_limit"


@pytest.fixture
def instrumented(
    spans: tuple[Tracer, InMemorySpanExporter, TracerProvider],
) -> Iterator[tuple[Tracer, InMemorySpanExporter]]:
    tracer, exporter, provider = spans
    instrumentor = OpenAIInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    yield tracer, exporter
    instrumentor.uninstrument()


def test_next_to_openai_v2_instrumentation(
    instrumented: tuple[Tracer, InMemorySpanExporter],
) -> None:
    """With opentelemetry-instrumentation-openai-v2 on a real openai client: its span says
    RateLimitError with the raw text; the application span chaterror records says rate_limit,
    retryable, with the redacted detail, and no key anywhere in it."""
    tracer, exporter = instrumented
    server = LoopbackServer()
    try:
        server.set(
            Reply(
                status=429,
                headers={
                    "content-type": "application/json",
                    "retry-after": "3",
                    "x-request-id": "req_loop123456789",
                },
                body=(
                    '{"error": {"message": "Rate limit reached for key '
                    + KEY
                    + '. Please try again in 3s.", '
                    '"type": "requests", "code": "rate_limit_exceeded"}}'
                ).encode(),
            )
        )
        client = openai.OpenAI(
            api_key="sk-test",
            base_url="https://api.openai.com/v1",
            max_retries=0,
            http_client=httpx2.Client(transport=Httpx2Loopback(server)),
        )
        with (
            tracer.start_as_current_span("chat turn"),
            pytest.raises(openai.RateLimitError),
            recorded(),
        ):
            client.chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "hi"}]
            )
    finally:
        server.close()
    sdk_span = _only(exporter, "chat gpt-4o")
    # The instrumentation's own span names the SDK class (its exact form varies by version).
    assert "RateLimitError" in str((sdk_span.attributes or {})["error.type"])
    app = _only(exporter, "chat turn")
    attributes = dict(app.attributes or {})
    assert {
        k: attributes[k]
        for k in (
            "error.type",
            "chaterror.retryable",
            "chaterror.provider",
            "chaterror.status_code",
            "chaterror.code",
            "chaterror.retry_after",
        )
    } == {
        "error.type": "rate_limit",
        "chaterror.retryable": True,
        "chaterror.provider": "openai",
        "chaterror.status_code": 429,
        "chaterror.code": "rate_limit_exceeded",
        "chaterror.retry_after": 3.0,
    }
    assert app.status.status_code is StatusCode.ERROR
    assert app.status.description is not None and "[REDACTED]" in app.status.description
    assert KEY not in app.to_json()
    assert KEY in (sdk_span.status.description or "")  # what chaterror is there to fix


def test_async_context_manager(spans: tuple[Tracer, InMemorySpanExporter, TracerProvider]) -> None:
    """`async with recorded():` records like the sync form and re-raises."""
    tracer, exporter, _ = spans

    async def main() -> None:
        with tracer.start_as_current_span("call"):
            async with recorded(provider="openai"):
                await asyncio.sleep(0)
                raise _http_error(503, "Service Unavailable")

    with pytest.raises(Exception, match="503"):
        asyncio.run(main())
    attributes = _only(exporter, "call").attributes or {}
    assert (attributes["error.type"], attributes["chaterror.status_code"]) == ("timeout", 503)
