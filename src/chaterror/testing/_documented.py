"""Pairs the corpus has only as words, built with what the provider documents around them.

Five tables, each entry naming the corpus case it stands for and the primary source it relies
on (the provider's docs, API spec, SDK or server source; see /work/knowledge in the project):

- :data:`TIMEOUTS`: a call to the provider that times out or loses its connection. No response
  exists, so nothing is replayed: the SDK (or httpx) the provider is reached with raises its own
  timeout or connection error for a request to the provider's documented endpoint, built by
  :func:`chaterror.testing.transport_error`.
- :data:`FROM_DOCS`: the exact words the user saw (the case's message, or the whole body where
  the case shows it), sent in the error envelope and with the HTTP status the provider documents
  for that failure (or that the case itself records). Nothing else is added: an envelope field
  the case does not show and the source does not fix for this failure is left out.
- :data:`UNSENT`: a call the SDK refuses before sending (no API key set): its own exception
  class with its own words, which the case shows. No server is involved.
- :data:`CHANNELS`: a failure the server reports over the SDK's own channel rather than HTTP
  (LM Studio's websocket API): the message the server sends, handed to the SDK's own handler for
  that channel, which raises what the app holds.
- :data:`FIRST_CHUNKS`: a stream that opened but sent no first token before the app's own
  deadline. The provider sent nothing to replay: what the app holds is
  :class:`chaterror.FirstChunkTimeout`, raised by :func:`chaterror.guard_first_chunk` around the
  SDK's (or httpx's) real stream from the provider's endpoint, whose body never arrives.

:data:`NEEDS_HINT` marks the pairs whose exception names no provider: a self-hosted server's
default address is no provider's, so they classify as ``openai-compat`` (a gateway's, such as a
LiteLLM proxy's, as no provider) unless the app passes the provider it called
(``classify(exc, provider="vllm")``), as it can: it chose the server.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NamedTuple


class Timeout(NamedTuple):
    """A provider call whose connection fails: ``library`` raises ``failure`` for ``url``."""

    case: str
    library: str
    failure: str
    url: str
    source: str


class FirstChunk(NamedTuple):
    """A stream from ``url`` over ``library`` that opens but never sends its first chunk."""

    case: str
    library: str
    url: str
    source: str


class Unsent(NamedTuple):
    """A call the SDK refuses before sending anything: ``library``'s ``exception`` with the
    SDK's own ``message`` (no server ever answered)."""

    case: str
    library: str
    exception: str
    message: str
    source: str


class Channel(NamedTuple):
    """A failure ``library``'s SDK receives as ``message`` on its own (websocket) channel."""

    case: str
    library: str
    message: dict[str, Any]
    source: str


class Documented(NamedTuple):
    """A response rebuilt from a case's words: ``input`` is a corpus-style ``http``, ``stream``
    or ``sdk`` input; ``source`` documents its status and envelope."""

    case: str
    input: dict[str, Any]
    source: str


def _http(status: int, body: Any, url: str | None = None) -> dict[str, Any]:
    """An HTTP reply: JSON ``body`` (an empty body when ``None``)."""
    return {
        "type": "http",
        "status": status,
        "headers": {"content-type": "application/json"} if body is not None else {},
        "body": json.dumps(body, ensure_ascii=False) if body is not None else "",
        **({"url": url} if url else {}),
    }


_PREDICTION = (
    "https://replicate.com/docs/reference/http (POST /v1/models/{owner}/{name}/predictions with "
    "Prefer: wait answers 201 with the prediction; a failed one has status 'failed' and its "
    "error); replicate-python 1.0.7 replicate/run.py (status 'failed' -> ModelError(prediction))"
)


def _prediction(model: str, error: str, *, logs: str = "") -> dict[str, Any]:
    """A failed Replicate prediction, as the create-prediction call returns it (201)."""
    url = f"https://api.replicate.com/v1/predictions/{_PREDICTION_ID}"
    return {
        "type": "http",
        "status": 201,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(
            {
                "id": _PREDICTION_ID,
                "model": model,
                "version": "hidden",
                "input": {"prompt": "hi"},
                "logs": logs,
                "output": None,
                "data_removed": False,
                "error": error,
                "status": "failed",
                "created_at": "2026-01-01T00:00:00.000Z",
                "urls": {"cancel": f"{url}/cancel", "get": url},
            }
        ),
        "url": f"https://api.replicate.com/v1/models/{model}/predictions",
    }


_PREDICTION_ID = "gm3qorzdhgbfurvjtvhg6dckhu"

#: The endpoints the timeouts are sent to (each provider's documented base URL and path).
_ANTHROPIC = "https://api.anthropic.com/v1/messages"
#: Where ``openai-compat`` (an OpenAI-compatible server at a host chaterror does not know) is
#: reached by default: a self-hosted server on this machine. ``provider_error(..., url=...)``
#: points the request at your own server's address instead.
COMPAT_URL = "http://localhost:8000/v1/chat/completions"
#: Where ``sglang`` is reached: its server's default port (sglang 0.5.23
#: sglang/srt/arg_groups/fields/serving.py:66, port 30000).
SGLANG_URL = "http://localhost:30000/v1/chat/completions"
_SGLANG = SGLANG_URL
_VLLM = "http://localhost:8000/v1/chat/completions"
_OPENAI_SDK = (
    "openai-python 3.57.0 openai/_base_client.py (httpx.TimeoutException -> APITimeoutError)"
)

