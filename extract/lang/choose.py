"""Which pipeline reads a document: its declared language, checked against its script.

A source's `lang` (sources.yaml, stored on each document; "lang" in a corpus record) is what
the operator expects; the text decides when they disagree, because a Persian feed carries an
English release now and then and an English site quotes an Arabic statement. Persian and
Arabic share a script and are told apart by the letters only Persian has (پ چ ژ گ), the
letters only Arabic uses (ة, the Arabic yeh and kaf) and the commonest short words of each.
"""
from __future__ import annotations

import re

from ..lexicon import words

_W = words("persian-arabic.yaml")
PIPELINES = ("en", "fa", "ar")

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_PERSIAN_ONLY = re.compile(rf"[{''.join(_W.value('persian_only_letters'))}]|(?<!\S)(?:{_W['persian_only_words']})(?!\S)")
_ARABIC_ONLY = re.compile(rf"[{''.join(_W.value('arabic_only_letters'))}]|(?<!\S)(?:{_W['arabic_only_words']})(?!\S)")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))   # A-Z and a-z: the Latin letters counted
_SAMPLE = 4000   # characters read to decide: the headline and lead are enough


def script_language(text: str) -> str | None:
    """"fa", "ar" or "en" by the script most of the letters are in; None with too few letters."""
    sample = text[:_SAMPLE]
    # the Latin letters counted in C (bytes.translate), not collected one by one
    ascii_part = sample.encode("ascii", "ignore")
    latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    arabic = 0 if len(ascii_part) == len(sample) else len(_ARABIC_SCRIPT.findall(sample))
    if arabic + latin < 20:
        return None
    if latin >= arabic:
        return "en"
    persian, arab = len(_PERSIAN_ONLY.findall(sample)), len(_ARABIC_ONLY.findall(sample))
    return "fa" if persian >= arab else "ar"


def pipeline_language(lang: str | None, text: str) -> str:
    """The pipeline for a document declared `lang` (None or "" when unknown) with `text`:
    the declared one when the script agrees, else the script's; "en" when neither is known.
    A language Vigil has no pipeline for ("ku", "ur") is read by its script's pipeline."""
    declared = (lang or "").lower().split("-")[0] or None
    seen = script_language(text)
    if declared in PIPELINES and (seen is None or seen == declared):
        return declared
    if seen is not None:
        if declared in ("fa", "ar") and seen in ("fa", "ar"):
            return declared   # the two share a script: trust the source on which
        return seen
    return declared if declared in PIPELINES else "en"
