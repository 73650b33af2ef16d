"""Factories for the exceptions real SDKs raise, built the way each SDK builds them.

:func:`provider_error` replays one canonical recorded failure per provider × kind (a real case
of the shipped corpus, named in :data:`CANONICAL`; where the corpus has only an app's log line,
the HTTP status and error body that line carries, named in :data:`FROM_TEXT`) to the provider's
real SDK through an in-memory transport: the SDK parses status, headers and body and raises
exactly what it raises in production (request URL, response and body included). Pairs the
corpus has only as words are built from what the provider documents
(:mod:`chaterror.testing._documented`): a timeout is the SDK's own timeout or connection error
for the provider's endpoint (``TIMEOUTS``); another failure is the case's own words in the
envelope and status the provider documents, replayed the same way (``FROM_DOCS``); a stream
that never sends its first token is what :func:`chaterror.guard_first_chunk` raises around the
SDK's real stream (``FIRST_CHUNKS``); a call the SDK refuses before sending (no key set) is
its own exception with its own words (``UNSENT``); a failure the server reports on the SDK's
own channel (LM Studio's websocket API) is that message handed to the SDK's own channel handler
(``CHANNELS``).
:func:`transport_error` makes a real HTTP client fail for real on 127.0.0.1 (a refused port, a
stalled or reset reply). No network, and each SDK is imported only when its factory is called.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from typing import Any

from chaterror._body import bodies_in_text
from chaterror.signals import status_in_text
from chaterror.testing._cases import Case, cases
from chaterror.testing._documented import (
    CHANNELS,
    COMPAT_URL,
    FIRST_CHUNKS,
    FROM_DOCS,
    SGLANG_URL,
    TIMEOUTS,
    UNSENT,
)
from chaterror.testing._first_chunk import first_chunk_timeout
from chaterror.testing._replay import PROVIDER_URLS, channel_error, held, sdk

#: The case each provider x kind is built from (its id names it in the corpus, with its source):
#: the first case, in file order, whose replay classifies as labelled. ``tests/test_testing.py``
#: proves each still does, and that every provider x kind with a recorded HTTP, stream or SDK
#: case has an entry.
CANONICAL: Mapping[tuple[str, str], str] = {
    ("anthropic", "auth"): "anthropic-400-organization-disabled",
    ("anthropic", "config"): "anthropic-400-bare-message-error-oauth-token-as-api-key",
    ("anthropic", "content_filter"): "anthropic-400-output-blocked-content-filtering-policy",
    ("anthropic", "context_length"): "anthropic-http-400-prompt-too-long-before-stream",
    ("anthropic", "generic"): "anthropic-500-api-error",
    ("anthropic", "overloaded"): "anthropic-stream-event-error-overloaded-padded",
    ("anthropic", "usage_limit"): "anthropic-400-out-of-extra-usage",
    ("azure", "auth"): "azure-401-unauthorized-code-string",
    ("bedrock", "auth"): "bedrock-sdk-access-denied-no-model-access",
    ("bedrock", "config"): "bedrock-sdk-invokemodel-malformed-extraneous-key",
    ("bedrock", "context_length"): "bedrock-sdk-invokemodel-body-length-25mb",
    ("bedrock", "overloaded"): "bedrock-sdk-model-not-ready",
    ("bedrock", "rate_limit"): "bedrock-429-throttling-too-many-tokens",
    ("bedrock", "timeout"): "bedrock-sdk-model-timeout",
    ("bedrock", "usage_limit"): "bedrock-sdk-service-quota-exceeded",
    ("cohere", "config"): "cohere-404-model-not-found-embed",
    ("databricks", "generic"): "r18c-databricks-499-cancelled",
    ("openai-compat", "content_filter"): "r22b-streamlake-403-system-unsafe",
    ("watsonx", "rate_limit"): "r18c-watsonx-429-rate-limit-reached-requests",
    ("cloudflare", "auth"): "r23c-cf-ai-gateway-2009-unauthorized",
    ("cohere", "context_length"): "cohere-400-too-many-tokens-size-limit-shape-from-docs",
    ("cohere", "generic"): "cohere-499-request-cancelled-shape-from-docs",
    ("moonshot", "auth"): "moonshot-http-kimicli-401-invalid-authentication-models",
    ("cohere", "rate_limit"): "cohere-429-trial-token-rate-limit-shape-from-docs",
    ("cohere", "usage_limit"): "cohere-429-trial-key-monthly-cap",
    ("bedrock", "content_filter"): "bedrock-http-litellm-guardrail-checks-violence-jailbreak",
    ("deepseek", "auth"): "deepseek-http-401-authentication-fails-no-such-user",
    ("deepseek", "config"): "deepseek-responses-400-invalid-request-error-code",
    ("google", "auth"): "google-403-consumer-suspended",
    ("google", "config"): "google-404-model-not-found-v1beta",
    ("google", "content_filter"): "google-stream-prompt-feedback-prohibited-content",
    ("google", "generic"): "google-500-internal-pretty",
    ("google", "overloaded"): "google-503-model-overloaded-array-wrapped",
    ("google", "rate_limit"): "google-429-bare-resource-exhausted",
    ("groq", "config"): "groq-404-model-not-found",
    ("hyperbolic", "config"): "r63j-intelligence-vcr-hyperbolic-400-only-models-allowed",
    ("llamacpp", "auth"): "llamacpp-http-props-401-invalid-api-key",
    ("llamacpp", "context_length"): "llamacpp-500-exceed-context-size",
    ("llamacpp", "overloaded"): "llamacpp-http-503-loading-model-unavailable",
    ("llamacpp", "generic"): "r60t-llamacpp-cannot-make-get-request-500",
    ("vercel", "config"): "r60s-vercel-gateway-count-tokens-model-not-found",
    ("minimax", "auth"): "r29b-minimax-401-authorized-error-1004",
    ("minimax", "generic"): "r40c-minimax-anthropic-500-system-error-1033",
    ("minimax", "context_length"): "r47w-minimax-400-context-window-exceeds-2013",
    ("mistral", "auth"): "mistral-401-detail-unauthorized",
    ("novita", "auth"): "r62c-novita-401-failed-to-auth-flat-envelope",
    ("sambanova", "auth"): "r63j-intelligence-vcr-sambanova-401-plaintext-invalid-key",
    ("ollama", "config"): "ollama-500-model-requires-more-system-memory",
    ("openai", "auth"): "openai-responses-401-invalid-api-key-masked",
    ("openai", "config"): "openai-400-invalid-value-content-block",
    ("openai", "context_length"): "openai-400-context-length-input-tokens-exceed-configured-limit",
    ("openai", "generic"): "openai-chat-stream-200-midstream-server-error",
    ("openai", "timeout"): "openai-502-cloudflare-json-cf-bad-gateway",
    ("openai", "usage_limit"): "openai-responses-429-insufficient-quota-type",
    ("perplexity", "context_length"): "perplexity-http-too-many-prompt-tokens",
    ("perplexity", "timeout"): "perplexity-502-cloudflare-html-sonar-pro",
    ("openrouter", "config"): "openrouter-404-no-allowed-providers",
    ("openrouter", "content_filter"): "openrouter-403-moderation-flagged-shape-from-docs",
    ("openrouter", "rate_limit"): "openrouter-429-provider-returned-error-upstream-ratelimit",
    ("openrouter", "usage_limit"): "openrouter-402-insufficient-credits-never-purchased",
    ("replicate", "auth"): "r43j-replicate-401-unauthenticated",
    ("replicate", "rate_limit"): "replicate-http-429-throttled-under-5-credit-retry-after-body",
    ("sambanova", "config"): "sambanova-http-400-decimal-above-max-value-top-p",
    ("together", "config"): "together-400-model-not-available-non-serverless",
    ("vllm", "config"): "vllm-404-model-does-not-exist",
    ("vllm", "generic"): "vllm-500-enginecore-encountered-an-issue",
    ("xai", "overloaded"): "r34a-xai-503-model-at-capacity",
    ("dify", "auth"): "r34c-dify-provider-not-initialize",
    ("dify", "config"): "r43j-dify-400-invalid-param-user-required",
    ("dify", "generic"): "r52o-dify-internal-server-error-500",
    ("dify", "usage_limit"): "r34c-dify-provider-quota-exceeded",
}
#: The text case each provider x kind with no recorded response is built from: an app's log line
#: carrying the HTTP status and the error body the provider sent (``Error code: 429 - {...}``),
#: replayed as that response by :func:`replayable`. Each is the first text case of its pair, in
#: corpus order, that carries both and whose replay classifies as labelled (with the provider
#: as hint only for a pair of ``NEEDS_HINT``); pairs whose text cases lack either are listed in
#: docs/testing-your-app.md.
FROM_TEXT: Mapping[tuple[str, str], str] = {
    ("anthropic", "rate_limit"): "anthropic-text-429-rate-limit-error-account",
    ("azure", "content_filter"): "azure-text-content-filter-json-curly-apostrophe",
    ("azure", "generic"): "azure-text-500-server-error-support-request",
    ("azure", "overloaded"): "azure-text-429-high-demand-peak-load",
    ("azure", "rate_limit"): "azure-text-s0-token-rate-limit-title",
    ("azure", "usage_limit"): "azure-text-embeddings-429-retry-after-86400",
    ("azure", "timeout"): "azure-text-408-operation-was-timeout",
    ("cloudflare", "timeout"): "r55z-cf-agent-session-error-504",
    ("cerebras", "rate_limit"): "cerebras-text-429-requests-per-second-request-quota-exceeded",
    ("cohere", "auth"): "cohere-text-401-invalid-api-token",
    ("dashscope", "auth"): "dashscope-text-qwen-cli-invalid-api-key",
    ("dashscope", "content_filter"): "dashscope-text-data-inspection-failed-compat",
    ("dashscope", "overloaded"): "dashscope-text-model-serving-503-capacity-throttle",
    ("dashscope", "usage_limit"): "dashscope-text-arrearage-java-apiexception",
    ("deepinfra", "context_length"): "deepinfra-text-500-requested-input-length-exceeds",
    ("deepinfra", "overloaded"): "deepinfra-text-429-model-busy-retry-later-gateway",
    ("deepseek", "content_filter"): "deepseek-text-400-content-exists-risk",
    ("deepseek", "context_length"): "deepseek-text-400-max-context-code-invalid-request-error",
    ("deepseek", "usage_limit"): "deepseek-text-402-insufficient-balance-invalid-request-code",
    ("fireworks", "config"): "fireworks-text-404-model-not-found-not-deployed",
    ("github-models", "config"): "github-models-text-unknown-model-404",
    ("github-models", "generic"): "github-models-text-500-internal-server-error",
    ("google", "context_length"): "google-text-input-token-count-nested-json",
    ("google", "timeout"): "google-text-genai-504-deadline-exceeded",
    ("google", "usage_limit"): "google-text-cloudcode-429-per-day-array",
    ("groq", "auth"): "groq-text-litellm-401-invalid-api-key",
    ("groq", "context_length"): "groq-text-429-requested-exceeds-tpm-limit",
    ("groq", "rate_limit"): "groq-text-429-tpm-wrapped-log",
    ("llamacpp", "config"): "llamacpp-text-openai-v0-invalid-response-404-not-found",
    ("lmstudio", "config"): "lmstudio-text-404-no-models-loaded",
    ("mistral", "config"): "mistral-text-422-extra-forbidden-max-completion-tokens",
    ("mistral", "content_filter"): "r33b-mistral-403-content-blocked-by-guardrail",
    ("mistral", "rate_limit"): "mistral-text-429-raw-status-code-field",
    ("moonshot", "content_filter"): "moonshot-text-400-content-filter-high-risk",
    ("moonshot", "context_length"): "moonshot-text-exceeded-model-token-limit-262144",
    ("moonshot", "overloaded"): "moonshot-text-429-engine-overloaded",
    ("moonshot", "rate_limit"): "moonshot-text-429-org-concurrency-python-dict",
    ("moonshot", "usage_limit"): "moonshot-text-403-exceeded-current-quota",
    ("nvidia", "auth"): "nvidia-text-403-authorization-failed",
    ("nvidia", "config"): "nvidia-text-404-function-not-found-for-account",
    ("nvidia", "context_length"): "r35a-nvidia-nim-max-context-196608",
    ("nvidia", "rate_limit"): "nvidia-text-429-too-many-requests-problem-json",
    ("ollama", "auth"): "c16-ollama-embed-http-401-unauthorized",
    ("ollama", "context_length"): "ollama-text-embed-input-exceeds-context",
    ("ollama", "overloaded"): "ollama-text-instructor-500-llm-server-loading-model",
    ("openai", "content_filter"): "openai-text-400-invalid-prompt-limited-access-safety",
    ("openai", "rate_limit"): "openai-text-rate-limit-python-sdk-repr",
    ("openai-compat", "context_length"): "openaicompat-text-413-request-too-large-transcribe",
    ("openai-compat", "rate_limit"): "openai-compat-text-429-apig-ip-throttling",
    ("openai-compat", "usage_limit"): "openai-compat-text-402-insufficient-credits-gateway",
    ("openrouter", "overloaded"): "openrouter-text-503-no-available-workers-morph",
    ("openrouter", "timeout"): "openrouter-text-midstream-502-upstream-unexpected-token",
    ("perplexity", "auth"): "perplexity-text-search-401-invalid-api-key",
    ("novita", "config"): "r29b-novita-400-invalid-request-via-openrouter",
    ("perplexity", "config"): "perplexity-text-400-invalid-model-prefixed-id",
    ("replicate", "config"): "replicate-text-422-invalid-version-not-permitted",
    ("sglang", "overloaded"): "sglang-text-router-503-no-available-workers",
    ("siliconflow", "config"): "siliconflow-text-400-20012-model-does-not-exist",
    ("siliconflow", "context_length"): "siliconflow-text-400-20015-prompt-tokens-max-seq-len",
    ("siliconflow", "overloaded"): "siliconflow-text-503-50508-go-client",
    ("siliconflow", "rate_limit"): "siliconflow-text-429-tpm-limit-dotnet",
    ("siliconflow", "usage_limit"): "siliconflow-text-403-30011-paid-balance",
    ("together", "usage_limit"): "together-text-402-credit-limit-exceeded",
    ("vercel", "timeout"): "vercel-text-nextchat-504-deployment",
    ("vercel", "usage_limit"): "vercel-text-gateway-upstream-zai-429-insufficient-balance",
    ("vllm", "context_length"): "vllm-text-openai-400-decoder-prompt-longer-than-max-model-length",
    ("xai", "auth"): "xai-text-403-permission-denied-chat-endpoint",
    ("xai", "config"): "xai-text-400-argument-not-supported-presence-penalty",
    ("xai", "usage_limit"): "xai-text-403-responses-out-of-credits",
    ("zhipu", "auth"): "zhipu-text-sdk-401-token-expired-or-invalid-cn",
    ("zhipu", "content_filter"): "zhipu-text-langchain4j-1301-sensitive",
    ("zhipu", "usage_limit"): "zhipu-text-429-1113-chinese-balance",
    ("hunyuan", "config"): "r29b-hunyuan-400-message-order-1001",
    ("minimax", "config"): "minimax-text-2013-invalid-message-role-system",
    ("minimax", "usage_limit"): "minimax-text-token-plan-5h-usage-limit",
    ("qianfan", "rate_limit"): "qianfan-text-rpm-rate-limit-exceeded",
    ("volcengine", "generic"): "r24b-volcengine-500-internalserviceerror-retry-later",
    ("watsonx", "auth"): "r27b-watsonx-403-not-member-of-project",
    ("watsonx", "config"): "r23b-watsonx-400-invalid-input-argument-mistral-empty",
    ("watsonx", "context_length"): "watsonx-text-embeddings-token-sequence-too-long",
    ("cloudflare", "config"): "r23c-workers-ai-7003-no-route",
    ("watsonx", "generic"): "watsonx-text-bam-500-call-cancelled",
    ("xai", "content_filter"): "xai-text-403-content-violates-usage-guidelines-bio",
    ("zhipu", "context_length"): "zhipu-text-zai-1261-prompt-exceeds-max-length",
    (
        "volcengine",
        "context_length",
    ): "r47u-deerflow-volcengine-image-text-exceed-max-message-tokens",
    ("ollama", "rate_limit"): "r47w-lobehub-ollama-429-embedding",
    ("perplexity", "rate_limit"): "r48r-perplexity-web-query-rate-limited",
}
#: The endpoint a case recorded without its URL is sent to (:data:`PROVIDER_URLS`, shared with
#: the corpus replay); an ``openai-compat`` server is at no known host: a self-hosted one on this
#: machine stands for it.
_URLS = {**PROVIDER_URLS, "openai-compat": COMPAT_URL, "sglang": SGLANG_URL}


def provider_error(
    provider: str,
    kind: str,
    *,
    retry_after: float | None = None,
    headers: Mapping[str, str] | None = None,
    body: str | None = None,
    url: str | None = None,
) -> Any:
    """What an application holds when ``provider`` fails with ``kind``: the exception the
    provider's SDK raises (``openai.RateLimitError``, ``anthropic.APIStatusError``, botocore's
    ``ClientError``, ``httpx.HTTPStatusError`` for providers without an SDK), or the response a
    call returns where the SDK raises nothing (a blocked Gemini prompt). A timeout is the SDK's
    (or httpx's) own timeout or connection error for a request to the provider's endpoint; a
    ``startup_timeout`` is the :class:`chaterror.FirstChunkTimeout` that
    :func:`chaterror.guard_first_chunk` raises around the provider's silent stream; a failure
    LM Studio reports on its prediction channel is lmstudio-python's ``LMStudioPredictionError``.

    ``retry_after`` adds a ``retry-after`` header (seconds); ``headers`` adds or replaces any;
    ``body`` replaces the recorded body (see :func:`canonical_case` for the original).
    ``url`` sends the request to that address instead of the provider's usual endpoint (for
    ``openai-compat``, ``http://localhost:8000/v1/chat/completions``): your own server's, say.
    The provider ``classify`` names follows the address, as it does in production.
    Raises ``KeyError`` for a pair :func:`provider_kinds` lacks, ``ValueError`` for a body or
    headers on a timeout (it has no response) or a URL on a botocore error (botocore builds its
    own), :class:`MissingSDKError` (an ``ImportError``) naming what to install when the
    provider's SDK is missing.
    """
    source = canonical_case(provider, kind)
    pair = (provider, source.kind)
    if pair in _NO_RESPONSE:
        if body is not None or headers or retry_after is not None:
            raise ValueError(f"a {provider} {kind} has no response to carry a body or headers")
        if pair in CHANNELS:
            if url is not None:
                raise ValueError(f"a {provider} {kind} comes on the SDK's channel: no URL")
            channel = CHANNELS[pair]
            return channel_error(channel.library, channel.message)
        if pair in UNSENT:
            if url is not None:
                raise ValueError(f"a {provider} {kind} is refused before any request: no URL")
            refusal = UNSENT[pair]
            return getattr(sdk(refusal.library), refusal.exception)(refusal.message)
        if pair in FIRST_CHUNKS:
            stream = FIRST_CHUNKS[pair]
            return first_chunk_timeout(stream.library, url or stream.url, provider)
        timeout = TIMEOUTS[pair]
        return transport_error(timeout.library, timeout.failure, url=url or timeout.url)
    case = response_case(provider, kind)
    data = case["input"]
    if body is not None:
        data["body" if "body" in data else "message"] = body
    extra = dict(headers or {})
    if retry_after is not None:
        extra["retry-after"] = f"{retry_after:g}"
    if extra:
        data["headers"] = {
            **{k: v for k, v in data.get("headers", {}).items() if k.lower() not in _lower(extra)},
            **extra,
        }
    if url is not None:
        if data["type"] not in ("http", "stream"):
            raise ValueError(f"a {provider} {kind} is botocore's: it has no URL to set")
        data["url"] = url
    return held(case)


#: Pairs with no HTTP response to replay or send.
_NO_RESPONSE = {*TIMEOUTS, *FIRST_CHUNKS, *UNSENT, *CHANNELS}


def canonical_case(provider: str, kind: str) -> Case:
    """The recorded case :func:`provider_error` builds ``provider`` × ``kind`` from (for a pair
    of :data:`FROM_TEXT`, the text case whose status and body are replayed; for a pair built
    from documentation, the case it stands for)."""
    kind = str(getattr(kind, "value", kind))
    try:
        case_id = _case_ids()[provider, kind]
    except KeyError:
        offered = sorted(k for p, k in provider_kinds() if p == provider)
        raise KeyError(
            f"no recorded {provider} {kind} failure; {provider} offers {offered}"
            if offered
            else f"no recorded failure for provider {provider!r}; see chaterror.testing.CANONICAL"
        ) from None
    return next(c for c in cases(provider=provider) if c.id == case_id)


def response_case(provider: str, kind: str) -> dict[str, Any]:
    """The case :func:`provider_error` replays for ``provider`` × ``kind``, as a fresh dict whose
    ``input`` is the response sent (``http``, ``stream`` or ``sdk``): the recorded one, the one a
    log line carries (:data:`FROM_TEXT`) or the documented one (``FROM_DOCS``), addressed to the
    provider's usual endpoint when the case names none. Raises
    ``ValueError`` for a pair with no response to send (a timeout, a first-chunk deadline)."""
    source = canonical_case(provider, kind)
    pair = (provider, source.kind)
    if pair in _NO_RESPONSE:
        raise ValueError(f"{provider} {source.kind} has no response to send: {_instead(pair)}")
    case: dict[str, Any] | None
    if pair in FROM_DOCS:
        case = copy.deepcopy({**source.raw, "input": FROM_DOCS[pair].input})
    elif source.input["type"] != "text":
        case = copy.deepcopy(source.raw)
    else:
        case = replayable(source)
    if case is None:  # pragma: no cover - tests/test_testing.py proves every entry replays
        raise KeyError(f"{source.id} no longer carries a status and a body")
    data = case["input"]
    if data["type"] in ("http", "stream") and not data.get("url") and provider in _URLS:
        data["url"] = _URLS[provider]
    return case


def _instead(pair: tuple[str, str]) -> str:
    """What a test uses for a pair with no response: the loopback server's silences and resets
    (:class:`chaterror.testing.Reply`), or the factories."""
    if pair in UNSENT:
        return "the SDK refuses before sending any request; use provider_error()"
    if pair in CHANNELS:
        return "the server reports it on the SDK's own channel, not HTTP; use provider_error()"
    if pair in FIRST_CHUNKS:
        return (
            "its stream opens and stays silent; use chaterror_server.set(Reply(first_chunk_delay"
            "=...)), or provider_error() for the FirstChunkTimeout"
        )
    return (
        "its connection fails; use chaterror_server.set(Reply(stall=...)) or "
        "set(Reply(reset_after=0)), or transport_error()"
    )


def provider_kinds() -> list[tuple[str, str]]:
    """Every provider × kind :func:`provider_error` builds, sorted."""
    return sorted(_case_ids())


def _case_ids() -> dict[tuple[str, str], str]:
    """Each pair's case id, from the first table that builds it."""
    return {
        **{pair: entry.case for pair, entry in FROM_DOCS.items()},
        **{pair: entry.case for pair, entry in TIMEOUTS.items()},
        **{pair: entry.case for pair, entry in FIRST_CHUNKS.items()},
        **{pair: entry.case for pair, entry in UNSENT.items()},
        **{pair: entry.case for pair, entry in CHANNELS.items()},
        **FROM_TEXT,
        **CANONICAL,
    }


def replayable(case: Case) -> dict[str, Any] | None:
    """``case`` as an ``http`` case, for a text case that carries an HTTP status and an error
    body (``Error code: 429 - {'error': {...}}``): the body re-wrapped as the provider sends it,
    sent to the provider's usual endpoint. ``None`` when the text lacks either."""
    if case.input["type"] != "text" or case.provider is None:
        return None
    text = case.input["text"]
    status = status_in_text(text)
    body = next((b for b in bodies_in_text(text) if isinstance(b, (dict, list))), None)
    if status is None or status < 400 or body is None:
        return None
    try:
        wire = json.dumps(_on_the_wire(case.provider, body))
    except (TypeError, ValueError):  # a Python repr holding bytes or sets is no JSON body
        return None
    raw = copy.deepcopy(case.raw)
    raw["input"] = {
        "type": "http",
        "status": status,
        "headers": {"content-type": "application/json"},
        "body": wire,
        **({"url": _URLS[case.provider]} if case.provider in _URLS else {}),
    }
    return raw


def _on_the_wire(provider: str, body: Any) -> Any:
    """The body as ``provider`` sends it: a log may show only the error object from inside the
    envelope OpenAI, Azure and Gemini send (``{"error": ...}``) or Anthropic's (``{"type":
    "error", "error": ...}``). Other providers' bodies are replayed as printed."""
    if not isinstance(body, dict) or "error" in body or "message" not in body:
        return body
    return _ENVELOPES[provider](body) if provider in _ENVELOPES else body


_ENVELOPES: Mapping[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "anthropic": lambda error: {"type": "error", "error": error},
    "azure": lambda error: {"error": error},
    "google": lambda error: {"error": error},
    "openai": lambda error: {"error": error},
}


def _lower(names: Mapping[str, str]) -> set[str]:
    return {name.lower() for name in names}


# --- transport failures --------------------------------------------------------------------------

#: The failures :func:`transport_error` makes happen, and the kind each classifies as.
TRANSPORT_FAILURES: Mapping[str, str] = {
    "connect_error": "timeout",
    "connect_timeout": "timeout",
    "read_timeout": "timeout",
    "remote_protocol_error": "timeout",
}
_TRANSPORT_URLS = {"anthropic": "https://api.anthropic.com/v1/messages"}
_URL = "https://api.openai.com/v1/chat/completions"


def transport_error(library: str, failure: str, *, url: str | None = None) -> BaseException:
    """The exception ``library`` (``"httpx"``, ``"requests"``, ``"openai"``, ``"anthropic"``)
    raises when the connection fails with ``failure`` (a key of :data:`TRANSPORT_FAILURES`),
    with ``url`` (by default the library's usual endpoint) on its request as in production. httpx's and requests' failures are real: a
    refused port on 127.0.0.1, a server that never answers or hangs up mid-reply. The SDKs'
    are what they raise when their transport fails so (``APIConnectionError``,
    ``APITimeoutError``), their cause chain included.
    """
    try:
        build = _TRANSPORTS[library]
    except KeyError:
        raise KeyError(f"transport_error supports {sorted(_TRANSPORTS)}, not {library!r}") from None
    if failure not in TRANSPORT_FAILURES:
        raise KeyError(f"transport_error fails with {sorted(TRANSPORT_FAILURES)}, not {failure!r}")
    return build(failure, url or _TRANSPORT_URLS.get(library, _URL))


def _httpx_raiser(httpx: Any, failure: str) -> Callable[[Any], Any]:
    """A transport handler that raises what httpx's own transport raises for ``failure``."""
    errors = {
        "connect_error": lambda r: httpx.ConnectError("[Errno 111] Connection refused", request=r),
        "connect_timeout": lambda r: httpx.ConnectTimeout("timed out", request=r),
        "read_timeout": lambda r: httpx.ReadTimeout("The read operation timed out", request=r),
        "remote_protocol_error": lambda r: httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=r
        ),
    }

    def handler(request: Any) -> Any:
        raise errors[failure](request)

    return handler


