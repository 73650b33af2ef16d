"""NVIDIA NIM: hosted endpoints (build.nvidia.com) and self-hosted NIM containers.

Source: docs.api.nvidia.com/nim/reference.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "nvidia",
    "NVIDIA NIM",
    Role.HOST,
    aliases=(
        "nvidia nim",
        "nim",
    ),
    hosts=(
        "integrate.api.nvidia.com",
        "ai.api.nvidia.com",
        "build.nvidia.com",
    ),
    words=("nvidia", r"nvidia"),
)
