"""What wrapper libraries and provider SDKs put on their exceptions, as data.

Most applications catch a wrapper's exception (LiteLLM, pydantic-ai, instructor …) or a provider
SDK's own (mistralai, huggingface_hub, google-api-core …), not the openai or anthropic SDK's.
Libraries that let the SDK's exception through (LangChain, LlamaIndex, the Agents SDK) or that
are generated like the openai SDK (groq, together, cohere) need no row. Each other library gets
one :class:`Wrapper` row: the modules its exceptions live in,
which attributes carry the provider, the real status, codes, bodies, responses and the real cause,
and what it makes up. :func:`read_wrapper` turns an exception into a :class:`Reading`;
:mod:`chaterror._extract` folds that into its facts. Nothing here imports the libraries: a class
is recognised by the module it was defined in (CONTRACT §3, §4).

The rule for what a wrapper says about itself: its *own* status is a guess (LiteLLM reports 500
for a refused connection and for Anthropic's 529), used only when nothing deeper in the chain
knows better; a URL it made up (LiteLLM hangs ``https://api.openai.com/v1`` on every re-raised
error) is no evidence at all; the fields where it keeps the truth (``llm_provider``,
``provider_status_code``, ``original_exception``) are read first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final, TypeVar

__all__ = [
    "WRAPPERS",
    "Reading",
    "Wrapper",
    "class_names",
    "is_made_up_url",
    "litellm_named_provider",
    "read_wrapper",
    "wrapper_causes",
]

_MAX_CAUSES: Final = 4
_MAX_MRO: Final = 10


@dataclass(frozen=True, slots=True)
class Wrapper:
    """How one library's exceptions carry the truth."""

    #: The library, for documentation and ``explain``.
    library: str
    #: Module prefixes its exception classes are defined in (``"litellm"`` covers
    #: ``litellm.exceptions`` and ``litellm.llms.anthropic.common_utils``).
    modules: tuple[str, ...]
    #: Attributes naming the provider the call went to, in the library's own vocabulary.
    provider_attrs: tuple[str, ...] = ()
    #: The library's provider names that differ from ours (``"vertex_ai"`` → ``"google"``).
    provider_names: Mapping[str, str] = field(default_factory=dict)
    #: Attributes holding the status the library says the provider sent: the best guess.
    claimed_status_attrs: tuple[str, ...] = ()
    #: Exception classes whose own status the library invents (LiteLLM's 500 for a refused
    #: connection, 408 for any timeout): ignored.
    made_up_status: frozenset[str] = frozenset()
    #: The library's own ``status_code`` is a guess: used only when the chain holds nothing
    #: but the library's own exceptions, the best-ranked guess first.
    status_is_guess: bool = False
    #: How near the provider this library's classes sit: LiteLLM's per-provider classes
    #: (``litellm.llms.*``) keep the upstream status, its unified ones a fixed one per class.
    guess_rank: int = 0
    #: Classes of the library that are plain HTTP errors (LiteLLM's ``MaskedHTTPStatusError`` is
    #: an ``httpx.HTTPStatusError`` with the real response): read like any other exception.
    plain_classes: frozenset[str] = frozenset()
    #: Class names the library puts on failures they do not describe (LiteLLM raises
    #: ``APIConnectionError`` for an error event inside a stream): not evidence.
    made_up_classes: frozenset[str] = frozenset()
    #: Attributes the library fills with its own labels, not the provider's (LiteLLM's
    #: ``type="throttling_error"``, ``code="429"``): not read.
    made_up_attrs: frozenset[str] = frozenset()
    #: The labels the library wraps around the provider's text ("litellm.APIConnectionError:
    #: APIConnectionError: OpenAIException - ", "Original exception: …", "LiteLLM Retried: 2
    #: times"): removed before the text is scanned.
    text_noise: re.Pattern[str] | None = None
    #: Attributes holding the provider's codes (a string, or an enum whose name is the code).
    code_attrs: tuple[str, ...] = ()
    #: Attributes holding the provider's error body (dict, JSON text, or text of any shape).
    body_attrs: tuple[str, ...] = ()
    #: Attributes holding the HTTP response the error came from (read even when a body was found).
    response_attrs: tuple[str, ...] = ()
    #: Attribute paths (dotted, ``[-1]`` for a list's last item) to the real exception.
    cause_attrs: tuple[str, ...] = ()


