"""The digit automaton: exact where a regex has no zero-width parts, a superset where it
has, and, for phone numbers, never ruling out a string the exact test accepts."""

import itertools
import random
import re

import phonenumbers
import pytest

from guardrails.checks import digit_automaton, phone
from guardrails.checks.digit_automaton import DigitAutomaton, Lang, group_ends_match


def _all_digit_strings(longest: int):
    for n in range(longest + 1):
        for digits in itertools.product("0123456789", repeat=n):
            yield "".join(digits)


def _held(languages):
    return DigitAutomaton([(languages, lambda held: held)])


@pytest.mark.parametrize(
    "pattern",
    [r"[2-9]\d{2}", r"1(?:2[03]|4)\d?", r"0|90", r"(?:1[245]|2[1-35])\d{0,2}", r"\d*5", r"[^3-9]{2,3}", r"(\d)(\d{2})?"],
)
def test_exact_for_plain_regexes(pattern):
    automaton = _held([("p", Lang.of(pattern))])
    compiled = re.compile(pattern)
    for digits in _all_digit_strings(4):
        assert ("p" in automaton.labels(digits)) == bool(compiled.fullmatch(digits)), digits


def test_labels_concat_union_and_cut_groups():
    automaton = _held(
        [
            ("code then number", Lang.concat(Lang.of("44"), Lang.of(r"7\d{3}"))),
            ("either", Lang.union(Lang.of(r"12"), Lang.of(r"3\d"))),
            ("before group 2", Lang.before_group(r"(?:0|90)(?:(1[245])(\d{4}))?", 2)),
            ("prefix then anything", Lang.concat(Lang.of("00"), Lang.anything())),
        ]
    )
    assert automaton.labels("447123") == {"code then number"}
    assert automaton.labels("12") == automaton.labels("35") == {"either"}
    assert automaton.labels("0") == automaton.labels("9014") == {"before group 2"}
    assert automaton.labels("90149") == frozenset()  # the group itself is cut off
    assert automaton.labels("00") == automaton.labels("0049301234") == {"prefix then anything"}
    assert automaton.labels("5") == frozenset()


def test_zero_width_parts_read_as_true_give_a_superset():
    lang = Lang.of(r"(?!12)\d{2}$")
    assert not lang.exact and Lang.of(r"\d{2}").exact
    automaton = _held([("p", lang)])
    assert automaton.labels("12") == {"p"}  # a superset: the lookahead is not read


def test_decide_sees_the_labels_held_and_groups_combine():
    first = ([("a", Lang.of(r"1\d")), ("b", Lang.of(r"\d5"))], lambda held: {"both"} if held == {"a", "b"} else ())
    second = ([("c", Lang.of(r"\d\d"))], lambda held: held)
    automaton = DigitAutomaton([first, second])
    assert automaton.labels("15") == {"both", "c"}
    assert automaton.labels("14") == {"c"}
    assert automaton.labels("155") == frozenset()


def test_a_group_it_cannot_read_answers_as_if_everything_held():
    unreadable = ([("x", Lang.of(r"(\d)\1"))], lambda held: held)  # a back-reference
    automaton = DigitAutomaton([unreadable, ([("y", Lang.of("7"))], lambda held: held)])
    assert automaton.labels("12") == {"x"}
    assert automaton.labels("7") == {"x", "y"}
    assert automaton.loose == {"x"}


def test_past_the_budget_of_states_groups_are_loose(monkeypatch):
    monkeypatch.setattr(digit_automaton, "_MAX_STATES", 40)
    groups = [
        ([("a", Lang.of(r"\d{3}"))], lambda held: held),
        ([("b", Lang.of(r"[2-9]\d{60}"))], lambda held: held),  # more states than are left
        ([("c", Lang.of("7"))], lambda held: held),  # after the budget ran out: not tried
    ]
    automaton = DigitAutomaton(groups)
    assert automaton.loose == {"b", "c"}
    assert automaton.labels("123") == {"a", "b", "c"}
    assert automaton.labels("1") == {"b", "c"}


def test_group_ends_match():
    brazil = r"(?:0|90)(?:(1[245]|2[1-35]|31)(\d{10,11}))?"
    assert group_ends_match(brazil, 2)
    assert not group_ends_match(brazil, 1)
    assert group_ends_match(r"([457]\d{6})$|1", 1)
    assert not group_ends_match(r"(\d)(\d)", 1)
    assert group_ends_match(r"(\d)|(\d)5", 1)  # a branch without the group is fine
    assert not group_ends_match(r"(\d)5|(\d)", 1)


def _samples(regions, count, seed=11):
    """Random digit strings, and every region's example numbers with prefixes in front
    and a digit changed: the strings near the edges of the languages."""
    rng = random.Random(seed)
    codes = {phonenumbers.country_code_for_region(r) for r in regions}
    out = {"".join(rng.choice("0123456789") for _ in range(rng.randrange(2, 19))) for _ in range(count)}
    for code in codes:
        for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]:
            for kind in range(11):
                example = phonenumbers.example_number_for_type(region, kind)
                if example is None:
                    continue
                nsn = phonenumbers.national_significant_number(example)
                for prefix in ("", "0", "1", "8", "90", "9012", str(code), f"{code}0", f"{code}1", f"00{code}", f"011{code}"):
                    digits = prefix + nsn
                    out.add(digits)
                    i = rng.randrange(len(digits))
                    out.add(digits[:i] + str(rng.randrange(10)) + digits[i + 1 :])
    return sorted(out)


@pytest.mark.parametrize(
    "regions",
    [
        ("US", "GB", "DE", "FR", "IL", "IN", "CA", "BR"),  # Presidio's default
        ("AG", "JP", "AR", "AU", "CN"),  # national prefixes with transform rules
    ],
)
def test_the_phone_gate_never_rules_out_a_number_the_exact_test_accepts(regions):
    finder = phone.PhoneFinder(regions)
    held = 0
    for digits in _samples(regions, 20_000):
        labels = finder._automaton.labels(digits)
        for code, country in finder._countries.items():
            if country.could_hold(digits):
                held += 1
                assert code in labels, (code, digits)
        if finder._any_idd is not None and finder._any_idd.match(digits):
            assert phone._INTERNATIONAL in labels, digits
    assert held > 1_000  # the samples reach the languages, so the check means something


def test_the_exact_test_is_skipped_only_where_the_automaton_is_tight():
    default = phone.PhoneFinder(("US", "GB", "DE", "FR", "IL", "IN", "CA", "BR"))
    assert default._tight == {1, 44, 49, 33, 972, 91, 55}  # Brazil's transform keeps a suffix: read exactly
    argentina = phone.PhoneFinder(("AR", "JP"))  # "9$1" inserts a digit: only a superset
    assert 54 not in argentina._tight and 81 in argentina._tight
