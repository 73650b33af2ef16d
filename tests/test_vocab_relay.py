"""Relay and gateway vocabulary: each refusal an OpenAI-compatible relay, proxy or gateway
writes itself (one-api, new-api, one-hub, LiteLLM proxy, Portkey, OpenRouter, claude-relay-service,
sub2api, CLIProxyAPI, uni-api, Kong, Envoy AI Gateway, ngrok), taken from its source or docs,
gets the kind CONTRACT §2 gives it: as logged text, as an exception and as the relay's body.

The relays speak for their own ledgers: a spent relay token is a cap (usage_limit), a relay
token that is unknown, expired, disabled or kept from a model is auth, a model or group the relay
does not serve is config, whatever status (often 503) the relay sends with it.
"""

from __future__ import annotations

import pytest

from chaterror import Kind, classify, classify_response

_U, _R, _O, _T = Kind.USAGE_LIMIT, Kind.RATE_LIMIT, Kind.OVERLOADED, Kind.TIMEOUT
_A, _C, _X, _F = Kind.AUTH, Kind.CONFIG, Kind.CONTEXT_LENGTH, Kind.CONTENT_FILTER

# CONTRACT §2's retryable column.
_RETRYABLE = {_U: False, _R: True, _O: True, _T: True, _A: False, _C: False, _X: False, _F: False}


def _w(id_: str, status: int, kind: Kind, text: str) -> object:
    return pytest.param(status, kind, text, id=id_)


