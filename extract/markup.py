"""Markup left in a report's text (`<img src=x onerror=...>` copied from a feed's HTML).

The extractor reads the text with such tags blanked out, each character turned into a space,
so a claim's evidence and its character offsets still hold in the stored text; whoever finds an
evidence sentence in the stored or archived text again (vigil.provenance) blanks it the same way.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"<[^<>]{0,300}>")


def blank_markup(text: str) -> str:
    """`text` with every tag-like `<...>` (up to 300 characters inside) replaced by as many spaces."""
    return _TAG.sub(lambda m: " " * len(m.group()), text) if "<" in text else text
