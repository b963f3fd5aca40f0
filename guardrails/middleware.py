"""The ASGI middleware: the policy's checks on the way in and on the way out.

    app.add_middleware(GuardrailsMiddleware, policy=Policy.default())

Pure ASGI. Non-HTTP scopes and routes the policy does not cover pass untouched. On a
covered route the request body is read once, checked, and replayed to the app (rewritten
where the policy redacts); a block answers 400 with a JSON error naming the check and rule.
JSON responses are buffered and checked the same way (a block answers 422); Server-Sent
Events are checked as they stream, holding back only text that could still turn into a
finding (see ``streaming``). The request's
decision is on ``scope["state"]["guardrails"]``; headers carry the decision id.

Hooks for the other lanes run after the response is sent and never delay it:
``on_sample(request, response, decision)`` and ``on_observation(observation)``.
"""

from __future__ import annotations

import asyncio
import fnmatch
import inspect
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from guardrails import metrics
from guardrails.engine import Decision, Engine
from guardrails.payloads import Field, request_fields, response_fields, replace_texts
from guardrails.policy import Policy
from guardrails.streaming import Event, SseParser, StreamGuard

log = logging.getLogger("guardrails")

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Hook = Callable[..., Any]


@dataclass
class Exchange:
    """What the hooks get: the request and response as the middleware saw them."""

    method: str
    path: str
    route: str
    request_body: Any = None
    status: int = 0
    response_body: Any = None
    started: float = 0.0
    finished: float = 0.0
    usage: dict[str, Any] = field(default_factory=dict)
    streamed: bool = False
    variant: str = "baseline"  # set by the app (request.state.variant), e.g. by a canary router
    response_text: str = ""  # a streamed reply's text, for the sampling hook

    @property
    def latency_seconds(self) -> float:
        return self.finished - self.started