_WORDINGS = [
    # one-api (songquanpeng/one-api@8df4a26: model/token.go ValidateUserToken, middleware/auth.go and
    # distributor.go abortWithMessage, relay/controller/*.go ErrorWrapper, controller/relay.go).
    _w("oa-no-token", 401, _A, "未提供令牌 (request id: 2024052312345678)"),
    _w("oa-invalid-token", 401, _A, "无效的令牌 (request id: 2024052312345678)"),
    _w("oa-token-verify-failed", 401, _A, "令牌验证失败"),
    _w("oa-token-named-exhausted", 401, _U, "令牌 default（#12）额度已用尽"),
    _w("oa-token-expired", 401, _A, "该令牌已过期"),
    _w("oa-token-unavailable", 401, _A, "该令牌状态不可用"),
    _w("oa-token-exhausted", 401, _U, "该令牌额度已用尽"),
    _w("oa-token-quota-short", 403, _U, "令牌额度不足"),
    _w("oa-user-quota-short", 403, _U, "用户额度不足"),
    _w("oa-token-subnet", 403, _A, "该令牌只能在指定网段使用：10.0.0.0/8，当前 ip：203.0.113.4"),
    _w("oa-user-banned", 403, _A, "用户已被封禁"),
    _w("oa-token-model", 403, _A, "该令牌无权使用模型：gpt-4o"),
    _w("oa-no-specific-channel", 403, _A, "普通用户不支持指定渠道"),
    _w("oa-invalid-channel-id", 400, _C, "无效的渠道 Id"),
    _w("oa-channel-disabled", 403, _C, "该渠道已被禁用"),
    _w(
        "oa-no-channel",
        503,
        _C,
        "当前分组 default 下对于模型 gpt-5 无可用渠道 (request id: 2024052312345678)",
    ),
    _w("oa-user-quota-en", 403, _U, "user quota is not enough"),
    _w("oa-text-too-long", 400, _X, "input is too long (over 4096 characters)"),
    _w("oa-prompt-missing", 400, _C, "prompt is required"),
    _w("oa-image-size", 400, _C, "size not supported for this image model"),
    _w("oa-image-prompt-too-long", 400, _X, "prompt is too long"),
    _w("oa-image-n", 400, _C, "invalid value of n"),
    _w("oa-max-tokens", 400, _C, "max_tokens is invalid"),
    _w("oa-model-required", 400, _C, "model is required"),
    _w("oa-messages-required", 400, _C, "field messages is required"),
    _w("oa-api-not-implemented", 501, _C, "API not implemented"),
    _w("oa-invalid-url", 404, _C, "Invalid URL (POST /v1/chat/completion)"),
    _w(
        "oa-group-saturated",
        429,
        _R,
        "当前分组上游负载已饱和，请稍后再试 (request id: 2024052312345678)",
    ),
    # new-api (QuantumNous/new-api: i18n/locales/en.yaml and zh-CN.yaml token.*, user.*, channel.*,
    # distributor.*, rate_limit.*; relay helper ModelPriceHelper; types/error.go codes).
    _w("na-token-invalid", 401, _A, "Invalid token"),
    _w("na-token-not-provided", 401, _A, "Token not provided"),
    _w("na-token-expired", 401, _A, "This token has expired"),
    _w(
        "na-token-exhausted",
        401,
        _U,
        "This token quota is exhausted TokenStatusExhausted[sk-abc***xyz]",
    ),
    _w("na-token-exhausted-cn", 401, _U, "该令牌额度已用尽 TokenStatusExhausted[sk-abc***xyz]"),
    _w("na-token-unavailable", 401, _A, "This token status is unavailable"),
    _w(
        "na-token-db-error",
        401,
        _A,
        "Invalid token, database query error, please contact administrator",
    ),
    _w("na-token-db-error-cn", 401, _A, "无效的令牌，数据库查询出错，请联系管理员"),
    _w("na-user-disabled", 403, _A, "This user has been disabled"),
    _w("na-user-disabled-cn", 403, _A, "该用户已被禁用"),
    _w("na-user-banned", 403, _A, "User has been banned"),
    _w("na-quota-insufficient", 403, _U, "Insufficient quota"),
    _w(
        "na-group-saturated-en",
        429,
        _R,
        "Current group upstream load is saturated, please try again later",
    ),
    _w(
        "na-get-available-failed",
        503,
        _C,
        "Failed to get available channels for model gpt-5 under group default",
    ),
    _w("na-get-available-failed-cn", 503, _C, "获取分组 default 下模型 gpt-5 的可用渠道失败"),
    _w(
        "na-request-limit",
        429,
        _R,
        "You have reached the request limit: maximum 60 requests in 1 minutes",
    ),
    _w(
        "na-total-request-limit",
        429,
        _R,
        "You have reached the total request limit: maximum 100 requests in 1 minutes, including failed attempts",
    ),
    _w("na-request-limit-cn", 429, _R, "您已达到请求数限制：1分钟内最多请求60次"),
    _w(
        "na-total-request-limit-cn",
        429,
        _R,
        "您已达到总请求数限制：1分钟内最多请求100次，包括失败次数",
    ),
    _w("na-invalid-channel-id", 400, _C, "Invalid channel ID"),
    _w("na-channel-disabled", 403, _C, "This channel has been disabled"),
    _w("na-token-no-models", 403, _A, "This token has no access to any models"),
    _w("na-token-no-models-cn", 403, _A, "该令牌无权访问任何模型"),
    _w("na-token-model", 403, _A, "This token has no access to model gpt-4o"),
    _w("na-token-model-cn", 403, _A, "该令牌无权访问模型 gpt-4o"),
    _w("na-model-required", 400, _C, "Model name not specified, model name cannot be empty"),
    _w("na-model-required-cn", 400, _C, "未指定模型名称，模型名称不能为空"),
    _w("na-group-denied", 403, _A, "No permission to access this group"),
    _w("na-group-denied-cn", 403, _A, "无权访问该分组"),
    _w(
        "na-get-channel-failed",
        503,
        _C,
        "Failed to get available channel for model gpt-5 under group vip (distributor): no channel",
    ),
    _w(
        "na-no-channel",
        503,
        _C,
        "No available channel for model gpt-5 under group default (distributor)",
    ),
    _w("na-no-channel-cn", 503, _C, "分组 default 下模型 gpt-5 无可用渠道（distributor）"),
    _w("na-parse-model", 400, _C, "Invalid request, unable to parse model"),
    _w("na-parse-model-cn", 400, _C, "无效的请求，无法解析模型"),
    _w(
        "na-model-price",
        400,
        _C,
        "模型 gpt-x 倍率或价格未配置，请联系管理员设置或开始自用模式；Model gpt-x ratio or price not set, please set or start self-use mode",
    ),
    _w("na-sensitive-words", 400, _F, "sensitive words detected"),
    _w(
        "na-upstream-sensitive",
        502,
        _F,
        "upstream sensitive content filter triggered after 3 retries",
    ),
    # one-hub (MartialBE/one-hub@387f8bf: model/token.go, middleware/auth.go, relay/common.go
    # FilterOpenAIErr, relay/main.go).
    _w("oh-retry-timeout", 429, _R, "重试超时，上游负载已饱和，请稍后再试"),
    _w(
        "oh-upstream-saturated",
        429,
        _R,
        "上游负载已饱和，请稍后再试 (request id: 2024052312345678)",
    ),
    _w("oh-group-missing", 403, _C, "分组 vip 不存在"),
    _w("oh-channel-required", 403, _C, "必须指定渠道"),
    _w("oh-token-not-found", 401, _A, "令牌不存在"),
    _w("oh-token-expired", 401, _A, "令牌已过期"),
    _w("oh-token-unavailable", 401, _A, "令牌状态不可用"),
    _w("oh-token-exhausted", 401, _U, "令牌额度已用尽"),
    _w("oh-user-quota", 402, _U, "user quota is not enough"),
    _w("oh-mj-sensitive", 400, _F, "可能包含敏感词"),
    # LiteLLM proxy (BerriAI/litellm litellm/proxy/auth/user_api_key_auth.py, auth_checks.py,
    # hooks/parallel_request_limiter.py; bodies as the proxy returns them).
    _w(
        "ll-invalid-token",
        401,
        _A,
        "Authentication Error, Invalid proxy server token passed. Received API Key = sk-...abcd, Key Hash (Token) =61def7928d739903cc1d300521e6ac878bf50e70720607e03ff077cd6c5cb57d. Unable to find token in cache or `LiteLLM_VerificationTokenTable`",
    ),
    _w(
        "ll-key-blocked",
        401,
        _A,
        "Authentication Error, Key is blocked. Update via `/key/unblock` if you're an admin.",
    ),
    _w(
        "ll-expired-key",
        401,
        _A,
        "Authentication Error - Expired Key. Key Expiry time 2026-09-01 00:00:00 and current time 2026-10-01 00:00:00",
    ),
    _w(
        "ll-virtual-key-expected",
        401,
        _A,
        "Authentication Error, LiteLLM Virtual Key expected. Received=dummy-key, expected to start with 'sk-'.",
    ),
    _w(
        "ll-malformed-key",
        401,
        _A,
        "Authentication Error, Malformed API Key passed in. Ensure Key has `Bearer ` prefix. Passed in: Basic abc",
    ),
    _w("ll-no-key", 401, _A, "Authentication Error, No api key passed in."),
    _w(
        "ll-key-budget",
        400,
        _U,
        "Budget has been exceeded! Key=zero-budget-key (sk-...abcd) Current cost: 0.0, Max budget: 0.0",
    ),
    _w(
        "ll-team-budget",
        429,
        _U,
        "Budget has been exceeded! Team=c376eb0e Current cost: 2.0, Max budget: 1.0",
    ),
    _w(
        "ll-proxy-budget",
        400,
        _U,
        "LiteLLM Proxy has exceeded its budget. Current spend: 10.1; Max Budget: 10.0",
    ),
    _w(
        "ll-key-model",
        401,
        _A,
        "key not allowed to access model. This key can only access models=['support']. Tried to access gpt-4o",
    ),
    _w(
        "ll-team-model",
        401,
        _A,
        "team not allowed to access model. This team can only access models=['support']. Tried to access gpt-4o",
    ),
    _w(
        "ll-route",
        403,
        _A,
        "Virtual key is not allowed to call this route. Only allowed routes: ['/v1/chat/completions'] Tried to call route: /key/generate",
    ),
    _w(
        "ll-team-missing",
        401,
        _A,
        "Team doesn't exist in db. Team=abc. Create team via `/team/new` call.",
    ),
    _w(
        "ll-team-blocked",
        401,
        _A,
        "Team=abc is blocked. Update via `/team/unblock` if your admin.",
    ),
    _w(
        "ll-end-user-budget",
        400,
        _U,
        "ExceededBudget: End User=abc over budget. Spend=1.2, Budget=1.0",
    ),
    _w("ll-guardrail", 400, _F, "Violated guardrail policy"),
    _w(
        "ll-no-healthy-deployments",
        400,
        _C,
        "You passed in model=deepseek-v4-flash. There are no healthy deployments for this model.",
    ),
    _w("ll-admin-route", 403, _A, "Only proxy admin can access this route"),
    _w(
        "ll-key-rate",
        429,
        _R,
        "Rate limit exceeded for api_key: f115abcd. Limit type: tokens. Current limit: 100000, Remaining: 0. Limit resets at: 2026-10-01 00:01:00 UTC",
    ),
    _w(
        "ll-parallel",
        429,
        _R,
        "Max parallel request limit reached. Hit limit for api_key: abcd. tpm_limit: 100, current_tpm 120, rpm_limit: 10 current rpm 2",
    ),
    _w(
        "ll-crossed-limit",
        429,
        _R,
        "LiteLLM Rate Limit Handler for rate limit type = key. Crossed TPM / RPM / Max Parallel Request Limit. current rpm: 1, rpm limit: 1, current tpm: 0, tpm limit: 9223372036854775807",
    ),
    _w(
        "ll-invalid-model",
        400,
        _C,
        "Invalid model name passed in model=gpt-5. Call `/v1/models` to view available models for your key.",
    ),
    _w(
        "ll-no-deployments",
        429,
        _R,
        "No deployments available for selected model, Try again in 60 seconds. Passed model=gpt-4o. pre-call-checks=False, cooldown_list=[]",
    ),
    # Portkey (Portkey-AI/gateway@669825c src/handlers; portkey.ai/docs/aigw/api-reference/
    # inference-api/error-codes: 408, 412, 446).
    _w("pk-timeout", 408, _T, "Request exceeded the timeout sent in the request: 30000ms"),
    _w(
        "pk-header-required",
        400,
        _C,
        "Either x-portkey-config or x-portkey-provider header is required",
    ),
    _w("pk-invalid-provider", 400, _C, "Invalid provider passed"),
    _w("pk-invalid-config", 400, _C, "Invalid config passed"),
    _w("pk-budget", 412, _U, "Budget exhausted"),
    _w(
        "pk-guardrail",
        446,
        _F,
        "The guardrail checks defined in the config failed. You can find more information in the `hook_results` object.",
    ),
    # OpenRouter (openrouter.ai/docs/api-reference/errors error codes; its routing and limits pages).
    _w(
        "or-402",
        402,
        _U,
        "Your account or API key has insufficient credits. Add more credits and retry the request.",
    ),
    _w("or-403", 403, _F, "Your chosen model requires moderation and your input was flagged"),
    _w("or-408", 408, _T, "Your request timed out"),
    _w("or-429", 429, _R, "You are being rate limited"),
    _w("or-502", 502, _T, "Your chosen model is down or we received an invalid response from it"),
    _w(
        "or-503",
        503,
        _O,
        "There is no available model provider that meets your routing requirements",
    ),
    _w(
        "or-no-endpoints-policy",
        404,
        _C,
        "No endpoints found matching your data policy (Free model publication). Configure: https://openrouter.ai/settings/privacy",
    ),
    _w(
        "or-no-endpoints-tools",
        404,
        _C,
        "No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing",
    ),
    _w(
        "or-cannot-afford",
        402,
        _U,
        "This request requires more credits, or fewer max_tokens. You requested up to 4096 tokens, but can only afford 1000. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account",
    ),
    _w(
        "or-key-limit",
        403,
        _U,
        "Key limit exceeded (total limit). Manage it using https://openrouter.ai/settings/keys",
    ),
    _w("or-invalid-model", 400, _C, "google/gemini-9 is not a valid model ID"),
    _w(
        "or-upstream-rate-limited",
        429,
        _R,
        "deepseek/deepseek-r1:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations",
    ),
    # claude-relay-service (Wei-Shaw/claude-relay-service@8479c7c src/middleware/auth.js, src/app.js).
    _w("crs-request-window", 429, _R, "已达到请求次数限制 (100 次)，将在 5 分钟后重置"),
    _w("crs-token-window", 429, _R, "已达到 Token 使用限制 (100000 tokens)，将在 5 分钟后重置"),
    _w("crs-cost-window", 429, _R, "已达到费用限制 ($5)，将在 30 分钟后重置"),
    _w("crs-daily-cost", 429, _U, "已达到每日费用限制 ($10)"),
    _w("crs-total-cost", 429, _U, "已达到总费用限制 ($100)"),
    _w("crs-weekly-opus-cost", 429, _U, "已达到 Claude 模型周费用限制 ($50)"),
    _w("crs-concurrent", 429, _R, "Too many concurrent requests. Limit: 5 concurrent requests"),
    _w(
        "crs-queue-wait",
        429,
        _R,
        "Too many requests waiting in queue. Limit: 5 concurrent requests, queue: 10/10, timeout: 30s",
    ),
    _w("crs-model-not-allowed", 403, _A, "Model claude-opus-4 is not allowed for this API key"),
    _w("crs-no-claude", 403, _A, "This API key does not have permission to access Claude"),
    _w("crs-no-gemini", 403, _A, "此 API Key 无权访问 Gemini 服务"),
    _w("crs-key-disabled", 403, _A, 'API Key "team-a" 已被禁用'),
    _w("crs-key-expired", 403, _A, 'API Key "team-a" 已过期'),
    _w("crs-key-format", 401, _A, "API key format is invalid"),
    _w("crs-key-unknown", 404, _A, "The specified API key does not exist"),
    _w("crs-client", 403, _A, "Your client is not authorized to use this API key"),
    _w("crs-claude-code-only", 403, _A, "This endpoint only accepts requests from Claude Code CLI"),
    _w(
        "crs-account-disabled",
        403,
        _A,
        "Your account has been disabled. Please contact administrator.",
    ),
    _w("crs-ip", 429, _R, "Too many requests from this IP, please try again later."),
    _w("crs-body-size", 413, _X, "Request body size exceeds limit"),
    # sub2api (Wei-Shaw/sub2api@d3e73f1 backend/internal/server/middleware/api_key_auth.go and the
    # subscription service's errors).
    _w("s2a-daily", 429, _U, "daily usage limit exceeded"),
    _w("s2a-weekly", 429, _U, "weekly usage limit exceeded"),
    _w("s2a-monthly", 429, _U, "monthly usage limit exceeded"),
    _w("s2a-subscription-invalid", 403, _U, "subscription is invalid or expired"),
    _w("s2a-subscription-missing", 403, _U, "No active subscription found for this group"),
    _w("s2a-balance", 403, _U, "Insufficient account balance"),
    _w("s2a-key-disabled", 401, _A, "API key is disabled"),
    _w("s2a-key-invalid", 401, _A, "Invalid API key"),
    _w(
        "s2a-key-required",
        401,
        _A,
        "API key is required in Authorization header (Bearer scheme), x-api-key header, or x-goog-api-key header",
    ),
    _w("s2a-user-inactive", 401, _A, "User account is not active"),
    _w("s2a-upstream-rate-limit", 429, _R, "Upstream rate limit exceeded, please retry later"),
    # CLIProxyAPI, uni-api, Kong, Envoy AI Gateway, ngrok AI Gateway (router-for-me/CLIProxyAPI@a7e3596
    # sdk/cliproxy/auth/selector.go and sdk/api/handlers/handlers_routing.go; yym68686/uni-api@7abb50a
    # main.py; Kong ai-rate-limiting-advanced; envoyproxy/ai-gateway's default 404 body;
    # ngrok.com/docs/ai-gateway/reference/error-codes ERR_NGROK_3800).
    _w(
        "cpa-cooldown",
        429,
        _R,
        "All credentials for model gemini-2.5-pro are cooling down via provider gemini-cli",
    ),
    _w("cpa-unknown-provider", 400, _C, "unknown provider for model gpt-9"),
    _w("ua-no-model", 404, _C, "No matching model found: gpt-9"),
    _w("ua-api-key", 403, _A, "Invalid or missing API Key"),
    _w(
        "ua-body-too-large",
        413,
        _X,
        "The request body is too large for all available providers: gpt-4o",
    ),
    _w(
        "ua-body-too-long",
        400,
        _X,
        "The request body is too long, No available providers at the moment: gpt-4o",
    ),
    _w("kong-ai-token-rate", 429, _R, "AI token rate limit exceeded for provider(s): openai"),
    _w("kong-prompt-guard-deny", 400, _F, "prompt pattern is blocked"),
    _w("kong-prompt-guard-allow", 400, _F, "prompt doesn't match any allowed pattern"),
    _w(
        "envoy-no-route",
        404,
        _C,
        "No matching route found. It is likely because the model specified in your request is not configured in the Gateway.",
    ),
    _w("ngrok-3800", 502, _T, "Could not reach the AI provider. The upstream request failed."),
    # Other gateways' documented errors: docs.merge.dev/merge-gateway/errors (model_not_found,
    # project_budget_exceeded), yunqi.tech/documents/aigw_pass_through_code
    # (GATEWAY_MISSING_VIRTUAL_KEY); new-api's token pre-charge (service PreConsumeTokenQuota).
    _w(
        "merge-model",
        404,
        _C,
        "Model 'openai/gpt-9' is not supported. Check /v1/models for available models.",
    ),
    _w(
        "merge-budget",
        400,
        _U,
        "Project budget exceeded for '4f8b2c6e-9d1a-4e7a-b3f5-2c8d0a6e1b47'.",
    ),
    _w(
        "yunqi-missing-virtual-key",
        401,
        _A,
        "[G2] Virtual key not provided. path=/v1/chat/completions",
    ),
    _w(
        "new-api-old-token-quota",
        403,
        _U,
        "token quota is not enough, token remain quota: ＄0.000500, need quota: ＄0.012000",
    ),
    _w(
        "new-api-old-token-exhausted",
        401,
        _U,
        "该令牌额度已用尽 !token.UnlimitedQuota && token.RemainQuota = -1234",
    ),
    # done-hub (deanxv/done-hub@42841b3 relay and middleware) and aiproxy (labring/aiproxy@aebeb5e
    # core/model/token.go, core/middleware/auth.go and distributor.go, core/controller/
    # relay-controller.go).
    _w("dh-all-groups-no-channel", 503, _C, "所有分组都无可用渠道"),
    _w("dh-group-denied", 403, _A, "无权使用分组 vip"),
    _w("ap-upstream-saturated", 503, _R, "the upstream load is saturated, please try again later"),
    _w("ap-group-balance", 403, _U, "group `team-a` balance not enough"),
    _w("ap-group-balance-paren", 403, _U, "group (team-a) balance not enough"),
    _w("ap-token-disabled", 401, _A, "token (default[12]) is disabled"),
    _w("ap-token-total-quota", 401, _U, "token (default[12]) total quota is exhausted"),
    _w("ap-token-period-quota", 401, _U, "token (default[12]) period quota is exhausted"),
    _w("ap-invalid-token", 401, _A, "invalid token"),
    _w("ap-group-disabled", 403, _A, "group is disabled"),
    _w("ap-rpm", 429, _R, "request rate limit exceeded, please try again later"),
    _w("ap-tpm", 429, _R, "request tpm limit exceeded, please try again later"),
    _w(
        "ap-model-access",
        404,
        _C,
        "The model `gpt-9` does not exist or you do not have access to it.",
    ),
    _w("ap-model-endpoint", 404, _C, "The model `gpt-9` does not exist on this endpoint."),
    _w("ap-no-model", 400, _C, "no model provided"),
    _w("ap-maintenance", 503, _T, "service is under maintenance"),
    _w("ap-no-access-token", 401, _A, "unauthorized, no access token provided"),
]


