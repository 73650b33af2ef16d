"""Moonshot AI (Kimi): its OpenAI-compatible API, ``.ai`` and ``.cn``.

Source: platform.moonshot.ai/docs/api/chat (error codes).
"""

from chaterror._evidence import Code
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "moonshot",
    "Moonshot AI",
    Role.HOST,
    aliases=("kimi", "moonshot ai", "moonshotai"),
    hosts=("api.moonshot.ai", "api.moonshot.cn"),
    words=("moonshot", r"moonshot"),
    codes={
        # 429: the service is overloaded, not this account.
        "engine_overloaded_error": Code(Kind.OVERLOADED),
    },
)
