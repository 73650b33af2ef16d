"""Replicate: the predictions API and the ``replicate`` SDK.

Sources: replicate.com/docs/topics/predictions/lifecycle, replicate-python ``exceptions.py``.
"""

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "replicate",
    "Replicate",
    Role.HOST,
    aliases=("replicate.com",),
    hosts=(
        "api.replicate.com",
        "replicate.delivery",
    ),
    modules=("replicate",),
    words=("replicate", r"(?:api\.)?replicate\.com|replicate api|replicateerror"),
    # replicate.com/docs/reference/error-codes: a failed prediction is a 200 whose status is
    # "failed" and whose error text starts with an E#### code. Prediction statuses are left out:
    # "canceled" (user or deadline after start) and "aborted" (deadline before start) mean
    # other things in gRPC. Low credit tightens rate limits before the cut-off, so a 429 near a
    # zero balance is a billing problem.
    codes={
        "e1000": Code(Kind.GENERIC, Tier.HINT, True),
        "e1001": Code(Kind.CONTEXT_LENGTH),
        "e4875": Code(Kind.CONFIG),
        # E005: "The input or output was flagged as sensitive. Please try again with different
        # inputs." (the prediction's error, as Replicate's clients raise it: "ModelError: The
        # input or output was flagged as sensitive (E005)").
        "e005": Code(Kind.CONTENT_FILTER),
    },
    phrases=(
        phrase(
            Kind.CONTENT_FILTER,
            "flagged as sensitive",
            r"(?:input or output|input|output) was flagged as sensitive",
        ),
        # A prediction cut off on Replicate's side ("Prediction interrupted; please retry (code:
        # PA)", as replicate-python's ModelError prints it): the work broke off, and it says to
        # retry.
        phrase(Kind.TIMEOUT, "prediction interrupted", r"prediction interrupted"),
        # E1001: the input is too large for the model's memory.
        phrase(Kind.CONTEXT_LENGTH, "out of memory", r"model out of memory"),
        # The 422 for a version id that does not exist or is not this caller's
        # (replicate.com/docs/reference/http: "Invalid version or not permitted").
        phrase(
            Kind.CONFIG, "specified version does not exist", r"specified version does not exist"
        ),
    ),
)
