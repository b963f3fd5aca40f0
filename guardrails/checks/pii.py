"""PII detection: Presidio's recognizers, executed fast enough for the request path.

Presidio's recognizers stay the source of truth: their patterns, scores, context words and
``validate_result`` / ``invalidate_result`` hooks, and any custom recognizer registered the
Presidio way. What changes is the execution:

- every match of a predefined recognizer contains a *seed* character (a digit, an ``@``,
  a dot inside a word, a hex separator). One pass finds the words holding seeds; a
  recognizer runs only over those words (merged across short gaps, so "4111 1111 ..." stays
  whole), joined into one short string, instead of over the whole text;
- a pattern whose score cannot reach ``min_score`` without context words runs only when one
  of its recognizer's context words is in the text;
- phone numbers go through :mod:`guardrails.checks.phone` instead of eight full
  ``PhoneNumberMatcher`` passes;
- context is the words before a finding (Presidio's window: five words and the finding's
  own), matched as substrings like Presidio does, without a spaCy pipeline; one pass over
  the text finds every recognizer's context words, so a recognizer whose words are absent
  and a finding with none nearby cost nothing;
- no network: e-mail validation uses tldextract's bundled suffix list.

Custom recognizers without a known seed run over the whole text; NER recognizers
(PERSON, LOCATION, ...) are not inline and are left out.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex
from ahocorasick_rs import AhoCorasick

from guardrails.checks import BudgetExceeded, Finding
from guardrails.checks.phone import PhoneFinder

log = logging.getLogger(__name__)

CONTEXT_BOOST = 0.35  # Presidio's LemmaContextAwareEnhancer defaults
MIN_SCORE_WITH_CONTEXT = 0.4
CONTEXT_WORDS_BEFORE = 5


@dataclass(frozen=True)
class _Seed:
    """Words that every match of some recognizers contains: ``word`` is a regex for such a
    word; ``parent`` a seed whose words are searched instead of the whole text (a narrower
    seed inside a broader one); ``gap``: words this close stay in one window, so numbers
    written in groups ("4111 1111 ...", "GB82 WEST 1234 ...") are matched whole;
    ``whole_pieces``: take the parent's whole merged piece around each word, not the word;
    ``widen``: take in one more word on each side (an IBAN group without digits)."""

    word: str
    parent: str | None = None
    gap: int = 0
    whole_pieces: bool = False
    widen: bool = False


_SEEDS = {
    # one scan of the whole text for every word that any seed below could need
    "any": _Seed(r"\S*?(?:\d|@|:|\.\w|[A-Fa-f]{2}[-.][A-Fa-f]{2})\S*"),
    "digit": _Seed(r"[^\s\d]*\d\S*", parent="any", gap=8),
    "at": _Seed(r"[^\s@]*@\S*", parent="any"),
    "dot": _Seed(r"\S*?\.\w\S*", parent="any"),
    "hexword": _Seed(r"\S*?(?::|[A-Fa-f]{2}[-.][A-Fa-f]{2})\S*", parent="any"),
    "date": _Seed(r"\S*?(?:\d[-/.]|[-/.]\d)\S*", parent="digit"),
    "hexnum": _Seed(r"\S*?(?:[0-9A-Fa-f][:.\-][0-9A-Fa-f]|::)\S*", parent="digit"),
    "iban": _Seed(r"\S*?[A-Za-z]{2}\d{2}\S*", parent="digit", whole_pieces=True, widen=True),
    "long": _Seed(r"\S*?[0-9A-Za-z]{26}\S*", parent="digit"),
    "dea": _Seed(r"\S*?[A-Za-z][A-Za-z9]\d{7}\S*", parent="digit"),
}
# The seeds of Presidio's predefined recognizers; others run over the whole text.
_RECOGNIZER_SEEDS = {
    "CreditCardRecognizer": ("digit",),
    "UsBankRecognizer": ("digit",),
    "UsLicenseRecognizer": ("digit",),
    "UsItinRecognizer": ("digit",),
    "UsPassportRecognizer": ("digit",),
    "UsSsnRecognizer": ("digit",),
    "NhsRecognizer": ("digit",),
    "PhoneRecognizer": ("digit",),
    "CryptoRecognizer": ("long",),
    "DateRecognizer": ("date",),
    "IbanRecognizer": ("iban",),
    "MedicalLicenseRecognizer": ("dea",),
    "EmailRecognizer": ("at",),
    "UrlRecognizer": ("dot",),
    "IpRecognizer": ("hexnum", "hexword"),
    "MacAddressRecognizer": ("hexnum", "hexword"),
    "UuidRecognizer": ("hexnum", "hexword"),
}
_SEPARATOR = "\n"
_WARM_UP = (
    "Reach jane@example.com or +1 212-555-0199, 020 7946 0958, 089 12345678; card 4111 1111 1111 1111, "
    "IBAN GB82 WEST 1234 5698 7654 32, ssn 078-05-1120 on 2024-01-02 from 192.168.0.1 / fe80::1, "
    "mac 00:1A:2B:3C:4D:5E, see https://example.com and www.example.org"
)
_WORD = re.compile(r"\w+")
_NER_RECOGNIZERS = {"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer", "GLiNERRecognizer"}


@lru_cache(maxsize=1)
def _offline_suffixes():
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _email_has_domain(match: str) -> bool:
    """EmailRecognizer.validate_result, with the bundled public suffix list (no download)."""
    return _offline_suffixes()(match).fqdn != ""


_DOUBLED_DIGIT = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a Luhn digit doubled, its two digits summed


def _luhn(replacement_pairs: Sequence[tuple[str, str]]) -> Callable[[str], bool]:
    """CreditCardRecognizer.validate_result: its sanitizing, then the Luhn checksum, on
    slices instead of per-digit lists (a fifth of the time; a dense text holds a dozen cards)."""

    def valid(match: str) -> bool:
        for old, new in replacement_pairs:
            match = match.replace(old, new)
        odd = sum(map(int, match[-1::-2]))
        return (odd + sum(_DOUBLED_DIGIT[d] for d in map(int, match[-2::-2]))) % 10 == 0

    return valid


def _own_validator(recognizer) -> Callable[[str], bool | None] | None:
    """A faster or offline twin of a predefined recognizer's ``validate_result``, unless a
    subclass has replaced it: that one is the source of truth."""
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, EmailRecognizer

    method = type(recognizer).validate_result
    if method is EmailRecognizer.validate_result:
        return _email_has_domain
    if method is CreditCardRecognizer.validate_result:
        return _luhn(recognizer.replacement_pairs)
    return None


# Above this many characters a pattern runs on the ``regex`` engine, whose timeout bounds a
# pattern that backtracks badly on a long word; below it the stdlib engine is faster.
_LARGE_WINDOW = 20_000


@dataclass(slots=True)
class _Pattern:
    """One Presidio pattern, compiled by both engines: ``regex`` (Presidio's own, with a
    timeout) and, where it compiles, the stdlib's. ``compiled`` is whichever was faster on
    a sample at start-up; long windows always use ``regex`` so its timeout bounds them."""

    score: float
    needs_context: bool  # cannot reach min_score without a context word
    guarded: object  # the ``regex`` engine's compiled pattern
    stdlib: object | None  # the stdlib's, or None where it does not compile the same
    compiled: object = None

    def choose_engine(self, sample: str) -> None:
        engines = [e for e in (self.stdlib, self.guarded) if e is not None]
        self.compiled = min(engines, key=lambda engine: _time_finditer(engine, sample))

    def finditer(self, text: str, deadline: float):
        if len(text) <= _LARGE_WINDOW:
            return self.compiled.finditer(text)
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise BudgetExceeded("pii: budget ran out")
        try:
            return list(self.guarded.finditer(text, timeout=min(remaining, 3600.0)))
        except TimeoutError as exc:
            raise BudgetExceeded("pii: a pattern ran past the budget on a long input") from exc


def _time_finditer(engine, sample: str) -> float:
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _match in engine.finditer(sample):
            pass
        best = min(best, time.perf_counter() - started)
    return best


@dataclass(slots=True)
class _Plan:
    """How one Presidio recognizer is executed."""

    recognizer: object
    entity: str
    seeds: tuple[str, ...] | None  # None: the whole text
    kind: str  # "patterns", "phone" or "analyze"
    patterns: list[_Pattern]
    validate: Callable[[str], bool | None] | None
    invalidate: Callable[[str], bool | None] | None
    context: re.Pattern[str] | None
    context_words: tuple[str, ...] = ()
    phone: PhoneFinder | None = None


@dataclass(slots=True)
class _Window:
    """Some words of the text, joined into one string with their original offsets."""

    text: str
    starts: list[int]  # where each piece begins in ``text``
    origins: list[int]  # where each piece begins in the original text
    ends: list[int]  # where each piece ends in ``text``

    def piece_around(self, position: int) -> tuple[int, int]:
        """The original span of the piece holding ``position``."""
        i = bisect.bisect_right(self.starts, position) - 1
        return self.origins[i], self.origins[i] + self.ends[i] - self.starts[i]

    def to_original(self, start: int, end: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or end > self.ends[i]:
            return None  # a match across two pieces is not a match in the text
        shift = self.origins[i] - self.starts[i]
        return start + shift, end + shift


def default_recognizers(language: str = "en") -> list:
    """Presidio's predefined recognizers for ``language``, minus NER ones (not inline)."""
    from presidio_analyzer import RecognizerRegistry

    registry = RecognizerRegistry(supported_languages=[language])
    presidio_log = logging.getLogger("presidio-analyzer")
    level = presidio_log.level
    presidio_log.setLevel(logging.ERROR)  # it warns about every recognizer of other languages
    try:
        registry.load_predefined_recognizers(languages=[language])
    finally:
        presidio_log.setLevel(level)
    return [r for r in registry.recognizers if type(r).__name__ not in _NER_RECOGNIZERS]


