"""A local stand-in for the Anthropic Messages API, for tests and benchmarks (loopback only).

Markers in the user message choose the behaviour: "[429]" and "[529]" fail the first
request for that message (429 with retry-after), "[slow]" waits, "[truncated]" and
"[garbage]" never give valid JSON, "[nonjson]" gives prose first and JSON when asked to
repair. Otherwise an empty answer fails and any other passes. Pairwise prompts prefer the
longer answer, whichever position it is in. ``LATENCY`` delays every reply.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

LATENCY = 0.0
seen: dict[str, int] = {}
requests: list[dict] = []


def _reply(model: str, text: str, prompt: str) -> JSONResponse:
    return JSONResponse({
        "id": "msg_fake", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": text}], "stop_reason": "end_turn", "stop_sequence": None,
        "usage": {"input_tokens": max(1, len(prompt) // 4), "output_tokens": 20,
                  "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0},
    })


def _error(status: int, kind: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"type": "error", "error": {"type": kind, "message": kind}}, status_code=status, headers=headers)


async def messages(request: Request):
    body = await request.json()
    requests.append(body)
    prompt = "".join(m["content"] if isinstance(m["content"], str) else "" for m in body["messages"])
    system = body.get("system", "")
    count = seen[prompt] = seen.get(prompt, 0) + 1
    if LATENCY:
        await asyncio.sleep(LATENCY)
    if "[429]" in prompt and count == 1:
        return _error(429, "rate_limit_error", {"retry-after": "0.2"})
    if "[529]" in prompt and count == 1:
        return _error(529, "overloaded_error")
    if "[slow]" in prompt:
        await asyncio.sleep(0.3)
    if "compare two answers" in system:
        a = prompt.split("<answer_A>\n", 1)[1].split("\n</answer_A>", 1)[0]
        b = prompt.split("<answer_B>\n", 1)[1].split("\n</answer_B>", 1)[0]
        better = "tie" if len(a) == len(b) else ("A" if len(a) > len(b) else "B")
        return _reply(body["model"], json.dumps({"better": better, "critique": "longer is better here"}), prompt)
    if "[truncated]" in prompt:
        return _reply(body["model"], '{"pass": tru', prompt)
    if "[garbage]" in prompt:
        return _reply(body["model"], "Looks good to me!", prompt)
    if "[nonjson]" in prompt and "Your previous reply was" not in prompt:
        return _reply(body["model"], "I think it passes.", prompt)
    answer = prompt.split("<assistant_answer>\n", 1)[-1].split("\n</assistant_answer>", 1)[0]
    verdict = {"pass": bool(answer.strip()), "critique": "answers the question" if answer.strip() else "empty answer"}
    return _reply(body["model"], json.dumps(verdict), prompt)


app = Starlette(routes=[Route("/v1/messages", messages, methods=["POST"])])


class Serving:
    """The fake API on a loopback port, in a background thread."""

    def __init__(self, port: int) -> None:
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{port}"

    def __enter__(self) -> Serving:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
