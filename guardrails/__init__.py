"""Inline guardrails for LLM traffic: PII, prompt-injection and JSON Schema checks that
run inside the request within a millisecond budget."""

from guardrails.checks.schema import validate_json
from guardrails.engine import Decision, Engine
from guardrails.metrics import metrics_app
from guardrails.middleware import GuardrailsMiddleware
from guardrails.policy import Policy, PolicyError

__all__ = ["Decision", "Engine", "GuardrailsMiddleware", "Policy", "PolicyError", "metrics_app", "validate_json"]
