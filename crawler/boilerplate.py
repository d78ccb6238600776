"""Is this text a report, or a consent dialog, a paywall notice or navigation?

trafilatura sometimes returns the page's furniture instead of the article: a long cookie
dialog beside a short report (adbar/trafilatura#569), a subscription notice, a menu. The
vocabulary of each kind and the thresholds are data (crawler/data/boilerplate.yaml); this
module only counts. `main_block_text` finds the page's largest run of paragraphs that are
not furniture, the yardstick for "much shorter than the page's main content".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

VOCABULARY = Path(__file__).parent / "data" / "boilerplate.yaml"
_WORD = re.compile(r"\w+")
# Where a page keeps its furniture: never the main block.
_FURNITURE = ("nav", "header", "footer", "form", "script", "style", "noscript", "select", "button")
_PARAGRAPHS = ("p", "li", "td", "blockquote", "h2", "h3", "h4", "dd", "pre")


@dataclass(frozen=True)
class Vocabulary:
    kinds: dict[str, tuple[int, re.Pattern]]  # kind -> (min_hits, one pattern matching any of its phrases)
    phrases: dict[str, frozenset[str]]  # kind -> its phrases, for lines that are nothing but one
    min_share: float
    max_link_density: float
    min_share_of_main_block: float


@lru_cache(maxsize=1)
def vocabulary(path: Path = VOCABULARY) -> Vocabulary:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    kinds = {}
    for name, spec in data["kinds"].items():
        # longest first, so "cookie policy" is one hit and not "cookie" plus another
        phrases = sorted(spec["phrases"], key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")
        kinds[name] = (int(spec["min_hits"]), pattern)
    phrases = {name: frozenset(spec["phrases"]) for name, spec in data["kinds"].items()}
    return Vocabulary(kinds, phrases, float(data["min_share"]), float(data["max_link_density"]),
                      float(data["min_share_of_main_block"]))


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def line_kind(line: str, vocab: Vocabulary | None = None) -> str | None:
    """The kind of furniture one line is written in (its phrases of that kind reach min_hits, or
    the line is one of them, as a menu's items are), or None."""
    vocab = vocab or vocabulary()
    lowered = line.casefold()
    bare = " ".join(_WORD.findall(lowered))
    for kind, (min_hits, pattern) in vocab.kinds.items():
        if bare in vocab.phrases[kind] or len(set(pattern.findall(lowered))) >= min_hits:
            return kind
    return None


def text_kind(text: str, link_texts: frozenset[str] = frozenset(), vocab: Vocabulary | None = None) -> str | None:
    """The kind of furniture a whole text is (consent, paywall, navigation), or None for a report.

    A kind wins when its lines hold at least `min_share` of the words; a text whose words
    are mostly the page's link texts is navigation.
    """
    vocab = vocab or vocabulary()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    total = sum(_words(line) for line in lines)
    if not total:
        return None
    shares: dict[str, int] = {}
    linked = 0
    for line in lines:
        kind = line_kind(line, vocab)
        if kind:
            shares[kind] = shares.get(kind, 0) + _words(line)
        if " ".join(line.split()).casefold() in link_texts:
            linked += _words(line)
    if shares:
        kind, words = max(shares.items(), key=lambda item: item[1])
        if words / total >= vocab.min_share:
            return kind
    if linked / total > vocab.max_link_density:
        return "navigation"
    return None


def link_texts(tree) -> frozenset[str]:
    """The page's link texts, normalised as `text_kind` compares lines."""
    return frozenset(" ".join(a.text_content().split()).casefold() for a in tree.iter("a") if a.text_content().strip())


def _in_furniture(element) -> bool:
    return any(isinstance(a.tag, str) and (a.tag in _FURNITURE or a.get("role") == "dialog")
               for a in element.iterancestors())


def _link_words(element) -> int:
    return sum(_words(a.text_content()) for a in element.iter("a"))


def main_block_text(tree, vocab: Vocabulary | None = None) -> str:
    """The text of the element holding the most words of paragraphs that are neither links nor furniture.

    Each paragraph gives its words to its parent (as readability scores candidates); the
    winning parent's paragraphs, in order, are the page's main block.
    """
    vocab = vocab or vocabulary()
    scores: dict[object, int] = {}
    kept: dict[object, list[str]] = {}
    for element in tree.iter(*_PARAGRAPHS):
        text = " ".join(element.text_content().split())
        words = _words(text)
        if not words or _in_furniture(element) or line_kind(text, vocab):
            continue
        if _link_words(element) / words > vocab.max_link_density:
            continue
        if any(child.tag in _PARAGRAPHS for child in element.iterdescendants() if isinstance(child.tag, str)):
            continue  # a cell or item that holds paragraphs: those paragraphs are counted instead
        parent = element.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + words
        kept.setdefault(parent, []).append(text)
    if not scores:
        return ""
    best = max(scores, key=scores.get)
    return "\n".join(kept[best])
