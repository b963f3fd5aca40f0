"""What every benchmark shares: the references we measure against, built the same way
each time, the datasets, and how samples are summarised and results written."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

SHARED_DATA = Path(os.environ.get("SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))


def quantile(samples: list[float], q: float) -> float:
    """The ``q`` quantile (0.99 for p99) of ``samples``, nearest rank."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def cut(text: str, size: int) -> str:
    """``text`` cut to at most ``size`` characters, at a space when there is one."""
    space = text.rfind(" ", 0, size)
    return text[: space if space > 0 else size]


def write_json(path: str | None, results: dict) -> None:
    """The results as JSON at ``path`` (``--json OUT``); nothing when no path was given."""
    if path:
        with open(path, "w") as out:
            json.dump(results, out, indent=2, ensure_ascii=False)


def presidio_analyzer():
    """Presidio's AnalyzerEngine with its predefined recognizers and a blank spaCy
    pipeline (no model, so no NER and no lemma-based context)."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # its download attempt fails offline
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.nlp = {"en": spacy.blank("en")}
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def pii_texts() -> list[str]:
    """The synthetic PII corpus (presidio-research), for measuring only."""
    path = SHARED_DATA / "pii" / "generated_large.json"
    return [row["full_text"] for row in json.loads(path.read_text())]


def clean_texts() -> list[str]:
    """Ordinary instructions without PII: the benign rows of the injection dev set."""
    path = SHARED_DATA / "injection" / "dev.jsonl"
    rows = (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    return [row["text"] for row in rows if row.get("label") in (0, "benign", False)]
