"""Vercel AI Gateway and the Vercel AI SDK's gateway errors (``Gateway*Error`` classes).

Source: vercel/ai ``packages/gateway/src/errors/``.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "vercel",
    "Vercel AI Gateway",
    Role.ROUTER,
    aliases=("vercel ai gateway", "vercel-ai-gateway"),
    hosts=("ai-gateway.vercel.sh",),
    words=("vercel|gateway|ai_gateway_api_key", r"vercel|gateway\w*error|ai_gateway_api_key"),
)
