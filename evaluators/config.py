"""The evaluators' configuration file: which checks run, the judge, the worker's limits.

    worker: {concurrency: 8, max_deliveries: 3, claim_idle_ms: 60000}
    checks:
      - {type: length, min_chars: 1, max_chars: 20000}
      - {type: regex, must: ["\\\\bthanks\\\\b"], must_not: ["(?i)as an ai"]}
      - {type: allowed_labels, labels: [spam, ham]}
      - {type: json_schema, schema_file: answer.schema.json}
      - {type: pii_leak, ner: false}
    judge:                         # needs ANTHROPIC_API_KEY
      model: claude-haiku-4-5
      concurrency: 16
      samples: 1                   # >1: majority of repeated verdicts
      criteria: [{name: helpfulness, question: "Does the answer help?"}]
      pairwise: false              # baseline vs candidate, for shadow samples
      prices: {claude-haiku-4-5: [1.0, 5.0, 1.25, 0.1]}   # USD per million: in, out, cache write, cache read

A mistake stops with file, line and field. With no file: ``checks.default_checks()``, and
the default judges when ``ANTHROPIC_API_KEY`` is set.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluators import checks as c
from guardrails.policy import located, read_yaml


class ConfigError(ValueError):
    """A configuration that cannot be used; says where and what to change."""


@dataclass
class Config:
    evaluators: list = field(default_factory=list)
    worker: dict[str, int] = field(default_factory=dict)


def default_config() -> Config:
    evaluators = c.default_checks()
    if os.environ.get("ANTHROPIC_API_KEY"):
        from evaluators.judge import default_judges

        evaluators += default_judges()
    return Config(evaluators)


def load(path: str | Path) -> Config:
    path = Path(path)
    data, lines = read_yaml(path, ConfigError, "configuration")
    data = data or {}

    def fail(name: str, problem: str) -> ConfigError:
        return ConfigError(located(str(path), lines, name, problem))

    if not isinstance(data, dict) or set(data) - {"worker", "checks", "judge"}:
        raise fail(next(iter(set(data) - {"worker", "checks", "judge"}), "config") if isinstance(data, dict) else "config",
                   "unknown field; expected worker, checks, judge")
    worker = data.get("worker", {})
    for key, value in (worker or {}).items():
        if key not in ("concurrency", "max_deliveries", "claim_idle_ms") or isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise fail(f"worker.{key}", "expected concurrency, max_deliveries or claim_idle_ms as a positive whole number")
    evaluators = [_check(entry, f"checks[{i}]", fail, path.parent) for i, entry in enumerate(data.get("checks") or [])]
    if data.get("judge") is not None:
        evaluators += _judges(data["judge"], fail)
    return Config(evaluators, dict(worker or {}))


_CHECK_FIELDS = {
    "length": ("min_chars", "max_chars"),
    "regex": ("must", "must_not"),
    "allowed_labels": ("labels",),
    "json_schema": ("schema", "schema_file"),
    "pii_leak": ("ner", "min_score"),
}


def _check(entry: Any, name: str, fail, base: Path):
    if not isinstance(entry, dict) or entry.get("type") not in _CHECK_FIELDS:
        raise fail(name, f"each check needs a type, one of {', '.join(_CHECK_FIELDS)}")
    kind, options = entry["type"], {k: v for k, v in entry.items() if k != "type"}
    for key in options:
        if key not in _CHECK_FIELDS[kind]:
            raise fail(f"{name}.{key}", f"unknown for {kind}; expected {', '.join(_CHECK_FIELDS[kind])}")
    try:
        if kind == "regex":
            for key in ("must", "must_not"):
                for i, pattern in enumerate(options.get(key, [])):
                    try:
                        re.compile(pattern)
                    except (re.error, TypeError) as exc:
                        raise fail(f"{name}.{key}[{i}]", f"not a valid regular expression: {exc}") from exc
            return c.Regex(tuple(options.get("must", ())), tuple(options.get("must_not", ())))
        if kind == "allowed_labels":
            return c.AllowedLabels(tuple(options["labels"]))
        if kind == "json_schema":
            schema = options.get("schema")
            if "schema_file" in options:
                schema = json.loads((base / options["schema_file"]).read_text())
            from guardrails.checks.schema import check_schema

            check_schema(schema)
            return c.JsonSchema(schema)
        if kind == "pii_leak":
            return c.PiiLeak(**options)
        return c.Length(**options)
    except ConfigError:
        raise
    except Exception as exc:  # a missing key, a bad file, a bad schema: said with the field
        raise fail(name, f"{type(exc).__name__}: {exc}") from exc


def _judges(section: Any, fail) -> list:
    from evaluators.judge import DEFAULT_CRITERIA, PRICES, Criterion, Judge, JudgeClient, PairwiseJudge

    known = ("model", "concurrency", "samples", "criteria", "pairwise", "prices")
    if not isinstance(section, dict):
        raise fail("judge", "expected a mapping")
    for key in section:
        if key not in known:
            raise fail(f"judge.{key}", f"unknown field; expected {', '.join(known)}")
    if not os.environ.get("ANTHROPIC_API_KEY"):
        raise fail("judge", "a judge is configured but ANTHROPIC_API_KEY is not set; set it (and ANTHROPIC_BASE_URL for a proxy)")
    criteria = DEFAULT_CRITERIA
    if "criteria" in section:
        try:
            criteria = tuple(Criterion(str(x["name"]), str(x["question"])) for x in section["criteria"])
        except (KeyError, TypeError) as exc:
            raise fail("judge.criteria", "expected a list of {name, question}") from exc
    prices = dict(PRICES)
    for model, price in (section.get("prices") or {}).items():
        if not (isinstance(price, list) and len(price) == 4 and all(isinstance(p, (int, float)) for p in price)):
            raise fail(f"judge.prices.{model}", "expected [input, output, cache write, cache read] in USD per million tokens")
        prices[model] = tuple(price)
    client = JudgeClient(model=section.get("model", JudgeClient.model), concurrency=int(section.get("concurrency", 16)), prices=prices)
    judges: list = [Judge(criterion, client, samples=int(section.get("samples", 1))) for criterion in criteria]
    if section.get("pairwise"):
        judges.append(PairwiseJudge(client))
    return judges
