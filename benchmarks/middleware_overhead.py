"""What the middleware adds: the same app with and without it, under uvicorn, side by side.

    python -m benchmarks.middleware_overhead [--json OUT] [--rate 100] [--seconds 8]

Two uvicorn servers run ``examples/chat_app.py`` (``GUARDRAILS=off`` for the bare app),
answering ~1 KB. A separate process sends ~1 KB chat requests at a fixed rate, to one
server and then the other, in alternating rounds, and reports latency; then it loads each
server as fast as it answers, for throughput. Server CPU time per request is read from
/proc. Added latency is the difference of the two servers' p50 and p99.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.reference import quantile, write_json

ROOT = Path(__file__).resolve().parents[1]
PROSE = (
    "Our team is planning the spring offsite and would like a short agenda for two days. The first day should "
    "cover the product roadmap, a review of customer feedback from the last quarter and a session on hiring "
    "plans. The second day is for team building and a planning workshop. Please suggest timings, keep breaks "
    "reasonable, and add a note on what each session should produce. We have about twenty people, a mix of "
    "engineers, designers and product managers, and the venue has one large room and two smaller ones. Keep "
    "the tone friendly and practical, and point out anything we might have forgotten, such as dietary needs, "
    "travel time, or a fallback if the weather turns and the outdoor activities have to move inside. Thanks!"
)


def request_body() -> bytes:
    return json.dumps({"model": "stand-in", "max_tokens": 512, "messages": [{"role": "user", "content": PROSE[:1000]}]}).encode()


# --- the load generator, run in its own process -------------------------------------------------

async def _fixed_rate(url: str, rate: float, seconds: float) -> list[float]:
    import httpx

    body = request_body()
    latencies: list[float] = []
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=64, max_keepalive_connections=64), timeout=10) as client:
        async def one():
            started = time.perf_counter()
            response = await client.post(url, content=body, headers={"content-type": "application/json"})
            response.raise_for_status()
            latencies.append(time.perf_counter() - started)

        tasks = []
        start = time.perf_counter()
        for i in range(int(rate * seconds)):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one()))
        await asyncio.gather(*tasks)
    return latencies


async def _throughput(url: str, seconds: float, concurrency: int = 16) -> float:
    import httpx

    body = request_body()
    done = 0
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=concurrency), timeout=10) as client:
        end = time.perf_counter() + seconds

        async def worker():
            nonlocal done
            while time.perf_counter() < end:
                (await client.post(url, content=body, headers={"content-type": "application/json"})).raise_for_status()
                done += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return done / (time.perf_counter() - started)


def _load_main(argv: list[str]) -> int:
    mode, url, *rest = argv
    if mode == "rate":
        result = asyncio.run(_fixed_rate(url, float(rest[0]), float(rest[1])))
    else:
        result = asyncio.run(_throughput(url, float(rest[0])))
    print(json.dumps(result))
    return 0


def _load(*args) -> object:
    out = subprocess.run([sys.executable, "-m", "benchmarks.middleware_overhead", "--load", *map(str, args)],
                         cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if out.returncode:  # say why: the load generator's own error, not just its exit status
        raise SystemExit(f"the load generator ({' '.join(map(str, args))}) failed; rerun `make bench`. Its error:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout)


# --- the servers -------------------------------------------------------------------------------------

class Server:
    def __init__(self, guarded: bool) -> None:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "GUARDRAILS": "on" if guarded else "off", "CHAT_APP_PAD": "1000"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "examples.chat_app:app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "warning", "--no-access-log"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}/v1/messages"

    def wait(self) -> None:
        import httpx

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.post(self.url, content=request_body(), headers={"content-type": "application/json"}, timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--load":
        return _load_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="OUT")
    parser.add_argument("--rate", type=float, default=100.0, help="requests per second in the latency phase")
    parser.add_argument("--seconds", type=float, default=8.0, help="length of each latency round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    servers = {"bare": Server(guarded=False), "guarded": Server(guarded=True)}
    try:
        for server in servers.values():
            server.wait()
        for server in servers.values():  # warm both
            _load("rate", server.url, 50, 2)
        latencies = {name: [] for name in servers}
        cpu = {name: 0.0 for name in servers}
        for round_ in range(args.rounds):
            for name, server in (servers.items() if round_ % 2 == 0 else reversed(list(servers.items()))):
                print(f"  round {round_ + 1}: {name}", file=sys.stderr, flush=True)
                before = server.cpu_seconds()
                latencies[name] += _load("rate", server.url, args.rate, args.seconds)
                cpu[name] += server.cpu_seconds() - before
        throughput = {}
        for name, server in servers.items():
            print(f"  throughput: {name}", file=sys.stderr, flush=True)
            throughput[name] = _load("throughput", server.url, 6)
    finally:
        for server in servers.values():
            server.stop()
    results = {
        name: {
            "requests": len(values),
            "p50_ms": statistics.median(values) * 1e3,
            "p99_ms": quantile(values, 0.99) * 1e3,
            "cpu_ms_per_request": cpu[name] / len(values) * 1e3,
            "throughput_rps": throughput[name],
        }
        for name, values in latencies.items()
    }
    bare, guarded = results["bare"], results["guarded"]
    results["added"] = {
        "p50_ms": guarded["p50_ms"] - bare["p50_ms"],
        "p99_ms": guarded["p99_ms"] - bare["p99_ms"],
        "cpu_ms_per_request": guarded["cpu_ms_per_request"] - bare["cpu_ms_per_request"],
        "throughput_ratio": guarded["throughput_rps"] / bare["throughput_rps"],
    }
    print(f"\nMiddleware overhead: ~1 KB requests and responses at {args.rate:.0f}/s, uvicorn, loopback")
    print(f"{'app':10s} {'requests':>9s} {'p50 ms':>8s} {'p99 ms':>8s} {'CPU ms/req':>11s} {'max req/s':>10s}")
    for name in ("bare", "guarded"):
        r = results[name]
        print(f"{name:10s} {r['requests']:9d} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['cpu_ms_per_request']:11.2f} {r['throughput_rps']:10.0f}")
    a = results["added"]
    print(f"{'added':10s} {'':9s} {a['p50_ms']:8.2f} {a['p99_ms']:8.2f} {a['cpu_ms_per_request']:11.2f} {a['throughput_ratio']:9.2f}x")
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