@pytest.mark.parametrize(("status", "kind", "text"), _WORDINGS)
def test_wording_as_text(status: int, kind: Kind, text: str) -> None:
    """The relay's wording alone, as an application logs it, gets its kind."""
    err = classify(text)
    assert (err.kind, err.retryable) == (kind, _RETRYABLE[kind])


@pytest.mark.parametrize(("status", "kind", "text"), _WORDINGS)
def test_wording_as_exception(status: int, kind: Kind, text: str) -> None:
    """The wording as an exception's message gets the same kind."""
    err = classify(RuntimeError(text))
    assert (err.kind, err.retryable) == (kind, _RETRYABLE[kind])


@pytest.mark.parametrize(("status", "kind", "text"), _WORDINGS)
def test_wording_in_relay_body(status: int, kind: Kind, text: str) -> None:
    """The wording in the relay's OpenAI-style body, with the status it sends, keeps its kind."""
    body = {"error": {"message": text, "type": "new_api_error"}}
    err = classify_response(status, body)
    assert (err.kind, err.retryable) == (kind, _RETRYABLE[kind])


_CODES = [
    # new-api types/error.go (QuantumNous/new-api@01f6839): the codes it answers with, under a
    # message that may say nothing.
    pytest.param(403, "entitlement_daily_limit_exceeded", _U, id="new-api-entitlement-daily"),
    pytest.param(403, "entitlement_total_limit_exceeded", _U, id="new-api-entitlement-total"),
    pytest.param(403, "insufficient_user_quota", _U, id="new-api-user-quota"),
    pytest.param(429, "token_concurrency_limit_reached", _R, id="new-api-token-concurrency"),
    pytest.param(400, "sensitive_words_detected", _F, id="new-api-sensitive-words"),
    pytest.param(403, "violation_fee.grok.csam", _F, id="new-api-grok-csam"),
    pytest.param(500, "model_price_error", _C, id="new-api-model-price"),
    pytest.param(503, "model_not_found", _C, id="new-api-no-channel-code"),
    # claude-relay-service's upstream_rate_limited arrives as a 403 (src/middleware/auth.js).
    pytest.param(403, "upstream_rate_limited", _R, id="crs-upstream-rate-limited"),
    # sub2api's subscription windows (backend/internal/service subscription errors).
    pytest.param(429, "DAILY_LIMIT_EXCEEDED", _U, id="sub2api-daily"),
    pytest.param(429, "WEEKLY_LIMIT_EXCEEDED", _U, id="sub2api-weekly"),
    pytest.param(429, "MONTHLY_LIMIT_EXCEEDED", _U, id="sub2api-monthly"),
    pytest.param(429, "USAGE_LIMIT_EXCEEDED", _U, id="sub2api-usage"),
    # CLIProxyAPI's cooldown body (sdk/cliproxy/auth/selector.go).
    pytest.param(429, "model_cooldown", _R, id="cliproxyapi-model-cooldown"),
    # LiteLLM proxy's error types (litellm/proxy/_types.py ProxyErrorTypes).
    pytest.param(429, "budget_exceeded", _U, id="litellm-budget-exceeded"),
    pytest.param(401, "token_not_found_in_db", _A, id="litellm-token-not-found"),
    pytest.param(401, "key_model_access_denied", _A, id="litellm-key-model-access"),
]


