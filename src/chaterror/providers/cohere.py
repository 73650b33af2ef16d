"""Cohere: the v1 and v2 APIs and the ``cohere`` SDK.

Bodies are ``{"message": …}`` (v1) or ``{"id", "message"}`` (v2); 499 is a cancelled request.
Sources: docs.cohere.com/reference/errors, cohere-python ``errors/``.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "cohere",
    "Cohere",
    Role.MAKER,
    hosts=("api.cohere.com", "api.cohere.ai"),
    modules=("cohere",),
    words=("cohere", r"cohere"),
)
