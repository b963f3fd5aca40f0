"""Inline check latency, side by side with the references, in one run.

    python -m benchmarks.guardrail_latency [--json OUT] [--quick]

PII: our check and Presidio's AnalyzerEngine (same predefined recognizers, blank spaCy
pipeline) on PII-dense and clean texts of about 300, 2,000 and 10,000 characters.
Schema: our compiled validator and a cached ``jsonschema`` validator on a ~1 KB document.
Runs alternate between ours and the reference so machine noise hits both; the table gives
medians (p50), p99 and the ratio of medians.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from benchmarks.reference import SHARED_DATA, clean_texts, cut, presidio_analyzer, quantile, write_json

SIZES = (300, 2_000, 10_000)
PATTERN_TYPES = {"CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "DOMAIN_NAME"}


def dense_source() -> str:
    """PII-dense: the corpus texts that hold pattern-detectable PII, one after another."""
    rows = json.loads((SHARED_DATA / "pii" / "generated_large.json").read_text())
    return " ".join(r["full_text"] for r in rows if any(s["entity_type"] in PATTERN_TYPES for s in r["spans"]))


def _time(fn, arg) -> float:
    started = time.perf_counter()
    fn(arg)
    return (time.perf_counter() - started) * 1e6


def measure(ours, theirs, arg, ours_runs: int, their_runs: int) -> dict:
    for _ in range(3):
        ours(arg)
        theirs(arg)
    ours_us: list[float] = []
    their_us: list[float] = []
    per_round = max(1, ours_runs // their_runs)
    for _ in range(their_runs):  # interleaved
        their_us.append(_time(theirs, arg))
        ours_us.extend(_time(ours, arg) for _ in range(per_round))
    return {
        "ours_p50_us": statistics.median(ours_us),
        "ours_p99_us": quantile(ours_us, 0.99),
        "reference_p50_us": statistics.median(their_us),
        "reference_p99_us": quantile(their_us, 0.99),
        "ratio_p50": statistics.median(their_us) / statistics.median(ours_us),
        "ours_runs": len(ours_us),
        "reference_runs": len(their_us),
    }


ANSWER_SCHEMA = {
    "type": "object",
    "required": ["id", "intent", "confidence", "entities", "reply", "citations"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[a-f0-9]{8}$"},
        "intent": {"enum": ["billing", "support", "sales", "other"]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "entities": {
            "type": "array",
            "maxItems": 20,
            "items": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {
                    "type": {"enum": ["product", "date", "amount", "person"]},
                    "value": {"type": "string", "maxLength": 200},
                    "start": {"type": "integer", "minimum": 0},
                },
            },
        },
        "reply": {"type": "string", "minLength": 1, "maxLength": 2000},
        "citations": {"type": "array", "items": {"$ref": "#/$defs/citation"}},
        "follow_up": {"type": ["string", "null"]},
    },
    "$defs": {
        "citation": {
            "type": "object",
            "required": ["url", "title"],
            "properties": {"url": {"type": "string"}, "title": {"type": "string"}, "score": {"type": "number"}},
        }
    },
}


def answer_document() -> dict:
    """A ~1 KB structured answer, valid against ANSWER_SCHEMA."""
    return {
        "id": "3fa85f64",
        "intent": "billing",
        "confidence": 0.92,
        "entities": [
            {"type": "product", "value": "Pro plan, annual", "start": 12},
            {"type": "date", "value": "2024-03-01", "start": 40},
            {"type": "amount", "value": "199.00 EUR", "start": 61},
            {"type": "person", "value": "the account owner", "start": 80},
        ],
        "reply": (
            "Thanks for reaching out. The Pro plan renews on 1 March; the charge of 199.00 EUR you see is "
            "the annual renewal, not a duplicate. If you would rather pay monthly, you can switch plans "
            "from the billing page before the renewal date and we will refund the difference within five "
            "business days. Let me know if anything else looks wrong on the invoice."
        ),
        "citations": [
            {"url": "https://example.com/help/billing/renewals", "title": "How renewals work", "score": 0.81},
            {"url": "https://example.com/help/billing/switch", "title": "Switching plans", "score": 0.77},
            {"url": "https://example.com/help/billing/refunds", "title": "Refunds", "score": 0.64},
        ],
        "follow_up": None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    parser.add_argument("--quick", action="store_true", help="fewer runs (a smoke test, not a measurement)")
    args = parser.parse_args(argv)
    scale = 0.1 if args.quick else 1.0

    import jsonschema

    from guardrails.checks.pii import PiiCheck
    from guardrails.checks.schema import CompiledSchema

    print("building checks and references...", file=sys.stderr)
    analyzer = presidio_analyzer()
    check = PiiCheck()
    presidio = lambda text: analyzer.analyze(text, language="en")  # noqa: E731
    results: dict = {"pii": {}, "schema": {}}
    sources = {"dense": dense_source(), "clean": " ".join(clean_texts())}
    for kind, source in sources.items():
        for size in SIZES:
            text = cut(source, size)
            their_runs = max(3, int((40 if size < 10_000 else 10) * scale))
            ours_runs = max(their_runs, int((600 if size < 10_000 else 100) * scale))
            print(f"  pii {kind} {len(text)} chars...", file=sys.stderr)
            results["pii"][f"{kind}-{size}"] = {"chars": len(text), **measure(check.run, presidio, text, ours_runs, their_runs)}

    document = answer_document()
    compiled = CompiledSchema(ANSWER_SCHEMA)
    reference = jsonschema.Draft202012Validator(ANSWER_SCHEMA)
    invalid = dict(document, intent="refund", confidence=1.5, extra=True)
    for name, doc in (("valid-1KB", document), ("invalid-1KB", invalid)):
        assert bool(compiled.errors(doc)) == bool(list(reference.iter_errors(doc)))
        print(f"  schema {name}...", file=sys.stderr)
        results["schema"][name] = {
            "bytes": len(json.dumps(doc)),
            **measure(compiled.errors, lambda d: list(reference.iter_errors(d)), doc, int(3000 * scale), int(300 * scale)),
        }

    print("\nPII check vs Presidio AnalyzerEngine (µs)")
    print(f"{'text':16s} {'chars':>6s} {'ours p50':>9s} {'ours p99':>9s} {'presidio p50':>13s} {'ratio p50':>10s}")
    for name, r in results["pii"].items():
        print(
            f"{name:16s} {r['chars']:6d} {r['ours_p50_us']:9.0f} {r['ours_p99_us']:9.0f} "
            f"{r['reference_p50_us']:13.0f} {r['ratio_p50']:9.1f}x"
        )
    print("\nJSON Schema: compiled (jsonschema-rs) vs cached jsonschema (µs)")
    print(f"{'document':16s} {'bytes':>6s} {'ours p50':>9s} {'ours p99':>9s} {'jsonschema p50':>15s} {'ratio p50':>10s}")
    for name, r in results["schema"].items():
        print(
            f"{name:16s} {r['bytes']:6d} {r['ours_p50_us']:9.1f} {r['ours_p99_us']:9.1f} "
            f"{r['reference_p50_us']:15.1f} {r['ratio_p50']:9.1f}x"
        )
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
