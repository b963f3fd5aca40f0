"""Server-Sent Events from a model, checked as they stream.

:class:`SseParser` splits a byte stream into events. :class:`StreamGuard` holds each
text delta until the next one arrives and checks the two together, so an entity split
across two chunks is still found, at the cost of one chunk of delay. Both Anthropic
(``content_block_delta`` / ``text_delta``) and OpenAI (``choices[].delta.content``)
stream formats are understood; other events pass through in order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from guardrails.checks import Finding


@dataclass
class Event:
    """One SSE event: its raw bytes, and its parsed JSON data where it has some."""

    raw: bytes
    name: str = ""
    data: Any = None

    @property
    def text(self) -> str | None:
        """The text delta this event carries, if any."""
        data = self.data
        if not isinstance(data, dict):
            return None
        delta = data.get("delta")
        if data.get("type") == "content_block_delta" and isinstance(delta, dict) and delta.get("type") == "text_delta":
            return delta.get("text") if isinstance(delta.get("text"), str) else None
        choices = data.get("choices")
        if isinstance(choices, list) and len(choices) == 1 and isinstance(choices[0], dict):
            delta = choices[0].get("delta")
            if isinstance(delta, dict) and isinstance(delta.get("content"), str):
                return delta["content"]
        return None

    def with_text(self, text: str) -> Event:
        """The same event carrying other text."""
        data = json.loads(json.dumps(self.data))
        if data.get("type") == "content_block_delta":
            data["delta"]["text"] = text
        else:
            data["choices"][0]["delta"]["content"] = text
        lines = ([f"event: {self.name}"] if self.name else []) + [f"data: {json.dumps(data, ensure_ascii=False)}"]
        return Event(("\n".join(lines) + "\n\n").encode(), self.name, data)


class SseParser:
    """Bytes in, complete events out (an event ends at a blank line)."""

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[Event]:
        self._buffer += chunk.replace(b"\r\n", b"\n")
        events = []
        while b"\n\n" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\n\n", 1)
            events.append(_parse(raw + b"\n\n"))
        return events

    def close(self) -> list[Event]:
        rest, self._buffer = self._buffer, b""
        return [_parse(rest)] if rest.strip() else []


def _parse(raw: bytes) -> Event:
    name, data_lines = "", []
    for line in raw.decode("utf-8", "replace").split("\n"):
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data_lines.append(line[5:].lstrip())
    data: Any = None
    if data_lines:
        joined = "\n".join(data_lines)
        try:
            data = json.loads(joined)
        except json.JSONDecodeError:
            data = joined
    return Event(raw, name, data)


Check = Callable[[str], tuple[list[Finding], str | None]]  # text -> (findings to redact, block reason)


@dataclass
class StreamGuard:
    """Holds back one text delta; redacts or blocks with the next one in view.

    ``check(text)`` returns the findings to redact in ``text`` and, if the stream must
    stop, why. ``feed`` and ``close`` return the events to send now."""

    check: Check
    _held: list[Event] = field(default_factory=list)  # a text event and what queued behind it
    _carry: int = 0  # characters at the start of the next delta already inside a redaction
    blocked: str | None = None

    def feed(self, event: Event) -> list[Event]:
        if self.blocked:
            return []
        if event.text is None:
            if self._held:
                self._held.append(event)
                return []
            return [event]
        if not self._held:
            self._held = [event]
            return []
        return self._release(following=event.text) + self._hold(event)

    def close(self) -> list[Event]:
        if self.blocked or not self._held:
            return []
        return self._release(following="")

    def _hold(self, event: Event) -> list[Event]:
        if not self.blocked:
            self._held = [event]
        return []

    def _release(self, following: str) -> list[Event]:
        first, rest = self._held[0], self._held[1:]
        self._held = []
        text = first.text or ""
        findings, reason = self.check(text + following)
        if reason:
            self.blocked = reason
            return []
        cut = self._carry
        self._carry = 0
        spans = [(0, cut)] if cut else []
        for f in findings:
            if f.start < len(text):
                spans.append((f.start, min(f.end, len(text))))
                self._carry = max(self._carry, f.end - len(text))
        if not spans:
            return [first, *rest]
        out, cursor = [], 0
        for start, end in sorted(spans):
            if start < cursor:
                cursor = max(cursor, end)
                continue
            out.append(text[cursor:start])
            label = next((f"<{f.type}>" for f in findings if f.start == start), "") if start or not cut else ""
            out.append(label)
            cursor = end
        out.append(text[cursor:])
        return [first.with_text("".join(out)), *rest]
