"""Fireworks AI: its OpenAI-compatible API and the ``fireworks`` SDK.

Source: docs.fireworks.ai/troubleshooting/status-error-codes/inference-error-codes.
"""

from chaterror._evidence import phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "fireworks",
    "Fireworks AI",
    Role.HOST,
    aliases=("fireworks ai", "fireworks-ai", "fireworks.ai", "fireworks_ai", "fireworksai"),
    hosts=("api.fireworks.ai",),
    modules=("fireworks",),
    words=("fireworks", r"fireworks"),
    # docs.fireworks.ai/guides/inference-error-codes. Traps: a 403 may be a wrong model name
    # (hidden "to avoid leaking information about model availability"), a 404 a model that
    # exists but is not deployed, and a 412 either a suspended account or a LoRA adapter that
    # failed to load.
    phrases=(
        phrase(Kind.USAGE_LIMIT, "exceeded usage limits", r"exceeded usage limits"),
        # The 503 of a deployment scaled to zero while it starts ("503 DEPLOYMENT_SCALING_UP",
        # fw-ai/cookbook skills/fireworks-training/references/deploy-and-troubleshoot.md): it
        # cannot take the request yet and will shortly, as a model still loading.
        phrase(
            Kind.OVERLOADED,
            "deployment_scaling_up",
            r"deployment_scaling_up",
            retryable=True,
        ),
        # A 429 whose words say the model missed Fireworks' own first-token deadline: the
        # provider did not answer in time (blind round 6), not this account's rate.
        phrase(
            Kind.TIMEOUT,
            "first token before",
            r"(?:didn.t|did not) generate (?:the |a )?first token before the (?:given )?deadline",
        ),
    ),
)
