"""The async lane against a real Redis: nothing is lost silently, even when things break."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from evaluators.checks import AllowedLabels, JsonSchema, Length, Regex, evaluate_all
from evaluators.cli import worker_limits
from evaluators.keys import Keys
from evaluators.queue import Producer, sampled
from evaluators.redis_server import RedisServer
from evaluators.worker import Worker, status

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server():
    """A redis-server of this test's own, which it may stop and start again (persisted)."""
    s = RedisServer(persist=True)
    s.start()
    yield s
    s.__exit__(None, None, None)


def _drained(client) -> bool:
    """The group has read every entry and acknowledged it."""
    groups = client.xinfo_groups(Keys().stream) if client.exists(Keys().stream) else []
    return bool(groups) and groups[0]["pending"] == 0 and groups[0]["lag"] == 0


def _samples(n: int, prefix: str = "s") -> list[dict]:
    return [{"id": f"{prefix}{i}", "variant": "candidate" if i % 2 else "baseline", "prompt": "q",
             "response": "" if i % 5 == 0 else f"answer {i}"} for i in range(n)]


async def _work_until(url: str, done, evaluators=None, **kwargs) -> None:
    stop = asyncio.Event()
    worker = Worker(url, evaluators or [Length()], **kwargs)
    task = asyncio.create_task(worker.run(stop))
    deadline = time.monotonic() + 30
    while not await done() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    stop.set()
    await task


def test_sampling_is_deterministic_and_near_its_rate():
    picks = [sampled(f"conversation-{i}", 0.1) for i in range(20_000)]
    assert picks == [sampled(f"conversation-{i}", 0.1) for i in range(20_000)]
    assert 0.09 < sum(picks) / len(picks) < 0.11
    assert sampled("x", 1.0) and not sampled("x", 0.0)


def test_deterministic_evaluators():
    sample = {"response": '{"label": "spam"}'}
    results = asyncio.run(evaluate_all([JsonSchema({"type": "object", "required": ["label"]}), Regex(must=(r"spam",), must_not=(r"ham",)),
                            AllowedLabels(("spam", "ham")), Length(max_chars=5)], sample))
    assert [r.passed for r in results] == [True, True, False, False]

    class Broken:
        name, version = "broken", "1"

        def evaluate(self, sample):
            raise RuntimeError("bug")

    [broken] = asyncio.run(evaluate_all([Broken()], sample))
    assert broken.passed is None and "RuntimeError" in broken.error  # an error is never a pass


def test_produce_score_and_report(server):
    producer = Producer(server.url, default_rate=1.0)
    for sample in _samples(40):
        assert producer.offer(sample)
    producer.close()
    client = redis.Redis.from_url(server.url, decode_responses=True)

    async def done():
        return int(client.hget(Keys().stats, "processed") or 0) >= 40

    asyncio.run(_work_until(server.url, done))
    report = asyncio.run(status(server.url))
    assert report["enqueued"] == 40 and report["processed"] == 40 and report["pending"] == 0
    assert report["evaluators"]["length"] == {"pass": 32, "fail": 8, "pass_rate": 0.8}
    result = json.loads(client.hget(Keys().result("s1"), "length@1"))
    assert result["passed"] is True


def test_redelivery_does_not_count_twice(server):
    producer = Producer(server.url, default_rate=1.0)
    producer.enqueue({"id": "dup", "variant": "baseline", "response": "x"})
    producer.enqueue({"id": "dup", "variant": "baseline", "response": "x"})  # the same sample twice
    producer.close()
    client = redis.Redis.from_url(server.url, decode_responses=True)

    async def done():
        return _drained(client)

    asyncio.run(_work_until(server.url, done))
    assert int(client.hget(Keys().stats, "processed")) == 1


def test_poison_sample_ends_in_the_dlq_after_n_deliveries(server):
    client = redis.Redis.from_url(server.url, decode_responses=True)
    keys = Keys()
    client.xadd(keys.stream, {"sample": "{this is not json"})
    client.xadd(keys.stream, {"sample": json.dumps({"id": "ok", "variant": "baseline", "response": "fine"})})

    async def done():
        return client.xlen(keys.dlq) == 1 and int(client.hget(keys.stats, "processed") or 0) == 1

    asyncio.run(_work_until(server.url, done, max_deliveries=3, claim_idle_ms=100))
    [(_, dead)] = client.xrange(keys.dlq)
    assert dead["deliveries"] == "3" and "JSONDecodeError" in dead["error"]
    report = asyncio.run(status(server.url))
    assert report["dead_lettered"] == 1 and report["failed"] == 3 and report["pending"] == 0


WORKER = """
import asyncio, sys, time
from evaluators.checks import Length, Result
from evaluators.worker import Worker

class Slow(Length):
    def evaluate(self, sample):
        time.sleep(0.05)
        return super().evaluate(sample)

stop = asyncio.Event()
asyncio.run(Worker(sys.argv[1], [Slow()], consumer=sys.argv[2], concurrency=4, batch=20, claim_idle_ms=int(sys.argv[3])).run(stop))
"""


