"""Numbers as reports write them: "1,000", "nine", "twenty-three", "a dozen", "the 10th".

Counts are the figures users act on, so parsing is strict: anything that is not
plainly a cardinal (a vague "dozens", "several hundred", a range "20 to 30") is
left unparsed rather than guessed.
"""
from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

_WORD = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
# One cardinal in words: "nine", "twenty-three", "one hundred and five", "two thousand".
WORD_NUMBER = (
    rf"(?:(?:{_WORD})(?:[- ](?:{_WORD}))?"
    rf"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?)?)?"
    rf"|a\s+(?:hundred|thousand)|a\s+dozen|a\s+couple\s+of)"
)
# Digits, with or without thousands separators; never a decimal or a part of "12-day".
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)"
NUMBER = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})"
ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r"|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
_NUMBER_RE = re.compile(rf"^{NUMBER}$", re.IGNORECASE)


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
    if text == "a dozen":
        return 12
    if text == "a couple of":
        return 2
    total = current = 0
    for word in re.split(r"[\s-]+", text):
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
    """The rank of an ordinal ("tenth", "10th", "twenty-first"), or None."""
    text = text.lower().strip()
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    if match:
        return int(match.group(1))
    if text in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[text]
    if text.startswith("twenty-"):
        rest = _ORDINAL_WORDS.get(text[len("twenty-"):])
        return 20 + rest if rest else None
    return None
