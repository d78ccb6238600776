"""Keep the zero-width joiners of Persian and Arabic spelling through trafilatura.

trafilatura drops every character that `str.isprintable()` rejects (trafilatura.utils.
remove_control_characters), ZWNJ U+200C and ZWJ U+200D included, so `سه‌شنبه` came out as
the misspelt `سهشنبه`. `hidden()` copies a page's tree with each joiner replaced by a
printable stand-in no news page uses (Phoenician letters); `restored()` puts the joiners
back in what was read from that copy. A page that already holds a stand-in is left alone.
"""

from __future__ import annotations

import copy

JOINERS = {"\u200c": "\U00010900", "\u200d": "\U00010901"}  # ZWNJ, ZWJ -> PHOENICIAN LETTER ALF, BET
_BACK = {stand_in: joiner for joiner, stand_in in JOINERS.items()}


def _swap(value: str | None, table: dict[str, str]) -> str | None:
    if not value:
        return value
    for old, new in table.items():
        value = value.replace(old, new)
    return value


def hidden(tree):
    """A copy of the lxml tree with joiners as stand-ins (text, tails and attributes), or
    None when the page has no joiner or already holds a stand-in."""
    seen = "".join(tree.itertext()) + "".join(v for el in tree.iter() for v in el.attrib.values())
    if not any(j in seen for j in JOINERS) or any(s in seen for s in _BACK):
        return None
    joined = copy.deepcopy(tree)
    for element in joined.iter():
        element.text = _swap(element.text, JOINERS)
        element.tail = _swap(element.tail, JOINERS)
        for name, value in element.attrib.items():
            element.attrib[name] = _swap(value, JOINERS)
    return joined


def restored(read_with_stand_ins: str, read_plain: str) -> str:
    """`read_with_stand_ins` with its joiners back, when it is `read_plain` but for them;
    else `read_plain` (the stand-ins changed what was read: keep what the page gave before)."""
    without = read_with_stand_ins
    for stand_in in _BACK:
        without = without.replace(stand_in, "")
    if without != read_plain.replace("\u200c", "").replace("\u200d", ""):
        return read_plain
    return _swap(read_with_stand_ins, _BACK)
