"""Full-text search: the one form in which report text is indexed and a query is read.

A Persian word is typed with or without its ZWNJ (`سه‌شنبه`, `سهشنبه`) and with Persian or
Arabic letters (`شهبازی`, `شهبازي`); the index holds `search_key` of each title and text
(vigil.store.documents keeps it), and a query is read through the same function, so all of
these find the same report. The key is alerts.transliteration.fold_letters, the table names
are compared by: letter variants made one, diacritics, accents, ZWNJ and tatweel removed,
lower case. Snippets are cut from the text as written, not from the key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from alerts.transliteration import fold_letters

MAX_WORDS = 12
SNIPPET_WORDS = 16
MARK_START, MARK_END = "\x02", "\x03"  # no report text holds them (alerts.plaintext removes them)


def search_key(text: str | None) -> str:
    """The indexed (and queried) form of `text`."""
    return fold_letters(text or "")


def words(query: str) -> list[str]:
    """The query's words in their search key, at most MAX_WORDS."""
    return re.findall(r"\w+", search_key(query))[:MAX_WORDS]


def fts_query(query: str) -> str:
    """The words as an FTS5 query of quoted terms (AND), so punctuation can never be syntax."""
    return " ".join('"' + w.replace('"', "") + '"' for w in words(query))


@lru_cache(maxsize=4096)
def _key_of(ch: str) -> str:
    return fold_letters(ch)


def snippet(text: str, query: str) -> str:
    """About SNIPPET_WORDS words of `text` around the first word of `query` found in it, each
    found word between MARK_START and MARK_END, '…' where the text goes on; the text's
    start when none is found."""
    keyed, origin = [], []
    for i, ch in enumerate(text):
        for k in _key_of(ch):
            keyed.append(k)
            origin.append(i)
    keyed_text = "".join(keyed)
    spans = []
    for word in set(words(query)):
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", keyed_text):
            spans.append((origin[m.start()], origin[m.end() - 1] + 1))
    spans.sort()
    tokens = [m.span() for m in re.finditer(r"\S+", text)]
    if not tokens:
        return ""
    first = next((i for i, (s, e) in enumerate(tokens) if spans and s <= spans[0][0] < e), 0)
    lo = max(0, first - SNIPPET_WORDS // 2)
    hi = min(len(tokens), lo + SNIPPET_WORDS)
    start, end = tokens[lo][0], tokens[hi - 1][1]
    out, at = [], start
    for s, e in spans:
        if s < at or e > end:
            continue
        out += [text[at:s], MARK_START, text[s:e], MARK_END]
        at = e
    out.append(text[at:end])
    return ("… " if lo > 0 else "") + " ".join("".join(out).split()) + (" …" if hi < len(tokens) else "")
