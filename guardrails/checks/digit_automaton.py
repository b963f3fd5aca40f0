"""One deterministic automaton over digit strings for many digit-only regexes at once.

Phone metadata describes numbers with regexes over digits (``[2-9]\\d{2}[2-9]\\d{6}``).
Asking Python's backtracking engine whether a digit string fits any of a country's
dozens of alternatives, country after country, costs a regex call per question; walking
one DFA built from all of them costs one step per digit. The DFA is a *necessary*
condition: it accepts a superset of each language (lookarounds and anchors are read as
always true), so a string it rejects for a label is certainly not in that language.

Languages are built from :class:`Lang` values (a regex, a regex cut where a group starts,
a concatenation, a union, anything) so a caller can spell "a national prefix, then a
number"; groups of them are decided together (see :class:`DigitAutomaton`).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

try:  # the stdlib's own regex parser: re._parser from 3.11, sre_parse before
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ALL_DIGITS = (1 << 10) - 1


@lru_cache(maxsize=1024)
def _parse(regex: str):
    """The stdlib's parse tree of ``regex``; phone metadata repeats its patterns often."""
    return _sre_parse.parse(regex)


class Unsupported(ValueError):
    """A regex uses a construct the automaton cannot over-approximate safely."""


class _OverBudget(Unsupported):
    """Building would take more states than are left."""


@dataclass(frozen=True)
class Lang:
    """A language over digits: ``regex`` (a pattern; with ``group``, the pattern's matches
    cut where that group starts), ``concat`` or ``union`` of parts, or ``anything``."""

    kind: str
    regex: str = ""
    parts: tuple[Lang, ...] = ()
    group: int | None = None

    @staticmethod
    def of(regex: str) -> Lang:
        return Lang("regex", regex)

    @staticmethod
    def before_group(regex: str, group: int) -> Lang:
        return Lang("regex", regex, group=group)

    @staticmethod
    def concat(*parts: Lang) -> Lang:
        return Lang("concat", parts=parts)

    @staticmethod
    def union(*parts: Lang) -> Lang:
        return Lang("union", parts=parts)

    @staticmethod
    def anything() -> Lang:
        return Lang("anything")

    @property
    def exact(self) -> bool:
        """Whether the automaton holds this language itself, not a superset (it reads
        anchors and lookarounds as always true): only then may its absence rule out."""
        if self.kind == "regex":
            return not _has_zero_width(_parse(self.regex))
        return all(part.exact for part in self.parts)


class _Nfa:
    """A Thompson NFA: ``moves[s]`` are (digit mask, target) pairs, ``eps[s]`` targets."""

    def __init__(self) -> None:
        self.moves: list[list[tuple[int, int]]] = []
        self.eps: list[list[int]] = []
        self._cut: int | None = None  # the group where matches are cut (Lang.before_group)

    def state(self) -> int:
        self.moves.append([])
        self.eps.append([])
        return len(self.moves) - 1

    def build(self, lang: Lang, start: int) -> int:
        """Add ``lang`` from ``start``; returns its end state."""
        if lang.kind == "regex":
            self._cut = lang.group
            try:
                return self._sequence(_parse(lang.regex), start)
            finally:
                self._cut = None
        if lang.kind == "concat":
            for part in lang.parts:
                start = self.build(part, start)
            return start
        if lang.kind == "union":
            end = self.state()
            for part in lang.parts:
                branch = self.state()
                self.eps[start].append(branch)
                self.eps[self.build(part, branch)].append(end)
            return end
        if lang.kind == "anything":
            loop = self.state()
            self.eps[start].append(loop)
            self.moves[loop].append((_ALL_DIGITS, loop))
            return loop
        raise ValueError(f"unknown language kind {lang.kind!r}")

    def _sequence(self, items: Iterable, start: int) -> int:
        for op, arg in items:
            start = self._item(str(op), arg, start)
        return start

    def _item(self, op: str, arg, start: int) -> int:
        if op in ("LITERAL", "IN", "ANY", "NOT_LITERAL"):
            end = self.state()
            mask = _mask(op, arg)
            if mask:
                self.moves[start].append((mask, end))
            return end
        if op == "SUBPATTERN":
            if arg[0] is not None and arg[0] == self._cut:
                return start  # the match is cut here: nothing of the group or after it
            return self._sequence(arg[-1], start)
        if op in ("AT", "ASSERT", "ASSERT_NOT"):
            return start  # zero-width: always true, a superset
        if op == "BRANCH":
            end = self.state()
            for branch in arg[1]:
                entry = self.state()
                self.eps[start].append(entry)
                self.eps[self._sequence(branch, entry)].append(end)
            return end
        if op in _REPEATS:
            low, high, body = arg
            for _ in range(low):
                start = self._sequence(body, start)
            if high == _sre_parse.MAXREPEAT:
                loop = self.state()
                self.eps[start].append(loop)
                self.eps[self._sequence(body, loop)].append(loop)
                return loop
            end = self.state()
            for _ in range(high - low):
                self.eps[start].append(end)
                start = self._sequence(body, start)
            self.eps[start].append(end)
            return end
        raise Unsupported(f"regex construct {op} is not supported")


