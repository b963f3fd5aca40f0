"""The Redis key layout of the async lane, in one place (the canary controller reads it).

Every key shares the hash tag ``{evals}`` (or the prefix's own tag), so the stream, its
dead-letter stream, results, counters and aggregates land in one Redis Cluster slot and
multi-key commands stay legal.

    {evals}:samples              stream of samples (field "sample": JSON)
    {evals}:dlq                  dead-lettered samples (fields "sample", "error", "deliveries")
    {evals}:stats                hash of counters: enqueued, dropped, processed, failed, dead_lettered
    {evals}:result:<sample id>   hash: "<evaluator>@<version>" -> JSON result
    {evals}:agg:<variant>:<bucket>   hash: count, "<evaluator>:pass", "<evaluator>:fail",
                                 "<evaluator>:error", "<evaluator>:score_sum", judge_cost_usd
                                 (bucket: the unix minute the sample was enqueued in)
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

BUCKET_SECONDS = 60


@dataclass(frozen=True)
class Keys:
    prefix: str = "{evals}"

    @property
    def stream(self) -> str:
        return f"{self.prefix}:samples"

    @property
    def dlq(self) -> str:
        return f"{self.prefix}:dlq"

    @property
    def stats(self) -> str:
        return f"{self.prefix}:stats"

    def result(self, sample_id: str) -> str:
        return f"{self.prefix}:result:{sample_id}"

    def aggregate(self, variant: str, timestamp: float) -> str:
        return f"{self.prefix}:agg:{variant}:{int(timestamp) // BUCKET_SECONDS * BUCKET_SECONDS}"


def connect(url: str, *, asynchronous: bool = False, **options):
    """A client for ``url``; ``?cluster=1`` in the URL means a Redis Cluster (the keys'
    shared hash tag keeps everything in one slot, so pipelines stay legal)."""
    import redis
    import redis.asyncio

    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    cluster = query.pop("cluster", "").lower() in ("1", "true", "yes")
    plain = urlunsplit(parts._replace(query=urlencode(query)))
    if cluster:
        return (redis.asyncio.RedisCluster if asynchronous else redis.RedisCluster).from_url(plain, **options)
    return (redis.asyncio.Redis if asynchronous else redis.Redis).from_url(plain, **options)
