"""Inline checks: each takes plain text (or a JSON document) and returns findings.

Each check has a ``name`` and a ``run(text, deadline)`` method (the schema check,
``run_document``); ``deadline`` is a ``time.perf_counter()`` value, and a check that runs
past it raises :class:`BudgetExceeded` rather than answer late. Checks are pure: no I/O,
no network, no model calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check found: its type, where (Python string offsets), how sure."""

    check: str
    type: str
    start: int
    end: int
    score: float
    detail: str = ""
    field: str = ""  # set by the engine: which input field
    action: str = ""  # set by the engine: what the policy does with it

    def as_dict(self) -> dict[str, Any]:
        out = {
            "check": self.check,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }
        for key in ("detail", "field", "action"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


class BudgetExceeded(Exception):
    """A check gave up because its time budget ran out."""
