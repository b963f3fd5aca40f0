"""Correctness of the schema check against the official JSON Schema Test Suite (2020-12).

    python -m benchmarks.schema_suite [--json OUT]

Required tests run as users run the check (formats as annotations, the 2020-12 default).
Optional tests are reported, not required: optional/format/* run with formats asserted;
the other optional files run as they are.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.reference import SHARED_DATA, write_json

SUITE = SHARED_DATA / "json-schema-test-suite"
REMOTE = "http://localhost:1234/"


def _retrieve(uri: str):
    """The suite's remote schemas, served from its remotes/ folder (no network)."""
    if uri.startswith(REMOTE):
        return json.loads((SUITE / "remotes" / uri[len(REMOTE) :]).read_text())
    raise ValueError(f"{uri} is not part of the test suite")


def run(files: list[Path], formats: bool) -> dict:
    from guardrails.checks.schema import CompiledSchema, SchemaError

    total, failed = 0, []
    for path in files:
        for case in json.loads(path.read_text()):
            try:
                compiled = CompiledSchema(case["schema"], formats=formats, retriever=_retrieve)
            except SchemaError as exc:
                for test in case["tests"]:
                    total += 1
                    failed.append(f"{path.name}: {case['description']}: {test['description']}: schema rejected: {exc}")
                continue
            for test in case["tests"]:
                total += 1
                if (not compiled.errors(test["data"])) != test["valid"]:
                    failed.append(f"{path.name}: {case['description']}: {test['description']}")
    return {"tests": total, "agree": total - len(failed), "disagree": failed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    args = parser.parse_args(argv)
    root = SUITE / "tests" / "draft2020-12"
    if not root.is_dir():
        print(f"schema_suite: {root} not found; set SHARED_DATA to the folder holding json-schema-test-suite/", file=sys.stderr)
        return 2
    results = {
        "required": run(sorted(root.glob("*.json")), formats=False),
        "optional": run(sorted((root / "optional").glob("*.json")), formats=False),
        "optional/format": run(sorted((root / "optional" / "format").glob("*.json")), formats=True),
    }
    print("\nJSON Schema Test Suite, draft2020-12")
    print(f"{'part':18s} {'tests':>6s} {'agree':>6s}")
    for name, r in results.items():
        print(f"{name:18s} {r['tests']:6d} {r['agree']:6d}")
    for name in ("optional", "optional/format"):
        for line in results[name]["disagree"]:
            print(f"  {name}: {line}")
    write_json(args.json, results)
    return 0 if not results["required"]["disagree"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
