"""The worker: reads samples from the stream in a consumer group and scores them.

Nothing is lost silently: a sample is acknowledged only after its results are stored; a
worker that dies leaves its samples pending, and another worker claims them once they
have been idle longer than the longest legitimate job (``claim_idle_ms``) while a live
worker keeps its own long jobs from looking idle; a sample delivered ``max_deliveries``
times without success is copied to the dead-letter stream with its last error, then
acknowledged. Results are keyed by (sample, evaluator, version), so a redelivered sample
does not count twice.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time
from collections.abc import Sequence
from typing import Any

from redis.exceptions import ResponseError

from evaluators import metrics
from evaluators.checks import Evaluator, evaluate_all
from evaluators.keys import Keys, connect

log = logging.getLogger("evaluators")


class Worker:
    def __init__(
        self,
        url: str,
        evaluators: Sequence[Evaluator],
        *,
        keys: Keys = Keys(),
        group: str = "evaluators",
        consumer: str | None = None,
        concurrency: int = 8,
        batch: int = 64,
        max_deliveries: int = 3,
        claim_idle_ms: int = 60_000,
        block_ms: int = 500,
    ) -> None:
        self.redis = connect(url, asynchronous=True, decode_responses=True)
        self.evaluators = list(evaluators)
        self.keys = keys
        self.group = group
        self.consumer = consumer or f"{socket.gethostname()}-{os.getpid()}"
        self.concurrency = concurrency
        self.batch = batch
        self.max_deliveries = max_deliveries
        self.claim_idle_ms = claim_idle_ms
        self.block_ms = block_ms
        self._in_flight: set[str] = set()

    async def run(self, stop: asyncio.Event) -> None:
        """Work until ``stop`` is set, then finish what is in hand and return."""
        await self._ensure_group()
        await self._process_batch(await self._read("0"))  # our own pending entries first
        keepalive = asyncio.create_task(self._keep_alive(stop))
        last_claim = 0.0
        try:
            while not stop.is_set():
                if time.monotonic() - last_claim > self.claim_idle_ms / 2000:
                    last_claim = time.monotonic()
                    await self._process_batch(await self._claim())
                await self._process_batch(await self._read(">"))
        finally:
            keepalive.cancel()
            await self.redis.aclose()

    async def _ensure_group(self) -> None:
        try:
            await self.redis.xgroup_create(self.keys.stream, self.group, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def _read(self, start: str) -> list[tuple[str, dict]]:
        reply = await self.redis.xreadgroup(
            self.group, self.consumer, {self.keys.stream: start}, count=self.batch, block=None if start == "0" else self.block_ms
        )
        return [entry for _, entries in reply or [] for entry in entries if entry[1] is not None]

    async def _claim(self) -> list[tuple[str, dict]]:
        """Entries of consumers that stopped answering (idle past ``claim_idle_ms``)."""
        reply = await self.redis.xautoclaim(
            self.keys.stream, self.group, self.consumer, min_idle_time=self.claim_idle_ms, start_id="0-0", count=self.batch
        )
        return [entry for entry in reply[1] if entry[1] is not None]

    async def _keep_alive(self, stop: asyncio.Event) -> None:
        """Reset the idle time of entries still being worked on, so nobody claims them."""
        while not stop.is_set():
            await asyncio.sleep(self.claim_idle_ms / 3000)
            if self._in_flight:
                await self.redis.xclaim(self.keys.stream, self.group, self.consumer, 0, list(self._in_flight), justid=True)

    async def _process_batch(self, entries: list[tuple[str, dict]]) -> None:
        if not entries:
            return
        deliveries = await self._deliveries([entry_id for entry_id, _ in entries])
        limit = asyncio.Semaphore(self.concurrency)

        async def one(entry_id: str, fields: dict) -> None:
            async with limit:
                await self._process(entry_id, fields, deliveries.get(entry_id, 1))

        await asyncio.gather(*(one(entry_id, fields) for entry_id, fields in entries))

    async def _deliveries(self, ids: list[str]) -> dict[str, int]:
        pending = await self.redis.xpending_range(
            self.keys.stream, self.group, min=min(ids), max=max(ids), count=len(ids) + 1000, consumername=self.consumer
        )
        return {p["message_id"]: p["times_delivered"] for p in pending}

    async def _process(self, entry_id: str, fields: dict, deliveries: int) -> None:
        self._in_flight.add(entry_id)
        started = time.perf_counter()
        try:
            try:
                sample = _sample(fields)
                results = await evaluate_all(self.evaluators, sample)
                await self._store(sample, results)
            except Exception as exc:  # recorded; the entry stays pending for another try
                await self.redis.hincrby(self.keys.stats, "failed", 1)
                log.warning("evaluators: sample %s failed (delivery %d): %s", entry_id, deliveries, exc)
                if deliveries >= self.max_deliveries:
                    await self._dead_letter(entry_id, fields, f"{type(exc).__name__}: {exc}", deliveries)
                return
            await self.redis.xack(self.keys.stream, self.group, entry_id)
            metrics.PROCESSING_SECONDS.observe(time.perf_counter() - started)
        finally:
            self._in_flight.discard(entry_id)

    async def _store(self, sample: dict[str, Any], results) -> None:
        """Results once per (sample, evaluator, version); aggregates only for new results."""
        key = self.keys.result(str(sample["id"]))
        pipe = self.redis.pipeline(transaction=False)
        for result in results:
            pipe.hsetnx(key, f"{result.evaluator}@{result.version}", json.dumps(result.as_dict()))
        pipe.hsetnx(key, "_sample", json.dumps({"variant": sample.get("variant"), "route": sample.get("route")}))
        fresh = await pipe.execute()
        aggregate = self.keys.aggregate(str(sample.get("variant", "baseline")), float(sample.get("enqueued_at", time.time())))
        pipe = self.redis.pipeline(transaction=False)
        for result, new in zip(results, fresh, strict=False):
            if not new:
                continue
            outcome = "error" if result.error else ("pass" if result.passed else "fail")
            metrics.RESULTS.labels(result.evaluator, outcome).inc()
            pipe.hincrby(aggregate, f"{result.evaluator}:{outcome}", 1)
            if result.score is not None:
                pipe.hincrbyfloat(aggregate, f"{result.evaluator}:score_sum", result.score)
            if result.cost_usd:
                pipe.hincrbyfloat(aggregate, "judge_cost_usd", result.cost_usd)
        if fresh[-1]:  # the sample itself is new
            pipe.hincrby(aggregate, "count", 1)
            pipe.hincrby(self.keys.stats, "processed", 1)
        await pipe.execute()

    async def _dead_letter(self, entry_id: str, fields: dict, error: str, deliveries: int) -> None:
        pipe = self.redis.pipeline(transaction=False)  # copy, then ack: at least once, and legal on a cluster
        pipe.xadd(self.keys.dlq, {"sample": fields.get("sample", ""), "id": entry_id, "error": error, "deliveries": deliveries})
        pipe.xack(self.keys.stream, self.group, entry_id)
        pipe.hincrby(self.keys.stats, "dead_lettered", 1)
        await pipe.execute()
        metrics.DEAD_LETTERED.inc()


def _sample(fields: dict) -> dict[str, Any]:
    """The sample of a stream entry; a malformed one raises (and ends in the DLQ)."""
    sample = json.loads(fields["sample"])
    if not isinstance(sample, dict) or "id" not in sample:
        raise ValueError("a sample is a JSON object with an id")
    return sample


async def status(url: str, keys: Keys = Keys(), group: str = "evaluators") -> dict[str, Any]:
    """Counters, backlog and per-evaluator pass rates, as ``evaluators status`` prints them."""
    client = connect(url, asynchronous=True, decode_responses=True)
    try:
        stats = {k: float(v) if "." in v else int(v) for k, v in (await client.hgetall(keys.stats)).items()}
        out: dict[str, Any] = {name: stats.get(name, 0) for name in ("enqueued", "processed", "failed", "dead_lettered", "dropped")}
        out["stream_length"] = await client.xlen(keys.stream)
        out["pending"], out["lag"] = 0, out["stream_length"]  # no group yet: nothing has been read
        try:
            for info in await client.xinfo_groups(keys.stream):
                if info["name"] == group:
                    out["pending"], out["lag"] = info.get("pending", 0), info.get("lag") or 0
        except ResponseError:
            pass  # no stream yet
        out["dlq_length"] = await client.xlen(keys.dlq)
        totals: dict[str, dict[str, int]] = {}
        async for key in client.scan_iter(match=f"{keys.prefix}:agg:*", count=500):
            for field, value in (await client.hgetall(key)).items():
                if ":" in field and not field.endswith(":score_sum"):
                    evaluator, outcome = field.rsplit(":", 1)
                    totals.setdefault(evaluator, {}).setdefault(outcome, 0)
                    totals[evaluator][outcome] += int(value)
        out["evaluators"] = {
            name: {**counts, "pass_rate": counts.get("pass", 0) / max(1, counts.get("pass", 0) + counts.get("fail", 0))}
            for name, counts in sorted(totals.items())
        }
        return out
    finally:
        await client.aclose()
