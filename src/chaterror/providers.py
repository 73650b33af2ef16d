"""Provider ids, display names, and the tables that recognise a provider.

Detection order (CONTRACT §4): the caller's hint, then the request URL's host, then the SDK that
raised the error (its module), then the error body's shape, then words in the text. The first
three live here as tables; body shapes are read in :mod:`chaterror.signals`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = [
    "PROVIDERS",
    "display_name",
    "hosts_in_text",
    "is_global_host",
    "normalize_provider",
    "provider_from_headers",
    "provider_from_host",
    "provider_from_module",
    "provider_from_text",
    "provider_from_urls",
    "provider_from_words",
    "subject",
]

#: Every normalised provider id and the name a user reads in a message.
PROVIDERS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # The Go original's set.
        "openai": "OpenAI",
        "azure": "Azure OpenAI",
        "anthropic": "Anthropic",
        "google": "Google",
        "bedrock": "AWS Bedrock",
        "openrouter": "OpenRouter",
        "vercel": "Vercel AI Gateway",
        "openai-compat": "OpenAI Compatible",
        # Ours.
        "mistral": "Mistral",
        "groq": "Groq",
        "together": "Together AI",
        "deepseek": "DeepSeek",
        "xai": "xAI",
        "cohere": "Cohere",
        "fireworks": "Fireworks AI",
        "ollama": "Ollama",
        "vllm": "vLLM",
        # Seen in the fixture corpus with errors of their own shape.
        "perplexity": "Perplexity",
        "cerebras": "Cerebras",
        "moonshot": "Moonshot AI",
        "llamacpp": "llama.cpp",
        "lmstudio": "LM Studio",
    }
)

_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "azure openai": "azure",
        "azure-openai": "azure",
        "azure_openai": "azure",
        "azureopenai": "azure",
        "openai compat": "openai-compat",
        "openai compatible": "openai-compat",
        "openai-compatible": "openai-compat",
        "openai_compat": "openai-compat",
        "aws bedrock": "bedrock",
        "aws-bedrock": "bedrock",
        "amazon bedrock": "bedrock",
        "gemini": "google",
        "vertex": "google",
        "vertexai": "google",
        "vertex ai": "google",
        "google-genai": "google",
        "claude": "anthropic",
        "vercel ai gateway": "vercel",
        "x.ai": "xai",
        "grok": "xai",
        "together ai": "together",
        "togetherai": "together",
        "fireworks ai": "fireworks",
        "fireworks-ai": "fireworks",
        "llama.cpp": "llamacpp",
        "llama-cpp": "llamacpp",
        "llama-server": "llamacpp",
        "lm studio": "lmstudio",
        "lm-studio": "lmstudio",
    }
)

# Host suffixes, most specific first; a host matches its suffix at a dot boundary.
_HOSTS: Final[tuple[tuple[str, str], ...]] = (
    ("openai.azure.com", "azure"),
    ("cognitiveservices.azure.com", "azure"),
    ("services.ai.azure.com", "azure"),
    ("api.openai.com", "openai"),
    ("chatgpt.com", "openai"),
    ("api.anthropic.com", "anthropic"),
    ("generativelanguage.googleapis.com", "google"),
    ("aiplatform.googleapis.com", "google"),
    ("cloudcode-pa.googleapis.com", "google"),
    ("amazonaws.com", "bedrock"),
    ("openrouter.ai", "openrouter"),
    ("ai-gateway.vercel.sh", "vercel"),
    ("api.mistral.ai", "mistral"),
    ("api.groq.com", "groq"),
    ("api.together.xyz", "together"),
    ("api.together.ai", "together"),
    ("api.deepseek.com", "deepseek"),
    ("api.x.ai", "xai"),
    ("api.cohere.com", "cohere"),
    ("api.cohere.ai", "cohere"),
    ("api.fireworks.ai", "fireworks"),
    ("api.perplexity.ai", "perplexity"),
    ("api.cerebras.ai", "cerebras"),
    ("api.moonshot.ai", "moonshot"),
    ("api.moonshot.cn", "moonshot"),
)

_GLOBAL_HOSTS: Final = frozenset(
    h for h, _ in _HOSTS if h.startswith(("api.", "generativelanguage."))
)
# Ollama listens on 11434 by default; no other provider does.
_PORTS: Final[Mapping[int, str]] = MappingProxyType({11434: "ollama"})

# Top-level package of the module an exception class lives in.
_MODULES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "openai": "openai",
        "anthropic": "anthropic",
        "google.genai": "google",
        "google.api_core": "google",
        "google.generativeai": "google",
        "vertexai": "google",
        "botocore": "bedrock",
        "aiobotocore": "bedrock",
        "boto3": "bedrock",
        "mistralai": "mistral",
        "groq": "groq",
        "together": "together",
        "cohere": "cohere",
        "ollama": "ollama",
        "fireworks": "fireworks",
        "xai_sdk": "xai",
        "vllm": "vllm",
    }
)

# Words in free text, checked in order: the more specific name first ("azure openai" before
# "openai", "bedrock" before "claude" because Bedrock model ids read "anthropic.claude-…").
# Only a left word boundary is required so LiteLLM's route names ("OllamaException",
# "Vertex_ai_betaException") count.
_TEXT_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("openai-compat", r"openai[- ]compat"),
    ("azure", r"azure|apim-request-id|x-ms-region"),
    ("openrouter", r"openrouter"),
    ("vercel", r"vercel|gateway\w*error|ai_gateway_api_key"),
    (
        "bedrock",
        r"bedrock|botocore|boto3|when calling the (?:invoke|converse)\w* operation"
        r"|the model returned the following errors"
        r"|(?:validation|throttling|servicequotaexceeded|modeltimeout|modelnotready"
        r"|modelerror|modelstreamerror)exception",
    ),
    ("groq", r"groq"),
    ("together", r"together(?:\.ai|\.xyz| ai)"),
    ("mistral", r"mistral"),
    ("deepseek", r"deepseek"),
    ("cohere", r"cohere"),
    ("fireworks", r"fireworks"),
    ("perplexity", r"perplexity"),
    ("cerebras", r"cerebras"),
    ("ollama", r"ollama|(?<=[:=])11434\b"),
    ("vllm", r"vllm"),
    ("llamacpp", r"llama[.-]?cpp|llama-server"),
    ("lmstudio", r"lm ?studio|n_keep"),
    ("xai", r"x\.ai\b|xai[- ]"),
    ("anthropic", r"anthropic|claude"),
    ("google", r"google|gemini|vertex"),
    ("openai", r"openai"),
)
_TEXT_WORD_RE: Final = re.compile(
    "|".join(rf"(?P<{pid.replace('-', '_')}>\b(?:{words}))" for pid, words in _TEXT_WORDS),
    re.IGNORECASE,
)
_WORD_RANK: Final[Mapping[str, int]] = MappingProxyType(
    {pid.replace("-", "_"): rank for rank, (pid, _) in enumerate(_TEXT_WORDS)}
)
_URL_HOST_RE: Final = re.compile(
    r"(?:https?://|host=')(?:[^/\s'\"@]*@)?([a-z0-9.-]+\.[a-z]{2,})(?::(\d+))?", re.IGNORECASE
)


def normalize_provider(value: object) -> str | None:
    """Return the normalised id for a provider hint, or ``None`` when it is empty.

    Hints are case-insensitive and accept common aliases (``"Azure OpenAI"`` → ``"azure"``,
    ``"openai compatible"`` → ``"openai-compat"``). An unknown non-empty hint is kept,
    lower-cased, so that callers with their own provider names still see them.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        value = getattr(value, "value", value)
        if not isinstance(value, str):
            return None
    text = " ".join(value.strip().lower().split())
    if not text:
        return None
    return _ALIASES.get(text, text)


