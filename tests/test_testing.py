"""chaterror.testing: factories that build what SDKs raise, the corpus as fixtures, public
Hypothesis strategies and the loopback-server fixture."""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import anthropic
import botocore.exceptions
import httpx
import lmstudio
import openai
import pytest
import replicate.exceptions
from hypothesis import given, settings
from hypothesis import strategies as st

from chaterror import PROVIDERS, FirstChunkTimeout, Kind, classify
from chaterror.testing import (
    CANONICAL,
    FROM_TEXT,
    TRANSPORT_FAILURES,
    LoopbackServer,
    canonical_case,
    cases,
    provider_error,
    provider_kinds,
    transport_error,
)
from chaterror.testing import strategies as public
from chaterror.testing._documented import (
    CHANNELS,
    COMPAT_URL,
    FIRST_CHUNKS,
    FROM_DOCS,
    NEEDS_HINT,
    TIMEOUTS,
    UNSENT,
)
from chaterror.testing._factories import replayable, response_case
from chaterror.testing._replay import channel_error, held
from corpus import load_cases
from replay import Loopback

if sys.version_info < (3, 11):  # pragma: no cover - the backport pytest already installs
    from exceptiongroup import BaseExceptionGroup

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("provider", "kind"), [pytest.param(*pair, id="-".join(pair)) for pair in provider_kinds()]
)
def test_every_factory_classifies_as_it_claims(provider: str, kind: str) -> None:
    """provider_error(provider, kind) classifies to that kind and provider, and as retryable as
    its case is labelled, with no hint (with the provider as hint only for NEEDS_HINT pairs)."""
    hint = provider if (provider, kind) in NEEDS_HINT else None
    err = classify(provider_error(provider, kind), provider=hint)
    expected = canonical_case(provider, kind).expect["retryable"]
    assert (err.kind.value, err.provider, err.retryable) == (kind, provider, expected)


@pytest.mark.parametrize(
    ("pair", "reason"), [pytest.param(p, r, id="-".join(p)) for p, r in NEEDS_HINT.items()]
)
def test_needs_hint_marks_only_pairs_that_need_it(pair: tuple[str, str], reason: str) -> None:
    """A NEEDS_HINT pair gives its reason and, without the hint, names another provider."""
    assert len(reason.split()) >= 5 and classify(provider_error(*pair)).provider != pair[0]


def _pairs(*, replayable_only: bool) -> set[tuple[str, str]]:
    """The known providers' pairs in the corpus (only those with a replayable example)."""
    return {
        (c.provider, c.kind)
        for c in cases()
        if c.provider in PROVIDERS
        and (
            not replayable_only
            or c.input["type"] in ("http", "stream", "sdk")
            or replayable(c) is not None
        )
    }


def test_factories_cover_every_recorded_provider_and_kind() -> None:
    """Every known provider x kind with a replayable example (a recorded HTTP, stream or SDK
    case, or a text case carrying an HTTP status and an error body) has a factory."""
    assert _pairs(replayable_only=True) - set(provider_kinds()) == set()


def test_structured_cases_win_over_text() -> None:
    """A pair is built from text only when the corpus has no recorded response for it, and from
    documentation only when neither a response nor a replayable log line exists."""
    tables = [
        set(CANONICAL),
        set(FROM_TEXT),
        set(TIMEOUTS),
        set(FROM_DOCS),
        set(FIRST_CHUNKS),
        set(UNSENT),
        set(CHANNELS),
    ]
    assert sum(map(len, tables)) == len(set().union(*tables))


def test_from_text_cases_are_text_of_their_pair() -> None:
    """Each FROM_TEXT entry names a text case of that provider and kind that replays."""
    named = {c.id: c for c in cases(input_type="text")}
    assert all(
        (named[case_id].provider, named[case_id].kind) == pair
        and replayable(named[case_id]) is not None
        for pair, case_id in FROM_TEXT.items()
    )


@pytest.mark.parametrize(
    ("pair", "entry"),
    [
        pytest.param(p, e, id="-".join(p))
        for p, e in {**TIMEOUTS, **FROM_DOCS, **FIRST_CHUNKS, **UNSENT, **CHANNELS}.items()
    ],
)
def test_documented_pairs_name_a_text_case_of_their_pair(pair: object, entry: object) -> None:
    """Each TIMEOUTS, FROM_DOCS and FIRST_CHUNKS entry names a text case of that provider and
    kind, and a source, and canonical_case returns that case."""
    case = next(c for c in cases() if c.id == entry.case)  # type: ignore[attr-defined]
    assert (case.provider, case.kind, case.input["type"]) == (*pair, "text")  # type: ignore[misc]
    assert entry.source and canonical_case(*pair) == case  # type: ignore[attr-defined,misc]


