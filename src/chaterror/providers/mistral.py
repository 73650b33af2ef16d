"""Mistral AI: La Plateforme and the ``mistralai`` SDK.

Bodies are flat (``{"object": "error", "message", "type", "param", "code"}``) and the SDK's
``SDKError`` prints ``API error occurred: Status 429 …``. Sources: docs.mistral.ai, mistralai
``models/sdkerror.py``, the fixture notes.
"""

from chaterror._evidence import Code, Tier, hint
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "mistral",
    "Mistral",
    Role.MAKER,
    aliases=("mistral ai", "mistralai", "la plateforme", "codestral"),
    # mistralai 3.7.0 mistralai/client/sdkconfiguration.py:25-27 (global, EU, US servers);
    # docs.mistral.ai/capabilities/code_generation (Codestral).
    hosts=("api.mistral.ai", "api.eu.mistral.ai", "api.us.mistral.ai", "codestral.mistral.ai"),
    modules=("mistralai",),
    words=("mistral", r"mistral"),
    # finish_reason "model_length": the context window was reached, unlike "length" (max_tokens)
    # (mistralai 3.7.0 mistralai/client/models/chatcompletionchoice.py:23-31).
    codes={
        "model_length": Code(Kind.CONTEXT_LENGTH),
        # Mistral Workflows' 409s for a request the workflow's state refuses: an action on an
        # execution that has ended (WF_1102 "Workflow not running") and a deployment left
        # unnamed where several serve the workflow (AMBIGUOUS_WORKFLOW; pass deployment_name).
        # mistralai/platform-docs-public studio-api/workflows/managing-workflows-in-production
        # error_codes.md and deployments.md: the request must change.
        "wf_1102": Code(Kind.CONFIG),
        "ambiguous_workflow": Code(Kind.CONFIG),
    },
    # Its type internal_server_error (a 500 with code "1000" or "3000" and the message "Service
    # unavailable.") is Mistral's own word for the failure: at Mistral the structured type
    # outranks the 503-like wording it carries (two blind rounds labelled it so, 34 and 47).
    # Elsewhere the shared type stays a hint: apps and gateways file other failures under it.
    overrides={"internal_server_error": Code(Kind.GENERIC, Tier.CODE, True)},
    # mistralai 3.7.0 mistralai/client/errors/no_response_error.py.
    phrases=(hint(Kind.TIMEOUT, "no response received", r"no response received"),),
)
