"""Moonshot AI (Kimi): its OpenAI-compatible API, ``.ai`` and ``.cn``.

Source: platform.moonshot.ai/docs/api/chat (error codes).
"""

from chaterror._evidence import Code, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "moonshot",
    "Moonshot AI",
    Role.HOST,
    aliases=("kimi", "moonshot ai", "moonshotai", "kimi api", "kimi code", "月之暗面"),
    # platform.kimi.ai (api.moonshot.ai) and platform.moonshot.cn (api.moonshot.cn) keys are
    # independent: one used on the other is a 401. Kimi Code lives at api.kimi.com/coding
    # (kimi.com/code/docs/en/kimi-code/error-reference.html). "kimi" is not a word here: other
    # providers serve Kimi models.
    hosts=("api.moonshot.ai", "api.moonshot.cn", "api.kimi.com"),
    words=("moonshot", r"moonshot"),
    codes={
        # 429: the service is overloaded, not this account.
        "engine_overloaded_error": Code(Kind.OVERLOADED),
        # platform.kimi.ai/docs/api/errors: the error types (the body has no code). Its
        # invalid_request_error covers bad parameters and context overflow alike (the message
        # decides). A 429 exceeded_current_quota_error is a spent balance or a suspended
        # account, a hard cap (the help center documents insufficient balance as a 403).
        "invalid_authentication_error": Code(Kind.AUTH),
        "incorrect_api_key_error": Code(Kind.AUTH),
        "permission_denied_error": Code(Kind.AUTH),
        "resource_not_found_error": Code(Kind.CONFIG),
        "exceeded_current_quota_error": Code(Kind.USAGE_LIMIT),
        # Concurrency, RPM, TPM or TPD: the family, not which.
        "rate_limit_reached_error": Code(Kind.RATE_LIMIT, Tier.HINT),
    },
    phrases=(
        # platform.kimi.ai/docs/api/errors.
        phrase(Kind.CONTENT_FILTER, "high risk", r"considered high risk"),
        phrase(Kind.CONTEXT_LENGTH, "token length too long", r"input token length too long"),
        phrase(Kind.CONTEXT_LENGTH, "exceeded model token limit", r"exceeded model token limit"),
        # The older wording ("model max length exceeded, max length:8192", Kimi's cookbook).
        phrase(Kind.CONTEXT_LENGTH, "max length exceeded", r"model max length exceeded"),
        # platform.moonshot.cn/docs/api/errors, rate_limit_reached_error's four messages: the
        # organization's concurrency, RPM and TPM are per-minute throttles ("please try again
        # after N seconds"); its TPD is a per-day token cap, spent until the day turns. Projects get
        # the same limits ("request reached project TPM rate limit", LLM-Red-Team/kimi-cc#41).
        phrase(
            Kind.RATE_LIMIT,
            "request reached",
            r"request reached (?:organization|project) (?:max concurrency|max rpm|tpm rate limit)",
        ),
        phrase(
            Kind.USAGE_LIMIT,
            "request reached",
            r"request reached (?:organization|project) tpd rate limit",
        ),
        # The same table, exceeded_current_quota_error: "You exceeded your current token quota:
        # <{organization_id}> {token_credit}, please check your account balance" (账户额度不足).
        phrase(
            Kind.USAGE_LIMIT,
            "current token quota|check your account balance",
            r"exceeded your current token quota|check your account balance",
        ),
        # kimi.com/code/docs/en/kimi-code/error-reference.html (Quick Lookup): Kimi Code's plan
        # caps and access checks.
        phrase(
            Kind.AUTH,
            "invalid or may have expired",
            r"api key appears to be invalid or may have expired",
        ),
        phrase(
            Kind.USAGE_LIMIT, "membership benefits", r"unable to verify your membership benefits"
        ),
        phrase(
            Kind.AUTH,
            "only available for coding agents",
            r"kimi for coding is currently only available for coding agents",
        ),
        hint(Kind.AUTH, "access terminated", r"access terminated"),
        # platform.kimi.com/docs/api/errors: 403 permission_denied_error's messages, and 404
        # resource_not_found_error's "Not found the model {model} or Permission denied".
        phrase(
            Kind.AUTH,
            "is not open|other user info",
            r"the api you are accessing is not open|not allowed to get other user info",
        ),
        phrase(Kind.CONFIG, "not found the model", r"not found the model \S+ or permission denied"),
    ),
)