# A long alternation of literals, as in Presidio's URL patterns: (?:(?:com)|(?:edu)|...)
_LITERAL_ALTERNATION = re.compile(r"\(\?:\(\?:[a-z0-9\-]+\)(?:\|\(\?:[a-z0-9\-]+\)){19,}\)")
_LITERAL = re.compile(r"\(\?:([a-z0-9\-]+)\)")


def _factor_by_first_letter(match: re.Match[str]) -> str:
    """The same alternation grouped by first character, each group in the original order.
    Only literals starting with the next character can match, in the same order as before,
    so the engine chooses the same alternative; it just stops trying 700 of them at every
    dot."""
    groups: dict[str, list[str]] = {}
    for literal in _LITERAL.findall(match.group()):
        groups.setdefault(literal[0], []).append(re.escape(literal[1:]))
    return "(?:" + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


def _compile(pattern: str, flags: int) -> tuple[object, object | None]:
    """(``regex`` engine, stdlib engine or None), after factoring literal alternations."""
    pattern = _LITERAL_ALTERNATION.sub(_factor_by_first_letter, pattern)
    guarded = regex.compile(pattern, flags)
    stdlib = None
    if flags & ~(re.IGNORECASE | re.MULTILINE | re.DOTALL) == 0:
        try:
            stdlib = re.compile(pattern, flags)
        except re.error:
            pass
    return guarded, stdlib


