"""The builders of the big patterns of a Persian or Arabic Vocabulary from its vocab-LANG.yaml mapping:
a count, an ordinal, the figures of a comparison and a number (digits or words). Called only by
vocab.vocabulary(), which compiles the rest.
"""
from __future__ import annotations

import re

from .normal import fold_phrase
from .vocab import alternation, start


def count_pattern(vocab: dict, lang: str, hedges: str, number: str) -> re.Pattern:
    """A count: an optional hedge, a number, a people, execution or case noun ("دست کم ده زندانی",
    "ما لا يقل عن ٣٧ مواطنا", "۸۳ اعدام", "١٧٠ حكما بالاعدام", "اثنان منهم")."""
    these = alternation(vocab.get("partitive_demonstratives") or [], lang)
    these = rf"(?P<these>(?:{these})\s+)?" if these else ""
    article = rf"(?:من\s+{these})?(?:ال)?" if lang == "ar" else r"(?:(?:تن|نفر)\s+از\s+)?"
    # "ما لا يقل عن 63 عملية، أي ...", "172 عملية على الأقل": a bare noun of an operation, where the
    # clause ends after it or a hedge follows, counts executions in a report of them (group bare,
    # read only beside an execution word: mentions.find_counts)
    bare = alternation(vocab.get("bare_execution_nouns") or [], lang)
    ends = alternation([w for ws in (vocab.get("qualifiers_after") or {}).values() for w in ws]
                       + list(vocab.get("bare_execution_ends") or []), lang)
    bare = rf"|(?P<bare>{bare})(?=[\s\u200c]*(?:[،,.؛:\n]|\Z|(?:{ends})(?![\w\u200c])))" if bare else ""
    nouns = (rf"(?P<execution>{alternation(vocab['execution_nouns'], lang)}{bare})"
             rf"|(?P<case>{alternation(vocab['case_nouns'], lang)})"
             rf"|(?P<person>{alternation(vocab['person_nouns'], lang)})")
    partitive = alternation(vocab.get("partitive_nouns") or [], lang)
    late = ""
    if partitive:
        nouns += rf"|(?P<partitive>{partitive})"
        # "15 على الأقل ممن أعدموا": a hedge between a part's number and "of those" (group late)
        after = alternation([w for ws in (vocab.get("qualifiers_after") or {}).values() for w in ws], lang)
        late = rf"(?:(?P<late>{after})\s*(?=(?:{partitive})(?![\w\u200c])))?" if after else ""
    # "40 من أصل 47 متهماً": the whole's number between the part's and the noun (the part is the count)
    whole = alternation(vocab.get("part_of_whole") or [], lang)
    whole = rf"(?P<whole>(?:{whole})\s*(?:{number})\s+)?" if whole else ""
    # (a hedge starts a word too: not "فوق" inside "بزيادة تفوق مئة حالة", a rise)
    return re.compile(rf"(?:{start(lang)}(?P<hedge>{hedges})\s*)?{start(lang)}(?P<num>{number})\s*{late}{whole}{article}"
                      rf"(?:{nouns})(?![\w\u200c])")


def ordinal_patterns(vocab: dict, lang: str) -> tuple[re.Pattern | None, re.Pattern | None, dict]:
    """An ordinal before the relative clause of its verb: "ششمین معترضی است که", "سی و یکمین زنی که",
    "۲۰مین زندانی که"; and the value of each ordinal word."""
    suffixes = vocab.get("ordinal_suffixes") or []
    if not suffixes and not vocab.get("ordinal_words"):
        return None, None, {}
    # (Arabic writes its ordinals as words, "ثاني شخص يُعدم": no suffix, the irregular forms only)
    values = {fold_phrase(w).replace(" ", ""): int(n) for w, n in (vocab.get("ordinal_words") or {}).items()}
    for word, n in vocab["numbers"].items():
        for suffix in suffixes:
            values.setdefault(fold_phrase(word).replace(" ", "") + fold_phrase(suffix), int(n))
    word = "|".join(re.escape(fold_phrase(w)) for w in sorted(vocab["numbers"], key=len, reverse=True))
    ends = alternation(suffixes, lang)
    irregular = alternation(vocab.get("ordinal_words") or [], lang) or r"(?!x)x"
    join = alternation(vocab.get("number_and") or [], lang)
    relative = alternation(vocab.get("ordinal_relative") or [], lang)
    last = rf"(?:{irregular}|(?:{word}|\d+)[\s\u200c]*-?(?:{ends}))" if suffixes else rf"(?:{irregular})"
    compound = rf"(?:(?:{word})[\s\u200c]*(?:{join})[\s\u200c]*)*" if suffixes else ""
    head = rf"{start(lang)}(?P<head>{compound})(?P<last>{last})(?![\w\u200c])"
    pattern = re.compile(head + rf"(?=(?:[\s\u200c]+[^\s\u200c،,.؛:]+){{0,4}}?[\s\u200c]+(?:{relative})(?![\w\u200c]))")
    nouns = alternation(vocab.get("ordinal_nouns") or [], lang)
    # (not the first of two joined: "سومین و چهارمین اعدام" is the fourth)
    other = alternation(vocab.get("ordinal_not_nouns") or ["(?!x)x"], lang)
    joined = rf"(?![\s\u200c]+(?:{join})[\s\u200c]+\S+(?:{ends}))" if suffixes else ""
    by_noun = re.compile(head + rf"{joined}(?![\s\u200c]+(?:{other})(?![\w\u200c]))"
                         rf"(?=(?:[\s\u200c]+[^\s\u200c،,.؛:]+){{0,2}}?[\s\u200c]+(?:{nouns})(?![\w\u200c]))") if nouns else None
    return pattern, by_noun, values


