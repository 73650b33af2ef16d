"""IBM watsonx.ai (``https://{region}.ml.cloud.ibm.com/ml/v1/text/chat``) and the IBM Cloud IAM
token service in front of it.

watsonx.ai answers ``{"errors": [{"code": "token_quota_reached", "message", "more_info"}],
"trace": "…", "status_code": 403}``: a snake_case code in a list, the status repeated in the
body. Traps: ``token_quota_reached`` is a 403 but a spent plan (the Lite plan's monthly tokens),
not a credential problem; ``invalid_input_argument`` is the code of every bad argument, the
context overflow included, so its wording decides. The IAM service answers
``{"errorCode": "BXNIM0415E", "errorMessage": "Provided API key could not be found."}``.
The Python SDK raises ``ibm_watsonx_ai.wml_client_error.ApiRequestFailure``, whose text is
"Failure during chat. (POST …) Status code: 403, body: {…}".

Sources, read 2026-12-01:
- IBM/watsonx-ai-java-sdk: com/ibm/watsonx/ai/core/exception/model/WatsonxError.java (the
  ``WatsonxError(statusCode, trace, errors)`` record and its ``Code`` enum of known codes).
- ibm.github.io/watsonx-ai-node-sdk (``WatsonXAI.ApiError``: code, message, more_info, target)
  and IBM/watsonx-ai-node-sdk src/vml_v1.ts (regional ``*.ml.cloud.ibm.com`` service URLs and
  their ``api.*.dataplatform.cloud.ibm.com`` / ``api.*.dai.cloud.ibm.com`` platform URLs).
- ibm_watsonx_ai/wml_client_error.py of the watsonx-ai Python SDK (``WMLClientError``,
  ``ApiRequestFailure``: "{msg} ({method} {url})\\nStatus code: {n}, body: {text}").
- IBM/python-sdk-core test_mcspv2_token_manager.py and IBM's IAM error bodies (``BXNIM0415E``
  "Provided API key could not be found").
- cloud.ibm.com/apidocs/watsonx-ai (the ``more_info`` URL every error carries).
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    """An ``errors`` list whose envelope carries watsonx's ``trace`` id, or an error item whose
    ``more_info`` points at IBM Cloud's docs."""
    more_info = error.get("more_info")
    if isinstance(more_info, str) and "cloud.ibm.com" in more_info:
        return True
    return isinstance(envelope.get("trace"), str) and isinstance(envelope.get("errors"), list)


_AUTH = Code(Kind.AUTH)
_CONFIG = Code(Kind.CONFIG)

PROFILE = Profile(
    "watsonx",
    "IBM watsonx.ai",
    Role.CLOUD,
    aliases=("ibm watsonx", "ibm watsonx.ai", "watsonx.ai", "watsonx ai", "ibm", "wml"),
    hosts=(
        "ml.cloud.ibm.com",  # us-south, eu-de, eu-gb, jp-tok, au-syd, ca-tor
        "dataplatform.cloud.ibm.com",
        "dai.cloud.ibm.com",
        "iam.cloud.ibm.com",  # the IAM token service every watsonx.ai client calls first
    ),
    modules=("ibm_watsonx_ai", "langchain_ibm"),
    words=(
        "watsonx|ml.cloud.ibm|bxnim",
        # ".ml.cloud.ibm.com" right after a host label (the word boundary the table puts first
        # needs a word character before the dot): "us-south.ml.cloud.ibm.com". A run of
        # "[a-z-]+" in front made every near miss ("a-a-a-…") quadratic.
        r"watsonx|\.ml\.cloud\.ibm\.com|bxnim\d{4}e",
    ),
    codes={
        # WatsonxError.Code (the Java SDK's enum of known codes).
        "authorization_rejected": _AUTH,
        "user_authorization_failed": _AUTH,
        "authentication_token_expired": _AUTH,
        # A plan's token allowance (403): a cap until the plan resets or is upgraded.
        "token_quota_reached": Code(Kind.USAGE_LIMIT),
        "model_not_supported": _CONFIG,  # 404: not served in this region
        "model_no_support_for_function": _CONFIG,
        "json_type_error": _CONFIG,
        "json_validation_error": _CONFIG,
        "invalid_request_entity": _CONFIG,
        # Every bad argument, the context overflow included: the wording decides.
        "invalid_input_argument": Code(Kind.CONFIG, Tier.FALLBACK),
        # IBM Cloud IAM: "Provided API key could not be found".
        "bxnim0415e": _AUTH,
    },
    phrases=(
        # invalid_input_argument's overflow wording: "the number of input tokens 4098 cannot
        # exceed the total tokens limit 4096 for this model".
        phrase(
            Kind.CONTEXT_LENGTH,
            "cannot exceed the total tokens limit",
            r"number of input tokens \d+ cannot exceed the total tokens limit",
        ),
        phrase(
            Kind.AUTH, "provided api key could not be found", r"provided api key could not be found"
        ),
        # user_authorization_failed's message, a 403 for a caller who is not a collaborator on
        # the project it names ("Failed to find the IBMid-… member in project_id …"): not
        # permitted, whatever not-found wording a nested body adds.
        phrase(Kind.AUTH, "member in project", r"failed to find the [\w-]{1,64} member in project"),
    ),
    shape=_shape,
)
