"""Reading error bodies of every provider shape, and bodies printed inside text."""

from __future__ import annotations

from typing import Any

import pytest

import chaterror
from chaterror._body import bodies_in_text, read_body


@pytest.mark.parametrize(
    ("body", "message", "codes", "status", "shape"),
    [
        pytest.param(
            {"error": {"message": "m", "type": "tokens", "code": "rate_limit_exceeded"}},
            "m",
            ["rate_limit_exceeded", "tokens"],
            None,
            None,
            id="openai",
        ),
        pytest.param(
            {
                "type": "error",
                "error": {"type": "overloaded_error", "message": "Overloaded"},
                "request_id": "req_1",
            },
            "Overloaded",
            ["overloaded_error"],
            None,
            "anthropic",
            id="anthropic",
        ),
        pytest.param(
            [
                {
                    "error": {
                        "code": 400,
                        "message": "bad key",
                        "status": "INVALID_ARGUMENT",
                        "details": [
                            {
                                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                "reason": "API_KEY_INVALID",
                            }
                        ],
                    }
                }
            ],
            "bad key",
            ["API_KEY_INVALID", "INVALID_ARGUMENT"],
            400,
            "google",
            id="google-array",
        ),
        pytest.param(
            {
                "Error": {"Code": "ThrottlingException", "Message": "slow"},
                "ResponseMetadata": {"HTTPStatusCode": 429},
            },
            "slow",
            ["ThrottlingException"],
            429,
            "bedrock",
            id="botocore",
        ),
        pytest.param(
            {
                "error": {
                    "message": "Provider returned error",
                    "code": 429,
                    "metadata": {
                        "raw": '{"error": {"message": "upstream busy", "code": "overloaded"}}',
                        "provider_name": "X",
                    },
                }
            },
            "upstream busy",
            [],
            429,
            "openrouter",
            id="openrouter-raw-json",
        ),
        pytest.param(
            {"error": "model 'x' not found, try pulling it first"},
            "model 'x' not found, try pulling it first",
            [],
            None,
            "ollama",
            id="ollama-string",
        ),
        pytest.param(
            {"object": "error", "message": "too long", "type": "BadRequestError", "code": 400},
            "too long",
            ["BadRequestError"],
            400,
            "vllm",
            id="vllm",
        ),
        pytest.param(
            {
                "type": "error",
                "sequence_number": 2,
                "error": {
                    "type": "invalid_request_error",
                    "code": "context_length_exceeded",
                    "message": "m",
                },
            },
            "m",
            ["context_length_exceeded", "invalid_request_error"],
            None,
            "openai",
            id="responses-stream-event",
        ),
        pytest.param(
            {
                "success": False,
                "result": [],
                "error": [{"code": 2009, "message": "Unauthorized"}],
                "httpCode": 401,
            },
            "Unauthorized",
            [],
            401,
            None,
            id="cloudflare-error-list",
        ),
    ],
)
def test_shapes(
    body: Any, message: str, codes: list[str], status: int | None, shape: str | None
) -> None:
    """Each provider's shape gives its message, codes (most specific first), status and shape."""
    found = read_body(body)
    assert found is not None
    assert (found.message, found.codes, found.status, found.shape) == (
        message,
        codes,
        status,
        shape,
    )


@pytest.mark.parametrize(
    "body",
    [{"type": "message_start", "message": {"id": "x"}}, {"choices": []}, "plain text", [], {}],
)
def test_not_an_error(body: Any) -> None:
    """Stream chunks and ordinary values are not error bodies."""
    assert read_body(body) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(
            "Error code: 400 - {'error': {'message': \"it's\", 'code': None}}", 1, id="python-repr"
        ),
        pytest.param('data: {"a": 1}\n\ndata: {"error": {"message": "x"}}\n\n', 2, id="sse"),
        pytest.param("{ message: 'Rate limit', type: 'tokens' }", 1, id="javascript-literal"),
        pytest.param('truncated {"error": {"code": 429, "message": "cut', 1, id="truncated"),
        pytest.param("no objects here", 0, id="none"),
        pytest.param("{" * 10000, 0, id="unclosed-is-bounded"),
    ],
)
def test_bodies_in_text(text: str, count: int) -> None:
    """Objects printed in text are found, including ones that only parse loosely."""
    assert len(list(bodies_in_text(text))) == count


@pytest.mark.parametrize(
    ("body", "seconds"),
    [
        pytest.param({"detail": "Request was throttled.", "retry_after": 5}, 5.0, id="replicate"),
        pytest.param(
            {"error": "Model is currently loading", "estimated_time": 20.0}, 20.0, id="hf"
        ),
        pytest.param({"error": {"message": "slow down", "retry_after_ms": 1500}}, 1.5, id="ms"),
        pytest.param({"error": {"message": "slow down", "retry_after": -3}}, None, id="negative"),
        pytest.param(
            {"error": {"message": "Rate limit exceeded", "details": {"retry_after": 60}}},
            60.0,
            id="semantic-router-details",
        ),
        pytest.param(
            {"error": {"message": "Rate limit exceeded", "details": [{"retry_after": 60}]}},
            None,
            id="details-list-is-not-read-as-a-wait",
        ),
    ],
)
def test_wait_in_the_body(body: dict[str, object], seconds: float | None) -> None:
    """A wait the body itself states becomes retry_after."""
    assert chaterror.classify(body).retry_after == seconds


def test_a_relays_upstream_response_gives_the_specific_code() -> None:
    """A relay's error carrying the provider's own response reports the provider's reason and
    status, ahead of the relay's generic type."""
    body = read_body(
        {
            "error": {
                "message": "You have exhausted your capacity on this model.",
                "type": "api_error",
                "upstreamStatus": 429,
                "upstreamResponse": {
                    "error": {
                        "code": 429,
                        "status": "RESOURCE_EXHAUSTED",
                        "details": [
                            {
                                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                "reason": "QUOTA_EXHAUSTED",
                            }
                        ],
                    }
                },
            }
        }
    )
    assert body is not None
    assert (body.codes[0], body.status) == ("QUOTA_EXHAUSTED", 429)


def test_a_javascript_class_name_comes_after_the_code_its_message_carries() -> None:
    """{"name": "DeepgramApiError", "message": "{err_code…}"}: the client's class wraps the
    provider's code, which is reported first; alone, the name is the code (AWS SDK for JS)."""
    wrapped = {
        "name": "DeepgramApiError",
        "message": '{"err_code":"BAD_REQUEST","err_msg":"Invalid credentials."}',
        "status": 400,
    }
    assert chaterror.classify(wrapped).code == "BAD_REQUEST"
    alone = {"name": "ThrottlingException", "message": "Rate exceeded", "$fault": "client"}
    assert chaterror.classify(alone).code == "ThrottlingException"
