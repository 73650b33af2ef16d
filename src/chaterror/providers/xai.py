"""xAI: the Grok API (OpenAI-compatible REST, and gRPC through ``xai_sdk``).

A second body shape puts the gRPC status phrase in ``code``. Sources: docs.x.ai, the fixture
notes.
"""

from chaterror._evidence import Code, Tier
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "xai",
    "xAI",
    Role.MAKER,
    aliases=("x.ai", "grok"),
    hosts=("api.x.ai",),
    modules=("xai_sdk",),
    words=("x.ai|xai|grok", r"x\.ai\b|xai[- ]|grok"),
    codes={
        "client specified an invalid argument": Code(Kind.CONFIG, Tier.FALLBACK),
    },
)
