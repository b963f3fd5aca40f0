"""JSON Schema validation of structured output, with every error reported by JSON path.

Validation runs on ``jsonschema-rs`` (compiled; over 100x faster than ``jsonschema`` on a
valid 1 KB document, see ``benchmarks/guardrail_latency``); ``jsonschema`` checks the schema itself when it is loaded, because its messages
say which keyword is wrong and where. The default dialect is 2020-12; ``$schema`` picks
another. ``format`` is an annotation unless ``formats=True`` (the 2020-12 default).
Nothing is fetched: a remote ``$ref`` resolves only through a ``retriever`` you pass.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import jsonschema_rs

from guardrails.checks import BudgetExceeded, Finding

Retriever = Callable[[str], Any]


class SchemaError(ValueError):
    """The schema itself is invalid (says where and why)."""


def json_path(parts) -> str:
    """``["items", 0, "name"]`` -> ``$.items[0].name`` (quoted where a key needs it)."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and part.isidentifier():
            out += f".{part}"
        else:
            out += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return out


def _offline(uri: str) -> Any:
    raise ValueError(f"remote $ref {uri!r} is not fetched inline; pass a retriever that returns it")


def check_schema(schema: Any) -> None:
    """Raise :class:`SchemaError` naming the keyword path if ``schema`` is not a valid schema."""
    import jsonschema

    if not isinstance(schema, (dict, bool)):
        raise SchemaError(f"a schema is a JSON object or a boolean, not {type(schema).__name__}")
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    error = jsonschema.exceptions.best_match(cls(cls.META_SCHEMA).iter_errors(schema))
    if error is not None:
        raise SchemaError(f"invalid schema at {json_path(error.absolute_path)}: {error.message}")


class CompiledSchema:
    """A schema compiled once; ``errors(instance)`` lists ``{"path", "message"}``."""

    def __init__(self, schema: Any, *, formats: bool = False, retriever: Retriever | None = None) -> None:
        check_schema(schema)
        self.schema = schema
        options = {"validate_formats": formats, "retriever": retriever or _offline}
        try:
            if isinstance(schema, dict) and "$schema" in schema:
                self._validator = jsonschema_rs.validator_for(schema, **options)
            else:
                self._validator = jsonschema_rs.Draft202012Validator(schema, **options)
        except (ValueError, jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError) as exc:
            raise SchemaError(f"cannot compile schema: {exc}") from exc

    def errors(self, instance: Any) -> list[dict[str, str]]:
        if self._validator.is_valid(instance):
            return []
        return [
            {"path": json_path(error.instance_path), "message": error.message}
            for error in self._validator.iter_errors(instance)
        ]


_CACHE: OrderedDict[str, CompiledSchema] = OrderedDict()
_CACHE_SIZE = 256


def compiled(schema: Any, *, formats: bool = False) -> CompiledSchema:
    """The compiled validator for ``schema``, cached by content (LRU, 256 schemas)."""
    key = json.dumps(schema, sort_keys=True, separators=(",", ":")) + ("|f" if formats else "")
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    result = CompiledSchema(schema, formats=formats)
    _CACHE[key] = result
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


def validate_json(schema: Any, instance: Any) -> list[dict[str, str]]:
    """Errors of ``instance`` against ``schema`` as ``[{"path", "message"}]``; empty when valid.

    The schema is compiled on first use and cached. A malformed schema raises
    :class:`SchemaError`."""
    return compiled(schema).errors(instance)


class SchemaCheck:
    """The inline check: one finding per schema error of a JSON document."""

    name = "schema"

    def __init__(self, schema: Any, *, formats: bool = False) -> None:
        self.compiled = CompiledSchema(schema, formats=formats)

    def run_document(self, document: Any, deadline: float = float("inf")) -> list[Finding]:
        if time.perf_counter() > deadline:
            raise BudgetExceeded("schema: budget ran out before validation")
        return [
            Finding("schema", "SCHEMA_VIOLATION", 0, 0, 1.0, f"{e['path']}: {e['message']}")
            for e in self.compiled.errors(document)
        ]
