"""JSON Schema check: errors by JSON path, 2020-12 by default, compiled once."""

from __future__ import annotations

import pytest

from guardrails import validate_json
from guardrails.checks.schema import CompiledSchema, SchemaCheck, SchemaError, compiled, json_path

ANSWER = {
    "type": "object",
    "required": ["label", "confidence", "evidence"],
    "properties": {
        "label": {"enum": ["spam", "ham"]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "evidence": {"type": "array", "items": {"$ref": "#/$defs/quote"}, "minItems": 1},
    },
    "additionalProperties": False,
    "$defs": {"quote": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}},
}


def test_valid_document_has_no_errors():
    assert validate_json(ANSWER, {"label": "ham", "confidence": 0.9, "evidence": [{"text": "hi"}]}) == []


def test_every_error_is_reported_by_json_path():
    errors = validate_json(ANSWER, {"label": "eggs", "confidence": 2, "evidence": [{"text": 3}, {}], "extra": 1})
    paths = sorted(e["path"] for e in errors)
    assert paths == ["$", "$.confidence", "$.evidence[0].text", "$.evidence[1]", "$.label"]
    assert all(e["message"] for e in errors)


def test_paths_quote_keys_that_are_not_identifiers():
    assert json_path(["a b", 0, "ok", "with.dot"]) == '$["a b"][0].ok["with.dot"]'


def test_2020_12_is_the_default_dialect():
    schema = {"prefixItems": [{"type": "integer"}], "items": False}
    assert validate_json(schema, [1]) == []
    assert [e["path"] for e in validate_json(schema, [1, 2])] == ["$[1]"]  # items: false, after prefixItems
    assert validate_json({"unevaluatedProperties": False, "properties": {"a": {}}}, {"a": 1, "b": 2})


def test_schema_keyword_selects_another_draft():
    draft7 = {"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "integer"}]}
    assert validate_json(draft7, [1, "anything"]) == []
    assert validate_json(draft7, ["x"])


def test_format_is_an_annotation_unless_asked():
    schema = {"type": "string", "format": "email"}
    assert validate_json(schema, "not an email") == []
    assert CompiledSchema(schema, formats=True).errors("not an email")


def test_invalid_schema_is_a_clear_error():
    with pytest.raises(SchemaError, match=r"\$\.properties\.a\.type"):
        validate_json({"properties": {"a": {"type": "strng"}}}, {})


def test_remote_refs_are_not_fetched():
    with pytest.raises(SchemaError, match="not fetched"):
        CompiledSchema({"$ref": "https://example.com/schemas/thing.json"})


def test_compiled_once_and_cached_by_content():
    assert compiled({"type": "integer"}) is compiled({"type": "integer"})
    assert compiled({"type": "integer"}) is not compiled({"type": "string"})


def test_schema_check_turns_errors_into_findings():
    findings = SchemaCheck(ANSWER).run_document({"label": "ham"})
    assert {f.detail.split(":")[0] for f in findings} == {"$"}
    assert all(f.check == "schema" and f.type == "SCHEMA_VIOLATION" for f in findings)
