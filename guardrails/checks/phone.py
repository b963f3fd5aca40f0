"""Phone numbers as Presidio's ``PhoneRecognizer`` finds them, fast enough to run inline.

Presidio runs ``phonenumbers.PhoneNumberMatcher`` once per region over the whole text,
and every candidate costs 25-100 µs per region in ``parse`` and ``is_valid_number``.
This module keeps the matcher's rules and changes how much work they take:

- the matcher's candidates (its own regex) are found once, not once per region;
- a cheap test built from the metadata (could any run of the candidate's digits be a valid
  national number of this country code?) rules a region out before anything is parsed;
- the matcher's ``_extract_match`` / ``_parse_and_verify`` steps are followed one by one,
  but on metadata compiled once, with validity checked first because it rejects most;
- what this port does not cover (a carrier code written as "xx") goes to the matcher.

Presidio then keeps one span per number (equal scores, contained spans dropped), so once a
region accepts a whole candidate the other regions are not asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber
from phonenumbers import phonenumbermatcher as _pm
from phonenumbers import phonenumberutil as _pu
from phonenumbers.phonenumberutil import CountryCodeSource, ValidationResult

_DIGITS = re.compile(r"\d+")
_PLAIN = re.compile(r"[\d\s\-().\u00a0/]+")
# An extension at the end ("x1234", "ext. 12", "#12"), for the cheap pre-test only.
_EXTENSION_TAIL = re.compile(r"(?i)\s*(?:x|ext\.?|#)\s*\d{1,7}$")
_TYPE_DESCS = (
    "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost",
    "personal_number", "voip", "pager", "uan", "voicemail",
)
_TOO_SHORT_TO_STRIP = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY, ValidationResult.INVALID_LENGTH)


def _union(patterns: list[str]) -> str:
    return "(?:" + ")|(?:".join(patterns) + ")"


class _Region:
    """One region's metadata, compiled once, with the parser's helpers over it."""

    def __init__(self, name: str) -> None:
        md = phonenumbers.PhoneMetadata.metadata_for_region(name)
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
        self.type_patterns = [p for ps in by_length.values() for p in ps] + any_length
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


@lru_cache(maxsize=None)
def _region(name: str) -> _Region:
    return _Region(name)


def _valid_nsn(country_code: int, nsn: str) -> bool:
    """``is_valid_number`` for a national significant number of this country code."""
    for name in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        region = _region(name)
        if region.leading_digits is not None:
            if region.leading_digits.match(nsn):
                return region.has_type(nsn)
        elif region.has_type(nsn):
            return True
    return False


class _CountryNumbers:
    """Could a digit string hold a valid number of one country code: as written, after
    the country code, or after a national prefix? A necessary condition, and cheap."""

    def __init__(self, code: int) -> None:
        self.code = code
        self.prefix = str(code)
        regions = [_region(r) for r in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]]
        self.lengths: set[int] = set()
        for region in regions:
            self.lengths |= set(region.types)
        self.open_length = any(r.any_type is not None for r in regions)
        self.types = re.compile(_union([p for r in regions for p in r.type_patterns]))
        self.national_prefixes = [r.national_prefix for r in regions if r.national_prefix is not None]
        extra = {0, len(self.prefix), 1, 2, 3, 4}  # country code, or a prefix with a carrier code
        self.total_lengths = set(range(2, 21)) if self.open_length else {n + e for n in self.lengths for e in extra}

    def could_hold(self, digits: str) -> bool:
        if self._fits(digits, 0):
            return True
        if digits.startswith(self.prefix) and self._fits(digits, len(self.prefix)):
            return True
        for prefix in self.national_prefixes:
            match = prefix.match(digits)
            if match and match.end() and self._fits(digits, match.end()):
                return True
        return False

    def _fits(self, digits: str, start: int) -> bool:
        if not self.open_length and len(digits) - start not in self.lengths:
            return False
        return self.types.fullmatch(digits, start) is not None


class PhoneFinder:
    """Finds phone numbers for the given regions at the given leniency (VALID, as Presidio)."""

    def __init__(self, regions: tuple[str, ...], leniency: int = 1) -> None:
        self.regions = tuple(regions)
        self.leniency = leniency
        self._code_of = {r: phonenumbers.country_code_for_region(r) for r in self.regions}
        numbers = [_CountryNumbers(code) for code in sorted(set(self._code_of.values()))]
        self._by_length: dict[int, list[_CountryNumbers]] = {}
        for country in numbers:
            for n in country.total_lengths:
                self._by_length.setdefault(n, []).append(country)
        self._every_code = {country.code for country in numbers}
        idds = sorted({_region(r).metadata.international_prefix for r in self.regions} - {None})
        self._international = re.compile(_union(idds)) if idds else re.compile("(?!)")

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of the phone numbers in ``text``."""
        matchers = {r: _pm.PhoneNumberMatcher(text, r, leniency=self.leniency) for r in self.regions}
        min_length = matchers[self.regions[0]]._min_candidate_length if self.regions else 0
        spans: list[tuple[int, int]] = []
        index = 0
        while self.regions and (match := _pm._PATTERN.search(text, index)) is not None:
            start = match.start()
            candidate = text[start : match.end()]
            trailing = _pm._SECOND_NUMBER_START_PATTERN.search(candidate)
            if trailing:
                candidate = candidate[: trailing.start()]
            index = start + len(candidate)
            if len(candidate) >= min_length:
                spans.extend(self._candidate_spans(matchers, candidate, start))
        return spans

    def _candidate_spans(self, matchers, candidate: str, start: int) -> list[tuple[int, int]]:
        """What the regions' matchers find in one candidate; a whole match settles it."""
        codes = self._possible_codes(candidate)
        if not codes:
            return []
        if _pm._SLASH_SEPARATED_DATES.search(candidate):
            return []
        if _pm._TIME_STAMPS.search(candidate) and _pm._TIME_STAMPS_SUFFIX.match(
            matchers[self.regions[0]].text[start + len(candidate) :]
        ):
            return []
        whole = (start, start + len(candidate))
        found: list[tuple[int, int]] = []
        for region, matcher in matchers.items():
            if self._code_of[region] in codes:
                span = self._extract(matcher, region, candidate, start)
                if span == whole:
                    return [whole]
                if span is not None:
                    found.append(span)
        return found

    def _possible_codes(self, candidate: str) -> set[int]:
        """Country codes with a valid number that could be this candidate or a run of its
        digit groups (the matcher's inner matches split it at separators)."""
        main = _EXTENSION_TAIL.sub("", candidate)
        if "+" in candidate or not _PLAIN.fullmatch(main):
            return self._every_code
        groups = _DIGITS.findall(main)
        if sum(map(len, groups)) < 4:
            return set()
        if self._international.match(groups[0]):
            return self._every_code
        strings = {"".join(groups[i:j]) for i in range(len(groups)) for j in range(i + 1, len(groups) + 1)}
        return {
            country.code
            for digits in strings
            for country in self._by_length.get(len(digits), ())
            if country.could_hold(digits)
        }

    def _extract(self, matcher, region: str, candidate: str, offset: int) -> tuple[int, int] | None:
        """``_extract_match`` after its date guards: the whole candidate, else inner matches."""
        if self._verify(matcher, region, candidate, offset):
            return (offset, offset + len(candidate))
        for pattern in _pm._INNER_MATCHES:
            group_match = pattern.search(candidate)
            first = True
            while group_match:
                if first:
                    group = matcher._trim_after_first_match(_pm._UNWANTED_END_CHAR_PATTERN, candidate[: group_match.start()])
                    if self._verify(matcher, region, group, offset):
                        return (offset, offset + len(group))
                    first = False
                group = matcher._trim_after_first_match(_pm._UNWANTED_END_CHAR_PATTERN, group_match.group(1))
                group_offset = offset + group_match.start(1)
                if self._verify(matcher, region, group, group_offset):
                    return (group_offset, group_offset + len(group))
                group_match = pattern.search(candidate, group_match.start() + 1)
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
        if offset > 0 and not _pm._LEAD_PATTERN.match(candidate):
            before = text[offset - 1]
            if matcher._is_invalid_punctuation_symbol(before) or matcher._is_latin_letter(before):
                return False
        end = offset + len(candidate)
        if end < len(text):
            after = text[end]
            if matcher._is_invalid_punctuation_symbol(after) or matcher._is_latin_letter(after):
                return False
        return True

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
        digits = _pu.normalize_digits_only(number)
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
                region = _region(number_region)
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


def _valid_x_chars(candidate: str, extension: str) -> bool | None:
    """The matcher's ``_contains_only_valid_x_chars``: a single x must introduce the
    extension; a double x (a carrier code) is left to the matcher (None)."""
    for i in range(len(candidate) - 1):
        if candidate[i] in "xX":
            if candidate[i + 1] in "xX":
                return None
            if _pu.normalize_digits_only(candidate[i:]) != extension:
                return False
    return True


def _national_prefix_present_if_required(country_code: int, nsn: str, raw_digits: str) -> bool:
    """The matcher's ``_is_national_prefix_present_if_required`` for a nationally written number."""
    main = _region(_pu.region_code_for_country_code(country_code))
    rule = _pu._choose_formatting_pattern_for_number(main.metadata.number_format, nsn)
    if rule is None or not rule.national_prefix_formatting_rule:
        return True
    if rule.national_prefix_optional_when_formatting:
        return True
    if _pu._formatting_rule_has_first_group_only(rule.national_prefix_formatting_rule):
        return True
    return main.strip_national_prefix(raw_digits)[1]
