"""Quota vocabulary: each wording a provider or gateway documents for a hard cap (usage_limit), a
throttle (rate_limit) or its own capacity (overloaded) gets the kind the provider's own
documentation gives the limit, as text and inside an HTTP error body.

The kind follows the window the source documents, not the word it uses: a per-minute "quota"
is a throttle, a per-day "rate limit" is a cap. Each group names its source.
"""

from __future__ import annotations

import pytest

from chaterror import Kind, classify, classify_response

_USAGE, _RATE, _OVER = Kind.USAGE_LIMIT, Kind.RATE_LIMIT, Kind.OVERLOADED

# CONTRACT §2's retryable column for the three kinds.
_RETRYABLE = {_USAGE: False, _RATE: True, _OVER: True}


def _w(id_: str, provider: str | None, status: int, kind: Kind, text: str) -> object:
    return pytest.param(provider, status, kind, text, id=id_)


_WORDINGS = [
    # OpenAI: platform.openai.com/docs/guides/error-codes (429 quota and rate limits, 503).
    _w(
        "openai-insufficient-quota",
        "openai",
        429,
        _USAGE,
        "You exceeded your current quota, please check your plan and billing details.",
    ),
    _w(
        "openai-tpm",
        "openai",
        429,
        _RATE,
        "Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): "
        "Limit 30000, Used 29000, Requested 2000. Please try again in 2s.",
    ),
    _w(
        "openai-rpd",
        "openai",
        429,
        _USAGE,
        "Rate limit reached for gpt-4 in organization org-abc on requests per day (RPD): "
        "Limit 200, Used 200, Requested 1. Please try again in 7m12s.",
    ),
    _w(
        "openai-tpd",
        "openai",
        429,
        _USAGE,
        "Rate limit reached for gpt-4o-mini in organization org-abc on tokens per day (TPD): "
        "Limit 200000, Used 199500, Requested 900. Please try again in 3m.",
    ),
    _w(
        "openai-enqueued-tokens",
        "openai",
        429,
        _RATE,
        "Enqueued token limit reached for gpt-4o in organization org-abc. Limit: 90,000 enqueued "
        "tokens. Please try submitting an equal or smaller batch once your previous batches have "
        "completed.",
    ),
    _w(
        "openai-engine-overloaded",
        "openai",
        503,
        _OVER,
        "The engine is currently overloaded, please try again later",
    ),
    _w("openai-billing-hard-limit", "openai", 400, _USAGE, "Billing hard limit has been reached"),
    # Azure OpenAI: learn.microsoft.com azure/ai-foundry/openai/quota (TPM/RPM per deployment).
    _w(
        "azure-token-rate-limit",
        "azure",
        429,
        _RATE,
        "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version "
        "2024-02-01 have exceeded token rate limit of your current OpenAI S0 pricing tier. "
        "Please retry after 6 seconds.",
    ),
    _w(
        "azure-call-rate-limit",
        "azure",
        429,
        _RATE,
        "Requests to the Embeddings_Create Operation under Azure OpenAI API version 2023-05-15 "
        "have exceeded call rate limit of your current OpenAI S0 pricing tier. Please retry "
        "after 1 second.",
    ),
    # Azure AI services' free tier (LUIS troubleshooting: "Out of call volume quota. Quota will
    # be replenished in <time>").
    _w(
        "azure-out-of-call-volume-quota",
        "azure",
        403,
        _USAGE,
        "Out of call volume quota. Quota will be replenished in 2.12 days.",
    ),
    # Anthropic: docs.anthropic.com/en/api/errors and /rate-limits.
    _w(
        "anthropic-per-minute",
        "anthropic",
        429,
        _RATE,
        "Number of request tokens has exceeded your per-minute rate limit",
    ),
    _w(
        "anthropic-org-itpm",
        "anthropic",
        429,
        _RATE,
        "This request would exceed the rate limit for your organization (abc) of 40,000 input "
        "tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.",
    ),
    _w(
        "anthropic-credit-balance",
        "anthropic",
        400,
        _USAGE,
        "Your credit balance is too low to access the Anthropic API. Please go to Plans & "
        "Billing to upgrade or purchase credits.",
    ),
    _w(
        "anthropic-usage-limits",
        "anthropic",
        400,
        _USAGE,
        "You have reached your specified API usage limits. You will regain access on "
        "2025-09-01 at 00:00 UTC.",
    ),
    _w("anthropic-overloaded", "anthropic", 529, _OVER, "Overloaded"),
    # Gemini API (ai.google.dev/gemini-api/docs/troubleshooting, rate-limits; the 2026 prepay
    # change: depleted prepayment credits answer 402) and Vertex AI (error-code-429, quotas).
    _w("gemini-rate-limit", "google", 429, _RATE, "You've exceeded the rate limit."),
    _w(
        "gemini-free-tier-limit-0",
        "google",
        429,
        _USAGE,
        "Quota exceeded for metric: generativelanguage.googleapis.com/"
        "generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro",
    ),
    _w(
        "gemini-per-minute-metric",
        "google",
        429,
        _RATE,
        "Quota exceeded for quota metric 'Generate Content API requests per minute' and limit "
        "'GenerateContent request limit per minute for a region' of service "
        "'generativelanguage.googleapis.com' for consumer 'project_number:123'.",
    ),
    _w(
        "gemini-per-day-metric",
        "google",
        429,
        _USAGE,
        "Quota exceeded for quota metric 'Generate Content API requests per day' and limit "
        "'GenerateContent request limit per day' of service 'generativelanguage.googleapis.com'",
    ),
    _w(
        "gemini-prepay-depleted",
        "google",
        402,
        _USAGE,
        "Your prepayment credits are depleted. Please go to AI Studio at "
        "https://ai.studio/projects to manage your project and billing.",
    ),
    _w(
        "gemini-free-tier-country",
        "google",
        400,
        _USAGE,
        "Gemini API free tier is not available in your country. Please enable billing on your "
        "project in Google AI Studio.",
    ),
    _w(
        "vertex-per-minute-base-model",
        "google",
        429,
        _RATE,
        "Quota exceeded for aiplatform.googleapis.com/"
        "generate_content_requests_per_minute_per_project_per_base_model with base model: "
        "gemini-1.5-pro. Please submit a quota increase request.",
    ),
    _w(
        "vertex-online-prediction",
        "google",
        429,
        _RATE,
        "Online prediction request quota exceeded for gemini-1.5-pro. Please try again later "
        "with backoff.",
    ),
    _w(
        "vertex-provisioned-throughput",
        "google",
        429,
        _RATE,
        "Too many requests. Exceeded the Provisioned Throughput.",
    ),
    _w(
        "vertex-resource-exhausted-check-quota",
        "google",
        429,
        _RATE,
        "Resource has been exhausted (e.g. check quota).",
    ),
    # Bedrock: ThrottlingException's messages (repost.aws knowledge-center bedrock-throttling-
    # error); ModelNotReadyException (botocore bedrock-runtime service-2.json).
    _w(
        "bedrock-too-many-requests",
        "bedrock",
        429,
        _RATE,
        "Too many requests, please wait before trying again. You have sent too many requests. "
        "Wait before trying again.",
    ),
    _w(
        "bedrock-request-rate-too-high",
        "bedrock",
        429,
        _RATE,
        "Your request rate is too high. Reduce the frequency of requests.",
    ),
    _w(
        "bedrock-too-many-tokens",
        "bedrock",
        429,
        _RATE,
        "Too many tokens, please wait before trying again.",
    ),
    _w(
        "bedrock-tokens-per-day",
        "bedrock",
        429,
        _USAGE,
        "Too many tokens per day, please wait before trying again.",
    ),
    _w(
        "bedrock-model-not-ready",
        "bedrock",
        429,
        _OVER,
        "The model is not ready to serve inference requests. The AWS SDK will automatically "
        "retry the operation up to 5 times.",
    ),
    # Groq: console.groq.com/docs/rate-limits and /errors (per-day vs per-minute, 498, 503).
    _w(
        "groq-tpd",
        "groq",
        429,
        _USAGE,
        "Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01` service "
        "tier `on_demand` on tokens per day (TPD): Limit 100000, Used 99500, Requested 1200. "
        "Please try again in 10m4.8s.",
    ),
    _w(
        "groq-tpm",
        "groq",
        429,
        _RATE,
        "Rate limit reached for model `llama-3.1-8b-instant` in organization `org_01` service "
        "tier `on_demand` on tokens per minute (TPM): Limit 6000, Used 5800, Requested 900. "
        "Please try again in 7s.",
    ),
    _w("groq-flex-capacity", "groq", 498, _OVER, "Flex Tier Capacity Exceeded"),
    _w(
        "groq-over-capacity",
        "groq",
        503,
        _OVER,
        "llama-3.3-70b-versatile is currently over capacity. Please try again and back off "
        "exponentially.",
    ),
    # Mistral (docs.mistral.ai deployment/ai-studio/tier), Cohere (docs.cohere.com/docs/rate-
    # limits: trial keys' monthly call cap vs per-minute limits), Together (docs.together.ai
    # error-codes), Cerebras (inference-docs.cerebras.ai support/rate-limits), xAI, DeepSeek
    # (api-docs.deepseek.com/quick_start/error_codes).
    _w("mistral-rate-limit", "mistral", 429, _RATE, "Requests rate limit exceeded"),
    _w(
        "mistral-tier-capacity",
        "mistral",
        429,
        _OVER,
        "Service tier capacity exceeded for this model.",
    ),
    _w(
        "cohere-trial-monthly",
        "cohere",
        429,
        _USAGE,
        "You are using a Trial key, which is limited to 1000 API calls / month. You can "
        "continue to use the Trial key for free or upgrade to a Production key.",
    ),
    _w(
        "cohere-trial-per-minute",
        "cohere",
        429,
        _RATE,
        "trial token rate limit exceeded, limit is 100000 tokens per minute",
    ),
    _w(
        "together-model-rate-limit",
        "together",
        429,
        _RATE,
        "You have reached the rate limit specific to this model meta-llama/Llama-3.3-70B-"
        "Instruct-Turbo. The maximum rate limit for this model is 6.0 queries and 180000 tokens "
        "per minute.",
    ),
    _w(
        "together-monthly-spend",
        "together",
        402,
        _USAGE,
        "The account associated with the API key has reached its maximum allowed monthly "
        "spending limit.",
    ),
    _w("together-engine-overloaded", "together", 503, _OVER, "Engine Overloaded"),
    _w(
        "cerebras-tokens-per-day",
        "cerebras",
        429,
        _USAGE,
        "Tokens per day limit exceeded - too many tokens processed.",
    ),
    _w(
        "cerebras-requests-per-minute",
        "cerebras",
        429,
        _RATE,
        "Requests per minute limit exceeded - too many requests sent.",
    ),
    _w(
        "xai-credits-or-spending-limit",
        "xai",
        403,
        _USAGE,
        "Your team abc has either used all available credits or reached its monthly spending "
        "limit. To continue making API requests, please purchase more credits or raise your "
        "spending limit.",
    ),
    _w("deepseek-insufficient-balance", "deepseek", 402, _USAGE, "Insufficient Balance"),
    _w("deepseek-rate-limit", "deepseek", 429, _RATE, "Rate Limit Reached"),
    _w("deepseek-server-overloaded", "deepseek", 503, _OVER, "Server Overloaded"),
    # Moonshot / Kimi: platform.moonshot.cn/docs/api/errors (the 429 rows).
    _w(
        "moonshot-max-concurrency",
        "moonshot",
        429,
        _RATE,
        "Your account org-abc<ak-xyz> request reached organization max concurrency: 4, please "
        "try again after 1 seconds",
    ),
    _w(
        "moonshot-max-rpm",
        "moonshot",
        429,
        _RATE,
        "Your account org-abc<ak-xyz> request reached organization max RPM: 20, please try "
        "again after 1 seconds",
    ),
    _w(
        "moonshot-tpm",
        "moonshot",
        429,
        _RATE,
        "Your account org-abc<ak-xyz> request reached organization TPM rate limit, "
        "current:36214, limit:32000",
    ),
    _w(
        "moonshot-tpd",
        "moonshot",
        429,
        _USAGE,
        "Your account org-abc<ak-xyz> request reached organization TPD rate limit, "
        "current:1505624, limit:1500000",
    ),
    _w(
        "moonshot-token-quota",
        "moonshot",
        429,
        _USAGE,
        "You exceeded your current token quota: <org-abc> 0.5, please check your account balance",
    ),
    _w(
        "moonshot-suspended",
        "moonshot",
        429,
        _USAGE,
        "Your account org-abc<ak-xyz> is suspended, please check your plan and billing details",
    ),
    _w(
        "moonshot-engine-overloaded",
        "moonshot",
        429,
        _OVER,
        "The engine is currently overloaded, please try again later",
    ),
    # Zhipu / Z.ai: docs.bigmodel.cn/cn/api/api-code, /cn/api/rate-limit, docs.z.ai/api-
    # reference/api-code (the business codes' messages).
    _w("zhipu-1113-cn", "zhipu", 429, _USAGE, "您的账户已欠费，请充值后重试"),
    _w(
        "zhipu-1302-cn",
        "zhipu",
        429,
        _RATE,
        "您当前使用该 API 的并发数过高，请降低并发，或联系客服增加限额",
    ),
    _w("zhipu-1302-cn-2025", "zhipu", 429, _RATE, "您的账户已达到速率限制，请您控制请求频率"),
    _w(
        "zhipu-1303-cn",
        "zhipu",
        429,
        _RATE,
        "您当前使用该 API 的频率过高，请降低频率，或联系客服增加限额",
    ),
    _w(
        "zhipu-1304-cn",
        "zhipu",
        429,
        _USAGE,
        "该 API 已达今日调用次数限额，如有更多需求，请联系客服购买",
    ),
    _w("zhipu-1305-cn", "zhipu", 429, _OVER, "该模型当前访问量过大，请您稍后再试"),
    _w(
        "zhipu-1308-cn",
        "zhipu",
        429,
        _USAGE,
        "已达到 5 小时 的使用上限。您的限额将在 2025-09-01 10:00:00 重置",
    ),
    _w(
        "zhipu-1309-cn",
        "zhipu",
        429,
        _USAGE,
        "您的 GLM Coding Plan 套餐已到期，暂无法使用，前往官方续订后即可恢复",
    ),
    _w(
        "zhipu-1310-cn",
        "zhipu",
        429,
        _USAGE,
        "您已达到每周/每月使用上限，您的限额将在 2025-09-08 10:00:00 重置",
    ),
    _w(
        "zai-1113-en",
        "zhipu",
        429,
        _USAGE,
        "Insufficient balance or no resource package. Please recharge.",
    ),
    _w(
        "zai-1302-en",
        "zhipu",
        429,
        _RATE,
        "High concurrency usage of this API, please reduce concurrency or contact customer "
        "service to increase limits",
    ),
    _w(
        "zai-1303-en",
        "zhipu",
        429,
        _RATE,
        "High frequency usage of this API, please reduce frequency or contact customer service "
        "to increase limits",
    ),
    _w(
        "zai-1304-en",
        "zhipu",
        429,
        _USAGE,
        "Daily call limit for this API reached. For more requests, please contact customer "
        "service to purchase",
    ),
    _w(
        "zai-1308-en",
        "zhipu",
        429,
        _USAGE,
        "Usage limit reached for 5 hour. Your limit will reset at 2025-09-01 10:00:00",
    ),
    _w(
        "zai-1309-en",
        "zhipu",
        429,
        _USAGE,
        "Your GLM Coding Plan package has expired and is temporarily unavailable. You can resume "
        "using it after renewing the subscription on the official website.",
    ),
    _w(
        "zai-1310-en",
        "zhipu",
        429,
        _USAGE,
        "Weekly/Monthly Limit Exhausted. Your limit will reset at 2025-09-08 10:00:00",
    ),
    _w(
        "zai-1312-en",
        "zhipu",
        429,
        _OVER,
        "This model is currently experiencing high traffic. Please try again later, or switch "
        "to another model such as glm-4.5-air",
    ),
    # DashScope / Qwen: help.aliyun.com/zh/model-studio/error-code, alibabacloud.com/help/en/
    # model-studio/rate-limit (FAQ) and coding-plan-faq.
    _w(
        "dashscope-arrearage",
        "dashscope",
        400,
        _USAGE,
        "Access denied, please make sure your account is in good standing.",
    ),
    _w(
        "dashscope-rate-quota",
        "dashscope",
        429,
        _RATE,
        "Requests rate limit exceeded, please try again later.",
    ),
    _w(
        "dashscope-rate-quota-request-limit",
        "dashscope",
        429,
        _RATE,
        "You have exceeded your request limit.",
    ),
    _w(
        "dashscope-requests-list",
        "dashscope",
        429,
        _RATE,
        "You exceeded your current requests list.",
    ),
    _w(
        "dashscope-allocation-quota",
        "dashscope",
        429,
        _RATE,
        "Allocated quota exceeded, please increase your quota limit.",
    ),
    _w(
        "dashscope-insufficient-quota-is-tpm",
        "dashscope",
        429,
        _RATE,
        "You exceeded your current quota, please check your plan and billing details.",
    ),
    _w(
        "dashscope-burst-rate",
        "dashscope",
        429,
        _RATE,
        "Request rate increased too quickly. To ensure system stability, please adjust your "
        "client logic to scale requests more smoothly over time.",
    ),
    _w("dashscope-throttling", "dashscope", 429, _RATE, "Requests throttling triggered."),
    _w(
        "dashscope-throttling-route",
        "dashscope",
        429,
        _RATE,
        "Too many requests in route. Please try again later.",
    ),
    _w(
        "dashscope-system-capacity",
        "dashscope",
        503,
        _OVER,
        "Too many requests. Your requests are being throttled due to system capacity limits. "
        "Please try again later.",
    ),
    _w(
        "dashscope-free-tier-only",
        "dashscope",
        403,
        _USAGE,
        "The free tier of the model has been exhausted. If you wish to continue access the "
        'model on a paid basis, please disable the "use free tier only" mode in the management '
        "console.",
    ),
    _w("dashscope-free-allocated", "dashscope", 429, _USAGE, "Free allocated quota exceeded."),
    _w("dashscope-prepaid-overdue", "dashscope", 429, _USAGE, "The prepaid bill is overdue."),
    _w("dashscope-postpaid-overdue", "dashscope", 429, _USAGE, "The postpaid bill is overdue."),
    _w(
        "dashscope-commodity-not-purchased",
        "dashscope",
        429,
        _USAGE,
        "Commodity has not purchased yet.",
    ),
    _w("dashscope-coding-plan-hour", "dashscope", 429, _USAGE, "hour allocated quota exceeded"),
    _w("dashscope-coding-plan-week", "dashscope", 429, _USAGE, "week allocated quota exceeded"),
    _w("dashscope-coding-plan-month", "dashscope", 429, _USAGE, "month allocated quota exceeded"),
    _w(
        "dashscope-coding-plan-concurrency",
        "dashscope",
        429,
        _RATE,
        "concurrency allocated quota exceeded",
    ),
    # Alibaba Cloud's common Account.Arrearage (help.aliyun.com public error codes).
    _w(
        "aliyun-outstanding-payment",
        None,
        400,
        _USAGE,
        "Your account has an outstanding payment.",
    ),
    # Volcengine Ark: volcengine.com/docs/82379/1299023 (公共错误码).
    _w(
        "ark-account-overdue",
        "volcengine",
        403,
        _USAGE,
        "The request failed because your account has an overdue balance. Request ID: abc",
    ),
    # Qianfan: WENXINWORKSHOP/tlmyncueh (error_code 17, 18, 19) and cm79w0mjf (v2).
    _w("qianfan-daily", "qianfan", 200, _USAGE, "Open api daily request limit reached"),
    _w("qianfan-qps", "qianfan", 200, _RATE, "Open api qps request limit reached"),
    _w("qianfan-total", "qianfan", 200, _USAGE, "Open api total request limit reached"),
    _w("qianfan-rpm", "qianfan", 429, _RATE, "Rate limit reached for RPM"),
    _w("qianfan-tpm", "qianfan", 429, _RATE, "Rate limit reached for TPM"),
    # Tencent Hunyuan: document/product/1729/101838 (错误码).
    _w("hunyuan-charge-exhausted", "hunyuan", 400, _USAGE, "计费资源已耗尽"),
    _w("hunyuan-free-pack-exhausted", "hunyuan", 400, _USAGE, "免费资源包余量已用尽"),
    _w("hunyuan-service-arrears", "hunyuan", 400, _USAGE, "服务已欠费停止"),
    # Replicate (replicate.com/docs/topics/billing, HTTP API errors), Hugging Face Inference
    # Providers (huggingface.co/docs/inference-providers/pricing), Cloudflare Workers AI
    # (developers.cloudflare.com/workers-ai/platform/errors: 3036, 3040, 4006).
    _w(
        "replicate-insufficient-credit",
        "replicate",
        402,
        _USAGE,
        "You have insufficient credit to run this model. Go to https://replicate.com/account/"
        "billing#billing to purchase credit.",
    ),
    _w(
        "replicate-throttled",
        "replicate",
        429,
        _RATE,
        "Request was throttled. Expected available in 1 second.",
    ),
    _w(
        "replicate-free-time",
        "replicate",
        402,
        _USAGE,
        "Free time limit reached. Please set up billing at https://replicate.com/account/billing",
    ),
    _w(
        "hf-monthly-included-credits",
        "huggingface",
        402,
        _USAGE,
        "You have exceeded your monthly included credits for Inference Providers. Subscribe to "
        "PRO to get 20x more monthly included credits.",
    ),
    _w(
        "workers-ai-3036-daily-neurons",
        "cloudflare",
        429,
        _USAGE,
        "You have used up your daily free allocation of 10,000 neurons. Please upgrade to "
        "Cloudflare's Workers Paid plan if you would like to continue usage.",
    ),
    _w(
        "workers-ai-4006-daily-neurons",
        "cloudflare",
        429,
        _USAGE,
        "4006: you have used up your daily free allocation of 10,000 neurons, please upgrade to "
        "Cloudflare's Workers Paid plan if you would like to continue usage.",
    ),
    _w(
        "workers-ai-3040-out-of-capacity",
        "cloudflare",
        429,
        _OVER,
        "No more data centers to forward the request to",
    ),
    # GitHub Models: docs.github.com/en/github-models/use-github-models/prototyping-with-ai-
    # models (Rate limits: per minute, per day, concurrent).
    _w(
        "github-models-by-day",
        "github-models",
        429,
        _USAGE,
        "Rate limit of 150 per 86400s exceeded for UserByModelByDay. Please wait 42567 seconds "
        "before retrying.",
    ),
    _w(
        "github-models-by-day-no-hint",
        None,
        429,
        _USAGE,
        "Rate limit of 50 per 86400s exceeded for UserByModelByDay. Please wait 57829 seconds "
        "before retrying.",
    ),
    _w(
        "github-models-by-minute",
        "github-models",
        429,
        _RATE,
        "Rate limit of 15 per 60s exceeded for UserByModelByMinute. Please wait 42 seconds "
        "before retrying.",
    ),
    _w(
        "github-models-concurrent",
        "github-models",
        429,
        _RATE,
        "Rate limit of 5 per 0s exceeded for UserConcurrentRequests. Please wait 0 seconds "
        "before retrying.",
    ),
    # OpenRouter: openrouter.ai/docs/api_reference/limits (402 credits and key limits; 429
    # free-model per-minute and per-day caps).
    _w(
        "openrouter-insufficient-credits",
        "openrouter",
        402,
        _USAGE,
        "Insufficient credits. Add more using https://openrouter.ai/credits",
    ),
    _w(
        "openrouter-free-models-per-day",
        "openrouter",
        429,
        _USAGE,
        "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model "
        "requests per day",
    ),
    _w(
        "openrouter-free-models-per-min",
        "openrouter",
        429,
        _RATE,
        "Rate limit exceeded: free-models-per-min.",
    ),
    _w(
        "openrouter-key-limit",
        "openrouter",
        403,
        _USAGE,
        "Key limit exceeded (total limit). Manage it using https://openrouter.ai/settings/keys",
    ),
    # Vercel AI Gateway: vercel.com/docs/ai-gateway/rate-limits (free-tier per-model limits)
    # and vercel/ai packages/gateway/src/errors/create-gateway-error.ts (rate_limit_exceeded).
    _w(
        "vercel-free-credits-rate-limited",
        "vercel",
        429,
        _RATE,
        "Free credits temporarily have rate limits in place due to abuse. We are working on a "
        "resolution. Try again later, or pay for credits which continue to have unrestricted "
        "access. Purchase credits at https://vercel.com/d?to=ai",
    ),
    # LiteLLM proxy: litellm/proxy/auth/auth_checks.py, hooks/model_max_budget_limiter.py,
    # hooks/parallel_request_limiter.py, _types.py CommonProxyErrors, docs/proxy/users.md.
    _w(
        "litellm-budget-exceeded",
        None,
        400,
        _USAGE,
        "Budget has been exceeded! Current cost: 15.2, Max budget: 15.0",
    ),
    _w(
        "litellm-team-budget-exceeded",
        None,
        429,
        _USAGE,
        "Budget has been exceeded! Team=starter Current cost: 4998.22, Max budget: 5000.0",
    ),
    _w(
        "litellm-user-over-budget",
        None,
        400,
        _USAGE,
        "ExceededBudget: User=abc over budget. Spend=3.7e-05, Budget=0.0",
    ),
    _w(
        "litellm-end-user-over-budget",
        None,
        400,
        _USAGE,
        "ExceededBudget: End User=abc over budget. Spend=3.7e-05, Budget=0.0",
    ),
    _w("litellm-team-over-budget", None, 400, _USAGE, "Team=3A over budget. Spend=51, Budget=50"),
    _w(
        "litellm-key-window-budget",
        None,
        429,
        _USAGE,
        "ExceededBudget: Key over daily budget. Spend=1.2, Budget=1.0",
    ),
    _w(
        "litellm-model-budget",
        None,
        400,
        _USAGE,
        "LiteLLM Virtual Key: 9769f3f6768a199f76cc29xxxx, key_alias: None, exceeded budget for "
        "model=gpt-4o",
    ),
    _w(
        "litellm-crossed-limits",
        None,
        429,
        _RATE,
        "LiteLLM Rate Limit Handler for rate limit type = key. Crossed TPM / RPM / Max Parallel "
        "Request Limit. current rpm: 1, rpm limit: 1, current tpm: 348",
    ),
    _w(
        "litellm-max-parallel",
        None,
        429,
        _RATE,
        "Max parallel request limit reached Hit limit for api_key: 3ec1. tpm_limit: 200, "
        "current_tpm 80 , rpm_limit: 4 current rpm 4",
    ),
    _w(
        "litellm-parallel-slots",
        None,
        429,
        _RATE,
        "litellm.RateLimitError: Deployment has all max_parallel_requests slots in use. "
        "Deployment model_group=gpt-4o, id=abc already has max_parallel_requests=2 requests in "
        "flight.",
    ),
    _w(
        "litellm-router-cooldown",
        None,
        429,
        _RATE,
        "All deployments for selected model are in cooldown",
    ),
    _w("litellm-no-healthy-deployment", None, 429, _RATE, "No healthy deployment available"),
    _w(
        "litellm-payment-required",
        None,
        402,
        _USAGE,
        "litellm.PaymentRequiredError: OpenrouterException - Insufficient credits",
    ),
    # Portkey: portkey.ai/docs/aigw/api-reference/inference-api/error-codes (412).
    _w("portkey-budget-exhausted", None, 412, _USAGE, "Budget exhausted"),
    # one-api / new-api: songquanpeng/one-api relay/controller/helper.go; QuantumNous/new-api
    # model/token.go (ValidateUserToken), service billing (pre-consume), types/error.go.
    _w("one-api-user-quota", None, 403, _USAGE, "user quota is not enough"),
    _w(
        "new-api-token-quota",
        None,
        403,
        _USAGE,
        "token quota is not enough, token remain quota: ＄0.019310, need quota: ＄0.769410",
    ),
    _w(
        "new-api-token-exhausted",
        None,
        401,
        _USAGE,
        "该令牌额度已用尽 TokenStatusExhausted[sk-abc***xyz]",
    ),
    _w(
        "new-api-pre-consume",
        None,
        403,
        _USAGE,
        "预扣费额度失败, 用户剩余额度: ¥0.056700, 需要预扣费额度: ¥0.069900",
    ),
    _w("new-api-user-quota-cn", None, 403, _USAGE, "用户额度不足, 剩余额度: ¥0.000000"),
    _w("new-api-group-saturated", None, 429, _RATE, "当前分组上游负载已饱和，请稍后重试"),
]


