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
