"""Whether two reports' places can be the same place: a gazetteer of Iran's provinces, cities
and prisons (alerts/data/gazetteer.yaml), so "Fars province", "Shiraz" and "Adelabad Prison"
are one place at three levels, while "Evin" and "Qarchak" are two.

A location is kept as written (SCHEMA.md); here it is read as the most specific gazetteer
entries it names ("Adelabad Prison, Shiraz" -> the prison; "Tehran" -> the city, which
lies in the province of the same name; "Tehran province" -> the province). A location the
gazetteer does not know falls back to its distinctive words.

Locations are kept in their script (SCHEMA.md), so the gazetteer carries each place's Persian
and Arabic names as aliases: "زندان قزلحصار" and "Ghezel Hesar Prison" resolve to one prison.
Two unknown locations in different scripts are compared by the consonant skeletons of their
words (alerts/transliteration.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from alerts.transliteration import fold_letters, is_arabic_script, skeleton


@lru_cache(maxsize=1)
def _place_words() -> dict:
    return yaml.safe_load(resources.files("alerts").joinpath("data/place_words.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _noise() -> frozenset[str]:
    return frozenset(_place_words()["generic"])


def fold(text: str) -> str:
    """Lower case, no accents or diacritics, one form of each Persian/Arabic letter (ي -> ی),
    punctuation as spaces: the form names are compared in. Letters of any script are kept."""
    bare = fold_letters(text).replace("'", "").replace("’", "")
    return re.sub(r"[\W_]+", " ", bare).strip()


@dataclass(frozen=True)
class Node:
    name: str
    level: str  # province | city | prison
    parent: "Node | None" = None

    def ancestors(self) -> tuple["Node", ...]:
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return tuple(chain)

    def __str__(self) -> str:
        return self.name if self.level != "province" else f"{self.name} province"


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, tuple[Node, ...]]  # folded name -> the entries it may mean

    def resolve(self, location: str | None) -> frozenset[Node]:
        """The most specific entries a location names (empty when it names none)."""
        if not location:
            return frozenset()
        text = f" {fold(location)} "
        found: set[Node] = set()
        for name, nodes in self.names.items():
            at = text.find(f" {name} ")
            if at < 0:
                continue
            as_province = f" {name} province " in text or any(
                f" {before} {name} " in text for before in _place_words()["province_before"])
            found.update(n for n in nodes if not as_province or n.level == "province")
        return frozenset(n for n in found if not any(n in other.ancestors() for other in found))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    data = yaml.safe_load(resources.files("alerts").joinpath("data/gazetteer.yaml").read_text(encoding="utf-8"))
    names: dict[str, list[Node]] = {}

    def add(node: Node, aliases) -> None:
        for name in (node.name, *(aliases or ())):
            names.setdefault(fold(name), []).append(node)

    for province_name, province in data.items():
        province = province or {}
        p = Node(province_name, "province")
        add(p, province.get("aliases"))
        for city_name, city in (province.get("cities") or {}).items():
            city = city or {}
            c = Node(city_name, "city", p)
            add(c, city.get("aliases"))
            for prison_name, aliases in (city.get("prisons") or {}).items():
                add(Node(prison_name, "prison", c), aliases)
    return Gazetteer({k: tuple(v) for k, v in names.items()})


def place_words(location: str | None) -> frozenset[str]:
    """The distinctive words of a location; generic words such as 'prison' are dropped."""
    if not location:
        return frozenset()
    noise = _noise()
    return frozenset(w for w in fold(location).split() if w not in noise and len(w) > 1)


def _skeletons(words: frozenset[str], location: str) -> frozenset[str]:
    """The consonant skeletons of a location's distinctive words, each and all run together
    in written order (one script writes "Ghezel Hesar" as two words, the other قزلحصار)."""
    ordered = [w for w in fold(location).split() if w in words]
    return frozenset({skeleton(w) for w in ordered} | {"".join(skeleton(w) for w in ordered)}) - {""}


@lru_cache(maxsize=65536)
def _resolved(location: str) -> frozenset[Node]:
    return gazetteer().resolve(location)


@lru_cache(maxsize=65536)
def relation(a: str | None, b: str | None) -> tuple[str, str]:
    """(how, why): how two locations relate -- `same`, `within` (one lies in the other),
    `unknown` (a place is missing) or `different` -- and the words that show it. Cached:
    clustering asks about the same few places over and over."""
    if not a or not b:
        return "unknown", ""
    nodes_a, nodes_b = _resolved(a), _resolved(b)
    if nodes_a and nodes_b:
        for x in nodes_a:
            for y in nodes_b:
                if x == y:
                    return "same", str(x)
        for x in nodes_a:
            for y in nodes_b:
                if x in y.ancestors():
                    return "within", f"{y} in {x}"
                if y in x.ancestors():
                    return "within", f"{x} in {y}"
        return "different", ""
    words_a, words_b = place_words(a), place_words(b)
    shared = words_a & words_b
    if not shared and is_arabic_script(a) != is_arabic_script(b):
        if _skeletons(words_a, a) & _skeletons(words_b, b):
            return "same", f"{' '.join(sorted(words_a))} = {' '.join(sorted(words_b))}"
    return ("same", " ".join(sorted(shared))) if shared else ("different", "")
