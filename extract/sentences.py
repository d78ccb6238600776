"""Sentence and paragraph boundaries for news copy.

spaCy's rule-based sentencizer ignores blank lines and splits after initials
("identified by the initials M. R."), both common in these reports; a claim's
evidence must be one whole sentence, so boundaries are computed here once.
"""
from __future__ import annotations

import re

from .lexicon import words

_BREAK = re.compile(r"(?<=[.!?])(?P<close>['\"’”)]?)\s+(?=['\"‘“(]?[A-Z0-9])")
_NO_BREAK_BEFORE = re.compile(
    rf"(?:\b[A-Z]|\b(?:{words('sentences.yaml')['abbreviations']}))\.$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines or line breaks."""
    spans, start = [], 0
    for m in re.finditer(r"\n+", text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentences(text: str, paragraph_spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding whitespace, never crossing
    a paragraph break; `paragraph_spans` is paragraphs(text) when the caller has it already."""
    result = []
    for p_start, p_end in paragraph_spans if paragraph_spans is not None else paragraphs(text):
        start = p_start
        for m in _BREAK.finditer(text, p_start, p_end):
            if _NO_BREAK_BEFORE.search(text, max(p_start, m.start() - 6), m.start()):
                continue
            if m.start() > start:
                result.append((start, m.end("close")))
            start = m.end()
        if p_end > start:
            result.append((start, p_end))
    stripped = []
    for s, e in result:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            stripped.append((s, e))
    return stripped


HEADING_CHARS = 100   # a paragraph shorter than this with no closing punctuation is a heading


def heading(text: str, start: int, end: int) -> bool:
    """Whether the paragraph [start, end) is a heading line: short, ending in no sentence
    punctuation ("Vakilabad Prison, Mashhad – Tuesday 4 June"), so it titles what follows."""
    line = text[start:end].strip()
    return bool(line) and len(line) < HEADING_CHARS and "\n" not in line and line[-1] not in ".!?:;,"


def headings_before(text: str, spans: list[tuple[int, int]], paragraph_spans: list[tuple[int, int]],
                    hits: list[bool]) -> list[bool]:
    """For each sentence, whether it is a heading line (a whole paragraph, heading()) right before
    a sentence with a hit: a roundup's dated heading dates the incidents under it, so the date
    finder reads it too."""
    whole = set()
    for ps, pe in paragraph_spans:
        line = text[ps:pe]
        whole.add((ps + len(line) - len(line.lstrip()), pe - len(line) + len(line.rstrip())))
    return [k + 1 < len(spans) and hits[k + 1] and (s, e) in whole and heading(text, s, e)
            for k, (s, e) in enumerate(spans)]


class Windows(list):
    """The (start, end) stretches of one text that the finders read (a list of pairs), and
    the Scanner (casefold.py) of the Extractor reading it, so scan() runs its fast plans."""

    def __init__(self, spans, scanner):
        super().__init__(spans)
        self.scanner = scanner


def relevant(text: str, spans: list[tuple[int, int]], pattern: re.Pattern, scanner=None,
             known: list[bool] | None = None) -> list[bool]:
    """For each sentence, whether `pattern` finds something in it (through `scanner`,
    casefold.Scanner, when given). With `known` (an earlier relevant() over the same spans), a
    sentence already found is not searched again: the result is `known` or `pattern`."""
    search = scanner.search if scanner is not None else (lambda p, t, s, e: p.search(t, s, e))
    known = known or [False] * len(spans)
    return [hit or bool(search(pattern, text, start, end)) for (start, end), hit in zip(spans, known)]


def windows(text: str, spans: list[tuple[int, int]], hits: list[bool],
            follow: re.Pattern | tuple | None = None, scanner=None) -> Windows:
    """The sentences with a hit (relevant()), and the sentence right after one when `follow` (a
    pattern, or a tuple of them: any one) matches at its start, adjacent ones joined: the only
    stretches the finders need to read (most of a long report is background). `scanner` travels
    with the windows to scan()."""
    follows = follow if isinstance(follow, tuple) else () if follow is None else (follow,)
    out: list[list[int]] = []
    after = False
    for (start, end), hit in zip(spans, hits):
        if hit or (after and any(f.match(text, start, end) for f in follows)):
            if out and text[out[-1][1]:start].strip() == "":
                out[-1][1] = end
            else:
                out.append([start, end])
        after = hit
    return Windows([(a, b) for a, b in out], scanner)


def scan(pattern: re.Pattern, text: str, spans: list[tuple[int, int]] | None):
    """pattern.finditer over each span (the whole text when spans is None). Through the Scanner
    that Windows carry, an IGNORECASE pattern runs as its twin over the lowered text
    (casefold.py), so group text may be lowered."""
    scanner = getattr(spans, "scanner", None)
    if scanner is not None:
        return scanner.scan(pattern, text, spans)
    if spans is None:
        return pattern.finditer(text)
    return (m for start, end in spans for m in pattern.finditer(text, start, end))