def _figure(vocab: dict, lang: str, hedges: str, number: str, i: int) -> str:
    """A figure of a comparison, groups h<i> (hedge before), n<i> (number), a<i> (hedge after): the
    noun is optional ("من ١٧٢ في ٢٠٢٣", "از ۱۷۲ نفر در سال ۲۰۲۳")."""
    after = [w for ws in (vocab.get("qualifiers_after") or {}).values() for w in ws]
    nouns = alternation(list(vocab["person_nouns"]) + list(vocab["execution_nouns"]) + list(vocab["case_nouns"]), lang)
    tail = rf"(?:[\s\u200c]*(?P<a{i}>{alternation(after, lang)}))?" if after else rf"(?P<a{i}>)"
    return (rf"(?:(?P<h{i}>{hedges})[\s\u200c]*)?(?P<n{i}>{number})(?![\w\u200c])"
            rf"(?:[\s\u200c]*(?:ال)?(?:{nouns})(?![\w\u200c]))?{tail}")


def comparison_patterns(vocab: dict, lang: str, hedges: str, number: str) -> dict:
    words = r"(?:[\s\u200c]+[^\s\u200c.؛:]+){0,5}?"
    out = {"change": None, "figure_again": None, "compared_with": None, "ellipsis": None}
    if vocab.get("change_from") and vocab.get("change_to"):
        out["change"] = re.compile(
            rf"{start(lang)}(?:{alternation(vocab['change_from'], lang)})[\s\u200c]*{_figure(vocab, lang, hedges, number, 1)}"
            rf"(?P<mid1>(?:[\s\u200c]+[^\s\u200c،,.؛:]+){{0,4}}?)[\s\u200c]+(?:{alternation(vocab['change_to'], lang)})"
            rf"[\s\u200c]*{_figure(vocab, lang, hedges, number, 2)}")
    if vocab.get("figure_again"):
        end = alternation(vocab.get("figure_again_end") or [], lang)
        # ("این رقم در سال ۲۰۱۸ دست‌کم ۲۷۳ نفر و در سال ۲۰۱۷ دست‌کم ۵۱۷ نفر بود": a second year and figure
        # joined by "و" before the copula, groups mid2 and n2)
        out["figure_again"] = re.compile(
            rf"{start(lang)}(?:{alternation(vocab['figure_again'], lang)})(?P<mid>{words})[\s\u200c،,]+"
            rf"{_figure(vocab, lang, hedges, number, 1)}"
            rf"(?:[\s\u200c]+و(?P<mid2>{words})[\s\u200c،,]+{_figure(vocab, lang, hedges, number, 2)})?"
            + (rf"[\s\u200c]*(?:{end})(?![\w\u200c])" if end else ""))
    if vocab.get("ellipsis_join"):
        out["ellipsis"] = re.compile(
            rf"{start(lang)}(?:{alternation(vocab['ellipsis_join'], lang)})[\s\u200c]*{_figure(vocab, lang, hedges, number, 1)}")
    if vocab.get("compared_with"):
        out["compared_with"] = re.compile(
            rf"{start(lang)}(?:{alternation(vocab['compared_with'], lang)})[\s\u200c]*{_figure(vocab, lang, hedges, number, 1)}")
    return out


def these_of(vocab: dict, lang: str) -> str:
    """An optional "of these (people)" after a part's number ("69 من هؤلاء الأجانب في قضايا"); empty
    for a language whose file lists no demonstratives."""
    these = alternation(vocab.get("partitive_demonstratives") or [], lang)
    return rf"(?:[\s\u200c]+من[\s\u200c]+(?:{these})(?:[\s\u200c]+[^\s\u200c،,.؛:\d]+)?)?" if these else ""



def number_pattern(vocab: dict, lang: str) -> str:
    word = "|".join(re.escape(fold_phrase(w)) for w in sorted(vocab["numbers"], key=len, reverse=True))
    join = alternation(vocab.get("number_and") or [], lang)
    one = rf"(?:{word})(?![\w\u200c])"
    # "۳ هزار", "8 آلاف": digits times a thousand written as a word
    thousands = "|".join(re.escape(fold_phrase(w)) for w, n in vocab["numbers"].items() if int(n) == 1000)
    return (rf"(?:\d+[\s\u200c]*(?:{thousands})(?![\w\u200c])|\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?![\d.,]\d)"
            rf"|{one}(?:\s*(?:(?:{join})\s*)?{one})*)")
