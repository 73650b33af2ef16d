"""LLM applications' vocabulary: the error names and messages that chat apps, SDK wrappers and
agent tools print when a provider call fails get the kind their own source gives the failure.

An application's enum that names the failure (LobeHub's ExceededContextWindow, Dify's
InvokeRateLimitError, Codex's ContextWindowExceeded) is evidence of its kind; a wrapper around
the provider's words (the Vercel AI SDK's "Failed after 3 attempts. Last error: …") keeps the
kind of the words inside. Each group names its source.
"""

from __future__ import annotations

import pytest

from chaterror import Kind, classify, classify_response

_USAGE, _RATE, _OVER = Kind.USAGE_LIMIT, Kind.RATE_LIMIT, Kind.OVERLOADED
_TIME, _AUTH, _CONF = Kind.TIMEOUT, Kind.AUTH, Kind.CONFIG
_CTX, _FILTER, _GEN = Kind.CONTEXT_LENGTH, Kind.CONTENT_FILTER, Kind.GENERIC

# CONTRACT §2's retryable column; generic is retryable only for a 5xx, named where it applies.
_RETRYABLE = {
    _USAGE: False,
    _RATE: True,
    _OVER: True,
    _TIME: True,
    _AUTH: False,
    _CONF: False,
    _CTX: False,
    _FILTER: False,
    _GEN: False,
}


def _w(id_: str, kind: Kind, text: str, *, retryable: bool | None = None) -> object:
    return pytest.param(kind, _RETRYABLE[kind] if retryable is None else retryable, text, id=id_)


