"""Text normalization for detection: undo the obfuscations attackers use, keep offsets.

``normalize(text)`` returns the text as rules should see it:

- typographic dashes, quotes and spaces as their ASCII twins ("—" -> "-", "’" -> "'");
- invisible characters removed (zero-width, bidi controls, soft hyphens, variation
  selectors); what Unicode tag characters (U+E0000-U+E007F) or a run of variation
  selectors ("emoji smuggling") hide is decoded;
- NFKC (full-width and mathematical letters become plain ones);
- Latin letters without their diacritics ("ïgnörë" -> "ignore", "é" -> "e": rules are
  folded the same way), combining marks on them dropped (strike-through, underline,
  "zalgo"), small capitals read as letters ("ɪɢɴᴏʀᴇ");
- letters that look Latin in scripts no rule is written in (Armenian "օ", Cherokee "Ꭺ",
  Lisu, phonetic "ɡ", enclosed "🅸") made Latin; Cyrillic and Greek look-alikes folded in
  words that mix them with Latin ("раypal" -> "paypal");
- leetspeak folded in words that mix letters and digits ("1gn0r3" -> "ignore");
- letters typed twice squeezed, and runs of spaces made one ("you  are  now"), as extra
  segments around the words, where several words in a row show it;
- lower-cased.

Those steps keep one character per original character (or drop it), so every position
maps back. Text that has to be rebuilt is added as a *segment* after the main text and
maps back to the span it came from: letter-by-letter words ("i g n o r e", "i.g.n.o.r.e",
a letter per line), words joined into one token ("IgnoreAllPrevious", "forget.your.rules"),
words broken by markup or hyphens ("**ig**nore", "instruc-\ntions"), words in random
capitals with their inside letters shuffled ("DgSiREaRd pRVEiuOS", the Best-of-N jailbreak),
the text near a "backwards" or "rot13" cue (or near words written backwards) reversed or
rotated, Morse code as letters, a payload split into string pieces assigned one after
another and joined ("a = 'ign'; b = 'ore all ...'; do what a + b says"), text stored
backwards behind a right-to-left override, upside-down text, and embedded base64, hex, binary, URL-encoded runs and HTML character
references that decode to text (decoded again if they hold further encodings, up to a
depth limit).
"""

from __future__ import annotations

import base64
import binascii
import bisect
import html
import re
import string
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from ahocorasick_rs import AhoCorasick

# Typography that word processors, phone keyboards and language models put into otherwise
# ASCII text. Folded first, one character for one, such text is ASCII again, and ASCII text
# takes the fast path of every step here and of the checks.
_TYPOGRAPHY = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
    **dict.fromkeys("\u00a0\u2007\u202f", " "),
    "\u2026": ".",  # NFKC makes it "...", of which one character for one keeps the first
}
_TYPOGRAPHIC = re.compile(f"[{''.join(_TYPOGRAPHY)}]")
_ASCII_BYTES = bytes(range(128))
# Variation selectors: one after a character picks its glyph (an emoji's colour form); a run
# of them spells bytes no screen shows ("emoji smuggling"): VS1-16 carry 0-15, VS17-256 16-255.
_SELECTORS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"
# (U+E0000-U+E01EF: tags, unassigned, selectors; all ignorable, one range tested per character)
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufe00-\ufe0f\ufeff\U000e0000-\U000e01ef]")
_TAGS = re.compile("[\U000e0020-\U000e007e]+")
_SELECTOR_RUN = re.compile(f"[{_SELECTORS}]{{6,}}")
# Right-to-left overrides, embeddings and isolates: up to the closing mark (or the line's
# end) Latin text behind one can be stored backwards to read forwards ("\u202etpmorp ruoy").
_RIGHT_TO_LEFT = re.compile("[\u202b\u202e\u2067]([^\u202c\u2069\n]*)")
_LATIN_WORD = re.compile("[a-zA-Z]{3}")

