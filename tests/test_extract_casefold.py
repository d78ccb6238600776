"""The lowered-text twins of IGNORECASE patterns find exactly what the originals find."""
import re

import pytest

from extract import anchored_dates, casefold, comparisons, count_patterns, dates, name_mentions, places, prefilter, relative_dates, twins
from extract.lexicon import lexicon
from labelled_sets import corpus_texts

SAMPLES = [
    "At least 12 prisoners WERE HANGED in Ghezel Hesar Prison on Monday; the Execution of Two Men followed.",
    "Nine inmates were transferred to solitary confinement. Three more were Executed last week.",
    "The number of executions has risen to 1,234 so far this year, including 31 women.",
    "Kelvin \u212a, long \u017f and dotless \u0131: seven men were hanged yesterday.",   # falls back
    "\u0130stanbul: two prisoners were executed the day before.",                        # lowers to more characters
    "\u201cFive were executed\u201d \u2013 said the group \u2019s report.",
]


def _patterns():
    lex = lexicon()
    found = [lex.triggers, lex.count, lex.offences, lex.rate_tail, lex.linking.relevant, lex.linking.follow_up, count_patterns.PARTITIVE_BARE,
             count_patterns.BARE_SUBJECT, count_patterns.ORDINAL_RE, count_patterns.ELLIPSIS, count_patterns.HYPOTHETICAL,
             dates._MONTH_YEAR, dates._DAY_MONTH, dates._WEEKDAYS, anchored_dates.ANCHORED, *count_patterns.TOTAL,
             comparisons.compared_figure()]
    return found + [p for p, _ in relative_dates.RELATIVE]


def _texts():
    return list(SAMPLES) + corpus_texts(("dev.jsonl", "seed.jsonl"))


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:40])
def test_twin_finds_the_same_spans(pattern):
    scanner = casefold.Scanner([pattern])
    for text in _texts():
        expected = [(m.span(), m.lastgroup, [m.span(g) for g in range(pattern.groups + 1)])
                    for m in pattern.finditer(text)]
        got = [(m.span(), m.lastgroup, [m.span(g) for g in range(pattern.groups + 1)])
               for m in scanner.finditer(pattern, text)]
        assert got == expected, text[:80]


def test_twins_that_could_lose_matches_are_not_made():
    assert twins.twin(re.compile(r"[^a-z]+", re.IGNORECASE)) is None
    assert twins.twin(re.compile(r"\x41b", re.IGNORECASE)) is None
    assert twins.twin(re.compile(r"(?s:a.)", re.IGNORECASE)) is None
    assert twins.twin(lexicon().triggers)[1] is True
    assert twins.twin(dates._MONTH_YEAR)[1] is False        # (?-i:May|MAY): confirmed match by match


def test_a_case_sensitive_part_is_confirmed():
    text = "They may be hanged in May 2020, or may not; MAY 2021 and may 2022."
    assert [m.span() for m in casefold.Scanner([dates._MONTH_YEAR]).finditer(dates._MONTH_YEAR, text)] == \
        [m.span() for m in dates._MONTH_YEAR.finditer(text)] == [(22, 30), (44, 52)]


def test_texts_with_letters_that_fold_to_ascii_are_not_lowered():
    assert twins.lowered("Hanged \u212a") is None
    assert twins.lowered("\u0130stanbul") is None
    assert twins.lowered("\u201cHanged\u201d \u2013 Zahedan") == "\u201changed\u201d \u2013 zahedan"


def test_prefilter_literals_are_required_by_every_match():
    from extract import prefilter
    assert prefilter.required(re.compile(r"\b(?:yesterday|last\s+night)(?!\w)")) == ("night", "yesterday")
    assert prefilter.required(re.compile(r"(?:the\s+)?number\s+of")) == ("number",)
    assert prefilter.required(re.compile(r"a?b")) is None           # too short to be worth a search
    assert prefilter.required(re.compile(r"(?:past|\d+)\s+days")) == ("days",)
    assert prefilter.required(re.compile(r"hang", re.IGNORECASE)) is None   # only case-sensitive patterns


