"""Google: the Gemini API, Vertex AI, and the ``google-genai`` / ``google-api-core`` SDKs.

Body: ``google.rpc.Status`` as JSON, ``{"error": {"code", "message", "status", "details"}}``,
sometimes in a list; ``details`` carry ``ErrorInfo.reason``, ``QuotaFailure`` ids and
``RetryInfo.retryDelay``. Safety blocks are successful responses with a block reason. Sources:
ai.google.dev/gemini-api/docs/troubleshooting, cloud.google.com/apis/design/errors,
googleapis ``google/rpc/code.proto`` and ``error_details.proto``, the fixture notes.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

# Canonical codes short enough to carry no underscore.
_ONE_WORD_STATUSES = frozenset(
    {"UNAVAILABLE", "INTERNAL", "UNAUTHENTICATED", "CANCELLED", "UNKNOWN", "ABORTED"}
)


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    status = error.get("status")
    if isinstance(status, str) and (
        (status.isupper() and "_" in status) or status in _ONE_WORD_STATUSES
    ):
        return True
    if "promptFeedback" in error or "prompt_feedback" in error or "candidates" in error:
        return True  # a blocked generateContent response
    details = error.get("details")
    return (
        isinstance(details, list)
        and bool(details)
        and isinstance(details[0], dict)
        and "@type" in details[0]
    )


PROFILE = Profile(
    "google",
    "Google",
    Role.MAKER,
    aliases=("gemini", "vertex", "vertexai", "vertex ai", "google-genai", "google ai studio"),
    hosts=(
        "generativelanguage.googleapis.com",
        "aiplatform.googleapis.com",
        "cloudcode-pa.googleapis.com",
    ),
    modules=("google.genai", "google.api_core", "google.generativeai", "vertexai"),
    words=("google|gemini|vertex", r"google|gemini|vertex"),
    codes={
        # ErrorInfo reasons (google.rpc.ErrorInfo, googleapis.com domain).
        "api_key_invalid": Code(Kind.AUTH),
        "api_key_expired": Code(Kind.AUTH),
        "consumer_suspended": Code(Kind.AUTH),
        # Canonical codes (google/rpc/code.proto).
        "unauthenticated": Code(Kind.AUTH),
        "permission_denied": Code(Kind.AUTH),
        "deadline_exceeded": Code(Kind.TIMEOUT),
        "resource_exhausted": Code(Kind.RATE_LIMIT, Tier.HINT),
        # 503: overload or an outage; the message tells which.
        "unavailable": Code(Kind.TIMEOUT, Tier.HINT),
        "internal": Code(Kind.GENERIC, Tier.HINT, True),
        "invalid_argument": Code(Kind.CONFIG, Tier.FALLBACK),
        "failed_precondition": Code(Kind.CONFIG, Tier.FALLBACK),
        # Block reasons and finish reasons of a blocked response.
        "safety": Code(Kind.CONTENT_FILTER),
        "prohibited_content": Code(Kind.CONTENT_FILTER),
        "model_armor": Code(Kind.CONTENT_FILTER),
        "blocklist": Code(Kind.CONTENT_FILTER),
        "spii": Code(Kind.CONTENT_FILTER),
        "image_safety": Code(Kind.CONTENT_FILTER),
        "recitation": Code(Kind.CONTENT_FILTER),
    },
    shape=_shape,
)