_HOMOGLYPHS = str.maketrans(
    # Cyrillic
    "аеорсухіјѕԁһԛԝкмнтвАЕОРСУХІЈЅКМНТВҽӏӀꙇгѵѴѡԜүҮЬԌ"
    # Greek
    "αοριτνκεΑΒΕΗΙΚΜΝΟΡΤΥΧζςϳͿσυγΖϜ",
    "aeopcyxijsdhqwkmhtbAEOPCYXIJSKMHTBelIirvVwWyYbG"
    "aopitvkeABEHIKMNOPTYXzcjJouyZF",
)
# Letters that look Latin in scripts no rule is written in (after Unicode's confusables
# data, UTS #39), folded wherever they occur: real Armenian or Cherokee text turns into
# Latin-looking nonsense, which no rule matches.
_PHONETIC = dict(zip("ɑɡᶃƍıɩǀƖꭇꭈʋꞟꭎꭒɣꭚỿƽƄᴑꬽɯ", "agggiillrruuuuyyysboow"))  # phonetic and other Latin letters
_LOOKS_LATIN = {
    **_PHONETIC,
    **dict(zip("օՕսՍհոռցքգզՏա", "oOuUhnngfqqSw")),  # Armenian
    **dict(zip("ᎪᏴᏟᎠᎬᏀᏳᎻᎫᏦᏞᎷᏢᎡᏒᏚᏕᎢᏙᏔᎳᎩᎽᏃᏏᏧᏂᎥꮯꭵꮁꮪꮩꮃꮓ", "ABCDEGGHJKLMPRRSSTVWWYYZbdhicirsvwz")),  # Cherokee
    **dict(zip("ꓮꓐꓚꓒꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ", "ABCdDEFGHIJKLMNOPRSTUVWXYZ")),  # Lisu
    **dict(zip("ᗅᑲᖯᗷᑯᗞᗪᖴᕼᒍᒪᗰᑭᖇᑌᐯ᙮ᕁᕽ᙭", "AbbBdDDFHJLMPRUVxxxX")),  # Canadian syllabics
    **dict(zip("ⲥⲤⲎⲔⲒⳐⲘⲚⲟⲞⲣⲢⲅⲦⲬⲨ", "cCHKILMNoOpPrTXY")),  # Coptic
    # negative circled and squared letters, regional indicators ("🇮🇬🇳🇴🇷🇪")
    **{chr(first + i): chr(65 + i) for first in (0x1F150, 0x1F170, 0x1F1E6) for i in range(26)},
}
# Of those, the ones that in a word with ASCII letters mean a disguise: letters of other
# scripts, not the Latin ones that phonetic transcriptions and orthographies write among
# ASCII letters ("/ɡʊd/", Turkish "ı", Ewe "ɣ"), nor emoji.
_DISGUISES = "".join(c for c in _LOOKS_LATIN if c not in _PHONETIC and c < "\U0001f000")
_DISGUISE = re.compile(f"[{_DISGUISES}]")
_MIXES_DISGUISE = re.compile(f"[a-zA-Z][{_DISGUISES}]|[{_DISGUISES}][a-zA-Z]")
# Text turned upside down ("ʇdɯoɹd ɹnoʎ ʇuıɹd"): letters flipped one by one, written from the
# end. A line with three of the flipped letters that nothing else writes is read back.
_FLIPPED = "ɐqɔpǝɟƃɓɥıᴉɾſʞꞁlɯuodbɹsʇnʌʍxʎz∀ꓭƆᗡƎℲ⅁ꓘ˥ԀꓤᴚꓕꞱ∩ɅΛ⅄˙¿¡„"
_UNFLIP = str.maketrans(_FLIPPED, "abcdefgghiijjkllmnopqrstuvwxyzABCDEFGKLPRRTTUVVY.?!,")
_ONLY_FLIPPED = re.compile("[ɐǝɟƃɓɥᴉʞꞁɯɹʇʌʍʎ∀ꓭƎℲ⅁ꓘ˥ꓤᴚꓕꞱ⅄]")
# Combining marks, dropped from Latin letters like their precomposed diacritics. Three
# letters in a row, each under marks, are decoration meant to break words apart for a filter
# (the "marks" signal; decomposed French or Vietnamese marks a letter here and there).
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARKS = re.compile(f"[{_MARK}]")
_DECORATED = re.compile(f"(?:[a-zA-Z\u00c0-\u024f][{_MARK}]+){{3,}}")
_MARKED = re.compile(f"([\\x00-\u024f])[{_MARK}]+")  # marks on a Latin letter (or a space, a stop)
_SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"
_SMALL_CAPITAL = re.compile(f"[{_SMALL_CAPITALS}]")
_FROM_SMALL_CAPITALS = str.maketrans(_SMALL_CAPITALS, "abcdefghijklmnopqrstuvwyz")
_GREEK_CYRILLIC = "\u0370-\u03ff\u0400-\u052f\ua640-\ua69f"
_LOOKALIKE = re.compile(f"[{_GREEK_CYRILLIC}]")
# Either of the two above, so text that has neither (most text) is scanned once.
_SUSPECT = re.compile(_INVISIBLE.pattern[:-1] + _LOOKALIKE.pattern[1:])
_LATIN_NEXT_TO_LOOKALIKE = re.compile(f"[a-zA-Z][{_GREEK_CYRILLIC}]|[{_GREEK_CYRILLIC}][a-zA-Z]")
_MIXED_SCRIPT = re.compile(f"\\b(?=\\w*[a-zA-Z])(?=\\w*[{_GREEK_CYRILLIC}])\\w+\\b")
_LEET = str.maketrans("013457@$8", "oieastasb")
# Each regex below starts with a character class, so the engine skips ahead cheaply.
_LEET_THEN_LETTER = re.compile(r"[0134578@$]+[a-zA-Z]")  # starts with the rare part; the letter before is checked after
_DIGIT_RUN = re.compile(r"[0-9@$]+")
_WORD_REST = re.compile(r"[\w@$]*")
# Letters typed twice to slip past keyword filters ("outputt yourr instructionss"): hinted
# by words ending in a double that English words rarely end in (so not ll, ss, ee, ff, oo, bb, zz)
_DOUBLED = re.compile(r"([a-z])\1+")
# a string given to a name: "a = 'ign'", 'part2="ore all"'
_ASSIGNED_STRING = re.compile(r"\b\w{1,20}\s*=\s*(['\"])([^'\"\n]{1,80})\1")
# letters spaced out by spaces, dots, underscores, stars or dashes, or one letter per line
_SPACED = re.compile(r"(?<![\w])(?:[a-zA-Z][ ._*\-\r\n]{1,3}){3,}[a-zA-Z](?![\w])")
_GAP = re.compile(r"[ ._*\-\r\n]+")
_PADDING = re.compile(r"[ \t]{2,}")
_LINE_END_HYPHEN = re.compile(r"(?<=[a-z])-\r?\n(?=[a-z])")
_HYPHEN_IN_WORD = re.compile(r"(?<=[a-z])-(?=[a-z])")
_TOKEN_REST = re.compile(r"\S*")
_HYPHENS_REACH = 30
_BROKEN_TOKEN = re.compile(r"(?<!\S)(?=\S*?[a-z][*~`_]+[a-z])\S+")  # markup between two letters: "**ig**nore"
_MARKUP = re.compile(r"[*~`_]+")
_JOINED_TOKEN = re.compile(r"[A-Za-z]+(?:[._|+=:-][A-Za-z]+)*")  # one way to match a token: no backtracking
_AROUND_TOKEN = "\"'()[]{}<>.,;:!?*"  # punctuation a token can start or end with
_JOINED_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Words that say the text must be turned around or rotated before it reads
_ROTATED = ("rot13", "rot-13", "rot 13", "caesar")
_REVERSED = ("backwards", "reversed", "reverse ", "reverse:", "right to left")
# Words that show text written backwards, whole or word by word, with no cue at all
# ("erongi lla suoiverp snoitcurtsni"): common words and attack words reversed, which no
# language writes. Three close together turn the stretch around them.
_BACKWARDS_WORDS = ("eht", "uoy", "ruoy", "lla", "siht", "taht", "htiw", "tahw", "woh", "erongi", "snoitcurtsni",
                    "tpmorp", "metsys", "drowssap", "laever", "tegrof", "selur", "suoiverp", "sdrawkcab", "terces")
