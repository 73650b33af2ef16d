"""Databricks Model Serving and IBM watsonx.ai: each documented error, in the envelope the
provider sends and as text, gets the kind its documentation gives it.

Every code and wording below is copied from the source its profile module cites
(``src/chaterror/providers/{databricks,watsonx}.py``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from chaterror import Kind, classify, classify_response
from chaterror._body import read_body
from chaterror.providers import provider_from_host, provider_from_module, provider_from_words
from foreign import check_documented_body, check_documented_text, sdk_error

_DATABRICKS = "https://dbc-a1b2c3d4-e5f6.cloud.databricks.com/serving-endpoints/llm/invocations"
_AZURE_DATABRICKS = (
    "https://adb-1234567890123456.7.azuredatabricks.net/serving-endpoints/x/invocations"
)
_WATSONX = "https://us-south.ml.cloud.ibm.com/ml/v1/text/chat?version=2024-05-01"
_WATSONX_EU = "https://eu-de.ml.cloud.ibm.com/ml/v1/text/generation?version=2024-05-01"
_IAM = "https://iam.cloud.ibm.com/identity/token"


def _dbx(code: str, message: str) -> dict[str, Any]:
    return {"error_code": code, "message": message}


def _wx(code: str, message: str, status: int) -> dict[str, Any]:
    return {
        "errors": [
            {
                "code": code,
                "message": message,
                "more_info": "https://cloud.ibm.com/apidocs/watsonx-ai",
            }
        ],
        "trace": "ebeec5ab40585bab417b08fd0b3282f0",
        "status_code": status,
    }


_DOCUMENTED = [
    # databricks-sdk-py platform.py ERROR_CODE_MAPPING / mlflow ERROR_CODE_TO_HTTP_STATUS.
    pytest.param(
        _DATABRICKS,
        429,
        _dbx("REQUEST_LIMIT_EXCEEDED", "Exceeded workspace QPS rate limit"),
        Kind.RATE_LIMIT,
        "REQUEST_LIMIT_EXCEEDED",
        id="databricks-request-limit-exceeded",
    ),
    pytest.param(
        _AZURE_DATABRICKS,
        429,
        _dbx("RESOURCE_EXHAUSTED", "operation is rejected due to per-user rate limiting"),
        Kind.RATE_LIMIT,
        "RESOURCE_EXHAUSTED",
        id="databricks-resource-exhausted",
    ),
    pytest.param(
        _DATABRICKS,
        403,
        _dbx("PERMISSION_DENIED", "User does not have permission to query this endpoint."),
        Kind.AUTH,
        "PERMISSION_DENIED",
        id="databricks-permission-denied",
    ),
    pytest.param(
        _DATABRICKS,
        401,
        _dbx("UNAUTHENTICATED", "Invalid access token."),
        Kind.AUTH,
        "UNAUTHENTICATED",
        id="databricks-unauthenticated",
    ),
    pytest.param(
        _DATABRICKS,
        401,
        _dbx("CUSTOMER_UNAUTHORIZED", "Unable to authenticate the request."),
        Kind.AUTH,
        "CUSTOMER_UNAUTHORIZED",
        id="databricks-customer-unauthorized",
    ),
    pytest.param(
        _DATABRICKS,
        400,
        _dbx("INVALID_PARAMETER_VALUE", "supplied value for a parameter was invalid"),
        Kind.CONFIG,
        "INVALID_PARAMETER_VALUE",
        id="databricks-invalid-parameter-value",
    ),
    pytest.param(
        _DATABRICKS,
        400,
        _dbx("BAD_REQUEST", "the request is invalid"),
        Kind.CONFIG,
        "BAD_REQUEST",
        id="databricks-bad-request",
    ),
    pytest.param(
        _DATABRICKS,
        400,
        _dbx("INVALID_STATE", "unexpected state"),
        Kind.CONFIG,
        "INVALID_STATE",
        id="databricks-invalid-state",
    ),
    pytest.param(
        _DATABRICKS,
        404,
        _dbx("RESOURCE_DOES_NOT_EXIST", "Endpoint with name 'llm' does not exist."),
        Kind.CONFIG,
        "RESOURCE_DOES_NOT_EXIST",
        id="databricks-resource-does-not-exist",
    ),
    pytest.param(
        _DATABRICKS,
        404,
        _dbx("ENDPOINT_NOT_FOUND", "No API found for 'POST /serving-endpoints/x'"),
        Kind.CONFIG,
        "ENDPOINT_NOT_FOUND",
        id="databricks-endpoint-not-found",
    ),
    pytest.param(
        _DATABRICKS,
        404,
        _dbx("NOT_FOUND", "the operation was performed on a resource that does not exist"),
        Kind.CONFIG,
        "NOT_FOUND",
        id="databricks-not-found",
    ),
    pytest.param(
        _DATABRICKS,
        503,
        _dbx("TEMPORARILY_UNAVAILABLE", "the service is currently unavailable"),
        Kind.TIMEOUT,
        "TEMPORARILY_UNAVAILABLE",
        id="databricks-temporarily-unavailable",
    ),
    pytest.param(
        _DATABRICKS,
        504,
        _dbx("DEADLINE_EXCEEDED", "the deadline expired before the operation could complete"),
        Kind.TIMEOUT,
        "DEADLINE_EXCEEDED",
        id="databricks-deadline-exceeded",
    ),
    pytest.param(
        _DATABRICKS,
        500,
        _dbx("INTERNAL_ERROR", "some invariants expected by the underlying system are broken"),
        Kind.GENERIC,
        "INTERNAL_ERROR",
        id="databricks-internal-error",
    ),
    pytest.param(
        _DATABRICKS,
        400,
        _dbx("QUOTA_EXCEEDED", "The quota for the number of jobs has been reached."),
        Kind.USAGE_LIMIT,
        "QUOTA_EXCEEDED",
        id="databricks-quota-exceeded-cap",
    ),
    # IBM watsonx-ai-java-sdk WatsonxError.Code.
    pytest.param(
        _WATSONX,
        403,
        _wx("token_quota_reached", "Request of 1 token(s) from quota was rejected", 403),
        Kind.USAGE_LIMIT,
        "token_quota_reached",
        id="watsonx-token-quota-reached-403-is-a-cap",
    ),
    pytest.param(
        _WATSONX,
        401,
        _wx(
            "authentication_token_expired",
            "Failed to authenticate the request due to an expired token",
            401,
        ),
        Kind.AUTH,
        "authentication_token_expired",
        id="watsonx-token-expired",
    ),
    pytest.param(
        _WATSONX_EU,
        401,
        _wx("authorization_rejected", "Authorization rejected", 401),
        Kind.AUTH,
        "authorization_rejected",
        id="watsonx-authorization-rejected",
    ),
    pytest.param(
        _WATSONX,
        403,
        _wx("user_authorization_failed", "user authorization failed", 403),
        Kind.AUTH,
        "user_authorization_failed",
        id="watsonx-user-authorization-failed",
    ),
    pytest.param(
        _WATSONX,
        404,
        _wx("model_not_supported", "Model 'ibm/granite-13b-chat-v2' is not supported", 404),
        Kind.CONFIG,
        "model_not_supported",
        id="watsonx-model-not-supported",
    ),
    pytest.param(
        _WATSONX,
        400,
        _wx("model_no_support_for_function", "Model does not support this function", 400),
        Kind.CONFIG,
        "model_no_support_for_function",
        id="watsonx-model-no-support-for-function",
    ),
    pytest.param(
        _WATSONX,
        400,
        _wx("json_type_error", "Json field type error: max_new_tokens must be an integer", 400),
        Kind.CONFIG,
        "json_type_error",
        id="watsonx-json-type-error",
    ),
    pytest.param(
        _WATSONX,
        400,
        _wx("json_validation_error", "Json document validation error", 400),
        Kind.CONFIG,
        "json_validation_error",
        id="watsonx-json-validation-error",
    ),
    pytest.param(
        _WATSONX,
        400,
        _wx("invalid_request_entity", "Missing either space_id or project_id", 400),
        Kind.CONFIG,
        "invalid_request_entity",
        id="watsonx-invalid-request-entity",
    ),
    pytest.param(
        _WATSONX,
        400,
        _wx(
            "invalid_input_argument",
            "Invalid input argument for Model 'meta-llama/llama-2-70b-chat': the number of input "
            "tokens 4098 cannot exceed the total tokens limit 4096 for this model",
            400,
        ),
        Kind.CONTEXT_LENGTH,
        "invalid_input_argument",
        id="watsonx-invalid-input-argument-overflow-is-context-length",
    ),
    pytest.param(
        _WATSONX,
        400,
        _wx("invalid_input_argument", "Invalid input argument: temperature", 400),
        Kind.CONFIG,
        "invalid_input_argument",
        id="watsonx-invalid-input-argument-is-config",
    ),
    # IBM Cloud IAM in front of watsonx.ai.
    pytest.param(
        _IAM,
        400,
        {"errorCode": "BXNIM0415E", "errorMessage": "Provided API key could not be found."},
        Kind.AUTH,
        "BXNIM0415E",
        id="iam-bxnim0415e-api-key-not-found",
    ),
]


@pytest.mark.parametrize(("url", "status", "body", "kind", "code"), _DOCUMENTED)
def test_documented_bodies_classify_as_documented(
    url: str, status: int, body: dict[str, Any], kind: Kind, code: str
) -> None:
    """A documented error body from the provider's host gets its documented kind and code."""
    check_documented_body(url, status, body, kind, code)


