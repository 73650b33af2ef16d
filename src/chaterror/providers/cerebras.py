"""Cerebras: the inference API and ``cerebras.cloud.sdk``.

Source: inference-docs.cerebras.ai/support/error.
"""

from chaterror._evidence import Code, Tier
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "cerebras",
    "Cerebras",
    Role.HOST,
    aliases=("cerebras cloud", "cerebras inference", "cerebras-cloud"),
    hosts=("api.cerebras.ai",),
    modules=("cerebras",),
    # Its rate-limit headers name their window (PyPI cerebras-cloud-sdk 1.91.0, inference-docs.
    # cerebras.ai/support/rate-limits); the day window is a daily cap.
    headers=("x-ratelimit-limit-requests-day", "x-ratelimit-limit-tokens-minute"),
    words=("cerebras", r"cerebras"),
    codes={
        # Despite the name, a per-minute limit (inference-docs.cerebras.ai/support/rate-limits).
        "request_quota_exceeded": Code(Kind.RATE_LIMIT, Tier.HINT),
    },
)
