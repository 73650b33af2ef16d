"""OpenRouter: a router in front of many providers.

The upstream's reason sits in ``error.metadata.raw`` (often JSON itself), with
``metadata.provider_name``; 402 is credits. Sources: openrouter.ai/docs/api-reference/errors,
the fixture notes.
"""

from collections.abc import Mapping
from typing import Any

from chaterror.providers._profile import Profile, Role

# metadata.headers carries the rate-limit headers of its free models (openrouter.ai/docs/api-reference/limits).
_METADATA_KEYS = ("provider_name", "raw", "model_slug", "headers")


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    metadata = error.get("metadata")
    if isinstance(metadata, dict) and any(key in metadata for key in _METADATA_KEYS):
        return True
    return "user_id" in envelope and envelope is not error


PROFILE = Profile(
    "openrouter",
    "OpenRouter",
    Role.ROUTER,
    hosts=("openrouter.ai",),
    # limit_rpd: its free models' requests-per-day limit name.
    words=("openrouter|limit_rpd", r"openrouter|limit_rpd"),
    shape=_shape,
)
