"""Vercel AI Gateway and the Vercel AI SDK's gateway errors (``Gateway*Error`` classes).

Source: vercel/ai ``packages/gateway/src/errors/``.
"""

from chaterror._evidence import Phrase, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "vercel",
    "Vercel AI Gateway",
    Role.ROUTER,
    aliases=("vercel ai gateway", "vercel-ai-gateway"),
    hosts=("ai-gateway.vercel.sh",),
    words=("vercel|gateway|ai_gateway_api_key", r"vercel|gateway\w*error|ai_gateway_api_key"),
    # The platform's own codes in front of any deployment (vercel.com/docs/errors): a function
    # that ran past its limit or did not begin its response in time, both answered 504; a
    # function that returned nothing and an external rewrite target that could not be reached
    # or handshaken, answered 502.
    phrases=(
        phrase(
            Kind.TIMEOUT,
            "function_invocation_timeout|middleware_invocation_timeout|no_response_from_function"
            "|router_external_target",
            r"(?:edge_|middleware_)?function_invocation_timeout|middleware_invocation_timeout"
            r"|no_response_from_function"
            r"|router_external_target_(?:connection_error|handshake_error|error)",
        ),
        # The gateway's free-tier throttle, sent as type rate_limit_exceeded (which vercel/ai
        # packages/gateway/src/errors/create-gateway-error.ts raises as GatewayRateLimitError;
        # vercel.com/docs/ai-gateway/rate-limits: the free tier's per-model limits, a 429):
        # "Free credits temporarily have rate limits in place due to abuse. … Try again later,
        # or pay for credits …". Its "purchase credits" advice is not a spent balance.
        Phrase(
            Tier.CODE,
            Kind.RATE_LIMIT,
            ("free credits temporarily have rate limits",),
            r"free credits temporarily have rate limits",
        ),
        # The gateway's billing gate ("AI Gateway requires a valid credit card on file to service
        # requests.", raised by the AI SDK as GatewayInternalServerError;
        # arlanrakh/talk-to-girlfriend-ai#6): an account to fund, whatever the class says.
        Phrase(
            Tier.CODE,
            Kind.USAGE_LIMIT,
            ("credit card on file",),
            r"requires a valid credit card on file",
        ),
        # vercel.com/docs/errors/FUNCTION_PAYLOAD_TOO_LARGE: the request body is over the
        # function's payload limit, a 413.
        phrase(
            Kind.CONTEXT_LENGTH,
            "function_payload_too_large",
            r"(?:edge_)?function_payload_too_large",
        ),
    ),
)
