"""``canary``: the canary controller's command line (no commands yet)."""

import sys


def main() -> int:
    print("canary: no commands yet; the canary controller (replay, rollouts) is not built in this version", file=sys.stderr)
    return 2