_WORDINGS = [
    # vercel/ai@ed857f50: packages/provider-utils/src/load-api-key.ts:20-40,
    # retry-with-exponential-backoff.ts:103 ("Failed after N attempts. Last error: …"),
    # handle-fetch-error.ts:52 ("Cannot connect to API: …"), response-handler.ts:54 (statusText),
    # packages/provider/src/errors/*.ts (each error's name and default message).
    _w(
        "vercel-load-api-key-missing",
        _AUTH,
        "AI_LoadAPIKeyError: OpenAI API key is missing. Pass it using the 'apiKey' parameter "
        "or the OPENAI_API_KEY environment variable.",
    ),
    _w(
        "vercel-load-api-key-not-string",
        _AUTH,
        "AI_LoadAPIKeyError: Google Generative AI API key must be a string. The value of the "
        "GOOGLE_GENERATIVE_AI_API_KEY environment variable is not a string.",
    ),
    _w(
        "vercel-retry-429",
        _RATE,
        "AI_RetryError: Failed after 3 attempts. Last error: Too Many Requests",
    ),
    _w(
        "vercel-retry-503",
        _TIME,
        "AI_RetryError: Failed after 3 attempts. Last error: Service Unavailable",
    ),
    _w(
        "vercel-retry-overloaded",
        _OVER,
        "AI_RetryError: Failed after 3 attempts. Last error: Overloaded",
    ),
    _w(
        "vercel-retry-500",
        _GEN,
        "AI_RetryError: Failed after 3 attempts. Last error: Internal Server Error",
        retryable=True,
    ),
    _w(
        "vercel-retry-cannot-connect",
        _TIME,
        "AI_RetryError: Failed after 3 attempts. Last error: Cannot connect to API: fetch failed",
    ),
    _w("vercel-cannot-connect", _TIME, "AI_APICallError: Cannot connect to API: other side closed"),
    _w("vercel-api-call-gateway-timeout", _TIME, "AI_APICallError: Gateway Timeout"),
    _w("vercel-no-such-model", _CONF, "AI_NoSuchModelError: No such languageModel: gpt-9"),
    _w(
        "vercel-unsupported-functionality",
        _CONF,
        "AI_UnsupportedFunctionalityError: 'tool calls in streaming mode' functionality not "
        "supported.",
    ),
    _w(
        "vercel-too-many-embedding-values",
        _CONF,
        "AI_TooManyEmbeddingValuesForCallError: Too many values for a single embedding call. "
        'The openai.embedding model "text-embedding-3-small" can only embed up to 2048 values '
        "per call, but 3000 values were provided.",
    ),
    _w(
        "vercel-load-setting",
        _CONF,
        "AI_LoadSettingError: Azure OpenAI resource name setting is missing. Pass it using the "
        "'resourceName' parameter or the AZURE_RESOURCE_NAME environment variable.",
    ),
    _w("vercel-no-content-generated", _GEN, "AI_NoContentGeneratedError: No content generated."),
    _w(
        "vercel-no-output-generated",
        _GEN,
        "AI_NoOutputGeneratedError: No output generated. Check the stream for errors.",
    ),
    _w("vercel-empty-response-body", _GEN, "AI_EmptyResponseBodyError: Empty response body"),
    # lobehub/lobe-chat locales/en-US/error.json@9acb63ae "response" (the text beside each
    # errorType) and locales/zh-CN/error.json@0500a046.
    _w(
        "lobe-quota-limit-reached-text",
        _RATE,
        "We apologize, but the current token usage or number of requests has reached the quota "
        "limit for this key. Please increase the quota for this key or try again later.",
    ),
    _w(
        "lobe-insufficient-quota-text",
        _USAGE,
        "Sorry, the quota for this key has been reached. Please check your account balance or "
        "increase the key quota and try again.",
    ),
    _w(
        "lobe-model-not-found-text",
        _CONF,
        "Sorry, the requested model could not be found. It may not exist or you may not have the "
        "necessary access permissions.",
    ),
    _w(
        "lobe-permission-denied-text",
        _AUTH,
        "Sorry, you do not have permission to access this service. Please check if your key has "
        "the necessary access rights.",
    ),
    _w(
        "lobe-exceeded-context-window-text",
        _CTX,
        "The current request content exceeds the length that the model can handle. Please reduce "
        "the amount of content and try again.",
    ),
    _w(
        "lobe-invalid-provider-api-key-text",
        _AUTH,
        "OpenAI API Key is incorrect or empty, please check your OpenAI API Key and try again",
    ),
    _w(
        "lobe-invalid-bedrock-credentials-text",
        _AUTH,
        "Bedrock authentication failed. Please check the AccessKeyId/SecretAccessKey and retry.",
    ),
    _w(
        "lobe-location-not-supported-text",
        _AUTH,
        "We're sorry, your current location does not support this model service. This may be due "
        "to regional restrictions or the service not being available.",
    ),
    _w(
        "lobe-invalid-access-code-text",
        _AUTH,
        "Invalid access code or empty. Please enter the correct access code or add a custom API "
        "Key.",
    ),
    _w(
        "lobe-connection-check-failed-text",
        _CONF,
        "The request returned empty. Please check if the API proxy address does not end with "
        "`/v1`.",
    ),
    _w(
        "lobe-ollama-unavailable-text",
        _TIME,
        "Ollama service is unavailable. Please check if Ollama is running properly or if the "
        "cross-origin configuration of Ollama is set correctly.",
    ),
    _w(
        "lobe-free-plan-limit-text",
        _USAGE,
        "You are currently a free user and cannot use this feature. Please upgrade to a paid plan "
        "to continue using it.",
    ),
    _w(
        "lobe-subscription-plan-limit-text",
        _USAGE,
        "Your subscription points have been exhausted, and you cannot use this feature. Please "
        "upgrade to a higher plan or configure a custom model API to continue using it.",
    ),
    _w(
        "lobe-google-block-blocklist",
        _FILTER,
        "Your content contains prohibited terms. Please review and modify your input, then try "
        "again.",
    ),
    _w(
        "lobe-google-block-spii",
        _FILTER,
        "Your content may contain sensitive personally identifiable information (PII). To "
        "protect privacy, please remove any sensitive details and try again.",
    ),
    _w(
        "lobe-google-block-image-safety",
        _FILTER,
        "The generated image was blocked for safety reasons. Please try modifying your image "
        "request.",
    ),
    _w(
        "lobe-google-block-safety",
        _FILTER,
        "Your content was blocked for safety policy reasons. Please adjust your request to avoid "
        "potentially harmful or inappropriate content.",
    ),
    _w(
        "lobe-429-text",
        _RATE,
        "Sorry, your request is too frequent and the server is a bit tired. Please try again "
        "later.",
    ),
    _w(
        "lobe-zh-free-plan-limit",
        _USAGE,
        "当前为免费用户，无法使用该功能，请升级到付费计划后继续使用",
    ),
    _w(
        "lobe-zh-subscription-plan-limit",
        _USAGE,
        "您的订阅额度已用尽，无法使用该功能，请升级到更高计划，或购买资源包后继续使用",
    ),
    _w(
        "lobe-zh-invalid-bedrock-credentials",
        _AUTH,
        "Bedrock 鉴权未通过，请检查 AccessKeyId/SecretAccessKey 后重试",
    ),
    _w(
        "lobe-zh-invalid-provider-api-key",
        _AUTH,
        "OpenAI API Key 不正确或为空，请检查 OpenAI API Key 后重试",
    ),
    _w(
        "lobe-zh-ollama-unavailable",
        _TIME,
        "Ollama 服务连接失败，请检查 Ollama 是否运行正常，或是否正确设置 Ollama 的跨域配置",
    ),
    # langgenius/dify api/core/model_runtime/errors/invoke.py@09d09fff (each error's
    # description), api/controllers/console/app/error.py (ProviderQuotaExceededError,
    # ProviderNotInitializeError), a plugin's PluginInvokeError as Dify prints it
    # (langgenius/dify#18378).
    _w(
        "dify-plugin-rate-limit",
        _RATE,
        '[openai] Error: PluginInvokeError: {"args":{"description":"[models] Error: Rate Limit '
        'Error"},"error_type":"InvokeRateLimitError","message":"[models] Error: Rate Limit Error"}',
    ),
    _w(
        "dify-plugin-authorization",
        _AUTH,
        '[openai] Error: PluginInvokeError: {"args":{},"error_type":"InvokeAuthorizationError",'
        '"message":"Incorrect model credentials provided, please check and try again. "}',
    ),
    _w(
        "dify-plugin-connection",
        _TIME,
        '[openai] Error: PluginInvokeError: {"args":{},"error_type":"InvokeConnectionError",'
        '"message":"[openai] Connection Error"}',
    ),
    _w(
        "dify-plugin-server-unavailable",
        _TIME,
        '[anthropic] Error: PluginInvokeError: {"args":{},"error_type":'
        '"InvokeServerUnavailableError","message":"[anthropic] Server Unavailable Error"}',
    ),
    _w(
        "dify-plugin-bad-request",
        _CONF,
        '[openai] Error: PluginInvokeError: {"args":{},"error_type":"InvokeBadRequestError",'
        '"message":"[openai] Bad Request Error"}',
    ),
    _w(
        "dify-plugin-bad-request-overflow",
        _CTX,
        '[openai] Error: PluginInvokeError: {"args":{},"error_type":"InvokeBadRequestError",'
        '"message":"This model\'s maximum context length is 8192 tokens."}',
    ),
    _w(
        "dify-traceback-authorization",
        _AUTH,
        "core.model_runtime.errors.invoke.InvokeAuthorizationError: Incorrect model credentials "
        "provided, please check and try again.",
    ),
    _w(
        "dify-traceback-rate-limit",
        _RATE,
        "core.model_runtime.errors.invoke.InvokeRateLimitError: [openai] Rate Limit Error",
    ),
    _w(
        "dify-traceback-connection",
        _TIME,
        "core.model_runtime.errors.invoke.InvokeConnectionError: [ollama] Connection Error",
    ),
    _w(
        "dify-provider-token-not-init",
        _AUTH,
        "ProviderTokenNotInitError: Model deepseek-chat credentials is not initialized.",
    ),
    _w(
        "dify-hosted-quota-exhausted",
        _USAGE,
        "Your quota for Dify Hosted Model Provider has been exhausted. Please go to Settings -> "
        "Model Provider to complete your own provider credentials.",
    ),
    # google-gemini/gemini-cli@5411f113 packages/cli/src/ui/hooks/useQuotaAndFallback.ts:151-209,
    # packages/core/src/core/geminiChat.ts:1511-1561, packages/core/src/utils/errorParsing.ts:13.
    _w(
        "gemini-cli-usage-limit-reached",
        _USAGE,
        "Usage limit reached for gemini-2.5-pro.\nAccess resets at 3:00 PM.\n/stats model for "
        "usage details\n/model to switch models.",
    ),
    _w(
        "gemini-cli-high-demand",
        _OVER,
        "We are currently experiencing high demand for gemini-2.5-pro.\nWe apologize and "
        "appreciate your patience.",
    ),
    _w(
        "gemini-cli-model-not-found",
        _CONF,
        'Model "gemini-9-pro" was not found or is invalid.\n/model to switch models.',
    ),
    _w(
        "gemini-cli-model-not-in-region",
        _CONF,
        'Model "gemini-2.5-pro" is not available in region "europe-west9".',
    ),
    _w(
        "gemini-cli-personal-accounts",
        _AUTH,
        "It seems like you don't have access to Gemini 3 Pro.\nThis model is not available for "
        "personal accounts.",
    ),
    _w("gemini-cli-daily-quota", _USAGE, "You have exhausted your daily quota on this model."),
    _w(
        "gemini-cli-429-advice",
        _RATE,
        "[API Error: Resource has been exhausted (e.g. check quota). (Status: RESOURCE_EXHAUSTED)]"
        "\nPlease wait and try again later. To increase your limits, request a quota increase "
        "through AI Studio, or switch to another /auth method",
    ),
    _w(
        "gemini-cli-stream-safety",
        _FILTER,
        "Model stream ended due to safety settings (SAFETY) with empty response text.",
    ),
    _w(
        "gemini-cli-stream-recitation",
        _FILTER,
        "Model stream ended due to recitation settings (RECITATION) with empty response text.",
    ),
    _w("gemini-cli-fetch-timeout", _TIME, "FetchError: Request timed out after 30000ms"),
    # openai/codex codex-rs/core/src/error.rs@001cb8e2 (CodexErr and its Display impls),
    # codex-rs/codex-api/src/sse/responses.rs ("idle timeout waiting for SSE").
    _w(
        "codex-stream-idle",
        _TIME,
        "stream disconnected before completion: idle timeout waiting for SSE",
    ),
    _w(
        "codex-stream-closed",
        _TIME,
        "stream disconnected before completion: stream closed before response.completed",
    ),
    _w(
        "codex-retry-limit-429",
        _RATE,
        "exceeded retry limit, last status: 429 Too Many Requests, request id: req_abc",
    ),
    _w(
        "codex-retry-limit-503",
        _TIME,
        "exceeded retry limit, last status: 503 Service Unavailable",
    ),
    _w(
        "codex-context-window",
        _CTX,
        "Codex ran out of room in the model's context window. Start a new conversation or clear "
        "earlier history before retrying.",
    ),
    _w("codex-quota-exceeded", _USAGE, "Quota exceeded. Check your plan and billing details."),
    _w(
        "codex-usage-not-included",
        _USAGE,
        "To use Codex with your ChatGPT plan, upgrade to Plus: https://openai.com/chatgpt/pricing.",
    ),
    _w(
        "codex-internal-server-error",
        _OVER,
        "We're currently experiencing high demand, which may cause temporary errors.",
    ),
    _w(
        "codex-usage-limit-team",
        _USAGE,
        "You've hit your usage limit. To get more access now, send a request to your admin or try "
        "again later.",
    ),
    _w(
        "codex-usage-limit-at",
        _USAGE,
        "You've hit your usage limit. Try again at Dec 3rd, 2026 9:00 AM.",
    ),
    _w(
        "codex-connection-failed",
        _TIME,
        "Connection failed: error sending request for url (https://api.openai.com/v1/responses)",
    ),
    _w(
        "codex-response-stream-failed",
        _TIME,
        "Error while reading the server response: error decoding response body, request id: req_1",
    ),
    _w(
        "codex-refresh-token-reused",
        _AUTH,
        "Your access token could not be refreshed because your refresh token was already used. "
        "Please log out and sign in again.",
    ),
    _w(
        "codex-refresh-token-expired",
        _AUTH,
        "Your access token could not be refreshed because your refresh token has expired. Please "
        "log out and sign in again.",
    ),
    # Claude Code's printed limits and errors, as its users paste them (anthropics/claude-code
    # #54698, #81975, #13632, #11429, #2490).
    _w("claude-code-hit-limit", _USAGE, "You've hit your limit · resets 1:30am (Asia/Dhaka)"),
    _w(
        "claude-code-session-limit",
        _USAGE,
        "You've hit your session limit · resets 12:50pm (Europe/Paris)",
    ),
    _w(
        "claude-code-limit-reached-resets",
        _USAGE,
        "Limit reached · resets 11:30am (Asia/Calcutta) · /upgrade to Max or turn on /extra-usage",
    ),
    _w("claude-code-usage-limit-epoch", _USAGE, "Claude AI usage limit reached|1762952400"),
    _w(
        "claude-code-usage-limit-reset",
        _USAGE,
        "Claude usage limit reached. Your limit will reset at 3pm (America/Bogota).",
    ),
    _w("claude-code-oauth-revoked", _AUTH, "OAuth token revoked · Please run /login"),
    _w("claude-code-invalid-key", _AUTH, "Invalid API key · Please run /login"),
    _w("claude-code-request-timed-out", _TIME, "API Error: Request timed out."),
    _w("claude-code-connection-error", _TIME, "API Error (Connection error.)"),
    # Aider-AI/aider@5dc9490b aider/exceptions.py:14-55 and 100-106, coders/base_coder.py:1647-1654.
    _w(
        "aider-authentication",
        _AUTH,
        "The API provider is not able to authenticate you. Check your API key.",
    ),
    _w("aider-servers-down", _OVER, "The API provider's servers are down or overloaded."),
    _w(
        "aider-content-policy",
        _FILTER,
        "The API provider has refused the request due to a safety policy about the content.",
    ),
    _w(
        "aider-image-fetch",
        _CONF,
        "The API provider was unable to fetch one or more images.",
    ),
    _w(
        "aider-permission-denied",
        _AUTH,
        "Permission was denied. Check your API key and/or credentials.",
    ),
    _w(
        "aider-rate-limit",
        _RATE,
        "The API provider has rate limited you. Try again later or check your quotas.",
    ),
    _w(
        "aider-timeout",
        _TIME,
        "The API provider timed out without returning a response. They may be down or overloaded.",
    ),
    _w(
        "aider-insufficient-credits",
        _USAGE,
        "Insufficient credits with the API provider. Please add credits.",
    ),
    _w(
        "aider-token-limit",
        _CTX,
        "Model gpt-4o has hit a token limit!\nInput tokens: ~130,000 of 128,000 -- possibly "
        "exhausted context window!",
    ),
    # ChatGPTNextWeb/NextChat@706a18b9 app/api/auth.ts:45, app/api/anthropic.ts:134,
    # app/api/baidu.ts, app/api/google.ts ("missing … in server env vars").
    _w("nextchat-empty-access-code", _AUTH, '{"error":true,"msg":"empty access code"}'),
    _w("nextchat-wrong-access-code", _AUTH, '{"error":true,"msg":"wrong access code"}'),
    _w(
        "nextchat-model-not-allowed",
        _AUTH,
        '{"error":true,"message":"you are not allowed to use gpt-4 model"}',
    ),
    _w(
        "nextchat-missing-server-key",
        _AUTH,
        "missing BAIDU_API_KEY or BAIDU_SECRET_KEY in server env vars",
    ),
    # AstrBotDevs/AstrBot@19d00fb1 astrbot/core/provider/sources/openai_source.py:1107,
    # astrbot/core/astr_main_agent.py:1431.
    _w(
        "astrbot-context-length",
        _CTX,
        "上下文长度超过限制。尝试弹出最早的记录然后重试。当前记录条数: 12",
    ),
    _w(
        "astrbot-no-chat-model",
        _CONF,
        "LLM 请求失败：未找到任何可用的对话模型（提供商）。请先在 WebUI 中配置并启用可用模型。",
    ),
    # CherryHQ/cherry-studio@bb435ddd src/renderer/src/i18n/locales/en-us.json (error.http,
    # error.diagnosis).
    _w(
        "cherry-402",
        _USAGE,
        "Payment required. Your account balance or quota is exhausted - top up on the provider's "
        "website or switch to another provider",
    ),
    _w(
        "cherry-403",
        _AUTH,
        "Access denied. Please check if your account is verified, or contact the service provider "
        "for more information",
    ),
    _w("cherry-404", _CONF, "Model not found or request path is incorrect"),
    _w("cherry-no-api-key", _AUTH, "API key is not configured"),
    _w(
        "cherry-diagnosis-content",
        _FILTER,
        "Content blocked by safety system, please modify and retry",
    ),
    _w(
        "cherry-diagnosis-context",
        _CTX,
        "Conversation too long, please clear history or start a new chat",
    ),
    _w(
        "cherry-diagnosis-deprecated",
        _CONF,
        "This model has been retired, please switch to another model",
    ),
    _w(
        "cherry-diagnosis-quota",
        _USAGE,
        "Account quota exhausted, please recharge or switch provider",
    ),
    _w(
        "cherry-diagnosis-payload",
        _CTX,
        "Request content too large, please reduce file or text size",
    ),
    _w(
        "cherry-diagnosis-region",
        _AUTH,
        "Service unavailable in your region. Configure a proxy or switch to a provider available "
        "in your area",
    ),
    _w(
        "cherry-diagnosis-stream",
        _TIME,
        "Response interrupted, check network stability or retry",
    ),
    _w(
        "cherry-diagnosis-network",
        _TIME,
        "Cannot connect to server, check network or proxy settings",
    ),
    # RooCodeInc/Roo-Code@cb836567 webview-ui/src/i18n/locales/en/chat.json apiRequest.errorMessage.
    _w(
        "roo-401",
        _AUTH,
        "Couldn't authenticate with provider. Please check your API key configuration.",
    ),
    _w(
        "roo-402",
        _USAGE,
        "You seem to have run out of funds/credits in your account. Go to your provider and add "
        "more to continue.",
    ),
    _w(
        "roo-429",
        _RATE,
        "Too many requests. You're being rate-limited by the provider. Please wait a bit before "
        "your next API call.",
    ),
    _w(
        "roo-connection",
        _TIME,
        "Connection error. Make sure you have a working internet connection.",
    ),
    # cline/cline@21cb8d25 (sdk/packages/llms and apps/vscode error handling and their tests).
    _w(
        "cline-insufficient-balance",
        _USAGE,
        "Insufficient balance. Your Cline Credits balance is $-0.14",
    ),
    _w("cline-daily-spend-limit", _USAGE, "Your daily spend limit of $20.00 has been reached."),
    _w("cline-not-enough-credits", _USAGE, "Not enough credits available"),
    _w("cline-ollama-timeout", _TIME, "Ollama request timed out after 30 seconds"),
    # chatboxai/chatbox@0d3139e5 src/shared/models/errors.ts ChatboxAIAPIError.codeNameMap.
    _w(
        "chatbox-token-quota-exhausted",
        _USAGE,
        "You have reached your monthly quota for the gpt-4o model. Please go to Settings to "
        "switch to a different model, view your quota usage, or upgrade your plan.",
    ),
    _w(
        "chatbox-expired-license",
        _USAGE,
        "Your license has expired. Please check your subscription or purchase a new one.",
    ),
    _w(
        "chatbox-license-not-found",
        _AUTH,
        "The license key you entered is invalid. Please check your license key and try again.",
    ),
    _w(
        "chatbox-rate-limit",
        _RATE,
        "You have exceeded the rate limit for the Chatbox AI service. Please try again later.",
    ),
    # anomalyco/opencode packages/opencode/src/session/message-v2.ts: NamedError names, persisted
    # as {"name": …, "data": …}.
    _w(
        "opencode-provider-auth",
        _AUTH,
        '{"name":"ProviderAuthError","data":{"providerID":"anthropic","message":"x"}}',
    ),
    _w(
        "opencode-context-overflow",
        _CTX,
        '{"name":"ContextOverflowError","data":{"message":"input exceeds limit"}}',
    ),
    _w(
        "opencode-content-filter",
        _FILTER,
        '{"name":"ContentFilterError","data":{"message":"blocked"}}',
    ),
    # open-webui/open-webui backend/open_webui/constants.py ERROR_MESSAGES.
    _w(
        "open-webui-access-prohibited",
        _AUTH,
        "You do not have permission to access this resource. Please contact your administrator "
        "for assistance.",
    ),
    _w(
        "open-webui-api-key-not-found",
        _AUTH,
        "Oops! It looks like there's a hiccup. The API key is missing. Please make sure to "
        "provide a valid API key to access this feature.",
    ),
    _w("open-webui-rate-limit", _RATE, "API rate limit exceeded"),
    _w("open-webui-model-not-found", _CONF, "Model 'llama3:70b' was not found"),
    _w("open-webui-ollama-not-found", _TIME, "WebUI could not connect to Ollama"),
    _w(
        "open-webui-ollama-api-disabled",
        _CONF,
        "The Ollama API is disabled. Please enable it to use this feature.",
    ),
    _w(
        "open-webui-invalid-token",
        _AUTH,
        "Your session has expired or the token is invalid. Please sign in again.",
    ),
    # janhq/jan@d08a69ff web-app/src/locales/en/model-errors.json.
    _w("jan-out-of-context", _CTX, "Out of context error"),
    _w(
        "jan-multimodal-unsupported",
        _CONF,
        "This model isn't supported by the current backend (llamacpp). Try switching to mlx in "
        "Settings → Model Providers, or update the app.",
    ),
    _w(
        "jan-arch-not-supported",
        _CONF,
        "This model's architecture isn't supported by the current backend (llamacpp) yet. Try "
        "updating the app, or use a different model.",
    ),
    _w(
        "jan-model-file-missing",
        _CONF,
        "The model file couldn't be found — it may have been moved or deleted. Try re-downloading "
        "the model.",
    ),
    # LangGraph's recursion limit is the graph's own, not a provider's (langchain-ai/langgraph
    # libs/langgraph/langgraph/errors.py GraphRecursionError); LlamaIndex's prompt helper when
    # the prompt leaves no room (run-llama/llama_index core/indices/prompt_helper.py).
    _w(
        "langgraph-recursion-limit",
        _GEN,
        "langgraph.errors.GraphRecursionError: Recursion limit of 25 reached without hitting a "
        "stop condition. You can increase the limit by setting the `recursion_limit` config key.",
    ),
    _w(
        "langchainjs-model-rate-limit",
        _RATE,
        "Error: 429 Rate limit reached for requests\n\nTroubleshooting URL: "
        "https://js.langchain.com/docs/troubleshooting/errors/MODEL_RATE_LIMIT/",
    ),
    _w(
        "langchainjs-model-rate-limit-quota",
        _USAGE,
        "Error: 429 You exceeded your current quota, please check your plan and billing "
        "details.\n\nTroubleshooting URL: "
        "https://js.langchain.com/docs/troubleshooting/errors/MODEL_RATE_LIMIT/",
    ),
    _w(
        "langchainjs-model-authentication",
        _AUTH,
        "Error: 401 Incorrect API key provided\n\nTroubleshooting URL: "
        "https://js.langchain.com/docs/troubleshooting/errors/MODEL_AUTHENTICATION/",
    ),
    _w(
        "langchainjs-model-not-found",
        _CONF,
        "Error: 404 The model `gpt-9` does not exist\n\nTroubleshooting URL: "
        "https://js.langchain.com/docs/troubleshooting/errors/MODEL_NOT_FOUND/",
    ),
    _w(
        "langchain-context-overflow",
        _CTX,
        "langchain_core.exceptions.ContextOverflowError: input too long",
    ),
    _w(
        "crewai-context-length",
        _CTX,
        "LLM context length exceeded. Original error: prompt too large\nConsider using a smaller "
        "input or implementing a text splitting strategy.",
    ),
    # danny-avila/LibreChat api/app/clients/GoogleClient.js: the prediction's
    # safetyAttributes.blocked.
    _w(
        "librechat-google-blocked",
        _FILTER,
        "Google blocked a proper response to your message:\n"
        '{"blocked":true,"categories":["Toxic"]}',
    ),
    # Coze's code 5000 (coze.com/open/docs, error codes).
    _w(
        "coze-5000-server-issues",
        _GEN,
        "We're currently experiencing server issues. Please try your request again after a "
        "short delay. If the problem persists, contact our support team.",
        retryable=True,
    ),
    # anthropics/claude-code: the CLI's own output bound.
    _w(
        "claude-code-output-token-maximum",
        _CONF,
        "API Error: Claude's response exceeded the 32000 output token maximum. To configure this "
        "behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.",
    ),
    # google-generativeai types/generation_types.py: response.text without a part.
    _w(
        "google-generativeai-finish-reason-max-tokens",
        _CONF,
        "Invalid operation: The `response.text` quick accessor requires the response to contain "
        "a valid `Part`, but none were returned. The candidate's [finish_reason](https://ai.google"
        ".dev/api/generate-content#finishreason) is 2.",
    ),
    _w(
        "google-generativeai-finish-reason-safety",
        _FILTER,
        "Invalid operation: The `response.text` quick accessor requires the response to contain "
        "a valid `Part`, but none were returned. The candidate's finish_reason is 3.",
    ),
    # Apple's URLError codes as a macOS client prints them.
    _w("apple-nsurlerror-timed-out", _TIME, "The request timed out. NSURLErrorDomain Code=-1001"),
    _w("apple-nsurlerror-connection-lost", _TIME, "NSURLErrorDomain -1005"),
    # Chromium's Content Security Policy refusal of an API host.
    _w(
        "chromium-csp-refused",
        _CONF,
        "Refused to connect to 'https://api.example.com/v1' because it violates the following "
        "Content Security Policy directive: \"connect-src 'self'\".",
    ),
    # A client's pydantic model of the answer (LiteLLM's OCI handler).
    _w(
        "litellm-response-model-validation",
        _GEN,
        "1 validation error for ChatCompletionResponse choices Field required [type=missing]",
    ),
    _w(
        "llamaindex-available-context",
        _CTX,
        "ValueError: Calculated available context size -1024 was not non-negative.",
    ),
]