_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _items(items) -> Iterable[tuple[str, object]]:
    """Every (operation name, argument) of a parsed regex, nested ones included."""
    for op, arg in items:
        op = str(op)
        yield op, arg
        if op == "SUBPATTERN":
            yield from _items(arg[-1])
        elif op in _REPEATS:
            yield from _items(arg[2])
        elif op == "BRANCH":
            for branch in arg[1]:
                yield from _items(branch)


def _has_zero_width(items) -> bool:
    return any(op in ("AT", "ASSERT", "ASSERT_NOT") for op, _ in _items(items))


def _digit_bit(code: int) -> int:
    """The mask bit of a character code that is an ASCII digit; 0 for any other."""
    return 1 << (code - 48) if 48 <= code <= 57 else 0


def _mask(op: str, arg) -> int:
    """The ASCII digits one character item matches, as a 10-bit mask."""
    if op == "ANY":
        return _ALL_DIGITS
    if op == "LITERAL":
        return _digit_bit(arg)
    if op == "NOT_LITERAL":
        return _ALL_DIGITS & ~_digit_bit(arg)
    mask, negate = 0, False
    for item_op, item in arg:
        item_op = str(item_op)
        if item_op == "NEGATE":
            negate = True
        elif item_op == "LITERAL":
            mask |= _digit_bit(item)
        elif item_op == "RANGE":
            for c in range(item[0], item[1] + 1):
                mask |= _digit_bit(c)
        elif item_op == "CATEGORY" and str(item) in ("CATEGORY_DIGIT", "CATEGORY_WORD", "CATEGORY_NOT_SPACE"):
            mask |= _ALL_DIGITS  # every digit is one of these
        elif item_op == "CATEGORY" and str(item) in ("CATEGORY_SPACE", "CATEGORY_NOT_WORD", "CATEGORY_NOT_DIGIT"):
            pass  # no digit is
        else:
            raise Unsupported(f"character class item {item_op} {item} is not supported")
    return _ALL_DIGITS & ~mask if negate else mask


Languages = Sequence[tuple[object, Lang]]


