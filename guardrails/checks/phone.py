"""Phone numbers as Presidio's ``PhoneRecognizer`` finds them, fast enough to run inline.

Presidio runs ``phonenumbers.PhoneNumberMatcher`` once per region over the whole text,
and every candidate costs 25-100 µs per region in ``parse`` and ``is_valid_number``.
This module keeps the matcher's rules and changes how much work they take:

- the matcher's candidates (its own regex) are found once, not once per region;
- a cheap test built from the metadata (could any run of the candidate's digits be a valid
  national number of this country code?) rules a region out before anything is parsed;
  one DFA over digits (:mod:`guardrails.checks.digit_automaton`) answers it for every
  country code at once, so the exact test runs only for the codes it leaves in;
- the matcher's ``_extract_match`` / ``_parse_and_verify`` steps are followed one by one,
  but on metadata compiled once, with validity checked first because it rejects most;
- what this port does not cover (a carrier code written as "xx") goes to the matcher.

Presidio then keeps one span per number (equal scores, contained spans dropped), so once a
region accepts a whole candidate the other regions are not asked.
"""

from __future__ import annotations

import re
import time
from functools import cache, cached_property

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber
from phonenumbers import phonenumbermatcher as _pm
from phonenumbers import phonenumberutil as _pu
from phonenumbers.phonenumberutil import CountryCodeSource, ValidationResult

from guardrails.checks import BudgetExceeded
from guardrails.checks.digit_automaton import DigitAutomaton, Lang, group_ends_match

_DIGITS = re.compile(r"\d+")
_PLAIN = re.compile(r"[\d\s\-().\u00a0/+]+")
_DROP_PLAIN_PUNCTUATION = str.maketrans("", "", " \t\n\r\f\v-().\u00a0/+")  # _PLAIN's usual non-digits
# An extension at the end ("x1234", "ext. 12", "#12"), for the cheap pre-test only.
_EXTENSION_TAIL = re.compile(r"(?i)\s*(?:x|ext\.?|#)\s*\d{1,7}$")
# Characters the matcher's inner-match patterns split on; without one there is no inner match.
_INNER_SEPARATORS = re.compile(r"[/(.\s\u2012-\u2015\uff0d]")
_TYPE_DESCS = (
    "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost",
    "personal_number", "voip", "pager", "uan", "voicemail",
)
_TOO_SHORT_TO_STRIP = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY, ValidationResult.INVALID_LENGTH)


def _union(patterns: list[str]) -> str:
    return "(?:" + ")|(?:".join(patterns) + ")"


