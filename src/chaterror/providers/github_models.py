"""GitHub Models: models.github.ai (and the older models.inference.ai.azure.com).

Source: docs.github.com/en/github-models (rate limits, prototyping).
"""

from chaterror._evidence import Code, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "github-models",
    "GitHub Models",
    Role.CLOUD,
    aliases=(
        "github models",
        "github",
        "github_models",
        "gh models",
        "github ai models",
        "models.github.ai",
    ),
    # github/docs content/github-models (quickstart, prototyping): free usage is capped per
    # DAY as well as per minute (a 429 after the daily count is a daily cap), and tokens per
    # request are small (8000 in), so a long prompt fails below the model's context window.
    hosts=(
        "models.github.ai",
        "models.inference.ai.azure.com",
    ),
    words=("github models|models.github.ai", r"github models|models\.github\.ai"),
    codes={
        # A request over the per-request token cap (8000 in, github/docs prototyping limits),
        # answered as a 413: it never fits, however long one waits.
        "tokens_limit_reached": Code(Kind.CONTEXT_LENGTH),
    },
    # docs.github.com/en/github-models/use-github-models/prototyping-with-ai-models (Rate
    # limits: requests per minute, per day, concurrent): the service names the window it
    # counted, "Rate limit of 50 per 86400s exceeded for UserByModelByDay" (RateLimitReached).
    # The per-day one is a daily cap; ByMinute and UserConcurrentRequests stay throttles.
    phrases=(
        phrase(
            Kind.USAGE_LIMIT,
            "byday|per 86400s",
            r"exceeded for \w*byday\b|per 86400s exceeded",
        ),
        # GitHub's REST API refusing a GitHub App or Actions token a permission ("Resource not
        # accessible by integration", docs.github.com/rest/overview/troubleshooting-the-rest-api;
        # a workflow calling GitHub Models without `permissions: models: read`), and its
        # fine-grained token's twin ("Resource not accessible by personal access token").
        phrase(
            Kind.AUTH,
            "not accessible by",
            r"resource not accessible by (?:integration|personal access token)",
        ),
    ),
)