def _httpx(failure: str, url: str) -> BaseException:
    httpx = sdk("httpx")
    with httpx.Client(transport=httpx.MockTransport(_httpx_raiser(httpx, failure))) as client:
        try:
            client.post(url, json={})
        except httpx.TransportError as exc:
            return exc  # type: ignore[no-any-return]
    raise AssertionError("unreachable: the transport always raises")  # pragma: no cover


def _sdk_client(name: str) -> Callable[[str, str], BaseException]:
    def build(failure: str, url: str) -> BaseException:
        from chaterror.testing._replay import sdk_httpx

        module = sdk(name)
        httpx = sdk_httpx(name)
        client_class = module.OpenAI if name == "openai" else module.Anthropic
        if name == "openai" and "/chat/completions" in url:  # a base without /v1 (Z.ai's)
            base = url.split("/chat/completions", 1)[0]
        else:
            base = url.split("/v1/", 1)[0] + ("/v1" if name == "openai" else "")
        http_client = httpx.Client(transport=httpx.MockTransport(_httpx_raiser(httpx, failure)))
        client = client_class(
            base_url=base,
            api_key="sk-test-0000000000000000",
            max_retries=0,
            http_client=http_client,
        )
        try:
            if name == "openai":
                client.chat.completions.create(
                    model="m", messages=[{"role": "user", "content": "hi"}]
                )
            else:
                client.messages.create(
                    model="claude-x", max_tokens=16, messages=[{"role": "user", "content": "hi"}]
                )
        except module.APIConnectionError as exc:
            return exc  # type: ignore[no-any-return]
        raise AssertionError("unreachable: the transport always raises")  # pragma: no cover

    return build