@pytest.mark.parametrize(("provider", "status", "kind", "text"), _WORDINGS)
def test_wording_as_text(provider: str | None, status: int, kind: Kind, text: str) -> None:
    """The wording alone, as an application logs it, gets its documented kind."""
    err = classify(text, provider=provider)
    assert (err.kind, err.retryable) == (kind, _RETRYABLE[kind])


@pytest.mark.parametrize(("provider", "status", "kind", "text"), _WORDINGS)
def test_wording_in_error_body(provider: str | None, status: int, kind: Kind, text: str) -> None:
    """The wording as the message of an HTTP error body, with its status, gets the same kind."""
    err = classify_response(status, {"error": {"message": text}}, provider=provider)
    assert (err.kind, err.retryable) == (kind, _RETRYABLE[kind])


_CODES = [
    # new-api types/error.go; developers.wpengine.com/docs/ai/api/errors (402
    # insufficient_credits); help.aliyun.com/zh/model-studio/error-code (429 rows).
    pytest.param(None, 403, "pre_consume_token_quota_failed", _USAGE, id="new-api-pre-consume"),
    pytest.param(None, 429, "insufficient_credits", _USAGE, id="gateway-insufficient-credits"),
    pytest.param("dashscope", 429, "PrepaidBillOverdue", _USAGE, id="dashscope-prepaid"),
    pytest.param("dashscope", 429, "PostpaidBillOverdue", _USAGE, id="dashscope-postpaid"),
    pytest.param("dashscope", 429, "CommodityNotPurchased", _USAGE, id="dashscope-commodity"),
    pytest.param("dashscope", 429, "Throttling.BurstRate", _RATE, id="dashscope-burst-rate"),
    pytest.param("dashscope", 429, "limit_requests", _RATE, id="dashscope-limit-requests"),
]


@pytest.mark.parametrize(("provider", "status", "code", "kind"), _CODES)
def test_code_in_error_body(provider: str | None, status: int, code: str, kind: Kind) -> None:
    """A documented quota code in the body decides the kind over its status's usual meaning."""
    body = {"error": {"code": code, "message": "see code"}}
    err = classify_response(status, body, provider=provider)
    assert (err.kind, err.retryable, err.code) == (kind, _RETRYABLE[kind], code)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The response went over the thinking budget", id="thinking-budget"),
        pytest.param("prompt is over token budget", id="token-budget"),
        pytest.param("返还预扣费额度失败: record not found", id="new-api-refund-log"),
    ],
)
def test_near_miss_is_not_a_cap(text: str) -> None:
    """A request's own token budget or a gateway's refund log is not a spent allowance."""
    assert classify(text).kind is not Kind.USAGE_LIMIT
