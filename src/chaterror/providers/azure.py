"""Azure OpenAI, Azure AI Inference and AI Foundry.

Bodies are OpenAI's, plus ``innererror`` for content filtering; requests carry ``api-key``.
Sources: learn.microsoft.com azure/ai-services/openai (content-filter, quotas, reference), the
fixture notes.
"""

from chaterror._evidence import Code, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "azure",
    "Azure OpenAI",
    Role.CLOUD,
    aliases=(
        "azure openai",
        "azure-openai",
        "azure_openai",
        "azureopenai",
        "azure ai",
        "aoai",
        "azure ai foundry",
        "microsoft foundry",
        "azure ai inference",
        "azure-ai-inference",
    ),
    # Resource, Foundry and serverless endpoints (azure-ai-inference 1.0.0b9 METADATA;
    # anthropic-sdk-python 2.15.0 anthropic/lib/foundry.py:175); Azure Government (.us) and
    # Azure China (.cn, docs.azure.cn). models.inference.ai.azure.com is GitHub Models'.
    hosts=(
        "openai.azure.com",
        "cognitiveservices.azure.com",
        "services.ai.azure.com",
        "models.ai.azure.com",
        "openai.azure.us",
        "openai.azure.cn",
    ),
    # azure-core's exceptions (azure/core/exceptions.py), which azure-ai-inference raises.
    modules=("azure.core", "azure.ai.inference"),
    headers=("apim-request-id", "x-ms-region", "azureml-model-session"),
    # DeploymentNotFound and the APIM gateway's "subscription key" wording are Azure's own.
    words=(
        "azure|apim-request-id|x-ms-region|deploymentnotfound|deployment for this resource"
        "|invalid subscription key",
        r"azure|apim-request-id|x-ms-region|deploymentnotfound"
        r"|deployment for this resource does not exist|invalid subscription key",
    ),
    codes={
        "deploymentnotfound": Code(Kind.CONFIG),
        # Entra ID without the data-plane role (401 "Principal does not have access to
        # API/Operation", learn.microsoft.com/azure/ai-services/openai/how-to/role-based-access-control).
        "permissiondenied": Code(Kind.AUTH),
        "content_filter": Code(Kind.CONTENT_FILTER),
        "responsibleaipolicyviolation": Code(Kind.CONTENT_FILTER),
        # learn.microsoft.com/azure/foundry/openai/how-to/troubleshoot-errors: the operation
        # does not work with the deployment's model. Throttling sends the status itself ("429")
        # as error.code, which reads as the status.
        "operationnotsupported": Code(Kind.CONFIG),
        # Azure AI model inference's 400 for a request that names no model ("(no_model_name) No
        # model specified in request. Please provide a model name in the request body or as a
        # x-ms-model-mesh-model-name header.", as azure-ai-inference prints it; microsoft/
        # semantic-kernel issue 10483): the request is incomplete.
        "no_model_name": Code(Kind.CONFIG),
        # Azure Resource Manager refusing a deployment's capacity outside what the model's
        # SKU allows ("Error type: InvalidCapacity / The specified capacity '0' of account
        # deployment should be at least 1 and no more than 1.", microsoft/microsoft-foundry-for-
        # vscode issue 158): a setting of the request.
        "invalidcapacity": Code(Kind.CONFIG),
        # Azure Resource Manager refusing an account whose subscription offer may not create the
        # SKU ("SpecialFeatureOrQuotaIdRequired: The subscription does not have QuotaId/Feature
        # required by SKU 'S0' from kind 'OpenAI' or contains blocked QuotaId/Feature", ARM's
        # answer to a free or sponsored subscription): the subscription is not permitted, which
        # no quota increase or retry changes.
        "specialfeatureorquotaidrequired": Code(Kind.AUTH),
        # Completion filter results (Azure/azure-rest-api-specs AzureOpenAI inference.yaml).
        "protected_material_text": Code(Kind.CONTENT_FILTER),
        "protected_material_code": Code(Kind.CONTENT_FILTER),
    },
    # learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter and
    # .../how-to/troubleshoot-errors. Note: behind API Management's azure-openai-token-limit
    # policy an exhausted token quota is a 403, not a 429 (a 403 that is a usage limit).
    phrases=(
        phrase(Kind.CONTENT_FILTER, "response was filtered", r"the response was filtered"),
        # Azure AI Foundry's deployment errors: ServiceModelDeprecating ("The model '…' is in
        # deprecating state and cannot be used for new deployments", learn.microsoft.com/azure/
        # ai-foundry/concepts/model-lifecycle-retirement: a model in deprecation takes no new
        # deployments) and a serverless endpoint's name already taken ("UserError: Serverless
        # endpoint name '…' is not available. Please select a different name."): both fixed by
        # changing the request, never by waiting.
        # Azure AI Foundry's agents refusing a caller without the data action ("Authorization
        # error encountered when processing your request. Please ensure that the user has
        # Microsoft.CognitiveServices/accounts/AIServices/agents/write action on the project."):
        # the role assignment is missing, a permission.
        # azure-core's ClientAuthenticationError, raised for a 401 or 403 ("ClientAuthenticationError
        # (PermissionDenied)", azure/core/exceptions.py map_error): credentials or a role.
        phrase(Kind.AUTH, "clientauthenticationerror", r"clientauthenticationerror"),
        phrase(
            Kind.AUTH,
            "authorization error encountered",
            r"authorization error encountered when processing your request",
        ),
        phrase(
            Kind.CONFIG,
            "deprecating state|select a different name",
            r"is in deprecating state and cannot be used"
            r"|endpoint name '[^'\n]{1,200}' is not available\. please select a different name",
        ),
        # Microsoft Entra ID's sign-in errors ("AADSTS7000215: Invalid client secret provided.",
        # "AADSTS700016: Application … was not found in the directory"), as azure-identity's
        # credentials raise them for Azure OpenAI (learn.microsoft.com/entra/identity-platform/
        # reference-error-codes): every AADSTS code is an authentication failure.
        phrase(Kind.AUTH, "aadsts", r"aadsts\d{5,7}\b"),
        # DeploymentNotFound's message ("The API deployment for this resource does not exist"),
        # for logs that keep only the words.
        phrase(
            Kind.CONFIG,
            "deployment for",
            r"api deployment for (?:this|the) resource does not exist",
        ),
        phrase(
            Kind.OVERLOADED,
            "temporarily unable",
            r"the service is temporarily unable to process your request",
        ),
        hint(Kind.RATE_LIMIT, "have been limited", r"have been limited"),
        # Azure AI services' free (F0) tier, its call volume used up until the period renews
        # ("Out of call volume quota. Quota will be replenished in 2.12 days.", 403; Azure
        # LUIS troubleshooting docs: "… Quota will be replenished in <time>").
        phrase(Kind.USAGE_LIMIT, "out of call volume quota", r"out of call volume quota"),
    ),
    # An error's innererror, or a completion's prompt_filter_results: Azure's content-filtering
    # annotations on every response it filtered (learn.microsoft.com/azure/ai-foundry/openai/
    # concepts/content-filter, "prompt_filter_results").
    shape=lambda error, envelope: (
        "innererror" in error or "inner_error" in error or "prompt_filter_results" in envelope
    ),
)