def test_the_other_literal_sets_are_each_required_too():
    pattern = re.compile(r"\b(?:executions|hangings)\b[^.;]{0,80}?\b(?:raised|pushed)\s+(?:its|their)\s+total")
    assert prefilter.required(pattern) == ("hangings", "executions")
    # every match also holds "raised" or "pushed", "its" or "their", and "total"
    assert set(map(frozenset, prefilter.required_also(pattern))) == {
        frozenset({"raised", "pushed"}), frozenset({"its", "their"}), frozenset({"total"})}
    assert prefilter.required_also(re.compile(r"(?:past|\d+)\s+days")) == ()   # the one set is required()'s
    assert prefilter.required_also(re.compile(r"hang\w*\s+total", re.IGNORECASE)) == ()   # only case-sensitive patterns


def test_a_stretch_lacking_one_required_set_is_skipped_with_the_same_result():
    pattern = re.compile(r"\b(?:executions|hangings)\b[^.;]{0,80}?\b(?:raised|pushed)\s+(?:its|their)\s+total",
                         re.IGNORECASE)
    scanner = casefold.Scanner([pattern])
    texts = ["The executions were carried out on Monday. Hangings raised their total to 40.",
             "The executions pushed its total past 300; hangings went on.",
             "The executions and hangings went on all year."]   # no "raised"/"pushed": skipped, nothing lost
    for text in texts:
        for pos, endpos in ((0, len(text)), (4, len(text) - 5)):
            expected = [m.span() for m in pattern.finditer(text, pos, endpos)]
            assert [m.span() for m in scanner.scan(pattern, text, [(pos, endpos)])] == expected
            found = pattern.search(text, pos, endpos)
            assert getattr(scanner.search(pattern, text, pos, endpos), "span", lambda: None)() == \
                (found.span() if found else None)


def test_a_span_without_the_literals_is_skipped_with_the_same_result():
    pattern = relative_dates.RELATIVE[2][0]   # "the day before yesterday"
    text = "Two men were hanged the day before yesterday. Nothing else happened."
    scanner = casefold.Scanner([pattern])
    assert [m.span() for m in scanner.finditer(pattern, text, 45, len(text))] == []
    assert [m.span() for m in scanner.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", [lexicon().countries, places._PRISON, places._CITY, dates._YEARS, name_mentions.NAME,
                                     count_patterns.ELLIPSIS_AND], ids=lambda p: p.pattern[:40])
def test_case_sensitive_patterns_tried_only_at_their_starts_find_the_same(pattern):
    scanner = casefold.Scanner([pattern])
    for text in _texts():
        for pos, endpos in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, endpos)]
            assert [(m.span(), m.groupdict()) for m in scanner.finditer(pattern, text, pos, endpos)] == expected


def test_starts_are_what_every_match_begins_with():
    found = prefilter.starts(re.compile(r"\b(?:were|was)\s+hanged|\b(?:the\s+)?executions?\s+of"))
    # up to six characters of each start; "the" is optional, so "exec" may open a match too, and
    # taken it is followed by the rest; a run of white space reads as one atom, counting for no character
    assert found.pattern == r"(?:execut|the\s+exe|w(?:as\s+han|ere\s+ha))"
    assert prefilter.starts(re.compile(r"(?P<n>\d+)\s+men")).pattern == r"\d"
    assert prefilter.starts(re.compile(r"an?\s+man|one\s+man")).pattern == r"(?:a(?:\s+man|n\s+man)|one\s+man)"
    assert prefilter.starts(re.compile(r"the\s*day|the\s+same\s+day")).pattern == r"the(?:\s*day|\s+sam)"
    assert prefilter.starts(re.compile(r"\s+hanged")) is None            # white space is everywhere
    assert prefilter.starts(re.compile(r"(?:a|b)c?")) is None             # a single letter likewise
    assert prefilter.starts(re.compile(r"(?<=;\s)\d+")) is None          # re rejects on the lookbehind itself
    assert prefilter.starts(re.compile(r"^(?:at least|more than)")) is None   # and on "^"
    assert prefilter.starts(re.compile(r"x?")) is None                    # may match the empty string
    assert prefilter.starts(re.compile(r"hang", re.IGNORECASE)) is None  # only case-sensitive patterns