class _Region:
    """One region's metadata, compiled once, with the parser's helpers over it."""

    def __init__(self, name: str, code: int) -> None:
        md = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, name)
        self.metadata = md
        self.code = md.country_code
        self.leading_digits = re.compile(md.leading_digits) if md.leading_digits else None
        self.general = re.compile(md.general_desc.national_number_pattern or "(?!)")
        self.lengths = tuple(md.general_desc.possible_length)
        self.local_lengths = tuple(md.general_desc.possible_length_local_only)
        self.idd = re.compile(md.international_prefix) if md.international_prefix else None
        self.national_prefix = re.compile(md.national_prefix_for_parsing) if md.national_prefix_for_parsing else None
        self.transform = md.national_prefix_transform_rule or None
        by_length: dict[int, list[str]] = {}
        any_length: list[str] = []
        for name_ in _TYPE_DESCS:
            desc = getattr(md, name_, None)
            if desc is None or not desc.national_number_pattern:
                continue
            if desc.possible_length:
                for n in desc.possible_length:
                    by_length.setdefault(n, []).append(desc.national_number_pattern)
            else:
                any_length.append(desc.national_number_pattern)
        # a type's pattern once, though it is listed under each of its lengths
        self.type_patterns = list(dict.fromkeys([p for ps in by_length.values() for p in ps] + any_length))
        self.types = {n: re.compile(_union(p + any_length)) for n, p in by_length.items()}
        self.any_type = re.compile(_union(any_length)) if any_length else None

    def has_type(self, nsn: str) -> bool:
        """``_number_type_helper(nsn) != UNKNOWN``: the general pattern and some type match."""
        if self.lengths and len(nsn) not in self.lengths:
            return False
        if not self.general.fullmatch(nsn):
            return False
        pattern = self.types.get(len(nsn), self.any_type)
        return pattern is not None and pattern.fullmatch(nsn) is not None

    def length_result(self, number: str) -> int:
        """``_test_number_length(number, metadata)``."""
        n = len(number)
        if n in self.local_lengths:
            return ValidationResult.IS_POSSIBLE_LOCAL_ONLY
        if not self.lengths or self.lengths[0] == -1:
            return ValidationResult.INVALID_LENGTH
        if self.lengths[0] == n:
            return ValidationResult.IS_POSSIBLE
        if self.lengths[0] > n:
            return ValidationResult.TOO_SHORT
        if self.lengths[-1] < n:
            return ValidationResult.TOO_LONG
        return ValidationResult.IS_POSSIBLE if n in self.lengths[1:] else ValidationResult.INVALID_LENGTH

    def strip_national_prefix(self, number: str) -> tuple[str, bool]:
        """``_maybe_strip_national_prefix_carrier_code``: (national number, stripped?)."""
        if not number or self.national_prefix is None:
            return number, False
        match = self.national_prefix.match(number)
        if not match:
            return number, False
        viable = self.general.fullmatch(number) is not None
        groups = match.groups()
        if self.transform is None or not groups or groups[-1] is None:
            rest = number[match.end() :]
        else:
            rest = self.national_prefix.sub(self.transform, number, count=1)
        if viable and not self.general.fullmatch(rest):
            return number, False
        return rest, True


@cache
def _region(name: str, code: int | None = None) -> _Region:
    """A region's rules; non-geographic numbers (region "001") are found by ``code``."""
    return _Region(name, phonenumbers.country_code_for_region(name) if code is None else code)


def _valid_nsn(country_code: int, nsn: str) -> bool:
    """``is_valid_number`` for a national significant number of this country code."""
    for name in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        region = _region(name, country_code)
        if region.leading_digits is not None:
            if region.leading_digits.match(nsn):
                return region.has_type(nsn)
        elif region.has_type(nsn):
            return True
    return False


