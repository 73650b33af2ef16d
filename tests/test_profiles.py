"""Provider profiles: consistent as data, and right about each provider's documented errors.

The representative cases are built from the providers' own documentation and server sources
(the example bodies and messages gathered under /work/knowledge, one file per provider).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from chaterror import Kind, classify, classify_response, normalize_provider
from chaterror._evidence import Code, Phrase
from chaterror.providers import PROFILES, provider_from_host, provider_number
from chaterror.signals import _GENERIC_CODES


def _declarations(table: str) -> dict[str, set[tuple[str, Code]]]:
    found: dict[str, set[tuple[str, Code]]] = {}
    for pid, profile in PROFILES.items():
        for key, meaning in getattr(profile, table).items():
            found.setdefault(key, set()).add((pid, meaning))
    return found


def test_no_two_profiles_disagree() -> None:
    """No code is declared by two profiles with different meanings (codes are read for every
    provider; business numbers count only for their own, so two may differ)."""
    conflicts = {
        key: sorted(owners)
        for key, owners in _declarations("codes").items()
        if len({meaning for _, meaning in owners}) > 1
    }
    assert conflicts == {}


@pytest.mark.parametrize(
    ("provider", "kind"),
    [
        pytest.param("zhipu", Kind.AUTH, id="zhipu-1002-auth"),
        pytest.param("minimax", Kind.RATE_LIMIT, id="minimax-1002-rate-limit"),
        pytest.param(None, None, id="unknown-provider-nothing"),
    ],
)
def test_business_numbers_are_read_per_provider(provider: str | None, kind: Kind | None) -> None:
    """The same business number means what its provider's profile says, and nothing elsewhere."""
    found = provider_number(provider, "1002")
    assert (found.kind if found else None) is kind


def test_profile_codes_are_provider_owned() -> None:
    """A profile never redeclares a code of the cross-provider generic table."""
    shared = {code for code in _declarations("codes") if code in _GENERIC_CODES}
    assert shared == set()


def test_codes_are_lower_case_and_numbers_numeric() -> None:
    """Codes are stored lower-case and business numbers are digits that are not statuses."""
    for profile in PROFILES.values():
        assert all(code == code.lower() and code.strip() == code for code in profile.codes)
        assert all(n.isdigit() and not 100 <= int(n) <= 599 for n in profile.numbers)


_PHRASES = [
    pytest.param(p, id=f"{pid}:{p.pattern[:40]}")
    for pid, profile in PROFILES.items()
    for p in profile.phrases
]


@pytest.mark.parametrize("entry", _PHRASES)
def test_profile_phrases_compile_and_are_gated(entry: Phrase) -> None:
    """Every profile phrase compiles, and its triggers are lower-case substrings of a match."""
    regex = re.compile((r"\b(?:" if entry.bounded else "(?:") + entry.pattern + ")")
    assert regex.pattern
    assert all(t and t == t.lower() for t in entry.triggers)


@pytest.mark.parametrize(
    "pid", [pytest.param(pid, id=pid) for pid, p in PROFILES.items() if p.words is not None]
)
def test_profile_words_compile(pid: str) -> None:
    """Every profile's name pattern compiles and its triggers are lower-case."""
    words = PROFILES[pid].words
    assert words is not None
    triggers, pattern = words
    assert re.compile(rf"\b(?:{pattern})")
    assert all(t and t == t.lower() for t in triggers.split("|"))


_ALIASES = [
    pytest.param(alias, pid, id=f"{pid}:{alias}")
    for pid, profile in PROFILES.items()
    for alias in (pid, *profile.aliases)
]


@pytest.mark.parametrize(("alias", "pid"), _ALIASES)
def test_every_alias_normalises_to_its_id(alias: str, pid: str) -> None:
    """Each alias (and the id itself), in any case, normalises to its profile's id."""
    assert normalize_provider(alias) == pid
    assert normalize_provider(f" {alias.upper()} ") == pid


_HOSTS = [
    pytest.param(host.replace("*", "us-east-1"), pid, id=f"{pid}:{host}")
    for pid, profile in PROFILES.items()
    for host in profile.hosts
]


@pytest.mark.parametrize(("host", "pid"), _HOSTS)
def test_every_host_finds_its_provider(host: str, pid: str) -> None:
    """Each declared host (a wildcard filled in) is recognised as its own provider, not another's."""
    assert provider_from_host(host) == pid


