"""Perplexity: the Sonar API (OpenAI-compatible).

Source: docs.perplexity.ai.
"""

from chaterror.providers._profile import Profile

PROFILE = Profile(
    "perplexity",
    "Perplexity",
    aliases=("perplexity ai", "perplexityai", "pplx", "sonar"),
    hosts=("api.perplexity.ai",),
    modules=("perplexity",),
    words=("perplexity", r"perplexity"),
)