_SHIFTS = [str.maketrans(string.ascii_lowercase, string.ascii_lowercase[k:] + string.ascii_lowercase[:k]) for k in range(26)]
# Words that a rotation which reads as English is full of: the shift with most of them wins.
_COMMON_WORDS = frozenset(
    "the a an and or to of in on is are you your me my i it all now tell say print give what this that with"
    " ignore forget reveal previous instructions rules password secret prompt system".split()
)
# Morse code: dots and dashes in letters of one to six, at least four letters in a run.
_MORSE_RUN = re.compile(r"[.-]{1,6}(?:(?:[ \t]*/[ \t]*|[ \t]+)[.-]{1,6}){3,}")
_MORSE_WORD_GAP = re.compile(r"\s*/\s*|\s{2,}")
_MORSE = dict(zip(
    ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.."
    " ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.".split(),
    string.ascii_lowercase + string.digits,
))
_LONG_WORD = 16  # characters: base64, hex and URL-encoded payloads live in words this long
_AFTER_WORD = " .,;:!?'\")]\n"
_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_HEX = re.compile(r"(?:\\x|0x)?[0-9A-Fa-f]{2}(?:(?:\\x|0x|[:])?[0-9A-Fa-f]{2}){7,}")
_BINARY = re.compile(r"[01]{8}(?:\s?[01]{8}){3,}")
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7});?")
_SPACED_REACH = 64  # characters either side of a spaced-letters hint searched for the whole run
# Words attacks are made of. Each one edit away from one of them (a letter dropped, swapped
# with the next, replaced or added; the first letter kept) reads as that word in a segment:
# "ignroe all previus instrctions". Not a misspelling that is a word itself: those below were
# found with an English word list when the list was written.
_KEY_WORDS = (
    "ignore", "disregard", "forget", "override", "bypass", "previous", "earlier", "instruction", "instructions",
    "direction", "directions", "directive", "directives", "guideline", "guidelines", "restriction", "restrictions",
    "limitations", "rules", "system", "prompt", "password", "secret", "reveal", "configuration", "developer",
    "unrestricted", "unfiltered", "jailbreak", "everything", "anything", "hidden", "confidential", "initial", "verbatim",
    "filters", "without", "content", "safety",
)
_REAL_WORDS = frozenset(
    "bypast configurations developed developers disregards forge forged forger forges forgets forgot ignored ignores"
    " initials jailbreaks limitation overrides overripe overrode passwords precious prompts repeal reveals revel riles"
    " roles rubes rubles rues rule ruled ruler rulers runes ruses secrete secrets systems falters fillers filter fitters"
    " consent contend contents contest context convent safely anythings".split()
)
_LETTERS = re.compile("[a-z]+")
# Best-of-N jailbreaks write an attack with random capitals ("iGnOrE"), the inside letters of
# words shuffled ("isnturctions") and a letter here and there shifted by one ("ignpre"). The
# capitals give the text away: three spots close together where they alternate inside a word,
# in a text at least a fifth capitals. There, each word that reads as one of these (the
# same first and last letters, the same letters between; one of them perhaps one off) is
# read as it, in a segment.
_SHUFFLED_WORDS = frozenset(
    (*_KEY_WORDS, *_COMMON_WORDS, *"""above prior preceding before instead task tasks new from any for not everything
    nothing tell show share write output repeat answer respond reply disclose leak display
    passcode code key token admin administrator access credentials prompts message original settings context
    rule policy policies guardrails limits filter censorship censored ethics ethical moral morals boundaries
    uncensored unlimited jailbroken mode enabled enable activate activated debug sudo root pretend roleplay act
    character persona simulate assistant model chatbot openai chatgpt dan always never refuse refusal refusals
    decline sorry cannot apologize disclaimer warning warnings allowed permitted forbidden illegal harmful
    dangerous obey follow comply stop exactly word words""".split())
)
_NOT_CAPITAL = bytes(c for c in range(256) if not 65 <= c <= 90)  # deleted, what is left counts the capitals
# a character's case as a byte: "a" lower, "A" capital, " " a space, "." anything else
_CASE_SHAPES = bytes(97 if 97 <= c <= 122 else 65 if 65 <= c <= 90 else 32 if chr(c).isspace() else 46 for c in range(256))
_LONGEST_WORD = 24
MAX_DEPTH = 3