def test_a_start_weak_but_for_its_lookbehind_keeps_the_lookbehind():
    # ", against 2019" alone would start at any white space; after a comma it is rare. Starts strong
    # without their look-behinds keep none, so re still seeks them by their first character
    assert prefilter.starts(re.compile(r"\bup\s+from|(?<=,)\s*against")).pattern == r"(?:(?<=[,])\s*agains|up\s+from)"
    assert prefilter.starts(re.compile(r"(?:\bis|(?<=[,—]))\s+(?:\d|about)")).pattern == \
        r"(?:(?<=[,—])\s+(?:\d|about)|is\s+(?:\d|abou))"
    assert prefilter.starts(re.compile(r"(?<=,)\s*against|\bthe\s+same")).pattern.startswith("(?:(?<=[,])")
    assert prefilter.starts(re.compile(r"(?<=,)\s*against|\s+the")) is None   # another branch is weak all the same
    assert prefilter.starts(re.compile(r"(?<=x)executions|(?<=y)hangings")).pattern == r"(?:execut|hangin)"
    text = "Executions rose to 975, against 520 in 2022, up from 280 the year before; 34, up from 12."
    pattern = re.compile(r"(?:\bup\s+from|(?<=,)\s*against)\s+(?P<n>\d+)")
    assert [m.span() for m in casefold.Scanner([pattern]).finditer(pattern, text)] == \
        [m.span() for m in pattern.finditer(text)] == [(23, 35), (45, 56), (78, 88)]


def test_a_pattern_the_scanner_was_not_made_with_runs_as_it_is():
    made, other = re.compile(r"hanged", re.IGNORECASE), re.compile(r"hanged\b", re.IGNORECASE)
    scanner = casefold.Scanner([made])
    text = "Two men were HANGED."
    assert scanner.plan(made).fast is not None and scanner.plan(other).fast is None
    assert [m.group() for m in scanner.finditer(other, text)] == ["HANGED"]   # the original's text, not lowered
    assert [m.span() for m in scanner.finditer(made, text)] == [(13, 19)]


def _look_behinds():
    lex = lexicon()
    r, c = lex.rejections, lex.clauses
    return [r.side_date, r.compared_from, r.offence_date_before, r.events_of, r.arrest_clause, r.attributive,
            r.superlative, r.other_action, r.known_group, r.threshold, r.definite, c.denied_before,
            c.governed_before, lex.since_before, lex.linking.said, lex.assembly.part_clause, dates._SINCE,
            dates._UNITS_TO, dates._EVE]


@pytest.mark.parametrize("pattern", _look_behinds(), ids=lambda p: p.pattern[:40])
def test_short_searches_through_the_running_scanner_find_the_same(pattern):
    # the rule code searches a few dozen characters before a mention, as a window of the text
    # (search) or as a slice of its own (search_apart); both must find what the pattern finds
    scanner = casefold.Scanner([pattern])
    with casefold.scanning(scanner):
        for text in _texts():
            for at in range(0, len(text), 37):
                pos = max(0, at - 80)
                expected = pattern.search(text, pos, at)
                got = casefold.search(pattern, text, pos, at)
                assert (got and got.span()) == (expected and expected.span()), text[pos:at]
                before = text[pos:at]
                expected = pattern.search(before)
                got = casefold.search_apart(pattern, before)
                assert (got and got.span()) == (expected and expected.span()), before


def test_outside_a_running_extractor_short_searches_run_as_they_are():
    pattern = lexicon().since_before
    text = "Nine men have been hanged SINCE 3 March."
    assert casefold.search(pattern, text, 0, 32).group() == pattern.search(text, 0, 32).group()
    assert casefold.search_apart(pattern, text[:32]).group() == pattern.search(text[:32]).group()


def test_surnames_are_found_where_the_alternation_of_them_finds_them():
    # find_names reads the surnames of a report through one pattern compiled once, not through an
    # alternation compiled for each report; both must find the same places, in and out of windows
    for text in _texts():
        words = {m.group() for m in re.finditer(r"[A-Z][\w’'-]*", text)}
        for surnames in (words, {w for w in words if len(w) > 4}, {"Ali", "Ali-Reza", "O'Neil"}):
            if not surnames:
                continue
            alternation = re.compile(r"(?<![\w.’'-])(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w’'-])")
            for spans in (None, [(0, len(text) // 2), (len(text) // 2 + 7, len(text))]):
                expected = [m.span() for m in (alternation.finditer(text) if spans is None else
                                               (m for s, e in spans for m in alternation.finditer(text, s, e)))]
                assert [m.span() for m in name_mentions._surnames_in(text, surnames, spans)] == expected, text[:80]
    # a surname with another character (a full stop) is read through the alternation, as before
    assert [m.group() for m in name_mentions._surnames_in("Mr. St.John and St.John.", {"St.John"})] == ["St.John", "St.John"]
