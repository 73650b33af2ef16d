"""Reusable Hypothesis strategies: provider-shaped errors, bodies, hostile objects, secrets."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from chaterror import ChatError, Kind

#: One example of each secret shape of CONTRACT §6, with a random tail.
_tail = st.text(
    alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", min_size=24, max_size=40
)
secrets = st.one_of(
    _tail.map(lambda t: f"sk-proj-{t}"),
    _tail.map(lambda t: f"sk-ant-api03-{t}"),
    _tail.map(lambda t: f"sk-{t}"),
    _tail.map(lambda t: f"gsk_{t}"),
    _tail.map(lambda t: f"xai-{t}"),
    _tail.map(lambda t: f"AIza{t}{t}"[:39]),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=16, max_size=16).map(
        lambda t: f"AKIA{t}"
    ),
    _tail.map(lambda t: f"eyJhbGciOi{t[:8]}.eyJzdWIiOi{t[8:16]}.{t}"),
    _tail.map(lambda t: f"ya29.a0{t}"),
    _tail.map(lambda t: f"hf_{t}"),
    _tail.map(lambda t: f"ghp_{t}"),
    _tail.map(lambda t: f"github_pat_11A{t}"),
    _tail.map(lambda t: f"xoxb-1234-{t}"),
    _tail.map(lambda t: f"nvapi-{t}"),
    _tail.map(lambda t: f"pplx-{t}"),
    _tail.map(lambda t: f"csk-{t}"),
    _tail.map(lambda t: f"r8_{t}"),
    _tail.map(lambda t: f"fw_{t}"),
    _tail.map(lambda t: f"sk-or-v1-{t}"),
)
#: Where a secret hides: a header, a URL, a sentence, a JSON body.
secret_contexts = st.sampled_from(
    [
        "Incorrect API key provided: {s}.",
        "Authorization: Bearer {s}",
        "x-api-key: {s}",
        "GET https://generativelanguage.googleapis.com/v1/models?key={s}&alt=sse",
        "https://user:{s}@proxy.example:8080 refused",
        "signed https://b.example/o?X-Amz-Signature={s}&X-Amz-Credential={s}",
        "{s}",
        '{{"error": {{"message": "bad key {s}", "code": "{s}"}}}}',
        "Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: {s}.'}}}}",
        "Authorization%3A%20Bearer%20{s}",
        "GET /v1/models%3Fkey%3D{s}",
        "refresh_token={s}&client_secret={s}",
        "Ocp-Apim-Subscription-Key: {s}",
        "Error:" + " " * 3990 + "{s}",
    ]
)
statuses = st.one_of(
    st.sampled_from(
        [400, 401, 402, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504, 524, 529]
    ),
    st.integers(100, 599),
)
codes = st.sampled_from(
    [
        "insufficient_quota",
        "rate_limit_exceeded",
        "overloaded_error",
        "invalid_api_key",
        "context_length_exceeded",
        "model_not_found",
        "content_filter",
        "server_error",
        "RESOURCE_EXHAUSTED",
        "ThrottlingException",
        "invalid_request_error",
        "weird_new_code",
    ]
)
words = st.sampled_from(
    [
        "rate limit",
        "timed out",
        "overloaded",
        "quota",
        "prompt is too long",
        "unauthorized",
        "model not found",
        "Connection refused",
        "billing",
        "safety system",
        "tokens per day",
        "Please try again in 20s",
        "Error code: 429",
        "context deadline exceeded",
        "é",
        "\x00",
        "{",
        "'",
    ]
)
# Lone surrogates: what a JavaScript server that cut a string mid-emoji sends.
_surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
texts = st.one_of(
    st.text(max_size=300),
    st.lists(words, max_size=8).map(" ".join),
    st.lists(st.one_of(st.text(max_size=12), _surrogates, words), max_size=8).map("".join),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def bodies(draw: st.DrawFn) -> Any:
    """Error bodies in each provider's shape, with random extra keys and wrong types."""
    message = draw(texts)
    code = draw(codes)
    status = draw(statuses)
    shape = draw(
        st.sampled_from(
            ["openai", "anthropic", "google", "bedrock", "openrouter", "flat", "list", "junk"]
        )
    )
    if shape == "openai":
        return {"error": {"message": message, "type": draw(codes), "code": code, "param": None}}
    if shape == "anthropic":
        return {
            "type": "error",
            "error": {"type": code, "message": message},
            "request_id": "req_011",
        }
    if shape == "google":
        return {
            "error": {
                "code": status,
                "message": message,
                "status": code,
                "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": code}],
            }
        }
    if shape == "bedrock":
        return {
            "Error": {"Code": code, "Message": message},
            "ResponseMetadata": {"HTTPStatusCode": status},
        }
    if shape == "openrouter":
        return {
            "error": {
                "code": status,
                "message": "Provider returned error",
                "metadata": {"raw": message, "provider_name": "X"},
            }
        }
    if shape == "flat":
        return {"message": message, "code": draw(st.one_of(codes, statuses))}
    if shape == "list":
        return [{"error": {"message": message, "code": status}}]
    return draw(json_values)


