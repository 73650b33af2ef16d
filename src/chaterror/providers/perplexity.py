"""Perplexity: the Sonar API (OpenAI-compatible).

Source: docs.perplexity.ai.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "perplexity",
    "Perplexity",
    Role.HOST,
    aliases=("perplexity ai", "perplexityai", "pplx", "sonar"),
    hosts=("api.perplexity.ai",),
    modules=("perplexity",),
    words=("perplexity", r"perplexity"),
)
