"""OpenAI: chat completions, Responses, embeddings and images, and the ``openai`` SDK.

Body: ``{"error": {"message", "type", "param", "code"}}``; the SDK keeps only the inner object and
renders ``Error code: <status> - <repr of the body>``. Responses streams send
``{"type": "error", "sequence_number", ...}`` events. Sources: platform.openai.com/docs/guides/
error-codes, openai-python ``_base_client.py`` and ``_exceptions.py``, the fixture notes.
"""

from chaterror._evidence import Code, Tier
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "openai",
    "OpenAI",
    Role.UBIQUITOUS,
    hosts=("api.openai.com", "chatgpt.com"),
    modules=("openai",),
    headers=("openai-organization", "openai-processing-ms", "openai-project"),
    # "your messages resulted in N tokens": the chat API's own overflow wording.
    words=("openai|your messages resulted in", r"openai|your messages resulted in \d+ tokens"),
    codes={
        # 429 insufficient_quota: "You exceeded your current quota" (error-codes guide).
        "insufficient_quota": Code(Kind.USAGE_LIMIT),
        "billing_hard_limit_reached": Code(Kind.USAGE_LIMIT),
        "billing_not_active": Code(Kind.USAGE_LIMIT),
        "invalid_api_key": Code(Kind.AUTH),
        "account_deactivated": Code(Kind.AUTH),
        # 403 for a request from an unsupported region: the caller is not permitted.
        "unsupported_country_region_territory": Code(Kind.AUTH),
        "request_forbidden": Code(Kind.AUTH),
        "model_not_found": Code(Kind.CONFIG),
        "unsupported_parameter": Code(Kind.CONFIG),
        "unsupported_value": Code(Kind.CONFIG),
        "context_length_exceeded": Code(Kind.CONTEXT_LENGTH),
        "string_above_max_length": Code(Kind.CONTEXT_LENGTH),
        "content_policy_violation": Code(Kind.CONTENT_FILTER),
        # Responses API: the prompt was flagged (usage-policies guide).
        "invalid_prompt": Code(Kind.CONTENT_FILTER),
        "rate_limit_exceeded": Code(Kind.RATE_LIMIT, Tier.HINT),
        # The error *types* of rate limits: "tokens", "requests".
        "tokens": Code(Kind.RATE_LIMIT, Tier.HINT),
        "requests": Code(Kind.RATE_LIMIT, Tier.HINT),
        "server_error": Code(Kind.GENERIC, Tier.HINT, True),
    },
    # Responses API stream events carry a sequence number.
    shape=lambda error, envelope: "sequence_number" in error or "sequence_number" in envelope,
)
