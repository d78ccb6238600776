"""Numbers as reports write them: "1,000", "nine", "twenty-three", "a dozen", "the 10th".

Counts are the figures users act on, so parsing is strict: anything that is not
plainly a cardinal (a vague "dozens", "several hundred", a range "20 to 30") is
left unparsed rather than guessed.
"""
from __future__ import annotations

import re

from .lexicon import words

_W = words("numbers.yaml")   # the number words (data/numbers.yaml)
_UNITS = _W.value("units")
_TENS = _W.value("tens")
_SCALES = _W.value("scales")
_IDIOMS = _W.value("idioms")
_ORDINAL_WORDS = _W.value("ordinals")
_SUFFIX = _W["ordinal_suffixes"]

_WORD = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
# One cardinal in words: "nine", "twenty-three", "one hundred and five", "two thousand".
WORD_NUMBER = (
    rf"(?:(?:{_WORD})(?:[- ](?:{_WORD}))?"
    rf"(?:\s+(?:{_W['scales']})(?:\s+(?:and\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?)?)?"
    # "a hundred and six": "a" stands for "one" before a scale
    rf"|a\s+(?:{_W['scales']})(?:\s+(?:and\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?)?|{_W['idioms']})"
)
# Digits, with or without thousands separators; never a decimal or a part of "12-day".
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)"
NUMBER = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})"
ORDINAL = (
    # "the 1,600th execution": digits with thousands separators as in DIGIT_NUMBER
    rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:{_SUFFIX})|"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + "|twenty-(?:" + "|".join(w for w, n in _ORDINAL_WORDS.items() if n < 10) + "))"
)
_NUMBER_RE = re.compile(rf"^{NUMBER}$", re.IGNORECASE)
_WORD_BREAK = re.compile(r"[\s-]+")   # between the words of a number ("twenty-three", "one hundred")


def parse_number(text: str) -> int | None:
    """The value of one cardinal as written, or None when it is not one.

    >>> parse_number("1,000"), parse_number("twenty-three"), parse_number("a dozen")
    (1000, 23, 12)
    """
    text = " ".join(text.lower().split())
    if not text or not _NUMBER_RE.match(text):
        return None
    if text[0].isdigit():
        return int(text.replace(",", ""))
    if text in _IDIOMS:
        return _IDIOMS[text]
    total = current = 0
    for word in _WORD_BREAK.split(text):
        if word in ("and", "a"):
            current = current or (1 if word == "a" else 0)
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
        else:
            return None
    return total + current


def parse_ordinal(text: str) -> int | None:
    """The rank of an ordinal ("tenth", "10th", "1,600th", "twenty-first"), or None."""
    text = text.lower().strip()
    match = re.fullmatch(rf"(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:{_SUFFIX})", text)
    if match:
        return int(match.group(1).replace(",", ""))
    if text in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[text]
    if text.startswith("twenty-"):
        rest = _ORDINAL_WORDS.get(text[len("twenty-"):])
        return 20 + rest if rest else None
    return None
