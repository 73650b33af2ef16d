"""Databricks Foundation Model APIs and Model Serving (``/serving-endpoints/…/invocations``).

Every Databricks REST API answers ``{"error_code": "REQUEST_LIMIT_EXCEEDED", "message": "…"}``:
an UPPER_SNAKE code beside the HTTP status. MLflow's ``RestException`` (what
``mlflow.deployments`` raises) prints it in prose, ``"REQUEST_LIMIT_EXCEEDED: Exceeded workspace
QPS rate limit …"``, so the code is read from text too. The serving limits are per-window rate
limits (workspace QPS, ITPM/OTPM per minute, queries per hour): a 429 here is retried.

Sources, read 2026-12-01:
- databricks/databricks-sdk-py@41771ecc1ffbd6bc5bed5ce70c238fb67a19b597:
  databricks/sdk/errors/platform.py (``STATUS_CODE_MAPPING``, ``ERROR_CODE_MAPPING`` and the
  exception classes ``TooManyRequests``, ``ResourceExhausted``, ``RequestLimitExceeded`` …).
- mlflow/mlflow@27d32abe0bf3c1281d4efa9fbc48e3591f4ab273:mlflow/exceptions.py
  (``ERROR_CODE_TO_HTTP_STATUS``; ``RestException`` formats ``"{error_code}: {message}"``).
- pkg.go.dev/github.com/databricks/databricks-sdk-go@v0.49.0/openapi (``ErrorCodeMapping``:
  400 INVALID_STATE "unexpected state").
- docs.databricks.com/aws/machine-learning/model-serving/model-serving-limits and
  docs.databricks.com/aws/machine-learning/foundation-model-apis/limits (QPS per workspace,
  ITPM/OTPM per 60-second window, queries per hour).
- docs.azure.cn/zh-cn/databricks/kb/jobs/job-rate-limit (``QUOTA_EXCEEDED``: "The quota for the
  number of jobs has been reached", a cap; ``INVALID_STATE`` "exceeding rate limit").
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    """``{"error_code": "UPPER_SNAKE", "message": "…"}`` with nothing wrapped around it (Baidu's
    ``error_code`` is a number; Anthropic's sits inside ``error.details``)."""
    code = error.get("error_code")
    return (
        error is envelope
        and isinstance(code, str)
        and code.isupper()
        and code.replace("_", "").isalpha()
        and isinstance(error.get("message"), str)
    )


_CONFIG = Code(Kind.CONFIG)

PROFILE = Profile(
    "databricks",
    "Databricks",
    Role.CLOUD,
    aliases=(
        "databricks model serving",
        "databricks foundation model apis",
        "mosaic ai model serving",
        "azure databricks",
    ),
    # Workspace hosts: dbc-….cloud.databricks.com (AWS), adb-….azuredatabricks.net (Azure),
    # ….gcp.databricks.com (GCP), as the docs' URLs for each cloud show.
    hosts=("cloud.databricks.com", "azuredatabricks.net", "gcp.databricks.com"),
    # databricks.sdk.errors (platform.py) and mlflow.deployments' Databricks client.
    modules=("databricks.sdk", "mlflow.deployments"),
    words=(
        "databricks|serving-endpoints|exceeded workspace",
        r"databricks|serving-endpoints/|exceeded workspace (?:qps|tpm)",
    ),
    codes={
        # platform.py ERROR_CODE_MAPPING and mlflow ERROR_CODE_TO_HTTP_STATUS: the codes only
        # Databricks sends (the canonical gRPC names it shares are under overrides).
        "request_limit_exceeded": Code(Kind.RATE_LIMIT),  # 429 RequestLimitExceeded
        "temporarily_unavailable": Code(Kind.TIMEOUT),  # 503 TemporarilyUnavailable
        "invalid_parameter_value": _CONFIG,  # 400 InvalidParameterValue
        "resource_does_not_exist": _CONFIG,  # 404 ResourceDoesNotExist
        "endpoint_not_found": _CONFIG,  # 404 (mlflow)
        "customer_unauthorized": Code(Kind.AUTH),  # 401 (mlflow)
    },
    overrides={
        # 429 ResourceExhausted: "operation is rejected due to per-user rate limiting".
        "resource_exhausted": Code(Kind.RATE_LIMIT),
        # 403 PermissionDenied and 401 Unauthenticated: the token or its grants.
        "permission_denied": Code(Kind.AUTH),
        "unauthenticated": Code(Kind.AUTH),
        # 504 DeadlineExceeded; 500 InternalError (retried by the SDK's TooManyRequests/5xx).
        "deadline_exceeded": Code(Kind.TIMEOUT),
        "internal_error": Code(Kind.GENERIC, Tier.HINT, True),
        # 400 BadRequest, 404 NotFound, 501 NotImplemented: the request's to fix.
        "bad_request": Code(Kind.CONFIG, Tier.FALLBACK),
        "not_found": _CONFIG,
        "not_implemented": _CONFIG,
        # 400 INVALID_STATE "unexpected state" (Go SDK); the KB's job-creation rate limit uses
        # it too, so only the wording can say more.
        "invalid_state": Code(Kind.CONFIG, Tier.FALLBACK),
        # The KB: "The quota for the number of jobs has been reached", a cap, not a window.
        "quota_exceeded": Code(Kind.USAGE_LIMIT),
    },
    phrases=(
        # kb.databricks.com/en_US/machine-learning/ssl-error-when-invoking-databricks-model-
        # serving-endpoint (2025-05-23): a serving endpoint cuts the TLS connection of a request
        # over its payload limit (16 MB, 4 MB for foundation, external and agent endpoints), which
        # urllib3 reports as "Max retries exceeded with url: /serving-endpoints/<name>/invocations
        # (Caused by SSLError(SSLEOFError(8, 'EOF occurred in violation of protocol …")": the
        # request is too large, and resending it fails the same way.
        phrase(
            Kind.CONTEXT_LENGTH,
            "ssleoferror",
            r"/serving-endpoints/[^\s/)]{1,200}/invocations \(caused by sslerror\(ssleoferror",
            bounded=False,
        ),
        # Model Serving's 429 wording: a per-window limit of the workspace (QPS, TPM).
        phrase(
            Kind.RATE_LIMIT,
            "exceeded workspace",
            r"exceeded workspace (?:qps|tpm|itpm|otpm|qph)?\s*rate limit",
        ),
    ),
    shape=_shape,
)
