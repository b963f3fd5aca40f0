"""Server-Sent Events from a model, checked as they stream.

:class:`SseParser` splits a byte stream into events. :class:`StreamGuard` holds back only
the trailing text that could still be part of an entity (the current partial word, or a
number still being written), so an entity split across chunks is found whole; for
ordinary prose that is less than a chunk of delay. Both Anthropic
(``content_block_delta`` / ``text_delta``) and OpenAI (``choices[].delta.content``)
stream formats are understood; other events pass through in order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
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

_ENTITY_CHARS = set("@.+-/:()%#_")
_CONTEXT = 80  # released characters shown to the check for context words
MAX_HOLD = 512  # never hold back more than this many characters


def _safe_cut(text: str) -> int:
    """Where released text may end: before a trailing run that could still be the start
    of an entity (word characters, e-mail and number punctuation, spaces between digits)."""
    cut = len(text)
    while cut > 0:
        char = text[cut - 1]
        if char.isalnum() or char in _ENTITY_CHARS:
            cut -= 1
        elif char == " " and cut >= 2 and (text[cut - 2].isdigit() or text[cut - 2] == ")"):
            cut -= 1
        else:
            break
    return cut


@dataclass
class StreamGuard:
    """Holds back streamed text only as long as it could be part of an entity.

    Text deltas are buffered; what can no longer be the start of an entity is checked (with
    a little released text before it for context) and sent, redacted where the check says,
    as one delta. A finding that reaches into the held part holds all of itself back. A
    non-text event sends everything before it. ``check(text)`` returns the findings to
    redact and, if the stream must stop, why."""

    check: Check
    _pending: str = ""
    _template: Event | None = None  # the first held text event, reused to carry the text
    _released: str = ""
    blocked: str | None = None

    def feed(self, event: Event) -> list[Event]:
        if self.blocked:
            return []
        text = event.text
        if text is None:
            return self._release(final=True) + [event]
        if self._template is None:
            self._template = event
        self._pending += text
        return self._release(final=False)

    def close(self) -> list[Event]:
        return [] if self.blocked else self._release(final=True)

    def _release(self, final: bool) -> list[Event]:
        if not self._pending:
            return []
        cut = len(self._pending) if final else _safe_cut(self._pending)
        if cut == 0 and len(self._pending) > MAX_HOLD:
            cut = len(self._pending)
        if cut == 0:
            return []
        context = self._released[-_CONTEXT:]
        findings, reason = self.check(context + self._pending)
        if reason:
            self.blocked = reason
            return []
        spans = []
        for f in findings:
            start, end = f.start - len(context), f.end - len(context)
            if end <= 0:
                continue  # already sent
            if start < cut < end and not final:
                cut = max(0, start)  # hold the whole entity back
            spans.append((max(0, start), end, f.type))
        if cut == 0:
            return []
        out, cursor = [], 0
        for start, end, kind in sorted(spans):
            if start >= cut or start < cursor:
                continue
            out += [self._pending[cursor:start], f"<{kind}>"]
            cursor = min(end, cut)
        out.append(self._pending[cursor:cut])
        released = "".join(out)
        self._pending = self._pending[cut:]
        self._released = (self._released + released)[-_CONTEXT:]
        template = self._template
        self._template = None if not self._pending else template
        return [template.with_text(released)] if template is not None else []