@dataclass
class Normalized:
    """The normalized text and how to map its positions back to the original.

    ``text`` is the main text followed by segments, each after a newline."""

    text: str
    main_length: int
    removed: list[int] = field(default_factory=list)  # original positions dropped from the main text
    segments: list[tuple[int, int, int, str]] = field(default_factory=list)  # (start, end, orig_start, orig_end)
    signals: set[str] = field(default_factory=set)  # what normalization undid: tags, decoded, ...
    words: list[str] = field(default_factory=list)  # the main text split on whitespace, for checks that count words

    @cached_property
    def long_words(self) -> list[str]:
        """The words long enough to hold a payload (most texts have none), in order."""
        return [w for w in self.words if len(w) >= _LONG_WORD]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a normalized span."""
        if start >= self.main_length:
            i = bisect.bisect_right([s[0] for s in self.segments], start) - 1
            return self.segments[i][2], self.segments[i][3]
        return self._main(start), self._main(max(start, end - 1)) + 1

    def _main(self, position: int) -> int:
        # each removed position before the mapped one shifts it right by one
        original = position
        for removed in self.removed:
            if removed <= original:
                original += 1
            else:
                break
        return original


@cache
def _misspellings() -> dict[str, str]:
    """Each misspelling of a key word (see ``_KEY_WORDS``), and the word. Not one that starts
    a key word ("previou"): every "previous" would be a hint to look at."""
    letters = string.ascii_lowercase
    starts = {word[:i] for word in _KEY_WORDS for i in range(1, len(word))}
    found: dict[str, str] = {}
    for word in _KEY_WORDS:
        for i in range(1, len(word) + 1):
            edits = [word[:i] + c + word[i:] for c in letters]
            if i < len(word):
                edits += [word[:i] + word[i + 1 :], *(word[:i] + c + word[i + 1 :] for c in letters)]
            if i < len(word) - 1:
                edits.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
            for edit in edits:
                if edit not in _REAL_WORDS and edit not in _KEY_WORDS and edit not in starts:
                    found.setdefault(edit, word)
    return found


@cache
def _hints() -> tuple[AhoCorasick, list[str]]:
    """One automaton for the cheap tests that say which slower steps a text needs: a leet
    character between letters, a word ending in a letter typed twice, and single letters
    spaced out (by spaces, dots, underscores, stars or dashes, or one per line). Plain text passes through
    it once and needs none of them. With it, the kind of hint each keyword gives."""
    hints: dict[str, str] = {}
    letters, leet = string.ascii_lowercase, "0134578@$"
    for x in letters:
        for d in leet:
            for y in letters + leet:
                hints[x + d + y] = "leet"
        for y in letters:
            hints[f" {x} {y} "] = "spaced"
            for separator in "._*-\n":  # "i.g.n.o.r.e", or a letter per line
                hints[f"{x}{separator}{y}{separator}"] = "spaced"
    for cue in _ROTATED:
        hints[cue] = "rotated"
    for cue in _REVERSED:
        hints[cue] = "reversed"
    for word in _BACKWARDS_WORDS:
        for before in " \n":
            for after in _AFTER_WORD:
                hints[before + word + after] = "backwards_words"
    for dots in (".-.", "-.-", ".--", "--.", "-..", "..-"):  # inside Morse letters, rare elsewhere
        hints[dots] = "morse"
    for x in letters:  # a word broken by markup or a hyphen ("ig**nore", "instruc-\ntions")
        for y in letters:
            for mark in ("*", "**", "~", "~~", "`", "-\n", "-\r\n"):
                hints[x + mark + y] = "broken"
            hints[x + "-" + y] = "hyphens"
    for assigned in ("='", '="', "= '", '= "'):  # a string given to a name; two close together may be a split payload
        hints[assigned] = "split"
    for misspelling in _misspellings():  # at a word's start; its end is checked when found
        hints[" " + misspelling] = hints["\n" + misspelling] = "misspelled"
    for x in letters:  # a word padded out with spaces or tabs ("you  are  now")
        hints[x + "  "] = hints[x + "\t\t"] = "padded"
    for pair in ("aa", "cc", "dd", "gg", "hh", "ii", "jj", "kk", "mm", "nn", "pp", "qq", "rr", "tt", "uu", "vv", "ww", "xx", "yy"):
        for after in _AFTER_WORD:
            hints[pair + after] = "doubled"
    return AhoCorasick(hints), list(hints.values())


def normalize(text: str, depth: int = 0) -> Normalized:
    """See the module docstring."""
    signals: set[str] = set()
    removed: list[int] = []
    hidden: list[tuple[str, int, int]] = []  # text to read as well, and its original span
    if not text.isascii():
        wide = _non_ascii(text)
        for char in set(_TYPOGRAPHIC.findall(wide)):
            text = text.replace(char, _TYPOGRAPHY[char])
    if not text.isascii():
        suspect = _SUSPECT.search(wide) is not None  # its characters are all beyond ASCII
        if depth < MAX_DEPTH:  # positions are still the original's
            hidden = _hidden(text, wide, signals)
        removed = [m.start() for m in _INVISIBLE.finditer(text)] if suspect else []
        if removed:
            text = _INVISIBLE.sub("", text)
            signals.add("invisible")
        if _MARKS.search(wide):
            if _DECORATED.search(text):
                signals.add("marks")
            text, dropped = _strip_marks(text)
            removed = _merge_removed(removed, dropped)
        if _SMALL_CAPITAL.search(wide):
            text = text.translate(_FROM_SMALL_CAPITALS)
            signals.add("small_capitals")
        if not unicodedata.is_normalized("NFKC", text):
            text, dropped = _nfkc(text)
            removed = _merge_removed(removed, dropped)
            signals.add("nfkc")
            suspect = True  # NFKC can make look-alikes (the micro sign becomes a Greek mu)
        if _DISGUISE.search(wide) and _MIXES_DISGUISE.search(text):
            signals.add("homoglyph")
        text = fold_letters(text)
        if suspect and _LOOKALIKE.search(text) and _LATIN_NEXT_TO_LOOKALIKE.search(text):
            text = _MIXED_SCRIPT.sub(lambda m: m.group().translate(_HOMOGLYPHS), text)
            signals.add("homoglyph")
    plain = text  # encoded runs are decoded from the text before leet folding and lower-casing
    main = _lower(text)
    hints: dict[str, list[int]] = {}  # hint -> where it was found
    automaton, kinds = _hints()
    for i, _, end in automaton.find_matches_as_indexes(" " + main + " ", overlapping=True):
        hints.setdefault(kinds[i], []).append(end - 2)  # where the hint's last character is in main
    if "misspelled" in hints:  # the whole word, not the start of a longer one
        hints["misspelled"] = [end for end in hints["misspelled"] if end + 1 >= len(main) or not main[end + 1].isalpha()]
    if "doubled" in hints:
        hints["doubled"] = _first_of_each(hints["doubled"], lambda end: _word_before(main, end))
    if "hyphens" in hints:  # none unless three are close together, whatever the words
        close = spans_around(hints["hyphens"], _HYPHENS_REACH, _HYPHENS_REACH, 3)
        hints["hyphens"] = _first_of_each(hints["hyphens"], lambda end: _token_around(main, end)) if close else []
    if random_case := _random_case(text):
        hints["random_case"] = random_case
    if "leet" in hints and any(m.start() and text[m.start() - 1].isalpha() for m in _LEET_THEN_LETTER.finditer(text)):
        text = _fold_leet(text)
        main = _lower(text)
    out = Normalized(main, len(main), removed, [], signals, main.split())
    for segment, start, end in hidden:
        _add_segment(out, segment, start, end, depth)
    for hint, reach, least, rewrite in _REWRITES:
        if hint not in hints:  # most texts have none of them
            continue
        for start, end in spans_around(hints[hint], reach, reach, least):
            end = min(end, len(main))
            if rewritten := rewrite(main[start:end]):
                _add_segment(out, rewritten, *out.to_original(start, end), depth, decode=False)
    # a spaced-out run has a hint at every pair of letters, so it lies inside the stretch around its hints
    for start, end in spans_around(hints.get("spaced", []), _SPACED_REACH, _SPACED_REACH):
        for m in _SPACED.finditer(main, start, min(end, len(main))):
            _add_segment(out, _join_letters(m.group()), *out.to_original(*m.span()), depth, decode=False)
    if depth < MAX_DEPTH:
        _decode_runs(out, plain, depth)
    return out


def fold_letters(text: str) -> str:
    """Latin letters without their diacritics, and letters of other scripts that look Latin
    made Latin (see the module docstring), one character for one. Rules are written for
    text folded this way, and folded the same way themselves."""
    if text.isascii():
        return text
    table = {c: plain for c in set(_non_ascii(text)) if (plain := _plain_letter(c)) != c}
    if len(table) > 16:  # many distinct letters: one pass beats a replace for each
        return text.translate(str.maketrans(table))
    for char, plain in table.items():
        text = text.replace(char, plain)
    return text


@lru_cache(maxsize=4096)
def _plain_letter(char: str) -> str:
    if char in _LOOKS_LATIN:
        return _LOOKS_LATIN[char]
    base = unicodedata.normalize("NFD", char)[0]
    return base if base != char and base.isascii() and base.isalpha() else char


def _hidden(text: str, wide: str, signals: set[str]) -> list[tuple[str, int, int]]:
    """Text that reads differently from how it is stored, with its span: what Unicode tag
    characters or a run of variation selectors hide, Latin text stored backwards behind a
    right-to-left mark, upside-down lines. ``wide``: the text's non-ASCII characters."""
    found = []
    if runs := list(_TAGS.finditer(text)) if _TAGS.search(wide) else []:
        signals.add("unicode_tags")
        found.append(("".join(chr(ord(c) - 0xE0000) for m in runs for c in m.group()), runs[0].start(), runs[-1].end()))
    for m in _SELECTOR_RUN.finditer(text) if _SELECTOR_RUN.search(wide) else ():
        if decoded := _selector_bytes(m.group()):
            signals.add("variation_selectors")
            found.append((decoded, *m.span()))
    for m in _RIGHT_TO_LEFT.finditer(text) if _RIGHT_TO_LEFT.search(wide) else ():
        if _LATIN_WORD.search(m.group(1)):
            found.append((_INVISIBLE.sub("", m.group(1))[::-1], *m.span()))
    if len(set(_ONLY_FLIPPED.findall(wide))) >= 3:
        start = 0
        for line in text.split("\n"):
            if len(set(_ONLY_FLIPPED.findall(line))) >= 3:
                found.append((line.translate(_UNFLIP)[::-1], start, start + len(line)))
            start += len(line) + 1
    return found