class _CountryNumbers:
    """Could a digit string hold a valid number of one country code: as written, after
    the country code, or after a national prefix? A necessary condition, and cheap.

    A number may belong to any region of the code, so every region's types count. A
    national prefix, though, is stripped by the rules of the code's main region (a number
    written with its country code) or of the region it is parsed for (``parsed_for``): of
    the 25 regions sharing +1, only the US rule ("1") applies to a number parsed for the US,
    not the 20 rules for seven-digit local numbers in Antigua or Barbados."""

    def __init__(self, code: int, parsed_for: frozenset[str] = frozenset()) -> None:
        self.code = code
        self.prefix = str(code)
        names = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
        regions = [_region(r, code) for r in names]
        self.lengths: set[int] = set()
        for region in regions:
            self.lengths |= set(region.types)
        self.open_length = any(r.any_type is not None for r in regions)
        self.types = re.compile(_union(list(dict.fromkeys(p for r in regions for p in r.type_patterns))))  # regions share types
        main = _pu.region_code_for_country_code(code)
        strippers = [region for name, region in zip(names, regions) if name == main or name in parsed_for]
        # regions of one code often share a prefix rule: each distinct rule once, and their
        # union rules out in one match the digits that no rule could strip
        rules = dict.fromkeys((r.national_prefix.pattern, r.transform) for r in strippers if r.national_prefix is not None)
        self.national_prefixes = [(re.compile(pattern), transform) for pattern, transform in rules]
        self.any_prefix = re.compile(_union([pattern for pattern, _ in rules])) if rules else None
        # whether the automaton's answer for this code is close enough to stand in for could_hold
        self.automaton_is_tight = all(_strip_is_read(pattern, transform) for pattern, transform in rules)
        extra = {0, len(self.prefix), 1, 2, 3, 4}  # country code, or a prefix with a carrier code
        self.total_lengths = set(range(2, 21)) if self.open_length else {n + e for n in self.lengths for e in extra}

    def could_hold(self, digits: str, nationally: bool = True) -> bool:
        """``nationally``: written without a country code, so a national prefix may be
        required (the matcher's ``_is_national_prefix_present_if_required``)."""
        if self._fits(digits, 0) and (
            not nationally
            or self._has_national_prefix(digits)
            or _national_prefix_present_if_required(self.code, digits, digits)
        ):
            return True
        # after a country code written without "+", the parser strips a national prefix
        # twice: "1 1 862..." is a US number
        if digits.startswith(self.prefix) and (
            self._fits(digits, len(self.prefix)) or self._fits_after_prefix(digits[len(self.prefix) :], again=True)
        ):
            return True
        return self._fits_after_prefix(digits)

    def _fits_after_prefix(self, digits: str, again: bool = False) -> bool:
        """A national prefix stripped as the parser strips it (with its transform rule,
        which in Brazil keeps the number after a carrier code), ``again`` twice. Regions
        of one code often strip the same prefix ("1" in 21 of NANP's): each rest once."""
        if self.any_prefix is None or not self.any_prefix.match(digits):
            return False
        tried = set()
        for prefix, transform in self.national_prefixes:
            match = prefix.match(digits)
            if not match or not match.end():
                continue
            if transform and match.lastindex and match.group(match.lastindex) is not None:
                rest = prefix.sub(transform, digits, count=1)
            else:
                rest = digits[match.end() :]
            if rest in tried:
                continue
            tried.add(rest)
            if self._fits(rest, 0) or (again and self._fits_after_prefix(rest)):
                return True
        return False

    def _has_national_prefix(self, digits: str) -> bool:
        if self.any_prefix is None or not self.any_prefix.match(digits):
            return False
        return any((m := p.match(digits)) and m.end() for p, _ in self.national_prefixes)

    def _fits(self, digits: str, start: int) -> bool:
        if not self.open_length and len(digits) - start not in self.lengths:
            return False
        return self.types.fullmatch(digits, start) is not None

    def languages(self) -> list[tuple[tuple, Lang]]:
        """The parts of :meth:`could_hold` as languages for the automaton, labelled
        ``(code, part)``; :meth:`may_hold` reads the labels a digit string gets."""
        code = self.code
        types = Lang.of(self.types.pattern)
        once = Lang.union(*(_after_strip(prefix.pattern, transform, types) for prefix, transform in self.national_prefixes))
        twice = Lang.union(*(_after_strip(prefix.pattern, transform, once) for prefix, transform in self.national_prefixes))
        out = [
            ((code, "as written"), types),
            ((code, "stripped"), Lang.union(once, Lang.concat(Lang.of(self.prefix), Lang.union(types, once, twice)))),
        ]
        if self.any_prefix is not None:
            out.append(((code, "prefix"), Lang.concat(Lang.of(self.any_prefix.pattern), Lang.anything())))
        for i, (leading, pattern, _) in enumerate(_formats(code)[1]):
            lead = Lang.concat(Lang.of(leading.pattern), Lang.anything()) if leading is not None else Lang.anything()
            out.append(((code, "format", i), lead))
            out.append(((code, "pattern", i), Lang.of(pattern.pattern)))
        return out

    @cached_property
    def _format_exact(self) -> list[bool]:
        """Per format, whether the automaton holds its patterns exactly (only the automaton's
        build asks, not the international numbers that use this code on the hot path)."""
        return [
            Lang.of(pattern.pattern).exact and (leading is None or Lang.of(leading.pattern).exact)
            for leading, pattern, _ in _formats(self.code)[1]
        ]

    def may_hold(self, held: frozenset) -> bool:
        """Whether :meth:`could_hold` may accept a digit string the automaton gave the
        labels ``held``. A label not held rules its part out; a held one rules in only
        where its language is exact (the national prefix a format requires)."""
        code = self.code
        if (code, "stripped") in held:
            return True
        if (code, "as written") not in held:
            return False
        if (code, "prefix") in held:
            return True
        for i, (_, _, required) in enumerate(_formats(code)[1]):
            if (code, "format", i) in held and (code, "pattern", i) in held:
                return not required or not self._format_exact[i]  # the first format that fits decides
        return True