def _overridden(recognizer, name: str) -> bool:
    from presidio_analyzer import PatternRecognizer

    return getattr(type(recognizer), name) is not getattr(PatternRecognizer, name)


def _context_regex(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


class _ContextWords:
    """Where each plan's context words occur in a lowered text, found in one Aho-Corasick
    pass instead of a regex search per recognizer and per finding. Only plans whose words
    are all ASCII are indexed: lowering a word alone and inside the text can differ only
    in non-ASCII letters (a Greek final sigma), so for these the hits are exact."""

    def __init__(self, plans: Sequence[_Plan]) -> None:
        owners: dict[str, list[int]] = {}
        self.indexed = {i for i, plan in enumerate(plans) if plan.context_words and all(w.isascii() for w in plan.context_words)}
        for i in sorted(self.indexed):
            for word in plans[i].context_words:
                owners.setdefault(word, []).append(i)
        self._automaton = AhoCorasick(owners) if owners else None
        self._owners = list(owners.values())

    def find(self, text: str, lowered: str) -> dict[int, list[tuple[int, int]]] | None:
        """Spans of the indexed plans' context words in ``lowered`` (``text`` lowered), by
        plan, in order of their ends; None when lowering changed the length (a dotted "İ"),
        so offsets no longer line up with the text's."""
        if self._automaton is None or len(lowered) != len(text):
            return None
        hits: dict[int, list[tuple[int, int]]] = {i: [] for i in self.indexed}
        for word, start, end in self._automaton.find_matches_as_indexes(lowered, overlapping=True):
            for i in self._owners[word]:
                hits[i].append((start, end))
        return hits


def _plan(recognizer, min_score: float) -> _Plan | None:
    from presidio_analyzer import PatternRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    name = type(recognizer).__name__
    if name in _NER_RECOGNIZERS:
        return None
    entity = recognizer.supported_entities[0]
    seeds = _RECOGNIZER_SEEDS.get(name)
    words = tuple(dict.fromkeys(w.lower() for w in getattr(recognizer, "context", None) or () if w))
    context = _context_regex(words)
    if isinstance(recognizer, PhoneRecognizer):
        finder = PhoneFinder(tuple(recognizer.supported_regions), recognizer.leniency)
        return _Plan(recognizer, entity, seeds, "phone", [], None, None, context, words, finder)
    if not isinstance(recognizer, PatternRecognizer) or _overridden(recognizer, "analyze"):
        return _Plan(recognizer, entity, seeds, "analyze", [], None, None, context, words)
    validate = _own_validator(recognizer)
    if validate is None and _overridden(recognizer, "validate_result"):
        validate = recognizer.validate_result
    invalidate = recognizer.invalidate_result if _overridden(recognizer, "invalidate_result") else None
    patterns = []
    for pattern in recognizer.patterns:
        best = 1.0 if validate is not None else pattern.score
        guarded, stdlib = _compile(pattern.regex, recognizer.global_regex_flags or 0)
        patterns.append(_Pattern(pattern.score, best < min_score, guarded, stdlib))
    return _Plan(recognizer, entity, seeds, "patterns", patterns, validate, invalidate, context, words)


def remove_contained(findings: list[Finding]) -> list[Finding]:
    """Presidio's ``remove_duplicates``: per type, drop a finding that lies inside another
    with an equal or higher score."""
    ordered = sorted(set(findings), key=lambda f: (f.type, f.start, -(f.end - f.start), -f.score))
    kept: list[Finding] = []
    active: list[Finding] = []
    current_type = None
    for f in ordered:
        if f.type != current_type:
            current_type, active = f.type, []
        active = [a for a in active if a.end >= f.start]
        if any(a.start <= f.start and f.end <= a.end and f.score <= a.score for a in active):
            continue
        kept.append(f)
        active.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.type))


