"""Report text made safe to show as plain text: on a terminal and in the text part of an email.

A title or evidence sentence is attacker-controlled. Shown raw, an ESC or CSI sequence
(`\\x1b]0;...`, `\\x9b2J`) can recolour, clear or retitle an operator's terminal, bidi
overrides (U+202E) can make text read differently from what it is, and a line break can
forge a line of output. `plain()` removes C0 and C1 control characters (ESC included, so
what is left of a sequence prints as harmless text), the bidi embedding, override and
isolate controls and the direction marks (LRM, RLM, ALM); line breaks become spaces unless
`multiline`. Joiners (ZWNJ U+200C, ZWJ U+200D), which Persian and Arabic spelling needs,
are kept. This is the one definition of "report text safe to display": the terminal, the
web view (vigil.web.format), email (subject, text and HTML) and Slack all pass text through it,
and the web view sets each report text's direction itself (`dir`), so no mark is needed.
"""

from __future__ import annotations

import re

# Embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069) and the marks LRM, RLM, ALM.
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI_CONTROLS}]")
_UNSAFE_ONE_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{_BIDI_CONTROLS}]")


def plain(text: object, *, multiline: bool = False) -> str:
    """`text` without control characters; one line unless `multiline` (tabs and LF kept)."""
    if multiline:
        return _UNSAFE.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))
    return _UNSAFE_ONE_LINE.sub(lambda m: " " if m.group() in "\t\n\r\u2028\u2029" else "", str(text))
