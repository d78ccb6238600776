"""What a Persian or Arabic count says once found: the value of its number as written (digits or
words, vocab-LANG.yaml `numbers`) and the qualifier of its hedge (`qualifiers`).
"""
from __future__ import annotations

import re

from ..lexicon import words
from .vocab import Vocabulary

# words of a number in the plural ("آلاف"): many, no figure
_PLURALS = frozenset(words("persian-arabic.yaml").value("number_plurals"))


def qualifier_of(v: Vocabulary, hedge: str | None) -> str:
    """The qualifier of a hedge as found ("دست کم" -> at_least); "exact" without one."""
    if not hedge:
        return "exact"
    for pattern, name in v.qualifiers:
        if pattern.match(" ".join(hedge.split())):
            return name
    return "exact"


def number_value(v: Vocabulary, written: str) -> int | None:
    """The value of a number as found: digits ("1,051", "۱۲" folded to "12") or words joined by
    "و" ("بیست و سه", "واحدا وعشرين", "سه هزار"); None when no value can be read."""
    digits = written.replace(",", "")
    if digits.isdigit():
        return int(digits)
    lead = re.match(r"\d+", digits)
    if lead:   # "8 آلاف": the digits times the word after them
        return int(lead.group()) * (_words_value(v, digits[lead.end():]) or 1)
    if all(w in _PLURALS for w in re.findall(r"\w+", written)):
        return None   # "آلاف الإعدامات": thousands, no figure
    return _words_value(v, written)


def _words_value(v: Vocabulary, written: str) -> int | None:
    """The value of a number written in words ("سه هزار", "واحدا وعشرين"), None when none is read,
    nor when two tens or two units are joined ("ما بين عشرين وخمسين": a range of two numbers, no
    compound: a compound joins a unit and a ten, after hundreds and thousands)."""
    total = current = 0
    last = None   # the order of the part added last to `current`: "unit" or "ten"
    for word in re.findall(r"\w+", written):
        if word in ("و",) and word not in v.numbers:
            continue
        if word.startswith("و") and word not in v.numbers and word[1:] in v.numbers:
            word = word[1:]
        value = v.numbers.get(word)
        if value is None:
            continue
        if value == 1000:
            current = (current or 1) * 1000
            total += current
            current, last = 0, None
        elif value == 100 and 0 < current < 10:
            current *= 100
            last = None
        else:
            order = "unit" if value < 10 else "ten" if value < 100 and value % 10 == 0 else None
            if order is not None and order == last:
                return None
            last = order
            current += value
    return (total + current) or None