def display_name(provider: str | None) -> str | None:
    """Return the display name of a normalised provider id, ``None`` when unknown."""
    if provider is None:
        return None
    return PROVIDERS.get(provider)


def subject(provider: str | None) -> str:
    """Return how a message names the provider: its display name or "the AI provider"."""
    return display_name(provider) or "the AI provider"


def provider_from_host(host: str | None, port: int | None = None) -> str | None:
    """Recognise a provider from a request URL's host (and port, for local servers)."""
    if port is not None and port in _PORTS:
        return _PORTS[port]
    if not host:
        return None
    host = host.lower().rstrip(".")
    for suffix, provider in _HOSTS:
        if host == suffix or host.endswith("." + suffix):
            if provider == "bedrock" and "bedrock" not in host:
                continue
            return provider
    return None


# Response headers only one provider sends.
_HEADER_MARKS: Final[tuple[tuple[str, str], ...]] = (
    ("apim-request-id", "azure"),
    ("x-ms-region", "azure"),
    ("azureml-model-session", "azure"),
    ("x-amzn-errortype", "bedrock"),
    ("x-amzn-requestid", "bedrock"),
    ("anthropic-ratelimit-requests-limit", "anthropic"),
    ("anthropic-organization-id", "anthropic"),
    ("x-groq-region", "groq"),
    ("openai-organization", "openai"),
)


def provider_from_headers(headers: Mapping[str, str]) -> str | None:
    """Recognise a provider from response headers (lower-case names) only it sends."""
    for name, provider in _HEADER_MARKS:
        if name in headers:
            return provider
    request_id = headers.get("request-id", "")
    return "anthropic" if request_id.startswith("req_") else None


def provider_from_module(module: str) -> str | None:
    """Recognise the SDK that defined an exception class from its module name."""
    parts = module.split(".")
    for depth in (2, 1):
        provider = _MODULES.get(".".join(parts[:depth]))
        if provider is not None:
            return provider
    return None


def is_global_host(host: str | None) -> bool:
    """True for a provider's one global API host (``api.openai.com``), false for templated
    hosts (an Azure resource, a Bedrock region) that a typo or a wrong region can make up."""
    return host is not None and host.lower().rstrip(".") in _GLOBAL_HOSTS


def hosts_in_text(text: str) -> list[str]:
    """Return the hosts of URLs (and ``host='…'``) quoted in ``text``, at most eight."""
    return [m.group(1) for m, _ in zip(_URL_HOST_RE.finditer(text), range(8), strict=False)]


def provider_from_urls(text: str) -> str | None:
    """Recognise a provider from the first provider URL (or ``host='…'``) quoted in text."""
    for match in _URL_HOST_RE.finditer(text):
        port = match.group(2)
        found = provider_from_host(match.group(1), int(port) if port and len(port) < 6 else None)
        if found is not None:
            return found
    return None


def provider_from_words(text: str) -> str | None:
    """Recognise a provider from words in free text (the weakest evidence)."""
    best: int | None = None
    for match in _TEXT_WORD_RE.finditer(text):
        group = match.lastgroup
        if group is None:
            continue
        rank = _WORD_RANK[group]
        if best is None or rank < best:
            best = rank
            if rank == 0:
                break
    return _TEXT_WORDS[best][0] if best is not None else None


def provider_from_text(text: str) -> str | None:
    """Recognise a provider from URLs, then words, in free text."""
    return provider_from_urls(text) or provider_from_words(text)