# LiteLLM's provider names (``litellm.types.utils.LlmProviders``) where ours differ.
_LITELLM_PROVIDERS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "gemini": "google",
        "vertex_ai": "google",
        "vertex_ai_beta": "google",
        "palm": "google",
        "azure_ai": "azure",
        "azure_text": "azure",
        "text-completion-openai": "openai",
        "openai_like": "openai-compat",
        "custom_openai": "openai-compat",
        "hosted_vllm": "vllm",
        "ollama_chat": "ollama",
        "together_ai": "together",
        "fireworks_ai": "fireworks",
        "cohere_chat": "cohere",
        "huggingface": "huggingface",
        "mistral": "mistral",
        "codestral": "mistral",
        "text-completion-codestral": "mistral",
        "bedrock_converse": "bedrock",
        "sagemaker": "bedrock",
        "dashscope": "dashscope",
        "moonshot": "moonshot",
        "lm_studio": "lmstudio",
        "llamafile": "llamacpp",
        "github": "github-models",
        "nvidia_nim": "nvidia",
    }
)

#: LiteLLM's printed messages name the provider it called: "litellm.BadRequestError:
#: Together_aiException - Error code: 400 …", "VertexAIException - …" (its per-provider
#: exception classes, llm_provider capitalised). OpenAIException is left out: LiteLLM raises it
#: for every OpenAI-compatible server too.
_LITELLM_PRINTED: Final = re.compile(r"\b([a-z][a-z0-9_]{1,30}?)exception - ")


def litellm_named_provider(lower: str) -> str | None:
    """The provider a printed LiteLLM error names (its raw name: normalise it), or ``None``."""
    if "exception - " not in lower:
        return None
    for match, _ in zip(_LITELLM_PRINTED.finditer(lower[:4096]), range(4), strict=False):
        name = match.group(1)
        if name not in ("openai", "text_completion_openai", "custom_openai"):
            return _LITELLM_PROVIDERS.get(name, name)
    return None