def _selector_bytes(run: str) -> str | None:
    """What a run of variation selectors spells: a byte each, or two (high nibble first)
    where only VS1-16 are used."""
    values = [ord(c) - 0xFE00 if c <= "\ufe0f" else ord(c) - 0xE0100 + 16 for c in run]
    decoded = _readable(bytes(values))
    if decoded is None and max(values) < 16 and len(values) % 2 == 0:
        decoded = _readable(bytes(high << 4 | low for high, low in zip(values[::2], values[1::2])))
    return decoded


def _first_of_each(ends: list[int], word_at) -> list[int]:
    """The hints whose word (``word_at(end)``) is seen for the first time: a name repeated
    ("CNN ... CNN") is one doubled word, "KLHM-Sector" named ten times or "live-to-two-track"
    one hyphenated word; an obfuscated phrase does it word after word."""
    seen: set[str] = set()
    kept = []
    for end in ends:
        if (word := word_at(end)) not in seen:
            seen.add(word)
            kept.append(end)
    return kept


def _word_before(text: str, end: int) -> str:
    """The letters before ``end`` (a doubled-letter hint ends at the character after its word)."""
    start = end - 1
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _token_around(text: str, end: int) -> str:
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return text[start : _TOKEN_REST.match(text, end).end()]


def _unbreak(text: str) -> str:
    """Words whole again: a hyphen at a line's end dropped between letters, and the markup
    of a token that has some between two letters ("**ig**nore" -> "ignore")."""
    text = _LINE_END_HYPHEN.sub("", text)
    return _BROKEN_TOKEN.sub(lambda m: _MARKUP.sub("", m.group()), text)


