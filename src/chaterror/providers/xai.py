"""xAI: the Grok API (OpenAI-compatible REST, and gRPC through ``xai_sdk``).

A second body shape puts the gRPC status phrase in ``code``. Sources: docs.x.ai, the fixture
notes.
"""

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "xai",
    "xAI",
    Role.MAKER,
    aliases=("x.ai", "grok", "xai api"),
    # PyPI xai-sdk 1.21.0 xai_sdk/client.py:56-65. The native SDK speaks gRPC: its errors are
    # grpc StatusCode names, which Google's profile declares (the same canonical codes). Its
    # DATA_LOSS means an image URL could not be fetched (config), so it is declared nowhere.
    # An incorrect API key can come back as a 400, not a 401 (docs.x.ai/developers/debugging).
    hosts=("api.x.ai", "management-api.x.ai"),
    modules=("xai_sdk",),
    words=("x.ai|xai|grok", r"x\.ai\b|xai[- ]|grok"),
    codes={
        "client specified an invalid argument": Code(Kind.CONFIG, Tier.FALLBACK),
        # Grok Imagine's post-generation moderation: a 400 {"code": "imagine:content-moderated",
        # "error": "Generated image rejected by content moderation."} (as relays such as
        # Wei-Shaw/sub2api record the upstream body).
        "imagine:content-moderated": Code(Kind.CONTENT_FILTER),
        # xai-sdk's gRPC detail "Failed to start sampling: [input_too_large] Current message (N
        # tokens) exceeds budget (M tokens)".
        "input_too_large": Code(Kind.CONTEXT_LENGTH),
    },
    # Structured outputs whose schema compiles to a grammar too large for constrained decoding
    # ("Grammar is too complex.", as Grok clients print xAI's 400): the request must change.
    phrases=(phrase(Kind.CONFIG, "grammar is too complex", r"grammar is too complex"),),
)
