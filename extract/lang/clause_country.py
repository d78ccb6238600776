"""The country of a clause after a semicolon, Persian (rule country.clause_before): "عربستان سعودی با
۱۹۶ اعدام ... ثبت کرد؛ ۵۷ نفر از آنان ..."، "این کشور ... ۳۵۶ نفر را اعدام کرد؛ پس از ۳۳۸ اعدام در سال
۲۰۲۴" go on about Saudi Arabia, not the report's country. The semicolon ends a sentence for the
splitter (drafts.sentences), so the clause after it names no country of its own."""
from __future__ import annotations

import re

_SEMICOLON_BEFORE = re.compile(r"؛[\s\u200c]*\Z")   # a sentence that goes on from the clause before
_SEMICOLON_REACH = 3   # characters between the clause before's end and the sentence (the semicolon and spaces)
_STATED = ("country.stated", "country.with_figure")


def country_before_semicolon(lang: str, text: str, s: int, drafts, world: str) -> str | None:
    """The country stated for a figure of the clause before a semicolon, for sentence `s` that names
    none; None in another language, after any other mark, or when that clause stated none (or the world)."""
    if lang != "fa" or not _SEMICOLON_BEFORE.search(text, max(0, s - _SEMICOLON_REACH), s):
        return None
    before = [d for d in drafts if d.sentence[1] <= s and any(r in d.rules for r in _STATED)]
    last = max(before, key=lambda d: d.sentence[1], default=None)
    return last.country if last is not None and last.country != world and s - last.sentence[1] <= _SEMICOLON_REACH else None
