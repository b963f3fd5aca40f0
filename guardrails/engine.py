"""The engine: runs a policy's checks on named fields under a deadline, returns one decision.

Pure: no I/O, no network, no clock other than the deadline. The caller (CLI, middleware)
names the fields of a message (``{"prompt": "...", "response": "..."}``); the policy says
which checks read which fields. A check that cannot answer (budget ran out, error, text
longer than ``max_chars``) resolves by the policy's fail mode: ``open`` lets the message
through, ``closed`` blocks it. Either way the decision records it. A check that answers
but late keeps its findings and is counted as an overrun.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from guardrails.checks import BudgetExceeded, Finding
from guardrails.checks.injection import InjectionCheck
from guardrails.checks.injection_rules import RULES
from guardrails.checks.pii import PiiCheck, default_recognizers
from guardrails.checks.schema import SchemaCheck
from guardrails.policy import ACTIONS, Policy

_SEVERITY = {action: rank for rank, action in enumerate(ACTIONS)}


@dataclass(frozen=True)
class Failure:
    """A check that could not answer for a field, and why."""

    check: str
    field: str
    reason: str


@dataclass(frozen=True)
class Decision:
    """What the engine decided about one message. Immutable."""

    id: str
    action: str  # allow | flag | redact | block
    findings: tuple[Finding, ...]
    redacted: Mapping[str, str]  # field -> rewritten text, for fields with redactions
    timings_us: Mapping[str, float]  # check -> time spent
    overruns: tuple[str, ...]  # checks that went past their budget
    failures: tuple[Failure, ...]  # checks that could not answer
    fail_mode_applied: bool
    elapsed_us: float
    reason: str = ""  # for block: the check and rule that decided it

    @property
    def blocked(self) -> bool:
        return self.action == "block"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "action": self.action,
            "reason": self.reason,
            "findings": [f.as_dict() for f in self.findings],
            "redacted": dict(self.redacted),
            "timings_us": {k: round(v, 1) for k, v in self.timings_us.items()},
            "overruns": list(self.overruns),
            "failures": [f.__dict__ for f in self.failures],
            "fail_mode_applied": self.fail_mode_applied,
            "elapsed_us": round(self.elapsed_us, 1),
        }


def redact(text: str, findings: list[Finding]) -> str:
    """Replace each finding's span with a typed placeholder (``<EMAIL_ADDRESS>``); spans
    that overlap become one placeholder, typed by the highest-scoring finding."""
    merged: list[list] = []  # [start, end, type, score]
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and f.start < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], f.end)
            if f.score > last[3]:
                last[2], last[3] = f.type, f.score
        else:
            merged.append([f.start, f.end, f.type, f.score])
    out: list[str] = []
    cursor = 0
    for start, end, entity, _ in merged:
        out += [text[cursor:start], f"<{entity}>"]
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


@dataclass
class _Run:
    """Book-keeping while one message is checked."""

    deadline: float
    findings: list[Finding] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    overruns: set[str] = field(default_factory=set)

    def spend(self, check: str, field_name: str, budget_ms: float, work) -> list[Finding]:
        spent = self.timings.get(check, 0.0)
        start = time.perf_counter()
        deadline = min(self.deadline, start + max(0.0, budget_ms * 1e3 - spent) / 1e6)
        try:
            return work(deadline)
        except BudgetExceeded as exc:
            self.failures.append(Failure(check, field_name, f"budget: {exc}"))
            return []
        except Exception as exc:  # a check must never take the request down with it
            self.failures.append(Failure(check, field_name, f"error: {type(exc).__name__}: {exc}"))
            return []
        finally:
            used = (time.perf_counter() - start) * 1e6
            self.timings[check] = spent + used
            if self.timings[check] > budget_ms * 1e3 or time.perf_counter() > self.deadline:
                self.overruns.add(check)


class Engine:
    """Runs a :class:`Policy`'s checks. Build once (recognizers and schemas compile here),
    then call :meth:`check` per message."""

    def __init__(self, policy: Policy | None = None) -> None:
        self.policy = policy or Policy.default()
        pii = self.policy.pii
        self.pii: PiiCheck | None = None
        if pii.enabled:
            recognizers = default_recognizers()
            if pii.recognizers:
                from presidio_analyzer import PatternRecognizer

                recognizers += [PatternRecognizer.from_dict(dict(r)) for r in pii.recognizers]
            self.pii = PiiCheck(recognizers, entities=pii.entities, min_score=pii.min_score, context=pii.context)
        injection = self.policy.injection
        self.injection: InjectionCheck | None = None
        if injection.enabled:
            self.injection = InjectionCheck(
                RULES + injection.rules, threshold=injection.threshold, disabled=injection.disable, weights=injection.weights
            )
        schema = self.policy.schema
        self.schema = SchemaCheck(schema.schema, formats=schema.formats) if schema.enabled else None

    def check(self, fields: Mapping[str, Any] | str, roles: Mapping[str, str] | None = None) -> Decision:
        """Check a message. ``fields`` maps field names to text (or, for schema fields,
        a parsed JSON value or its JSON text); a bare string is the field ``text``.
        ``roles`` optionally names each field's role ("user", "tool", ...); the policy's
        ``fields`` lists match a field's name or its role."""
        if isinstance(fields, str):
            fields = {"text": fields}
        roles = roles or {}
        policy = self.policy
        started = time.perf_counter()
        run = _Run(started + policy.budget_ms / 1e3)
        for name, value in fields.items():
            role = roles.get(name, name)
            if self.pii is not None and _reads(policy.pii.fields, name, role) and isinstance(value, str):
                self._check_pii(run, name, value)
            if self.injection is not None and _reads(policy.injection.fields, name, role) and isinstance(value, str):
                self._check_injection(run, name, value, data=_reads(policy.injection.data_fields, name, role, star=False))
            if self.schema is not None and _reads(policy.schema.fields, name, role):
                self._check_schema(run, name, value)
        return self._decide(run, fields, started)

    def _check_pii(self, run: _Run, name: str, text: str) -> None:
        pii = self.policy.pii
        if self._too_large(run, "pii", name, text):
            return
        found = run.spend("pii", name, pii.budget_ms, lambda deadline: self.pii.run(text, deadline))
        for f in found:
            run.findings.append(replace(f, field=name, action=pii.entity_actions.get(f.type, pii.action)))

    def _check_injection(self, run: _Run, name: str, text: str, data: bool) -> None:
        injection = self.policy.injection
        if self._too_large(run, "injection", name, text):
            return
        found = run.spend(
            "injection", name, injection.budget_ms, lambda deadline: self.injection.run(text, deadline, data=data)
        )
        flagged = bool(found) and found[0].score >= injection.threshold
        action = injection.action if flagged else "allow"
        run.findings.extend(replace(f, field=name, action=action) for f in found)

    def _too_large(self, run: _Run, check: str, name: str, text: str) -> bool:
        """Text past ``max_chars`` is not scanned: the check could not answer."""
        if len(text) <= self.policy.max_chars:
            return False
        run.failures.append(Failure(check, name, f"too large: {len(text)} characters > max_chars {self.policy.max_chars}"))
        return True

    def _check_schema(self, run: _Run, name: str, value: Any) -> None:
        schema = self.policy.schema
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except (json.JSONDecodeError, RecursionError) as exc:
                detail = f"not valid JSON: {getattr(exc, 'msg', 'nested too deeply')}"
                run.findings.append(Finding("schema", "INVALID_JSON", 0, 0, 1.0, detail, name, schema.action))
                return
        found = run.spend("schema", name, schema.budget_ms, lambda deadline: self.schema.run_document(value, deadline))
        run.findings.extend(replace(f, field=name, action=schema.action) for f in found)

    def _decide(self, run: _Run, fields: Mapping[str, Any], started: float) -> Decision:
        findings = sorted(run.findings, key=lambda f: (f.field, f.start, f.end, f.check, f.type))
        acting = [f for f in findings if f.action != "allow"]
        action = max((f.action for f in acting), key=_SEVERITY.__getitem__, default="allow")
        reason = ""
        fail_mode_applied = bool(run.failures)
        if run.failures and self.policy.fail_mode == "closed":
            action, reason = "block", f"fail closed: {run.failures[0].check} could not answer ({run.failures[0].reason})"
        elif action == "block":
            first = next(f for f in acting if f.action == "block")
            reason = f"{first.check}: {first.type}" + (f" ({first.detail})" if first.detail else "")
        redacted: dict[str, str] = {}
        if action == "redact":
            for name, value in fields.items():
                spans = [f for f in acting if f.field == name and f.action == "redact" and f.end > f.start]
                if spans and isinstance(value, str):
                    redacted[name] = redact(value, spans)
        return Decision(
            id=uuid.uuid4().hex,
            action=action,
            findings=tuple(findings),
            redacted=MappingProxyType(redacted),
            timings_us=MappingProxyType(dict(run.timings)),
            overruns=tuple(sorted(run.overruns)),
            failures=tuple(run.failures),
            fail_mode_applied=fail_mode_applied,
            elapsed_us=(time.perf_counter() - started) * 1e6,
            reason=reason,
        )


def _reads(selected: tuple[str, ...], name: str, role: str, star: bool = True) -> bool:
    return (star and "*" in selected) or name in selected or role in selected
