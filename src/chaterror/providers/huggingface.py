"""Hugging Face: Inference Providers (the router), the serverless Inference API, Inference
Endpoints, TGI, and the ``huggingface_hub`` client.

Sources: huggingface.co/docs/inference-providers, huggingface_hub ``errors.py``.
"""

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
    ),
    hosts=(
        "router.huggingface.co",
        "api-inference.huggingface.co",
        "endpoints.huggingface.cloud",
        "huggingface.co",
    ),
    modules=("huggingface_hub",),
    words=("hugging|huggingface", r"hugging ?face|huggingface_hub"),
)
