"""Anthropic: the Messages API and the ``anthropic`` SDK.

Body: ``{"type": "error", "error": {"type", "message"}, "request_id"}``; 529 is overload; stream
errors arrive after HTTP 200 as ``event: error``. Sources: docs.anthropic.com/en/api/errors,
anthropic-sdk-python ``_exceptions.py``, the fixture notes.
"""

from chaterror._evidence import Code, Tier
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "anthropic",
    "Anthropic",
    Role.MAKER,
    aliases=("claude",),
    hosts=("api.anthropic.com",),
    modules=("anthropic",),
    headers=("anthropic-ratelimit-requests-limit", "anthropic-organization-id"),
    header_values=(("request-id", "req_"),),
    words=("anthropic|claude", r"anthropic|claude"),
    codes={
        "overloaded_error": Code(Kind.OVERLOADED),
        "authentication_error": Code(Kind.AUTH),
        "permission_error": Code(Kind.AUTH),
        "not_found_error": Code(Kind.CONFIG),
        # 413: the body is over the size limit (Cloudflare answers before the API).
        "request_too_large": Code(Kind.CONTEXT_LENGTH),
        "billing_error": Code(Kind.USAGE_LIMIT),
        "rate_limit_error": Code(Kind.RATE_LIMIT, Tier.HINT),
        "api_error": Code(Kind.GENERIC, Tier.HINT, True),
        "timeout_error": Code(Kind.TIMEOUT),
    },
    shape=lambda error, envelope: (
        envelope is not error
        and envelope.get("type") == "error"
        and "sequence_number" not in envelope
    ),
)