def _after_strip(pattern: str, transform: str | None, then: Lang) -> Lang:
    """The digit strings that stripping a national prefix (``pattern``, ``transform``)
    leaves in ``then``: the prefix's match, then ``then``; with a transform that keeps a
    group ending the match (Brazil's "\\2"), the match up to where that group starts;
    with any other transform, a superset: the match, then anything."""
    if _strip_is_read(pattern, transform):
        if transform:  # without the group nothing is cut
            return Lang.concat(Lang.before_group(pattern, int(transform[1:])), then)
        return Lang.concat(Lang.of(pattern), then)
    return Lang.concat(Lang.of(pattern), Lang.anything())


def _strip_is_read(pattern: str, transform: str | None) -> bool:
    """Whether :func:`_after_strip` holds what this prefix rule leaves exactly, not a superset."""
    if not transform:
        return True
    return re.fullmatch(r"[\\$]\d", transform) is not None and group_ends_match(pattern, int(transform[1:]))


_NO_REGIONS: frozenset[str] = frozenset()
_INTERNATIONAL = "international"  # the automaton's label for digits after an international prefix


@cache
def _national_automaton(countries: tuple[_CountryNumbers, ...], idd: str | None) -> DigitAutomaton:
    """One DFA giving the codes of ``countries`` that could hold a digit string written
    without "+", and whether it starts with an international prefix (``idd``, a regex)."""
    groups = [
        (country.languages(), lambda held, country=country: {country.code} if country.may_hold(held) else ())
        for country in countries
    ]
    if idd is not None:
        groups.append(([(_INTERNATIONAL, Lang.concat(Lang.of(idd), Lang.anything()))], lambda held: held))
    return DigitAutomaton(groups)


@cache
def _country(code: int, parsed_for: frozenset[str] = frozenset()) -> _CountryNumbers:
    return _CountryNumbers(code, parsed_for)


def _could_hold_international(digits: str, countries: dict[int, _CountryNumbers]) -> bool:
    """Digits after a ``+`` or an international prefix: the country code is the first
    valid one to three digits (``_extract_country_code``), the rest its number.
    ``countries``: the codes of the regions numbers are parsed for."""
    if not digits or digits[0] == "0":
        return False
    for k in (1, 2, 3):
        code = int(digits[:k])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            country = countries.get(code) or _country(code)
            return country.could_hold(digits[k:], nationally=False)
    return False