def _sent_words(data: dict[str, object]) -> str:
    """The longest string a rebuilt reply carries (its message), the page itself when it is
    not JSON, or its status when bodiless."""
    if data["type"] == "sdk":
        return str(data["message"])
    body = str(data["body"])
    if not body:
        return str(data["status"])
    event = body.split("data: ", 1)[-1]
    if data["type"] == "stream":  # the first event's data, not the [DONE] after it
        event = event.split("\n", 1)[0]
    try:
        parsed = json.loads(event)
    except ValueError:  # a page, not JSON: it is sent whole
        return body
    leaves: list[str] = []
    stack = [parsed]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, str):
            leaves.append(node)
    return max(leaves, key=len)


@pytest.mark.parametrize(
    ("case_id", "data"), [pytest.param(e.case, e.input, id=e.case) for e in FROM_DOCS.values()]
)
def test_documented_replies_carry_the_cases_own_words(
    case_id: str, data: dict[str, object]
) -> None:
    """A FROM_DOCS reply's message is the case's words verbatim (escapes aside); a bodiless
    reply's status is the one the case shows."""
    text = next(c for c in cases() if c.id == case_id).input["text"]
    assert _sent_words(data) in re.sub(r"\\+([\"'])", r"\1", text)


@pytest.mark.parametrize(
    ("provider", "kind"),
    [
        pytest.param("anthropic", "timeout", id="timeout"),
        pytest.param("openai-compat", "startup_timeout", id="first-chunk"),
        pytest.param("lmstudio", "auth", id="unsent"),
        pytest.param("lmstudio", "generic", id="channel"),
    ],
)
def test_a_timeout_has_no_body_to_replace(provider: str, kind: str) -> None:
    """provider_error(provider, kind, body=...) raises ValueError where no response exists."""
    with pytest.raises(ValueError, match="no response"):
        provider_error(provider, kind, body="{}")


_OWN_SERVER = "http://10.1.2.3:9000/v1/chat/completions"


@pytest.mark.parametrize(
    ("kind", "url", "sent_to"),
    [
        pytest.param("rate_limit", None, COMPAT_URL, id="replayed-default"),
        pytest.param("config", _OWN_SERVER, _OWN_SERVER, id="documented-own-url"),
        pytest.param("usage_limit", _OWN_SERVER, _OWN_SERVER, id="replayed-own-url"),
        pytest.param("timeout", None, COMPAT_URL, id="timeout-default"),
        pytest.param("timeout", _OWN_SERVER, _OWN_SERVER, id="timeout-own-url"),
    ],
)
def test_openai_compat_goes_to_the_url_given(kind: str, url: str | None, sent_to: str) -> None:
    """provider_error("openai-compat", kind, url=...) is openai's exception for a request to
    that address (by default COMPAT_URL), classifying as openai-compat."""
    exc = provider_error("openai-compat", kind, url=url)
    assert isinstance(exc, openai.APIError) and str(exc.request.url) == sent_to
    assert classify(exc).provider == "openai-compat"


@pytest.mark.parametrize("pair", [pytest.param(p, id="-".join(p)) for p in UNSENT])
def test_an_unsent_refusal_is_the_sdks_own(pair: tuple[str, str]) -> None:
    """An UNSENT pair is the SDK's own exception class with words the installed SDK's source
    wrote (in this or an earlier version: the case's), takes no URL, and the refusal the
    installed SDK really raises classifies the same way."""
    refusal = UNSENT[pair]
    exc = provider_error(*pair)
    module = __import__(refusal.library)
    assert type(exc) is getattr(module, refusal.exception) and str(exc) == refusal.message
    assert refusal.message in canonical_case(*pair).input["text"]
    with pytest.raises(ValueError, match="no URL"):
        provider_error(*pair, url=_OWN_SERVER)


@pytest.mark.parametrize("pair", [pytest.param(p, id="-".join(p)) for p in CHANNELS])
def test_a_channel_failure_is_the_sdks_own_handlers(pair: tuple[str, str]) -> None:
    """A CHANNELS pair is what the SDK's channel handler raised for the server's message: its
    exception carries the message's error and the case's words, and takes no URL."""
    channel = CHANNELS[pair]
    exc = provider_error(*pair)
    assert exc._raw_error == channel.message["error"]  # type: ignore[attr-defined]
    assert channel.message["error"]["title"] in str(exc)
    assert channel.message["error"]["title"] in canonical_case(*pair).input["text"]
    with pytest.raises(ValueError, match="no URL"):
        provider_error(*pair, url=_OWN_SERVER)


