"""PII check: Presidio's findings, found faster. Presidio itself is the oracle here."""

from __future__ import annotations

import random
import socket

import pytest
from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, PhoneRecognizer

from benchmarks.reference import presidio_analyzer
from guardrails.checks import BudgetExceeded
from guardrails.checks.phone import PhoneFinder
from guardrails.checks import pii
from guardrails.checks.pii import PiiCheck, default_recognizers, remove_contained

TEXTS = [
    "Write to jane.doe@example.com or j.smith+news@mail.example.co.uk today.",
    "Card 4111 1111 1111 1111, also 5500-0000-0000-0004 and 378282246310005 (amex).",
    "Call me on (212) 555-0199 or +44 20 7946 0958, fax 089 12345678, mobile 0170 1234567.",
    "Wire it to GB82 WEST 1234 5698 7654 32 or DE89370400440532013000 please.",
    "Servers 192.168.10.1 and 10.0.0.254/24, v6 2001:db8::ff00:42:8329 and fe80::1.",
    "My ssn is 078-05-1121 and my friend's social security number is 219-09-9999.",
    "See https://example.com/path?q=1 and www.example.org, or docs.python.org.",
    "Send 0.1 BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT quickly.",
    "Device mac 00:1A:2B:3C:4D:5E and 0011.2233.4455; request id 123e4567-e89b-12d3-a456-426614174000.",
    "Appointment on 2024-01-02, 12/31/2023 and 03.04.2025 at 10:30.",
    "NHS number 943 476 5919, DEA certificate AB1234563.",
    "Nothing to see in this ordinary sentence about cooking pasta al dente.",
    "Order #12345 shipped; tracking 1Z999AA10123456784 expected Monday.",
    "Emoji first 😀😀 then mail 😀 x@example.com and card 4111111111111111.",
]


@pytest.fixture(scope="module")
def check():
    return PiiCheck(min_score=0.4)


@pytest.fixture(scope="module")
def analyzer():
    return presidio_analyzer()


def _ours(check, text):
    return {(f.type, f.start, f.end) for f in check.run(text)}


@pytest.mark.parametrize("text", TEXTS)
def test_same_findings_as_presidio(check, analyzer, text):
    """Every Presidio finding >= 0.4 of a covered type is ours, and ours are all Presidio's."""
    covered = set(check.entities)
    theirs = [r for r in analyzer.analyze(text, language="en") if r.entity_type in covered]
    ours = check.run(text)
    for r in theirs:
        if r.score >= 0.4:
            assert any(f.type == r.entity_type and f.start < r.end and r.start < f.end for f in ours), (
                f"missed {r.entity_type} {text[r.start:r.end]!r}"
            )
    for f in ours:
        assert any(r.entity_type == f.type and r.start < f.end and f.start < r.end for r in theirs), (
            f"extra {f.type} {text[f.start:f.end]!r}"
        )


def test_finds_what_a_reader_expects(check):
    text = TEXTS[0] + " " + TEXTS[1]
    found = {(f.type, text[f.start : f.end]) for f in check.run(text)}
    assert ("EMAIL_ADDRESS", "jane.doe@example.com") in found
    assert ("EMAIL_ADDRESS", "j.smith+news@mail.example.co.uk") in found
    assert ("CREDIT_CARD", "4111 1111 1111 1111") in found
    assert ("CREDIT_CARD", "5500-0000-0000-0004") in found
    assert not check.run(TEXTS[11])


def test_offsets_are_python_string_indices(check):
    text = TEXTS[-1]
    spans = {f.type: text[f.start : f.end] for f in check.run(text)}
    assert spans["EMAIL_ADDRESS"] == "x@example.com"
    assert spans["CREDIT_CARD"] == "4111111111111111"


def test_context_words_raise_weak_patterns(check):
    with_context = "my passport number is 912803456"
    without = "the order count was 912803456"
    assert ("US_PASSPORT", 22, 31) in _ours(check, with_context)
    assert not {t for t, _, _ in _ours(check, without)} & {"US_PASSPORT", "US_SSN"}
    assert PiiCheck(context=False).run(with_context) == [] or all(
        f.type != "US_PASSPORT" for f in PiiCheck(context=False).run(with_context)
    )


@pytest.mark.parametrize("before", ["", "İstanbul office, ", "ΟΔΟΣ'Α 12, "])
def test_context_is_the_five_words_before(check, before):
    """A context word counts among the five words before a finding, not the sixth; also
    after a letter whose lowercase is longer ("İ") or depends on its neighbours (a sigma)."""
    for text, boosted in (("ssn of the new hire: 078051121", True), ("ssn of the new hire today: 078051121", False)):
        text = before + text
        assert ("US_SSN" in {t for t, _, _ in _ours(check, text)}) is boosted, text
        assert ("US_SSN" in {t for t, _, _ in _ours(check, text.upper())}) is boosted, text.upper()


def test_custom_recognizer_registered_the_presidio_way():
    class EmployeeId(PatternRecognizer):
        def validate_result(self, pattern_text):  # even numbers only, to prove the hook runs
            return int(pattern_text[-1]) % 2 == 0

    custom = EmployeeId(
        supported_entity="EMPLOYEE_ID",
        patterns=[Pattern("employee id", r"\bEMP-\d{6}\b", 0.3)],
        context=["employee"],
    )
    deny = PatternRecognizer(supported_entity="PROJECT", deny_list=["Bluebird", "Nightjar"])
    check = PiiCheck(default_recognizers() + [custom, deny])
    text = "Ask EMP-123456 and EMP-123457 about Nightjar."
    found = {(f.type, text[f.start : f.end], f.score) for f in check.run(text)}
    assert ("EMPLOYEE_ID", "EMP-123456", 1.0) in found
    assert not any(value == "EMP-123457" for _, value, _ in found)  # validate_result said no
    assert ("PROJECT", "Nightjar", 1.0) in found