@pytest.mark.parametrize(("status", "code", "kind"), _CODES)
def test_relay_code_names_its_kind(status: int, code: str, kind: Kind) -> None:
    """A relay's own code in the body decides the kind, whatever its status usually means."""
    body = {"error": {"code": code, "type": "new_api_error", "message": "see code"}}
    err = classify_response(status, body)
    assert (err.kind, err.retryable, err.code) == (kind, _RETRYABLE[kind], code)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A spent relay token is the balance family's, not auth's, though it names the token.
        pytest.param("该令牌额度已用尽", _U, id="spent-token-is-a-cap"),
        pytest.param("令牌 default（#12）额度已用尽", _U, id="named-spent-token-is-a-cap"),
        # A per-day cost cap is not the windowed cost limit beside it.
        pytest.param("已达到每日费用限制 ($10)", _U, id="daily-cost-is-a-cap"),
        # A model that does not exist is not an API key that does not exist.
        pytest.param("The specified model does not exist", _C, id="missing-model-is-config"),
        # new-api's model-less channel message stays config under its distributor suffix.
        pytest.param("分组 vip 下模型 gpt-5 无可用渠道（distributor）", _C, id="no-channel-suffix"),
    ],
)
def test_look_alike_keeps_its_own_kind(text: str, kind: Kind) -> None:
    """A wording next to a relay family keeps the kind of what it actually says."""
    assert classify(text).kind is kind
