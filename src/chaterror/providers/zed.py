"""Zed: the editor's hosted models, ``cloud.zed.dev/completions``, which routes each request to
Anthropic, OpenAI, Google or xAI by model (Zed's ``zed.dev`` language-model provider).

Source: the host in Zed's own errors (zed-industries/zed#51135: "error sending request for url
(https://cloud.zed.dev/predict_edits/v3?)"); ZED_SERVER_URL's default in clients of the service.
"""

from chaterror._evidence import phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "zed",
    "Zed",
    Role.ROUTER,
    aliases=("zed.dev", "zed cloud", "zed ai"),
    hosts=("cloud.zed.dev",),
    phrases=(
        # The agent panel's log line for a provider it holds no credentials for ("Failed to
        # authenticate provider: ChatGPT Subscription: Sign in with your ChatGPT Plus or Pro
        # subscription to use this provider.", zed-industries/zed issue 61435).
        phrase(Kind.AUTH, "failed to authenticate provider", r"failed to authenticate provider\b"),
    ),
)
