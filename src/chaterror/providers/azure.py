"""Azure OpenAI, Azure AI Inference and AI Foundry.

Bodies are OpenAI's, plus ``innererror`` for content filtering; requests carry ``api-key``.
Sources: learn.microsoft.com azure/ai-services/openai (content-filter, quotas, reference), the
fixture notes.
"""

from chaterror._evidence import Code
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "azure",
    "Azure OpenAI",
    Role.CLOUD,
    aliases=("azure openai", "azure-openai", "azure_openai", "azureopenai", "azure ai"),
    hosts=("openai.azure.com", "cognitiveservices.azure.com", "services.ai.azure.com"),
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
        "content_filter": Code(Kind.CONTENT_FILTER),
        "responsibleaipolicyviolation": Code(Kind.CONTENT_FILTER),
    },
    shape=lambda error, envelope: "innererror" in error or "inner_error" in error,
)
