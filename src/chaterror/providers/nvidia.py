"""NVIDIA NIM: hosted endpoints (build.nvidia.com) and self-hosted NIM containers.

Source: docs.api.nvidia.com/nim/reference.
"""

from chaterror._evidence import hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "nvidia",
    "NVIDIA NIM",
    Role.HOST,
    aliases=(
        "nvidia nim",
        "nim",
        "nvidia api catalog",
        "build.nvidia.com",
        "nvcf",
        "nvidia ai endpoints",
        "nvidia_ai_endpoints",
    ),
    hosts=(
        "integrate.api.nvidia.com",
        "ai.api.nvidia.com",
        "build.nvidia.com",
        # NVCF polling and NGC (PyPI langchain-nvidia-ai-endpoints 1.5.0 _common.py;
        # docs.nvidia.com/cloud-functions/user-guide/latest/cloud-function/api.html).
        "api.nvcf.nvidia.com",
        "api.ngc.nvidia.com",
    ),
    modules=("langchain_nvidia_ai_endpoints",),
    # NVCF's request id, sent with a 202 that must be polled.
    headers=("nvcf-reqid",),
    words=("nvidia", r"nvidia"),
    phrases=(
        # NVCF's 404 for a function id the account cannot see ("Function '…': Not found for
        # account '…'", a problem+json detail): the model named is wrong for this account.
        phrase(Kind.CONFIG, "not found for account", r"not found for account"),
        # NVCF function states (docs.nvidia.com/cloud-functions: ACTIVE, DEPLOYING, ERROR,
        # INACTIVE, DEGRADED): a DEGRADED function's instances are unhealthy, its 400 ("DEGRADED
        # function cannot be invoked") is the service's state, not the request's fault.
        phrase(
            Kind.OVERLOADED,
            "degraded function cannot be invoked",
            r"degraded function cannot be invoked",
            retryable=True,
        ),
        # langchain-nvidia-ai-endpoints 1.5.0 _common.py (the 401/403 advice).
        phrase(Kind.AUTH, "regenerate your api key", r"check or regenerate your api key"),
        # gRPC NIM grpc_message texts (docs.nvidia.com/ace/audio2face-3d-microservice/1.0/text/
        # troubleshooting.html): no worker free; a key the auth service refused; and out of
        # credit, which arrives as grpc_status 13 INTERNAL.
        phrase(Kind.OVERLOADED, "link to worker", r"failed to establish link to worker"),
        phrase(Kind.AUTH, "invalid response from uam", r"invalid response from uam"),
        hint(
            Kind.USAGE_LIMIT,
            "trying to handle an exception",
            r"there was a server error trying to handle an exception",
        ),
    ),
)
