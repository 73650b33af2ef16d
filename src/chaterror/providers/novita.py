"""Novita AI: its OpenAI-compatible API at ``api.novita.ai/v3/openai`` (and ``/openai``).

Source: novita.ai/docs/guides/llm-api (base URL); its error envelope, a flat
``{"code": 401, "reason": "FAILED_TO_AUTH", "message": …, "metadata": {}}``, as
experientiallabs/experiential PR 953 captured it live.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "novita",
    "Novita AI",
    Role.HOST,
    aliases=("novita ai", "novita.ai", "novitaai"),
    hosts=("api.novita.ai",),
)