class PhoneFinder:
    """Finds phone numbers for the given regions at the given leniency (VALID, as Presidio)."""

    def __init__(self, regions: tuple[str, ...], leniency: int = 1) -> None:
        self.regions = tuple(regions)
        self.leniency = leniency
        self._code_of = {r: phonenumbers.country_code_for_region(r) for r in self.regions}
        self._all = frozenset(self.regions)
        # regions by country code, and by international prefix (which they check first)
        by_code: dict[int, set[str]] = {}
        by_idd: dict[str, set[str]] = {}
        for r in self.regions:
            by_code.setdefault(self._code_of[r], set()).add(r)
            if _region(r).idd is not None:
                by_idd.setdefault(_region(r).idd.pattern, set()).add(r)
        self._countries = {code: _country(code, frozenset(names)) for code, names in by_code.items()}
        self._codes_by_length: dict[int, list[tuple[_CountryNumbers, frozenset[str]]]] = {}
        for code, names in sorted(by_code.items()):
            for n in self._countries[code].total_lengths:
                self._codes_by_length.setdefault(n, []).append((self._countries[code], frozenset(names)))
        self._idds = [(re.compile(pattern), frozenset(names)) for pattern, names in sorted(by_idd.items())]
        self._any_idd = re.compile(_union(sorted(by_idd))) if by_idd else None
        countries = tuple(self._countries[code] for code in sorted(by_code))
        self._automaton = _national_automaton(countries, self._any_idd.pattern if by_idd else None)
        self._tight = {c.code for c in countries if c.automaton_is_tight} - self._automaton.loose
        self._min_length = _pm.PhoneNumberMatcher("", self.regions[0])._min_candidate_length if self.regions else 0

    def find(self, text: str, deadline: float = float("inf")) -> list[tuple[int, int]]:
        """Spans of the phone numbers in ``text``; raises BudgetExceeded past ``deadline``.

        Each region walks the candidates as its matcher does (after a match it searches on
        from the match's end); the candidates and the work on them are shared."""
        self._digits: dict[str, str | None] = {}
        memo: dict = {}
        chain = []  # the candidates every region meets while nothing matches
        index = 0
        while (found := self._candidate_at(text, index, memo)) is not None:
            if found[2] is not None:
                chain.append(found)
            index = found[0] + len(found[1])
            if len(memo) % 64 == 0 and time.perf_counter() > deadline:
                raise BudgetExceeded("pii: budget ran out while looking for phone numbers")
        if not chain:
            return []
        settled: set[int] = set()  # candidates some region accepted whole
        spans: list[tuple[int, int]] = []
        for region in self.regions:
            matcher = _pm.PhoneNumberMatcher(text, region, leniency=self.leniency)
            resume = 0
            for start, candidate, groups in chain:
                if start < resume or start in settled:
                    continue
                span = self._extract(matcher, region, groups, start)
                if span is None:
                    continue
                spans.append(span)
                end = start + len(candidate)
                if span == (start, end):
                    settled.add(start)
                else:  # an inner match: the matcher searches on from its end
                    resume = self._walk(text, matcher, region, span[1], end, memo, spans)
        return spans

    def _walk(self, text, matcher, region, index, until, memo, spans) -> int:
        """A region's own walk from ``index`` over candidates starting before ``until``;
        returns where its walk goes on."""
        while (found := self._candidate_at(text, index, memo)) is not None and found[0] < until:
            start, candidate, groups = found
            index = start + len(candidate)
            span = self._extract(matcher, region, groups, start) if groups is not None else None
            if span is not None:
                spans.append(span)
                index = span[1]
        return index

    def _candidate_at(self, text: str, index: int, memo: dict):
        """The matcher's next candidate from ``index``: (start, text, groups to try), with
        groups None where no region could find a number. A group to try is (its text, its
        offset, the regions that could find a number in it)."""
        if index not in memo:
            match = _pm._PATTERN.search(text, index)
            if match is None:
                memo[index] = None
                return None
            start = match.start()
            candidate = text[start : match.end()]
            trailing = _pm._SECOND_NUMBER_START_PATTERN.search(candidate)
            if trailing:
                candidate = candidate[: trailing.start()]
            groups = None
            if candidate.isdecimal():  # digits alone: no inner groups, date or time to rule out
                if len(candidate) >= max(self._min_length, 4) and (regions := self._regions_for(candidate)):
                    groups = [(candidate, 0, regions)]
            elif len(candidate) >= self._min_length and _digit_count(candidate) >= 4:
                if not (
                    _pm._SLASH_SEPARATED_DATES.search(candidate)
                    or (_pm._TIME_STAMPS.search(candidate) and _pm._TIME_STAMPS_SUFFIX.match(text[start + len(candidate) :]))
                ):
                    groups = [(g, shift, self._regions_for(g)) for g, shift in [(candidate, 0), *_inner_groups(candidate)]]
                    if not any(regions for _, _, regions in groups):
                        groups = None
            memo[index] = (start, candidate, groups)
        return memo[index]

    def _regions_for(self, group: str) -> frozenset[str]:
        """The regions that could find a number in ``group``: a quick necessary condition,
        asked of the automaton, then once per country code it names (and international
        prefix), not once per region."""
        if not group:
            return _NO_REGIONS
        digits = self._plain_digits(group)
        if digits is None:
            return self._all  # letters or unusual punctuation: the matcher decides
        if "+" in group:
            return self._all if _could_hold_international(digits, self._countries) else _NO_REGIONS
        codes = self._automaton.labels(digits) if digits.isascii() else None
        if codes is not None and not codes:
            return _NO_REGIONS
        found: set[str] = set()
        decided: set[str] = set()  # regions whose international prefix the digits start with
        if self._any_idd is not None and (codes is None or _INTERNATIONAL in codes) and self._any_idd.match(digits):
            for idd, names in self._idds:
                if (m := idd.match(digits)) and digits[m.end() : m.end() + 1] not in ("", "0"):
                    decided |= names
                    if _could_hold_international(digits[m.end() :], self._countries):
                        found |= names
        for country, names in self._codes_by_length.get(len(digits), ()):
            if codes is None:
                holds = country.could_hold(digits)
            else:  # the automaton is a superset, nearly exact where tight: the parse decides
                holds = country.code in codes and (country.code in self._tight or country.could_hold(digits))
            if holds and not names <= decided:
                found |= names - decided
        return frozenset(found)

    def _plain_digits(self, group: str) -> str | None:
        """The digits of a string of digits and punctuation (extension removed), or None
        if it holds anything else."""
        if group.isdecimal():
            return group
        if (digits := group.translate(_DROP_PLAIN_PUNCTUATION)).isdecimal():
            return digits  # no extension: it would leave a letter or "#"
        if group not in self._digits:
            main = _EXTENSION_TAIL.sub("", group)
            self._digits[group] = "".join(_DIGITS.findall(main)) if _PLAIN.fullmatch(main) else None
        return self._digits[group]

    def _extract(self, matcher, region: str, groups, offset: int) -> tuple[int, int] | None:
        """``_extract_match`` after its date guards: the whole candidate, then the inner
        groups, in the matcher's order; only the groups that could be valid are parsed."""
        for group, shift, regions in groups:
            if region in regions and self._verify(matcher, region, group, offset + shift):
                return (offset + shift, offset + shift + len(group))
        return None

    def _verify(self, matcher, region: str, candidate: str, offset: int) -> bool:
        """``_parse_and_verify`` at leniency VALID: parse, validity, surroundings."""
        decided = self._parse_valid(region, candidate)
        if decided is None:
            return matcher._parse_and_verify(candidate, offset) is not None
        if not decided:
            return False
        if not _pm.fullmatch(_pm._MATCHING_BRACKETS, candidate) or _pm._PUB_PAGES.search(candidate):
            return False
        text = matcher.text
        if offset > 0 and not _pm._LEAD_PATTERN.match(candidate) and _joins_a_number(matcher, text[offset - 1]):
            return False
        end = offset + len(candidate)
        return end >= len(text) or not _joins_a_number(matcher, text[end])

    def _parse_valid(self, region_name: str, candidate: str) -> bool | None:
        """Whether ``parse(candidate, region)`` gives a number that passes the VALID
        leniency's number checks; None where the matcher itself must be asked."""
        number = _pu._build_national_number_for_parsing(candidate)
        if not _pu._is_viable_phone_number(number):
            return False
        extension, number = _pu._maybe_strip_extension(number)
        valid_x = _valid_x_chars(candidate, extension)
        if valid_x is not True:
            return valid_x
        region = _region(region_name)
        digits = "".join(_DIGITS.findall(number)) if number.isascii() else _pu.normalize_digits_only(number)
        code, national, from_default = region.code, digits, True
        if "+" in number or (region.idd is not None and region.idd.match(digits)):
            numobj = PhoneNumber()
            try:
                code, national = _pu._maybe_extract_country_code(number, region.metadata, True, numobj)
            except NumberParseException:
                return None
            if code == 0:
                code, national = region.code, digits
            else:
                from_default = numobj.country_code_source == CountryCodeSource.FROM_DEFAULT_COUNTRY
                number_region = _pu.region_code_for_country_code(code)
                if number_region not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ()):
                    return None
                region = _region(number_region, code)
        elif digits.startswith(str(region.code)):
            stripped = region.strip_national_prefix(digits[len(str(region.code)) :])[0]
            if (
                not region.general.fullmatch(digits) and region.general.fullmatch(stripped)
            ) or region.length_result(digits) == ValidationResult.TOO_LONG:
                national, from_default = stripped, False
        if len(national) < _pu._MIN_LENGTH_FOR_NSN:
            return False
        without_prefix = region.strip_national_prefix(national)[0]
        if region.length_result(without_prefix) not in _TOO_SHORT_TO_STRIP:
            national = without_prefix
        if not _pu._MIN_LENGTH_FOR_NSN <= len(national) <= _pu._MAX_LENGTH_FOR_NSN:
            return False
        nsn = national if national.strip("0") else "0"
        if not _valid_nsn(code, nsn):
            return False
        return not from_default or _national_prefix_present_if_required(code, nsn, digits)


