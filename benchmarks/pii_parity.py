"""PII parity with Presidio: the same texts through Presidio's AnalyzerEngine and our check.

    python -m benchmarks.pii_parity [--json OUT]

Recall: of Presidio's findings of the types we cover with score >= 0.4, the share we also
find (same type, overlapping span). Extra: of our findings, the share absent from Presidio's
output (no finding of the same type overlapping it, at any score).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from benchmarks.reference import clean_texts, pii_texts, presidio_analyzer, write_json
from guardrails.checks.pii import PiiCheck

THRESHOLD = 0.4


def _overlaps(a, b) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def measure(texts: list[str], check: PiiCheck, analyzer, progress: bool = True) -> dict:
    covered = set(check.entities)
    wanted = Counter()
    found = Counter()
    ours_total = Counter()
    ours_extra = Counter()
    examples = {"missed": [], "extra": []}
    for i, text in enumerate(texts):
        if progress and i % 250 == 0:
            print(f"  {i}/{len(texts)}", file=sys.stderr, flush=True)
        theirs = [(r.entity_type, r.start, r.end, r.score) for r in analyzer.analyze(text, language="en")]
        theirs = [t for t in theirs if t[0] in covered]
        ours = [(f.type, f.start, f.end, f.score) for f in check.run(text)]
        for t in theirs:
            if t[3] >= THRESHOLD:
                wanted[t[0]] += 1
                if any(_overlaps(t, o) for o in ours):
                    found[t[0]] += 1
                elif len(examples["missed"]) < 20:
                    examples["missed"].append({"type": t[0], "text": text[t[1] : t[2]], "score": t[3]})
        for o in ours:
            ours_total[o[0]] += 1
            if not any(_overlaps(o, t) for t in theirs):
                ours_extra[o[0]] += 1
                if len(examples["extra"]) < 20:
                    examples["extra"].append({"type": o[0], "text": text[o[1] : o[2]], "score": o[3]})
    types = sorted(set(wanted) | set(ours_total))
    return {
        "texts": len(texts),
        "presidio_findings": sum(wanted.values()),
        "recall": sum(found.values()) / max(1, sum(wanted.values())),
        "our_findings": sum(ours_total.values()),
        "extra_rate": sum(ours_extra.values()) / max(1, sum(ours_total.values())),
        "by_type": {
            t: {"presidio": wanted[t], "found": found[t], "ours": ours_total[t], "extra": ours_extra[t]}
            for t in types
        },
        "examples": examples,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts of each set")
    args = parser.parse_args(argv)
    analyzer = presidio_analyzer()
    check = PiiCheck(min_score=THRESHOLD)
    results = {}
    for name, texts in (("pii corpus", pii_texts()), ("clean text", clean_texts())):
        if args.limit:
            texts = texts[: args.limit]
        print(f"{name}: {len(texts)} texts", file=sys.stderr)
        results[name] = measure(texts, check, analyzer)
    print(f"\nPII parity with Presidio AnalyzerEngine (covered types, threshold {THRESHOLD})")
    print(f"{'set':12s} {'texts':>6s} {'presidio>=0.4':>14s} {'recall':>8s} {'ours':>6s} {'absent from presidio':>21s}")
    for name, r in results.items():
        print(
            f"{name:12s} {r['texts']:6d} {r['presidio_findings']:14d} {r['recall']:8.2%} "
            f"{r['our_findings']:6d} {r['extra_rate']:21.2%}"
        )
    print(f"\n{'type':20s} {'presidio>=0.4':>14s} {'found':>6s} {'ours':>6s} {'extra':>6s}")
    merged = Counter()
    for r in results.values():
        for t, c in r["by_type"].items():
            for k, v in c.items():
                merged[(t, k)] += v
    for t in sorted({t for t, _ in merged}):
        print(f"{t:20s} {merged[(t, 'presidio')]:14d} {merged[(t, 'found')]:6d} {merged[(t, 'ours')]:6d} {merged[(t, 'extra')]:6d}")
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