def _unhyphenate(text: str) -> str:
    return _HYPHEN_IN_WORD.sub("", _unbreak(text))


def _spell(text: str) -> str:
    misspellings = _misspellings()
    return _LETTERS.sub(lambda m: misspellings.get(m.group(), m.group()), text)


def _squeeze(text: str) -> str:
    return _DOUBLED.sub(r"\1", text)


def _unpad(text: str) -> str:
    return _PADDING.sub(" ", text)


def _unsplit(text: str) -> str | None:
    """String pieces assigned one after another, joined, when the text also joins them
    ("+", "concat", "join"): a payload split so that no piece reads as one."""
    pieces = [m.group(2) for m in _ASSIGNED_STRING.finditer(text)]
    if len(pieces) < 2 or not ("+" in text or "concat" in text or "join" in text):
        return None
    return "".join(pieces)


def _rotate(text: str) -> str:
    """ROT13, and the Caesar shift whose text has most common words if it is another."""
    rotations = {shift: text.translate(_SHIFTS[shift]) for shift in range(1, 26)}
    common = {shift: sum(word in _COMMON_WORDS for word in rotated.split()) for shift, rotated in rotations.items()}
    best = max(common, key=common.get)
    if best == 13 or common[best] < 2:
        return rotations[13]
    return rotations[13] + "\n" + rotations[best]


def _shuffle_key(word: str) -> str:
    """What shuffling a word's inside letters keeps: its first and last letters, and the rest as a set."""
    return word[0] + word[-1] + "".join(sorted(word[1:-1]))


@cache
def _unshuffled() -> dict[str, str]:
    """Each word of ``_SHUFFLED_WORDS`` by its shuffle key, and (if longer than three letters)
    by the keys of the word with one letter shifted by one ("ignpre"); a shifted key two words
    share reads as neither."""
    exact = {_shuffle_key(word): word for word in sorted(_SHUFFLED_WORDS)}
    shifted: dict[str, str | None] = {}
    for word in sorted(w for w in _SHUFFLED_WORDS if len(w) > 3):  # not "can" read as "dan"
        for i, letter in enumerate(word):
            for near in (chr(ord(letter) - 1), chr(ord(letter) + 1)):
                if "a" <= near <= "z":
                    key = _shuffle_key(word[:i] + near + word[i + 1 :])
                    shifted[key] = word if shifted.get(key, word) == word else None
    return {key: word for key, word in shifted.items() if word is not None} | exact


def _unshuffle(text: str) -> str:
    """Each word read as the word of ``_SHUFFLED_WORDS`` it is shuffled from; "" if none is."""
    words = _unshuffled()
    shapes = _shuffle_shapes()

    def read(m: re.Match) -> str:
        word = m.group()
        if (word[0], word[-1], len(word)) not in shapes or word in _SHUFFLED_WORDS:
            return word
        return words.get(_shuffle_key(word), word)

    read_back = _LETTERS.sub(read, text)
    return read_back if read_back != text else ""


@cache
def _shuffle_shapes() -> frozenset[tuple[str, str, int]]:
    """The first letter, last letter and length of every key of ``_unshuffled``: a word of
    another shape is no word of the list, shuffled or not, and costs no sorting."""
    return frozenset((key[0], key[1], len(key)) for key in _unshuffled())