def test_a_channel_needs_a_known_sdk() -> None:
    """channel_error names the library it has no handler for."""
    with pytest.raises(KeyError, match="'grpc'"):
        channel_error("grpc", {})


def test_the_installed_openai_sdk_refusing_without_a_key_is_auth(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """openai-python refuses to build a client without a key; what it raises (its own words in
    whichever version is installed) classifies as auth, not retryable."""
    for name in ("OPENAI_API_KEY", "OPENAI_ADMIN_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(openai.OpenAIError) as raised:
        openai.OpenAI(base_url="http://localhost:1234/v1")
    err = classify(raised.value, provider="lmstudio")
    assert (err.kind, err.provider, err.retryable) == (Kind.AUTH, "lmstudio", False)


def test_a_botocore_error_takes_no_url() -> None:
    """provider_error("bedrock", kind, url=...) raises ValueError: botocore builds its own."""
    with pytest.raises(ValueError, match="botocore"):
        provider_error("bedrock", "auth", url=_OWN_SERVER)


@pytest.mark.parametrize("pair", [pytest.param(p, id="-".join(p)) for p in FIRST_CHUNKS])
def test_a_first_chunk_timeout_is_the_guards_own(pair: tuple[str, str]) -> None:
    """A startup_timeout is the FirstChunkTimeout guard_first_chunk raised, naming the provider,
    built even while the caller's own event loop runs."""
    import asyncio

    async def build() -> object:
        return provider_error(*pair)

    exc = asyncio.run(build())
    assert isinstance(exc, FirstChunkTimeout) and exc.provider == pair[0]


def test_the_docs_list_exactly_the_uncovered_pairs() -> None:
    """docs/testing-your-app.md lists every known provider x kind no factory builds, each with
    a reason, and nothing else."""
    text = (ROOT / "docs" / "testing-your-app.md").read_text(encoding="utf-8")
    section = text.split("### Pairs the corpus only has as free text", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^- `([\w-]+)` `(\w+)`: (.+)$", section, re.MULTILINE)
    assert all(len(reason.split()) >= 5 for *_, reason in rows)
    assert [(p, k) for p, k, _ in rows] == sorted(
        _pairs(replayable_only=False) - set(provider_kinds())
    )


def test_the_docs_list_exactly_the_pairs_needing_the_hint() -> None:
    """docs/testing-your-app.md lists every NEEDS_HINT pair with its reason (code spans aside),
    and nothing else."""
    text = (ROOT / "docs" / "testing-your-app.md").read_text(encoding="utf-8")
    section = text.split("### Pairs that classify as their provider only with the hint", 1)[1]
    rows = re.findall(r"^- `([\w-]+)` `(\w+)`: (.+)$", section.split("\n#", 1)[0], re.MULTILINE)
    assert {(p, k): reason.replace("`", "").rstrip(".") for p, k, reason in rows} == NEEDS_HINT


@pytest.mark.parametrize(
    ("provider", "kind", "expected"),
    [
        pytest.param("anthropic", "overloaded", anthropic.APIStatusError, id="anthropic-sdk"),
        pytest.param("openai", "usage_limit", openai.RateLimitError, id="openai-sdk"),
        pytest.param("bedrock", "rate_limit", botocore.exceptions.ClientError, id="botocore"),
        pytest.param("cohere", "rate_limit", httpx.HTTPStatusError, id="no-sdk-is-httpx"),
        pytest.param("anthropic", "timeout", anthropic.APITimeoutError, id="anthropic-timeout"),
        pytest.param("deepseek", "timeout", openai.APITimeoutError, id="openai-sdk-timeout"),
        pytest.param("replicate", "timeout", httpx.ReadTimeout, id="httpx-timeout"),
        pytest.param("together", "rate_limit", openai.RateLimitError, id="from-docs-openai-sdk"),
        pytest.param("huggingface", "overloaded", httpx.HTTPStatusError, id="from-docs-httpx"),
        pytest.param("replicate", "generic", replicate.exceptions.ModelError, id="prediction"),
        pytest.param("lmstudio", "auth", openai.OpenAIError, id="unsent"),
        pytest.param("lmstudio", "generic", lmstudio.LMStudioPredictionError, id="channel"),
    ],
)
def test_factories_build_the_sdks_own_exception(provider: str, kind: str, expected: type) -> None:
    """Each factory returns the SDK's own exception class, with its request URL on the host."""
    exc = provider_error(provider, kind)
    assert isinstance(exc, expected)
    request = getattr(exc, "request", None)
    assert (
        request is None
        or provider.split("-")[0] in str(request.url)
        or "amazonaws" in str(request.url)
    )


def test_retry_after_reaches_the_headers_and_the_classification() -> None:
    """retry_after=20 becomes the response's retry-after header and ChatError.retry_after."""
    exc = provider_error("openai", "usage_limit", retry_after=20)
    assert (exc.response.headers["retry-after"], classify(exc).retry_after) == ("20", 20.0)


def test_an_unrecorded_pair_names_what_is_offered() -> None:
    """A provider x kind without a recording raises KeyError listing the provider's kinds."""
    with pytest.raises(KeyError, match="overloaded"):
        provider_error("openai", "startup_timeout")


def test_kind_enum_is_accepted() -> None:
    """A Kind member works as well as its value."""
    assert classify(provider_error("google", Kind.RATE_LIMIT)).kind is Kind.RATE_LIMIT


@pytest.mark.parametrize(
    ("library", "failure"),
    [
        pytest.param(library, failure, id=f"{library}-{failure}")
        for library in ("httpx", "requests", "openai", "anthropic")
        for failure in TRANSPORT_FAILURES
    ],
)
def test_every_transport_failure_classifies_as_it_claims(library: str, failure: str) -> None:
    """transport_error(library, failure) classifies to TRANSPORT_FAILURES[failure], the request
    carrying the provider's URL."""
    exc = transport_error(library, failure)
    assert classify(exc).kind.value == TRANSPORT_FAILURES[failure]
    assert "127.0.0.1" not in str(exc.request.url)  # type: ignore[attr-defined]


def test_a_missing_sdk_names_what_to_install() -> None:
    """With the SDK missing, the factory raises an ImportError naming the package to install."""
    code = (
        "import sys; sys.modules['anthropic'] = None\n"
        "from chaterror.testing import provider_error, MissingSDKError\n"
        "try:\n    provider_error('anthropic', 'overloaded')\n"
        "except MissingSDKError as exc:\n    print(isinstance(exc, ImportError), exc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("True") and "pip install 'anthropic'" in done.stdout


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        pytest.param({"provider": "google"}, lambda c: c.provider == "google", id="provider"),
        pytest.param({"kind": "overloaded"}, lambda c: c.kind == "overloaded", id="kind"),
        pytest.param(
            {"provider": "bedrock", "input_type": "sdk"},
            lambda c: c.provider == "bedrock" and c.input["type"] == "sdk",
            id="provider-and-input-type",
        ),
    ],
)
def test_cases_filter_the_labelled_corpus(filters: dict[str, str], check: object) -> None:
    """cases(...) yields only matching cases, at least one, each with a source and label."""
    found = list(cases(**filters))
    assert found and all(check(c) and c.source and c.expect["kind"] for c in found)  # type: ignore[operator]


def test_cases_are_the_suites_corpus() -> None:
    """cases() yields the very cases (relabels applied) the suite's accuracy tests score."""
    assert [(c.id, c.expect) for c in cases()] == [(c["id"], c["expect"]) for c in load_cases()]


def test_a_case_replays_to_what_the_app_holds() -> None:
    """Case.held() is the SDK's exception, classifying as labelled."""
    case = next(cases(provider="anthropic", kind="overloaded", input_type="http"))
    assert classify(case.held()).kind is Kind.OVERLOADED


def test_strategies_are_public_and_used_by_the_suite() -> None:
    """Each name of chaterror.testing.strategies.__all__ returns a strategy, and the suite's
    property tests import them from there (tests/strategies.py is gone)."""
    assert all(isinstance(getattr(public, n)(), st.SearchStrategy) for n in public.__all__)
    users = [
        p.name
        for p in (ROOT / "tests").glob("test_*.py")
        if "chaterror.testing.strategies" in p.read_text(encoding="utf-8")
    ]
    assert not (ROOT / "tests" / "strategies.py").exists()
    assert {"test_properties.py", "test_redact.py", "test_storage.py"} <= set(users)


@settings(max_examples=30)
@given(
    public.provider_errors(providers=["openai", "anthropic"], kinds=["overloaded", "usage_limit"])
)
def test_real_provider_errors_are_the_sdks_own(exc: object) -> None:
    """Filtered provider_errors() draw the SDK's own exceptions (perhaps wrapped or grouped)."""
    inner = exc
    while isinstance(inner, BaseException) and not isinstance(
        inner, openai.APIError | anthropic.APIError
    ):
        inner = (
            inner.exceptions[0]
            if isinstance(inner, BaseExceptionGroup)
            else inner.__cause__ or inner.__context__
        )  # type: ignore[assignment]
    assert isinstance(inner, openai.APIError | anthropic.APIError)


def test_the_pytest_plugin_is_registered() -> None:
    """The pytest11 entry point names chaterror.testing.pytest_plugin."""
    points = importlib.metadata.entry_points(group="pytest11")
    assert "chaterror.testing.pytest_plugin" in {p.value for p in points}


def test_chaterror_server_fails_then_answers(chaterror_server: LoopbackServer) -> None:
    """The fixture fails like OpenAI twice, then answers, over a real socket."""
    client = openai.OpenAI(base_url=f"{chaterror_server.url}/v1", api_key="sk-test", max_retries=0)
    chaterror_server.fail("openai", "usage_limit", retry_after=1, times=2)
    seen = []
    for _ in range(3):
        try:
            reply = client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}]
            )
        except openai.APIStatusError as exc:
            seen.append(classify(exc).kind)
    assert (seen, reply.choices[0].message.content) == ([Kind.USAGE_LIMIT] * 2, "ok")
    assert len(chaterror_server.received) == 3


