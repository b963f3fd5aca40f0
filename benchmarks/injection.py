"""Prompt-injection detection measured on a labelled JSONL dataset.

    python -m benchmarks.injection --dataset FILE [--documents DIR ...] [--json OUT]

Rows are {"id", "text", "label" (1 attack, 0 benign), "source", "category"}. Reports, per
source, per category and overall: true-positive rate, false-positive rate, balanced
accuracy and p50/p99 latency. Rows whose category starts with "indirect" are attacks only
inside data, so they are scored as an untrusted data field (and also as user input, for
reference); the headline "direct" numbers leave them out.

``--documents DIR``: ordinary technical text nobody wrote to fool a detector (the
READMEs, manuals and licences under DIR, say the installed packages) in 2,000-character
chunks, scanned as untrusted data, the way a retrieval pipeline hands them over: every
flag there is a false positive.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.reference import cut, quantile, write_json


def _rate(hit: int, total: int) -> float | None:
    return hit / total if total else None


def _summary(rows: list[dict]) -> dict:
    attacks = [r for r in rows if r["label"] == 1]
    benign = [r for r in rows if r["label"] == 0]
    tpr = _rate(sum(r["flagged"] for r in attacks), len(attacks))
    fpr = _rate(sum(r["flagged"] for r in benign), len(benign))
    times = [r["us"] for r in rows]
    out = {
        "rows": len(rows),
        "attacks": len(attacks),
        "benign": len(benign),
        "tpr": tpr,
        "fpr": fpr,
        "balanced_accuracy": (tpr + 1 - fpr) / 2 if tpr is not None and fpr is not None else None,
        "p50_us": statistics.median(times) if times else None,
        "p99_us": quantile(times, 0.99) if times else None,
    }
    return out


def evaluate(rows: list[dict], check) -> dict:
    scored = []
    for i, row in enumerate(rows):
        if i % 500 == 0:
            print(f"  {i}/{len(rows)}", file=sys.stderr, flush=True)
        indirect = str(row.get("category", "")).startswith("indirect")
        started = time.perf_counter()
        result = check.scan(row["text"], data=indirect)
        elapsed = (time.perf_counter() - started) * 1e6
        scored.append({**row, "flagged": result.flagged, "score": result.score, "rules": result.rules, "us": elapsed,
                       "indirect": indirect})
        if row["label"] == 0:  # how often benign text would be flagged as a retrieved document
            as_data = check.scan(row["text"], data=True)
            scored.append({**row, "source": "benign rows (as data)", "category": "benign (as data)",
                           "flagged": as_data.flagged, "score": as_data.score, "rules": as_data.rules, "us": elapsed,
                           "indirect": None})
        if indirect:
            as_user = check.scan(row["text"], data=False)
            scored.append({**row, "source": row["source"] + " (as user input)", "category": row["category"] + " (as user input)",
                           "flagged": as_user.flagged, "score": as_user.score, "rules": as_user.rules, "us": elapsed,
                           "indirect": None})
    groups: dict[str, dict[str, list]] = {"source": defaultdict(list), "category": defaultdict(list)}
    for r in scored:
        if r["indirect"] is None:
            groups["source"][r["source"]].append(r)
            continue
        groups["source"][r["source"]].append(r)
        family = r["category"].split(":")[0] if r["indirect"] else r["category"]
        groups["category"][family].append(r)
    direct = [r for r in scored if r["indirect"] is False]
    return {
        "overall_direct": _summary(direct),
        "by_source": {k: _summary(v) for k, v in sorted(groups["source"].items())},
        "by_category": {k: _summary(v) for k, v in sorted(groups["category"].items())},
        "false_positives": [{"id": r["id"], "score": round(r["score"], 3), "rules": r["rules"]} for r in direct if r["flagged"] and r["label"] == 0],
        "missed": [{"id": r["id"], "score": round(r["score"], 3), "rules": r["rules"]} for r in direct if not r["flagged"] and r["label"] == 1],
    }


_DOCUMENT_NAMES = ("*.md", "*.rst", "*.txt", "METADATA", "LICENSE*", "COPYING*")


def documents(dirs: list[str], chunk: int = 2_000, per_file: int = 10) -> list[tuple[str, str]]:
    """(where, text) chunks of the documents under ``dirs``, at most ``per_file`` per file."""
    paths = sorted({p for d in dirs for name in _DOCUMENT_NAMES for p in Path(d).rglob(name) if p.is_file()})
    chunks = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for start in range(0, min(len(text), chunk * per_file), chunk):
            if (piece := text[start : start + chunk]).strip():
                chunks.append((f"{path}:{start}", piece))
    return chunks


def evaluate_documents(chunks: list[tuple[str, str]], check) -> dict:
    flagged = []
    for i, (where, text) in enumerate(chunks):
        if i % 1000 == 0:
            print(f"  documents {i}/{len(chunks)}", file=sys.stderr, flush=True)
        result = check.scan(text, data=True)
        if result.flagged:
            flagged.append({"where": where, "score": round(result.score, 3), "rules": result.rules})
    return {"chunks": len(chunks), "flagged": len(flagged), "fpr": _rate(len(flagged), len(chunks)), "false_positives": flagged}


def latency_2000(rows: list[dict], check) -> dict:
    """p50/p99 on texts of ~2,000 characters: dataset rows of at least that length, cut to
    it (benign task prompts; long attacks), each timed many times."""
    out = {}
    for name, label in (("benign-2000", 0), ("attack-2000", 1)):
        texts = [cut(r["text"], 2000) for r in rows if r["label"] == label and len(r["text"]) >= 2100][:40]
        for text in texts:
            check.scan(text)
        times = []
        for _ in range(25):
            for text in texts:
                started = time.perf_counter()
                check.scan(text)
                times.append((time.perf_counter() - started) * 1e6)
        out[name] = {"texts": len(texts), "p50_us": statistics.median(times), "p99_us": quantile(times, 0.99)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", required=True, help="JSONL rows {id, text, label, source, category}")
    parser.add_argument("--documents", nargs="+", metavar="DIR", help="also scan the documents under DIR as data (see above)")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    args = parser.parse_args(argv)
    from guardrails.checks.injection import InjectionCheck

    rows = []
    for number, line in enumerate(Path(args.dataset).read_text().splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                print(f"{args.dataset}:{number}: not valid JSON: {exc.msg}; fix or remove the line", file=sys.stderr)
                return 2
    check = InjectionCheck()
    results = evaluate(rows, check)
    results["latency"] = latency_2000(rows, check)
    if args.documents:
        results["documents"] = evaluate_documents(documents(args.documents), check)

    def pct(x):
        return "-" if x is None else f"{100 * x:.1f}%"

    print(f"\nPrompt injection on {args.dataset} ({len(rows)} rows)")
    print(f"{'group':52s} {'rows':>5s} {'TPR':>7s} {'FPR':>6s} {'bal.acc':>8s} {'p50 µs':>7s} {'p99 µs':>7s}")
    sections = [("overall (direct attacks and benign)", {"": results["overall_direct"]}), ("by source", results["by_source"]),
                ("by category", results["by_category"])]
    for title, table in sections:
        print(title)
        for name, r in table.items():
            print(f"  {name[:50]:50s} {r['rows']:5d} {pct(r['tpr']):>7s} {pct(r['fpr']):>6s} {pct(r['balanced_accuracy']):>8s} "
                  f"{r['p50_us']:7.0f} {r['p99_us']:7.0f}")
    print("latency on ~2,000-character texts")
    for name, r in results["latency"].items():
        print(f"  {name:50s} {r['texts']} texts: p50 {r['p50_us']:.0f} µs, p99 {r['p99_us']:.0f} µs")
    if args.documents:
        d = results["documents"]
        print(f"documents as data ({', '.join(args.documents)}): {d['flagged']} of {d['chunks']} chunks flagged, FPR {pct(d['fpr'])}")
        for fp in d["false_positives"][:10]:
            print(f"  {fp['score']:.2f} {', '.join(fp['rules']):40s} {fp['where']}")
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