def _random_case(text: str) -> list[int]:
    """Where capitals alternate inside a word ("iGnOrE"): the start of each such word, in a
    text at least a fifth capitals (most texts have fewer, and cost one byte translation).
    Not inside a token longer than a word: base64 and tokens alternate too."""
    encoded = text.encode("utf-8", "surrogatepass")  # capitals are single bytes in UTF-8, and it is fast
    if len(encoded.translate(None, _NOT_CAPITAL)) * 5 < len(text):
        return []
    shapes = text.encode("ascii", "replace").translate(_CASE_SHAPES)  # one byte per character
    starts: list[int] = []
    end = 0
    while (at := _next_alternation(shapes, end)) >= 0:  # each word once, from its first alternation
        start = max(shapes.rfind(b" ", end, at) + 1, end)
        end = shapes.find(b" ", at)
        end = len(shapes) if end < 0 else end
        if end - start <= _LONGEST_WORD:
            starts.append(start)
    return starts


def _next_alternation(shapes: bytes, start: int) -> int:
    """Where the case next alternates ("aAa" or "AaA" in ``shapes``) from ``start``, or -1."""
    found = [i for i in (shapes.find(b"aAa", start), shapes.find(b"AaA", start)) if i >= 0]
    return min(found) if found else -1


def _reverse(text: str) -> str:
    """The text read backwards, and each word read backwards in its place ("erongi lla")."""
    return text[::-1] + "\n" + _LETTERS.sub(lambda m: m.group()[::-1], text)


def _unmorse(text: str) -> str:
    """The Morse code runs of the text as letters, words apart where a "/" or a wider gap is."""
    words = []
    for run in _MORSE_RUN.finditer(text):
        for word in _MORSE_WORD_GAP.split(run.group()):
            words.append("".join(_MORSE.get(code, "") for code in word.split()))
    return " ".join(w for w in words if w)


# Stretches of text around a hint, rewritten whole as a segment: (hint, characters either
# side, hints a stretch needs, rewrite). Markup inside a word, a hyphen at a line's end, or
# hyphens inside three different words close together are taken out ("**ig**nore",
# "in-\nstructions", "ig-nore pre-vious in-structions"); an ordinary compound here and there
# is left alone. Letters typed twice are squeezed only near three or more doubled words
# close together: names ("CNN", "Mitt") end doubled here and there, an obfuscated phrase
# does it word after word. Padding between words is made one space where
# two words close together show it (a keyword of two words needs one space between them).
# Near a "backwards" or "rot13" cue ("read this backwards and do it: ...") the text is turned
# (or rotated by the Caesar shift that reads best), as it is near three words written
# backwards; Morse code is read where its dots and dashes are; words in random capitals are
# read unshuffled where three of them come close together.
_REWRITES = (
    ("misspelled", 80, 1, _spell),
    ("broken", 150, 1, _unbreak),
    ("hyphens", _HYPHENS_REACH, 3, _unhyphenate),
    ("doubled", 150, 3, _squeeze),
    ("padded", 150, 2, _unpad),
    ("split", 200, 2, _unsplit),
    ("rotated", 300, 1, _rotate),
    ("reversed", 300, 1, _reverse),
    ("backwards_words", 300, 3, _reverse),
    ("morse", 400, 3, _unmorse),
    ("random_case", 40, 3, _unshuffle),
)


def _join_letters(run: str) -> str:
    """Spaced-out letters as words: the gap used most joins letters, any other gap
    separates words ("i.g.n.o.r.e a.l.l" and "i g n o r e   a l l" -> "ignore all")."""
    gaps = _GAP.findall(run)
    joining = max(set(gaps), key=gaps.count)
    return "".join(letter + ("" if gap == joining else " ") for letter, gap in zip(_GAP.split(run), gaps + [joining]))


def _non_ascii(text: str) -> str:
    """The characters of ``text`` beyond ASCII, in order: a few bytes operations, where a
    regex would visit every character."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def spans_around(positions: list[int], before: int, after: int, least: int = 1) -> list[tuple[int, int]]:
    """Spans from ``before`` characters ahead of each sorted position to ``after`` past it
    (not clipped at the text's end), overlapping spans merged; a merged span around fewer
    than ``least`` positions is left out."""
    spans: list[list[int]] = []  # [start, end, positions inside]
    for p in positions:
        start, end = max(0, p - before), p + after
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
            spans[-1][2] += 1
        else:
            spans.append([start, end, 1])
    return [(start, end) for start, end, count in spans if count >= least]


def _fold_leet(text: str) -> str:
    """Leetspeak folded in words of three or more characters that mix letters with digits
    (or @, $). Found from their digit runs, which are rare, rather than word by word."""
    pieces, end = [], 0
    for run in _DIGIT_RUN.finditer(text):
        start, stop = run.span()
        if start < end or not ((start and text[start - 1].isalpha()) or (stop < len(text) and text[stop].isalpha())):
            continue  # inside a word already folded, or a plain number
        while start and (text[start - 1].isalnum() or text[start - 1] in "_@$"):
            start -= 1
        stop = _WORD_REST.match(text, stop).end()
        if stop - start >= 3:
            pieces += [text[end:start], text[start:stop].translate(_LEET)]
            end = stop
    return "".join(pieces) + text[end:] if pieces else text


def _lower(text: str) -> str:
    """Lower case, one character for one (a few characters lower-case to two: kept)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


def _strip_marks(text: str) -> tuple[str, list[int]]:
    """Combining marks on Latin letters dropped, and a precomposed letter under further
    marks made bare ("í̖" -> "i"); the marks' positions are recorded. Other scripts keep
    theirs: Hindi and Arabic write vowels with them."""
    dropped: list[int] = []

    def bare(m: re.Match) -> str:
        dropped.extend(range(m.start() + 1, m.end()))
        return unicodedata.normalize("NFD", m.group(1))[0]

    return _MARKED.sub(bare, text), dropped


def _nfkc(text: str) -> tuple[str, list[int]]:
    """NFKC, one output character per input character (the first of an expansion), so
    offsets survive; characters NFKC drops are recorded."""
    table = {}
    for char in set(text):
        if not char.isascii():
            folded = _nfkc_char(char)
            if folded != char:
                table[ord(char)] = folded
    dropped = [i for i, c in enumerate(text) if table.get(ord(c)) == ""] if "" in table.values() else []
    if any(len(folded) == 1 and ord(folded) in table for folded in table.values()):
        return text.translate(table), dropped
    for code, folded in table.items():  # few distinct characters: replace beats translate's per-character lookups
        text = text.replace(chr(code), folded)
    return text, dropped


@lru_cache(maxsize=4096)
def _nfkc_char(char: str) -> str:
    """The first letter or digit of the character's NFKC form ("⒤" is "(i)"), else its first
    character; a vowel that NFKC splits into a mark and a letter (Thai "ำ") stays whole."""
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) > 1 and unicodedata.category(folded[0]).startswith("M"):
        return char
    return next((c for c in folded if c.isalnum()), folded[:1])