#: Every library whose exceptions chaterror reads by shape, beyond what the generic reader sees.
WRAPPERS: Final[tuple[Wrapper, ...]] = (
    # LiteLLM re-raises every provider error as one of litellm.exceptions (openai's classes
    # underneath) with a made-up request URL and often a made-up status (500 for a refused
    # connection, 408 for a read timeout, 500 for Gemini's 503), and so do its per-provider
    # classes (OpenAIError 500 for a connection error); the truth is ``provider_status_code``,
    # the implicit __context__, or ``original_exception`` (MidStreamFallbackError).
    Wrapper(
        library="litellm",
        modules=("litellm.llms",),
        status_is_guess=True,
        guess_rank=1,
        plain_classes=frozenset({"MaskedHTTPStatusError"}),
        made_up_attrs=frozenset({"type", "code"}),
    ),
    Wrapper(
        library="litellm",
        modules=("litellm",),
        provider_attrs=("llm_provider",),
        provider_names=_LITELLM_PROVIDERS,
        claimed_status_attrs=("provider_status_code",),
        made_up_status=frozenset({"APIConnectionError", "Timeout", "MidStreamFallbackError"}),
        status_is_guess=True,
        plain_classes=frozenset({"MaskedHTTPStatusError"}),
        made_up_classes=frozenset({"APIConnectionError", "Timeout", "APITimeoutError"}),
        made_up_attrs=frozenset({"type", "code"}),
        text_noise=re.compile(
            r"^(?:\s*(?:litellm\.)?\w*(?:Error|Exception)(?: Error)?\s*(?::|-)\s+)+"
            r"|\s*Original exception: .*$|\s*LiteLLM Retried: .*$"
            r"|\. Handle with `litellm\.\w+`\.",
            re.DOTALL,
        ),
        cause_attrs=("original_exception",),
    ),
    # pydantic-ai: ModelHTTPError(status_code, body), ModelAPIError(provider_error_code …);
    # the SDK's exception is __cause__; FallbackExceptionGroup is an exception group.
    Wrapper(
        library="pydantic-ai",
        modules=("pydantic_ai",),
        code_attrs=("provider_error_code", "provider_error_type"),
        body_attrs=("body",),
    ),
    # instructor: InstructorRetryException after max_retries; the provider's error is the last
    # failed attempt's exception.
    Wrapper(
        library="instructor",
        modules=("instructor",),
        cause_attrs=("failed_attempts[-1].exception",),
    ),
    # mistralai (Speakeasy): SDKError / HTTPValidationError / ResponseValidationError carry the
    # body as text of any shape and the httpx2 response as ``raw_response``.
    Wrapper(
        library="mistralai",
        modules=("mistralai",),
        body_attrs=("body",),
        response_attrs=("raw_response",),
        cause_attrs=("cause",),
    ),
    # google-api-core: GoogleAPICallError(code=HTTP status, grpc_status_code=StatusCode enum,
    # reason=ErrorInfo reason, details=google.rpc details, response=the HTTP or gRPC response).
    Wrapper(
        library="google-api-core",
        modules=("google.api_core",),
        code_attrs=("reason", "grpc_status_code"),
        response_attrs=("response",),
    ),
    # huggingface_hub: HfHubHTTPError(response=httpx2.Response, server_message, request_id).
    Wrapper(
        library="huggingface_hub",
        modules=("huggingface_hub",),
        response_attrs=("response",),
    ),
    # ollama: ResponseError(error, status_code); RequestError(error). The text is in ``error``.
    Wrapper(library="ollama", modules=("ollama",), body_attrs=("error",)),
)

