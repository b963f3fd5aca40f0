"""Prometheus metrics of the async lane.

Counters and a histogram are updated where things happen (producer, worker, judge); the
stream's length, the group's lag and pending count and the dead-letter stream's size are
read from Redis when Prometheus scrapes, by :class:`BacklogCollector`.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram
from prometheus_client.core import GaugeMetricFamily

SAMPLES = Counter("evaluators_samples_total", "Samples offered to the producer, by outcome.", ["outcome"])  # sent, dropped
RESULTS = Counter("evaluators_results_total", "Evaluator results, by evaluator and outcome.", ["evaluator", "outcome"])
PROCESSING_SECONDS = Histogram(
    "evaluators_processing_seconds", "Time to score and store one sample.",
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60),
)
DEAD_LETTERED = Counter("evaluators_dead_lettered_total", "Samples moved to the dead-letter stream.")
JUDGE_RETRIES = Counter("evaluators_judge_retries_total", "Judge calls the SDK retried (429, 529, 5xx).")
JUDGE_TOKENS = Counter("evaluators_judge_tokens_total", "Judge tokens, by kind.", ["kind"])
JUDGE_COST = Counter("evaluators_judge_cost_usd_total", "Judge cost in US dollars, from usage and the price table.")


class BacklogCollector:
    """Stream length, group lag and pending, and dead-letter size, read at scrape time."""

    def __init__(self, url: str, keys=None, group: str = "evaluators") -> None:
        from evaluators.keys import Keys, connect

        self.client = connect(url, decode_responses=True, socket_timeout=1)
        self.keys = keys or Keys()
        self.group = group

    def collect(self):
        import redis

        backlog = GaugeMetricFamily("evaluators_backlog", "Samples in the stream, by state.", labels=["state"])
        try:
            backlog.add_metric(["stream"], self.client.xlen(self.keys.stream))
            backlog.add_metric(["dead_letter"], self.client.xlen(self.keys.dlq))
            for info in self.client.xinfo_groups(self.keys.stream) if self.client.exists(self.keys.stream) else []:
                if info["name"] == self.group:
                    backlog.add_metric(["pending"], info.get("pending", 0))
                    backlog.add_metric(["lag"], info.get("lag") or 0)
        except redis.RedisError:
            return  # Redis unreachable: no backlog numbers this scrape
        yield backlog
