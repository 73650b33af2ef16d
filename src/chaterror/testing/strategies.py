"""Hypothesis strategies for failures, error texts and ChatError values (extra ``testing``).

The strategies chaterror's own property tests run on, for users' property tests of their own
classifiers and handlers::

    from hypothesis import given
    from chaterror.testing.strategies import provider_errors

    @given(provider_errors())
    def test_my_handler_never_crashes(exc): ...

- :func:`provider_errors`: what an application holds when a call fails: real SDK exceptions
  built from the recorded corpus (for each SDK installed), SDK-shaped exceptions, httpx
  responses, with hostile variations: chained causes, cycles, exception groups, odd headers,
  huge or truncated bodies, lone surrogates.
- :func:`error_texts`: error strings: the corpus's recorded texts and random provider words.
- :func:`chat_errors`: valid :class:`~chaterror.ChatError` values, for code that consumes them.
- :func:`anything`: any value at all (what ``classify`` must survive), :func:`error_bodies`,
  :func:`secrets` and :func:`secret_contexts` (a secret and where it hides).
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from functools import cache
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - the message is the point
    raise ImportError(
        "chaterror.testing.strategies needs hypothesis: pip install 'chaterror[testing]'"
    ) from exc

from chaterror import ChatError, Kind

__all__ = [
    "anything",
    "chat_errors",
    "error_bodies",
    "error_texts",
    "provider_errors",
    "secret_contexts",
    "secrets",
]


_tail = st.text(
    alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", min_size=24, max_size=40
)
_secrets = st.one_of(
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
_secret_contexts = st.sampled_from(
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
_statuses = st.one_of(
    st.sampled_from(
        [400, 401, 402, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504, 524, 529]
    ),
    st.integers(100, 599),
)
_codes = st.sampled_from(
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
_words = st.sampled_from(
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
_texts = st.one_of(
    st.text(max_size=300),
    st.lists(_words, max_size=8).map(" ".join),
    st.lists(st.one_of(st.text(max_size=12), _surrogates, _words), max_size=8).map("".join),
)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def _bodies(draw: st.DrawFn) -> Any:
    """Error bodies in each provider's shape, with random extra keys and wrong types."""
    message = draw(_texts)
    code = draw(_codes)
    status = draw(_statuses)
    shape = draw(
        st.sampled_from(
            ["openai", "anthropic", "google", "bedrock", "openrouter", "flat", "list", "junk"]
        )
    )
    if shape == "openai":
        return {"error": {"message": message, "type": draw(_codes), "code": code, "param": None}}
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
        return {"message": message, "code": draw(st.one_of(_codes, _statuses))}
    if shape == "list":
        return [{"error": {"message": message, "code": status}}]
    return draw(_json_values)


class _SDKError(Exception):
    """An exception shaped like an SDK's APIStatusError."""

    status_code: Any
    body: Any
    headers: Any


def _group(message: str, members: list[BaseException]) -> BaseException:
    """An exception group (the ``exceptiongroup`` backport, a Hypothesis dependency, on 3.10)."""
    home = importlib.import_module("builtins" if sys.version_info >= (3, 11) else "exceptiongroup")
    group: BaseException = home.ExceptionGroup(message, members)
    return group


@st.composite
def _sdk_errors(draw: st.DrawFn) -> BaseException:
    """Exceptions with SDK attributes (status, body, headers), chained causes, groups."""
    exc = _SDKError(draw(_texts))
    exc.status_code = draw(st.one_of(st.none(), _statuses, st.text(max_size=3)))
    exc.body = draw(st.one_of(_bodies(), _texts))
    exc.headers = draw(
        st.dictionaries(
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
def _exception_groups(draw: st.DrawFn) -> BaseException:
    """Exception groups of SDK-shaped members, possibly nested."""
    members: list[BaseException] = draw(st.lists(_sdk_errors(), min_size=1, max_size=3))
    group = _group("several failures", members)
    if draw(st.booleans()):
        group = _group("outer", [group, ValueError("x")])
    return group


@st.composite
def _responses(draw: st.DrawFn) -> Any:
    """httpx responses with provider bodies and headers, in memory."""
    state = random.getstate()  # importing httpx the first time draws from it
    try:
        import httpx
    finally:
        random.setstate(state)

    body = draw(_bodies())
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
        draw(_statuses),
        content=content,
        request=httpx.Request("POST", url),
        headers={"retry-after": draw(st.sampled_from(["1", "x", "-3", "1e999"]))},
    )


class _HostileReprError(Exception):
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


class _HostileStrError(Exception):
    def __str__(self) -> str:
        raise RuntimeError("hostile __str__")


class _HostileAttrsError(Exception):
    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"hostile {name}")


_hostile = st.sampled_from(
    [_HostileStrError("x"), _HostileAttrsError("rate limit"), _HostileStrError()]
)
_anything = st.one_of(
    _texts,
    st.binary(max_size=200),
    _bodies(),
    _sdk_errors(),
    _hostile,
    st.none(),
    _json_values,
)
_with_surrogates = st.lists(st.one_of(st.text(max_size=10), _surrogates), max_size=6).map("".join)
_chat_errors = st.builds(
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

# --- real SDK exceptions from the recorded corpus ------------------------------------------------

#: The module each provider's factory needs (the rest need httpx, or botocore for Bedrock).
_SDK_OF = {"anthropic": "anthropic", "google": "google.genai", "bedrock": "botocore"}
_ODD_HEADERS = st.dictionaries(
    st.sampled_from(["retry-after", "retry-after-ms", "x-should-retry", "x-request-id"]),
    st.one_of(
        st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20),
        st.sampled_from(["-5", "1e999", "nan", "0", "Tue, 14 Nov 2023 22:13:50 GMT", "true"]),
    ),
    max_size=3,
)


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a parent package missing
        return False