#: Provider x kind -> the connection failure it is built as. The case names the corpus failure
#: the pair stands for; its text is not used (a timeout has no response to replay).
TIMEOUTS: Mapping[tuple[str, str], Timeout] = {
    ("anthropic", "timeout"): Timeout(
        "anthropic-text-model-stream-timed-out-before-first-token",
        "anthropic",
        "read_timeout",
        _ANTHROPIC,
        "anthropic-sdk-python src/anthropic/_base_client.py (httpx.TimeoutException -> "
        "APITimeoutError); endpoint: https://docs.anthropic.com/en/api/messages",
    ),
    ("deepseek", "timeout"): Timeout(
        "deepseek-text-turn-timed-out-600s-no-token",
        "openai",
        "read_timeout",
        "https://api.deepseek.com/v1/chat/completions",
        f"{_OPENAI_SDK}; endpoint: https://api-docs.deepseek.com/ (base_url, OpenAI SDK)",
    ),
    ("groq", "timeout"): Timeout(
        "groq-text-httpx-remoteprotocolerror-peer-closed",
        "openai",
        "remote_protocol_error",
        "https://api.groq.com/openai/v1/chat/completions",
        "openai-python 3.57.0 openai/_base_client.py (httpx transport error -> "
        "APIConnectionError); endpoint: https://console.groq.com/docs/openai",
    ),
    ("huggingface", "timeout"): Timeout(
        "huggingface-text-503-service-unavailable-log",
        "openai",
        "read_timeout",
        "https://router.huggingface.co/v1/chat/completions",
        f"{_OPENAI_SDK}; endpoint: https://huggingface.co/docs/inference-providers "
        "(OpenAI-compatible router base_url)",
    ),
    ("lmstudio", "timeout"): Timeout(
        "lmstudio-text-fetch-failed-anythingllm",
        "openai",
        "connect_error",
        "http://localhost:1234/v1/chat/completions",
        "openai-python 3.57.0 openai/_base_client.py (httpx.ConnectError -> "
        "APIConnectionError); endpoint: LM Studio docs, OpenAI compatibility (port 1234)",
    ),
    ("llamacpp", "timeout"): Timeout(
        "llamacpp-text-paddler-504-downstream-timed-out",
        "openai",
        "read_timeout",
        "http://localhost:8080/v1/chat/completions",
        f"{_OPENAI_SDK}; endpoint: github.com/ggml-org/llama.cpp common/common.h:622 (port "
        "8080), the OpenAI-compatible /v1/chat/completions of tools/server/README.md",
    ),
    ("nvidia", "timeout"): Timeout(
        "nvidia-text-incomplete-chunked-read-request-id",
        "openai",
        "remote_protocol_error",
        "https://integrate.api.nvidia.com/v1/chat/completions",
        "openai-python 3.57.0 openai/_base_client.py (httpx transport error -> "
        "APIConnectionError); endpoint: https://docs.api.nvidia.com/nim/reference (base URL "
        "https://integrate.api.nvidia.com/v1, OpenAI-compatible)",
    ),
    ("dashscope", "timeout"): Timeout(
        "qwen-code-streaming-setup-timeout-483s",
        "openai",
        "read_timeout",
        "https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions",
        f"{_OPENAI_SDK}; endpoint: help.aliyun.com/zh/model-studio/compatibility-of-openai-with-"
        "dashscope (OpenAI-compatible mode, openai SDK with base_url …/compatible-mode/v1), as "
        "qwen-code calls it",
    ),
    ("moonshot", "timeout"): Timeout(
        "moonshot-text-pawwork-stream-connect-timeout-30000",
        "openai",
        "read_timeout",
        "https://api.moonshot.ai/v1/chat/completions",
        f"{_OPENAI_SDK}; endpoint: https://platform.kimi.ai/docs (OpenAI-compatible, openai SDK "
        "with base_url https://api.moonshot.ai/v1)",
    ),
    ("ollama", "timeout"): Timeout(
        "ollama-text-httpx-connecterror-errno-111",
        "httpx",
        "connect_error",
        "http://localhost:11434/api/chat",
        "ollama-python (an httpx client); endpoint: "
        "github.com/ollama/ollama:docs/api.md (POST /api/chat, port 11434)",
    ),
    ("openai-compat", "timeout"): Timeout(
        "openai-compat-text-llamaindex-incomplete-chunked-read",
        "openai",
        "remote_protocol_error",
        COMPAT_URL,
        "openai-python 3.57.0 openai/_base_client.py (httpx transport error -> "
        "APIConnectionError): the SDK an OpenAI-compatible server is reached with",
    ),
    ("replicate", "timeout"): Timeout(
        "replicate-text-container-boot-600s",
        "httpx",
        "read_timeout",
        "https://api.replicate.com/v1/predictions",
        "replicate-python (an httpx client); endpoint: "
        "https://replicate.com/docs/reference/http (POST /v1/predictions)",
    ),
    ("siliconflow", "timeout"): Timeout(
        "r19c-springai-siliconflow-blocking-read",
        "openai",
        "read_timeout",
        "https://api.siliconflow.cn/v1/chat/completions",
        f"{_OPENAI_SDK}; endpoint: https://docs.siliconflow.cn (OpenAI-compatible, base_url "
        "https://api.siliconflow.cn/v1)",
    ),
    ("zed", "timeout"): Timeout(
        "r18b-zed-cloud-dns-error",
        "httpx",
        "connect_error",
        "https://cloud.zed.dev/completions",
        "an httpx client to Zed's hosted models; endpoint: cloud.zed.dev/completions (the host in "
        "zed-industries/zed#51135's error)",
    ),
    ("vllm", "timeout"): Timeout(
        "vllm-aibrix-envoy-delayed-connect-error-connection-refused",
        "openai",
        "connect_error",
        _VLLM,
        "openai-python 3.57.0 openai/_base_client.py (httpx.ConnectError -> "
        "APIConnectionError); endpoint: vllm 0.33.0 vllm/entrypoints/cli/openai.py:141 "
        "(default base url http://localhost:8000/v1)",
    ),
    ("sglang", "timeout"): Timeout(
        "opencode-sglang-bun-socket-closed-unexpectedly",
        "openai",
        "remote_protocol_error",
        SGLANG_URL,
        "openai-python 3.57.0 openai/_base_client.py (httpx transport error -> "
        "APIConnectionError); endpoint: sglang 0.5.23 sglang/srt/arg_groups/fields/serving.py:66 "
        "(port 30000), its OpenAI-compatible /v1/chat/completions",
    ),
    ("xai", "timeout"): Timeout(
        "xai-text-laravel-curl28-timeout",
        "openai",
        "read_timeout",
        "https://api.x.ai/v1/chat/completions",
        f"{_OPENAI_SDK}; endpoint: https://docs.x.ai/docs/api-reference (base URL "
        "https://api.x.ai/v1, the openai SDK)",
    ),
    ("zhipu", "timeout"): Timeout(
        "zhipu-text-nanobot-zai-connection-error",
        "openai",
        "connect_error",
        "https://api.z.ai/api/paas/v4/chat/completions",
        "openai-python 3.57.0 openai/_base_client.py (httpx.ConnectError -> "
        "APIConnectionError; openai/_exceptions.py:107 'Connection error.', the case's words); "
        "endpoint: zai-sdk 0.2.3 "
        "zai/_client.py:250 (https://api.z.ai/api/paas/v4)",
    ),
}

#: Provider x kind -> the silent stream its first-token deadline is built from. The case's own
#: deadline was its app's (or, for Ollama, its hosting platform's); the build is the one an app
#: holds when chaterror's guard keeps that deadline.
FIRST_CHUNKS: Mapping[tuple[str, str], FirstChunk] = {
    ("anthropic", "startup_timeout"): FirstChunk(
        "anthropic-text-stream-timed-out-waiting-first-event",
        "anthropic",
        _ANTHROPIC,
        "chaterror.guard_first_chunk (CONTRACT section 7) around anthropic-sdk-python 2.15.0's "
        "AsyncStream (anthropic/_streaming.py); endpoint: "
        "https://docs.anthropic.com/en/api/messages (POST /v1/messages, stream: true)",
    ),
    ("google", "startup_timeout"): FirstChunk(
        "google-text-stream-first-byte-timeout",
        "httpx-sse",
        "https://cloudcode-pa.googleapis.com/v1internal:streamGenerateContent?alt=sse",
        "chaterror.guard_first_chunk (CONTRACT section 7) around an httpx SSE stream; endpoint: "
        "google-gemini/gemini-cli packages/core/src/code_assist/server.ts (CODE_ASSIST_ENDPOINT "
        "https://cloudcode-pa.googleapis.com, CODE_ASSIST_API_VERSION v1internal, "
        "streamGenerateContent with alt=sse), the endpoint the case's gateway streamed from",
    ),
    ("llamacpp", "startup_timeout"): FirstChunk(
        "llamacpp-text-omp-first-event-timeout",
        "openai",
        "http://localhost:8080/v1/chat/completions",
        "chaterror.guard_first_chunk (CONTRACT section 7) around openai-python 3.57.0's "
        "AsyncStream; endpoint: github.com/ggml-org/llama.cpp common/common.h:622 (port 8080)",
    ),
    ("deepseek", "startup_timeout"): FirstChunk(
        "omp-deepseek-completions-stream-timed-out-first-event",
        "openai",
        "https://api.deepseek.com/chat/completions",
        "chaterror.guard_first_chunk (CONTRACT section 7) around openai-python 3.57.0's Stream "
        "(the case's client streams DeepSeek's OpenAI-compatible completions API, "
        "api-docs.deepseek.com)",
    ),
    ("zhipu", "startup_timeout"): FirstChunk(
        "intenserp-glm-timed-out-waiting-intercepted-first-chunk",
        "openai",
        "https://open.bigmodel.cn/api/paas/v4/chat/completions",
        "chaterror.guard_first_chunk (CONTRACT section 7) around openai-python 3.57.0's Stream "
        "(GLM's OpenAI-compatible chat API, docs.bigmodel.cn/cn/guide/develop/openai/introduction)",
    ),
    ("openai-compat", "startup_timeout"): FirstChunk(
        "openai-compat-text-completions-stream-timed-out-first-event",
        "openai",
        COMPAT_URL,
        "chaterror.guard_first_chunk (CONTRACT section 7) around openai-python 3.57.0's "
        "AsyncStream (the case's client streams OpenAI's completions API from a compatible host)",
    ),
}

#: Provider x kind -> the refusal the SDK raises before any request (the case's own words, which
#: are the SDK's). Nothing reaches the server, so the loopback server has nothing to send.
UNSENT: Mapping[tuple[str, str], Unsent] = {
    ("lmstudio", "auth"): Unsent(
        "lmstudio-text-openai-sdk-api-key-must-be-set",
        "openai",
        "OpenAIError",
        "The api_key client option must be set either by passing api_key to the client or by "
        "setting the OPENAI_API_KEY environment variable",
        "openai-python 1.x openai/_client.py (OpenAI.__init__ raises OpenAIError with these "
        "words when api_key is None and OPENAI_API_KEY is unset; 3.x words it 'Missing "
        "credentials. Please pass an `api_key` ...', openai/lib/_client_auth.py); LM Studio is "
        "reached with the openai SDK at http://localhost:1234/v1 and needs no real key, so an "
        "app that sets none meets this",
    ),
}