def _joins_a_number(matcher, char: str) -> bool:
    """The matcher's test of the character beside a number: a Latin letter, "%" or a
    currency sign makes it part of a word or an amount. A space (the usual case) is none."""
    return not char.isspace() and (matcher._is_invalid_punctuation_symbol(char) or matcher._is_latin_letter(char))


def _digit_count(text: str) -> int:
    return sum(map(len, _DIGITS.findall(text)))


def _inner_groups(candidate: str) -> list[tuple[str, int]]:
    """The strings (and offsets) the matcher's ``_extract_inner_match`` tries, in order."""
    groups: list[tuple[str, int]] = []
    if not _INNER_SEPARATORS.search(candidate):
        return groups
    for pattern in _pm._INNER_MATCHES:
        match = pattern.search(candidate)
        first = True
        while match:
            if first:
                groups.append((_trim_unwanted_end(candidate[: match.start()]), 0))
                first = False
            groups.append((_trim_unwanted_end(match.group(1)), match.start(1)))
            match = pattern.search(candidate, match.start() + 1)
    return groups


def _trim_unwanted_end(group: str) -> str:
    trailing = _pm._UNWANTED_END_CHAR_PATTERN.search(group)
    return group[: trailing.start()] if trailing else group


def _valid_x_chars(candidate: str, extension: str) -> bool | None:
    """The matcher's ``_contains_only_valid_x_chars``: a single x must introduce the
    extension (with no extension, no x may appear but last); a double x (a carrier code)
    is left to the matcher (None)."""
    if "x" not in candidate and "X" not in candidate:
        return True
    for i in range(len(candidate) - 1):
        if candidate[i] in "xX":
            if candidate[i + 1] in "xX":
                return None
            if not extension or _pu.normalize_digits_only(candidate[i:]) != extension:
                return False
    return True