class PiiCheck:
    """Finds PII with Presidio's recognizers. ``run`` returns findings at or above
    ``min_score``, each typed by Presidio entity (``EMAIL_ADDRESS``, ``CREDIT_CARD``...)."""

    name = "pii"

    def __init__(
        self,
        recognizers: Sequence | None = None,
        entities: Iterable[str] | None = None,
        min_score: float = 0.4,
        context: bool = True,
    ) -> None:
        recognizers = default_recognizers() if recognizers is None else list(recognizers)
        wanted = set(entities) if entities is not None else None
        self.min_score = min_score
        self.use_context = context
        self._plans = [
            plan
            for plan in (_plan(r, min_score) for r in recognizers)
            if plan is not None and (wanted is None or plan.entity in wanted)
        ]
        self.entities = sorted({p.entity for p in self._plans})
        self._context_words = _ContextWords(self._plans)
        # each word regex runs on "\n" + text: starting at a whitespace lets the engine skip
        self._seed_words = {name: re.compile(r"\s(?:" + seed.word + ")") for name, seed in _SEEDS.items()}
        sample = _WARM_UP * 6
        for plan in self._plans:
            for pattern in plan.patterns:
                pattern.choose_engine(sample)
        try:  # load what recognizers load lazily, so the first request is not slow
            self.run(_WARM_UP)
        except Exception as exc:  # a broken recognizer fails its requests, by the fail mode
            log.warning("PII check warm-up failed; requests will fail by the policy's fail mode: %s", exc)

    def run(self, text: str, deadline: float = float("inf")) -> list[Finding]:
        windows: dict[tuple[str, ...], _Window] = {}
        words: dict[str, list[tuple[int, int]]] = {}
        lowered = text.lower()
        context_hits = self._context_words.find(text, lowered) if self.use_context else None
        findings: list[Finding] = []
        for index, plan in enumerate(self._plans):
            if time.perf_counter() > deadline:
                raise BudgetExceeded(f"pii: budget ran out before {type(plan.recognizer).__name__}")
            if plan.seeds is None:
                window = _Window(text, [0], [0], [len(text)])
            else:
                if plan.seeds not in windows:
                    windows[plan.seeds] = self._window(text, plan.seeds, words, windows)
                window = windows[plan.seeds]
            if not window.text:
                continue
            hits = context_hits.get(index) if context_hits is not None else None
            raw = self._execute(plan, window, lowered, hits, deadline)
            if raw:
                findings.extend(self._with_context(plan, remove_contained(raw), text, hits))
        kept = [f for f in findings if f.score >= self.min_score]
        return remove_contained(kept)

    def _execute(
        self, plan: _Plan, window: _Window, lowered: str, hits: list[tuple[int, int]] | None, deadline: float
    ) -> list[Finding]:
        """The plan's raw findings in the window; ``hits``: its context words' spans, or None
        where they were not indexed."""
        entity = plan.entity
        out: list[Finding] = []
        if plan.kind == "phone":
            for start, end in plan.phone.find(window.text, deadline):
                span = window.to_original(start, end)
                if span:
                    out.append(Finding("pii", entity, span[0], span[1], plan.recognizer.SCORE))
            return out
        if plan.kind == "analyze":
            results = plan.recognizer.analyze(window.text, plan.recognizer.supported_entities, None)
            for r in results or ():
                span = window.to_original(r.start, r.end)
                if span and r.score > 0:
                    out.append(Finding("pii", r.entity_type, span[0], span[1], r.score))
            return out
        has_context = None
        source = window.text
        for pattern in plan.patterns:
            if pattern.needs_context:
                if not self.use_context or plan.context is None:
                    continue
                if has_context is None:
                    has_context = bool(hits) if hits is not None else plan.context.search(lowered) is not None
                if not has_context:
                    continue
            for match in pattern.finditer(source, deadline):
                start, end = match.span()
                if start == end:
                    continue
                score = pattern.score
                if plan.validate is not None:
                    verdict = plan.validate(source[start:end])
                    if verdict is not None:
                        score = 1.0 if verdict else 0.0
                if plan.invalidate is not None and plan.invalidate(source[start:end]):
                    score = 0.0
                if score > 0:
                    span = window.to_original(start, end)
                    if span:
                        out.append(Finding("pii", entity, span[0], span[1], score))
        return out

    def _with_context(
        self, plan: _Plan, findings: list[Finding], text: str, hits: list[tuple[int, int]] | None
    ) -> list[Finding]:
        """Presidio's context boost: a context word among the words before a finding."""
        if not self.use_context or plan.context is None:
            return findings
        boosted = []
        for f in findings:
            if f.score < 1.0 and self._context_before(plan.context, text, f.start, hits):
                score = min(1.0, max(f.score + CONTEXT_BOOST, MIN_SCORE_WITH_CONTEXT))
                f = Finding(f.check, f.type, f.start, f.end, score, "context")
            boosted.append(f)
        return boosted

    @staticmethod
    def _context_before(context: re.Pattern[str], text: str, start: int, hits: list[tuple[int, int]] | None) -> bool:
        """Whether a context word is inside the five words before ``start`` or the word at
        it. With ``hits``, a finding with no context word anywhere in that stretch of text
        is answered without listing its words."""
        head_start = max(0, start - 160)
        own = _WORD.match(text, start)
        if hits is not None and not _any_within(hits, head_start, own.end() if own else start):
            return False
        words = _WORD.findall(text[head_start:start])[-CONTEXT_WORDS_BEFORE:]
        if own:
            words.append(own.group())
        return context.search("\x00".join(words).lower()) is not None

    def _words(self, text: str, seed: str, words: dict, windows: dict) -> list[tuple[int, int]]:
        """Spans of the words holding ``seed``, found in its parent's window if it has one."""
        if seed not in words:
            spec = _SEEDS[seed]
            regex_ = self._seed_words[seed]
            if spec.parent is None:
                found = [(m.start(), m.end() - 1) for m in regex_.finditer(_SEPARATOR + text)]
            else:
                parent = windows.get((spec.parent,)) or self._window(text, (spec.parent,), words, windows)
                windows[(spec.parent,)] = parent
                found = []
                for m in regex_.finditer(_SEPARATOR + parent.text):
                    if spec.whole_pieces:
                        span = parent.piece_around(m.start())
                    else:
                        span = parent.to_original(m.start(), m.end() - 1)
                    if span and (not found or found[-1] != span):
                        found.append(span)
            words[seed] = found
        return words[seed]

    def _window(self, text: str, seeds: tuple[str, ...], words: dict, windows: dict) -> _Window:
        """The words holding any of ``seeds``, joined into one string (see :class:`_Seed`)."""
        spans: list[tuple[int, int]] = []
        for seed in seeds:
            spans.extend(self._words(text, seed, words, windows))
        if not spans:
            return _Window("", [], [], [])
        gap = max(_SEEDS[seed].gap for seed in seeds)
        widen = any(_SEEDS[seed].widen for seed in seeds)
        if widen:
            spans = [_neighbour_words(text, start, end) for start, end in spans]
        if len(seeds) > 1 or widen:
            spans.sort()
        merged = [list(spans[0])]
        for start, end in spans[1:]:
            if start - merged[-1][1] <= gap:
                if end > merged[-1][1]:
                    merged[-1][1] = end
            else:
                merged.append([start, end])
        pieces = [text[start:end] for start, end in merged]
        origins = [start for start, _ in merged]
        starts = list(itertools.accumulate((len(p) + len(_SEPARATOR) for p in pieces[:-1]), initial=0))
        ends = [start + len(piece) for start, piece in zip(starts, pieces)]
        return _Window(_SEPARATOR.join(pieces), starts, origins, ends)


def _any_within(hits: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of ``hits`` (ordered by their ends) lies inside ``start:end``."""
    for hit_start, hit_end in itertools.islice(hits, bisect.bisect_right(hits, start, key=lambda hit: hit[1]), None):
        if hit_end > end:
            return False
        if hit_start >= start:
            return True
    return False


_NEIGHBOUR = re.compile(r"\S+")


def _neighbour_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a window by one word on each side when only one space separates them, so a
    number group without a seed at either end ("... 7654 AB") is inside it."""
    if end + 1 < len(text) and text[end] == " " and not text[end + 1].isspace():
        m = _NEIGHBOUR.match(text, end + 1)
        end = m.end()
    if start >= 2 and text[start - 1] == " " and not text[start - 2].isspace():
        left = start - 2
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        start = left
    return start, end