def test_worker_killed_mid_batch_loses_nothing(server):
    producer = Producer(server.url, default_rate=1.0)
    for sample in _samples(200):
        producer.enqueue(sample)
    producer.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    victim = subprocess.Popen([sys.executable, "-c", WORKER, server.url, "victim", "1000"], env=env)
    client = redis.Redis.from_url(server.url, decode_responses=True)
    deadline = time.monotonic() + 30
    while int(client.hget(Keys().stats, "processed") or 0) < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert int(client.hget(Keys().stats, "processed") or 0) < 200  # it died with work in hand

    async def done():
        return int(client.hget(Keys().stats, "processed") or 0) >= 200 and client.xinfo_groups(Keys().stream)[0]["pending"] == 0

    asyncio.run(_work_until(server.url, done, consumer="rescuer", claim_idle_ms=1000))
    report = asyncio.run(status(server.url))
    assert report["processed"] == 200 and report["pending"] == 0 and report["dead_lettered"] == 0


def test_unreachable_redis_never_blocks_and_counts_drops():
    producer = Producer(f"redis://127.0.0.1:{_free_port()}/0", default_rate=1.0)
    started = time.perf_counter()
    for sample in _samples(500):
        producer.enqueue(sample)
    assert time.perf_counter() - started < 0.5  # the request path never waited for Redis
    producer.close(timeout=10)
    assert producer.dropped == 500 and producer.sent == 0


def test_redis_restart_mid_run_every_sample_accounted_for(server):
    producer = Producer(server.url, default_rate=1.0, batch=20)
    attempts = 0
    for sample in _samples(300, "a"):
        producer.enqueue(sample)
        attempts += 1
    time.sleep(0.5)
    server.stop()
    for sample in _samples(300, "b"):  # Redis is down: these are dropped and counted
        producer.enqueue(sample)
        attempts += 1
    time.sleep(0.5)
    server.start()
    time.sleep(0.3)
    for sample in _samples(300, "c"):
        producer.enqueue(sample)
        attempts += 1
    producer.close(timeout=15)
    assert producer.sent + producer.dropped == attempts and producer.dropped > 0
    client = redis.Redis.from_url(server.url, decode_responses=True)

    async def done():
        stats = client.hgetall(Keys().stats)
        return int(stats.get("processed", 0)) + int(stats.get("dead_lettered", 0)) >= int(stats.get("enqueued", 0))

    asyncio.run(_work_until(server.url, done))
    command = subprocess.run([sys.executable, "-m", "evaluators.cli", "status", "--json"], capture_output=True, text=True,
                             env={**os.environ, "REDIS_URL": server.url, "PYTHONPATH": str(ROOT)})
    report = json.loads(command.stdout)  # what an operator sees
    assert report["processed"] + report["dead_lettered"] + report["dropped"] == attempts
    assert report["dropped"] == producer.dropped and report["pending"] == 0 and report["lag"] == 0


def test_enqueue_and_status_commands(server, tmp_path):
    path = tmp_path / "samples.jsonl"
    path.write_text("\n".join(json.dumps(s) for s in _samples(5)) + "\n{broken\n")
    env = {**os.environ, "REDIS_URL": server.url, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "evaluators.cli", "enqueue", str(path)], env=env, capture_output=True, text=True)
    assert result.returncode == 1 and "enqueued 5 samples, skipped 1 bad lines" in result.stderr
    assert f"{path}:6:" in result.stderr
    report = json.loads(subprocess.run([sys.executable, "-m", "evaluators.cli", "status", "--json"], env=env,
                                       capture_output=True, text=True).stdout)
    assert {"enqueued", "processed", "failed", "dead_lettered", "dropped", "pending", "lag"} <= report.keys()
    assert report["enqueued"] == 5 and report["lag"] == 5


def test_middleware_samples_flow_to_the_stream_with_pii_redacted(server):
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from guardrails import GuardrailsMiddleware, Policy

    producer = Producer(server.url, default_rate=1.0, redact=True)

    async def chat(request):
        request.state.variant = "candidate"
        body = await request.json()
        return JSONResponse({"content": [{"type": "text", "text": "noted, I will mail bo@example.com"}],
                             "usage": {"input_tokens": 9, "output_tokens": 6}, "echo": body})

    app = Starlette(routes=[Route("/chat", chat, methods=["POST"])])
    policy = Policy.from_dict({"pii": {"action": "flag", "entity_actions": {}}, "http": {"response": False}})
    app.add_middleware(GuardrailsMiddleware, policy=policy, on_sample=producer.on_sample)
    TestClient(app).post("/chat", json={"messages": [{"role": "user", "content": "call me at (212) 555-0199"}]})
    producer.close()
    [(_, fields)] = redis.Redis.from_url(server.url, decode_responses=True).xrange(Keys().stream)
    sample = json.loads(fields["sample"])
    assert sample["variant"] == "candidate" and sample["route"] == "*" and sample["status"] == 200
    assert sample["prompt"] == "call me at <PHONE_NUMBER>" and sample["response"] == "noted, I will mail <EMAIL_ADDRESS>"
    assert sample["usage"] == {"input_tokens": 9, "output_tokens": 6}
    assert sample["decision"]["action"] == "flag" and "pii:PHONE_NUMBER" in sample["decision"]["findings"]


