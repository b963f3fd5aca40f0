"""``evaluators``: the async evaluators' command line (no commands yet)."""

import sys


def main() -> int:
    print("evaluators: no commands yet; the worker, enqueue and status commands are not built in this version", file=sys.stderr)
    return 2
