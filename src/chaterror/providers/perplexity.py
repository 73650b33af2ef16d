"""Perplexity: the Sonar API (OpenAI-compatible).

Source: docs.perplexity.ai; its error body as recorded from api.perplexity.ai in
crmne/ruby_llm@fb5a49bf spec/fixtures/vcr_cassettes/chat_real_error_scenarios_perplexity
(``{"error": {"message", "type": "too_many_prompt_tokens", "code": 400}}``).
"""

from chaterror._evidence import Code
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "perplexity",
    "Perplexity",
    Role.HOST,
    aliases=("perplexity ai", "perplexityai", "pplx", "sonar"),
    hosts=("api.perplexity.ai",),
    modules=("perplexity",),
    words=("perplexity", r"perplexity"),
    # The prompt is longer than the Sonar model's context ("The total length of all messages is
    # too long."), a 400 whose type names it.
    codes={"too_many_prompt_tokens": Code(Kind.CONTEXT_LENGTH)},
)
