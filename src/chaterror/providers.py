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

from chaterror._scan import Gated, GatedTable, Scan

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
        # Added for the wrapper libraries (issue 12).
        "huggingface": "Hugging Face",
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
        "hugging face": "huggingface",
        "hf": "huggingface",
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
    ("router.huggingface.co", "huggingface"),
    ("api-inference.huggingface.co", "huggingface"),
    ("endpoints.huggingface.cloud", "huggingface"),
)

# Hosts whose region is glued on with a hyphen rather than a dot.
_REGIONAL_HOSTS: Final = ("-aiplatform.googleapis.com",)

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
        "huggingface_hub": "huggingface",
    }
)

# Words in free text, checked in order: the more specific name first ("azure openai" before
# "openai", "bedrock" before "claude" because Bedrock model ids read "anthropic.claude-…").
# Only a left word boundary is required so LiteLLM's route names ("OllamaException",
# "Vertex_ai_betaException") count. Each entry: id, trigger substrings, lower-case pattern.
_TEXT_WORDS: Final[tuple[tuple[str, str, str], ...]] = (
    ("openai-compat", "openai-compat|openai compat", r"openai[- ]compat"),
    ("azure", "azure|apim-request-id|x-ms-region", r"azure|apim-request-id|x-ms-region"),
    ("openrouter", "openrouter", r"openrouter"),
    ("vercel", "vercel|gateway|ai_gateway_api_key", r"vercel|gateway\w*error|ai_gateway_api_key"),
    (
        "bedrock",
        "bedrock|botocore|boto3|when calling the|returned the following errors|exception",
        r"bedrock|botocore|boto3|when calling the (?:invoke|converse)\w* operation"
        r"|the model returned the following errors|(?:validation|throttling|servicequotaexceeded"
        r"|modeltimeout|modelnotready|modelerror|modelstreamerror)exception",
    ),
    ("groq", "groq", r"groq"),
    ("together", "together", r"together(?:\.ai|\.xyz| ai)"),
    ("mistral", "mistral", r"mistral"),
    ("deepseek", "deepseek", r"deepseek"),
    ("cohere", "cohere", r"cohere"),
    ("fireworks", "fireworks", r"fireworks"),
    ("perplexity", "perplexity", r"perplexity"),
    ("cerebras", "cerebras", r"cerebras"),
    ("ollama", "ollama|11434", r"ollama|(?<=[:=])11434\b"),
    ("vllm", "vllm", r"vllm"),
    ("huggingface", "hugging", r"hugging ?face"),
    ("llamacpp", "llama", r"llama[.-]?cpp|llama-server"),
    ("lmstudio", "studio|n_keep", r"lm ?studio|n_keep"),
    ("xai", "x.ai|xai", r"x\.ai\b|xai[- ]"),
    ("anthropic", "anthropic|claude", r"anthropic|claude"),
    ("google", "google|gemini|vertex", r"google|gemini|vertex"),
    ("openai", "openai", r"openai"),
)
_WORDS: Final = GatedTable(
    tuple(
        Gated(tuple(triggers.split("|")), rf"\b(?:{pattern})")
        for _, triggers, pattern in _TEXT_WORDS
    )
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
    if host.endswith(_REGIONAL_HOSTS):  # Vertex AI: us-central1-aiplatform.googleapis.com
        host = host.rsplit("-", 1)[-1]
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
    if "://" not in text and "host=" not in text:
        return []
    return [m.group(1) for m, _ in zip(_URL_HOST_RE.finditer(text), range(8), strict=False)]


def provider_from_urls(text: str) -> str | None:
    """Recognise a provider from the first provider URL (or ``host='…'``) quoted in text."""
    if "://" not in text and "host=" not in text:
        return None
    for match, _ in zip(_URL_HOST_RE.finditer(text), range(16), strict=False):
        port = match.group(2)
        found = provider_from_host(match.group(1), int(port) if port and len(port) < 6 else None)
        if found is not None:
            return found
    return None


def provider_from_words(text: str | Scan) -> str | None:
    """Recognise a provider from words in free text (the weakest evidence)."""
    scan = text if isinstance(text, Scan) else Scan(text)
    for index, _ in _WORDS.matches(scan):
        return _TEXT_WORDS[index][0]
    return None


def provider_from_text(text: str) -> str | None:
    """Recognise a provider from URLs, then words, in free text."""
    return provider_from_urls(text) or provider_from_words(text)
