"""GitHub Models: models.github.ai (and the older models.inference.ai.azure.com).

Source: docs.github.com/en/github-models (rate limits, prototyping).
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "github-models",
    "GitHub Models",
    Role.CLOUD,
    aliases=(
        "github models",
        "github",
        "github_models",
    ),
    hosts=(
        "models.github.ai",
        "models.inference.ai.azure.com",
    ),
    words=("github models|models.github.ai", r"github models|models\.github\.ai"),
)
