"""OpenRouter: a router in front of many providers.

The upstream's reason sits in ``error.metadata.raw`` (often JSON itself), with
``metadata.provider_name``; 402 is credits. Sources: openrouter.ai/docs/api-reference/errors,
the fixture notes.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Phrase, Tier, phrase
from chaterror.kind import Kind
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
    aliases=("open router", "openrouter.ai"),
    hosts=("openrouter.ai",),
    # PyPI openrouter 1.3.84 (Speakeasy-generated).
    modules=("openrouter",),
    # limit_rpd: its free models' requests-per-day limit name.
    words=("openrouter|limit_rpd", r"openrouter|limit_rpd"),
    codes={
        # metadata.error_type (OpenRouterTeam/docs api_reference/errors-and-debugging.mdx).
        # Left to the generic table: not_found, invalid_request, timeout, payment_required,
        # provider_unavailable; token_limit_exceeded, string_too_long, payload_too_large,
        # unprocessable, precondition_failed and server are names other servers use for other
        # things. invalid_prompt is OpenAI's content_filter code, but OpenRouter's Responses
        # skin sends it for a context overflow and for a bad request alike (lossy).
        "max_tokens_exceeded": Code(Kind.CONTEXT_LENGTH),
        "authentication": Code(Kind.AUTH),
        "provider_overloaded": Code(Kind.OVERLOADED, Tier.CODE, True),
        "unsupported_image_format": Code(Kind.CONFIG),
        "image_not_found": Code(Kind.CONFIG),
        "image_download_failed": Code(Kind.CONFIG),
        # An upstream error with no known category.
        "unmapped": Code(Kind.GENERIC, Tier.HINT, True),
        # A 402 is not always a cap (api_reference/limits.mdx): a full in-flight budget clears
        # once running requests settle (with Retry-After); a key limit or no credit does not.
        "in_flight_budget_exhausted": Code(Kind.RATE_LIMIT, Tier.CODE, True),
        "openrouter_in_flight_budget": Code(Kind.RATE_LIMIT, Tier.CODE, True),
        "weight_exceeds_budget": Code(Kind.USAGE_LIMIT),
        "openrouter_key_limit": Code(Kind.USAGE_LIMIT),
        "openrouter_credits": Code(Kind.USAGE_LIMIT),
    },
    phrases=(
        # A Gemini 3 request whose history dropped the reasoning_details OpenRouter returned
        # ("Gemini models require OpenRouter reasoning details to be preserved in each request",
        # agno-agi/agno#5784; openrouter.ai/docs/use-cases/reasoning-tokens, preserving
        # reasoning blocks): the client must send them back.
        phrase(
            Kind.CONFIG,
            "reasoning details to be preserved",
            r"require openrouter reasoning details to be preserved",
        ),
        # api_reference/limits.mdx: the in-flight budget's 402 says to retry.
        phrase(
            Kind.RATE_LIMIT,
            "in-flight requests",
            r"would exceed your available credits given your current in-flight requests",
            retryable=True,
        ),
        # api_reference/limits.mdx (free usage limits): :free models allow so many requests per
        # minute and, by credits bought, 50 or 1000 per day; the daily one is a cap until the
        # next day ("Rate limit exceeded: free-models-per-day-high-balance").
        phrase(Kind.USAGE_LIMIT, "free-models-per-day", r"free-models-per-day"),
        # The per-minute limit of a :free model ("Rate limit exceeded: limit_rpm/<model>/<id>.
        # High demand for <model>:free on OpenRouter - limited to 1 requests per minute"): the
        # named window is a throttle, whatever "high demand" says about why it is so small.
        Phrase(Tier.CODE, Kind.RATE_LIMIT, ("limit_rpm/",), r"limit_rpm/", retryable=True),
        # api_reference/limits.mdx and the keys API (a key's credit `limit`, with its reset
        # window): the key's own spend cap, "Key limit exceeded (total limit)", a 403.
        phrase(Kind.USAGE_LIMIT, "key limit exceeded", r"key limit exceeded"),
        # errors-and-debugging.mdx: the upstream dropped a stream (502 provider_unavailable).
        phrase(Kind.TIMEOUT, "provider disconnected", r"provider disconnected mid-stream"),
        # errors-and-debugging.mdx error codes: 502 "Your chosen model is down or we received an
        # invalid response from it"; 503 "There is no available model provider that meets your
        # routing requirements" (capacity: every provider that could serve it is out).
        phrase(Kind.TIMEOUT, "chosen model is down", r"your chosen model is down"),
        phrase(
            Kind.OVERLOADED,
            "no available model provider",
            r"no available model provider that meets your routing requirements",
        ),
    ),
    shape=_shape,
)
