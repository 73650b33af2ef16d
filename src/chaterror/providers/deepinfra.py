"""DeepInfra: its OpenAI-compatible inference API.

Source: deepinfra.com/docs/advanced/openai_api.
"""

from chaterror._evidence import phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "deepinfra",
    "DeepInfra",
    Role.HOST,
    # deepinfra.com/docs/advanced/rate-limits: the limit is 200 concurrent requests per model,
    # and a 429 may also be a busy model that auto-scaling soon relieves.
    aliases=("deep infra", "deepinfra.com"),
    hosts=("api.deepinfra.com",),
    modules=("deepinfra",),
    words=("deepinfra", r"deepinfra"),
    # Its 402 for an account out of money: "You need positive balance to do inference. Please
    # add balance manually or setup top-up" (deepinfra.com/docs/advanced/billing: inference
    # needs a positive balance; AiHub's DeepInfra client maps it to paidPlanRequired).
    phrases=(phrase(Kind.USAGE_LIMIT, "positive balance", r"need (?:a )?positive balance"),),
)
