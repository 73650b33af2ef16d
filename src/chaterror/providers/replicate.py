"""Replicate: the predictions API and the ``replicate`` SDK.

Sources: replicate.com/docs/topics/predictions/lifecycle, replicate-python ``exceptions.py``.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "replicate",
    "Replicate",
    Role.HOST,
    hosts=(
        "api.replicate.com",
        "replicate.delivery",
    ),
    modules=("replicate",),
    words=("replicate", r"(?:api\.)?replicate\.com|replicate api|replicateerror"),
)
