"""A page's text blocks and their hashes: how a site's template is recognised and cut out.

A block is one run of text as a reader sees it: a paragraph, a list item, a table cell, a
heading, or one line of a cell or `<div>` split by `<br>`. Its text is the element's own
text and that of its inline children (links, emphasis); block-level children are blocks of
their own. A block that recurs on many pages of one source (a "most read" sidebar, related
headlines, a newsletter box, a footer) is the source's template, not the article: the shell
counts block hashes per source (vigil.templates) and `strip_blocks` removes the recurring
ones from a page's tree before the main text is extracted.

A line that is a link (a headline in a "related" box, a teaser) is template wherever it
recurs; a plain line only where it recurs as plain text. So an article's own first
paragraph, shown as a linked teaser on many other pages, stays in the article: its plain
occurrences are counted under `PLAIN + hash`, and it has only one.

Pure functions over lxml trees; nothing here knows about sources or the store.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

# Tags whose text flows inside the line they are on; every other element starts a block.
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd",
    "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr",
})
# Never template: the page's metadata, and the date line (same-day reports share it).
_KEEP_TAGS = frozenset({"head", "title", "meta", "link", "script", "style", "time", "noscript"})
PLAIN = "p:"  # prefix of the hash of a line that is not a link
LINKED_SHARE = 0.8  # a line whose words are this much link text is a link
MIN_WORDS = 3  # shorter lines ("Home", "Share", "Most read") are harmless and too common to judge
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Block:
    """One line of text of a page; `segment` is the line's index among its element's own lines."""

    element: object  # lxml element that holds the line
    segment: int
    text: str
    hash: str  # 16 hex digits of the SHA-1 of the normalised text
    linked: bool  # the line is (almost all) link text

    @property
    def keys(self) -> tuple[str, ...]:
        """What the line counts as in a source's template: the hash, and PLAIN + hash for plain text."""
        return (self.hash,) if self.linked else (self.hash, PLAIN + self.hash)

    @property
    def template_key(self) -> str:
        """The key that must be template for this line to be cut from this page."""
        return self.hash if self.linked else PLAIN + self.hash


def normalise(text: str) -> str:
    """Case, spacing and punctuation at the ends do not make a block another block."""
    return _SPACE.sub(" ", text).strip(" \t\n|•·-–—:,;").casefold()


def block_hash(text: str) -> str:
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]


def _is_inline(node) -> bool:
    return isinstance(node.tag, str) and node.tag.lower() in INLINE_TAGS


def _lines(element) -> list[list[tuple[object, str]]]:
    """The element's own text split at `<br>`: each line a list of (owner, attribute) pieces.

    An owner is the element whose `.text` (attribute "text") or `.tail` ("tail") holds the
    piece, or an inline child as a whole (attribute "node").
    """
    lines: list[list[tuple[object, str]]] = [[]]
    if element.text:
        lines[-1].append((element, "text"))
    for child in element:
        if not isinstance(child.tag, str):  # comments, processing instructions
            pass
        elif child.tag.lower() == "br":
            lines.append([])
        elif _is_inline(child):
            lines[-1].append((child, "node"))
        else:
            lines.append([])  # a block child ends the line before it and starts a new one after
        if child.tail:
            lines[-1].append((child, "tail"))
    return [line for line in lines if line]


def _piece_text(owner, attribute: str) -> str:
    if attribute == "text":
        return owner.text or ""
    if attribute == "tail":
        return owner.tail or ""
    return owner.text_content() or ""


def _elements(tree) -> list:
    """The body's block elements that may hold template lines, in document order: every
    element that is not inline and neither is nor lies inside one of _KEEP_TAGS.

    One walk that skips a kept element's whole subtree, rather than a look at every
    element's ancestors: each lxml element touched from Python costs a proxy object.
    """
    body = tree.find(".//body")
    root = body if body is not None else tree
    if any(isinstance(a.tag, str) and a.tag.lower() in _KEEP_TAGS for a in root.iterancestors()):
        return []
    found = []
    stack = [root]
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions: no children
            continue
        tag = tag.lower()
        if tag in _KEEP_TAGS:
            continue
        if tag not in INLINE_TAGS:
            found.append(element)
        stack.extend(reversed(element))  # children, first child on top
    return found


def _line_text(line) -> str:
    return "".join(_piece_text(owner, attribute) for owner, attribute in line)


def _linked(element, line, words: int) -> bool:
    if any(isinstance(a.tag, str) and a.tag.lower() == "a" for a in element.iterancestors()):
        return True
    linked = 0
    for owner, attribute in line:
        if attribute == "node":
            anchors = [owner] if owner.tag.lower() == "a" else owner.findall(".//a")
            linked += sum(len(_WORD.findall(a.text_content() or "")) for a in anchors)
    return linked >= LINKED_SHARE * words


def _blocks(tree):
    """(block, line pieces) for every line of at least MIN_WORDS words, in document order."""
    for element in _elements(tree):
        for index, line in enumerate(_lines(element)):
            text = _line_text(line)
            words = len(_WORD.findall(text))
            if words >= MIN_WORDS:
                yield Block(element, index, normalise(text), block_hash(text), _linked(element, line, words)), line


def page_blocks(tree) -> list[Block]:
    """Every line of text of the page's body with at least MIN_WORDS words, in document order."""
    return [block for block, _ in _blocks(tree)]


def page_hashes(tree) -> frozenset[str]:
    """The keys the page's lines count under in its source's template (Block.keys)."""
    return frozenset(key for block in page_blocks(tree) for key in block.keys)


def cut_keys(hashes: frozenset[str] | set[str], template: frozenset[str] | set[str]) -> frozenset[str]:
    """The keys `strip_blocks` returns for a page whose `page_hashes` are `hashes`, under `template`.

    A plain line is cut by its PLAIN key alone, though its bare hash is among the page's keys
    too (Block.keys); a bare hash counts only for a line that has no PLAIN key, a link. (A page
    with a link and a plain line of the same text would count that link as kept: the text is
    read again, not lost.)
    """
    found = hashes & template
    return frozenset(k for k in found if k.startswith(PLAIN) or PLAIN + k not in hashes)


def strip_blocks(tree, template: frozenset[str] | set[str]) -> frozenset[str]:
    """Remove the lines whose hash is in `template` from `tree` (in place); return the hashes removed.

    1. Find every template line first, so removing one cannot shift the lines of another.
    2. Remove each line piece by piece (its text, its inline children, their tails), so the
       article's own lines in the same cell stay.
    3. Drop the elements left with no text, which takes emptied sidebar tables and lists along.
    """
    if not template:
        return frozenset()
    removed: set[str] = set()
    doomed: list[tuple[object, str]] = []
    emptied = []
    for block, line in list(_blocks(tree)):
        if block.template_key in template:
            removed.add(block.template_key)
            doomed.extend(line)
            emptied.append(block.element)
    for owner, attribute in doomed:
        if attribute == "text":
            owner.text = None
        elif attribute == "tail":
            owner.tail = None
        elif owner.getparent() is not None:
            owner.tail = None  # drop_tree would move the tail into the line before; it is removed apart
            owner.drop_tree()
    for element in emptied:
        _drop_if_empty(element)
    return frozenset(removed)


def _drop_if_empty(element) -> None:
    """Drop an element with no text left, and each ancestor it leaves empty."""
    while element is not None and element.getparent() is not None:
        if element.tag in ("body", "html") or element.text_content().strip():
            return
        parent = element.getparent()
        element.drop_tree()
        element = parent
