"""Full-text search: the one form in which report text is indexed and a query is read.

A Persian word is typed with a ZWNJ, a space or nothing between its parts (`قزل‌حصار`,
`قزل حصار`, `قزلحصار`; `اعدام‌شده`, `اعدام شده`, `اعدامشده`) and with Persian or Arabic
letters (`شهبازی`, `شهبازي`); all of these find the same report. The index holds
`search_key` of each title and text (vigil.store.documents keeps it) and a query is read
through the same functions:

- letters: the extractor's normaliser (extract.lang.normal.fold_phrase: ZWNJ as the space it
  stands for, letter variants made one, diacritics and tatweel dropped, digits in one script),
  then alerts.transliteration.fold_letters (the form names are compared in: alef and hamza
  forms, accents, lower case);
- joints: after the words, each pair of adjacent Arabic-script words written as one (the
  extractor's rule, extract.lang.normal.table_key, that "دی ماه" and "دی‌ماه" are one key),
  so the text's `قزل حصار` is also the word `قزلحصار`; a query's adjacent pair is looked for
  as two words or as that one (`fts_query`).

Snippets are cut from the text as written, not from the key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from alerts.transliteration import fold_letters, is_arabic_script
from extract.lang.normal import fold_phrase

MAX_WORDS = 12
SNIPPET_WORDS = 16
_WORD = re.compile(r"\w")
MARK_START, MARK_END = "\x02", "\x03"  # no report text holds them (alerts.plaintext removes them)


def _folded(text: str) -> str:
    return fold_letters(fold_phrase(text))


def _joined_pairs(tokens: list[str]) -> list[str]:
    """Each two adjacent Arabic-script words as one; `tokens` are folded words and punctuation
    in order, so a pair never spans a comma or a full stop. Folded words joined are the
    extractor's `table_key` of the pair (its rule that "دی ماه" and "دی‌ماه" are one key),
    written out here because folding each pair again costs ten times the indexing."""
    return [a + b for a, b in zip(tokens, tokens[1:])
            if _WORD.match(a) and _WORD.match(b) and is_arabic_script(a) and is_arabic_script(b)]


def search_key(text: str | None) -> str:
    """The indexed form of `text`: its folded words, then each adjacent Arabic-script pair joined."""
    folded = _folded(text or "")
    pairs = _joined_pairs(re.findall(r"\w+|[^\w\s]", folded))
    return folded + ("\n" + " ".join(pairs) if pairs else "")


def words(query: str) -> list[str]:
    """The query's words in their folded form, at most MAX_WORDS."""
    return re.findall(r"\w+", _folded(query))[:MAX_WORDS]


def _term(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def fts_query(query: str) -> str:
    """The words as an FTS5 query of quoted terms (AND), so punctuation can never be syntax; two
    adjacent Arabic-script words may also be found written as one: `a b` is `(a AND b) OR ab`,
    and a longer run each way of pairing it (at most 233 terms for MAX_WORDS words)."""
    return _expression(words(query))


def _expression(ws: list[str]) -> str:
    if not ws:
        return ""
    rest = _expression(ws[1:])
    alone = f"{_term(ws[0])} AND {rest}" if rest else _term(ws[0])
    pair = _joined_pairs(ws[:2])
    if not pair:
        return alone
    rest2 = _expression(ws[2:])
    joined = _term(pair[0]) + (f" AND {rest2}" if rest2 else "")
    return f"(({alone}) OR ({joined}))"


def _snippet_words(query: str) -> set[str]:
    ws = words(query)
    return set(ws) | set(_joined_pairs(ws))


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
    wanted = _snippet_words(query)
    for word in wanted:
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", keyed_text):
            spans.append((origin[m.start()], origin[m.end() - 1] + 1))
    # a word of the query the text writes as two (`قزلحصار` for `قزل حصار`)
    for m in re.finditer(r"(?<!\w)(\w+)\s(?=(\w+)(?!\w))", keyed_text):
        if set(_joined_pairs([m.group(1), m.group(2)])) & wanted:
            spans.append((origin[m.start()], origin[m.end() + len(m.group(2)) - 1] + 1))
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
