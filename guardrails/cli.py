"""``guardrails``: scan texts and validate JSON documents from the command line.

    guardrails scan [FILE|-] [--policy P] [--json]
    guardrails validate --schema SCHEMA.json [FILE|-] [--json]

Input is JSON Lines; with ``--json`` output is JSON Lines too, one line per input line in
the same order. A bad input line gets an error object on its own output line; the run goes
on. Without ``--json`` a readable table is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO


def _lines(source: str) -> Iterator[tuple[int, bytes]]:
    stream: BinaryIO = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
    with stream:
        for number, raw in enumerate(stream, 1):
            if raw.strip():
                yield number, raw


def _parse(number: int, raw: bytes) -> tuple[Any, str | None]:
    """A line as JSON, or an error message that says which line and what is wrong."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"line {number}: not valid UTF-8 at byte {exc.start}; re-encode the input as UTF-8"
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"line {number}: not valid JSON: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return None, f"line {number}: JSON nested too deeply to read"


class _Progress:
    """A count on stderr for long runs, only when someone is watching a terminal."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()
        self.last = time.monotonic()

    def tick(self, count: int) -> None:
        if self.shown and time.monotonic() - self.last > 0.5:
            self.last = time.monotonic()
            print(f"\r{count} lines...", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.shown:
            print("\r", end="", file=sys.stderr, flush=True)


def scan(args: argparse.Namespace) -> int:
    from guardrails.engine import Engine
    from guardrails.policy import Policy

    policy = Policy.load(args.policy) if args.policy else Policy.default()
    engine = Engine(policy)
    rows = []
    progress = _Progress()
    for count, (number, raw) in enumerate(_lines(args.file), 1):
        progress.tick(count)
        data, error = _parse(number, raw)
        if error is None and not (isinstance(data, dict) and isinstance(data.get("text"), str)):
            error = f'line {number}: expected an object with a string "text" field, like {{"id": 1, "text": "..."}}'
        if error is not None:
            row = {"id": data.get("id") if isinstance(data, dict) else None, "error": error}
        else:
            decision = engine.check({"text": data["text"]})
            row = {
                "id": data.get("id"),
                "pii": [
                    {"entity_type": f.type, "start": f.start, "end": f.end, "score": round(f.score, 4)}
                    for f in decision.findings
                    if f.check == "pii"
                ],
                "injection": _injection(decision, policy.injection.threshold),
                "elapsed_us": round(decision.elapsed_us, 1),
            }
            if decision.failures:
                row["failures"] = [f"{f.check}: {f.reason}" for f in decision.failures]
        _emit(args, row, rows)
    progress.done()
    if not args.json:
        _scan_table(rows)
    return 0


def validate(args: argparse.Namespace) -> int:
    from guardrails.checks.schema import CompiledSchema, SchemaError

    try:
        schema = json.loads(Path(args.schema).read_text())
        compiled = CompiledSchema(schema, formats=args.formats)
    except OSError as exc:
        return _fail(f"{args.schema}: cannot read the schema: {exc.strerror}")
    except json.JSONDecodeError as exc:
        return _fail(f"{args.schema}:{exc.lineno}: not valid JSON: {exc.msg}; fix the schema file")
    except SchemaError as exc:
        return _fail(f"{args.schema}: {exc}")
    rows = []
    progress = _Progress()
    for count, (number, raw) in enumerate(_lines(args.file), 1):
        progress.tick(count)
        document, error = _parse(number, raw)
        if error is not None:
            row = {"valid": False, "errors": [{"path": "$", "message": error}], "error": error}
        else:
            errors = compiled.errors(document)
            row = {"valid": not errors, "errors": errors}
        _emit(args, row, rows)
    progress.done()
    if not args.json:
        _validate_table(rows)
    return 0


def _injection(decision, threshold: float) -> dict:
    """The contract's injection object from the decision's injection findings."""
    found = [f for f in decision.findings if f.check == "injection"]
    score = max((f.score for f in found), default=0.0)
    return {"score": round(score, 4), "flagged": bool(found) and score >= threshold, "rules": [f.detail for f in found]}


def _emit(args: argparse.Namespace, row: dict, rows: list) -> None:
    if args.json:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    else:
        rows.append(row)


def _scan_table(rows: list[dict]) -> None:
    print(f"{'id':>12}  {'findings':>8}  {'µs':>8}  types")
    for row in rows:
        ident = str(row.get("id"))[:12]
        if "error" in row:
            print(f"{ident:>12}  {'-':>8}  {'-':>8}  error: {row['error']}")
            continue
        types = ", ".join(sorted({p["entity_type"] for p in row["pii"]})) or "-"
        injection = row["injection"]
        flag = f"  injection {injection['score']:.2f}: {', '.join(injection['rules'])}" if injection["flagged"] else ""
        print(f"{ident:>12}  {len(row['pii']):8d}  {row['elapsed_us']:8.0f}  {types}{flag}")


def _validate_table(rows: list[dict]) -> None:
    valid = sum(row["valid"] for row in rows)
    print(f"{valid} of {len(rows)} documents valid")
    for i, row in enumerate(rows, 1):
        for error in row["errors"]:
            print(f"  document {i}: {error['path']}: {error['message']}")


def _fail(message: str) -> int:
    print(f"guardrails: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guardrails", description="Inline guardrail checks for LLM traffic.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("scan", help='find PII and prompt injection in JSONL lines {"id": ..., "text": "..."}')
    p.add_argument("file", nargs="?", default="-", help="JSONL input; - or nothing for stdin")
    p.add_argument("--policy", help="policy YAML file (default: Policy.default())")
    p.add_argument("--json", action="store_true", help="JSON Lines output, one line per input line")
    p.set_defaults(run=scan)
    p = sub.add_parser("validate", help="validate JSONL documents against a JSON Schema")
    p.add_argument("file", nargs="?", default="-", help="JSONL input; - or nothing for stdin")
    p.add_argument("--schema", required=True, help="the JSON Schema file (2020-12 unless $schema says)")
    p.add_argument("--formats", action="store_true", help="assert 'format' (it is only an annotation by default)")
    p.add_argument("--json", action="store_true", help="JSON Lines output, one line per input line")
    p.set_defaults(run=validate)
    args = parser.parse_args(argv)
    from guardrails.policy import PolicyError

    try:
        return args.run(args)
    except PolicyError as exc:
        return _fail(str(exc))
    except FileNotFoundError as exc:
        return _fail(f"{exc.filename}: no such file; give a JSONL file or - for stdin")
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
