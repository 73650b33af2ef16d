"""Dify: the app platform's service API (``api.dify.ai/v1`` on Dify Cloud, any host self-hosted),
which answers with ``{"status", "code", "message"}`` and forwards its model providers' failures.

Source: langgenius/dify-docs ``en/api-reference/guides/errors.mdx`` ("Rate Limits and Quotas",
commit 9d8344e) and the 429 responses of ``*/api-reference/openapi_service.json``.

Trap: its two 429 codes mean different things. ``too_many_requests`` is the app's concurrency
ceiling (back off and retry); ``rate_limit_error``, Anthropic's per-minute code elsewhere, is
a Dify Cloud plan quota here ("Retrying won't clear it; it resets with the quota period or a
plan change"), so ``overrides`` reads it as usage_limit for Dify alone. The shared codes it uses
(``provider_quota_exceeded``, ``provider_not_initialize``, ``model_currently_not_support`` …)
live in :mod:`chaterror.signals` with the rest of its model-runtime vocabulary.
"""

from chaterror._evidence import Code
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "dify",
    "Dify",
    Role.ROUTER,
    aliases=("dify cloud", "dify.ai"),
    hosts=("api.dify.ai",),
    overrides={
        # errors.mdx: "`rate_limit_error` is a plan quota on Dify Cloud, such as workflow
        # executions"; openapi_service.json: "the workspace's Dify Cloud workflow execution
        # quota is used up" (its example message is only "Rate Limit Error").
        "rate_limit_error": Code(Kind.USAGE_LIMIT),
    },
)