@cache
def _buildable() -> tuple[tuple[str, str], ...]:
    """The provider × kind pairs whose SDK is installed here."""
    from chaterror.testing._factories import CANONICAL
    from chaterror.testing._replay import OPENAI_COMPATIBLE

    def module(provider: str) -> str:
        return _SDK_OF.get(provider, "openai" if provider in OPENAI_COMPATIBLE else "httpx")

    return tuple(pair for pair in sorted(CANONICAL) if _installed(module(pair[0])))


@st.composite
def _real_errors(
    draw: st.DrawFn, providers: tuple[str, ...] | None, kinds: tuple[str, ...] | None
) -> Any:
    """A real SDK exception (or held response) for a recorded provider × kind, varied."""
    from chaterror.testing._factories import canonical_case, provider_error
    from chaterror.testing._replay import NoError

    pairs = [
        (p, k)
        for p, k in _buildable()
        if (providers is None or p in providers) and (kinds is None or k in kinds)
    ]
    if not pairs:
        raise ValueError("no installed SDK builds the requested providers and kinds")
    provider, kind = draw(st.sampled_from(pairs))
    headers = draw(st.one_of(st.none(), _ODD_HEADERS))
    recorded = canonical_case(provider, kind).input
    original = str(recorded.get("body", recorded.get("message", "")))
    body = draw(
        st.one_of(
            st.none(),
            st.integers(0, max(len(original) - 1, 0)).map(lambda cut: original[:cut]),
            st.integers(10_000, 200_000).map(lambda size: original + " " * size),
            _with_surrogates.map(lambda junk: original + junk),
        )
    )
    state = random.getstate()  # SDK clients draw request ids from it; Hypothesis forbids that
    try:
        return provider_error(provider, kind, headers=headers, body=body)
    except NoError:  # a mangled stream the SDK read as a quiet success: the recorded failure
        return provider_error(provider, kind, headers=headers)
    finally:
        random.setstate(state)


@st.composite
def _varied(draw: st.DrawFn, base: st.SearchStrategy[Any]) -> Any:
    """``base``'s value, perhaps chained under a wrapper's exception or inside a group."""
    value = draw(base)
    if not isinstance(value, BaseException):
        return value
    how = draw(st.sampled_from(["as-is", "cause", "context", "group", "cycle"]))
    if how == "cause":
        wrapper = RuntimeError("retry failed")
        wrapper.__cause__ = value
        return wrapper
    if how == "context":
        handling = ValueError("while handling the reply")
        handling.__context__ = value
        return handling
    if how == "group":
        return _group("attempts", [value, TimeoutError("t")])
    if how == "cycle":
        value.__context__ = value
    return value


def provider_errors(
    *, providers: list[str] | None = None, kinds: list[str] | None = None, real_only: bool = False
) -> st.SearchStrategy[Any]:
    """What an application holds when a provider call fails: real SDK exceptions built from the
    recorded corpus (only SDKs installed here), SDK-shaped exceptions, exception groups and
    httpx responses, with hostile variations (chained causes, cycles, groups, odd headers, huge,
    truncated or surrogate-laden bodies).

    ``providers`` and ``kinds`` (or ``real_only=True``) draw only real SDK exceptions and
    responses, each of a recorded provider × kind; with neither, shaped ones are drawn too.
    """
    real = _real_errors(
        tuple(providers) if providers is not None else None,
        tuple(str(getattr(k, "value", k)) for k in kinds) if kinds is not None else None,
    )
    if providers is not None or kinds is not None or real_only:
        return _varied(real)
    return _varied(st.one_of(real, real, _sdk_errors(), _exception_groups(), _responses()))


def error_texts() -> st.SearchStrategy[str]:
    """Error strings: the corpus's recorded texts (logs, tracebacks, SDK messages) and random
    provider words, JSON fragments, control characters and lone surrogates."""
    return st.one_of(st.sampled_from(_corpus_texts()), _texts)


@cache
def _corpus_texts() -> list[str]:
    from chaterror.testing._cases import cases

    return [case.input["text"] for case in cases(input_type="text")]


def chat_errors() -> st.SearchStrategy[ChatError]:
    """Valid :class:`~chaterror.ChatError` values of every kind, for code that consumes them."""
    return _chat_errors


def error_bodies() -> st.SearchStrategy[Any]:
    """Error bodies in each provider's JSON shape, with random extra keys and wrong types."""
    return _bodies()


def anything() -> st.SearchStrategy[Any]:
    """Any value: texts, bytes, bodies, SDK-shaped and hostile exceptions, ``None``, JSON."""
    return _anything


def secrets() -> st.SearchStrategy[str]:
    """One credential of each shape chaterror redacts (API keys, tokens), random tails."""
    return _secrets


def secret_contexts() -> st.SearchStrategy[str]:
    """Where a secret hides (format with ``s=``): a header, a URL, a sentence, a JSON body."""
    return _secret_contexts