@cache
def _formats(country_code: int) -> tuple[_Region, list[tuple[re.Pattern[str] | None, re.Pattern[str], bool]]]:
    """The main region of a country code and its number formats, compiled: (last leading
    digits pattern, pattern, whether writing it nationally needs the national prefix)."""
    main = _region(_pu.region_code_for_country_code(country_code), country_code)
    formats = []
    for fmt in main.metadata.number_format:
        rule = fmt.national_prefix_formatting_rule
        required = bool(rule) and not fmt.national_prefix_optional_when_formatting and not (
            _pu._formatting_rule_has_first_group_only(rule)
        )
        leading = re.compile(fmt.leading_digits_pattern[-1]) if fmt.leading_digits_pattern else None
        formats.append((leading, re.compile(fmt.pattern), required))
    return main, formats


def _national_prefix_present_if_required(country_code: int, nsn: str, raw_digits: str) -> bool:
    """The matcher's ``_is_national_prefix_present_if_required`` for a nationally written
    number: the first format that fits the number says whether a prefix is needed."""
    main, formats = _formats(country_code)
    for leading, pattern, required in formats:
        if (leading is None or leading.match(nsn)) and pattern.fullmatch(nsn):
            return not required or main.strip_national_prefix(raw_digits)[1]
    return True
