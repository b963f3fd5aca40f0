"""LLM-as-judge with the real anthropic SDK against a local fake Messages API."""

from __future__ import annotations

import asyncio
import json
import socket

import fake_anthropic
import pytest
import redis

from evaluators.judge import (
    Criterion,
    Judge,
    JudgeClient,
    JudgeError,
    PairwiseJudge,
    default_judges,
    parse_verdict,
)
from evaluators.keys import Keys
from evaluators.queue import Producer
from evaluators.worker import Worker, status


@pytest.fixture(scope="module")
def api():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with fake_anthropic.Serving(port) as serving:
        yield serving.url


@pytest.fixture
def client(api, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", api)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    fake_anthropic.seen.clear()
    return JudgeClient(model="claude-haiku-4-5", concurrency=4)


HELPFUL = Criterion("helpfulness", "Does it help?")


def run(coroutine):
    return asyncio.run(coroutine)


def test_binary_verdicts_with_critique_and_cost(client):
    judge = Judge(HELPFUL, client)
    good = run(judge.evaluate({"prompt": "capital of France?", "response": "Paris."}))
    empty = run(judge.evaluate({"prompt": "capital of France?", "response": ""}))
    assert good.passed is True and good.detail == "answers the question" and good.cost_usd > 0
    assert empty.passed is False and empty.error == ""
    assert client.tokens["input"] > 0 and client.tokens["output"] == 40


def test_results_are_cached_by_model_prompt_and_version(client):
    judge = Judge(HELPFUL, client)
    run(judge.evaluate({"prompt": "p", "response": "cached answer"}))
    calls = client.calls
    again = run(judge.evaluate({"prompt": "p", "response": "cached answer"}))
    assert client.calls == calls and again.passed is True and again.cost_usd == 0


@pytest.mark.parametrize("marker", ["[429]", "[529]"])
def test_rate_limits_and_overload_are_retried(client, marker):
    result = run(Judge(HELPFUL, client).evaluate({"prompt": f"q {marker}", "response": "a"}))
    assert result.passed is True and client.retries >= 1


def test_a_reply_that_is_not_json_gets_one_repair(client):
    result = run(Judge(HELPFUL, client).evaluate({"prompt": "q [nonjson]", "response": "a"}))
    assert result.passed is True and result.error == ""


@pytest.mark.parametrize("marker", ["[truncated]", "[garbage]"])
def test_malformed_judge_reply_is_an_error_never_a_pass(client, marker):
    result = run(Judge(HELPFUL, client).evaluate({"prompt": f"q {marker}", "response": "a"}))
    assert result.passed is None and "judge reply" in result.error


def test_parse_verdict_is_strict():
    assert parse_verdict('```json\n{"pass": false, "critique": "no"}\n```') == (False, "no")
    for bad in ('{"pass": "yes"}', "[true]", '{"pass": true} trailing', ""):
        with pytest.raises(JudgeError):
            parse_verdict(bad)


def test_repeated_sampling_takes_the_majority(client):
    result = run(Judge(HELPFUL, client, samples=3).evaluate({"prompt": "q", "response": "an answer"}))
    assert result.passed is True and result.score == 1.0


def test_pairwise_in_both_orders(client):
    judge = PairwiseJudge(client)
    better = run(judge.evaluate({"prompt": "q", "baseline_response": "short", "response": "a much longer answer"}))
    worse = run(judge.evaluate({"prompt": "q", "baseline_response": "a much longer answer", "response": "short"}))
    tie = run(judge.evaluate({"prompt": "q", "baseline_response": "same", "response": "same"}))
    assert (better.score, worse.score, tie.score) == (1.0, -1.0, 0.0)
    assert "no baseline_response" in run(judge.evaluate({"prompt": "q", "response": "x"})).error


def test_worker_with_judges_end_to_end(client, redis_url):
    store = redis.Redis.from_url(redis_url, decode_responses=True)
    store.flushdb()
    producer = Producer(redis_url, default_rate=1.0)
    for i, answer in enumerate(["Paris.", "", "Berlin.", "ok [garbage]"]):
        producer.enqueue({"id": f"j{i}", "variant": "candidate", "prompt": f"question {i}", "response": answer})
    producer.close()

    async def work():
        stop = asyncio.Event()
        worker = Worker(redis_url, default_judges(client), claim_idle_ms=5000)
        task = asyncio.create_task(worker.run(stop))
        while int(store.hget(Keys().stats, "processed") or 0) < 4:
            await asyncio.sleep(0.05)
        stop.set()
        await task

    asyncio.run(asyncio.wait_for(work(), 30))
    report = asyncio.run(status(redis_url))
    helpfulness = report["evaluators"]["judge:helpfulness"]
    assert helpfulness["pass"] == 2 and helpfulness["fail"] == 1 and helpfulness["error"] == 1
    aggregates = [store.hgetall(k) for k in store.scan_iter(f"{Keys().prefix}:agg:candidate:*")]
    assert float(aggregates[0]["judge_cost_usd"]) > 0
    stored = json.loads(store.hget(Keys().result("j3"), next(f for f in store.hkeys(Keys().result("j3")) if f.startswith("judge:helpfulness"))))
    assert stored["passed"] is None and stored["error"]


def test_slow_replies_run_concurrently_within_the_limit(api, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", api)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")

    async def timed(concurrency: int) -> float:
        judge = Judge(HELPFUL, JudgeClient(concurrency=concurrency))
        started = asyncio.get_running_loop().time()
        await asyncio.gather(*(judge.evaluate({"prompt": f"[slow] q{concurrency}-{i}", "response": "a"}) for i in range(4)))
        return asyncio.get_running_loop().time() - started

    assert run(timed(4)) < 0.9  # four 0.3 s replies side by side
    assert run(timed(1)) >= 1.2  # one at a time
