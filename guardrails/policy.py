"""The policy: which checks run on which fields, what they do, and how long they may take.

One declarative document (YAML file or dict), validated when it is loaded; every error
names the file, line and field. ``Policy.default()`` is right for most services: PII is
redacted (URLs and dates only flagged), nothing is blocked, checks get 20 ms in total and
fail open.

    fail_mode: open          # open | closed: what happens when a check cannot answer
    budget_ms: 20            # all checks on one message together
    max_chars: 200000        # longer texts are not scanned: the fail mode applies
    pii:
      action: redact         # allow | flag | redact | block
      fields: ["*"]          # which fields it reads; "*" is every field
      min_score: 0.4
      entities: all          # or a list: [EMAIL_ADDRESS, CREDIT_CARD, ...]
      entity_actions: {URL: flag, DATE_TIME: flag}
      context: true          # context words raise scores, as in Presidio
      budget_ms: 10
      recognizers: []        # custom Presidio pattern recognizers (PatternRecognizer.from_dict)
    injection:
      action: flag
      threshold: 0.5         # combined evidence score that flags
      fields: ["*"]
      data_fields: [tool, document]  # untrusted data (tool results, retrieved documents): stricter
      disable: []            # rule ids to turn off
      weights: {}            # rule id: weight
      rules: []              # more rules: {id, family, weight, rationale, pattern, keywords; optional anchored, reach, orders, not_after}
      budget_ms: 5
    http:                    # the ASGI middleware
      routes: ["*"]          # path globs it checks; others pass untouched
      methods: [POST]
      request: true
      response: true
      max_body_bytes: 1048576
      payload_fields: {}     # more texts to check, role: path (document: docs[*].text)
    schema:
      schema: {...}          # or schema_file: path/to/schema.json (relative to the policy)
      action: block
      fields: [response]
      formats: false
      budget_ms: 5
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex
import yaml

from guardrails.checks.injection_rules import RULES, Rule

ACTIONS = ("allow", "flag", "redact", "block")
FAIL_MODES = ("open", "closed")


class PolicyError(ValueError):
    """A policy that cannot be used; the message says where and what to change."""


@dataclass(frozen=True)
class PiiPolicy:
    enabled: bool = True
    action: str = "redact"
    fields: tuple[str, ...] = ("*",)
    min_score: float = 0.4
    entities: tuple[str, ...] | None = None  # None: every entity the recognizers cover
    entity_actions: Mapping[str, str] = field(default_factory=lambda: {"URL": "flag", "DATE_TIME": "flag"})
    context: bool = True
    budget_ms: float = 10.0
    recognizers: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class InjectionPolicy:
    enabled: bool = True
    action: str = "flag"
    threshold: float = 0.5
    fields: tuple[str, ...] = ("*",)
    data_fields: tuple[str, ...] = ("tool", "document")
    disable: tuple[str, ...] = ()
    weights: Mapping[str, float] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()  # added to the built-in library
    budget_ms: float = 5.0


@dataclass(frozen=True)
class SchemaPolicy:
    enabled: bool = False
    schema: Any = None
    action: str = "block"
    fields: tuple[str, ...] = ("response", "assistant")
    formats: bool = False
    budget_ms: float = 5.0


@dataclass(frozen=True)
class HttpPolicy:
    """What the ASGI middleware checks: which routes, which sides, how much body."""

    routes: tuple[str, ...] = ("*",)  # path globs
    methods: tuple[str, ...] = ("POST",)
    request: bool = True
    response: bool = True
    max_body_bytes: int = 1_048_576
    payload_fields: Mapping[str, str] = field(default_factory=dict)  # role: path, e.g. document: docs[*].text


@dataclass(frozen=True)
class Policy:
    fail_mode: str = "open"
    budget_ms: float = 20.0
    max_chars: int = 200_000
    pii: PiiPolicy = field(default_factory=PiiPolicy)
    injection: InjectionPolicy = field(default_factory=InjectionPolicy)
    schema: SchemaPolicy = field(default_factory=SchemaPolicy)
    http: HttpPolicy = field(default_factory=HttpPolicy)
    source: str = "<default>"

    @classmethod
    def default(cls) -> Policy:
        """The policy most services want: redact PII, flag URLs, dates and prompt
        injection, fail open."""
        return cls()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>", base: Path | None = None) -> Policy:
        """Build and validate a policy from plain data (as parsed from YAML or JSON)."""
        return _Reader(source, {}, base or Path.cwd()).policy(data)

    @classmethod
    def load(cls, path: str | Path) -> Policy:
        """Read a YAML (or JSON) policy file; errors name the file, line and field."""
        path = Path(path)
        data, lines = read_yaml(path, PolicyError, "policy file")
        return _Reader(str(path), lines, path.parent).policy({} if data is None else data)


def read_yaml(path: Path, error: type[Exception], what: str) -> tuple[Any, dict[str, int]]:
    """A YAML file's data and the line of each field (see :func:`yaml_lines`); a file that
    cannot be read or parsed raises ``error`` naming the file and, where known, the line."""
    try:
        text = path.read_text()
    except OSError as exc:
        raise error(f"{path}: cannot read the {what}: {exc.strerror}") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise error(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    return data, yaml_lines(node)


def located(source: str, lines: Mapping[str, int], name: str, problem: str) -> str:
    """An error message that names the file, the field's line where known, and the field."""
    line = lines.get(name)
    return f"{source}:{line}: {name}: {problem}" if line else f"{source}: {name}: {problem}"


