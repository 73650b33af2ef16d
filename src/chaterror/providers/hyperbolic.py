"""Hyperbolic: its OpenAI-compatible API at ``api.hyperbolic.xyz/v1``.

Source: docs.hyperbolic.xyz (base URL); its 400 for a model it does not serve, {"object":
"error", "message": "Only … allowed now, your model …", "code": 40301}, as
EndlessInternational/intelligence's VCR cassette recorded it.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "hyperbolic",
    "Hyperbolic",
    Role.HOST,
    aliases=("hyperbolic.xyz", "hyperbolic ai"),
    hosts=("api.hyperbolic.xyz",),
)
