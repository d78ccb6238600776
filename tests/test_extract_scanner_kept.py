"""A Scanner keeps what its planned patterns found (search_apart's short strings, search's places
in the text last read) and plans the rule code's own patterns without routing them: asked again,
or asked of a rule pattern, it answers what the pattern itself answers."""
from extract import casefold, rejections
from extract.vocabulary import Vocabulary, rule_patterns

TEXT = ("Two men were hanged in connection with the 2022 protests on Monday. The highest number "
        "since 2015 was recorded, compared with 2019, when 280 were executed.")


def _span(m):
    return None if m is None else m.span()


def test_search_asked_again_answers_as_the_pattern():
    pattern = rejections._CONNECTION
    scanner = casefold.Scanner(searched=[pattern])
    for _ in range(2):
        for end in (30, 47, len(TEXT)):
            assert _span(scanner.search(pattern, TEXT, 0, end)) == _span(pattern.search(TEXT, 0, end))
    other = TEXT.replace("connection", "relation")   # another text: nothing kept from the first is read
    assert _span(scanner.search(pattern, other, 0, len(other))) == _span(pattern.search(other))


def test_search_apart_asked_again_answers_as_the_pattern():
    vocabulary = Vocabulary.load()
    side = vocabulary.lexicon.rejections.side_date
    for before in ("The highest number since ", "compared with ", "Two men were hanged on ") * 2:
        assert _span(vocabulary.scanner.search_apart(side, before)) == _span(side.search(before))


def test_rule_patterns_are_planned_not_routed():
    scanner = Vocabulary.load().scanner
    for pattern in rule_patterns():
        plan = scanner.plan(pattern)
        assert plan.pattern is pattern
        if plan.fast is not None:
            assert scanner._router.low.slot(plan.fast) is None or pattern in _scanned()
        for start in range(0, len(TEXT), 37):
            assert _span(scanner.search(pattern, TEXT, start, len(TEXT))) == _span(pattern.search(TEXT, start))


def _scanned():
    from extract.vocabulary import finder_patterns, patterns

    vocabulary = Vocabulary.load()
    return patterns(vocabulary.lexicon) + finder_patterns()


def test_a_test_of_a_mention_asked_again_is_kept_for_its_text_only():
    scanner = casefold.Scanner()
    asked = []

    def test(text, mention):
        asked.append(mention)
        return mention.start < len(text) // 2

    early, late = rejections.DateMention(3, 8, "2022", None, None), rejections.DateMention(120, 125, "2019", None, None)
    for _ in range(3):
        assert [scanner.kept(test, TEXT, m) for m in (early, late)] == [True, False]
    assert asked == [early, late]   # worked out once each
    twin = rejections.DateMention(3, 8, "2022", None, None)   # equal, but another mention: asked afresh
    assert scanner.kept(test, TEXT, twin) is True and asked[-1] is twin
    other = TEXT[:100]   # another text: nothing kept from the first is read
    assert scanner.kept(test, other, late) is False and asked[-1] is late and len(asked) == 4
