"""Any OpenAI-compatible server chaterror does not know (the Go set's ``openai-compat``).

Detected from the hint, from the words in the text, or from the ``openai`` SDK pointed at a host
no profile claims (see :func:`chaterror.providers.provider_from_sdk`).
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "openai-compat",
    "OpenAI Compatible",
    Role.ROUTER,
    aliases=("openai compat", "openai compatible", "openai-compatible", "openai_compat"),
    words=("openai-compat|openai compat", r"openai[- ]compat"),
)