CHANNELS: Mapping[tuple[str, str], Channel] = {
    ("lmstudio", "generic"): Channel(
        "lmstudio-received-prediction-error",
        "lmstudio",
        # The server's Error("received prediction-error") (the case's log line), serialised as
        # lmstudio.js serializeError does (packages/lms-shared-types: title = error.title ??
        # error.message) into the prediction channel's error message.
        {"type": "error", "error": {"title": "received prediction-error"}},
        "pypi lmstudio 1.5.0 lmstudio/json_api.py (PredictionEndpoint.iter_message_events: a "
        "channel message {'type': 'error', 'error': {...}} raises LMStudioPredictionError("
        "'Prediction error', error)); lmstudio.js packages/lms-shared-types serializeError "
        "(title from the Error's message); the case's server log line names the Error",
    ),
}

#: Pairs whose exception names no provider, and why: their proof passes the provider the app
#: called as ``classify``'s hint. Every other pair classifies as its provider with no hint.
NEEDS_HINT: Mapping[tuple[str, str], str] = {
    ("bedrock", "content_filter"): "the refusal comes from a LiteLLM proxy on localhost:4010, "
    "whose address and OpenAI-style body name no provider; the app knows it routed to Bedrock",
    ("llamacpp", "auth"): "llama-server's 401 is in OpenAI's envelope, and its default "
    "localhost:8080 names no provider",
    ("lmstudio", "auth"): "the SDK refuses before sending, so the exception carries no address "
    "at all",
    ("llamacpp", "timeout"): "a timeout carries only its URL, and llama.cpp's default "
    "localhost:8080 names no provider",
    ("llamacpp", "config"): "the 404 body is FastAPI's bare detail, and llama.cpp's default "
    "localhost:8080 names no provider",
    ("llamacpp", "generic"): "llama-server's 500 is in OpenAI's envelope, and its default "
    "localhost:8080 names no provider",
    ("novita", "config"): "claude-code-router's failure names only its own provider slot, and "
    "Novita's 400 inside it carries no host",
    ("vllm", "generic"): "vLLM's in-stream error names no provider, and its default "
    "localhost:8000 names none either",
    ("vllm", "auth"): "vLLM's 401 body is a bare Unauthorized, and its default localhost:8000 "
    "names no provider",
    ("vllm", "timeout"): "a connection error carries only its URL, and vLLM's default "
    "localhost:8000 names no provider",
}

_AZURE_ERRORS = (
    "https://learn.microsoft.com/azure/foundry/openai/how-to/troubleshoot-errors#error-reference"
)
_DATABRICKS = (
    "databricks/databricks-sdk-py databricks/sdk/errors/platform.py (STATUS_CODE_MAPPING, "
    'ERROR_CODE_MAPPING); envelope {"error_code", "message"} (docs.databricks.com REST API '
    "errors)"
)
_FIREWORKS = "https://docs.fireworks.ai/guides/inference-error-codes"
_GITHUB_429 = (
    "github/docs:content/github-models/use-github-models/prototyping-with-ai-models.md "
    "(rate limits: 429)"
)
_HF_API = "https://api-inference.huggingface.co/models"
_MOONSHOT = "https://platform.kimi.ai/docs/api/errors"
_OPENAI_ENVELOPE = "envelope: openai-python 3.57.0 openai/_exceptions.py:69-76 (body['error'])"
_MISTRAL = "https://docs.mistral.ai/resources/error-glossary#error-response-format"
_OPENROUTER = "OpenRouterTeam/docs:api_reference/errors-and-debugging.mdx (error shape, codes)"
_DASHSCOPE_400 = (
    "https://alibabacloud.com/help/en/model-studio/developer-reference/error-code (400 "
    "InvalidParameter); envelope: https://help.aliyun.com/en/model-studio/error-code "
    '(compatible mode: {"error": {code, param, message, type}}); status and message as the '
    "case shows them"
)
_TOGETHER = "https://docs.together.ai/docs/error-codes"
_XAI = "https://docs.x.ai/developers/debugging (Status Codes)"
_ZHIPU = "https://docs.bigmodel.cn/cn/api/api-code; https://docs.z.ai/api-reference/api-code"