class DigitAutomaton:
    """A DFA over ASCII digit strings, built from groups of labelled languages. For each
    group, ``decide`` turns the labels of its languages that may hold a string into what
    :meth:`labels` reports (so a caller can ask for intersections and differences); the
    answer for a string is the union over the groups. Each group is determinized and
    minimized alone, then the groups are combined: one walk answers for all of them. A
    group with a construct the automaton cannot read, or past the budget of states (which
    bounds the time to build: a second or so), answers for every string as if all its
    languages held it; its answers are in :attr:`loose`."""

    def __init__(self, groups: Sequence[tuple[Languages, Callable[[frozenset], frozenset]]]) -> None:
        machines = []
        self.loose: frozenset = frozenset()
        budget = _MAX_STATES
        for languages, decide in groups:
            try:
                rows, outputs = _determinize(languages, decide, budget)
            except Unsupported as exc:  # not combined: its answer joins every state's
                self.loose |= frozenset(decide(frozenset(label for label, _ in languages)))
                if isinstance(exc, _OverBudget):  # the groups after it are not tried
                    budget = 0
                continue
            budget -= len(rows)
            machines.append(_minimize(rows, outputs))
        try:
            rows, outputs = _minimize(*_product(machines, _MAX_STATES)) if machines else _NOTHING
        except _OverBudget:  # too many groups to combine: every one of them is loose
            self.loose |= frozenset().union(*(output for m in machines for output in m[1]))
            rows, outputs = _NOTHING
        outputs = [output | self.loose for output in outputs]
        self._table = array("l", (10 * t - _ZERO for row in rows for t in row))
        self._labels = outputs
        self._start = 10 * _START - _ZERO

    def labels(self, digits: str) -> frozenset:
        """What the groups decide for ``digits`` (ASCII digits only)."""
        table = self._table
        at = self._start
        for byte in digits.encode():  # the table holds 10 * state - 48: one add per digit
            at = table[at + byte]
        return self._labels[(at + _ZERO) // 10]


_ZERO = ord("0")
_DEAD, _START = 0, 1  # every machine here: state 0 leads only to itself, state 1 is the start
_NONE: frozenset = frozenset()
Machine = tuple[list[list[int]], list[frozenset]]  # rows of ten next states, and each state's output
_NOTHING: Machine = ([[_DEAD] * 10, [_DEAD] * 10], [_NONE, _NONE])  # accepts no string


_MAX_STATES = 30_000  # all groups' states before minimizing, and the product's


def _determinize(languages: Languages, decide: Callable[[frozenset], frozenset], budget: int) -> Machine:
    """Subset construction; a state's output is ``decide`` of the labels it accepts.
    Raises _OverBudget past ``budget`` states."""
    if budget <= 2:
        raise _OverBudget("no states are left")
    nfa = _Nfa()
    start = nfa.state()
    accepting: dict[int, set[object]] = {}
    for label, lang in languages:
        entry = nfa.state()
        nfa.eps[start].append(entry)
        accepting.setdefault(nfa.build(lang, entry), set()).add(label)

    closures: dict[int, frozenset[int]] = {}

    def closure(s: int) -> frozenset[int]:
        """The states reachable from ``s`` without a digit that read one or accept."""
        if s not in closures:
            seen, stack = {s}, [s]
            while stack:
                for t in nfa.eps[stack.pop()]:
                    if t not in seen:
                        seen.add(t)
                        stack.append(t)
            closures[s] = frozenset(t for t in seen if nfa.moves[t] or t in accepting)
        return closures[s]

    steps: dict[int, list[frozenset[int]]] = {}

    def step(s: int) -> list[frozenset[int]]:
        """Where ``s`` goes on each digit, closed."""
        if s not in steps:
            targets: list[set[int]] = [set() for _ in range(10)]
            for mask, t in nfa.moves[s]:
                for d in range(10):
                    if mask >> d & 1:
                        targets[d] |= closure(t)
            steps[s] = [frozenset(t) for t in targets]
        return steps[s]

    first = closure(start)
    ids: dict[frozenset[int], int] = {frozenset(): _DEAD, first: _START}
    rows: list[list[int]] = [[_DEAD] * 10, []]
    pending = [first]
    while pending:
        current = pending.pop()
        nexts = [step(s) for s in current]
        row = []
        for d in range(10):
            nxt = frozenset().union(*map(itemgetter(d), nexts))
            if nxt not in ids:
                if len(rows) >= budget:
                    raise _OverBudget(f"more than {budget} states")
                ids[nxt] = len(rows)
                rows.append([])
                pending.append(nxt)
            row.append(ids[nxt])
        rows[ids[current]] = row
    outputs = [_NONE] * len(rows)
    decided: dict[frozenset, frozenset] = {}
    for states, s in ids.items():
        held = frozenset(label for n in states if n in accepting for label in accepting[n])
        if held not in decided:
            decided[held] = frozenset(decide(held))
        outputs[s] = decided[held]
    return rows, outputs


def _minimize(rows: list[list[int]], outputs: list[frozenset]) -> Machine:
    """Moore's partition refinement: states with the same output whose digits lead to the
    same blocks are one state. The dead and start states keep their numbers."""
    blocks: dict = {}
    block = [blocks.setdefault(o, len(blocks)) for o in outputs]
    while True:
        signatures: dict = {}
        refined = [signatures.setdefault((block[s], *map(block.__getitem__, row)), len(signatures)) for s, row in enumerate(rows)]
        if len(signatures) == len(blocks):
            break
        blocks, block = signatures, refined
    order = {block[_DEAD]: _DEAD}
    order.setdefault(block[_START], _START)
    for b in block:
        order.setdefault(b, len(order))
    if len(order) == 1:  # nothing is ever accepted: the start is the dead state
        return _NOTHING
    new_rows: list[list[int]] = [[] for _ in order]
    new_outputs = [_NONE] * len(order)
    for s, row in enumerate(rows):
        n = order[block[s]]
        if not new_rows[n]:
            new_rows[n] = [order[block[t]] for t in row]
            new_outputs[n] = outputs[s]
    return new_rows, new_outputs


def _product(machines: Sequence[Machine], budget: int) -> Machine:
    """The machines run side by side; a state's output is the union of theirs. Raises
    _OverBudget past ``budget`` states."""
    start = (_START,) * len(machines)
    dead = (_DEAD,) * len(machines)
    ids = {dead: _DEAD, start: _START}
    rows: list[list[int]] = [[_DEAD] * 10, []]
    outputs: list[frozenset] = [_NONE, frozenset().union(*(m[1][_START] for m in machines))]
    pending = [start]
    while pending:
        current = pending.pop()
        their_rows = [m[0][s] for m, s in zip(machines, current)]
        row = []
        for d in range(10):
            nxt = tuple(map(itemgetter(d), their_rows))
            if nxt not in ids:
                if len(rows) >= budget:
                    raise _OverBudget(f"more than {budget} states")
                ids[nxt] = len(rows)
                rows.append([])
                outputs.append(frozenset().union(*(m[1][s] for m, s in zip(machines, nxt))))
                pending.append(nxt)
            row.append(ids[nxt])
        rows[ids[current]] = row
    return rows, outputs


def group_ends_match(regex: str, group: int) -> bool:
    """Whether group ``group`` of ``regex``, whenever it takes part in a match, ends where
    the match ends (so a substitution by that group leaves a suffix of the input)."""

    def contains(items) -> bool:
        return any(op == "SUBPATTERN" and arg[0] == group for op, arg in _items(items))

    def ends(items) -> bool:
        items = list(items)
        while items and str(items[-1][0]) == "AT":
            items.pop()
        if not items:
            return False
        op, arg = items[-1]
        op = str(op)
        if contains(items[:-1]):
            return False
        if op == "SUBPATTERN":
            return arg[0] == group or ends(arg[-1])
        if op in _REPEATS and arg[:2] == (0, 1):
            return ends(arg[2])
        if op == "BRANCH":
            return any(ends(b) for b in arg[1]) and all(ends(b) or not contains(b) for b in arg[1])
        return False

    return ends(_parse(regex))
