"""Prompt-injection and jailbreak detection with rules, on normalized text.

Aho-Corasick passes find every rule keyword in the normalized text; a rule's pattern is tried only
near its keywords. Matched rules combine as independent evidence,
``score = 1 - prod(1 - weight)``, so several weak signals add up while one weak word
never flags. Text from an untrusted *data* field (a retrieved document, a tool result) is
held to a stricter standard: instruction-like evidence there counts twice, because a
document has no business addressing the model (evidence that only names something, a
password or a jailbreak, gives no order and counts the same anywhere). An attack quoted
in a text about attacks ("why do attackers write 'ignore previous instructions'?"), or named
as words ("they hid the phrase '...'"), is a mention: it keeps MENTION of its weight and gives
no order. An order reported as given to someone else ("my manager told me to ignore the old
guidelines") is not given to the reader at all.
"""

from __future__ import annotations

import bisect
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

import regex
from ahocorasick_rs import AhoCorasick

from guardrails.checks import BudgetExceeded, Finding
from guardrails.checks.injection_rules import FLOOD, RULES, SIGNALS, Rule
from guardrails.normalize import fold_letters, normalize, spans_around

_WORD_START = re.compile(r"\w")
# Characters that can come right before a word; for the keyword pass they become spaces.
_WORD_BREAK = re.compile(r"[^\w '\-]")  # spaces need no replacing
_LATIN1_WORD_BREAK = bytes(c if _WORD_BREAK.match(chr(c)) is None else 32 for c in range(256))
_FEW_WIDE_LETTERS = 64  # more characters beyond Latin-1, and one regex pass beats putting letters back
# Scripts written without spaces between words (CJK, Thai, Lao, Khmer, Myanmar): their
# keywords are found anywhere, not only where a word starts
_NO_SPACES = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u9fff\uf900-\ufaff]")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_REPEATED_RUN = re.compile(r"(.{2,12}?)\1{5,}")
# A word this long made of one short run repeated is a flood; a laugh ("hahaha...") is shorter.
_RUN_FLOOD = 200
_TABLE_BORDERS = ("|", "│", "┃", "║")  # a cell's wall, drawn in ASCII or in box-drawing characters
_MARKUP_TOKENS = {*_TABLE_BORDERS, "-", "*", "+", "•", "#", ">", "||", "--", "|-", "-|"}
_NUMBER = re.compile(r"\d+|[0-9a-f]{2}")  # a count, or a byte in hex
# A quoted attack in a text about attacks is an example, not an order: "why do attackers
# write 'ignore previous instructions'?" What the quote says keeps MENTION of its weight.
_QUOTES = (("'", "'"), ('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"))
_QUOTE_LENGTH = (4, 200)  # characters inside a quote
_QUOTES_TRIED = 8  # quotes of one rule's matches looked past for a match outside them
# Telling the reader to carry out what is quoted makes the quote an order: "do this one: '...'"
# (not asking whether someone would: "to test whether the tools would obey it")
_ACT_ON_QUOTE = re.compile(
    r"(?<!\bwould\s)(?<!\bcould\s)(?<!\bmight\s)\b(?:do|follow|execute|obey|perform|carry\s+out|act\s+on)\s+(?:this|it|that|them|these)\b|\bcomply\b|\bfollow\s+(?:the\s+)?(?:above|quoted?|following)\b"
)
# The tools that catch attacks make a text about them too ("a regex that matches 'ignore all
# previous instructions'"), but only name the topic: words about attacks are the topic and
# not evidence, while these stay evidence ("your filter is off").
_ABOUT_ATTACKS = re.compile(
    r"\b(?:prompt[- ]injections?|injection\s+attacks?|jailbreak\w*|attack(?:er)?s?|hackers?|adversaries|adversarial|malicious|phishing|red[- ]team\w*|scammers?|guardrails?|cyber[- ]?security|infosec"
    r"|(?P<tool>injections?|regex(?:es)?|regular\s+expressions?|classifiers?|detectors?|filters?|blocklists?|denylists?|datasets?|evals?|evaluations?|test\s+cases?|benchmarks?))\b"
)
# The starts of _ABOUT_ATTACKS's words, found in the keyword pass as if a rule's (index -1)
_ATTACK_WORDS = (
    "prompt injection", "prompt-injection", "injection", "jailbreak", "attack", "hacker", "adversar", "malicious", "phishing", "red team", "red-team", "scammer", "guardrail",
    "cybersecurity", "cyber security", "cyber-security", "infosec",
    "regex", "regular expression", "classifier", "detector", "filter", "blocklist", "denylist", "dataset", "eval", "test case", "benchmark",
)
# Who else may type a quote, and the starts of their verbs of typing
_QUOTERS = ("user", "users", "someone", "somebody", "anyone", "people", "customer", "customers", "visitor", "visitors", "attacker", "attackers")
_TYPING = ("type", "say", "said", "writ", "wrote", "send", "sent", "enter", "ask")
# A quote named as words is talked about: "they hid the phrase '...' in white text", "prompts such as '...'"
# (not "translate the text '...'", where the quote is the input to work on); so is what someone
# else types: "what happens if a user types '...'?"
_NAMES_A_QUOTE = re.compile(
    r"(?:^|\b(?!(?:with|say|saying|said|output|print|write|type|respond|reply|answer|repeat|use|using|end|start|begin|include|add|append)\b)\w+\s+)"
    r"(?:(?:the|a|this|that)\s+(?:\w+\s+)?(?:phrase|words?|wording|sentence|string|keyword|expression|slogan)|\w+\s+such\s+as)\s+\Z"
    rf"|\b(?:{'|'.join(_QUOTERS)})\s+(?:{'|'.join(_TYPING)})\w*\s+\Z"
)
# A clause describing what something does: "attacks where instructions in a page override ...";
# not one that speaks to the reader ("when you see this, ...") or goes on to an order ("... but now ..."),
# nor a relative clause, which casts a persona as often ("DAN, a jailbreak that ignores all rules")
_DESCRIBED = re.compile(r"\b(?:where|whereby|when|whenever)\s+(?!(?:you|u|ur|i)\b)(?:(?!(?:but|and|so|then|now|please|just)\b)[\w'-]+\s+){1,6}\Z")
# An order reported as given to someone other than the reader is not given to the reader: "a
# student asked it to print the previous instructions", "by telling the chatbot to pretend ...",
# "my manager told me to ignore the old guidelines", "the robot is told to forget its orders".
# Not when the reader is the one told ("you were told to ...", "the assistant is instructed to
# ...", "I was told to tell you to ..."), nor a persona cast in a relative clause ("a version of
# you that was told to ..."), nor past the clause ("... told me so, and now ignore ...").
_REPORTER = re.compile(
    r"(?:\b(?:asking|telling|instructing|prompting|getting|convincing|tricking|persuading|begging|forcing)\s+(?!you\b)(?:[\w']+\s+){1,3}?"
    r"|\b(?:asked|told|instructed|prompted|got|convinced|tricked|persuaded|begged|ordered|forced)\s+"
    r"(?:me|him|her|us|them|it|(?:the|a|his|her|their|my|our)\s+(?!(?:\w+\s+)?(?:ai|assistant|model|llm|gpt|agent)s?\b)(?:\w+\s+)?\w+)\s+"
    r"|\b(?!(?:you|u|ai|assistant|model|llm|agent|that|which|who)\b)\w+\s+(?:is|was|were|are|gets?|got|(?:has|have|had)\s+been)\s+(?:\w+\s+)?(?:told|asked|instructed|ordered|directed|forced)\s+)\Z"
)
# ... and what they are told, to the end of its clause (found first: it is the cheaper search)
_TOLD_TO = re.compile(r"\s(?:to|into)\s+")
_REST_OF_CLAUSE = re.compile(r"(?:(?!\b(?:and|but|then|now|so|you|your)\b)[^.;:!?\n]){0,60}\Z")
_REPORTING = ("ask", "tell", "told", "instruct", "prompt", "get", "got ", "convinc", "trick", "persua", "beg", "forc", "order", "direct")
_NAMING_WORDS = (
    ("phrase", "word ", "words ", "wording", "sentence", "string", "keyword", "expression", "slogan", "such as")
    + tuple(f"{who} {verb}" for who in _QUOTERS for verb in _TYPING)
)  # _NAMES_A_QUOTE's, found as if a rule's (index -2)
_TOPIC = -1
_NAMING = -2
_EXCUSE_REACH = 100  # characters before a match where a rule's ``not_after`` is looked for
MENTION = 0.25


@dataclass(frozen=True)
class InjectionResult:
    """Score in [0, 1], whether it reaches the threshold, and the evidence."""

    score: float
    flagged: bool
    rules: tuple[str, ...] = ()
    matches: tuple[tuple[str, int, int], ...] = field(default=())  # (rule id, start, end) in the original text

    def as_dict(self) -> dict:
        return {"score": round(self.score, 4), "flagged": self.flagged, "rules": list(self.rules)}


def _compile(pattern: str):
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


class InjectionCheck:
    """Scores text for prompt injection. ``rules`` defaults to the built-in library;
    ``disabled`` drops rules by id, ``weights`` re-weights them by id."""

    name = "injection"

    def __init__(
        self,
        rules: Iterable[Rule] | None = None,
        threshold: float = 0.5,
        disabled: Iterable[str] = (),
        weights: Mapping[str, float] | None = None,
    ) -> None:
        weights = dict(weights or {})
        off = set(disabled)
        self.threshold = threshold
        # rules see text folded by normalization (no diacritics: "précédentes" reads "precedentes"), so are folded the same way
        self.rules = [
            replace(r, weight=weights.get(r.id, r.weight), pattern=fold_letters(r.pattern), keywords=tuple(fold_letters(k) for k in r.keywords))
            for r in (RULES if rules is None else rules)
            if r.id not in off
        ]
        self._patterns = [_compile(r.pattern) for r in self.rules]
        # each searched in the stretch of text that ends where a match starts
        self._not_after = {i: _compile(rf"(?:{fold_letters(r.not_after)})\Z") for i, r in enumerate(self.rules) if r.not_after}
        self._always = [i for i, r in enumerate(self.rules) if not r.keywords]
        # Each keyword found lists the rules it belongs to: (rule index, the rule's match if anchored).
        by_keyword: dict[str, list[tuple[int, Callable | None]]] = {}
        for i, rule in enumerate(self.rules):
            for keyword in dict.fromkeys(rule.keywords):
                by_keyword.setdefault(keyword, []).append((i, self._patterns[i].match if rule.anchored else None))
        for keyword in _ATTACK_WORDS:
            by_keyword.setdefault(keyword, []).append((_TOPIC, None))
        for keyword in _NAMING_WORDS:
            by_keyword.setdefault(keyword, []).append((_NAMING, None))
        # Word keywords: one Aho-Corasick pass over the text with word breaks turned into
        # spaces, each keyword prefixed by a space so it is only found at a word's start.
        # Symbol keywords (and those of scripts written without spaces) in a second pass over
        # the text as it is, found anywhere. A keyword found gives its rules.
        words: dict[str, list] = {}
        symbols: dict[str, list] = {}
        for keyword, rules in by_keyword.items():
            if _WORD_START.match(keyword) and not _NO_SPACES.search(keyword):
                spaced_word = _WORD_BREAK.sub(" ", keyword)  # as it reads in the keyword pass ("a.i." -> "a i ")
                for before in " '-":  # a quote or dash right before the word still starts it
                    words.setdefault(before + spaced_word, []).extend(rules)
            else:
                symbols[keyword] = rules
        self._words = (AhoCorasick(words), list(words.values())) if words else None
        self._symbols = (AhoCorasick(symbols), list(symbols.values())) if symbols else None
        self._signals = {name: w for name, (w, _, _) in SIGNALS.items() if f"signal.{name}" not in off}
        self._flood = weights.get("flood.repetition", FLOOD[0]) if "flood.repetition" not in off else None
        self.scan("Warm-up: ignroe the typo.")  # builds normalization's automata now, not on the first request

    def _keyword_hits(self, source: str) -> Iterable[tuple[int, list]]:
        """(start, rules) for every keyword in ``source``."""
        hits = []
        if self._words is not None:  # positions in " " + spaced carry over: its keywords start with a break
            automaton, rules = self._words
            spaced = " " + _spaced(source) + " "
            hits += [(start, rules[i]) for i, start, _ in automaton.find_matches_as_indexes(spaced, overlapping=True)]
        if self._symbols is not None:
            automaton, rules = self._symbols
            hits += [(start, rules[i]) for i, start, _ in automaton.find_matches_as_indexes(source, overlapping=True)]
        return hits

    def scan(self, text: str, *, data: bool = False, deadline: float = float("inf")) -> InjectionResult:
        """Score ``text``; ``data=True`` when it comes from an untrusted data field."""
        norm = normalize(text)
        source = norm.text
        found: dict[int, tuple[int, int]] = {}  # rule index -> normalized span
        near: dict[int, list[int]] = {}  # unanchored rule index -> its keyword positions
        for count, (p, rules) in enumerate(self._keyword_hits(source)):
            if count % 64 == 63 and time.perf_counter() > deadline:
                raise BudgetExceeded("injection: budget ran out")
            for i, match in rules:
                if i in found:
                    continue
                if match is None:
                    near.setdefault(i, []).append(p)
                elif (m := match(source, p)) and not self._excused(i, source, p):
                    found[i] = m.span()
        topic = near.pop(_TOPIC, [])  # where words about attacks start
        naming = sorted(near.pop(_NAMING, ()))  # where words that may name a quote start
        # An unanchored rule is tried once per stretch of text around its keywords:
        # keywords close together share one search instead of rescanning the same words.
        for i, positions in near.items():
            if i in found:
                continue
            if time.perf_counter() > deadline:
                raise BudgetExceeded("injection: budget ran out")
            for start, end in spans_around(sorted(positions), *self.rules[i].reach):
                if (m := self._patterns[i].search(source, start, end)) and not self._excused(i, source, m.start()):
                    found[i] = m.span()
                    break
        for i in self._always:
            m = self._patterns[i].search(source)
            if m and not self._excused(i, source, m.start()):
                found[i] = m.span()
        if topic or naming:  # a text may quote an attack and then give it: the rule's evidence is the given one
            found = {i: self._unquoted(i, source, span, bool(topic)) if topic or _named_before(naming, span[0]) else span for i, span in found.items()}
        # (id, weight, family, span, whether it is an order and so counts double in data)
        evidence: list[tuple[str, float, str, tuple[int, int] | None, bool]] = []
        for i, span in sorted(found.items(), key=lambda item: -self.rules[item[0]].weight):
            rule = self.rules[i]
            # rules of one family matching the same words (say, English and French) are one piece of evidence
            if any(f == rule.family and s and s[0] < span[1] and span[0] < s[1] for _, _, f, s, _ in evidence):
                continue
            # and a rule counts once however often it matches, with its translation ("x_ml") too:
            # a bilingual manual naming "password" and "Passwort" names one thing
            if any(_untranslated(e[0]) == _untranslated(rule.id) for e in evidence):
                continue
            evidence.append((rule.id, rule.weight, rule.family, span, rule.orders))
        if evidence and (topic or naming):
            evidence = _as_mentions(evidence, source, topic, naming)
        for name in norm.signals & self._signals.keys():  # what normalization undid means the same in any field
            evidence.append((f"signal.{name}", self._signals[name], "encoded", None, False))
        if self._flood is not None and _is_flood(norm.words, norm.long_words):
            evidence.append(("flood.repetition", self._flood, "flood", None, False))
        miss = 1.0
        for _, weight, _, _, order in evidence:
            if data and order:
                weight = 1 - (1 - weight) ** 2
            miss *= 1 - weight
        score = 1 - miss
        matches = tuple(
            (rule_id, *norm.to_original(*span)) if span else (rule_id, 0, len(text))
            for rule_id, _, _, span, _ in sorted(evidence, key=lambda e: e[0])
        )
        return InjectionResult(score, score >= self.threshold, tuple(m[0] for m in matches), matches)

    def _unquoted(self, i: int, source: str, span: tuple[int, int], about: bool) -> tuple[int, int]:
        """Rule ``i``'s first match outside quotes from ``span`` on, else ``span``; only
        quotes that may be mentions are looked past (any, in a text ``about`` attacks)."""
        at = span
        for _ in range(_QUOTES_TRIED):
            quote = _quote_around(source, *at)
            if quote is None or not (about or _named(source, quote)):
                return at
            m = self._patterns[i].search(source, quote[1])
            if m is None or self._excused(i, source, m.start()):
                break
            at = m.span()
        return span

    def _excused(self, i: int, source: str, start: int) -> bool:
        """Whether the text before rule ``i``'s match at ``start`` makes it no order: the
        rule's own ``not_after``, or a report of an order given to someone else."""
        if i in self._not_after and self._not_after[i].search(source, max(0, start - _EXCUSE_REACH), start):
            return True
        if not self.rules[i].orders:
            return False
        clause = source[max(0, start - 70) : start]  # where "to" must be
        if " to " not in clause and " into " not in clause:
            return False
        before = source[max(0, start - 115) : start]
        if not any(verb in before for verb in _REPORTING):
            return False
        return any(
            _REST_OF_CLAUSE.match(before, told.end()) and _REPORTER.search(before, max(0, told.start() - 45), told.start() + 1)
            for told in _TOLD_TO.finditer(before, max(0, len(before) - 70))
        )

    def run(self, text: str, deadline: float = float("inf"), *, data: bool = False) -> list[Finding]:
        """The engine's view: one finding per matched rule, scored with the text's score."""
        result = self.scan(text, data=data, deadline=deadline)
        return [
            Finding("injection", "PROMPT_INJECTION", start, end, result.score, rule_id)
            for rule_id, start, end in result.matches
        ]


def _untranslated(rule_id: str) -> str:
    """The id of the rule whose translation ``rule_id`` is (rules in other languages end "_ml")."""
    return rule_id.removesuffix("_ml")


def _named_before(naming: list[int], start: int) -> bool:
    """Whether a word that may name a quote (found at ``naming``) comes in the stretch before
    ``start`` where the quote holding it could be named."""
    i = bisect.bisect_left(naming, start - _QUOTE_LENGTH[1] - 40)
    return i < len(naming) and naming[i] < start


def _named(source: str, quote: tuple[int, int]) -> bool:
    """Whether the text names the quote as words ("the phrase '...'"), see ``_NAMES_A_QUOTE``."""
    return _NAMES_A_QUOTE.search(source, max(0, quote[0] - 40), quote[0]) is not None


def _as_mentions(evidence: list, source: str, topic_starts: list[int], naming: list[int]) -> list:
    """Evidence talked about rather than given, as a mention: MENTION of its weight and no
    order. That is evidence in a quote the text names as words ("the phrase '...'"); in a
    text about attacks (its words start at ``topic_starts``, outside the quotes), evidence
    in any quote; and, where those words name attacks and not only the tools against them,
    evidence in a clause describing what something does ("attacks where instructions in a
    web page override the system prompt"). The words that make a text about attacks are
    then its topic, not evidence."""
    quote_of = {
        e: quote for e in evidence if e[3] and (topic_starts or _named_before(naming, e[3][0])) and (quote := _quote_around(source, *e[3]))
    }
    quotes = set(quote_of.values())
    named = [m for p in topic_starts if (m := _ABOUT_ATTACKS.match(source, p))]
    outside = [m for m in named if not any(s <= m.start() and m.end() <= t for s, t in quotes)]
    about = bool(outside)
    about_attacks = any(not m["tool"] for m in outside)  # not only a tool's name ("content filters")
    mentioned = set()
    for e in evidence:
        quote = quote_of.get(e)
        if quote is not None:
            if about or _named(source, quote):
                mentioned.add(e)
        elif about_attacks and e[4] and e[3] and _DESCRIBED.search(source, max(0, e[3][0] - 60), e[3][0]):
            mentioned.add(e)
    if not mentioned or any(not any(s <= m.start() < t for s, t in quotes) for m in _ACT_ON_QUOTE.finditer(source)):
        return evidence
    attack_words = [m.span() for m in named if not m["tool"]] if about else []  # a tool's name stays evidence
    out = []
    for e in evidence:
        if e in mentioned:
            out.append((e[0], e[1] * MENTION, e[2], e[3], False))
        elif not (e[3] and any(a < e[3][1] and e[3][0] < b for a, b in attack_words)):
            out.append(e)
    return out


def _quote_around(source: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation (with its marks) that holds ``source[start:end]`` on one line, if any:
    an opening mark not right after a letter, a closing one not right before a letter
    (so "don't" opens and closes nothing)."""
    shortest, longest = _QUOTE_LENGTH
    for opening, closing in _QUOTES:
        i = source.rfind(opening, max(0, end - longest - 1), start + 1)
        if i < 0 or (i and (source[i - 1].isalnum() or source[i - 1] == "_")):
            continue
        j = source.find(closing, i + 1, i + longest + 2)
        if j < 0 or j + 1 < end or j - i - 1 < shortest or "\n" in source[i:j]:
            continue
        if j + 1 < len(source) and (source[j + 1].isalnum() or source[j + 1] == "_"):
            continue
        return i, j + 1
    return None


def _spaced(text: str) -> str:
    """``text`` with every word break turned into a space, one character for one. By byte
    table, with the few letters beyond Latin-1 put back where they were ("ā" in a name;
    curly quotes and dashes are breaks anyway): a regex pass costs ten times more, and
    is left for text written mostly in another script."""
    if text.isascii():
        return text.encode("ascii").translate(_LATIN1_WORD_BREAK).decode("ascii")
    encoded = text.encode("latin-1", "replace")  # a wider character becomes "?", a break
    wide = encoded.count(b"?") - text.count("?")
    if wide > _FEW_WIDE_LETTERS:
        return _WORD_BREAK.sub(" ", text)
    spaced = encoded.translate(_LATIN1_WORD_BREAK).decode("latin-1")
    pieces, last, i = [], 0, encoded.find(b"?") if wide else -1
    while i >= 0:
        if text[i] != "?" and text[i].isalnum():
            pieces += (spaced[last:i], text[i])
            last = i + 1
        i = encoded.find(b"?", i + 1)
    pieces.append(spaced[last:])
    return "".join(pieces)


def _is_flood(tokens: list[str], long_tokens: list[str]) -> bool:
    """Most of the message (split into ``tokens``, of which ``long_tokens`` are the long ones) is
    one token repeated, or punctuation, or one short run repeated without spaces
    ("abcabcabc...")."""
    # a table (a fifth of the tokens are cell walls) repeats a mark in its cells ("✅") row after row
    counts = Counter(tokens) if len(tokens) >= 24 and len(set(tokens)) < 0.4 * len(tokens) else None
    if counts is not None and sum(counts[border] for border in _TABLE_BORDERS) < 0.2 * len(tokens):
        markup = 0
        for token in _MARKUP_TOKENS & counts.keys():  # tables and lists repeat these legitimately
            markup += counts.pop(token)
        for token in [t for t in counts if _NUMBER.fullmatch(t)]:  # so do a hex dump its bytes ("00", "ff") and a log its counts
            del counts[token]
        top = counts.most_common(1)[0][1] if counts else 0
        if top >= 20 and top >= 0.35 * len(tokens):
            return True
        if len(counts) < len(tokens) / 3:
            punctuation = markup + sum(n for token, n in counts.items() if _PUNCTUATION.fullmatch(token))
            if punctuation >= 0.75 * len(tokens):
                return True
    for token in [t for t in long_tokens if len(t) >= _RUN_FLOOD]:
        if not token[0].isalnum() and token.count(token[0]) == len(token):
            continue  # a rule or a heading's underline: "-----", "^^^^^"
        run = _REPEATED_RUN.match(token)
        if run and run.end() >= 0.6 * len(token):
            return True
    return False