def test_metrics_count_the_lane(server):
    from prometheus_client import CollectorRegistry, generate_latest

    from evaluators.metrics import BacklogCollector

    producer = Producer(server.url, default_rate=1.0)
    for sample in _samples(10, "m"):
        producer.enqueue(sample)
    producer.close()
    client = redis.Redis.from_url(server.url, decode_responses=True)

    async def done():
        return _drained(client)

    asyncio.run(_work_until(server.url, done))
    registry = CollectorRegistry()
    registry.register(BacklogCollector(server.url))
    backlog = generate_latest(registry).decode()
    assert 'evaluators_backlog{state="stream"} 10.0' in backlog and 'evaluators_backlog{state="pending"} 0.0' in backlog
    text = generate_latest().decode()
    assert 'evaluators_results_total{evaluator="length",outcome="pass"}' in text
    assert "evaluators_processing_seconds_bucket" in text and 'evaluators_samples_total{outcome="sent"}' in text


def test_pii_leak_evaluator():
    from evaluators.checks import PiiLeak

    leak = PiiLeak()
    assert leak.evaluate({"response": "Sure, write to jane@example.com"}).detail == "EMAIL_ADDRESS"
    assert leak.evaluate({"response": "Sure, see https://example.com on 2024-01-02"}).passed is True
    import spacy

    if any(spacy.util.is_package(m) for m in ("en_core_web_lg", "en_core_web_md", "en_core_web_sm")):
        assert "PERSON" in PiiLeak(ner=True).evaluate({"response": "Ask Barack Obama."}).detail
    else:  # nothing is downloaded at run time: the error says what to install
        with pytest.raises(RuntimeError, match="pip install en_core_web_sm"):
            PiiLeak(ner=True)


def test_worker_flags_take_precedence_over_the_config_file():
    given = argparse.Namespace(concurrency=4, max_deliveries=None, claim_idle_ms=None)
    assert worker_limits(given, {"concurrency": 32, "max_deliveries": 5}) == {"concurrency": 4, "max_deliveries": 5}


def test_config_file_builds_evaluators_and_names_mistakes(tmp_path, monkeypatch):
    from evaluators.checks import PiiLeak
    from evaluators.config import ConfigError, load

    (tmp_path / "answer.json").write_text(json.dumps({"type": "object", "required": ["label"]}))
    good = tmp_path / "evaluators.yaml"
    good.write_text(
        "worker: {concurrency: 4, max_deliveries: 5}\n"
        "checks:\n"
        "  - {type: length, max_chars: 500}\n"
        "  - {type: regex, must: ['thanks'], must_not: ['(?i)as an ai']}\n"
        "  - {type: allowed_labels, labels: [spam, ham]}\n"
        "  - {type: json_schema, schema_file: answer.json}\n"
        "  - {type: pii_leak}\n"
    )
    config = load(good)
    assert [type(e) for e in config.evaluators] == [Length, Regex, AllowedLabels, JsonSchema, PiiLeak]
    assert config.worker == {"concurrency": 4, "max_deliveries": 5}
    bad = tmp_path / "bad.yaml"
    for text, where in [
        ("checks:\n  - {type: length}\n  - {type: regex, must: ['(']}\n", r"bad.yaml:3: checks\[1\].must\[0\]: not a valid regular expression"),
        ("checks:\n  - {type: sentiment}\n", r"bad.yaml:2: checks\[0\]: each check needs a type"),
        ("worker:\n  concurrency: lots\n", r"bad.yaml:2: worker.concurrency"),
    ]:
        bad.write_text(text)
        with pytest.raises(ConfigError, match=where):
            load(bad)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    bad.write_text("judge:\n  model: claude-haiku-4-5\n")
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY is not set"):
        load(bad)


def test_sigterm_finishes_the_batch_in_hand(server):
    producer = Producer(server.url, default_rate=1.0)
    for sample in _samples(300, "t"):
        producer.enqueue(sample)
    producer.close()
    env = {**os.environ, "REDIS_URL": server.url, "PYTHONPATH": str(ROOT)}
    env.pop("ANTHROPIC_API_KEY", None)
    worker = subprocess.Popen([sys.executable, "-m", "evaluators.cli", "worker"], env=env, stderr=subprocess.PIPE)
    client = redis.Redis.from_url(server.url, decode_responses=True)
    deadline = time.monotonic() + 30
    while int(client.hget(Keys().stats, "processed") or 0) == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=20) == 0
    assert client.xinfo_groups(Keys().stream)[0]["pending"] == 0  # nothing left half-done