_PORTS = [
    pytest.param(port, pid, id=f"{pid}:{port}")
    for pid, profile in PROFILES.items()
    for port in profile.ports
]


@pytest.mark.parametrize(("port", "pid"), _PORTS)
def test_every_port_finds_its_provider(port: int, pid: str) -> None:
    """Each declared default port on localhost is recognised as its own provider."""
    assert provider_from_host("127.0.0.1", port) == pid


# ---------------------------------------------------------------------------------------------
# Representative documented errors: (provider, status, body, url, kind).
_URLS = {
    "openai": "https://api.openai.com/v1/chat/completions",
    "azure": "https://myres.openai.azure.com/openai/deployments/gpt/chat/completions",
    "anthropic": "https://api.anthropic.com/v1/messages",
    "google": "https://generativelanguage.googleapis.com/v1beta/models/gemini:generateContent",
    "vertex": "https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/l/models/m",
    "bedrock": "https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse",
    "openrouter": "https://openrouter.ai/api/v1/chat/completions",
    "mistral": "https://api.mistral.ai/v1/chat/completions",
    "groq": "https://api.groq.com/openai/v1/chat/completions",
    "together": "https://api.together.xyz/v1/chat/completions",
    "deepseek": "https://api.deepseek.com/chat/completions",
    "xai": "https://api.x.ai/v1/chat/completions",
    "cohere": "https://api.cohere.com/v2/chat",
    "fireworks": "https://api.fireworks.ai/inference/v1/chat/completions",
    "ollama": "http://127.0.0.1:11434/api/chat",
    "vllm": "http://gpu-box.internal:8000/v1/chat/completions",
    "perplexity": "https://api.perplexity.ai/chat/completions",
    "cerebras": "https://api.cerebras.ai/v1/chat/completions",
    "deepinfra": "https://api.deepinfra.com/v1/openai/chat/completions",
    "sambanova": "https://api.sambanova.ai/v1/chat/completions",
    "nvidia": "https://integrate.api.nvidia.com/v1/chat/completions",
    "huggingface": "https://router.huggingface.co/v1/chat/completions",
    "replicate": "https://api.replicate.com/v1/predictions",
    "dashscope": "https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions",
    "zhipu": "https://open.bigmodel.cn/api/paas/v4/chat/completions",
    "zai": "https://api.z.ai/api/paas/v4/chat/completions",
    "moonshot": "https://api.moonshot.ai/v1/chat/completions",
    "siliconflow": "https://api.siliconflow.cn/v1/chat/completions",
    "github-models": "https://models.github.ai/inference/chat/completions",
    "sglang": "http://127.0.0.1:30000/v1/chat/completions",
    "llamacpp": "http://127.0.0.1:8080/v1/chat/completions",
    "lmstudio": "http://127.0.0.1:1234/v1/chat/completions",
}
# Where the URL is not the provider's own (vLLM and llama.cpp listen on everyone's ports), the
# body's shape names it.
_PROVIDER_OF_URL = {"vertex": "google", "zai": "zhipu"}


def _err(message: str, type_: str | None = None, code: Any = None, **extra: Any) -> dict[str, Any]:
    error: dict[str, Any] = {"message": message}
    if type_ is not None:
        error["type"] = type_
    if code is not None:
        error["code"] = code
    error.update(extra)
    return {"error": error}


def _google(code: int, status: str, message: str, reason: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if reason is not None:
        error["details"] = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": reason,
                "domain": "googleapis.com",
            }
        ]
    return {"error": error}


