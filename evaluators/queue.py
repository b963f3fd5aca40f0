"""The producer: samples into a Redis Stream without ever blocking the request path.

``enqueue`` appends to a bounded in-memory buffer and returns (a few microseconds); a
background thread sends the buffer in pipelined batches (``XADD ... MAXLEN ~`` sized for
the backlog we tolerate). When the buffer is full or Redis is unreachable, samples are
dropped and counted, never waited for; the thread reconnects by itself and writes the
counts to Redis once it can, so ``evaluators status`` adds them up across replicas.

Sampling is decided by a hash of a key (a conversation or request id), so every replica
makes the same decision for the same key.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import uuid
from collections import deque
from collections.abc import Mapping
from typing import Any

import redis

from evaluators import metrics
from evaluators.keys import Keys, connect

log = logging.getLogger("evaluators")
_NO_COUNTS = {"enqueued": 0, "dropped": 0}  # what a producer has yet to add to the shared counters


class _Redactor:
    """Replaces PII in a sample's prompt and response with typed placeholders."""

    def __init__(self) -> None:
        from guardrails.checks.pii import PiiCheck

        self.check = PiiCheck()

    def __call__(self, record: dict) -> dict:
        from guardrails.engine import redact

        out = dict(record)
        for field in ("prompt", "response"):
            if isinstance(out.get(field), str):
                out[field] = redact(out[field], self.check.run(out[field]))
        return out


def sampled(key: str, rate: float) -> bool:
    """Deterministic sampling: the same key gets the same answer on every replica."""
    if rate >= 1:
        return True
    if rate <= 0:
        return False
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64 < rate


class Producer:
    """Puts samples on the stream. ``enqueue`` never blocks; ``close`` sends what is left."""

    def __init__(
        self,
        url: str,
        *,
        keys: Keys = Keys(),
        buffer: int = 10_000,
        batch: int = 500,
        max_stream_length: int = 100_000,
        rates: Mapping[str, float] | None = None,
        default_rate: float = 0.1,
        redact: bool = False,
    ) -> None:
        self.url = url
        self.keys = keys
        self.batch = batch
        self.max_stream_length = max_stream_length
        self.rates = dict(rates or {})
        self.default_rate = default_rate
        self._buffer: deque[dict] = deque()
        self._redactor = _Redactor() if redact else None  # PII removed before a sample leaves the process
        self._capacity = buffer
        self._wake = threading.Event()
        self._stopping = False
        self._lock = threading.Lock()
        self.attempted = 0  # samples offered to enqueue after sampling
        self.sent = 0
        self.dropped = 0
        self._unreported = dict(_NO_COUNTS)
        self._client: redis.Redis | None = None
        self._thread = threading.Thread(target=self._run, name="evaluators-producer", daemon=True)
        self._thread.start()

    # --- the request path: cheap, never blocking ------------------------------------------------

    def offer(self, sample: Mapping[str, Any], key: str | None = None) -> bool:
        """Enqueue ``sample`` if its route's rate samples it; True if it was queued."""
        rate = self.rates.get(str(sample.get("route", "")), self.default_rate)
        if not sampled(key or str(sample.get("id", "")), rate):
            return False
        return self.enqueue(sample)

    def enqueue(self, sample: Mapping[str, Any]) -> bool:
        """Queue one sample (it gets an ``id`` if it has none); False if it was dropped."""
        record = dict(sample)
        record.setdefault("id", uuid.uuid4().hex)
        record.setdefault("enqueued_at", time.time())
        self.attempted += 1
        if len(self._buffer) >= self._capacity:
            self._drop(1)
            return False
        self._buffer.append(record)
        if len(self._buffer) >= self.batch:
            self._wake.set()
        return True

    def on_sample(self, exchange, decision) -> None:
        """The middleware's sampling hook: ``GuardrailsMiddleware(app, on_sample=producer.on_sample)``."""
        from guardrails.payloads import request_fields, response_fields

        prompt = [f.text for f in request_fields(exchange.request_body) if f.role == "user"]
        response = [f.text for f in response_fields(exchange.response_body)] or [exchange.response_text]
        sample = {
            "id": decision.id if decision is not None else uuid.uuid4().hex,
            "variant": exchange.variant,
            "route": exchange.route,
            "prompt": prompt[-1] if prompt else "",
            "response": "".join(response),
            "status": exchange.status,
            "latency_seconds": exchange.latency_seconds,
            "usage": exchange.usage,
            "streamed": exchange.streamed,
            "decision": None if decision is None else {
                "action": decision.action,
                "findings": sorted({f"{f.check}:{f.type}" for f in decision.findings}),
            },
        }
        self.offer(sample, key=sample["id"])

    # --- the background thread -------------------------------------------------------------------

    def _run(self) -> None:
        backoff = 0.05
        while True:
            self._wake.wait(0.05)
            self._wake.clear()
            while self._buffer:
                batch = [self._buffer.popleft() for _ in range(min(self.batch, len(self._buffer)))]
                try:
                    self._send(batch)
                    backoff = 0.05
                except redis.RedisError as exc:
                    self._drop(len(batch))
                    log.warning("evaluators: Redis unreachable, dropped %d samples (%s); retrying", len(batch), exc)
                    self._client = None
                    time.sleep(backoff)
                    backoff = min(backoff * 2, 2.0)
            if self._stopping and not self._buffer:
                self._flush_counts()
                return

    def _connect(self) -> redis.Redis:
        if self._client is None:
            self._client = connect(self.url, socket_timeout=1, socket_connect_timeout=1)
        return self._client

    def _send(self, batch: list[dict]) -> None:
        client = self._connect()
        pipe = client.pipeline(transaction=False)
        for record in batch:
            if self._redactor is not None:
                record = self._redactor(record)
            payload = json.dumps(record, separators=(",", ":"), default=str)
            pipe.xadd(self.keys.stream, {"sample": payload}, maxlen=self.max_stream_length, approximate=True)
        counts = self._take_counts()
        counts["enqueued"] += len(batch)
        self._add_counts(pipe, counts)
        try:
            pipe.execute()
        except redis.RedisError:
            with self._lock:  # the counts did not reach Redis: keep them for next time
                self._unreported["dropped"] += counts["dropped"]
                self._unreported["enqueued"] += counts["enqueued"] - len(batch)
            raise
        self.sent += len(batch)
        metrics.SAMPLES.labels("sent").inc(len(batch))

    def _drop(self, count: int) -> None:
        metrics.SAMPLES.labels("dropped").inc(count)
        with self._lock:
            self.dropped += count
            self._unreported["dropped"] += count

    def _take_counts(self) -> dict[str, int]:
        with self._lock:
            counts, self._unreported = self._unreported, dict(_NO_COUNTS)
        return counts

    def _add_counts(self, pipe, counts: Mapping[str, int]) -> None:
        for name, value in counts.items():
            if value:
                pipe.hincrby(self.keys.stats, name, value)

    def _flush_counts(self) -> None:
        counts = self._take_counts()
        if not any(counts.values()):
            return
        try:
            pipe = self._connect().pipeline(transaction=False)
            self._add_counts(pipe, counts)
            pipe.execute()
        except redis.RedisError:
            log.warning("evaluators: could not record %s before closing", counts)

    def close(self, timeout: float = 5.0) -> None:
        """Send what is buffered (or count it as dropped) and stop the thread."""
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout)
