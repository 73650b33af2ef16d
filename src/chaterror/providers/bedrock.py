"""AWS Bedrock: the bedrock-runtime API through botocore, boto3 and the AWS SDK for JavaScript.

The code travels in ``x-amzn-ErrorType`` and botocore's ``Error.Code``; the JS SDK prints
``$metadata``. Sources: botocore ``data/bedrock-runtime/*/service-2.json``,
docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html (Errors), the fixture
notes.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Phrase, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    return "$metadata" in error or "$metadata" in envelope or "ResponseMetadata" in envelope


PROFILE = Profile(
    "bedrock",
    "AWS Bedrock",
    Role.CLOUD,
    aliases=("aws bedrock", "aws-bedrock", "amazon bedrock", "bedrock-runtime", "aws"),
    # botocore 1.44.8 data/bedrock-runtime/2023-09-30/endpoint-rule-set-1.json (fips, dual-stack
    # api.aws) and data/partitions.json (aws-cn, aws-eusc); bedrock-mantle.{region}.api.aws
    # (anthropic-sdk-python 2.15.0 anthropic/lib/bedrock/_mantle.py:139).
    hosts=(
        "bedrock*.amazonaws.com",
        "bedrock*.api.aws",
        "bedrock*.amazonaws.com.cn",
        "bedrock*.amazonaws.eu",
    ),
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
        # AWS common errors (docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html):
        # a signature or token missing or unknown, an account not signed up or not opted in to
        # the Region; an action the service does not have.
        **dict.fromkeys(
            (
                "incompletesignature",
                "incompletesignatureexception",
                "missingauthenticationtoken",
                "missingauthenticationtokenexception",
                "invalidclienttokenid",
                "notauthorized",
                "optinrequired",
            ),
            Code(Kind.AUTH),
        ),
        "unknownoperationexception": Code(Kind.CONFIG),
        "expiredtokenexception": Code(Kind.AUTH),
        "resourcenotfoundexception": Code(Kind.CONFIG),
        "modeltimeoutexception": Code(Kind.TIMEOUT),
        # A 503: a timeout unless its words say more ("Too many connections, please wait before
        # trying again" is capacity), so a hint, as the status itself would be.
        "serviceunavailableexception": Code(Kind.TIMEOUT, Tier.HINT),
        "internalserverexception": Code(Kind.GENERIC, Tier.HINT, True),
        "modelstreamerrorexception": Code(Kind.GENERIC, Tier.HINT, True),
        # 424: the model failed on this input; the fixes are on the request. A hint, not a code:
        # SageMaker's ModelError names the failure in its words ("Your invocation timed out
        # while waiting for a response from container model", docs.aws.amazon.com/sagemaker/
        # latest/APIReference/API_runtime_InvokeEndpoint.html, ModelError), which then decide.
        "modelerrorexception": Code(Kind.GENERIC, Tier.HINT, False),
        "throttlingexception": Code(Kind.RATE_LIMIT, Tier.HINT),
        "validationexception": Code(Kind.CONFIG, Tier.FALLBACK),
        # Converse stopReason (botocore bedrock-runtime service-2.json StopReason): a 200 whose
        # guardrail intervened; ApplyGuardrail's GuardrailAction spells it in capitals.
        "guardrail_intervened": Code(Kind.CONTENT_FILTER),
        # docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html
        # FTUFormNotFilled is a 404 that is an onboarding problem (the Anthropic use-case form),
        # not a missing model; MPAgreementBeingCreated clears once the Marketplace subscription
        # is made.
        **dict.fromkeys(
            (
                "badcscoreexception",
                "ftuformnotfilled",
                "incompletesignature",
                "invalidclienttokenid",
                "notauthorized",
                "requestexpired",
            ),
            Code(Kind.AUTH),
        ),
        "mpagreementbeingcreated": Code(Kind.AUTH, Tier.CODE, True),
        "internalfailure": Code(Kind.GENERIC, Tier.HINT, True),
        "invalidaction": Code(Kind.CONFIG),
        "resourcenotfound": Code(Kind.CONFIG),
        "validationerror": Code(Kind.CONFIG, Tier.FALLBACK),
    },
    overrides={
        # "High demand or temporary": capacity, "not related to your account-level quotas".
        # Bedrock's meaning only: elsewhere (Azure's {"code": "ServiceUnavailable"}) the name
        # is the 503's, which says no more than the status.
        "serviceunavailable": Code(Kind.OVERLOADED, Tier.HINT, True),
    },
    phrases=(
        # Anthropic's models on Bedrock before the account's use-case form is sent
        # ("ResourceNotFoundException: Model use case details have not been submitted for this
        # account. Fill out the Anthropic use case details form before using the model",
        # docs.aws.amazon.com/bedrock/latest/userguide/model-access.html): access not yet granted.
        # Code tier, as the ResourceNotFoundException it refines (a model id that does exist).
        Phrase(
            Tier.CODE,
            Kind.AUTH,
            ("use case details",),
            r"use case details have not been submitted",
        ),
        # InvokeModel's ValidationException for an anthropic_beta value Bedrock does not accept
        # ({"message":"invalid beta flag"}, as Claude Code and LiteLLM's proxy pass it on when
        # they send a beta header only Anthropic's own API knows): a setting of the request.
        phrase(Kind.CONFIG, "invalid beta flag", r"invalid beta flag"),
        # The default message a Bedrock guardrail answers with when it blocks ("Sorry, the model
        # cannot answer this question.", the console's default for blocked prompts and responses,
        # docs.aws.amazon.com/bedrock/latest/userguide/guardrails-create.html), as an app shows it.
        phrase(
            Kind.CONTENT_FILTER,
            "cannot answer this question",
            r"sorry, the model cannot answer this question",
        ),
        # boto3's control-plane client ("bedrock") has no runtime operations; they live on
        # "bedrock-runtime" (botocore data bedrock/ and bedrock-runtime/ service models): the
        # client is set up wrong.
        phrase(
            Kind.CONFIG,
            "bedrock' object has no attribute",
            r"(?<=')bedrock' object has no attribute '(?:invoke_model|converse)",
        ),
        # A gateway in front of Bedrock that serves only the Converse API ("invoke is blocked
        # please use converse /converse-stream", a corporate endpoint in anthropics/claude-code
        # issue 2577): the client must call the other operation.
        phrase(
            Kind.CONFIG,
            "is blocked please use|is blocked, please use",
            r"\binvoke(?:[_ ]?model)? is blocked,? please use (?:the )?converse\b",
        ),
        # AccessDeniedException's message for a model the account or role may not invoke
        # (docs.aws.amazon.com/bedrock/latest/userguide/model-access.html), however a wrapper
        # relabels it (LiteLLM: APIConnectionError).
        phrase(
            Kind.AUTH,
            "don't have access to the model",
            r"you don.t have access to the model with the specified model id",
        ),
        phrase(Kind.CONFIG, "on-demand throughput", r"on-demand throughput isn.t supported"),
        # InvokeModel's 400 for a body over the model's text budget ({"message":"too many total
        # text bytes: 10000002 > 9000000"}, recorded in crmne/ruby_llm's cassette
        # chat_real_error_scenarios_bedrock_..._handles_context_length_exceeded_errors.yml): the
        # input must shrink, as for a token window.
        phrase(Kind.CONTEXT_LENGTH, "total text bytes", r"too many total text bytes"),
        # ValidationException for a model id Bedrock does not know.
        phrase(Kind.CONFIG, "model identifier is invalid", r"model identifier is invalid"),
        phrase(
            Kind.AUTH,
            "security token",
            r"security token included in the request is invalid",
        ),
        # ServiceUnavailableException's message (bedrock-runtime service-2.json): back off, retry.
        # ServiceUnavailableException "Too many connections, please wait before trying again."
        # (bedrock-runtime service-2.json; AWS troubleshooting page): the service's capacity.
        phrase(Kind.OVERLOADED, "too many connections", r"too many connections"),
        # InternalServerException's message, also sent mid-stream with no code ("The system
        # encountered an unexpected error during processing. Try your request again.";
        # hydro-project/infinity#124): a server-side failure the message itself says to retry.
        phrase(
            Kind.GENERIC,
            "unexpected error during processing",
            r"encountered an unexpected error during processing\. try your request again",
            retryable=True,
        ),
        phrase(Kind.TIMEOUT, "unable to process", r"bedrock is unable to process your request"),
        # ThrottlingException's and ServiceQuotaExceededException's messages (service-2.json).
        # The quota one is an HTTP 400 whose doc still says "resubmit later": a cap all the same.
        phrase(
            Kind.RATE_LIMIT,
            "account quotas",
            r"denied due to exceeding the account quotas for amazon bedrock",
        ),
        phrase(
            Kind.USAGE_LIMIT,
            "service quota",
            r"your request exceeds the service quota for your account",
        ),
        # ThrottlingException's documentation, also its text in a stream's throttlingException
        # event ("Your request was throttled because of service-wide limitations. Resubmit your
        # request later or in a different region", bedrock-runtime service-2.json,
        # API_runtime_ResponseStream): the service's capacity, not this account's quota.
        phrase(
            Kind.OVERLOADED,
            "service-wide limitations",
            r"throttled because of service-wide limitations",
        ),
        # FTUFormNotFilled's message (troubleshooting-api-error-codes.html).
        phrase(
            Kind.AUTH,
            "use case details",
            r"model use case details have not been submitted",
        ),
        # Stability AI models on Bedrock answer 200 with finish_reasons ["Filter reason:
        # prompt"], "Filter reason: output image" or "Filter reason: input image" when the
        # content filter dropped the request (docs.aws.amazon.com/bedrock/latest/userguide/
        # model-parameters-diffusion-3-5-large.html, response body finish_reasons).
        phrase(
            Kind.CONTENT_FILTER,
            "filter reason",
            r"filter reason: (?:prompt|input image|output image)\b",
        ),
        # botocore 1.44.8 botocore/exceptions.py:125-126, :156-157.
        hint(Kind.TIMEOUT, "could not connect", r"could not connect to the endpoint url"),
        hint(
            Kind.TIMEOUT,
            "reading from response stream",
            r"an error occurred while reading from response stream",
        ),
    ),
    shape=_shape,
)