def _requests(failure: str, url: str) -> BaseException:
    """A real requests failure against 127.0.0.1, the request's URL then set to ``url``."""
    requests = sdk("requests")
    from chaterror.testing._loopback import LoopbackServer, Reply, closed_port

    if failure == "remote_protocol_error":  # what requests wraps http.client's hang-up in
        urllib3 = sdk("urllib3")
        reason = ConnectionResetError(104, "Connection reset by peer")
        request = requests.Request("POST", url, json={}).prepare()
        return requests.exceptions.ConnectionError(  # type: ignore[no-any-return]
            urllib3.exceptions.ProtocolError("Connection aborted.", reason), request=request
        )
    server: LoopbackServer | None = None
    timeout: float | tuple[float, float] = 2.0
    if failure in ("connect_error", "connect_timeout"):
        target = f"http://127.0.0.1:{closed_port()}/v1/chat/completions"
    else:
        server = LoopbackServer()
        server.set(Reply(stall=0.5))
        target = f"{server.url}/v1/chat/completions"
        timeout = (2.0, 0.05)
    try:
        requests.post(target, json={}, timeout=timeout)
    except requests.RequestException as exc:
        if failure == "connect_timeout":
            exc = requests.exceptions.ConnectTimeout(*exc.args, request=exc.request)
        if exc.request is not None:
            exc.request.url = url
        return exc  # type: ignore[no-any-return]
    finally:
        if server is not None:
            server.close()
    raise AssertionError("unreachable: the request always fails")  # pragma: no cover


_TRANSPORTS: dict[str, Callable[[str, str], BaseException]] = {
    "anthropic": _sdk_client("anthropic"),
    "httpx": _httpx,
    "openai": _sdk_client("openai"),
    "requests": _requests,
}
