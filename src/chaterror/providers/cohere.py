"""Cohere: the v1 and v2 APIs and the ``cohere`` SDK.

Bodies are ``{"message": …}`` (v1) or ``{"id", "message"}`` (v2); 499 is a cancelled request.
Sources: docs.cohere.com/reference/errors, cohere-python ``errors/``.
"""

from chaterror._evidence import Code, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "cohere",
    "Cohere",
    Role.MAKER,
    aliases=("cohere ai", "command-r"),
    # cohere-python 7.3.1 cohere/environment.py, cohere/client.py:123-128. The SDK also wraps
    # Bedrock, SageMaker and OCI, so the module alone is weak evidence.
    hosts=("api.cohere.com", "api.cohere.ai"),
    modules=("cohere",),
    words=("cohere", r"cohere"),
    # v1 finish reasons of a 200 (cohere-python 7.3.1 cohere/types/finish_reason.py:5-10).
    # cohere-python 7.3.1 cohere/errors/invalid_token_error.py: InvalidTokenError is the SDK's
    # 498 (Groq's 498 is its flex tier at capacity, the shared meaning).
    statuses={498: Code(Kind.AUTH, Tier.HINT)},
    codes={
        "error_toxic": Code(Kind.CONTENT_FILTER),
        "error_limit": Code(Kind.CONTEXT_LENGTH),
    },
    # docs.cohere.com/reference/errors. A trial key's 429 may be its 1,000 calls/month cap
    # (the usage_limit "calls / month" wording), not its per-minute limit.
    phrases=(
        # The Dataset API's 400 on create: "You have exceeded capacity." is the account's dataset
        # storage full (docs.cohere.com datasets, error table: delete unused datasets), a cap of
        # this account, not the service's capacity.
        phrase(Kind.USAGE_LIMIT, "you have exceeded capacity", r"you have exceeded capacity\b"),
        # Cohere's overflow as its SDK prints it ("CohereAPIError: too many tokens: total number of
        # tokens in the prompt cannot exceed 4081"), also when the rest is cut off; not its
        # "too many tokens: max tokens must be less than or equal to 4096, the maximum output",
        # a setting (docs.cohere.com/v1/reference/errors).
        phrase(
            Kind.CONTEXT_LENGTH,
            "too many tokens:",
            r"(?:^|(?<=error: ))too many tokens:(?! max tokens)",
        ),
        phrase(Kind.RATE_LIMIT, "per minute request limit", r"past the per minute request limit"),
        hint(Kind.RATE_LIMIT, "trial key", r"you are using a trial key, which is limited to"),
        phrase(Kind.CONFIG, "generate api", r"is not supported by the generate api"),
        # Retired models and endpoints answer 404 "model 'command-r-plus' was removed on
        # September 15, 2025. See https://docs.cohere.com/docs/models#command …" and "Generate
        # API was removed on September 15 2025. Please migrate to Chat API." (docs.cohere.com/
        # changelog/2025-09-15-major-command-deprecations: shutdown models and endpoints fail).
        phrase(
            Kind.CONFIG,
            "was removed on",
            r"model '[^'\n]{1,100}' was removed on|\b(?:api|endpoint) was removed on",
        ),
        # v2 chat's 400 for an empty turn ("message must be at least 1 token long or tool
        # results must be specified").
        phrase(Kind.CONFIG, "at least 1 token long", r"must be at least 1 token long"),
        # cohere-python 7.3.1 cohere/base_client.py:140.
        phrase(Kind.AUTH, "co_api_key", r"setting co_api_key"),
    ),
)