def yaml_lines(node, prefix: str = "") -> dict[str, int]:
    """Dotted field path -> 1-based line, from a composed YAML node tree."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = f"{prefix}.{key.value}" if prefix else str(key.value)
            lines[name] = key.start_mark.line + 1
            lines.update(yaml_lines(value, name))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            name = f"{prefix}[{i}]"
            lines[name] = item.start_mark.line + 1
            lines.update(yaml_lines(item, name))
    return lines


class _Reader:
    """Validates plain data into a Policy, remembering where each field came from."""

    def __init__(self, source: str, lines: dict[str, int], base: Path) -> None:
        self.source = source
        self.lines = lines
        self.base = base

    def fail(self, name: str, problem: str) -> PolicyError:
        return PolicyError(located(self.source, self.lines, name, problem))

    def mapping(self, data: Any, name: str, known: tuple[str, ...]) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            raise self.fail(name or "policy", f"expected a mapping of fields, got {type(data).__name__}")
        for key in data:
            if key not in known:
                full = f"{name}.{key}" if name else str(key)
                raise self.fail(full, f"unknown field; expected one of: {', '.join(known)}")
        return data

    def choice(self, data: Mapping, key: str, name: str, options: tuple[str, ...], default: str) -> str:
        value = data.get(key, default)
        if value not in options:
            raise self.fail(name, f"{value!r} is not one of {', '.join(options)}")
        return value

    def number(self, data: Mapping, key: str, name: str, default: float, *, low: float, high: float) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise self.fail(name, f"expected a number from {low} to {high}, got {value!r}")
        return float(value)

    def whole(self, data: Mapping, key: str, name: str, default: int, unit: str) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(name, f"expected a positive whole number{unit}, got {value!r}")
        return value

    def flag(self, data: Mapping, key: str, name: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(name, f"expected true or false, got {value!r}")
        return value

    def names(self, data: Mapping, key: str, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = data.get(key, default)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(name, f"expected a list of names, got {value!r}")
        return tuple(value)

    def policy(self, data: Any) -> Policy:
        data = self.mapping(data, "", ("fail_mode", "budget_ms", "max_chars", "pii", "injection", "schema", "http"))
        defaults = Policy()
        return Policy(
            fail_mode=self.choice(data, "fail_mode", "fail_mode", FAIL_MODES, defaults.fail_mode),
            budget_ms=self.number(data, "budget_ms", "budget_ms", defaults.budget_ms, low=0.01, high=60_000),
            max_chars=self.whole(data, "max_chars", "max_chars", defaults.max_chars, ""),
            pii=self.pii(data.get("pii", {})),
            injection=self.injection(data.get("injection", {})),
            schema=self.schema(data.get("schema", {"enabled": False})),
            http=self.http(data.get("http", {})),
            source=self.source,
        )

    def pii(self, data: Any) -> PiiPolicy:
        known = ("enabled", "action", "fields", "min_score", "entities", "entity_actions", "context", "budget_ms", "recognizers")
        data = self.mapping(data, "pii", known)
        d = PiiPolicy()
        entities = data.get("entities", "all")
        if entities == "all" or entities is None:
            entities = None
        else:
            entities = self.names(data, "entities", "pii.entities", ())
        entity_actions = data.get("entity_actions", d.entity_actions)
        if not isinstance(entity_actions, Mapping):
            raise self.fail("pii.entity_actions", "expected a mapping of ENTITY_TYPE: action")
        for entity, action in entity_actions.items():
            if action not in ACTIONS:
                raise self.fail(f"pii.entity_actions.{entity}", f"{action!r} is not one of {', '.join(ACTIONS)}")
        recognizers = data.get("recognizers", [])
        if not isinstance(recognizers, list) or not all(isinstance(r, Mapping) for r in recognizers):
            raise self.fail("pii.recognizers", "expected a list of recognizer definitions (mappings)")
        for i, definition in enumerate(recognizers):
            self.recognizer(definition, f"pii.recognizers[{i}]")
        return PiiPolicy(
            enabled=self.flag(data, "enabled", "pii.enabled", d.enabled),
            action=self.choice(data, "action", "pii.action", ACTIONS, d.action),
            fields=self.names(data, "fields", "pii.fields", d.fields),
            min_score=self.number(data, "min_score", "pii.min_score", d.min_score, low=0.0, high=1.0),
            entities=entities,
            entity_actions=dict(entity_actions),
            context=self.flag(data, "context", "pii.context", d.context),
            budget_ms=self.number(data, "budget_ms", "pii.budget_ms", d.budget_ms, low=0.01, high=60_000),
            recognizers=tuple(recognizers),
        )

    def recognizer(self, definition: Mapping, name: str) -> None:
        """A custom recognizer must build the Presidio way (``PatternRecognizer.from_dict``)."""
        from presidio_analyzer import PatternRecognizer

        try:
            PatternRecognizer.from_dict(dict(definition))
        except Exception as exc:  # Presidio raises TypeError/ValueError/regex errors
            raise self.fail(name, f"not a valid Presidio pattern recognizer: {exc}") from exc

    def injection(self, data: Any) -> InjectionPolicy:
        known = ("enabled", "action", "threshold", "fields", "data_fields", "disable", "weights", "rules", "budget_ms")
        data = self.mapping(data, "injection", known)
        d = InjectionPolicy()
        ids = {r.id for r in RULES}
        definitions = data.get("rules", [])
        if not isinstance(definitions, list) or not all(isinstance(r, Mapping) for r in definitions):
            raise self.fail("injection.rules", "expected a list of rules: {id, family, weight, rationale, pattern, keywords}")
        rules = []
        for i, rule in enumerate(definitions):
            name = f"injection.rules[{i}]"
            try:
                built = Rule(**{**rule, "keywords": tuple(rule.get("keywords", ()))})
            except TypeError as exc:
                raise self.fail(name, f"{exc}; a rule has id, family, weight, rationale, pattern and optional keywords") from exc
            if not (isinstance(built.weight, (int, float)) and 0 < built.weight <= 1):
                raise self.fail(f"{name}.weight", f"expected a number above 0 and at most 1, got {built.weight!r}")
            for flag in ("anchored", "orders"):
                if not isinstance(getattr(built, flag), bool):
                    raise self.fail(f"{name}.{flag}", f"expected true or false, got {getattr(built, flag)!r}")
            reach = built.reach
            if not (isinstance(reach, (list, tuple)) and len(reach) == 2 and all(isinstance(n, int) and n >= 0 for n in reach)):
                raise self.fail(f"{name}.reach", f"expected [characters before, characters after] its keyword, got {reach!r}")
            built = replace(built, reach=tuple(reach))
            for key in ("pattern", "not_after"):
                try:
                    regex.compile(getattr(built, key))
                except (regex.error, TypeError) as exc:
                    raise self.fail(f"{name}.{key}", f"not a valid regular expression: {exc}") from exc
            ids.add(built.id)
            rules.append(built)
        disable = self.names(data, "disable", "injection.disable", ())
        weights = data.get("weights", {})
        if not isinstance(weights, Mapping):
            raise self.fail("injection.weights", "expected a mapping of rule id: weight")
        for rule_id in list(disable) + list(weights):
            if rule_id not in ids and not rule_id.startswith(("signal.", "flood.")):
                raise self.fail(f"injection.{'weights' if rule_id in weights else 'disable'}", f"no rule with id {rule_id!r}")
        for rule_id, weight in weights.items():
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 1:
                raise self.fail(f"injection.weights.{rule_id}", f"expected a number from 0 to 1, got {weight!r}")
        return InjectionPolicy(
            enabled=self.flag(data, "enabled", "injection.enabled", d.enabled),
            action=self.choice(data, "action", "injection.action", ACTIONS, d.action),
            threshold=self.number(data, "threshold", "injection.threshold", d.threshold, low=0.01, high=1.0),
            fields=self.names(data, "fields", "injection.fields", d.fields),
            data_fields=self.names(data, "data_fields", "injection.data_fields", d.data_fields),
            disable=disable,
            weights={k: float(v) for k, v in weights.items()},
            rules=tuple(rules),
            budget_ms=self.number(data, "budget_ms", "injection.budget_ms", d.budget_ms, low=0.01, high=60_000),
        )

    def http(self, data: Any) -> HttpPolicy:
        data = self.mapping(data, "http", ("routes", "methods", "request", "response", "max_body_bytes", "payload_fields"))
        d = HttpPolicy()
        payload_fields = data.get("payload_fields", {})
        if not isinstance(payload_fields, Mapping) or not all(isinstance(v, str) for v in payload_fields.values()):
            raise self.fail("http.payload_fields", "expected a mapping of role: path, like document: docs[*].text")
        return HttpPolicy(
            routes=self.names(data, "routes", "http.routes", d.routes),
            methods=tuple(m.upper() for m in self.names(data, "methods", "http.methods", d.methods)),
            request=self.flag(data, "request", "http.request", d.request),
            response=self.flag(data, "response", "http.response", d.response),
            max_body_bytes=self.whole(data, "max_body_bytes", "http.max_body_bytes", d.max_body_bytes, " of bytes"),
            payload_fields=dict(payload_fields),
        )

    def schema(self, data: Any) -> SchemaPolicy:
        from guardrails.checks.schema import SchemaError, check_schema

        known = ("enabled", "schema", "schema_file", "action", "fields", "formats", "budget_ms")
        data = self.mapping(data, "schema", known)
        d = SchemaPolicy()
        schema = data.get("schema")
        if "schema_file" in data:
            if schema is not None:
                raise self.fail("schema.schema_file", "give either schema or schema_file, not both")
            path = self.base / str(data["schema_file"])
            try:
                schema = json.loads(path.read_text())
            except OSError as exc:
                raise self.fail("schema.schema_file", f"cannot read {path}: {exc.strerror}") from exc
            except json.JSONDecodeError as exc:
                raise self.fail("schema.schema_file", f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from exc
        enabled = self.flag(data, "enabled", "schema.enabled", schema is not None)
        if enabled:
            if schema is None:
                raise self.fail("schema", "enabled without a schema; add schema: {...} or schema_file: path")
            try:
                check_schema(schema)
            except SchemaError as exc:
                raise self.fail("schema.schema", str(exc)) from exc
        return SchemaPolicy(
            enabled=enabled,
            schema=schema,
            action=self.choice(data, "action", "schema.action", ACTIONS, d.action),
            fields=self.names(data, "fields", "schema.fields", d.fields),
            formats=self.flag(data, "formats", "schema.formats", d.formats),
            budget_ms=self.number(data, "budget_ms", "schema.budget_ms", d.budget_ms, low=0.01, high=60_000),
        )
