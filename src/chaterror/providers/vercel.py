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
    ),
)
