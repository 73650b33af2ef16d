"""Cloudflare Workers AI (and AI Gateway in front of any provider).

Workers AI answers with Cloudflare's API envelope, ``{"errors": [{"code", "message"}],
"success": false}``, whose numeric internal code carries the meaning; the HTTP status is coarse
(a spent daily allocation and a full region are both 429).

Source: developers.cloudflare.com/workers-ai/platform/errors/ (Name | Internal Code | HTTP Code |
Description), read 2026-12-01.
"""

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

_AUTH = Code(Kind.AUTH)
_CONFIG = Code(Kind.CONFIG)

PROFILE = Profile(
    "cloudflare",
    "Cloudflare Workers AI",
    Role.CLOUD,
    aliases=("workers ai", "workers-ai", "cloudflare workers ai", "cloudflare ai gateway"),
    hosts=("api.cloudflare.com", "gateway.ai.cloudflare.com"),
    # "AiError" is the Workers AI binding's error class (env.AI.run), as its messages print it.
    words=("workers ai|neurons|aierror", r"workers ai|\d[\d,]* neurons|\baierror\b"),
    # Its OpenAI-compatible endpoint files any AiError under invalid_prompt ({"code":
    # "invalid_prompt", "message": "AiError: AiError: Request timeout (…)"}), so here the code is
    # no content filter: the message decides.
    overrides={"invalid_prompt": Code(Kind.CONFIG, Tier.FALLBACK)},
    numbers={
        "5007": _CONFIG,  # No such model ${model} or task (400)
        "5004": _CONFIG,  # Invalid data type for base64 input (400)
        "3039": _CONFIG,  # Finetune is missing required files (400)
        "3003": _CONFIG,  # Request is missing headers or body (400)
        "5018": _AUTH,  # The account is not allowed to access this model (403)
        "5016": _AUTH,  # User has not agreed to the model's terms (403)
        "3023": _AUTH,  # Account blocked: service unavailable for account (403)
        "3041": _AUTH,  # The account is not allowed to access this model (403)
        "5019": _CONFIG,  # Request trying to use deprecated SDK version (405)
        "5005": _CONFIG,  # The model does not support LoRa inference (405)
        "3042": _CONFIG,  # The model name is invalid (404)
        "3006": Code(Kind.CONTEXT_LENGTH),  # Request is too large (413)
        "3007": Code(Kind.TIMEOUT),  # Request timeout (408)
        "3036": Code(Kind.USAGE_LIMIT),  # Account limited: the daily free allocation (429)
        # The same cap as the REST API has answered it ("4006: you have used up your daily free
        # allocation of 10,000 neurons", get-engram/engram issue 34).
        "4006": Code(Kind.USAGE_LIMIT),
        "3040": Code(Kind.OVERLOADED),  # Out of capacity: no data center left (429)
    },
    phrases=(
        # 3007 (Request timeout, a 408) as the binding's AiError words it.
        phrase(Kind.TIMEOUT, "aierror: request timeout", r"aierror: request timeout"),
        # 3036 and 3040 as their descriptions read, for logs that keep only the message.
        phrase(Kind.USAGE_LIMIT, "daily free allocation", r"used up your daily free allocation"),
        phrase(
            Kind.OVERLOADED,
            "no more data centers",
            r"no more data centers to forward the request to",
        ),
    ),
)
