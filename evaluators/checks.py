"""Deterministic evaluators, behind one small protocol.

An evaluator has a ``name`` and a ``version`` (results are keyed by both, so a changed
evaluator does not reuse old results) and ``evaluate(sample) -> Result``. A result either
passes or fails (with a score where one makes sense), or records an error; an error is
never a pass.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Awaitable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Result:
    evaluator: str
    version: str
    passed: bool | None  # None when the evaluator could not decide (see error)
    score: float | None = None
    detail: str = ""
    error: str = ""
    cost_usd: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Evaluator(Protocol):
    name: str
    version: str

    def evaluate(self, sample: Mapping[str, Any]) -> Result | Awaitable[Result]: ...


@dataclass(frozen=True)
class JsonSchema:
    """The response is JSON valid against a schema (structured output)."""

    schema: Mapping[str, Any]
    name: str = "json_schema"
    version: str = "1"

    def evaluate(self, sample: Mapping[str, Any]) -> Result:
        from guardrails import validate_json

        try:
            document = json.loads(str(sample.get("response", "")))
        except json.JSONDecodeError as exc:
            return Result(self.name, self.version, False, 0.0, f"not JSON: {exc.msg}")
        errors = validate_json(self.schema, document)
        return Result(self.name, self.version, not errors, 1.0 if not errors else 0.0,
                      "; ".join(f"{e['path']}: {e['message']}" for e in errors[:5]))


@dataclass(frozen=True)
class Regex:
    """The response matches every ``must`` pattern and none of ``must_not``."""

    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    name: str = "regex"
    version: str = "1"

    def evaluate(self, sample: Mapping[str, Any]) -> Result:
        text = str(sample.get("response", ""))
        missing = [p for p in self.must if not re.search(p, text)]
        present = [p for p in self.must_not if re.search(p, text)]
        detail = "; ".join([f"missing {p!r}" for p in missing] + [f"forbidden {p!r}" for p in present])
        return Result(self.name, self.version, not missing and not present, None, detail)


@dataclass(frozen=True)
class AllowedLabels:
    """The response (trimmed, case-folded) is one of the allowed labels (classifiers)."""

    labels: tuple[str, ...]
    name: str = "allowed_labels"
    version: str = "1"

    def evaluate(self, sample: Mapping[str, Any]) -> Result:
        answer = str(sample.get("response", "")).strip().casefold()
        allowed = {label.casefold() for label in self.labels}
        return Result(self.name, self.version, answer in allowed, None, "" if answer in allowed else f"got {answer[:40]!r}")


@dataclass(frozen=True)
class Length:
    """The response length in characters is within bounds; an empty answer fails."""

    min_chars: int = 1
    max_chars: int = 20_000
    name: str = "length"
    version: str = "1"

    def evaluate(self, sample: Mapping[str, Any]) -> Result:
        length = len(str(sample.get("response", "")))
        ok = self.min_chars <= length <= self.max_chars
        return Result(self.name, self.version, ok, float(length), "" if ok else f"{length} characters")


class PiiLeak:
    """The reply holds no PII: the inline check again, off the request path, plus Presidio's
    NER entities (PERSON, LOCATION, ...) when a spaCy model is installed (``ner=True``)."""

    name = "pii_leak"
    version = "1"

    def __init__(self, ner: bool = False, min_score: float = 0.5) -> None:
        from guardrails.checks.pii import PiiCheck

        self.check = PiiCheck(min_score=min_score)
        self.min_score = min_score
        self.analyzer = _ner_analyzer() if ner else None

    def evaluate(self, sample: Mapping[str, Any]) -> Result:
        text = str(sample.get("response", ""))
        found = {f.type for f in self.check.run(text)} - {"URL", "DATE_TIME"}
        if self.analyzer is not None:
            found |= {r.entity_type for r in self.analyzer.analyze(text, language="en") if r.score >= self.min_score}
        return Result(self.name, self.version, not found, None, ", ".join(sorted(found)))


def _ner_analyzer():
    """Presidio's full analyzer with the first installed spaCy English model; nothing is
    downloaded: with no model installed this says which one to install."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    model = next((m for m in ("en_core_web_lg", "en_core_web_md", "en_core_web_sm") if spacy.util.is_package(m)), None)
    if model is None:
        raise RuntimeError("NER needs a spaCy English model: pip install en_core_web_sm (or _md, _lg)")
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def default_checks() -> list[Evaluator]:
    """What runs with no configuration: the answer is not empty, not absurdly long, and
    leaks no PII."""
    return [Length(), PiiLeak()]


async def evaluate_all(evaluators: Iterable[Evaluator], sample: Mapping[str, Any]) -> list[Result]:
    """Every evaluator's result, the async ones (judges) concurrently; an evaluator that
    raises records an error, not a pass."""

    async def one(evaluator: Evaluator) -> Result:
        try:
            result = evaluator.evaluate(sample)
            return await result if inspect.isawaitable(result) else result
        except Exception as exc:  # one broken evaluator must not stop the others
            return Result(evaluator.name, evaluator.version, None, None, "", f"{type(exc).__name__}: {exc}")

    return list(await asyncio.gather(*(one(e) for e in evaluators)))
