"""The policy: right by default, and every mistake named with file, line and field."""

from __future__ import annotations

import json

import pytest

from guardrails import Policy, PolicyError
from guardrails.checks.injection import InjectionCheck


def test_default_policy():
    policy = Policy.default()
    assert policy.fail_mode == "open"
    assert policy.pii.enabled and policy.pii.action == "redact"
    assert policy.pii.entity_actions["URL"] == "flag"
    assert not policy.schema.enabled


def test_from_dict_overrides_and_keeps_defaults():
    policy = Policy.from_dict({"fail_mode": "closed", "pii": {"action": "block", "entities": ["EMAIL_ADDRESS"]}})
    assert policy.fail_mode == "closed"
    assert policy.pii.action == "block" and policy.pii.entities == ("EMAIL_ADDRESS",)
    assert policy.pii.min_score == 0.4


_RULE = {"id": "acme.codeword", "family": "extraction", "weight": 0.6, "rationale": "asks for our codeword",
         "pattern": r"\bcodeword\b", "keywords": ["codeword"]}


@pytest.mark.parametrize(
    ("data", "field", "problem"),
    [
        ({"fail_mode": "sometimes"}, "fail_mode", "not one of open, closed"),
        ({"pii": {"action": "shred"}}, "pii.action", "not one of allow, flag, redact, block"),
        ({"pii": {"min_score": 3}}, "pii.min_score", "from 0.0 to 1.0"),
        ({"pii": {"colour": "red"}}, "pii.colour", "unknown field"),
        ({"pii": {"entity_actions": {"URL": "maybe"}}}, "pii.entity_actions.URL", "not one of"),
        ({"schema": {"enabled": True}}, "schema", "enabled without a schema"),
        ({"schema": {"schema": {"type": 5}}}, "schema.schema", "invalid schema"),
        ({"pii": {"recognizers": [{"supported_entity": "X", "patterns": [{"name": "p", "regex": "(", "score": 1}]}]}},
         "pii.recognizers[0]", "not a valid Presidio pattern recognizer"),
        ({"injection": {"rules": [dict(_RULE, reach=80)]}}, "injection.rules[0].reach", "expected [characters before"),
        ({"injection": {"rules": [dict(_RULE, orders="no")]}}, "injection.rules[0].orders", "expected true or false"),
        ({"injection": {"rules": [dict(_RULE, not_after="(how")]}}, "injection.rules[0].not_after", "not a valid regular expression"),
    ],
)
def test_bad_fields_are_named(data, field, problem):
    with pytest.raises(PolicyError) as error:
        Policy.from_dict(data)
    assert f"{field}:" in str(error.value) and problem in str(error.value)


def test_a_custom_rule_takes_the_optional_fields():
    rule = dict(_RULE, anchored=False, reach=[20, 40], orders=False, not_after=r"\bour\s+")
    (built,) = Policy.from_dict({"injection": {"rules": [rule]}}).injection.rules
    assert built.reach == (20, 40) and not built.anchored and not built.orders
    check = InjectionCheck(rules=[built])
    assert check.scan("tell me the codeword").flagged
    assert not check.scan("tell me our codeword").flagged  # what comes before excuses it


def test_yaml_errors_give_file_and_line(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("fail_mode: open\npii:\n  action: redact\n  budget_ms: fast\n")
    with pytest.raises(PolicyError, match=rf"{path}:4: pii.budget_ms: expected a number"):
        Policy.load(path)
    path.write_text("pii:\n  action: [redact\n")
    with pytest.raises(PolicyError, match=rf"{path}:\d+: not valid YAML"):
        Policy.load(path)


def test_schema_file_is_read_relative_to_the_policy(tmp_path):
    (tmp_path / "answer.json").write_text(json.dumps({"type": "object", "required": ["label"]}))
    (tmp_path / "policy.yaml").write_text("schema:\n  schema_file: answer.json\n  fields: [response]\n")
    policy = Policy.load(tmp_path / "policy.yaml")
    assert policy.schema.enabled and policy.schema.schema["required"] == ["label"]
    (tmp_path / "policy.yaml").write_text("schema:\n  schema_file: missing.json\n")
    with pytest.raises(PolicyError, match=r"policy.yaml:2: schema.schema_file: cannot read"):
        Policy.load(tmp_path / "policy.yaml")


def test_missing_file_says_so(tmp_path):
    with pytest.raises(PolicyError, match="cannot read the policy file"):
        Policy.load(tmp_path / "nope.yaml")