@pytest.mark.parametrize(("kind", "retryable", "text"), _WORDINGS)
def test_app_wording_as_text(kind: Kind, retryable: bool, text: str) -> None:
    """An application's printed failure gets the kind its source gives it, as a string."""
    error = classify(text)
    assert (error.kind, error.retryable) == (kind, retryable)


@pytest.mark.parametrize(("kind", "retryable", "text"), _WORDINGS)
def test_app_wording_as_exception(kind: Kind, retryable: bool, text: str) -> None:
    """The same failure raised as an exception's message gets the same kind."""
    error = classify(Exception(text))
    assert (error.kind, error.retryable) == (kind, retryable)


def _b(id_: str, kind: Kind, status: int, body: dict[str, object]) -> object:
    return pytest.param(status, body, kind, id=id_)


# An application's error body: the enum value in its own field decides, over the status the
# application answered with (Dify answers 400 for every model failure, LobeHub its own).
_BODIES = [
    # LobeHub: {"errorType": …} (packages/model-runtime/src/types/error.ts AgentRuntimeErrorType,
    # packages/types/src/fetch.ts ChatErrorType), with the status its getStatus gives each
    # (src/app/(backend)/utils/errorResponse.ts: a name containing "Invalid" 401, plan limits
    # 403, ModelNotFound 404, quotas 429, Ollama 472, an unlisted name the fallback 500).
    _b("lobe-rate-limit-exceeded", _RATE, 500, {"errorType": "RateLimitExceeded"}),
    _b("lobe-quota-limit-reached", _RATE, 429, {"errorType": "QuotaLimitReached"}),
    _b("lobe-insufficient-quota", _USAGE, 429, {"errorType": "InsufficientQuota"}),
    _b("lobe-model-not-found", _CONF, 404, {"errorType": "ModelNotFound"}),
    _b("lobe-permission-denied", _AUTH, 500, {"errorType": "PermissionDenied"}),
    _b("lobe-exceeded-context-window", _CTX, 400, {"errorType": "ExceededContextWindow"}),
    _b("lobe-invalid-provider-api-key", _AUTH, 401, {"errorType": "InvalidProviderAPIKey"}),
    _b("lobe-no-openai-api-key", _AUTH, 401, {"errorType": "NoOpenAIAPIKey"}),
    _b("lobe-invalid-access-code", _AUTH, 401, {"errorType": "InvalidAccessCode"}),
    _b("lobe-provider-unavailable", _OVER, 500, {"errorType": "ProviderServiceUnavailable"}),
    _b("lobe-provider-network", _TIME, 500, {"errorType": "ProviderNetworkError"}),
    _b("lobe-ollama-unavailable", _TIME, 472, {"errorType": "OllamaServiceUnavailable"}),
    _b("lobe-client-llm-timeout", _TIME, 500, {"errorType": "ClientLlmTimeout"}),
    _b("lobe-no-available-channel", _CONF, 500, {"errorType": "NoAvailableChannel"}),
    _b("lobe-no-available-provider", _CONF, 500, {"errorType": "NoAvailableProvider"}),
    _b("lobe-content-moderation", _FILTER, 500, {"errorType": "ContentModeration"}),
    _b(
        "lobe-provider-content-policy",
        _FILTER,
        500,
        {"errorType": "ProviderContentPolicyViolation"},
    ),
    _b("lobe-capability-not-supported", _CONF, 500, {"errorType": "CapabilityNotSupported"}),
    _b("lobe-invalid-request-format", _CONF, 401, {"errorType": "InvalidRequestFormat"}),
    _b("lobe-request-body-too-large", _CTX, 500, {"errorType": "RequestBodyTooLarge"}),
    _b("lobe-user-config", _CONF, 500, {"errorType": "UserConfigError"}),
    _b("lobe-connection-check-failed", _CONF, 500, {"errorType": "ConnectionCheckFailed"}),
    _b("lobe-free-plan-limit", _USAGE, 403, {"errorType": "FreePlanLimit"}),
    _b("lobe-subscription-plan-limit", _USAGE, 403, {"errorType": "SubscriptionPlanLimit"}),
    _b("lobe-insufficient-budget", _USAGE, 403, {"errorType": "InsufficientBudgetForModel"}),
    _b("lobe-insufficient-credits", _USAGE, 402, {"errorType": "InsufficientCredits"}),
    _b("lobe-model-deprecated", _CONF, 400, {"errorType": "LobeHubModelDeprecated"}),
    # Chatbox AI: {"error": {"code": …}} (src/shared/models/errors.ts).
    _b("chatbox-token-quota", _USAGE, 400, {"error": {"code": "token_quota_exhausted"}}),
    _b("chatbox-upgrade-required", _USAGE, 400, {"error": {"code": "license_upgrade_required"}}),
    _b("chatbox-expired-license", _USAGE, 400, {"error": {"code": "expired_license"}}),
    _b("chatbox-license-key-required", _AUTH, 400, {"error": {"code": "license_key_required"}}),
    _b("chatbox-license-not-found", _AUTH, 400, {"error": {"code": "license_not_found"}}),
    # Dify: a plugin's error_type, and the console API's codes
    # (api/controllers/console/app/error.py).
    _b(
        "dify-invoke-rate-limit",
        _RATE,
        400,
        {"error_type": "InvokeRateLimitError", "message": "[models] Error: Rate Limit Error"},
    ),
    _b(
        "dify-invoke-authorization",
        _AUTH,
        400,
        {"error_type": "InvokeAuthorizationError", "message": "[openai] invalid"},
    ),
    _b(
        "dify-invoke-server-unavailable",
        _TIME,
        400,
        {"error_type": "InvokeServerUnavailableError", "message": "[anthropic] Server Error"},
    ),
    _b(
        "dify-provider-quota-exceeded",
        _USAGE,
        400,
        {"code": "provider_quota_exceeded", "message": "Your quota has been used.", "status": 400},
    ),
    _b(
        "dify-provider-not-initialize",
        _AUTH,
        400,
        {
            "code": "provider_not_initialize",
            "message": "No valid model provider credentials found. Please go to Settings -> "
            "Model Provider to complete your provider credentials.",
            "status": 400,
        },
    ),
    _b(
        "dify-model-currently-not-support",
        _CONF,
        400,
        {
            "code": "model_currently_not_support",
            "message": "Dify Hosted OpenAI trial currently not support the GPT-4 model.",
            "status": 400,
        },
    ),
]