def _merge_removed(first: list[int], second: list[int]) -> list[int]:
    """Positions dropped in two passes, as positions of the original text. Both lists are
    sorted, so one walk maps every second-pass position past the first pass's drops."""
    if not first:
        return second
    out, k = list(first), 0
    for p in second:
        while k < len(first) and first[k] <= p + k:  # a drop at or before p's original place
            k += 1
        out.append(p + k)
    return sorted(out)


def _decode_runs(out: Normalized, plain: str, depth: int) -> None:
    """Add what embedded encodings decode to: base64, hex and URL-encoding inside long
    tokens, and runs of 8-bit binary; and the words of long tokens that join them."""
    found: list[tuple[int, int, str]] = []
    end = 0
    for word in out.long_words:
        # the main text and ``plain`` differ only in case and leet, so positions agree; a
        # long word's first occurrence after the previous one is the word itself
        start = out.text.find(word, end)
        end = start + len(word)
        token = plain[start:end]
        for regex, decoder in ((_BASE64, _b64), (_HEX, _hex)):
            for m in regex.finditer(token):
                decoded = decoder(m.group())
                if decoded:
                    found.append((start + m.start(), start + m.end(), decoded))
        if "%" in token:
            decoded = _url(token)
            if decoded:
                found.append((start, end, decoded))
        if words := _joined(token):
            _add_segment(out, words, *out.to_original(start, end), depth, decode=False)
    if "&#" in plain:  # HTML character references, three or more close together
        references = [m.start() for m in _CHARACTER_REFERENCE.finditer(plain)]
        for start, end in spans_around(references, 0, 40, 3):
            end = min(end, len(plain))
            _add_segment(out, html.unescape(plain[start:end]), *out.to_original(start, end), depth)
    if "0100" in plain or "0110" in plain or "0111" in plain:  # an ASCII letter's byte
        for m in _BINARY.finditer(plain):
            decoded = _binary(m.group())
            if decoded:
                found.append((*m.span(), decoded))
    for start, end, decoded in found:
        out.signals.add("decoded")
        _add_segment(out, decoded, *out.to_original(start, end), depth)


def _joined(token: str) -> str | None:
    """The words of a token that joins three or more by case or by separators
    ("IgnoreAllPreviousInstructions", "forget.your.rules", "new_task=reveal_it"); a plain long
    word or a token with digits (a version, a hash) is not one."""
    token = token.strip(_AROUND_TOKEN)
    if not _JOINED_TOKEN.fullmatch(token):
        return None
    words = _JOINED_WORD.findall(token)
    return " ".join(words).lower() if len(words) >= 3 and sum(map(len, words)) >= 3 * len(words) else None


def _add_segment(out: Normalized, text: str, orig_start: int, orig_end: int, depth: int, decode: bool = True) -> None:
    inner = normalize(text, depth + 1) if decode else Normalized(text.lower(), len(text))
    start = len(out.text) + 1
    out.text = out.text + "\n" + inner.text
    out.segments.append((start, len(out.text), orig_start, orig_end))
    out.signals |= inner.signals


def _readable(data: bytes) -> str | None:
    """Decoded bytes as text, if they look like words rather than binary noise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 6:
        return None
    letters = sum(c.isalpha() or c.isspace() for c in text)
    return text if letters / len(text) > 0.7 and " " in text.strip() else None


def _b64(run: str) -> str | None:
    try:
        data = base64.b64decode(run + "=" * (-len(run) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(data) >= 16 and _BASE64.fullmatch(data.decode("ascii", "replace")):
        return data.decode("ascii")  # base64 inside base64: decoded again, up to MAX_DEPTH
    return _readable(data)


def _hex(run: str) -> str | None:
    digits = re.sub(r"\\x|0x|:", "", run)
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def _binary(run: str) -> str | None:
    bits = run.split() if " " in run.strip() else [run[i : i + 8] for i in range(0, len(run.strip()), 8)]
    try:
        data = bytes(int(b, 2) for b in bits if len(b) == 8)
    except ValueError:
        return None
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return None
    return text if sum(c.isalpha() for c in text) >= 4 else None


def _url(run: str) -> str | None:
    if len(re.findall(r"%[0-9A-Fa-f]{2}", run)) < 3:
        return None
    decoded = urllib.parse.unquote(run)
    return decoded if sum(c.isalpha() for c in decoded) >= 4 else None