# URLs wrappers hang on exceptions they build themselves: LiteLLM's mock requests, its Vertex
# fallback, its docs links and ``https://{llm_provider}.com/v1/`` for mid-stream fallbacks.
_MADE_UP_URLS: Final = re.compile(
    r"https://(?:api\.openai\.com/v1/?|litellm\.ai/?|docs\.litellm\.ai/docs\S*"
    r"|cloud\.google\.com/vertex-ai/?|[a-z0-9_-]+\.com/v1/)$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Reading:
    """What one wrapper exception says beyond its generic attributes."""

    wrapper: Wrapper
    provider: str | None = None
    claimed_status: int | None = None
    codes: list[str] = field(default_factory=list)
    #: Bodies as found: dicts, JSON text, or text of a shape no reader knows (still scanned).
    bodies: list[Any] = field(default_factory=list)
    responses: list[Any] = field(default_factory=list)
    #: The exception's own status attributes are inventions: drop them.
    made_up_status: bool = False
    #: The exception's text without the wrapper's labels (``None``: read it as it is).
    text: str | None = None


def _attr(obj: object, name: str) -> Any:
    try:
        return getattr(obj, name, None)
    except Exception:  # a hostile or half-initialised property
        return None


def _wrapper_of(exc: BaseException) -> Wrapper | None:
    return per_class(_BY_CLASS, type(exc), _wrapper_of_class)


_T = TypeVar("_T")


def per_class(cache: dict[type, _T], cls: type, compute: Callable[[type], _T]) -> _T:
    """``compute(cls)``, kept per class (bounded: classes made on the fly are forgotten)."""
    try:
        return cache[cls]
    except KeyError:
        pass
    except Exception:  # a metaclass whose __hash__ or __eq__ raises: compute it every time
        return compute(cls)
    if len(cache) >= _MAX_CACHED:
        cache.clear()
    found = cache[cls] = compute(cls)
    return found


def _wrapper_of_class(cls: type) -> Wrapper | None:
    try:
        mro = cls.__mro__[:_MAX_MRO]
    except Exception:  # pragma: no cover - every class has one
        return None
    for base in mro:
        module = str(getattr(base, "__module__", "") or "")
        for wrapper in WRAPPERS:
            if any(module == m or module.startswith(m + ".") for m in wrapper.modules):
                return None if cls.__name__ in wrapper.plain_classes else wrapper
    return None


#: The wrapper row of each exception class met: the answer depends only on the class.
_BY_CLASS: dict[type, Wrapper | None] = {}
_MAX_CACHED: Final = 1024


def class_names(cls: type) -> tuple[str, ...]:
    """The names of ``cls`` and its first bases, most specific first (cached per class)."""
    return per_class(_NAMES, cls, _names_of)


def _names_of(cls: type) -> tuple[str, ...]:
    try:
        mro = cls.__mro__[:_MAX_MRO]
    except Exception:  # pragma: no cover - every class has one
        mro = (cls,)
    return tuple(str(getattr(base, "__name__", "")) for base in mro)


_NAMES: dict[type, tuple[str, ...]] = {}


def _status(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 100 <= value <= 599 else None


def _code(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    name = _attr(value, "name")  # an enum: grpc.StatusCode.RESOURCE_EXHAUSTED
    return name if isinstance(name, str) and name.isupper() else None


def read_wrapper(exc: BaseException) -> Reading | None:
    """Read ``exc`` by its library's row; ``None`` when no known wrapper defined its class."""
    wrapper = _wrapper_of(exc)
    if wrapper is None:
        return None
    reading = Reading(wrapper)
    for name in wrapper.provider_attrs:
        value = _attr(exc, name)
        if isinstance(value, str) and value.strip():
            key = value.strip().lower()
            reading.provider = wrapper.provider_names.get(key, key)
            break
    for name in wrapper.claimed_status_attrs:
        reading.claimed_status = reading.claimed_status or _status(_attr(exc, name))
    reading.made_up_status = bool(wrapper.made_up_status.intersection(class_names(type(exc))))
    for name in wrapper.code_attrs:
        code = _code(_attr(exc, name))
        if code:
            reading.codes.append(code)
    for name in wrapper.body_attrs:
        value = _attr(exc, name)
        if isinstance(value, (dict, list, str, bytes)) and value:
            reading.bodies.append(value)
    if wrapper.text_noise is not None:
        try:
            text = str(exc)
        except Exception:
            text = ""
        reading.text = wrapper.text_noise.sub("", text[:65536])
    for name in wrapper.response_attrs:
        value = _attr(exc, name)
        if value is not None and not isinstance(value, (str, bytes, dict, list)):
            reading.responses.append(value)
    return reading


def wrapper_causes(exc: BaseException) -> list[BaseException]:
    """The real exceptions a wrapper keeps outside ``__cause__``/``__context__``."""
    wrapper = _wrapper_of(exc)
    if wrapper is None:
        return []
    causes = []
    for path in wrapper.cause_attrs[:_MAX_CAUSES]:
        value = _follow(exc, path)
        if isinstance(value, BaseException) and value is not exc:
            causes.append(value)
    return causes


def _follow(obj: object, path: str) -> object:
    """Follow ``failed_attempts[-1].exception``: attribute names, and ``[-1]`` for a list."""
    for part in path.split("."):
        last = part.endswith("[-1]")
        obj = _attr(obj, part.removesuffix("[-1]"))
        if last:
            obj = obj[-1] if isinstance(obj, (list, tuple)) and obj else None
        if obj is None:
            return None
    return obj


def is_made_up_url(url: str) -> bool:
    """True for a URL a wrapper invented (LiteLLM's ``https://api.openai.com/v1`` …)."""
    return bool(_MADE_UP_URLS.match(url.strip()))
