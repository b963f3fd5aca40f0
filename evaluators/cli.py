"""``evaluators``: run a worker, put samples on the stream, see where things stand.

    evaluators worker [--config FILE] [--concurrency N] [--max-deliveries N] [--claim-idle-ms MS]
    evaluators enqueue [FILE|-]          JSONL samples, minimally {"id", "variant", "prompt", "response"}
    evaluators status [--json]

Redis is ``REDIS_URL`` (default redis://127.0.0.1:6379/0).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys

from evaluators.keys import Keys

REQUIRED = ("id", "variant", "prompt", "response")


def _url() -> str:
    return os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def worker_limits(args: argparse.Namespace, configured: dict[str, int]) -> dict[str, int]:
    """The worker's limits: the configuration file's, with flags given on the command line
    taking precedence; what neither sets keeps the worker's default."""
    flags = {"concurrency": args.concurrency, "max_deliveries": args.max_deliveries, "claim_idle_ms": args.claim_idle_ms}
    return configured | {name: value for name, value in flags.items() if value is not None}


def worker(args: argparse.Namespace) -> int:
    from evaluators.config import ConfigError, default_config, load
    from evaluators.worker import Worker

    try:
        config = load(args.config) if args.config else default_config()
    except ConfigError as exc:
        print(f"evaluators: {exc}", file=sys.stderr)
        return 2
    evaluators = config.evaluators
    limits = worker_limits(args, config.worker)

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        if args.metrics_port:
            from prometheus_client import REGISTRY, start_http_server

            from evaluators.metrics import BacklogCollector

            REGISTRY.register(BacklogCollector(_url()))
            start_http_server(args.metrics_port)
        work = Worker(_url(), evaluators, consumer=args.consumer, **limits)
        names = ", ".join(e.name for e in evaluators)
        print(f"evaluators worker {work.consumer}: {names}; reading {Keys().stream} at {_url()}", file=sys.stderr, flush=True)
        await work.run(stop)

    asyncio.run(run())
    return 0


def enqueue(args: argparse.Namespace) -> int:
    import redis

    stream = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8", errors="replace")  # noqa: SIM115
    from evaluators.keys import connect

    keys = Keys()
    client = connect(_url())
    queued = bad = 0
    with stream, client.pipeline(transaction=False) as pipe:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                sample = json.loads(line)
                missing = [k for k in REQUIRED if not isinstance(sample, dict) or k not in sample]
                if missing:
                    raise ValueError(f"missing {', '.join(missing)}")
            except (json.JSONDecodeError, ValueError) as exc:
                bad += 1
                print(f"{args.file}:{number}: {exc}; a sample needs {', '.join(REQUIRED)}", file=sys.stderr)
                continue
            pipe.xadd(keys.stream, {"sample": json.dumps(sample)})
            queued += 1
        pipe.hincrby(keys.stats, "enqueued", queued)
        try:
            pipe.execute()
        except redis.RedisError as exc:
            return _unreachable(exc)
    print(f"enqueued {queued} samples" + (f", skipped {bad} bad lines" if bad else ""), file=sys.stderr)
    return 0 if not bad else 1


def status(args: argparse.Namespace) -> int:
    import redis

    from evaluators.worker import status as read_status

    try:
        result = asyncio.run(read_status(_url()))
    except redis.RedisError as exc:
        return _unreachable(exc)
    if args.json:
        print(json.dumps(result))
        return 0
    for name in ("enqueued", "processed", "failed", "dead_lettered", "dropped", "pending", "lag", "stream_length"):
        print(f"{name:15s} {result[name]}")
    for name, counts in result["evaluators"].items():
        print(f"{name:15s} pass rate {counts['pass_rate']:.1%} ({counts.get('pass', 0)} pass, {counts.get('fail', 0)} fail, "
              f"{counts.get('error', 0)} error)")
    return 0


def _unreachable(exc: Exception) -> int:
    print(f"evaluators: cannot reach Redis at {_url()}: {exc}; start it or set REDIS_URL", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="evaluators", description="Score sampled LLM traffic off the request path.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("worker", help="score samples from the stream until stopped (SIGTERM finishes the batch in hand)")
    p.add_argument("--concurrency", type=int, help="samples scored at once (default 8)")
    p.add_argument("--max-deliveries", type=int, help="deliveries before a sample goes to the dead-letter stream (default 3)")
    p.add_argument("--claim-idle-ms", type=int, help="idle time after which a crashed worker's samples are taken over (default 60000)")
    p.add_argument("--consumer", help="consumer name (default: host-pid)")
    p.add_argument("--metrics-port", type=int, help="serve Prometheus metrics on this port")
    p.add_argument("--config", help="evaluators YAML (checks, judge, worker limits); default: the built-in checks")
    p.set_defaults(run=worker)
    p = sub.add_parser("enqueue", help="put JSONL samples on the stream")
    p.add_argument("file", nargs="?", default="-")
    p.set_defaults(run=enqueue)
    p = sub.add_parser("status", help="counters, backlog and pass rates")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=status)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