@pytest.mark.parametrize(("status", "body", "kind"), _BODIES)
def test_app_error_body(status: int, body: dict[str, object], kind: Kind) -> None:
    """An application's error enum in its body decides the kind over its own status."""
    error = classify_response(status, body)
    assert (error.kind, error.retryable) == (kind, _RETRYABLE[kind])


# Dify raises its model-runtime errors as Python exceptions (InvokeError subclasses), LangChain its
# ContextOverflowError (a LangChainException); a message that names a more specific failure still
# wins over a class that names only a bad request.
_APP_CLASSES = [
    pytest.param("InvokeError", "InvokeAuthorizationError", "oops", _AUTH, id="dify-authorization"),
    pytest.param("InvokeError", "InvokeRateLimitError", "oops", _RATE, id="dify-rate-limit"),
    pytest.param("InvokeError", "InvokeConnectionError", "oops", _TIME, id="dify-connection"),
    pytest.param(
        "InvokeError", "InvokeServerUnavailableError", "oops", _TIME, id="dify-server-unavailable"
    ),
    pytest.param("InvokeError", "InvokeBadRequestError", "oops", _CONF, id="dify-bad-request"),
    pytest.param(
        "InvokeError",
        "InvokeBadRequestError",
        "This model's maximum context length is 8192 tokens.",
        _CTX,
        id="dify-bad-request-overflow",
    ),
    pytest.param(
        "Exception", "CredentialsValidateFailedError", "Invalid", _AUTH, id="dify-credentials"
    ),
    pytest.param("ValueError", "ProviderTokenNotInitError", "Missing", _AUTH, id="dify-no-token"),
    pytest.param(
        "LangChainException", "ContextOverflowError", "too long", _CTX, id="langchain-overflow"
    ),
    pytest.param(
        "Exception", "LLMContextLengthExceededError", "oops", _CTX, id="crewai-context-length"
    ),
]


@pytest.mark.parametrize(("base", "name", "message", "kind"), _APP_CLASSES)
def test_app_exception_class(base: str, name: str, message: str, kind: Kind) -> None:
    """An application's exception is recognised by its class name, never by import."""
    parent = type(base, (Exception,), {})
    error = classify(type(name, (parent,), {})(message))
    assert (error.kind, error.retryable) == (kind, _RETRYABLE[kind])