def test_card_checksum_agrees_with_presidio():
    recognizer = CreditCardRecognizer()
    ours = pii._own_validator(recognizer)
    rng = random.Random(20261123)
    passed = 0
    for _ in range(5000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([13, 14, 15, 16, 19])))
        card = rng.choice(["", "-", " "]).join([digits[:4], digits[4:8], digits[8:12], digits[12:]])
        assert ours(card) == recognizer.validate_result(card), card
        passed += ours(card)
    assert 300 < passed < 700  # about one number in ten passes a checksum


def test_a_subclass_validator_replaces_ours():
    class VisaOnly(CreditCardRecognizer):
        def validate_result(self, pattern_text):
            return pattern_text.startswith("4")

    text = "cards 4111 1111 1111 1111 and 5500 0000 0000 0004"
    found = {text[f.start : f.end] for f in PiiCheck([VisaOnly()]).run(text)}
    assert found == {"4111 1111 1111 1111"}
    assert len(PiiCheck([CreditCardRecognizer()]).run(text)) == 2


def test_no_network_on_the_hot_path(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the PII check tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    check = PiiCheck()
    found = {f.type for f in check.run("mail a@example.org, visit https://example.net, call 212-555-0199")}
    assert {"EMAIL_ADDRESS", "URL"} <= found


def test_only_the_entities_asked_for():
    check = PiiCheck(entities=["EMAIL_ADDRESS"])
    assert check.entities == ["EMAIL_ADDRESS"]
    assert {f.type for f in check.run(TEXTS[0] + " " + TEXTS[1])} == {"EMAIL_ADDRESS"}


def test_deadline_in_the_past_raises(check):
    with pytest.raises(BudgetExceeded):
        check.run("mail a@example.org", deadline=0.0)


def test_remove_contained_follows_presidio():
    from guardrails.checks import Finding

    outer = Finding("pii", "PHONE_NUMBER", 0, 12, 0.4)
    inner = Finding("pii", "PHONE_NUMBER", 4, 12, 0.4)
    other_type = Finding("pii", "US_SSN", 4, 12, 0.4)
    stronger_inside = Finding("pii", "PHONE_NUMBER", 2, 6, 0.9)
    kept = remove_contained([outer, inner, other_type, stronger_inside, outer])
    assert kept == sorted([outer, other_type, stronger_inside], key=lambda f: (f.start, f.end, f.type))


def _phone_like(rng: random.Random) -> str:
    """Number-like strings in the shapes people write: national, international, with
    extensions, dates, SSN-like, several numbers in a row."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    shapes = [
        lambda: f"({d(3)}) {d(3)}-{d(4)}",
        lambda: f"{d(3)}-{d(3)}-{d(4)}",
        lambda: f"{d(3)}.{d(3)}.{d(4)}x{d(4)}",
        lambda: f"001-{d(3)}-{d(3)}-{d(4)}",
        lambda: f"+{rng.choice(['1', '44', '49', '33', '972', '91', '55'])} {d(2)} {d(4)} {d(4)}",
        lambda: f"0{d(2)} {d(4)} {d(4)}",
        lambda: f"0{d(3)} {d(7)}",
        lambda: f"{d(2)} {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"{d(3)}-{d(2)}-{d(4)}",
        lambda: f"{d(16)}",
        lambda: f"{d(2)}/{d(2)}/{d(4)}",
        lambda: f"({d(3)}) {d(4)}-{d(3)}",
        lambda: f"{d(4)} {d(6)} / {d(3)} {d(4)}",
        lambda: f"00{d(2)} {d(3)} {d(6)}",
        lambda: f"{d(5)} ext. {d(3)}",
        lambda: f"tel:{d(10)}",
        lambda: f"0 {rng.choice(['12', '15', '21', '41'])} {d(2)} 9{d(4)} {d(4)}",  # Brazil, carrier code
        lambda: f"{d(1)}-{d(3)}-{d(3)}-{d(4)}",
    ]
    parts = [rng.choice(shapes)() for _ in range(rng.randint(1, 3))]
    glue = rng.choice([" ", ", ", " or ", " - ", "\n", "; call "])
    return "Reach us at " + glue.join(parts) + rng.choice([" today.", "", " (office)", "x"])


def _outermost(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans not inside another: Presidio keeps one span per number."""
    return {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}


def test_phone_numbers_match_presidio_phone_recognizer():
    recognizer = PhoneRecognizer()
    finder = PhoneFinder(tuple(recognizer.supported_regions), recognizer.leniency)
    rng = random.Random(20261122)
    compared = 0
    for _ in range(400):
        text = _phone_like(rng)
        theirs = {(r.start, r.end) for r in recognizer.analyze(text, ["PHONE_NUMBER"])}
        assert _outermost(finder.find(text)) == theirs, text
        compared += len(theirs)
    assert compared > 100  # the generator does produce real phone numbers


@pytest.mark.parametrize("text", ["call 1-118625216803 now", "call 1 1 1 862 521 6803", "call 111 2125550199"])
def test_phone_after_a_country_code_and_two_national_prefixes(text):
    """Written without "+", the parser strips the country code and then a national prefix
    twice, so "1-1-1-862..." is a US number for Presidio and must be for us."""
    recognizer = PhoneRecognizer()
    finder = PhoneFinder(tuple(recognizer.supported_regions), recognizer.leniency)
    theirs = {(r.start, r.end) for r in recognizer.analyze(text, ["PHONE_NUMBER"])}
    assert theirs
    assert _outermost(finder.find(text)) == theirs
