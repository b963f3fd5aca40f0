"""The CLI contracts of DESIGN.md section 4, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(*args, stdin: bytes = b""):
    return subprocess.run([sys.executable, "-m", "guardrails.cli", *args], input=stdin, capture_output=True, timeout=120)


def test_scan_json_lines_one_per_input_line_in_order():
    lines = [
        b'{"id": "a", "text": "mail bob@example.com"}',
        b"this is not json",
        b'{"id": "c", "text": "nothing here"}',
        b'{"id": "d"}',
        b'{"id": "e", "text": "\xff"}'.replace(b"\xff", b"\xff\xfe"),
    ]
    result = _run("scan", "-", "--json", stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == 5
    assert rows[0]["id"] == "a" and rows[0]["pii"][0] == {"entity_type": "EMAIL_ADDRESS", "start": 5, "end": 20, "score": 1.0}
    assert rows[0]["injection"] == {"score": 0.0, "flagged": False, "rules": []} and rows[0]["elapsed_us"] > 0
    assert "not valid JSON" in rows[1]["error"]
    assert rows[2]["pii"] == []
    assert 'string "text" field' in rows[3]["error"]
    assert "not valid UTF-8" in rows[4]["error"]


def test_scan_prints_a_table_without_json(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "card 4111 1111 1111 1111"}\n')
    result = _run("scan", str(path))
    assert result.returncode == 0 and "CREDIT_CARD" in result.stdout.decode()


def test_validate_json_lines(tmp_path):
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}))
    result = _run("validate", "--schema", str(schema), "--json", stdin=b'{"n": 1}\n{"n": "x"}\n[oops\n')
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert rows[0] == {"valid": True, "errors": []}
    assert rows[1] == {"valid": False, "errors": [{"path": "$.n", "message": '"x" is not of type "integer"'}]}
    assert rows[2]["valid"] is False and "not valid JSON" in rows[2]["error"]


def test_bad_schema_or_policy_stops_with_a_message(tmp_path):
    schema = tmp_path / "schema.json"
    schema.write_text('{"type": 12}')
    result = _run("validate", "--schema", str(schema))
    assert result.returncode == 2 and f"{schema}: invalid schema at $.type" in result.stderr.decode()
    policy = tmp_path / "policy.yaml"
    policy.write_text("pii:\n  action: shred\n")
    result = _run("scan", "--policy", str(policy))
    assert result.returncode == 2 and f"{policy}:2: pii.action" in result.stderr.decode()
