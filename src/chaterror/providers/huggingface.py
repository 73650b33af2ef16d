"""Hugging Face: Inference Providers (the router), the serverless Inference API, Inference
Endpoints, TGI, and the ``huggingface_hub`` client.

Sources: huggingface.co/docs/inference-providers, huggingface_hub ``errors.py``.
"""

from chaterror._evidence import Code, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "huggingface",
    "Hugging Face",
    Role.HOST,
    aliases=(
        "hugging face",
        "hugging-face",
        "hf",
        "huggingface_hub",
        "hf-inference",
        "huggingface hub",
        "hf inference",
        "hf router",
        "inference providers",
        "tgi",
        "text-generation-inference",
    ),
    hosts=(
        "router.huggingface.co",
        "api-inference.huggingface.co",
        "endpoints.huggingface.cloud",
        "huggingface.co",
    ),
    modules=("huggingface_hub",),
    # The Hub's machine code and message headers (PyPI huggingface_hub 2.4.0
    # huggingface_hub/utils/_http.py:880-935). A 401 on a repo URL usually means a private,
    # gated or missing repo, not a bad token.
    headers=("x-error-code", "x-error-message"),
    words=("hugging|huggingface", r"hugging ?face|huggingface_hub"),
    codes={
        # TGI's error_type (huggingface/text-generation-inference router/src/infer/mod.rs):
        # 422 validation (which also covers inputs + max_new_tokens over the limit, so the
        # wording decides), 424 generation failures; "overloaded" is in signals already.
        "validation": Code(Kind.CONFIG, Tier.FALLBACK),
        "generation": Code(Kind.GENERIC, Tier.HINT, True),
        "incomplete_generation": Code(Kind.GENERIC, Tier.HINT, True),
        "template_error": Code(Kind.CONFIG),
        "missing_template_variable": Code(Kind.CONFIG),
        "tool_error": Code(Kind.CONFIG),
        # The Hub's X-Error-Code values (huggingface_hub/utils/_http.py).
        "reponotfound": Code(Kind.CONFIG),
        "revisionnotfound": Code(Kind.CONFIG),
        "entrynotfound": Code(Kind.CONFIG),
        "gatedrepo": Code(Kind.AUTH),
    },
    phrases=(
        hint(Kind.CONFIG, "input validation error", r"input validation error"),
        # The Hub's 403 for a token an organisation's token policy holds pending or denied ("Due
        # to the organization token policy, your token needs to be approved by the organization
        # before you can access this resource.", huggingface/hub-docs
        # docs/hub/enterprise-tokens-management.md): the credential is not permitted.
        phrase(
            Kind.AUTH,
            "token needs to be approved",
            r"token needs to be approved by the organization",
        ),
        # github.com/huggingface/text-generation-inference@db931fcf router/src/validation.rs:1001
        # (worded so since 5e5d8766, 2022): the prompt alone over --max-input-tokens; and :1025,
        # an image over the size the router accepts.
        phrase(
            Kind.CONTEXT_LENGTH,
            "must have less than",
            r"`?inputs`? must have less than \d+ tokens",
        ),
        phrase(
            Kind.CONTEXT_LENGTH,
            "exceeds maximum allowed size",
            r"image size \d+ bytes exceeds maximum allowed size",
        ),
        # text-generation-inference server/text_generation_server/models/flash_causal_lm.py:71
        # from e74bd41e (2023-06) until 8aece3bd (2024-06): the KV cache had no free blocks for
        # the batch, sent as a 424 generation error.
        phrase(
            Kind.OVERLOADED,
            "out of available cache blocks",
            r"out of available cache blocks",
            retryable=True,
        ),
        # huggingface_hub/utils/_http.py:894 (X-Error-Message of a disabled repo).
        phrase(Kind.AUTH, "resource is disabled", r"access to this resource is disabled"),
    ),
)
