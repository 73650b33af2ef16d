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
        # huggingface_hub/utils/_http.py:894 (X-Error-Message of a disabled repo).
        phrase(Kind.AUTH, "resource is disabled", r"access to this resource is disabled"),
    ),
)
