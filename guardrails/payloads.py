"""Which texts of a chat request or response the checks read, and how to write them back.

Understands Anthropic Messages (``system``, ``messages[].content`` as a string or blocks,
``tool_result`` blocks), OpenAI-style chat completions (``messages[].content``, tool
messages, ``choices[].message.content``), a plain ``prompt``, and any other field the
policy names with a simple path (``documents[*].text``). Each text is a :class:`Field`
with a path (for writing back) and a role (what the policy selects by: ``system``,
``user``, ``assistant``, ``tool``, ``document`` or the policy's own name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Field:
    path: Path
    role: str
    text: str

    @property
    def name(self) -> str:
        return path_name(self.path)


def path_name(path: Path) -> str:
    """``("messages", 2, "content")`` -> ``messages[2].content``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def request_fields(body: Any, extra: Mapping[str, str] | None = None) -> list[Field]:
    """The texts of a chat request, with their roles."""
    if not isinstance(body, dict):
        return []
    fields: list[Field] = []
    system = body.get("system")
    fields.extend(_texts(system, ("system",), "system"))
    messages = body.get("messages")
    if isinstance(messages, list):
        for i, message in enumerate(messages):
            if isinstance(message, dict):
                role = message.get("role") if isinstance(message.get("role"), str) else "user"
                role = "system" if role == "developer" else role
                fields.extend(_texts(message.get("content"), ("messages", i, "content"), role))
    prompt = body.get("prompt")
    if isinstance(prompt, str):
        fields.append(Field(("prompt",), "user", prompt))
    elif isinstance(prompt, list):
        fields.extend(Field(("prompt", i), "user", p) for i, p in enumerate(prompt) if isinstance(p, str))
    for role, path in (extra or {}).items():
        fields.extend(Field(p, role, v) for p, v in select(body, path) if isinstance(v, str))
    return fields


def response_fields(body: Any) -> list[Field]:
    """The texts of a chat completion (Anthropic, OpenAI, or a plain text field)."""
    if not isinstance(body, dict):
        return []
    fields: list[Field] = []
    fields.extend(_texts(body.get("content"), ("content",), "assistant"))
    choices = body.get("choices")
    if isinstance(choices, list):
        for i, choice in enumerate(choices):
            if not isinstance(choice, dict):
                continue
            message = choice.get("message")
            if isinstance(message, dict):
                fields.extend(_texts(message.get("content"), ("choices", i, "message", "content"), "assistant"))
            if isinstance(choice.get("text"), str):
                fields.append(Field(("choices", i, "text"), "assistant", choice["text"]))
    for key in ("completion", "response", "output", "text"):
        if isinstance(body.get(key), str):
            fields.append(Field((key,), "assistant", body[key]))
    return fields


def _texts(content: Any, path: Path, role: str) -> Iterator[Field]:
    """A content value as a string, or as blocks of text (and tool results)."""
    if isinstance(content, str):
        yield Field(path, role, content)
    elif isinstance(content, list):
        for j, block in enumerate(content):
            if isinstance(block, str):
                yield Field(path + (j,), role, block)
            elif isinstance(block, dict):
                kind = block.get("type")
                if isinstance(block.get("text"), str) and kind in (None, "text", "input_text", "output_text"):
                    yield Field(path + (j, "text"), role, block["text"])
                elif kind == "tool_result":
                    yield from _texts(block.get("content"), path + (j, "content"), "tool")


_STEP = re.compile(r"([^.\[\]]+)|\[(\*|\d+)\]")


def select(body: Any, path: str) -> Iterator[tuple[Path, Any]]:
    """Values at a simple path: ``a.b[0].c``, with ``[*]`` for every list item."""
    steps: list[str | int | None] = []
    for key, index in _STEP.findall(path):
        steps.append(key if key else (None if index == "*" else int(index)))

    def walk(value: Any, at: Path, rest: list) -> Iterator[tuple[Path, Any]]:
        if not rest:
            yield at, value
            return
        step, tail = rest[0], rest[1:]
        if isinstance(step, str) and isinstance(value, dict) and step in value:
            yield from walk(value[step], at + (step,), tail)
        elif step is None and isinstance(value, list):
            for i, item in enumerate(value):
                yield from walk(item, at + (i,), tail)
        elif isinstance(step, int) and isinstance(value, list) and -len(value) <= step < len(value):
            yield from walk(value[step], at + (step,), tail)

    yield from walk(body, (), steps)


def replace_texts(body: Any, texts: Mapping[Path, str]) -> Any:
    """``body`` with the strings at the given paths replaced (in place; returned)."""
    for path, text in texts.items():
        target = body
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = text
    return body