_WITHOUT_RESPONSE = {**TIMEOUTS, **FIRST_CHUNKS, **UNSENT, **CHANNELS}


class _AsFailed(Loopback):
    """The loopback wire, the server answering with what fail() set instead of the case's own."""

    def _set(self, status: int, headers: dict[str, str], body: str) -> None:
        pass


@pytest.fixture(scope="module")
def one_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        yield server


@pytest.mark.parametrize(
    ("provider", "kind"),
    [pytest.param(*p, id="-".join(p)) for p in provider_kinds() if p not in _WITHOUT_RESPONSE],
)
def test_fail_answers_every_pair_with_a_response(
    one_server: LoopbackServer, provider: str, kind: str
) -> None:
    """After fail(provider, kind), the provider's real SDK (its URL kept, its bytes sent to the
    server) raises what classifies as that pair, as retryable as its case (hint as for
    provider_error)."""
    one_server.fail(provider, kind)
    hint = provider if (provider, kind) in NEEDS_HINT else None
    err = classify(held(response_case(provider, kind), _AsFailed(one_server)), provider=hint)
    expected = canonical_case(provider, kind).expect["retryable"]
    assert (err.kind.value, err.provider, err.retryable) == (kind, provider, expected)
    assert one_server.received  # over the socket, not from memory (botocore may retry once)


