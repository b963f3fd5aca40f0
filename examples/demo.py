"""The demo: a guarded example. Messages a chat service might see go through the default
policy and a structured-output schema; the table shows what each check found and did."""

from __future__ import annotations

import time

from guardrails import Engine, Policy

ANSWER_SCHEMA = {
    "type": "object",
    "required": ["intent", "reply"],
    "properties": {
        "intent": {"enum": ["billing", "support", "other"]},
        "reply": {"type": "string", "maxLength": 500},
    },
    "additionalProperties": False,
}

MESSAGES = [
    {"prompt": "Hi! My card 4111 1111 1111 1111 was charged twice, call me on (212) 555-0199.",
     "response": '{"intent": "billing", "reply": "Sorry about that, we will refund the duplicate charge."}'},
    {"prompt": "Please send the invoice to jane.doe@example.com and IBAN GB82 WEST 1234 5698 7654 32.",
     "response": '{"intent": "billing", "reply": "Sent to jane.doe@example.com."}'},
    {"prompt": "What are your opening hours on 2024-12-24?",
     "response": '{"intent": "support", "reply": "We open at nine.", "mood": "cheerful"}'},
    {"prompt": "Can you reset my router? The MAC is 00:1A:2B:3C:4D:5E, IP 192.168.1.20.",
     "response": "Sure, try turning it off and on again."},
]


def main() -> None:
    policy = Policy.from_dict({"schema": {"schema": ANSWER_SCHEMA, "fields": ["response"], "action": "block"}})
    started = time.perf_counter()
    engine = Engine(policy)
    print(f"guardrails engine ready in {time.perf_counter() - started:.1f} s (default policy + answer schema)\n")
    for i, message in enumerate(MESSAGES, 1):
        decision = engine.check(message)
        print(f"message {i}: {decision.action.upper()}  ({decision.elapsed_us:.0f} µs)  {decision.reason}")
        for f in decision.findings:
            shown = message[f.field][f.start : f.end] if f.end > f.start else f.detail
            print(f"   {f.field:9s} {f.check:7s} {f.type:16s} {f.action:7s} {shown!r}")
        for name, text in decision.redacted.items():
            print(f"   {name} as the app receives it: {text}")
        print()


if __name__ == "__main__":
    main()
