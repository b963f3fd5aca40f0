"""A stand-in LLM service guarded by the middleware: the demo's serving app, and the app the
integration tests and the overhead benchmark run under uvicorn.

It answers in both APIs' shapes by echoing the last user message (``/v1/messages`` for
Anthropic, with ``"stream": true`` for Server-Sent Events; ``/v1/chat/completions`` for
OpenAI), so what the guardrails do to requests and responses is visible.

Environment: ``GUARDRAILS=off`` serves the bare app (the benchmark's reference);
``GUARDRAILS_POLICY=path.yaml`` loads a policy; ``REDIS_URL`` turns on sampling into the
evaluators' stream (``SAMPLE_RATE``, default 0.1); ``CHAT_APP_PAD`` pads each reply to that
many characters; ``CHAT_APP_CHUNK`` sets the streamed chunk size.
"""

from __future__ import annotations

import json
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Mount, Route

from guardrails import GuardrailsMiddleware, Policy, metrics_app

PAD = int(os.environ.get("CHAT_APP_PAD", "0"))
CHUNK = int(os.environ.get("CHAT_APP_CHUNK", "12"))
FILLER = " The quick brown fox jumps over the lazy dog while the team reviews the quarterly report."


def _reply(request_body: dict) -> str:
    messages = request_body.get("messages") or [{"content": request_body.get("prompt", "")}]
    last = messages[-1].get("content", "") if isinstance(messages[-1], dict) else ""
    if isinstance(last, list):
        last = " ".join(b.get("text", "") for b in last if isinstance(b, dict))
    text = f"You said: {last}"
    if len(text) < PAD:  # padded to exactly PAD characters
        text = (text + FILLER * (PAD // len(FILLER) + 1))[:PAD]
    return text


async def anthropic_messages(request: Request):
    body = await request.json()
    text = _reply(body)
    usage = {"input_tokens": 12, "output_tokens": max(1, len(text) // 4)}
    if body.get("stream"):
        return StreamingResponse(_anthropic_events(text, usage), media_type="text/event-stream")
    return JSONResponse({"id": "msg_1", "type": "message", "role": "assistant", "model": "stand-in",
                         "content": [{"type": "text", "text": text}], "usage": usage})


async def _anthropic_events(text: str, usage: dict):
    yield _sse("message_start", {"type": "message_start", "message": {"id": "msg_1", "usage": {"input_tokens": usage["input_tokens"]}}})
    for i in range(0, len(text), CHUNK):
        yield _sse("content_block_delta", {"type": "content_block_delta", "index": 0,
                                           "delta": {"type": "text_delta", "text": text[i : i + CHUNK]}})
    yield _sse("message_delta", {"type": "message_delta", "usage": {"output_tokens": usage["output_tokens"]}})
    yield _sse("message_stop", {"type": "message_stop"})


async def openai_chat(request: Request):
    body = await request.json()
    text = _reply(body)
    usage = {"prompt_tokens": 12, "completion_tokens": max(1, len(text) // 4)}
    if body.get("stream"):
        async def chunks():
            for i in range(0, len(text), CHUNK):
                yield "data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": text[i : i + CHUNK]}}]}) + "\n\n"
            yield "data: [DONE]\n\n"
        return StreamingResponse(chunks(), media_type="text/event-stream")
    return JSONResponse({"id": "chatcmpl-1", "object": "chat.completion",
                         "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                         "usage": usage})


async def decision(request: Request):
    """What the guardrails decided about this request, as the app sees it."""
    d = request.state.guardrails if hasattr(request.state, "guardrails") else None
    return JSONResponse({"action": d.action if d else None, "id": d.id if d else None})


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


def create_app() -> Starlette:
    app = Starlette(routes=[
        Route("/v1/messages", anthropic_messages, methods=["POST"]),
        Route("/v1/chat/completions", openai_chat, methods=["POST"]),
        Route("/decision", decision, methods=["POST"]),
        Mount("/metrics", metrics_app()),
    ])
    if os.environ.get("GUARDRAILS", "on") != "off":
        path = os.environ.get("GUARDRAILS_POLICY")
        hooks = {}
        if os.environ.get("REDIS_URL"):
            from evaluators.queue import Producer

            producer = Producer(os.environ["REDIS_URL"], default_rate=float(os.environ.get("SAMPLE_RATE", "0.1")), redact=True)
            hooks["on_sample"] = producer.on_sample
        app.add_middleware(GuardrailsMiddleware, policy=Policy.load(path) if path else Policy.default(), **hooks)
    return app


app = create_app()