#: Provider x kind -> the response rebuilt from the named case's words, with its source.
FROM_DOCS: Mapping[tuple[str, str], Documented] = {
    ("azure", "config"): Documented(
        "azure-text-deployment-not-found-json",
        _http(
            404,
            {
                "error": {
                    "code": "DeploymentNotFound",
                    "message": "The API deployment for this resource does not exist. If you "
                    "created the deployment within the last 5 minutes, please wait a moment "
                    "and try again.",
                }
            },
        ),
        f"{_AZURE_ERRORS} (404 row: DeploymentNotFound); the body is the case's own",
    ),
    ("azure", "context_length"): Documented(
        "azure-litellm-badrequest-input-tokens-exceed-unmapped",
        _http(
            400,
            {
                "error": {
                    "message": "Input tokens exceed the configured limit of 272000 tokens. Your "
                    "messages resulted in 509178 tokens. Please reduce the length of the "
                    "messages."
                }
            },
        ),
        f"{_AZURE_ERRORS} (400 row: context length exceeded); envelope: Azure/azure-rest-api-"
        "specs AzureOpenAI/inference/stable/2024-10-21/inference.json (errorResponse)",
    ),
    ("bedrock", "generic"): Documented(
        "bedrock-text-internal-server-max-retries",
        {
            "type": "sdk",
            "operation": "Converse",
            "status": 500,
            "error_code": "InternalServerException",
            "message": "The system encountered an unexpected error during processing. Try your "
            "request again.",
        },
        "botocore 1.44.8 data/bedrock-runtime/2023-09-30/service-2.json "
        "(shapes.InternalServerException, httpStatusCode 500)",
    ),
    ("cerebras", "auth"): Documented(
        "cerebras-text-rdt1c-403-cloudflare-blocked",
        {
            "type": "http",
            "status": 403,
            "headers": {"content-type": "text/html; charset=UTF-8"},
            "body": "Please enable cookies.\nSorry, you have been blocked\n\nYou are unable to "
            "access cerebras-sandbox.net",
        },
        "status 403 as the case records ('HTTP error: 403'); the page is Cloudflare's WAF block "
        "page (https://developers.cloudflare.com/waf/reference/cloudflare-challenges/, 'Sorry, "
        "you have been blocked'), sent as text/html; its words are the case's own, as printed",
    ),
    ("cerebras", "config"): Documented(
        "cerebras-text-grammar-bot-model-not-found",
        _http(
            404,
            {
                "message": "Model does not exist or you do not have access to it.",
                "type": "not_found_error",
                "param": "model",
                "code": "model_not_found",
            },
        ),
        "https://inference-docs.cerebras.ai/support/error (404 NotFoundError); the body and the "
        "status (.NET's NotFound) are the case's own",
    ),
    ("cerebras", "context_length"): Documented(
        "cerebras-text-400-reduce-length-current-length-limit",
        _http(
            400,
            {
                "message": "Please reduce the length of the messages or completion. Current "
                "length is 42328 while limit is 40000"
            },
        ),
        "https://inference-docs.cerebras.ai/support/error (400); envelope: cerebras-cloud-sdk "
        "1.91.0 cerebras/cloud/sdk/_exceptions.py:61-77 (top-level message)",
    ),
    ("cerebras", "overloaded"): Documented(
        "cerebras-text-429-queue-exceeded-high-traffic",
        _http(
            429,
            {
                "message": "We're experiencing high traffic right now! Please try again soon.",
                "code": "queue_exceeded",
            },
        ),
        "status and code as the case records; envelope: cerebras-cloud-sdk 1.91.0 "
        "cerebras/cloud/sdk/_exceptions.py:61-77 (top-level message, code)",
    ),
    ("dashscope", "config"): Documented(
        "dashscope-text-openwebui-max-tokens-range",
        _http(
            400,
            {
                "error": {
                    "message": "<400> InternalError.Algo.InvalidParameter: Range of max_tokens "
                    "should be [1, 8192]"
                }
            },
        ),
        _DASHSCOPE_400,
    ),
    ("dashscope", "context_length"): Documented(
        "dashscope-text-400-range-of-input-length-204800",
        _http(
            400,
            {
                "error": {
                    "message": "<400> InternalError.Algo.InvalidParameter: Range of input length "
                    "should be [1, 204800]"
                }
            },
        ),
        _DASHSCOPE_400,
    ),
    ("dashscope", "generic"): Documented(
        "a-ragflow-dashscope-http-500-log-line",
        _http(500, None, "https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions"),
        "the case's own status line (POST to DashScope's compatible-mode endpoint, 'HTTP/1.1 500 "
        "Internal Server Error', no body shown); help.aliyun.com/zh/model-studio/error-code (500 "
        "InternalError)",
    ),
    ("dashscope", "rate_limit"): Documented(
        "dashscope-text-429-no-body-qwen-code",
        _http(429, None),
        "https://help.aliyun.com/en/model-studio/error-code-start (429); no body, as the case "
        "records",
    ),
    ("cohere", "content_filter"): Documented(
        "cohere-text-legacy-sdk-blocked-output",
        _http(
            498,
            {
                "message": "blocked output: please adjust your prompt and try again, as this "
                "generation may be a potential violation of our Usage Guidelines "
                "(https://docs.cohere.com/docs/usage-guidelines)."
            },
        ),
        "cohere-ai/cohere-developer-experience#189 (docs' status table: '498 - Unsafe Request: "
        "Sent when the request is blocked due to potential violations of the Usage "
        "Guidelines'; #201 later removed the row from the docs, the revert #202 was closed "
        'unmerged); envelope: Cohere\'s {"message": ...} error body, as '
        "cohere-400-too-many-tokens-size-limit-shape-from-docs records; the words are the "
        "case's own (cohere-python 7.3.1 raises InvalidTokenError for a 498, whose body is the "
        "same)",
    ),
    ("databricks", "auth"): Documented(
        "databricks-ai-gateway-permission-denied-rate-limit-of-0",
        _http(
            403,
            {
                "error_code": "PERMISSION_DENIED",
                "message": "PERMISSION_DENIED: The endpoint is temporarily disabled due to a "
                "Databricks-set rate limit of 0.",
            },
        ),
        f"{_DATABRICKS} (PERMISSION_DENIED is 403); the body is the case's own",
    ),
    ("databricks", "config"): Documented(
        "databricks-text-max-tokens-cannot-exceed-8192",
        _http(
            400,
            {
                "error_code": "BAD_REQUEST",
                "message": "Bad request: rpc error: code = InvalidArgument desc = max_tokens "
                "(10000) cannot exceed 8192. Please reduce the length of max output tokens "
                "generated.",
            },
        ),
        f"{_DATABRICKS} (400 BAD_REQUEST); the status and the words are the case's",
    ),
    ("databricks", "rate_limit"): Documented(
        "databricks-text-request-limit-exceeded-workspace-qps",
        _http(
            429,
            {
                "error_code": "REQUEST_LIMIT_EXCEEDED",
                "message": "Exceeded workspace QPS rate limit for databricks-qwen35-122b-a10b. "
                "Please use a provisioned throughput Foundation Model APIs endpoint for a higher "
                "rate limit.",
            },
        ),
        f"{_DATABRICKS} (429 REQUEST_LIMIT_EXCEEDED); code and words as the case prints them "
        "(the SDK's '<error_code>: <message>')",
    ),
    ("deepinfra", "auth"): Documented(
        "deepinfra-text-not-authenticated-invalid-request",
        _http(
            403,
            {
                "error": {
                    "message": "Not authenticated",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": None,
                }
            },
        ),
        "the body is the case's own; status 403, the one DeepInfra sends 'Not authenticated' with "
        "in the only public capture that records it (XInTheDark/raycast-g4f#179: 'status: 403, "
        'error: {"detail":{"error":"Not authenticated"}}\'); DeepInfra documents no status',
    ),
    ("deepinfra", "config"): Documented(
        "deepinfra-text-405-no-body-openai-compatible",
        _http(405, None),
        "status 405 and no body, as the case records (DeepInfra documents no 405)",
    ),
    ("fireworks", "auth"): Documented(
        "fireworks-text-authenticationerror-invalid-apikey-fault",
        _http(
            401,
            {
                "fault": {
                    "faultstring": "Invalid ApiKey",
                    "detail": {"errorcode": "oauth.v2.InvalidApiKey"},
                }
            },
        ),
        f"{_FIREWORKS} (401: invalid API key); the body is the case's own",
    ),
    ("fireworks", "usage_limit"): Documented(
        "fireworks-text-pollinations-account-suspended-412",
        _http(
            412,
            {
                "error": {
                    "message": "Account pollinations is suspended, possibly due to reaching the "
                    "monthly spending limit or failure to pay past invoices. Please go to "
                    "https://fireworks.ai/account/billing for more information.",
                    "param": None,
                    "code": "PRECONDITION_FAILED",
                    "type": "error",
                }
            },
        ),
        "status 412 and the body as the case's relay quotes Fireworks' own reply "
        "(upstreamStatus 412, upstreamHost api.fireworks.ai); " + _FIREWORKS,
    ),
    ("fireworks", "context_length"): Documented(
        "a15-fw-cookbook-fireworks-prompt-too-long",
        _http(
            400,
            {
                "error": {
                    "object": "error",
                    "type": "invalid_request_error",
                    "code": "invalid_request_error",
                    "message": "The prompt is too long: 40177, model maximum context length: 32767",
                }
            },
        ),
        f"{_FIREWORKS} (400: invalid request); the body is the case's own, as LiteLLM quoted it "
        "(its terminal's line break inside the key 'code' joined again)",
    ),
    ("fireworks", "rate_limit"): Documented(
        "fireworks-text-429-exceeded-usage-limits-dedicated-capacity",
        _http(
            429,
            {
                "error": "Too Many Requests",
                "message": "You have exceeded your usage limits. Please try again later or "
                "contact Fireworks to explore dedicated capacity.",
            },
        ),
        f"{_FIREWORKS} (429: rate limited or deployment capacity exceeded); the body is the "
        "case's own",
    ),
    ("fireworks", "timeout"): Documented(
        "fireworks-text-llxprt-429-first-token-deadline",
        _http(
            429,
            {"error": {"message": "Request didn't generate first token before the given deadline"}},
        ),
        "status 429 and message as the case shows them; envelope: "
        'https://docs.fireworks.ai/tools-sdks/openai-compatibility ({"error": {..., message}}, '
        "OpenAI-compatible)",
    ),
    ("github-models", "auth"): Documented(
        "github-models-text-403-forbidden-restricted-model",
        _http(403, None),
        "github/docs:content/github-models/quickstart.md (403: token lacks models:read); the "
        "case shows no body",
    ),
    ("github-models", "context_length"): Documented(
        "github-models-text-tokens-limit-reached-json",
        _http(
            413,
            {
                "error": {
                    "code": "tokens_limit_reached",
                    "message": "Request body too large for gpt-4o model. Max size: 8000 tokens.",
                    "details": "Request body too large for gpt-4o model. Max size: 8000 tokens.",
                }
            },
        ),
        "the body is the case's own; status 413 as github-models-text-413-request-body-too-"
        "large records for the same message",
    ),
    ("github-models", "rate_limit"): Documented(
        "github-models-text-429-embeddings-too-many-requests",
        _http(429, None, "https://models.github.ai/inference/embeddings"),
        f"{_GITHUB_429}; the URL is the case's, which shows no body",
    ),
    ("groq", "usage_limit"): Documented(
        "groq-text-429-tpd-daily-limit",
        _http(
            429,
            {
                "error": {
                    "message": "Rate limit reached for model `llama-3.3-70b-versatile` in "
                    "organization `org_01kjh7p9n8f1qs6nz2bz77vy6b` service tier `on_demand` on "
                    "tokens per day (TPD): Limit 100000, Used 97050, Requested 3619. Please try "
                    "again in 9m38.016s. Need more tokens%3F Upgrade to Dev Tier today at "
                    "https://console.groq.com/settings/billing"
                }
            },
        ),
        "https://console.groq.com/docs/errors (429; Error Object Explanation: error.message)",
    ),
    ("groq", "overloaded"): Documented(
        "groq-text-over-capacity-app-says-quota",
        _http(
            503,
            {
                "error": {
                    "message": "llama-3.3-70b-versatile is currently over capacity. Please try "
                    "again and back off exponentially. Visit https://groqstatus.com to see if "
                    "there is an active incident.",
                    "type": "internal_server_error",
                }
            },
        ),
        "https://console.groq.com/docs/errors (503 Service Unavailable: the server is not ready "
        "to handle the request, often due to maintenance or overload); the body is the case's "
        "own, as LiteLLM printed it",
    ),
    ("deepinfra", "usage_limit"): Documented(
        "deepinfra-positive-balance-required",
        _http(
            402,
            {
                "error": {
                    "message": "You need positive balance to do inference. Please add balance "
                    "manually or setup top-up"
                }
            },
            "https://api.deepinfra.com/v1/openai/chat/completions",
        ),
        "deepinfra.com/docs/advanced/billing (inference needs a positive balance; 402 Payment "
        f"Required); {_OPENAI_ENVELOPE} (the OpenAI-compatible endpoint); the message is the "
        "case's",
    ),
    ("deepseek", "generic"): Documented(
        "r12b-deepseek-500-openresty-html",
        {
            "type": "http",
            "status": 500,
            "headers": {"content-type": "text/html"},
            "body": "<html>\n<head><title>500 Internal Server Error</title></head>\n<body>\n"
            "<center><h1>500 Internal Server Error</h1></center>\n<hr><center>openresty</center>"
            "\n</body>\n</html>",
            "url": "https://api.deepseek.com/chat/completions",
        },
        "api-docs.deepseek.com/quick_start/error_codes (500 Server Error); the page is the "
        "case's own, as its openresty front sent it",
    ),
    ("deepseek", "rate_limit"): Documented(
        "deepseek-429-rate-limit-reached-for-tpm-reasonix",
        _http(
            429,
            {"error": {"message": "Rate limit reached for TPM"}},
            "https://api.deepseek.com/chat/completions",
        ),
        "api-docs.deepseek.com/quick_start/error_codes (429 Rate Limit Reached: requests sent "
        "too quickly); OpenAI's error envelope (the API is OpenAI-compatible); status and "
        "message as the case quotes them",
    ),
    ("deepseek", "overloaded"): Documented(
        "r12b-deepseek-server-is-busy",
        _http(
            503,
            {"error": {"message": "The server is busy. Please try again later."}},
            "https://api.deepseek.com/chat/completions",
        ),
        "api-docs.deepseek.com/quick_start/error_codes (503 Server Overloaded: high traffic, "
        "retry after a brief wait); OpenAI's error envelope (the API is OpenAI-compatible)",
    ),
    ("huggingface", "auth"): Documented(
        "huggingface-text-smolagents-401-invalid-username-or-password",
        _http(
            401,
            {"error": "Invalid username or password."},
            "https://router.huggingface.co/hf-inference/models/Qwen/Qwen2.5-Coder-32B-Instruct/v1"
            "/chat/completions",
        ),
        "status 401 and URL as huggingface_hub printed them in the case; envelope: huggingface_hub "
        '2.4.0 utils/_http.py:1055-1080 (the Hub\'s {"error": "<message>"}, appended to the '
        "exception's message as the case shows)",
    ),
    ("huggingface", "config"): Documented(
        "r12b-hf-serverless-model-too-large-to-load",
        _http(
            403,
            {
                "error": "The model akjindal53244/Llama-3.1-Storm-8B is too large to be loaded "
                "automatically (16GB > 10GB). Please use Spaces (https://huggingface.co/spaces) "
                "or Inference Endpoints (https://huggingface.co/inference-endpoints)."
            },
            f"{_HF_API}/akjindal53244/Llama-3.1-Storm-8B",
        ),
        "pypi clickbait-commit-messages README ('an HTTP 403 error along the lines of "
        '{"error":"The model … is too large to be loaded automatically (16GB > 10GB) …"}\' from '
        "api-inference.huggingface.co/models/<name>); the message is the case's own",
    ),
    ("huggingface", "context_length"): Documented(
        "huggingface-text-tgi-422-inputs-plus-max-new-tokens",
        _http(
            422,
            {
                "error": "Input validation error: `inputs` tokens + `max_new_tokens` must be "
                "<= 65537. Given: 79993 `inputs` tokens and 1024 `max_new_tokens`",
                "error_type": "validation",
            },
        ),
        "huggingface/text-generation-inference router/src/server.rs (InferError -> 422, "
        '{"error", "error_type": "validation"})',
    ),
    ("huggingface", "generic"): Documented(
        "hf-endpoints-500-internal-server-error",
        _http(500, None, "https://api.endpoints.huggingface.cloud/v2/endpoint/cjfghk5697"),
        "status and URL as huggingface_hub printed them in the case ('500 Server Error: Internal "
        "Server Error for url: …', no body shown); huggingface_hub 2.4.0 utils/_http.py "
        "(hf_raise_for_status)",
    ),
    ("huggingface", "overloaded"): Documented(
        "huggingface-text-model-currently-loading-estimated-time",
        _http(
            503,
            {
                "error": "Model meta-llama/Llama-2-13b-chat is currently loading",
                "estimated_time": 20.0,
            },
            f"{_HF_API}/meta-llama/Llama-2-13b-chat",
        ),
        "huggingface_hub 2.4.0 inference/_client.py:323-327 (503: model unavailable); the body "
        "is the case's own",
    ),
    ("huggingface", "rate_limit"): Documented(
        "huggingface-text-429-client-error-inferenceclient",
        _http(429, None, _HF_API),
        "huggingface_hub 2.4.0 utils/_http.py:963-979 (429); the URL is the case's, which "
        "shows no body",
    ),
    ("huggingface", "usage_limit"): Documented(
        "huggingface-text-monthly-included-credits",
        _http(
            402,
            {
                "error": "You have exceeded your monthly included credits for Inference "
                "Providers. Subscribe to PRO to get 20x more monthly included credits."
            },
        ),
        "status 402 as huggingface_hub printed it for the same message from "
        "router.huggingface.co (https://huggingface.co/ensnnet: '402 Client Error: Payment "
        "Required for url: https://router.huggingface.co/...'); envelope: huggingface_hub 2.4.0 "
        'utils/_http.py:1056-1067 (the Hub\'s {"error": "<message>"})',
    ),
    ("lmstudio", "context_length"): Documented(
        "lmstudio-text-n-keep-exceeds-n-ctx",
        _http(
            400,
            {
                "error": "The number of tokens to keep from the initial prompt is greater than "
                "the context length (n_keep: 10247 >= n_ctx: 4096). Try to load the model with a "
                "larger context length, or provide a shorter prompt."
            },
        ),
        "status 400 as the case records; envelope as LM Studio sent it on :1234 for the same "
        "message, verbatim in https://github.com/Gitlawb/openclaude/issues/353 ('API Error: 400 "
        '{"error":"The number of tokens to keep ..."}\'); LM Studio documents none for /v1',
    ),
    ("mistral", "context_length"): Documented(
        "mistral-text-ai-sdk-prompt-contains-tokens-too-large",
        _http(
            400,
            {
                "object": "error",
                "message": "Prompt contains 152960 tokens and 0 draft tokens, too large for "
                "model with 131072 maximum context length",
            },
        ),
        f"{_MISTRAL}; https://docs.mistral.ai/resources/error-glossary#client-errors (400)",
    ),
    ("mistral", "overloaded"): Documented(
        "mistral-text-service-tier-capacity-exceeded",
        _http(
            503,
            {
                "object": "error",
                "message": "Service tier capacity exceeded for this model.",
                "type": "invalid_request_error",
                "param": None,
                "code": None,
            },
        ),
        "https://docs.mistral.ai/resources/error-glossary#server-errors (503: temporarily "
        "overloaded); 503 for this message as https://github.com/BerriAI/litellm/pull/25078 "
        "reports; the body is the case's own",
    ),
    ("mistral", "timeout"): Documented(
        "mistral-text-vibe-504-gateway-timeout",
        _http(504, None),
        "status 504 and the empty body as the case records them (body_excerpt empty, "
        "provider_message N/A); https://docs.mistral.ai/resources/error-glossary#server-errors "
        "(504: gateway timeout)",
    ),
    ("minimax", "content_filter"): Documented(
        "minimax-text-input-new-sensitive-image",
        _http(
            200,
            {
                "base_resp": {
                    "status_code": 1026,
                    "status_msg": "input new_sensitive, messages[1]'s content[1] image is sensitive",
                }
            },
            "https://api.minimax.io/v1/text/chatcompletion_v2",
        ),
        "platform.minimax.io/docs/api-reference/errorcode.md (1026: input sensitive) and the "
        "ChatCompletion v2 reference (errors in base_resp, under HTTP 200); the words are the "
        "case's",
    ),
    ("minimax", "rate_limit"): Documented(
        "minimax-style-rate-limit-exceeded-tpm-1039",
        _http(
            200,
            {"base_resp": {"status_code": 1039, "status_msg": "rate limit exceeded(TPM)"}},
            "https://api.minimax.io/v1/text/chatcompletion_v2",
        ),
        "platform.minimax.io/docs/api-reference/errorcode.md (1039: TPM rate limit) and the "
        "ChatCompletion v2 reference (errors in base_resp, under HTTP 200); the words are the "
        "case's",
    ),
    ("minimax", "overloaded"): Documented(
        "minimax-text-repeated-529-overloaded-errors",
        _http(529, None),
        "status 529 as the case records (the Anthropic-compatible endpoint's overloaded status, "
        "which the app retried before giving up: 'Repeated 529 Overloaded errors'); no body is "
        "documented for it, so none is sent",
    ),
    ("mistral", "generic"): Documented(
        "mistral-text-vibe-520-cloudflare-unknown-error",
        {
            "type": "http",
            "status": 520,
            "headers": {"content-type": "text/html; charset=UTF-8"},
            "body": '<!DOCTYPE html> <!--[if lt IE 7]> <html class="no-js ie6 oldie" '
            'lang="en-US"> <![endif]--> <!--[if IE 7]>    <html class="no-js ie7 oldie" '
            'lang="en-US"> <![endif]--> <!--[if IE 8]>    <html class="no-js ie8 oldie" '
            'lang="en-US"> <![endif]--> <!--[if gt IE 8]><!--> <html class="no-js" '
            'lang="en-US"> <!--<![endif]--> <head>  <title>mistral.ai | 520: Web server is '
            "returning an unknown error</title>",
        },
        "status 520 and the page's start as the case records them (Cloudflare's 520 page in "
        "front of api.mistral.ai: https://developers.cloudflare.com/support/troubleshooting/"
        "http-status-codes/cloudflare-5xx-errors/error-520/)",
    ),
    ("moonshot", "generic"): Documented(
        "b15-cch-fake-200-kimi-server-error",
        _http(
            500,
            {
                "error": {
                    "message": "The server had an error while processing your request",
                    "type": "server_error",
                }
            },
            "https://api.moonshot.ai/v1/chat/completions",
        ),
        f"{_MOONSHOT} (500 server_error: an error in the server); "
        '{"error": {type, message}}; the message is the case\'s',
    ),
    ("moonshot", "config"): Documented(
        "moonshot-text-empty-assistant-message-position",
        _http(
            400,
            {
                "error": {
                    "message": "Invalid request: the message at position 4 with role "
                    "'assistant' must not be empty (request id: 2025011303374215804122836717847)",
                    "type": "invalid_request_error",
                }
            },
        ),
        f'{_MOONSHOT} (400 invalid_request_error: "Invalid request: {{error_details}}"; '
        '{"error": {type, message}}); status and message as the case shows them',
    ),
    ("nvidia", "overloaded"): Documented(
        "nvidia-text-worker-local-total-request-limit-reached",
        {
            "type": "http",
            "status": 503,
            "headers": {"content-type": "text/plain; charset=utf-8"},
            "body": "Worker local total request limit reached (33/32)",
        },
        "status 503: integrate.api.nvidia.com answers capacity failures with a 503 "
        "(NVIDIA/NemoClaw#10631: 'Requests to https://integrate.api.nvidia.com/v1/chat/"
        "completions intermittently fail with HTTP 503'), and apps calling it log this message "
        "with that status ('503 ResourceExhausted: Worker local total request limit reached "
        "(39/32)'); no envelope is documented, so the body is the case's words alone",
    ),
    ("nvidia", "generic"): Documented(
        "nvidia-text-mtga-500-html",
        {
            "type": "http",
            "status": 500,
            "headers": {"content-type": "text/html; charset=utf-8"},
            "body": "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n"
            "<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was "
            "unable to complete your request. Either the server is overloaded or there is an "
            "error in the application.</p>\n",
        },
        "the page and its status (HTTP Status: 500) are the case's own: Werkzeug's stock "
        "InternalServerError page (pallets/werkzeug src/werkzeug/exceptions.py)",
    ),
    ("ollama", "generic"): Documented(
        "ollama-text-continue-runner-cuda-error",
        _http(
            500,
            {"error": "llama runner process has terminated: CUDA error"},
            "http://localhost:11434/api/chat",
        ),
        "status 500 as the case records; github.com/ollama/ollama:docs/api/errors.mdx "
        '({"error": "<string>"}); endpoint: github.com/ollama/ollama:docs/api.md (POST /api/chat, '
        "port 11434)",
    ),
    ("ollama", "usage_limit"): Documented(
        "ollama-text-cloud-429-session-usage-limit",
        _http(
            429,
            {
                "error": "you (ae2055838) have reached your session usage limit, upgrade for "
                "higher limits: https://ollama.com/upgrade"
            },
            "https://ollama.com/api/chat",
        ),
        "github.com/ollama/ollama:docs/api/errors.mdx (429 from ollama.com cloud; "
        '{"error": "<string>"})',
    ),
    ("openai", "overloaded"): Documented(
        "openai-text-responses-stream-200-server-is-overloaded",
        {
            "type": "stream",
            "status": 200,
            "headers": {"content-type": "text/event-stream"},
            "body": "event: error\ndata: "
            + json.dumps(
                {
                    "type": "error",
                    "error": {
                        "type": "service_unavailable_error",
                        "code": "server_is_overloaded",
                        "message": "Our servers are currently overloaded. Please try again later.",
                        "param": None,
                    },
                    "sequence_number": 2,
                }
            )
            + "\n\n",
            "url": "https://api.openai.com/v1/responses",
        },
        "the case's raw response (its error event); openai-python 3.57.0 "
        "openai/_streaming.py:79-108 (an error event raises APIError)",
    ),
    ("openai-compat", "auth"): Documented(
        "openai-compat-text-relay-401-incorrect-key-title",
        _http(401, {"error": {"message": "Incorrect API key provided："}}, COMPAT_URL),
        "https://developers.openai.com/docs/guides/error-codes#api-errors (401: Incorrect API key "
        f"provided); {_OPENAI_ENVELOPE}; status 401 and message as the case shows them (the "
        "message cut where the case's title is)",
    ),
    ("openai-compat", "config"): Documented(
        "openai-compat-text-response-format-unavailable",
        _http(
            400,
            {
                "error": {
                    "message": "This response_format type is unavailable now",
                    "type": "invalid_request_error",
                }
            },
            COMPAT_URL,
        ),
        "https://developers.openai.com/docs/guides/error-codes#api-errors (invalid_request_error "
        f"-> 400); {_OPENAI_ENVELOPE}; type and message as the case shows them",
    ),
    ("openai-compat", "overloaded"): Documented(
        "b15-our-servers-are-currently-overloaded-doubled",
        _http(
            503,
            {"error": {"message": "Our servers are currently overloaded. Please try again later."}},
            COMPAT_URL,
        ),
        "https://developers.openai.com/docs/guides/error-codes#api-errors (503: the engine is "
        f"currently overloaded, try again later); {_OPENAI_ENVELOPE}; the message is the case's "
        "(printed twice by the app)",
    ),
    ("openai-compat", "generic"): Documented(
        "openai-compat-text-openai-internalservererror-bare",
        {
            "type": "http",
            "status": 500,
            "headers": {"content-type": "text/plain; charset=utf-8"},
            "body": "Internal Server Error",
            "url": COMPAT_URL,
        },
        "openai-python 3.57.0 openai/_client.py:664-665 (status >= 500 -> InternalServerError) "
        "and openai/_base_client.py:492-497 (a body that is not JSON is kept verbatim as the "
        "error's body): the case's words are the whole body, and 500 the status they are the "
        "reason phrase of (RFC 9110 section 15.6.1)",
    ),
    ("openrouter", "auth"): Documented(
        "openrouter-text-401-provider-returned-error-anthropic-byok",
        _http(
            401,
            {
                "error": {
                    "message": "Provider returned error",
                    "code": 401,
                    "metadata": {
                        "raw": '{"type":"error","error":{"type":"authentication_error",'
                        '"message":"invalid x-api-key"}}',
                        "provider_name": "Anthropic",
                        "isDownstreamPipeClean": True,
                        "isErrorUpstreamFault": True,
                    },
                }
            },
        ),
        f'{_OPENROUTER} (401; {{"error": {{code, message, metadata}}}}); the error object is '
        "the case's own",
    ),
    ("openrouter", "generic"): Documented(
        "openrouter-provider-returned-error-non-retryable",
        {
            "type": "stream",
            "status": 200,
            "headers": {"content-type": "text/event-stream"},
            "body": "data: "
            + json.dumps(
                {
                    "error": {"message": "Provider returned error"},
                    "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "error"}],
                }
            )
            + "\n\n",
            "url": "https://openrouter.ai/api/v1/chat/completions",
        },
        f"{_OPENROUTER} (errors during streaming: an SSE chunk carrying error and "
        "finish_reason 'error', no status once the stream has begun); the message is the case's",
    ),
    ("openrouter", "context_length"): Documented(
        "openrouter-cognee-instructorretryexception-max-context-16384",
        _http(
            400,
            {
                "error": {
                    "message": "This endpoint's maximum context length is 16384 tokens. "
                    "However, you requested about 94307 tokens (94307 of text input). Please "
                    'reduce the length of either one, or use the "middle-out" transform to '
                    "compress your prompt automatically.",
                    "code": 400,
                    "metadata": {"provider_name": None},
                }
            },
        ),
        f"{_OPENROUTER} (400: context_length_exceeded); the body is the case's own",
    ),
    ("qianfan", "usage_limit"): Documented(
        "qianfan-text-open-api-daily-request-limit",
        _http(
            200,
            {"error_code": 17, "error_msg": "Open api daily request limit reached"},
            "https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions",
        ),
        "cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh (错误码: 17, Open api daily request limit "
        "reached); the classic API answers {error_code, error_msg} under HTTP 200 (baidubce/"
        "bce-qianfan-sdk qianfan/resources/requestor: the SDK raises only on error_code), so "
        "without the SDK the app holds the response; the words are the case's",
    ),
    ("replicate", "content_filter"): Documented(
        "replicate-text-potential-nsfw-black-image",
        _prediction(
            "stability-ai/stable-diffusion",
            "NSFW content detected. Try running it again, or try a different prompt.",
            logs="Potential NSFW content was detected in one or more images. A black image will "
            "be returned instead. Try again with a different prompt and/or seed.",
        ),
        f"{_PREDICTION}; the error is replicate/cog-stable-diffusion predict.py's (raised when "
        "every image was flagged), the logs the case's words (diffusers' safety checker warning, "
        "which the issue quotes from the failed prediction's 'additional info')",
    ),
    ("replicate", "generic"): Documented(
        "replicate-text-python-modelerror-cuda-oom",
        _prediction(
            "stability-ai/stable-diffusion",
            "CUDA out of memory. Tried to allocate 26.11 GiB (GPU 0; 39.59 GiB total capacity; "
            "31.80 GiB already allocated; 5.90 GiB free; 31.97 GiB reserved in total by PyTorch) "
            "If reserved memory is >> allocated memory try setting max_split_size_mb to avoid "
            "fragmentation.  See documentation for Memory Management and PYTORCH_CUDA_ALLOC_CONF",
        ),
        f"{_PREDICTION}; the error is the case's own (replicate-python's ModelError prints the "
        "prediction's error)",
    ),
    ("replicate", "usage_limit"): Documented(
        "replicate-text-402-api-request-failed",
        _http(402, None),
        "status 402 as the case records (Replicate documents no 402); the case shows no body",
    ),
    ("sambanova", "usage_limit"): Documented(
        "a15-curiosityengine-sambanova-429-daily-window",
        _http(
            429,
            {
                "error": {
                    "message": "Request would exceed rate limit\nViolated duration_s: 86400, "
                    "current usage: 196279, limit: 200000",
                }
            },
        ),
        "https://docs.sambanova.ai/docs/en/api-reference/using-the-api/api-error-codes "
        "(429: rate limit; {error: {message, type, param, code}}); status and message as the "
        "case shows them",
    ),
    ("qianfan", "auth"): Documented(
        "qianfan-access-token-invalid",
        _http(
            200,
            {"error_code": 111, "error_msg": "Access token invalid or no longer valid"},
            "https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions",
        ),
        "cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh (111: Access token invalid or no longer "
        'valid; errors as {"error_code", "error_msg"} in the body of an HTTP 200); the words '
        "are the case's",
    ),
    ("qianfan", "config"): Documented(
        "qianfan-336003-messages-length-must-be-odd",
        _http(
            200,
            {"error_code": 336003, "error_msg": "the length of messages must be an odd number"},
            "https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions",
        ),
        "cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh (336003: a request parameter check "
        'failed; {"error_code", "error_msg"} under HTTP 200); the body is the case\'s',
    ),
    ("sambanova", "generic"): Documented(
        "sambanova-500-unknown-error-prediction-service-ccr",
        _http(
            500,
            {
                "error": {
                    "message": "Something went wrong! Unknown error when running prediction "
                    "service."
                }
            },
        ),
        "https://docs.sambanova.ai/docs/en/api-reference/using-the-api/api-error-codes "
        "(500: internal server error; {error: {message, type, param, code}}); status and the "
        "provider's words as the case's router quotes them",
    ),
    ("sambanova", "context_length"): Documented(
        "sambanova-text-litellm-maximum-context-length-deepseek",
        _http(
            400,
            {
                "error": {
                    "message": "The maximum context length of DeepSeek-V3-0324 is 32768. "
                    "However, answering your request will take 39732 tokens. Please reduce the "
                    "length of the messages or the specified max_completion_tokens value.",
                    "code": "context_length_exceeded",
                }
            },
        ),
        "https://docs.sambanova.ai/docs/en/api-reference/using-the-api/api-error-codes "
        "(400 context_length_exceeded; {error: {message, type, param, code}})",
    ),
    ("sglang", "auth"): Documented(
        "sglang-text-unauthorized-api-key",
        _http(401, {"error": "Unauthorized"}, _SGLANG),
        'sglang 0.5.23 sglang/srt/utils/auth.py:193-201 (401 {"error": "Unauthorized"})',
    ),
    ("sglang", "context_length"): Documented(
        "sglang-text-input-longer-than-context",
        _http(
            400,
            {
                "object": "error",
                "message": "The input (61709 tokens) is longer than the model's context length "
                "(40960 tokens).",
                "type": "BadRequestError",
                "param": None,
                "code": 400,
            },
            _SGLANG,
        ),
        "sglang 0.5.23 srt/entrypoints/openai/serving_base.py:122-128 (400, top-level "
        "ErrorResponse); the body is the case's own",
    ),
    ("siliconflow", "auth"): Documented(
        "siliconflow-text-obsidian-403-no-body",
        _http(403, None),
        "the case's own 403 with no body; https://docs.siliconflow.cn/en/faqs/error-code (403)",
    ),
    ("together", "auth"): Documented(
        "together-text-lawgpt-invalid-api-key",
        _http(
            401,
            {
                "error": {
                    "message": "Invalid API key provided. You can find your API key at "
                    "https://api.together.xyz/settings/api-keys.",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": "invalid_api_key",
                }
            },
        ),
        f"{_TOGETHER} (401: invalid API key); the body is the case's own",
    ),
    ("together", "context_length"): Documented(
        "together-text-input-validation-tokens-plus-max-new-tokens",
        _http(
            403,
            {
                "error": {
                    "message": "Input validation error: `inputs` tokens + `max_new_tokens` must "
                    "be <= 2048. Given: 2019 `inputs` tokens and 30 `max_new_tokens`"
                }
            },
        ),
        f"{_TOGETHER} (403: input token count + max_tokens must be less than the context "
        "length); envelope: together 3.1.1 together/_streaming.py:66-80 (error.message)",
    ),
    ("together", "overloaded"): Documented(
        "together-text-503-server-overloaded-or-not-ready",
        _http(503, {"error": {"message": "The server is overloaded or not ready yet."}}),
        f"{_TOGETHER} (503: Engine Overloaded); envelope: together 3.1.1 "
        "together/_streaming.py:66-80 (error.message)",
    ),
    ("together", "rate_limit"): Documented(
        "together-text-429-rate-limited-type-credit-limit",
        _http(
            429,
            {
                "error": {
                    "message": "You have been rate limited. Your rate limit is 60 queries per "
                    "minute. Please navigate to https://api.together.xyz/settings/billing to "
                    "upgrade to a paid plan.",
                    "type": "credit_limit",
                    "param": None,
                    "code": None,
                }
            },
        ),
        f"{_TOGETHER} (429: Rate limit); the body is the case's own",
    ),
    ("together", "generic"): Documented(
        "together-internal-server-error-portkey-library",
        _http(
            500,
            {"error": {"message": "An internal server error occurred. Please try again later."}},
        ),
        f"{_TOGETHER} (500: server error, retry after a brief wait); {_OPENAI_ENVELOPE} (the API "
        "is OpenAI-compatible); the message is the case's",
    ),
    ("volcengine", "auth"): Documented(
        "volcengine-ark-403-accessdenied",
        _http(
            403,
            {
                "error": {
                    "code": "AccessDenied",
                    "message": "The request failed because you do not have access to the "
                    "requested resource. Request id: "
                    "0217399555030747f2940eb6648219d4dab637e5b7024f75668ee",
                    "param": "",
                    "type": "Forbidden",
                }
            },
        ),
        "volcengine.com/docs/82379/1299023 (公共错误码: 403 Forbidden AccessDenied); the body is "
        "the case's own",
    ),
    ("volcengine", "content_filter"): Documented(
        "c16-seedream-stream-partial-failed-output-sensitive",
        _http(
            400,
            {
                "error": {
                    "code": "OutputImageSensitiveContentDetected",
                    "message": "The request failed because the output image may contain "
                    "sensitive information.",
                }
            },
        ),
        "volcengine.com/docs/82379/1299023 (公共错误码: 400 OutputImageSensitiveContentDetected); "
        "the code and message are the case's",
    ),
    ("volcengine", "config"): Documented(
        "uitars-volcengine-endpoint-not-exist-404",
        _http(
            404,
            {
                "error": {
                    "code": "InvalidEndpointOrModel.NotFound",
                    "message": "The model or endpoint api-key-20250513164604 does not exist or "
                    "you do not have access to it. Request id: "
                    "021747129935087dccfc503d0b8cf9183d78ae8b9494cf5638ce4",
                    "param": "",
                    "type": "NotFound",
                }
            },
        ),
        "volcengine.com/docs/82379/1299023 (公共错误码: 404 NotFound "
        "InvalidEndpointOrModel.NotFound); the status and words are the case's",
    ),
    ("volcengine", "usage_limit"): Documented(
        "volcengine-text-safe-experience-mode-inference-limit",
        _http(
            429,
            {
                "error": {
                    "code": "SetLimitExceeded",
                    "message": "Your account ［2100334555］ has reached the set inference limit "
                    "for the ［doubao-seed-1-6-flashl model, and the model service has been "
                    "paused. To continue\nusing this model, please visit the Model Activation "
                    'page to adjust or close the "Safe Experience Mode"',
                    "param": "",
                    "type": "TooManyRequests",
                }
            },
        ),
        "volcengine.com/docs/82379/1299023 (公共错误码: 429 TooManyRequests SetLimitExceeded, "
        "the inference limit the account set, 'Safe Experience Mode'); the words are the case's",
    ),
    ("vercel", "auth"): Documented(
        "vercel-text-gateway-authentication-error",
        _http(
            401,
            {
                "error": {
                    "message": "Unauthenticated request to AI Gateway.\n\nTo authenticate, set "
                    "the AI_GATEWAY_API_KEY environment variable with your API key.",
                    "type": "authentication_error",
                }
            },
        ),
        "status 401 and envelope: vercel/ai packages/gateway/src/errors/create-gateway-error.ts "
        "(error.type authentication_error -> GatewayAuthenticationError, statusCode 401, as its "
        "test sends it); the words are the case's, which the @ai-sdk/gateway client writes over "
        "the gateway's own message (GatewayAuthenticationError.createContextualError)",
    ),
    ("vercel", "generic"): Documented(
        "vercel-ai-gateway-internal-server-error-model-database",
        _http(
            500,
            {
                "error": {
                    "message": "Failed to initialize model database: no valid data found",
                    "type": "internal_server_error",
                }
            },
        ),
        "status 500 as the case records; envelope: npm @ai-sdk/gateway 3.0.232 src/errors/"
        "create-gateway-error.ts (error.type internal_server_error -> GatewayInternalServerError)",
    ),
    ("vllm", "auth"): Documented(
        "vllm-text-modal-error-unauthorized-json",
        _http(401, {"error": "Unauthorized"}, _VLLM),
        "vllm 0.33.0 vllm/entrypoints/serve/middleware/authenticate.py:60 (401 "
        '{"error": "Unauthorized"} when --api-key is set); the body is the case\'s own',
    ),
    ("xai", "context_length"): Documented(
        "xai-text-400-maximum-prompt-length",
        _http(
            400,
            {
                "code": "Client specified an invalid argument",
                "error": "This model's maximum prompt length is 131072 but the request "
                "contains 136973 tokens.",
            },
        ),
        f"{_XAI} (400); envelope and 400 code as xai-text-400-argument-not-supported-presence-"
        "penalty records",
    ),
    ("xai", "rate_limit"): Documented(
        "xai-text-429-too-many-tokens-team-tpm",
        _http(
            429,
            {
                "error": "Too many tokens for team e9fe19cb-de96-4c57-9ffb-2f1b9c631ce2 and model "
                "grok-4-0709. Your team's rate limit is — Tokens per Minute (actual/limit): "
                "65605/16000. You can view your team rate limits at https://console.x.ai."
            },
        ),
        f"{_XAI} (429); envelope as xai-text-403-permission-denied-chat-endpoint records",
    ),
    ("zhipu", "config"): Documented(
        "zhipu-text-nanobot-zai-bad-params-zh",
        _http(400, {"error": {"code": "1210", "message": "API 调用参数有误，请检查文档。"}}),
        "https://docs.bigmodel.cn/cn/faq/api-code.md (业务错误码 | HTTP 状态码 table: 1210 "
        f'-> 400); {_ZHIPU} ({{"error": {{code, message}}}}); the message as the case shows it',
    ),
    ("zhipu", "overloaded"): Documented(
        "zhipu-text-1305-model-traffic-too-high",
        _http(429, {"error": {"code": "1305", "message": "该模型当前访问量过大，请您稍后再试"}}),
        f'{_ZHIPU} (1305 -> HTTP 429; {{"error": {{code, message}}}})',
    ),
    ("zhipu", "rate_limit"): Documented(
        "zhipu-text-high-concurrency-usage",
        _http(
            429,
            {
                "error": {
                    "code": "1302",
                    "message": "High concurrency usage of this API, please reduce concurrency "
                    "or contact customer",
                }
            },
        ),
        f"{_ZHIPU} (1302: high concurrency -> HTTP 429); the message as the case shows it",
    ),
}