@pytest.mark.parametrize(
    ("pair", "instead"),
    [
        pytest.param(
            p,
            "Reply(first_chunk_delay"
            if p in FIRST_CHUNKS
            else "provider_error()"
            if p in UNSENT or p in CHANNELS
            else "Reply(stall",
            id="-".join(p),
        )
        for p in _WITHOUT_RESPONSE
    ],
)
def test_fail_says_what_to_use_for_a_pair_without_a_response(
    one_server: LoopbackServer, pair: tuple[str, str], instead: str
) -> None:
    """fail() on a timeout or first-chunk pair raises ValueError naming the pair and the Reply
    to set instead, and leaves the server's reply as it was."""
    before = one_server.reply
    with pytest.raises(
        ValueError, match=re.escape(f"{pair[0]} {pair[1]} has no response")
    ) as raised:
        one_server.fail(*pair)
    assert instead in str(raised.value) and one_server.reply is before


def test_every_public_name_is_documented() -> None:
    """docs/api.md names every member of chaterror.testing.__all__ and every public strategy."""
    import chaterror.testing

    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    names = [*chaterror.testing.__all__, *public.__all__]
    assert [n for n in names if f"`{n}" not in text] == []


def test_recorded_headers_join_repeated_values_and_drop_framing() -> None:
    """A header a recording kept as a list of values (.NET session records) replays as one
    comma-joined field (RFC 9110 §5.3); the original connection's framing is dropped."""
    from chaterror.testing._replay import recorded_headers

    headers = {"CF-Ray": ["a1", "a1"], "Content-Length": "237", "X-Request-ID": "req_1"}
    assert recorded_headers(headers) == {"CF-Ray": "a1, a1", "X-Request-ID": "req_1"}
