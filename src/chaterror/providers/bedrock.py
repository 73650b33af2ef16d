"""AWS Bedrock: the bedrock-runtime API through botocore, boto3 and the AWS SDK for JavaScript.

The code travels in ``x-amzn-ErrorType`` and botocore's ``Error.Code``; the JS SDK prints
``$metadata``. Sources: botocore ``data/bedrock-runtime/*/service-2.json``,
docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html (Errors), the fixture
notes.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    return "$metadata" in error or "$metadata" in envelope or "ResponseMetadata" in envelope


PROFILE = Profile(
    "bedrock",
    "AWS Bedrock",
    Role.CLOUD,
    aliases=("aws bedrock", "aws-bedrock", "amazon bedrock"),
    hosts=("bedrock*.amazonaws.com",),
    modules=("botocore", "aiobotocore", "boto3"),
    headers=("x-amzn-errortype", "x-amzn-requestid"),
    words=(
        "bedrock|botocore|boto3|when calling the|returned the following errors|exception",
        r"bedrock|botocore|boto3|when calling the (?:invoke|converse)\w* operation"
        r"|the model returned the following errors|(?:validation|throttling|servicequotaexceeded"
        r"|modeltimeout|modelnotready|modelerror|modelstreamerror)exception",
    ),
    codes={
        "servicequotaexceededexception": Code(Kind.USAGE_LIMIT),
        # The model is still loading; SDKs retry it.
        "modelnotreadyexception": Code(Kind.OVERLOADED),
        "accessdeniedexception": Code(Kind.AUTH),
        "unrecognizedclientexception": Code(Kind.AUTH),
        "invalidsignatureexception": Code(Kind.AUTH),
        "expiredtokenexception": Code(Kind.AUTH),
        "resourcenotfoundexception": Code(Kind.CONFIG),
        "modeltimeoutexception": Code(Kind.TIMEOUT),
        "serviceunavailableexception": Code(Kind.TIMEOUT),
        "internalserverexception": Code(Kind.GENERIC, Tier.HINT, True),
        "modelstreamerrorexception": Code(Kind.GENERIC, Tier.HINT, True),
        # 424: the model failed on this input; the fixes are on the request.
        "modelerrorexception": Code(Kind.GENERIC, Tier.CODE, False),
        "throttlingexception": Code(Kind.RATE_LIMIT, Tier.HINT),
        "validationexception": Code(Kind.CONFIG, Tier.FALLBACK),
    },
    phrases=(
        phrase(Kind.CONFIG, "on-demand throughput", r"on-demand throughput isn.t supported"),
        phrase(
            Kind.AUTH,
            "security token",
            r"security token included in the request is invalid",
        ),
        # ServiceUnavailableException's message (bedrock-runtime service-2.json): back off, retry.
        phrase(Kind.TIMEOUT, "unable to process", r"bedrock is unable to process your request"),
    ),
    shape=_shape,
)
