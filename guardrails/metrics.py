"""Prometheus metrics of the inline lane, and the ASGI app that serves them.

Names follow Prometheus conventions (``*_total``, ``*_seconds``, low-cardinality labels;
``route`` is the policy's route pattern, not the raw path). Under several uvicorn worker
processes set ``PROMETHEUS_MULTIPROC_DIR`` to an empty directory before start-up:
every process writes there and :func:`metrics_app` aggregates them.
"""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Histogram, make_asgi_app, multiprocess

from guardrails.policy import ACTIONS

DECISIONS = Counter(
    "guardrails_decisions_total", "Checks run on a request or response side, by outcome.", ["check", "action", "route", "side"]
)
MESSAGES = Counter("guardrails_messages_total", "Requests and responses checked, by final action.", ["action", "route", "side"])
CHECK_SECONDS = Histogram(
    "guardrails_check_duration_seconds",
    "Time one check spent on one message.",
    ["check"],
    buckets=(25e-6, 50e-6, 100e-6, 250e-6, 500e-6, 1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 50e-3, 0.1),
)
OVERRUNS = Counter("guardrails_budget_overruns_total", "Checks that went past their time budget.", ["check"])
FAIL_MODE = Counter("guardrails_fail_mode_total", "Checks that could not answer, resolved by the fail mode.", ["check", "mode"])
MALFORMED = Counter("guardrails_malformed_requests_total", "Requests refused before checking, by reason.", ["reason"])
HOOK_ERRORS = Counter("guardrails_hook_errors_total", "Sampling or observation hooks that raised.", ["hook"])


def record(decision, route: str, side: str, fail_mode: str) -> None:
    """Count one decision."""
    per_check: dict[str, str] = {check: "allow" for check in decision.timings_us}
    for f in decision.findings:
        if ACTIONS.index(f.action) > ACTIONS.index(per_check.get(f.check, "allow")):
            per_check[f.check] = f.action
    for check, action in per_check.items():
        DECISIONS.labels(check, action, route, side).inc()
    MESSAGES.labels(decision.action, route, side).inc()
    for check, micros in decision.timings_us.items():
        CHECK_SECONDS.labels(check).observe(micros / 1e6)
    for check in decision.overruns:
        OVERRUNS.labels(check).inc()
    for failure in decision.failures:
        FAIL_MODE.labels(failure.check, fail_mode).inc()


def metrics_app():
    """An ASGI app serving the metrics (mount it at ``/metrics``)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return make_asgi_app(registry)
    return make_asgi_app()