class _Refused(Exception):
    """A request answered before it reaches the app (status, error type, message)."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message


class GuardrailsMiddleware:
    def __init__(
        self,
        app,
        policy: Policy | None = None,
        *,
        engine: Engine | None = None,
        on_sample: Hook | None = None,
        on_observation: Hook | None = None,
    ) -> None:
        self.app = app
        self.engine = engine or Engine(policy or Policy.default())
        self.policy = self.engine.policy
        self.on_sample = on_sample
        self.on_observation = on_observation

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        route = self._route(scope)
        if route is None:
            await self.app(scope, receive, send)
            return
        exchange = Exchange(scope["method"], scope["path"], route, started=time.perf_counter())
        try:
            body, more = await self._read_body(scope, receive)
            scope, body, decision = self._check_request(scope, body, exchange)
        except _Refused as refused:
            metrics.MALFORMED.labels(refused.kind).inc()
            await _send_error(send, refused.status, refused.kind, refused.message)
            return
        if decision is not None and decision.blocked:
            await _send_error(send, 400, "guardrails_blocked", decision.reason, decision)
            self._after(exchange, decision, 400)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive() if not more else {"type": "http.disconnect"}

        responder = _Responder(self, send, exchange, decision)
        try:
            await self.app(scope, replay, responder.send)
        finally:
            await responder.finish()
            exchange.variant = str(scope.get("state", {}).get("variant", exchange.variant))
            self._after(exchange, decision, exchange.status)

    # --- request side --------------------------------------------------------------------------

    def _route(self, scope: Scope) -> str | None:
        http = self.policy.http
        if scope.get("method", "GET").upper() not in http.methods:
            return None
        path = scope.get("path", "")
        return next((pattern for pattern in http.routes if fnmatch.fnmatchcase(path, pattern)), None)

    async def _read_body(self, scope: Scope, receive: Receive) -> tuple[bytes, bool]:
        """The whole request body, refused past the size limit."""
        limit = self.policy.http.max_body_bytes
        declared = _header(scope.get("headers", []), b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise _Refused(413, "body_too_large", f"request body of {declared} bytes is over the limit of {limit}")
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks), True
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _Refused(413, "body_too_large", f"request body is over the limit of {limit} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), False

    def _check_request(self, scope: Scope, body: bytes, exchange: Exchange) -> tuple[Scope, bytes, Decision | None]:
        if not body or not self.policy.http.request:
            return scope, body, None
        content_type = _media_type(scope.get("headers", []))
        if content_type and not _is_json(content_type):
            raise _Refused(415, "unsupported_media_type", f"expected a JSON body (application/json), got {content_type}")
        document = _parse_json(body, "request body")
        exchange.request_body = document
        fields = request_fields(document, self.policy.http.payload_fields)
        decision = self._decide(fields, exchange.route, "request")
        state = scope.setdefault("state", {})
        state["guardrails"] = decision
        if decision.action == "redact" and decision.redacted:
            body = _rewritten(document, fields, decision)
            scope = dict(scope, headers=_with_length(scope.get("headers", []), len(body)))
        return scope, body, decision

    def _decide(self, fields: list[Field], route: str, side: str) -> Decision:
        decision = self.engine.check({f.name: f.text for f in fields}, roles={f.name: f.role for f in fields})
        metrics.record(decision, route, side, self.policy.fail_mode)
        if decision.action != "allow" or decision.failures:
            log.info(
                "guardrails %s %s: %s (%s)%s",
                side,
                route,
                decision.action,
                ", ".join(sorted({f"{f.check}:{f.type}" for f in decision.findings})) or "no findings",
                f"; failures: {[f.check for f in decision.failures]}" if decision.failures else "",
                extra={"decision_id": decision.id},
            )
        return decision

    # --- after the response ------------------------------------------------------------------

    def _after(self, exchange: Exchange, decision: Decision | None, status: int) -> None:
        """Hand the exchange to the hooks once the response is out, without waiting."""
        exchange.finished = time.perf_counter()
        exchange.status = status
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self.on_observation is not None:
            observation = {
                "route": exchange.route,
                "status": status,
                "latency_seconds": exchange.latency_seconds,
                "usage": dict(exchange.usage),
                "streamed": exchange.streamed,
            }
            loop.call_soon(self._call_hook, "observation", self.on_observation, (observation,))
        if self.on_sample is not None:
            loop.call_soon(self._call_hook, "sample", self.on_sample, (exchange, decision))

    @staticmethod
    def _call_hook(name: str, hook: Hook, args: tuple) -> None:
        try:
            result = hook(*args)
            if inspect.isawaitable(result):
                asyncio.ensure_future(result).add_done_callback(lambda task: _count_hook_failure(name, task))
        except Exception:  # a hook must never hurt the request that fed it
            metrics.HOOK_ERRORS.labels(name).inc()
            log.exception("guardrails %s hook failed", name)


class _Responder:
    """Wraps ``send``: passes other responses through, buffers and checks JSON, streams SSE."""

    def __init__(self, middleware: GuardrailsMiddleware, send: Send, exchange: Exchange, decision: Decision | None):
        self.m = middleware
        self.downstream = send
        self.exchange = exchange
        self.request_decision = decision
        self.start: Message | None = None
        self.mode = "pass"
        self.chunks: list[bytes] = []
        self.size = 0
        self.parser: SseParser | None = None
        self.guard: StreamGuard | None = None
        self.done = False
        self.copy: list[bytes] | None = None  # a JSON reply passed unchecked, kept for the sampling hook

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            self.start = message
            self.exchange.status = message["status"]
            content_type = _media_type(message.get("headers", []))
            if self.m.policy.http.response and content_type == "text/event-stream":
                self.mode = "stream"
                self.exchange.streamed = True
                self.parser, self.guard = SseParser(), StreamGuard(self._stream_check)
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
                await self.downstream({**message, "headers": headers + self._decision_headers()})
            elif self.m.policy.http.response and _is_json(content_type):
                self.mode = "buffer"
            else:
                if self.m.on_sample is not None and _is_json(content_type):
                    self.copy = []
                await self.downstream({**message, "headers": list(message.get("headers", [])) + self._decision_headers()})
            return
        if kind != "http.response.body":
            await self.downstream(message)
            return
        body, more = message.get("body", b""), message.get("more_body", False)
        if self.mode == "drop":  # already answered (blocked, or refused as too large)
            return
        if self.mode == "pass":
            await self.downstream(message)
            if self.copy is not None:
                self._keep_copy(body, more)
        elif self.mode == "stream":
            await self._stream(body, more)
        else:
            self.chunks.append(body)
            self.size += len(body)
            if self.size > self.m.policy.http.max_body_bytes:
                await self._flush_unchecked(more)
            elif not more:
                await self._send_checked(b"".join(self.chunks))
        if not more:
            self.done = True

    def _keep_copy(self, body: bytes, more: bool) -> None:
        self.copy.append(body)
        self.size += len(body)
        if self.size > self.m.policy.http.max_body_bytes:
            self.copy = None
        elif not more:
            try:
                self._note_response(json.loads(b"".join(self.copy)))
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
                pass
            self.copy = None

    def _note_response(self, document: Any) -> None:
        """Keep the reply and its token usage for the hooks."""
        self.exchange.response_body = document
        if isinstance(document, dict) and isinstance(document.get("usage"), dict):
            self.exchange.usage = document["usage"]

    async def finish(self) -> None:
        """The app returned: anything still held goes out."""
        if self.mode == "stream" and self.guard is not None and not self.done:
            await self._stream(b"", False)

    def _decision_headers(self) -> list[tuple[bytes, bytes]]:
        decision = self.request_decision
        if decision is None:
            return []
        return [(b"x-guardrails-decision", decision.id.encode()), (b"x-guardrails-action", decision.action.encode())]

    async def _send_checked(self, raw: bytes) -> None:
        try:
            document = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            await self._send_raw(raw)  # not ours to judge: the app's own answer, unchanged
            return
        self._note_response(document)
        fields = response_fields(document)
        if not fields:
            await self._send_raw(raw)
            return
        decision = self.m._decide(fields, self.exchange.route, "response")
        if decision.blocked:
            self.exchange.status = 422
            await _send_error(self.downstream, 422, "guardrails_blocked", decision.reason, decision)
            return
        if decision.action == "redact" and decision.redacted:
            raw = _rewritten(document, fields, decision)
        await self._send_raw(raw, decision)

    async def _send_raw(self, raw: bytes, decision: Decision | None = None) -> None:
        start = self.start or {"type": "http.response.start", "status": 200, "headers": []}
        headers = _with_length(start.get("headers", []), len(raw)) + self._decision_headers()
        if decision is not None:
            headers.append((b"x-guardrails-response-action", decision.action.encode()))
        await self.downstream({**start, "headers": headers})
        await self.downstream({"type": "http.response.body", "body": raw, "more_body": False})

    async def _flush_unchecked(self, more: bool) -> None:
        """A response over the size limit: the fail mode decides, and it is counted."""
        metrics.FAIL_MODE.labels("response_size", self.m.policy.fail_mode).inc()
        if self.m.policy.fail_mode == "closed":
            self.mode = "drop"
            await _send_error(self.downstream, 422, "response_too_large", "response too large to check; the policy fails closed")
            return
        self.mode = "pass"
        start = self.start or {"type": "http.response.start", "status": 200, "headers": []}
        await self.downstream({**start, "headers": list(start.get("headers", [])) + self._decision_headers()})
        await self.downstream({"type": "http.response.body", "body": b"".join(self.chunks), "more_body": more})
        self.chunks = []

    def _stream_check(self, text: str):
        decision = self.m._decide([Field(("stream",), "assistant", text)], self.exchange.route, "stream")
        redact = [f for f in decision.findings if f.action == "redact"]
        return redact, ((decision.reason or "blocked") if decision.blocked else None)

    async def _stream(self, body: bytes, more: bool) -> None:
        assert self.parser is not None and self.guard is not None
        events: list[Event] = []
        for event in self.parser.feed(body) + ([] if more else self.parser.close()):
            self._note_usage(event)
            events += self.guard.feed(event)
        self.exchange.response_text += "".join(e.text or "" for e in events)
        if not more:
            events += self.guard.close()
        if self.guard.blocked:
            out = b"".join(e.raw for e in events) + _stream_error(self.guard.blocked)
            await self.downstream({"type": "http.response.body", "body": out, "more_body": False})
            self.mode, self.done = "drop", True
            return
        out = b"".join(e.raw for e in events)
        if out or not more:
            await self.downstream({"type": "http.response.body", "body": out, "more_body": more})

    def _note_usage(self, event: Event) -> None:
        """Token usage as the stream reports it (Anthropic message_start/message_delta, OpenAI's last chunk)."""
        data = event.data
        if not isinstance(data, dict):
            return
        usage = data.get("usage")
        if usage is None and isinstance(data.get("message"), dict):
            usage = data["message"].get("usage")
        if isinstance(usage, dict):
            self.exchange.usage.update(usage)


def _count_hook_failure(name: str, task: asyncio.Future) -> None:
    if not task.cancelled() and task.exception() is not None:
        metrics.HOOK_ERRORS.labels(name).inc()
        log.error("guardrails %s hook failed: %r", name, task.exception())


def _stream_error(reason: str) -> bytes:
    """A well-formed error event in both APIs' shapes, then the end of the stream."""
    error = {"type": "error", "error": {"type": "guardrails_blocked", "message": reason}}
    return f"event: error\ndata: {json.dumps(error)}\n\ndata: [DONE]\n\n".encode()


async def _send_error(send: Send, status: int, kind: str, message: str, decision: Decision | None = None) -> None:
    error: dict[str, Any] = {"type": kind, "message": message}
    headers = [(b"content-type", b"application/json")]
    if decision is not None:
        error["decision_id"] = decision.id
        blocking = next((f for f in decision.findings if f.action == "block"), None)
        if blocking is not None:
            error["check"], error["rule"] = blocking.check, blocking.detail or blocking.type
        headers.append((b"x-guardrails-decision", decision.id.encode()))
    body = json.dumps({"error": error}).encode()
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _parse_json(raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _Refused(400, "invalid_body", f"{what} is not valid UTF-8 (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise _Refused(400, "invalid_json", f"{what} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    except RecursionError as exc:
        raise _Refused(400, "invalid_json", f"{what} is nested too deeply") from exc


def _header(headers, name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _media_type(headers) -> str:
    """The content type without parameters, lower-cased ("" when there is none)."""
    return (_header(headers, b"content-type") or "").split(";")[0].strip().lower()


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _rewritten(document: Any, fields: list[Field], decision: Decision) -> bytes:
    """``document`` with the decision's redacted texts put back in place, as JSON."""
    by_name = {f.name: f.path for f in fields}
    replace_texts(document, {by_name[name]: text for name, text in decision.redacted.items()})
    return json.dumps(document, ensure_ascii=False).encode()


def _with_length(headers, length: int) -> list[tuple[bytes, bytes]]:
    kept = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    return kept + [(b"content-length", str(length).encode())]
