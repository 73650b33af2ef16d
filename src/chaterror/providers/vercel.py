"""Vercel AI Gateway and the Vercel AI SDK's gateway errors (``Gateway*Error`` classes).

Source: vercel/ai ``packages/gateway/src/errors/``.
"""

from chaterror._evidence import Phrase, Tier, hint, phrase
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
        # The AI SDK's wrapper around GatewayAuthenticationError and GatewayModelNotFoundError
        # ("Vercel AI Gateway access failed. If you want to use AI SDK providers directly, …",
        # vercel/ai packages/ai/src/prompt/wrap-gateway-error.ts): a key the gateway refused, or
        # a model it does not have. A hint for the common case, a key: the model-not-found
        # wording beside it, a phrase, decides when it is there.
        hint(Kind.AUTH, "gateway access failed", r"vercel ai gateway access failed"),
        phrase(
            Kind.TIMEOUT,
            "function_invocation_timeout|middleware_invocation_timeout|no_response_from_function"
            "|router_external_target",
            r"(?:internal_)?(?:edge_|middleware_)?function_invocation_timeout"
            r"|middleware_invocation_timeout"
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
        # The rest of the platform's list (vercel.com/docs/errors, read 2026-12-02): a function
        # over its concurrency (FUNCTION_THROTTLED, a 503: a throttle, not a dead backend), a
        # paused project (DEPLOYMENT_PAUSED, a 503 that waiting does not lift: Hobby projects
        # pause at their usage limits), and routing that cannot work as configured (a rewrite
        # to a host that does not resolve or is private, a loop, no matching route).
        phrase(Kind.RATE_LIMIT, "function_throttled", r"function_throttled"),
        phrase(Kind.USAGE_LIMIT, "deployment_paused", r"deployment_paused"),
        phrase(
            Kind.CONFIG,
            "dns_hostname_|infinite_loop|router_cannot_match|too_many_forks|too_many_filesystem",
            r"dns_hostname_(?:not_found|empty|resolved_private)|infinite_loop(?:_detected)?"
            r"|router_cannot_match|too_many_forks|too_many_filesystem_checks",
        ),
        # The gateway's block on free credits ("Free credits temporarily have restricted access
        # due to abuse. … Paid credits continue to have unrestricted access.", a 403 typed
        # no_providers_available, name RestrictedModelsError): credits to buy, not a key to fix.
        Phrase(
            Tier.CODE,
            Kind.USAGE_LIMIT,
            ("free credits temporarily have restricted access",),
            r"free credits temporarily have restricted access",
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
