"""Inline guardrails for LLM traffic: PII, prompt-injection and JSON Schema checks that
run inside the request within a millisecond budget."""

from guardrails.checks.schema import validate_json
from guardrails.engine import Decision, Engine
from guardrails.policy import Policy, PolicyError

__all__ = ["Decision", "Engine", "Policy", "PolicyError", "validate_json"]