class _SDKError(Exception):
    """An exception shaped like an SDK's APIStatusError."""


@st.composite
def sdk_errors(draw: st.DrawFn) -> BaseException:
    """Exceptions with SDK attributes (status, body, headers), chained causes, groups."""
    exc: BaseException = _SDKError(draw(texts))
    exc.status_code = draw(st.one_of(st.none(), statuses, st.text(max_size=3)))  # type: ignore[attr-defined]
    exc.body = draw(st.one_of(bodies(), texts))  # type: ignore[attr-defined]
    exc.headers = draw(
        st.dictionaries(  # type: ignore[attr-defined]
            st.sampled_from(
                [
                    "retry-after",
                    "retry-after-ms",
                    "x-should-retry",
                    "x-request-id",
                    "request-id",
                    "x-amzn-ErrorType",
                ]
            ),
            st.one_of(
                st.text(max_size=20),
                st.sampled_from(["1", "true", "false", "-5", "Tue, 14 Nov 2023 22:13:50 GMT"]),
            ),
            max_size=4,
        )
    )
    if draw(st.booleans()):
        exc.__cause__ = draw(
            st.sampled_from(
                [TimeoutError("t"), ConnectionResetError(104, "reset"), ValueError("x")]
            )
        )
    if draw(st.booleans()):
        exc.__context__ = exc  # a cycle
    return exc


@st.composite
def exception_groups(draw: st.DrawFn) -> BaseException:
    """Exception groups of SDK-shaped members, possibly nested."""
    import sys

    if sys.version_info < (3, 11):  # pragma: no cover - the backport
        from exceptiongroup import ExceptionGroup
    members = draw(st.lists(sdk_errors(), min_size=1, max_size=3))
    group: BaseException = ExceptionGroup("several failures", members)
    if draw(st.booleans()):
        group = ExceptionGroup("outer", [group, ValueError("x")])
    return group


@st.composite
def responses(draw: st.DrawFn) -> Any:
    """httpx responses with provider bodies and headers, in memory."""
    import json

    import httpx

    body = draw(bodies())
    content = json.dumps(body, default=str).encode() if not isinstance(body, str) else body.encode()
    url = draw(
        st.sampled_from(
            [
                "https://api.openai.com/v1/chat/completions",
                "https://api.anthropic.com/v1/messages",
                "https://generativelanguage.googleapis.com/v1beta/x",
                "http://localhost:11434/api/chat",
            ]
        )
    )
    return httpx.Response(
        draw(statuses),
        content=content,
        request=httpx.Request("POST", url),
        headers={"retry-after": draw(st.sampled_from(["1", "x", "-3", "1e999"]))},
    )


class _HostileRepr(Exception):
    def __repr__(self) -> str:
        raise RuntimeError("hostile __repr__")

    def __str__(self) -> str:
        raise RuntimeError("hostile __str__")

    @property
    def body(self) -> Any:
        raise RuntimeError("hostile body")

    @property
    def headers(self) -> Any:
        raise KeyError("hostile headers")


class _HostileStr(Exception):
    def __str__(self) -> str:
        raise RuntimeError("hostile __str__")


class _HostileAttrs(Exception):
    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"hostile {name}")


hostile = st.sampled_from([_HostileStr("x"), _HostileAttrs("rate limit"), _HostileStr()])
anything = st.one_of(
    texts,
    st.binary(max_size=200),
    bodies(),
    sdk_errors(),
    hostile,
    st.none(),
    json_values,
)
_with_surrogates = st.lists(st.one_of(st.text(max_size=10), _surrogates), max_size=6).map("".join)
chat_errors = st.builds(
    ChatError,
    message=st.one_of(st.text(max_size=50), _with_surrogates),
    kind=st.sampled_from(list(Kind)),
    provider=st.one_of(st.none(), st.sampled_from(["openai", "anthropic", "google", "acme"])),
    retryable=st.booleans(),
    status_code=st.one_of(st.none(), st.integers(100, 599)),
    detail=st.one_of(st.none(), st.text(max_size=700), _with_surrogates),
    retry_after=st.one_of(st.none(), st.floats(0, 1e6)),
    code=st.one_of(st.none(), st.text(max_size=30)),
    request_id=st.one_of(st.none(), st.text(max_size=30)),
)
