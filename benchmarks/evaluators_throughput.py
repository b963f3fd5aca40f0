"""The async lane's costs and rates, against a private local redis-server.

    python -m benchmarks.evaluators_throughput [--json OUT] [--samples 50000]

- enqueue: what ``Producer.enqueue`` costs on the request path (p50/p99 µs);
- producer: samples per second into Redis (pipelined XADD batches);
- worker: deterministic evaluations per second in one worker process;
- judge: verdicts per second against the local fake Messages API answering in 300 ms,
  next to the ceiling ``concurrency / latency``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import sys
import time
from pathlib import Path

import redis

from evaluators.checks import AllowedLabels, JsonSchema, Length, Regex
from benchmarks.reference import quantile, write_json
from evaluators.keys import Keys
from evaluators.queue import Producer
from evaluators.redis_server import RedisServer
from evaluators.worker import Worker

SAMPLE = {
    "variant": "candidate", "route": "/v1/messages", "prompt": "Summarise the meeting notes in three bullet points.",
    "response": '{"label": "ok", "bullets": ["budget approved", "hiring paused", "offsite in May"]}',
    "latency_seconds": 0.84, "usage": {"input_tokens": 412, "output_tokens": 58}, "decision": {"action": "allow", "findings": []},
}
EVALUATORS = [Length(), Regex(must=(r"bullets",), must_not=(r"(?i)as an ai",)), AllowedLabels(("ok", "spam")),
              JsonSchema({"type": "object", "required": ["label", "bullets"]})]


def enqueue_and_produce(url: str, n: int) -> dict:
    producer = Producer(url, default_rate=1.0, buffer=n + 1, batch=1000)
    costs = []
    started = time.perf_counter()
    for i in range(n):
        sample = dict(SAMPLE, id=f"s{i}")
        t0 = time.perf_counter()
        producer.enqueue(sample)
        costs.append(time.perf_counter() - t0)
    while producer.sent + producer.dropped < n:
        time.sleep(0.005)
    elapsed = time.perf_counter() - started
    producer.close()
    return {
        "enqueue_p50_us": statistics.median(costs) * 1e6,
        "enqueue_p99_us": quantile(costs, 0.99) * 1e6,
        "producer_samples_per_s": producer.sent / elapsed,
        "dropped": producer.dropped,
    }


def paced_enqueue(url: str, rate: float = 5000, seconds: float = 4) -> dict:
    """Enqueue cost when samples arrive at a steady request rate (the usual case), with the
    producer thread sending meanwhile."""
    producer = Producer(url, default_rate=1.0, batch=200)
    costs = []
    start = time.perf_counter()
    for i in range(int(rate * seconds)):
        while time.perf_counter() < start + i / rate:
            pass
        sample = dict(SAMPLE, id=f"p{i}")
        t0 = time.perf_counter()
        producer.enqueue(sample)
        costs.append(time.perf_counter() - t0)
    producer.close()
    return {"paced_rate": rate, "paced_enqueue_p50_us": statistics.median(costs) * 1e6,
            "paced_enqueue_p99_us": quantile(costs, 0.99) * 1e6}


def work(url: str, n: int) -> dict:
    client = redis.Redis.from_url(url, decode_responses=True)

    async def run() -> float:
        stop = asyncio.Event()
        worker = Worker(url, EVALUATORS, concurrency=32, batch=200)
        started = time.perf_counter()
        task = asyncio.create_task(worker.run(stop))
        while int(client.hget(Keys().stats, "processed") or 0) < n:
            await asyncio.sleep(0.01)
        elapsed = time.perf_counter() - started
        stop.set()
        await task
        return elapsed

    elapsed = asyncio.run(run())
    return {"worker_samples_per_s": n / elapsed, "worker_evaluations_per_s": n * len(EVALUATORS) / elapsed}


def judge(calls: int = 160, concurrency: int = 16, latency: float = 0.3) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import fake_anthropic

    from evaluators.judge import Criterion, Judge, JudgeClient

    fake_anthropic.LATENCY = latency
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with fake_anthropic.Serving(port) as serving:
        os.environ["ANTHROPIC_BASE_URL"] = serving.url
        os.environ.setdefault("ANTHROPIC_API_KEY", "benchmark")

        async def run() -> float:
            client = JudgeClient(concurrency=concurrency)
            judge = Judge(Criterion("helpfulness", "Does it help?"), client)
            started = time.perf_counter()
            await asyncio.gather(*(judge.evaluate({"prompt": f"question {i}", "response": "answer"}) for i in range(calls)))
            return time.perf_counter() - started

        elapsed = asyncio.run(run())
    ceiling = concurrency / latency
    return {"judge_verdicts_per_s": calls / elapsed, "judge_ceiling_per_s": ceiling, "judge_share_of_ceiling": calls / elapsed / ceiling}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="OUT")
    parser.add_argument("--samples", type=int, default=50_000)
    args = parser.parse_args(argv)
    with RedisServer() as url:
        print("  enqueue and producer...", file=sys.stderr, flush=True)
        results = enqueue_and_produce(url, args.samples)
        results |= paced_enqueue(url)
        print("  worker...", file=sys.stderr, flush=True)
        results |= work(url, args.samples)
    print("  judge against the fake API (300 ms)...", file=sys.stderr, flush=True)
    results |= judge()
    print("\nAsync lane (local redis-server, one process each)")
    print(f"  enqueue, {results['paced_rate']:,.0f} samples/s   p50 {results['paced_enqueue_p50_us']:.1f} µs, "
          f"p99 {results['paced_enqueue_p99_us']:.1f} µs  (bar: p99 < 50 µs)")
    print(f"  enqueue, tight loop           p50 {results['enqueue_p50_us']:.1f} µs, p99 {results['enqueue_p99_us']:.1f} µs  "
          "(worst case: the producer thread is busy all the time)")
    print(f"  producer into Redis           {results['producer_samples_per_s']:,.0f} samples/s  (bar: >= 10,000)")
    print(f"  worker, {len(EVALUATORS)} deterministic checks  {results['worker_evaluations_per_s']:,.0f} evaluations/s "
          f"({results['worker_samples_per_s']:,.0f} samples/s)  (bar: >= 3,000)")
    print(f"  judge, 16 at a time, 300 ms   {results['judge_verdicts_per_s']:.1f} verdicts/s = "
          f"{results['judge_share_of_ceiling']:.0%} of {results['judge_ceiling_per_s']:.1f}  (bar: >= 80%)")
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