_RESPONSES = [
    # OpenAI: developers.openai.com/docs/guides/error-codes; openai-python types.
    pytest.param(
        "openai",
        429,
        _err(
            "You exceeded your current quota, please check your plan and billing details.",
            "insufficient_quota",
            "insufficient_quota",
        ),
        Kind.USAGE_LIMIT,
        id="openai-insufficient-quota",
    ),
    pytest.param(
        "openai",
        429,
        _err(
            "Rate limit reached for gpt-4o on tokens per min (TPM)", "tokens", "rate_limit_exceeded"
        ),
        Kind.RATE_LIMIT,
        id="openai-rate-limit",
    ),
    pytest.param(
        "openai",
        400,
        _err("Your prompt was flagged.", "invalid_request_error", "bio_policy"),
        Kind.CONTENT_FILTER,
        id="openai-responses-bio-policy",
    ),
    pytest.param(
        "openai",
        429,
        _err("No API credits remain.", "insufficient_quota", "credit_balance_exhausted"),
        Kind.USAGE_LIMIT,
        id="openai-credit-balance-exhausted",
    ),
    pytest.param(
        "openai",
        403,
        _err("Country, region, or territory not supported", "invalid_request_error"),
        Kind.AUTH,
        id="openai-unsupported-country",
    ),
    pytest.param(
        "openai",
        400,
        _err("Invalid image.", "invalid_request_error", "invalid_image_format"),
        Kind.CONFIG,
        id="openai-invalid-image",
    ),
    # Azure: learn.microsoft.com azure/ai-foundry/openai content-filter and troubleshooting.
    pytest.param(
        "azure",
        400,
        _err(
            "The response was filtered",
            None,
            "content_filter",
            param="prompt",
            status=400,
            innererror={"code": "ResponsibleAIPolicyViolation"},
        ),
        Kind.CONTENT_FILTER,
        id="azure-prompt-filtered",
    ),
    pytest.param(
        "azure",
        404,
        _err("The API deployment for this resource does not exist.", None, "DeploymentNotFound"),
        Kind.CONFIG,
        id="azure-deployment-not-found",
    ),
    pytest.param(
        "azure",
        400,
        _err(
            "The chatCompletion operation does not work with the specified model.",
            None,
            "OperationNotSupported",
        ),
        Kind.CONFIG,
        id="azure-operation-not-supported",
    ),
    pytest.param(
        "azure",
        503,
        _err("The service is temporarily unable to process your request. Please try again later."),
        Kind.OVERLOADED,
        id="azure-temporarily-unable",
    ),
    # Anthropic: docs.claude.com/en/api/errors; anthropic-sdk-python error types.
    pytest.param(
        "anthropic",
        529,
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
        Kind.OVERLOADED,
        id="anthropic-overloaded",
    ),
    pytest.param(
        "anthropic",
        404,
        {
            "type": "error",
            "error": {
                "type": "not_found_error",
                "message": "The requested resource could not be found.",
            },
            "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy",
        },
        Kind.CONFIG,
        id="anthropic-not-found",
    ),
    pytest.param(
        "anthropic",
        402,
        {"type": "error", "error": {"type": "billing_error", "message": "Billing error"}},
        Kind.USAGE_LIMIT,
        id="anthropic-billing",
    ),
    pytest.param(
        "anthropic",
        409,
        {"type": "error", "error": {"type": "conflict_error", "message": "Conflict"}},
        Kind.GENERIC,
        id="anthropic-conflict",
    ),
    # Google: ai.google.dev/gemini-api/docs/troubleshooting; google/rpc error reasons.
    pytest.param(
        "google",
        400,
        _google(
            400,
            "INVALID_ARGUMENT",
            "API key not valid. Please pass a valid API key.",
            "API_KEY_INVALID",
        ),
        Kind.AUTH,
        id="google-api-key-invalid",
    ),
    pytest.param(
        "google",
        403,
        _google(
            403,
            "PERMISSION_DENIED",
            "This API method requires billing to be enabled.",
            "BILLING_DISABLED",
        ),
        Kind.USAGE_LIMIT,
        id="google-billing-disabled",
    ),
    pytest.param(
        "google",
        504,
        _google(
            504,
            "DEADLINE_EXCEEDED",
            "The service is unable to finish processing within the deadline.",
        ),
        Kind.TIMEOUT,
        id="google-deadline",
    ),
    pytest.param(
        "vertex",
        400,
        _google(400, "INVALID_ARGUMENT", "Request exceeds the model's input token limit."),
        Kind.CONTEXT_LENGTH,
        id="vertex-input-token-limit",
    ),
    pytest.param(
        "google",
        403,
        _google(403, "PERMISSION_DENIED", "Your API key doesn't have the required permissions."),
        Kind.AUTH,
        id="google-key-permissions",
    ),
    # Bedrock: botocore bedrock-runtime service-2.json; troubleshooting-api-error-codes.html.
    pytest.param(
        "bedrock",
        429,
        {
            "Error": {
                "Code": "ThrottlingException",
                "Message": "Your request was denied due to exceeding the account quotas for Amazon Bedrock.",
            },
            "ResponseMetadata": {"HTTPStatusCode": 429},
        },
        Kind.RATE_LIMIT,
        id="bedrock-throttling",
    ),
    pytest.param(
        "bedrock",
        400,
        {
            "message": "Your request exceeds the service quota for your account.",
            "__type": "ServiceQuotaExceededException",
        },
        Kind.USAGE_LIMIT,
        id="bedrock-service-quota",
    ),
    pytest.param(
        "bedrock",
        404,
        {
            "message": "Model use case details have not been submitted for this account.",
            "__type": "FTUFormNotFilled",
        },
        Kind.AUTH,
        id="bedrock-use-case-form",
    ),
    pytest.param(
        "bedrock",
        429,
        {
            "message": "The model specified in the request is not ready to serve inference requests.",
            "__type": "ModelNotReadyException",
        },
        Kind.OVERLOADED,
        id="bedrock-model-not-ready",
    ),
    # OpenRouter: OpenRouterTeam/docs api_reference (errors-and-debugging, limits).
    pytest.param(
        "openrouter",
        429,
        _err(
            "Rate limit exceeded",
            None,
            429,
            metadata={"error_type": "rate_limit_exceeded", "provider_code": "rate_limited"},
        ),
        Kind.RATE_LIMIT,
        id="openrouter-rate-limit",
    ),
    pytest.param(
        "openrouter",
        402,
        _err(
            "This request would exceed your available credits given your current in-flight requests. Retry after in-flight requests settle, or add credits.",
            None,
            402,
        ),
        Kind.RATE_LIMIT,
        id="openrouter-in-flight-budget",
    ),
    pytest.param(
        "openrouter",
        503,
        _err(
            "Provider is temporarily overloaded",
            None,
            503,
            metadata={"error_type": "provider_overloaded"},
        ),
        Kind.OVERLOADED,
        id="openrouter-provider-overloaded",
    ),
    pytest.param(
        "openrouter",
        403,
        _err("Request blocked: prompt injection patterns detected", None, 403),
        Kind.CONTENT_FILTER,
        id="openrouter-request-blocked",
    ),
    # Mistral: docs.mistral.ai/resources/error-glossary.
    pytest.param(
        "mistral",
        400,
        {
            "object": "error",
            "message": "Invalid model: mistral-huge",
            "type": "invalid_request_error",
            "param": "model",
            "code": "unknown_model",
        },
        Kind.CONFIG,
        id="mistral-unknown-model",
    ),
    # Groq: console.groq.com/docs (errors, flex processing, structured outputs).
    pytest.param(
        "groq",
        498,
        _err("Flex Tier Capacity Exceeded", "invalid_request_error", "capacity_exceeded"),
        Kind.OVERLOADED,
        id="groq-flex-capacity",
    ),
    pytest.param(
        "groq",
        400,
        _err(
            "Failed to call a function.",
            "invalid_request_error",
            "tool_use_failed",
            failed_generation="{",
        ),
        Kind.CONFIG,
        id="groq-tool-use-failed",
    ),
    # Together: docs.together.ai/docs/error-codes (a 403 that is a context overflow).
    pytest.param(
        "together",
        403,
        _err(
            "Input token count + max_tokens parameter must be less than the context length of 8193"
        ),
        Kind.CONTEXT_LENGTH,
        id="together-403-context",
    ),
    pytest.param(
        "together",
        402,
        _err("You have reached the maximum allowed monthly spending limit."),
        Kind.USAGE_LIMIT,
        id="together-monthly-spend",
    ),
    # DeepSeek: api-docs.deepseek.com/quick_start/error_codes.
    pytest.param(
        "deepseek",
        402,
        _err("Insufficient Balance", "unknown_error"),
        Kind.USAGE_LIMIT,
        id="deepseek-insufficient-balance",
    ),
    pytest.param(
        "deepseek",
        401,
        _err("Authentication Fails, Your api key: ****abcd is invalid", "authentication_error"),
        Kind.AUTH,
        id="deepseek-authentication-fails",
    ),
    # xAI: docs.x.ai/developers/debugging.
    pytest.param(
        "xai",
        429,
        {
            "code": "Some resource has been exhausted",
            "error": "Reduce your request rate or increase your rate limit.",
        },
        Kind.RATE_LIMIT,
        id="xai-rate-limit",
    ),
    # Cohere: docs.cohere.com/reference/errors.
    pytest.param(
        "cohere",
        400,
        {
            "message": "too many tokens: total number of tokens in the prompt cannot exceed 4081 - received 4250"
        },
        Kind.CONTEXT_LENGTH,
        id="cohere-too-many-tokens",
    ),
    pytest.param(
        "cohere",
        429,
        {"message": "You are past the per minute request limit, please wait and try again later."},
        Kind.RATE_LIMIT,
        id="cohere-per-minute",
    ),
    # Fireworks: docs.fireworks.ai/guides/inference-error-codes.
    pytest.param(
        "fireworks",
        402,
        _err("Account exceeded usage limits"),
        Kind.USAGE_LIMIT,
        id="fireworks-usage-limits",
    ),
    # Ollama: github.com/ollama/ollama server/sched.go, server/routes.go.
    pytest.param(
        "ollama",
        503,
        {"error": "server busy, please try again.  maximum pending requests exceeded"},
        Kind.OVERLOADED,
        id="ollama-queue-full",
    ),
    pytest.param(
        "ollama",
        404,
        {"error": "model 'llama9' not found, try pulling it first"},
        Kind.CONFIG,
        id="ollama-pull-first",
    ),
    pytest.param(
        "ollama",
        400,
        {"error": "the input length exceeds the context length"},
        Kind.CONTEXT_LENGTH,
        id="ollama-context",
    ),
    # vLLM: vllm/exceptions.py, entrypoints/serve/exception_handling/error_response.py.
    pytest.param(
        "vllm",
        404,
        {
            "error": {
                "message": "The model `gpt-4` does not exist. Valid aliases: my-model.",
                "type": "NotFoundError",
                "param": "model",
                "code": 404,
                "object": "error",
            }
        },
        Kind.CONFIG,
        id="vllm-model-does-not-exist",
    ),
    pytest.param(
        "vllm",
        503,
        {
            "error": {
                "message": "The engine is currently busy and cannot accept new requests. Please try again later or on a different instance.",
                "type": "ServiceUnavailableError",
                "param": None,
                "code": 503,
                "object": "error",
            }
        },
        Kind.OVERLOADED,
        id="vllm-engine-busy",
    ),
    pytest.param(
        "vllm",
        400,
        {
            "error": {
                "message": "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens. Please reduce the length of the input prompt.",
                "type": "BadRequestError",
                "param": None,
                "code": 400,
                "object": "error",
            }
        },
        Kind.CONTEXT_LENGTH,
        id="vllm-context",
    ),
    # SambaNova: docs.sambanova.ai api-error-codes.
    pytest.param(
        "sambanova",
        400,
        _err(
            "Decimal above maximum value. Expected a value between 0 and 1, but got 100 instead.",
            "invalid_request_error",
            "decimal_above_max_value",
            param="top_p",
        ),
        Kind.CONFIG,
        id="sambanova-decimal-above-max",
    ),
    # NVIDIA: langchain-nvidia-ai-endpoints _common.py.
    pytest.param(
        "nvidia",
        401,
        {
            "title": "Unauthorized",
            "status": 401,
            "detail": "Authentication failed. Please check or regenerate your API key.",
        },
        Kind.AUTH,
        id="nvidia-regenerate-key",
    ),
    # Hugging Face: text-generation-inference router/src/infer/mod.rs.
    pytest.param(
        "huggingface",
        429,
        {"error": "Model is overloaded", "error_type": "overloaded"},
        Kind.OVERLOADED,
        id="huggingface-tgi-overloaded",
    ),
    pytest.param(
        "huggingface",
        422,
        {"error": "Template error: unknown filter", "error_type": "template_error"},
        Kind.CONFIG,
        id="huggingface-tgi-template",
    ),
    # Replicate: replicate.com/docs/topics/predictions/rate-limits.
    pytest.param(
        "replicate",
        429,
        {"detail": "Request was throttled. Your rate limit resets in ~30s."},
        Kind.RATE_LIMIT,
        id="replicate-throttled",
    ),
    # DashScope: alibabacloud.com/help/en/model-studio/error-code.
    pytest.param(
        "dashscope",
        400,
        {
            "code": "Arrearage",
            "param": None,
            "message": "Access denied, please make sure your account is in good standing.",
            "type": "Arrearage",
        },
        Kind.USAGE_LIMIT,
        id="dashscope-arrearage",
    ),
    pytest.param(
        "dashscope",
        400,
        _err(
            "Input data may contain inappropriate content.",
            "data_inspection_failed",
            "data_inspection_failed",
        ),
        Kind.CONTENT_FILTER,
        id="dashscope-data-inspection",
    ),
    pytest.param(
        "dashscope",
        401,
        {"code": "InvalidApiKey", "message": "Invalid API-key provided.", "request_id": "x"},
        Kind.AUTH,
        id="dashscope-invalid-api-key",
    ),
    pytest.param(
        "dashscope",
        429,
        {
            "code": "Throttling.RateQuota",
            "message": "Requests rate limit exceeded, please try again later.",
        },
        Kind.RATE_LIMIT,
        id="dashscope-rate-quota",
    ),
    # Zhipu: docs.bigmodel.cn/cn/api/api-code.
    pytest.param(
        "zhipu",
        429,
        _err("您的账户已欠费，请充值后重试。", None, "1113"),
        Kind.USAGE_LIMIT,
        id="zhipu-1113-arrears",
    ),
    pytest.param(
        "zhipu",
        429,
        _err("该模型当前访问量过大，请您稍后再试", None, "1305"),
        Kind.OVERLOADED,
        id="zhipu-1305-overload",
    ),
    pytest.param(
        "zai",
        429,
        _err(
            "High concurrency usage of this API, please reduce concurrency or contact customer service to increase limits",
            None,
            "1302",
        ),
        Kind.RATE_LIMIT,
        id="zai-1302-concurrency",
    ),
    pytest.param(
        "zhipu",
        400,
        _err("Prompt 超长", None, "1261"),
        Kind.CONTEXT_LENGTH,
        id="zhipu-1261-prompt-too-long",
    ),
    pytest.param(
        "zhipu",
        400,
        _err(
            "系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。",
            None,
            "1301",
        ),
        Kind.CONTENT_FILTER,
        id="zhipu-1301-sensitive",
    ),
    # Moonshot: platform.kimi.ai/docs/api/errors.
    pytest.param(
        "moonshot",
        400,
        {
            "error": {
                "type": "content_filter",
                "message": "The request was rejected because it was considered high risk",
            }
        },
        Kind.CONTENT_FILTER,
        id="moonshot-high-risk",
    ),
    pytest.param(
        "moonshot",
        429,
        _err(
            "Your account org-1 <ak-1> is suspended, please check your plan and billing details",
            "exceeded_current_quota_error",
        ),
        Kind.USAGE_LIMIT,
        id="moonshot-exceeded-quota",
    ),
    pytest.param(
        "moonshot",
        429,
        _err(
            "The engine is currently overloaded, please try again later", "engine_overloaded_error"
        ),
        Kind.OVERLOADED,
        id="moonshot-engine-overloaded",
    ),
    pytest.param(
        "moonshot",
        400,
        _err(
            "Invalid request: Your request exceeded model token limit : 8192",
            "invalid_request_error",
        ),
        Kind.CONTEXT_LENGTH,
        id="moonshot-token-limit",
    ),
    # SiliconFlow: docs.siliconflow.cn/cn/faqs/error-code.
    pytest.param(
        "siliconflow",
        400,
        {
            "code": 20012,
            "message": "Model does not exist. Please check it carefully.",
            "data": None,
        },
        Kind.CONFIG,
        id="siliconflow-20012",
    ),
    # SGLang: sglang/srt/managers/scheduler.py, tokenizer_manager.py.
    pytest.param(
        "sglang",
        503,
        {
            "error": {
                "object": "error",
                "message": "The request queue is full.",
                "type": "SERVICE_UNAVAILABLE",
                "param": None,
                "code": 503,
            }
        },
        Kind.OVERLOADED,
        id="sglang-queue-full",
    ),
    pytest.param(
        "sglang",
        400,
        {
            "object": "error",
            "message": "The input (5000 tokens) is longer than the model's context length (4096 tokens).",
            "type": "BadRequest",
            "param": None,
            "code": 400,
        },
        Kind.CONTEXT_LENGTH,
        id="sglang-context",
    ),
    # llama.cpp: tools/server (error types and messages).
    pytest.param(
        "llamacpp",
        503,
        {"error": {"message": "Loading model", "type": "unavailable_error", "code": 503}},
        Kind.OVERLOADED,
        id="llamacpp-loading-model",
    ),
    pytest.param(
        "llamacpp",
        400,
        {
            "error": {
                "code": 400,
                "message": "request (5000 tokens) exceeds the available context size (4096 tokens), try increasing it",
                "type": "exceed_context_size_error",
                "n_prompt_tokens": 5000,
                "n_ctx": 4096,
            }
        },
        Kind.CONTEXT_LENGTH,
        id="llamacpp-exceed-context",
    ),
    # LM Studio: lmstudio-ai/docs streaming-events.md.
    pytest.param(
        "lmstudio",
        400,
        {
            "type": "error",
            "error": {
                "type": "invalid_request",
                "message": '"model" is required',
                "code": "missing_required_parameter",
                "param": "model",
            },
        },
        Kind.CONFIG,
        id="lmstudio-missing-parameter",
    ),
]