@pytest.mark.parametrize(("url", "status", "body", "kind", "code"), _DOCUMENTED)
def test_documented_bodies_as_text_classify_as_documented(
    url: str, status: int, body: dict[str, Any], kind: Kind, code: str
) -> None:
    """The same body printed in a log, with no URL and no status, keeps its kind, its code and
    its provider (read from the body's shape or its wording)."""
    check_documented_text(url, body, kind, code=code, with_code=True)


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        # mlflow RestException: "{error_code}: {message}", the code inside prose.
        pytest.param(
            "MlflowException: REQUEST_LIMIT_EXCEEDED: Exceeded workspace QPS rate limit. "
            "Please retry later.",
            Kind.RATE_LIMIT,
            "REQUEST_LIMIT_EXCEEDED",
            id="databricks-code-leading-in-prose",
        ),
        pytest.param(
            "The endpoint answered with an error: REQUEST_LIMIT_EXCEEDED: Exceeded workspace "
            "TPM rate limit",
            Kind.RATE_LIMIT,
            "REQUEST_LIMIT_EXCEEDED",
            id="databricks-code-mid-prose",
        ),
        pytest.param(
            "Call failed (TEMPORARILY_UNAVAILABLE): the service is currently unavailable",
            Kind.TIMEOUT,
            "TEMPORARILY_UNAVAILABLE",
            id="databricks-temporarily-unavailable-in-prose",
        ),
        # ibm_watsonx_ai ApiRequestFailure: "{msg} ({method} {url})\nStatus code: {n}, body: …".
        pytest.param(
            "Failure during chat. (POST https://us-south.ml.cloud.ibm.com/ml/v1/text/chat"
            "?version=2024-05-01)\nStatus code: 403, body: "
            + json.dumps(
                _wx("token_quota_reached", "Request of 1 token(s) from quota was rejected", 403)
            ),
            Kind.USAGE_LIMIT,
            "token_quota_reached",
            id="watsonx-api-request-failure-quota",
        ),
        pytest.param(
            "the number of input tokens 9000 cannot exceed the total tokens limit 8192 for this "
            "model",
            Kind.CONTEXT_LENGTH,
            None,
            id="watsonx-overflow-wording",
        ),
        pytest.param(
            "BXNIM0415E: Provided API key could not be found",
            Kind.AUTH,
            "BXNIM0415E",  # a known code opening the text is reported
            id="iam-api-key-not-found-wording",
        ),
    ],
)
def test_documented_wordings_classify_as_documented(
    text: str, kind: Kind, code: str | None
) -> None:
    """A documented wording, or an SDK's rendering of the error, gets its kind and reports the
    code it prints."""
    err = classify(text)
    assert (err.kind, err.code) == (kind, code)


