"""Vercel AI Gateway and the Vercel AI SDK's gateway errors (``Gateway*Error`` classes).

Source: vercel/ai ``packages/gateway/src/errors/``.
"""

from chaterror._evidence import phrase
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
    # that ran past its limit or did not begin its response in time, both answered 504.
    phrases=(
        phrase(
            Kind.TIMEOUT,
            "function_invocation_timeout",
            r"(?:edge_|middleware_)?function_invocation_timeout",
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