@pytest.mark.parametrize(("where", "status", "body", "kind"), _RESPONSES)
def test_documented_errors_classify_as_documented(
    where: str, status: int, body: object, kind: Kind
) -> None:
    """A provider's documented error, sent to its host, gets the kind the provider documents."""
    found = classify_response(status, body, url=_URLS[where])
    assert found.kind is kind
    if where not in ("vllm", "llamacpp"):
        assert found.provider == _PROVIDER_OF_URL.get(where, where)


_TEXTS = [
    pytest.param(
        "The model llama9 is no longer compatible with your version of Ollama.",
        Kind.CONFIG,
        id="ollama-incompatible-version",
    ),
    pytest.param(
        "Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000",
        Kind.RATE_LIMIT,
        id="openai-tokens-per-min",
    ),
    # SDK and server wordings without a body.
    pytest.param(
        'Could not connect to the endpoint URL: "https://bedrock-runtime.us-east-1.amazonaws.com/"',
        Kind.TIMEOUT,
        id="botocore-could-not-connect",
    ),
    pytest.param(
        "Failed to connect to Ollama. Please check that Ollama is downloaded, running and accessible.",
        Kind.TIMEOUT,
        id="ollama-sdk-connect",
    ),
    pytest.param(
        "code = Internal desc = There was a server error trying to handle an exception",
        Kind.USAGE_LIMIT,
        id="nvidia-grpc-out-of-credit",
    ),
    pytest.param("failed to establish link to worker", Kind.OVERLOADED, id="nvidia-no-worker"),
    pytest.param(
        "Retracted under decode memory pressure without a KV backup. Retry later.",
        Kind.OVERLOADED,
        id="sglang-retracted",
    ),
    pytest.param(
        "The engine has reached its prefill token backlog limit.",
        Kind.OVERLOADED,
        id="vllm-prefill-backlog",
    ),
    pytest.param("E1001: Model Out of Memory", Kind.CONTEXT_LENGTH, id="replicate-e1001"),
    pytest.param("服务器繁忙，请稍后重试", Kind.OVERLOADED, id="deepseek-server-busy-zh"),
    pytest.param(
        "您当前使用该 API 的并发数过高，请降低并发", Kind.RATE_LIMIT, id="zhipu-concurrency-zh"
    ),
    pytest.param(
        "Kimi For Coding is currently only available for Coding Agents",
        Kind.AUTH,
        id="kimi-code-agents-only",
    ),
    pytest.param(
        'Cannot find a model with identifier "qwen3"', Kind.CONFIG, id="lmstudio-identifier"
    ),
    pytest.param("context shift is disabled", Kind.CONTEXT_LENGTH, id="llamacpp-context-shift"),
    pytest.param(
        "You must be a member of an organization to use the API.",
        Kind.AUTH,
        id="openai-organization",
    ),
    pytest.param("Provider disconnected mid-stream", Kind.TIMEOUT, id="openrouter-disconnected"),
]


@pytest.mark.parametrize(("text", "kind"), _TEXTS)
def test_documented_wordings_classify_as_documented(text: str, kind: Kind) -> None:
    """A provider's documented wording alone gets the kind the provider documents."""
    assert classify(text).kind is kind


def test_zhipu_inside_an_anthropic_envelope_is_zhipu() -> None:
    """The GLM Coding Plan's Anthropic-compatible errors keep Zhipu's bracketed business code:
    the provider and its code are Zhipu's, not Anthropic's."""
    from chaterror import classify

    body = (
        '{"type":"error","error":{"type":"invalid_request_error","code":"1211",'
        '"message":"[1211][模型不存在，请检查模型代码。][20260723]"}}'
    )
    err = classify(f"status 400: {body}")
    assert (err.provider, err.code, err.kind.value) == ("zhipu", "1211", "config")