def test_mlflow_exception_names_databricks_by_its_wording() -> None:
    """MLflow's MlflowException lives in mlflow.exceptions, which names no provider; the serving
    limit's wording names Databricks."""
    exc = sdk_error(
        "mlflow.exceptions",
        "MlflowException",
        "REQUEST_LIMIT_EXCEEDED: Exceeded workspace QPS rate limit",
        error_code="REQUEST_LIMIT_EXCEEDED",
    )
    err = classify(exc)
    assert (err.provider, err.kind, err.code) == (
        "databricks",
        Kind.RATE_LIMIT,
        "REQUEST_LIMIT_EXCEEDED",
    )


def test_watsonx_trace_is_the_request_id() -> None:
    """watsonx.ai's ``trace`` is its request id, kept for support tickets."""
    body = _wx("token_quota_reached", "Request of 1 token(s) from quota was rejected", 403)
    assert classify_response(403, body, url=_WATSONX).request_id == body["trace"]


def test_a_stack_trace_is_not_a_request_id() -> None:
    """A ``trace`` that is not a hex id (a stack trace) is not reported as the request id."""
    body = {"errors": [{"code": "x_y", "message": "m"}], "trace": "at Foo.bar(Foo.java:1)"}
    found = read_body(body)
    assert found is not None and found.request_id is None


def test_request_limit_in_prose_is_retryable() -> None:
    """A workspace QPS limit is a per-window rate limit: retried, unlike a quota cap."""
    assert classify("REQUEST_LIMIT_EXCEEDED: Exceeded workspace QPS rate limit").retryable


