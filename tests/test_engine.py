"""The engine: one immutable decision per message, fail modes honoured, bad input handled."""

from __future__ import annotations

import dataclasses
import time

import pytest

from guardrails import Engine, Policy
from guardrails.checks.pii import PiiCheck
from guardrails.engine import redact
from guardrails.checks import Finding

MESSAGE = "Mail jane@example.com or call (212) 555-0199 about card 4111 1111 1111 1111, see https://example.com"


@pytest.fixture(scope="module")
def engine():
    return Engine(Policy.default())


def test_default_redacts_pii_and_flags_urls(engine):
    decision = engine.check(MESSAGE)
    assert decision.action == "redact"
    assert decision.redacted["text"] == (
        "Mail <EMAIL_ADDRESS> or call <PHONE_NUMBER> about card <CREDIT_CARD>, see https://example.com"
    )
    actions = {f.type: f.action for f in decision.findings}
    assert actions["URL"] == "flag" and actions["EMAIL_ADDRESS"] == "redact"
    assert all(f.field == "text" for f in decision.findings)
    assert decision.timings_us["pii"] > 0 and not decision.failures


def test_redaction_is_stable_across_calls(engine):
    assert engine.check(MESSAGE).redacted == engine.check(MESSAGE).redacted


def test_overlapping_spans_become_one_placeholder():
    findings = [Finding("pii", "URL", 5, 16, 0.5), Finding("pii", "EMAIL_ADDRESS", 0, 16, 1.0)]
    assert redact("jane@example.com!", findings) == "<EMAIL_ADDRESS>!"


def test_block_names_the_check_and_rule():
    decision = Engine(Policy.from_dict({"pii": {"entity_actions": {"CREDIT_CARD": "block"}}})).check(MESSAGE)
    assert decision.blocked and decision.reason.startswith("pii: CREDIT_CARD")
    assert decision.redacted == {}


def test_flag_passes_and_annotates():
    decision = Engine(Policy.from_dict({"pii": {"action": "flag", "entity_actions": {}}})).check(MESSAGE)
    assert decision.action == "flag" and decision.findings and decision.redacted == {}


def test_fields_select_checks():
    policy = Policy.from_dict({"pii": {"fields": ["prompt"]}})
    decision = Engine(policy).check({"prompt": "mail a@example.com", "response": "mail b@example.com"})
    assert {f.field for f in decision.findings if f.type == "EMAIL_ADDRESS"} == {"prompt"}


def test_decision_is_immutable(engine):
    decision = engine.check(MESSAGE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        decision.action = "allow"
    with pytest.raises(TypeError):
        decision.redacted["text"] = "x"


def test_budget_overrun_fails_closed_when_asked():
    decision = Engine(Policy.from_dict({"fail_mode": "closed", "budget_ms": 0.01})).check(MESSAGE * 20)
    assert decision.blocked and decision.fail_mode_applied
    assert decision.failures[0].check == "pii" and "budget" in decision.failures[0].reason
    assert "pii" in decision.overruns


def test_budget_overrun_fails_open_by_default():
    decision = Engine(Policy.from_dict({"budget_ms": 0.01})).check(MESSAGE * 20)
    assert decision.action == "allow" and decision.fail_mode_applied and decision.failures




def test_a_check_error_never_fails_the_message_under_fail_open(engine, broken_recognizer):
    broken = Engine(Policy.default())
    broken.pii = PiiCheck([broken_recognizer])
    decision = broken.check("anything")
    assert decision.action == "allow" and decision.fail_mode_applied
    assert "RuntimeError: recognizer bug" in decision.failures[0].reason


def test_ten_megabytes_resolve_at_once_by_the_fail_mode(engine):
    started = time.perf_counter()
    decision = engine.check("x" * 10_000_000)
    assert time.perf_counter() - started < 1.0  # not scanned at all
    assert decision.action == "allow" and decision.failures[0].reason.startswith("too large")
    closed = Engine(Policy.from_dict({"fail_mode": "closed"})).check("x" * 10_000_000)
    assert closed.blocked


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000 + "@",  # the e-mail pattern backtracks on long local parts
        ("1" * 30 + " ") * 3_000,  # numbers everywhere
        ("www." + "a-" * 60 + ".c ") * 700,  # near-URLs
        "\u202e" + "аpple.com " * 5_000,  # mixed scripts
    ],
)
def test_pathological_input_ends_within_the_budget(text):
    engine = Engine(Policy.from_dict({"budget_ms": 200, "pii": {"budget_ms": 200}}))
    started = time.perf_counter()
    decision = engine.check(text)
    assert time.perf_counter() - started < 10  # it returns: no hang
    assert decision.elapsed_us < 1_000_000  # within 5x the 200 ms budget: no runaway pattern


def test_schema_field_accepts_text_and_reports_bad_json():
    policy = Policy.from_dict({"pii": {"enabled": False}, "schema": {"schema": {"type": "object", "required": ["a"]}}})
    engine = Engine(policy)
    assert engine.check({"response": '{"a": 1}'}).action == "allow"
    bad = engine.check({"response": '{"b": 1}'})
    assert bad.blocked and bad.reason.startswith("schema: SCHEMA_VIOLATION")
    broken = engine.check({"response": '{"a": '})
    assert broken.blocked and broken.findings[0].type == "INVALID_JSON"
