"""End to end through the libraries users really hold: provider SDKs (mistralai, cohere, ollama,
huggingface_hub, groq, together, google-api-core) and wrappers (LiteLLM, pydantic-ai, LangChain,
instructor, the OpenAI Agents SDK, LlamaIndex), each against the loopback server answering in the
provider's own format, the provider's host kept in the URL, retries off.

Every stack runs the standard set (``wrapper_cases.STANDARD``); what chaterror must report is the
provider's truth, minus what the library itself throws away (``LOSSES``, each with its reason).
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterator
from typing import Any

import pytest

import chaterror
from loopback import LoopbackServer, Reply, Rerouter
from stacks import STACKS, Stack
from wrapper_cases import (
    ANTHROPIC,
    COHERE,
    GEMINI,
    GROQ,
    MISTRAL,
    OLLAMA,
    OPENAI,
    STANDARD,
    TRANSPORT,
    Case,
)

# The libraries warn about their own deprecations and unclosed clients; not our code.
pytestmark = pytest.mark.filterwarnings("ignore")

FORMATS: dict[str, dict[str, Case]] = {
    "openai": OPENAI,
    "groq": GROQ,
    "anthropic": ANTHROPIC,
    "gemini": GEMINI,
    "mistral": MISTRAL,
    "cohere": COHERE,
    "ollama": OLLAMA,
}

#: Where a library's answer differs from the provider's, per (stack, case): what it throws
#: away (no one can recover it) or restates.
LOSSES: dict[tuple[str, str], dict[str, Any]] = {
    # pydantic-ai reports an error inside a stream with the status the provider uses for the
    # same error before a stream opens (documented on ModelAPIError.in_stream).
    ("pydantic-ai-openai", "stream_error"): {"status_code": 500},
    ("pydantic-ai-anthropic", "stream_error"): {"status_code": 529},
    # ollama.ResponseError keeps the status and the error text, not the response headers.
    ("ollama", "rate_limit"): {"retry_after": None},
    # LiteLLM's mid-stream fallback keeps only the provider's message ("Overloaded"): the error
    # type is gone, and it states the status the provider uses for that error (Anthropic: 529).
    ("litellm-anthropic", "stream_error"): {"status_code": 529, "code": None},
    # ... and Gemini's error object becomes "UNAVAILABLE - The model is overloaded" text.
    ("litellm-gemini", "stream_error"): {"code": None},
    # ... and Mistral's error event is dropped altogether: LiteLLM reports only that the stream
    # ended before a finish reason (a broken stream: a retryable timeout).
    ("litellm-mistral", "stream_error"): {"kind": "timeout", "code": None},
}


def _cases() -> Iterator[Any]:
    for stack in STACKS:
        for name in STANDARD:
            if name in ("refused", "read_timeout") or name in FORMATS[stack.fmt]:
                if name == "stream_error" and not stack.streams:
                    continue
                marks = () if stack.installed() else _absent(stack)
                yield pytest.param(stack, name, id=f"{stack.id}-{name}", marks=marks)


#: Which environment this run is (``.ci/run`` sets "main", then "openai2"); unset for a
#: developer's run.
ENV = os.environ.get("CHATERROR_WRAPPERS_ENV")


def _absent(stack: Stack) -> tuple[Any, ...]:
    """What to do about a library that is not installed here. A stack that CI runs in another
    environment is skipped, saying where it runs; in CI, or when CHATERROR_WRAPPERS_ENV names
    the stack's own environment, the test runs and fails on the missing import; a developer
    without the extra is told what to install."""
    if ENV is not None and stack.env != ENV:
        return (pytest.mark.skip(reason=f"runs in .ci/run's {stack.env} environment"),)
    if ENV is not None or os.environ.get("CI"):
        return ()
    extra = "wrappers" if stack.env == "main" else "wrappers-openai2"
    return (
        pytest.mark.skip(reason=f"{stack.requires} is not installed (pip install '.[{extra}]')"),
    )


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


def _catches(stack: Stack) -> tuple[type[BaseException], ...]:
    found = []
    for name in stack.catches.split("|"):
        module, _, cls = name.partition(":")
        found.append(getattr(importlib.import_module(module), cls))
    return tuple(found)


def _raise(stack: Stack, name: str, server: LoopbackServer, rerouter: Rerouter) -> BaseException:
    stream = name == "stream_error"
    if name == "refused":
        rerouter.refuse = True
    elif name == "read_timeout":
        rerouter.read_timeout = 0.3
        server.set(Reply(stall=3.0))
    else:
        case = FORMATS[stack.fmt][name]
        body = list(case.chunks) if case.chunks else case.body
        headers = {"content-type": "application/json", **case.headers}
        server.set(Reply(status=case.status, headers=headers, body=body))
    with pytest.raises(_catches(stack)) as caught:
        stack.call(stream)
    return caught.value


def _expected(stack: Stack, name: str) -> dict[str, Any]:
    if name in ("refused", "read_timeout"):
        expect = dict(TRANSPORT)
    else:
        expect = dict(FORMATS[stack.fmt][name].expect)
    expect.setdefault("retry_after", None)
    expect["provider"] = stack.provider
    expect.update(LOSSES.get((stack.id, name), {}))
    return expect


@pytest.mark.parametrize(("stack", "name"), list(_cases()))
def test_stack_standard_set(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, stack: Stack, name: str
) -> None:
    """Each library raises what its users catch; classify reports the provider's truth with and
    without a provider hint."""
    rerouter = Rerouter(server, monkeypatch)
    exc = _raise(stack, name, server, rerouter)
    expect = _expected(stack, name)
    for hint in (None, stack.provider):
        err = chaterror.classify(exc, provider=hint)
        got = {key: getattr(err, key) for key in expect}
        got["kind"] = err.kind.value
        if "code" in expect and expect["code"] is None:
            got.pop("code")  # no code sent: whatever the library names its class is fine
            expect = {k: v for k, v in expect.items() if k != "code"}
        diff = {k: (got[k], v) for k, v in expect.items() if got[k] != v}
        assert not diff, (hint, diff, repr(exc)[:300], chaterror.explain(exc, provider=hint))


_GEMINI = next(s for s in STACKS if s.id == "litellm-gemini")


@pytest.mark.parametrize(
    "stack",
    [pytest.param(_GEMINI, marks=() if _GEMINI.installed() else _absent(_GEMINI))],
    ids=["litellm-gemini"],
)
def test_litellm_gemini_blocked_prompt(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, stack: Stack
) -> None:
    """Gemini's content filter is a successful reply: LiteLLM returns a response whose
    finish_reason is content_filter, and that response classifies as content_filter."""
    import litellm

    Rerouter(server, monkeypatch)
    blocked = {
        "promptFeedback": {"blockReason": "SAFETY"},
        "usageMetadata": {"promptTokenCount": 5, "totalTokenCount": 5},
    }
    server.set(
        Reply(
            status=200,
            headers={"content-type": "application/json"},
            body=json.dumps(blocked).encode(),
        )
    )
    response = litellm.completion(
        model="gemini/gemini-2.0-flash",
        messages=[{"role": "user", "content": "hi"}],
        api_key="AIzaTEST",
    )
    err = chaterror.classify(response, provider="gemini")
    assert (err.kind.value, err.retryable, err.provider) == ("content_filter", False, "google")