@pytest.mark.parametrize(
    ("host", "provider"),
    [
        pytest.param("dbc-a1b2c3d4-e5f6.cloud.databricks.com", "databricks", id="databricks-aws"),
        pytest.param(
            "adb-1234567890123456.7.azuredatabricks.net", "databricks", id="databricks-azure"
        ),
        pytest.param("1234567890123456.7.gcp.databricks.com", "databricks", id="databricks-gcp"),
        pytest.param("www.databricks.com", None, id="databricks-marketing-site-is-not-an-api"),
        pytest.param("us-south.ml.cloud.ibm.com", "watsonx", id="watsonx-us-south"),
        pytest.param("eu-de.ml.cloud.ibm.com", "watsonx", id="watsonx-eu-de"),
        pytest.param("jp-tok.ml.cloud.ibm.com", "watsonx", id="watsonx-jp-tok"),
        pytest.param("api.eu-de.dataplatform.cloud.ibm.com", "watsonx", id="watsonx-platform"),
        pytest.param("api.ca-tor.dai.cloud.ibm.com", "watsonx", id="watsonx-platform-dai"),
        pytest.param("iam.cloud.ibm.com", "watsonx", id="watsonx-iam"),
        pytest.param("s3.us-south.cloud-object-storage.appdomain.cloud", None, id="ibm-cos-is-not"),
    ],
)
def test_hosts(host: str, provider: str | None) -> None:
    """Each cloud's workspace hosts and each region's watsonx.ai host find their provider;
    neighbours do not."""
    assert provider_from_host(host) == provider


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        pytest.param("Databricks Model Serving returned an error", "databricks", id="databricks"),
        pytest.param("POST /serving-endpoints/llm/invocations failed", "databricks", id="route"),
        pytest.param("IBM watsonx.ai request failed", "watsonx", id="watsonx"),
        pytest.param("BXNIM0415E: Provided API key could not be found", "watsonx", id="iam-code"),
        pytest.param("ibm/granite-3-8b-instruct on another host", None, id="granite-is-no-host"),
    ],
)
def test_words(text: str, provider: str | None) -> None:
    """Provider names and routes in free text find the provider; an IBM model id alone does
    not."""
    assert provider_from_words(text) == provider


@pytest.mark.parametrize(
    ("module", "provider"),
    [
        pytest.param("databricks.sdk.errors.platform", "databricks", id="databricks-sdk"),
        pytest.param("mlflow.deployments.databricks", "databricks", id="mlflow-deployments"),
        pytest.param("ibm_watsonx_ai.wml_client_error", "watsonx", id="ibm-watsonx-ai"),
        pytest.param("langchain_ibm.chat_models", "watsonx", id="langchain-ibm"),
    ],
)
def test_sdk_modules(module: str, provider: str) -> None:
    """An exception from the provider's SDK names the provider."""
    assert provider_from_module(module) == provider


def test_databricks_sdk_error_is_read_by_shape() -> None:
    """databricks.sdk.errors' TooManyRequests subclass, recognised by its module and its
    ``error_code`` attribute, is a retryable rate limit reported with its code."""
    exc = sdk_error(
        "databricks.sdk.errors.platform",
        "RequestLimitExceeded",
        "Exceeded workspace QPS rate limit",
        error_code="REQUEST_LIMIT_EXCEEDED",
    )
    err = classify(exc)
    assert (err.provider, err.kind, err.retryable) == ("databricks", Kind.RATE_LIMIT, True)


def test_watsonx_sdk_error_is_read_by_shape() -> None:
    """ibm_watsonx_ai's ApiRequestFailure names watsonx by its module and takes its kind from
    the body it prints."""
    body = json.dumps(
        _wx("authentication_token_expired", "Failed to authenticate the request", 401)
    )
    exc = sdk_error(
        "ibm_watsonx_ai.wml_client_error",
        "ApiRequestFailure",
        "Failure during chat. (POST https://us-south.ml.cloud.ibm.com/ml/v1/text/chat)\n"
        f"Status code: 401, body: {body}",
    )
    err = classify(exc)
    assert (err.provider, err.kind, err.code) == (
        "watsonx",
        Kind.AUTH,
        "authentication_token_expired",
    )


@pytest.mark.parametrize(
    ("body", "shape", "status"),
    [
        pytest.param(_wx("json_type_error", "x", 400), "watsonx", 400, id="watsonx-errors-list"),
        pytest.param(_dbx("BAD_REQUEST", "x"), "databricks", None, id="databricks-error-code"),
        pytest.param(
            {"error": {"code": 400, "message": "x", "errors": [{"reason": "badRequest"}]}},
            None,
            400,
            id="google-legacy-errors-stay-inside",
        ),
    ],
)
def test_envelope_shapes(body: dict[str, Any], shape: str | None, status: int | None) -> None:
    """watsonx's errors list and Databricks' flat error_code are read and named by shape;
    Google's legacy errors list inside its error object is not mistaken for watsonx's."""
    found = read_body(body)
    assert found is not None and (found.shape, found.status) == (shape, status)
