"""Together AI: its OpenAI-compatible API and the ``together`` SDK.

Source: docs.together.ai/docs/error-codes.
"""

from chaterror._evidence import phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "together",
    "Together AI",
    Role.HOST,
    aliases=("together ai", "togetherai", "together.ai", "together_ai"),
    # The SDK calls api-inference.together.ai; every together.ai and together.xyz host is its own.
    hosts=("together.xyz", "together.ai"),
    modules=("together",),
    # docs.together.ai/docs/error-codes, PyPI together 3.1.1 (request id, token-limit headers).
    headers=("x-together-request-id", "x-tokenlimit-limit"),
    words=("together", r"together(?:\.ai|\.xyz| ai)"),
    # docs.together.ai/docs/error-codes: Together documents a context overflow as a 403 ("Input
    # token count + max_tokens parameter must be less than the context length"), not a
    # permission error.
    phrases=(
        phrase(
            Kind.CONTEXT_LENGTH, "less than the context", r"must be less than the context length"
        ),
    ),
)
