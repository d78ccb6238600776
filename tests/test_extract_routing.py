"""Patterns tried only at the words routed to them find exactly what finditer finds."""
import re

import pytest

from extract import routing
from extract.casefold import Scanner
from extract.sentences import Windows, paragraphs, sentences
from extract.vocabulary import Vocabulary
from labelled_sets import corpus_texts

SAMPLES = [
    "At least 12 prisoners WERE HANGED in Ghezel Hesar Prison on Monday; the Execution of Two Men followed.",
    "Nine inmates were transferred to solitary confinement. Three more were Executed last week.",
    "The number of executions has risen to 1,234 so far this year, including 31 women.",
    "Kelvin \u212a, long \u017f and dotless \u0131: seven men were hanged yesterday.",   # no lowered text
    "\u201cFive were executed\u201d \u2013 said the group\u2019s report on 3\u00a0March; \u0663 were hanged.",
    "x_the 12men were hanged; __seven were executed in the_prison at 5am.",
]


def _texts():
    return list(SAMPLES) + corpus_texts(("dev.jsonl", "seed.jsonl"))


def test_keys_are_the_words_a_match_opens_with():
    found = routing.keys(re.compile(r"\b(?:were|was)\s+hanged|\b(?:the\s+)?executions?\s+of"))
    # "were" and "was" end where white space follows them; "execut" is the first six letters of a longer word
    assert found.words == {"were", "was", "the"} and found.beginnings == {"execut"} and not found.digit
    assert routing.keys(re.compile(r"(?<![\w,.-])(?P<n>\d+)\s+men")) == routing.Keys(frozenset(), frozenset(), True)
    assert routing.keys(re.compile(r"(?<!\w)(?:19|20)\d\d")).beginnings == {"19", "20"}
    # a look-behind asking for white space or punctuation before guards as well
    assert routing.keys(re.compile(r"(?<=;\s)(?:and\s+)?\d+")) == routing.Keys(frozenset({"and"}), frozenset(), True)
    assert routing.keys(re.compile(r"(?<=[,:])the")) == routing.Keys(frozenset(), frozenset({"the"}), False)


@pytest.mark.parametrize("source", [
    r"(?:19|20)\d\d",                # no guard: a match may start inside a word ("x2019")
    r"\bthe\b|,\s+and",              # one branch unguarded
    r"(?<=No)\d+",                    # a look-behind that asks for a word character before
    r"(?<=\s|x)\d+",                 # or may
    r"(?<![^\w])the",                # a look-behind that asks for one
    r"\b(?:,|the)\s+men",            # a match may open with punctuation
    r"\b(?:the\s+)?\s*men",          # or with white space
])
def test_a_pattern_that_may_start_inside_a_word_or_on_no_word_is_not_routed(source):
    assert routing.keys(re.compile(source)) is None


def test_no_ignorecase_or_ascii_pattern_is_routed():
    assert routing.keys(re.compile(r"\bhanged", re.IGNORECASE)) is None   # its twin is (casefold.py)
    assert routing.keys(re.compile(r"\bhanged", re.ASCII)) is None       # its \b is not the words' \w


def _routed_patterns():
    scanner = Vocabulary.load().scanner
    return [(pattern, scanner) for pattern in {id(p.pattern): p.pattern for p in scanner._plans.values()}.values()
            if scanner._router.low.slot(scanner.plan(pattern).fast) is not None
            or scanner._router.text.slot(pattern) is not None]


def test_most_of_the_finders_patterns_are_routed():
    assert len(_routed_patterns()) >= 100


def test_the_comparisons_patterns_compiled_on_first_use_are_planned():
    """"tripled its yearly total to 90 from 30": a finder pattern the vocabulary's Scanner is not made
    with runs unplanned, tried at every place of every window; the comparisons' are made with it."""
    from extract import comparisons

    scanner = Vocabulary.load().scanner
    for pattern in (comparisons.compared_figure(), comparisons.range_figures(), comparisons.year_figure(),
                    comparisons.multiplied_range()):
        assert scanner.plan(pattern).fast is not None
    assert scanner._router.low.slot(scanner.plan(comparisons.multiplied_range()).fast) is not None


@pytest.mark.parametrize("pattern,scanner", _routed_patterns(), ids=lambda p: getattr(p, "pattern", "")[:40])
def test_a_routed_scan_finds_what_finditer_finds(pattern, scanner):
    for text in _texts():
        spans = sentences(text, paragraphs(text))
        for chosen in (spans[::2], [(0, len(text))]):
            expected = [(m.span(), m.lastgroup) for s, e in chosen for m in pattern.finditer(text, s, e)]
            found = [(m.span(), m.lastgroup) for m in scanner.scan(pattern, text, Windows(chosen, scanner))]
            assert found == expected


def test_the_word_table_is_bounded():
    hanged = re.compile(r"\bhanged")
    router = routing.Router([(hanged, routing.keys(hanged))], [], max_words=3)
    for text in ("one two three four five", "six seven hanged"):
        router.index(text, text)
    assert len(router.low.routes) <= 3 and router.index("Men HANGED; hanged", "men hanged; hanged") == ([[4, 12]], [])


def test_words_are_read_apart_when_the_lowered_text_has_them_elsewhere():
    hanged, capital = re.compile(r"\bhanged"), re.compile(r"\bHanged")
    router = routing.Router([(hanged, routing.keys(hanged))], [(capital, routing.keys(capital))])
    # U+2160 (roman numeral one) and its lower case U+2170 are no word characters: one pass serves both
    assert routing._same_words("\u2160 Hanged", "\u2170 hanged")
    assert router.index("\u2160 Hanged", "\u2170 hanged") == ([[2]], [[2]])
    # a lowered form whose words stand elsewhere (made up: no real lowering does this) is read on its own
    assert not routing._same_words("\u00e9hanged", "\u2013hanged")
    assert router.index("\u00e9hanged", "\u2013hanged") == ([[1]], [[]])
