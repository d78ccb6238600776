"""data/vocab-fa.yaml and data/vocab-ar.yaml compiled into the patterns the rules use.

A phrase of the files is plain text in the folded form of normal.py: words separated by spaces
(any whitespace or none matches a space, so "دست کم" also finds "دست‌کم"), "…" for a gap of up
to twelve words ("……" up to forty), and `{verb}` for every form of a verb of the file's `verbs` table; the form found
tells the trigger's tense and number ("اعدام شد" one person, "اعدام شدند" several).

Here: the Vocabulary's shape, the phrase helpers (words, listed, start, alternation, bounded) and
`vocabulary`, which compiles a language's file; the builders of its big patterns are in
vocab_patterns.py, the reading of a found number and hedge in number_values.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import prefilter
from ..lexicon import VocabularyFileError, parse_yaml, read_data
from ..lexicon import words as file_words
from .normal import fold_phrase

LANGUAGES = ("fa", "ar")
GAP = r"[،,]?(?:\s+\S+){0,12}?\s+"   # a comma may close the word before: "نفذت، الثلاثاء، حكم الإعدام"
LONG_GAP = r"[،,]?(?:\s+\S+){0,40}?\s+"   # "……": a person described at length between "حکم اعدام" and "اجرا شد"
JOIN = r"[\s\u200c]*"   # between the words of a phrase: a space, a non-joiner or nothing
END = r"(?![\w\u200c])"  # a word ends: "سه شنبه" is not the start of "سه‌شنبه‌های"
_VERB = re.compile(r"\{([^{}]+)\}")


class VocabularyError(ValueError):
    """A vocabulary file names a verb it does not define, or lacks a section the rules need."""


@dataclass(frozen=True)
class Trigger:
    """One compiled trigger phrase: what happened, as the file writes it."""

    event: str
    phrase: str
    pattern: re.Pattern
    # the literals one of which every match holds (prefilter.required): a sentence holding none is
    # not scanned, so a report's sentences are not each scanned with every one of some hundred phrases
    literals: tuple | None = None


@dataclass(frozen=True)
class Vocabulary:
    lang: str
    default_country: str
    triggers: tuple            # Trigger, in file order (a longer phrasing listed first wins a tie)
    verb_forms: dict           # folded verb form without spaces -> (tense, number)
    totals: tuple              # (event, pattern with groups hedge, num): "شمار اعدام ها ... به ۱۰۵۱"
    statistics: re.Pattern     # "آمار", "عدد": an undated count so worded is a statistic of an untold span
    same_period: re.Pattern    # "همین مدت": the period of the statistic before, in the year named
    this_span: re.Pattern      # "در این بازه", "خلال هذه الفترة": the span the report set out before
    pronouns: re.Pattern       # "او", "حکمش": the person was told of before
    also: re.Pattern           # "نیز", "أيضاً": the sentence tells someone more
    follow_on: re.Pattern      # a sentence opening so goes on about the people just told of
    schedule: re.Pattern       # "ممکن است", "قرار است": a verb of execution in the future is then imminent
    cases_only: frozenset      # trigger phrases that count executions or sentences, never people
    other_penalties: re.Pattern  # prison, lashes: a trigger spanning one is about another penalty
    nominal_blockers: re.Pattern  # "نگرانی از", "وقف": the headline noun after one is no event
    impersonal: frozenset      # trigger phrases whose verb agrees with the event, not the people
    nominal: tuple             # (event, pattern): "اعدام سه زندانی", "تنفيذ حكم القتل ب..."
    executed_nouns: re.Pattern
    count: re.Pattern          # hedge? number noun
    numbers: dict              # number word -> value
    noun_number: re.Pattern | None  # Arabic "مواطنين اثنين": a people noun, then the number
    number: str                # one number, digits or words (no groups)
    qualifiers: tuple          # (pattern, qualifier)
    qualifier_after: re.Pattern | None
    rate_tail: re.Pattern
    rate: re.Pattern           # "هر ۹ ساعت", "بمعدل", "كل يومين": a count in the clause is a rate or an average
    exceeded: re.Pattern | None         # "گذشت" after a count ...
    exceeded_before: re.Pattern | None  # ... with "از" before it: more than the number
    denials: re.Pattern
    seeking: re.Pattern        # "در پی صدور حکم اعدام", "طالبت النيابة بإعدام": asked for, not done
    other_actions: re.Pattern  # arrests, strikes: a count beside one is of something else
    victims: re.Pattern        # "killed": a count right after one is of victims
    death_row: re.Pattern
    at_risk: re.Pattern        # "قد يواجهون", "در معرض": the people of a count beside one are at risk or waiting
    breakdown: re.Pattern
    bare_part: re.Pattern | None  # "منهم 122 بتهم", "و80 بتهم": groups mark (the breakdown word), hedge, num
    charge_head_end: re.Pattern | None  # "في قضايا" (then a word or two) ending where a victims' word starts: a charge
    number_after: re.Pattern | None  # "الإعدامات الـ32": executions, then their number after "الـ"; group num
    row_figure: re.Pattern | None  # "- الأجانب: 129": a labelled row whose figure stands alone; groups label, hedge, num
    so_far: re.Pattern
    since_words: tuple         # "از", "منذ": a date after one opens a span to the report's day
    range_from: tuple          # "من", "بین": a date after one may open a span closed by "تا"/"حتى"
    range_to_words: tuple
    offences: tuple            # (offence, pattern)
    prison: re.Pattern
    place_stops: frozenset
    places: re.Pattern
    along_with: re.Pattern     # "همراه با": the count after it is of others executed with the one the verb names
    same_place: re.Pattern     # "همین زندان": the place told before, an incident's place all the same
    countries: tuple           # (iso, pattern)
    world: re.Pattern          # "جهان", "العالم": after "در"/"في", a figure of no one country
    world_alone: re.Pattern    # "عالمياً", "حول العالم": the world with no preposition before it
    nationality: re.Pattern    # "تبعه", "الجنسية": a country right after one is a nationality
    dual: re.Pattern           # "أدينا", "لتهريبهما": the people of the trigger before it are two (Arabic dual)
    one_person: re.Pattern | None  # Arabic "ويمني" right after a count: one more of the group
    one_after_dual: re.Pattern | None  # Arabic "وامرأة" right after a dual: one more ("رجلان وامرأة")
    dual_nouns: re.Pattern | None  # "شخصين", "بجانيين": a noun only the dual is written so, two people
    bare_context: re.Pattern | None  # "إعدام": a word of executions near a bare "عملية" count makes it theirs
    listing: re.Pattern | None  # Arabic "، هم": what follows lists the make-up of a group just counted ("خمسة، هم سعوديان وثلاثة")
    singular_people: re.Pattern | None
    singular_words: frozenset  # Arabic "مدان", "الصحفي": a person noun of one (folded, no article)
    plural_people: frozenset   # the other person nouns: a first person noun so written is several
    singular_skip: frozenset   # "بحق": words between a trigger and its one person
    singular_ends: tuple       # "لاعدامه": a trigger so ending is about one person
    subject_first: frozenset   # "على وشك الاعدام": trigger phrases whose people are told before them
    subject_openers: frozenset  # "ان": a word opening the clause of such a subject
    change: re.Pattern | None       # "از ۱۷۲ نفر در سال ۲۰۲۳ به ۳۴۵ نفر": groups h1 n1 a1 mid1, h2 n2 a2
    change_subjects: re.Pattern     # "اعدام ها", "عدد الاعدامات": what a change is a change of
    figure_again: re.Pattern | None  # "این رقم در سال ۲۰۲۳، ۸۵۳ نفر بود": groups mid, h1 n1 a1
    compared_with: re.Pattern | None  # "مقابل ٨٥٣ على الأقل": groups h1 n1 a1
    previous_year: re.Pattern  # "في العام السابق" after a compared figure: the year before the statistic's
    span_before: re.Pattern    # "در هفت روز پیش از آن" after a compared figure: the span just before the statistic's
    ellipsis: re.Pattern | None  # "و٢٧ في ٢٠٢٠": groups h1 n1 a1
    ordinal_members: dict      # "الثالث" -> 3: one member of a group just counted
    member: re.Pattern | None  # "والثالث في": group w (the ordinal)
    finite_end: re.Pattern     # a clause ending in one of these has a verb of its own
    name_attribution: re.Pattern  # "به گزارش هرانا،": the source before a list of names
    name_lead: re.Pattern      # "نیز", "پیش تر": words opening a list of names (names.py)
    name_descriptors: frozenset  # "زندانی": an item so beginning describes the name before it
    not_names: frozenset       # words no name is made of
    naming_verbs: frozenset    # Arabic "أعدمت السلطات": the triggers whose object may be names (names.py)
    naming_nouns: frozenset    # Arabic "تنفيذ حكم الإعدام": a noun whose object may be names when told as done
    naming_noun_openers: re.Pattern  # "أعلنت", "تم": a noun of carrying out after one is told as done
    ordinal: re.Pattern | None  # "ششمین ... که": groups head (number words joined by "و"), last (the ordinal word)
    ordinal_noun: re.Pattern | None  # "یازدهمین مورد اجرای حکم": the same groups, before an execution noun
    ordinal_execution: re.Pattern | None  # "الإعدام الـ١٠٠": group num
    ordinal_words: dict        # folded ordinal word without spaces -> value ("سومین" -> 3, "ششمین" -> 6)
    calendar: dict             # the raw calendar section, compiled by calendars.py


def words(phrase: str, lang: str) -> str:
    """A literal phrase (no verbs) as a regex: folded, each space any whitespace or none."""
    parts = fold_phrase(phrase).split()
    out = []
    for part in parts:
        out.append(GAP if part == "…" else LONG_GAP if part == "……" else re.escape(part) + JOIN)
    body = "".join(out)
    body = body.replace(JOIN + GAP, GAP).replace(JOIN + LONG_GAP, LONG_GAP)
    return body[:-len(JOIN)] if body.endswith(JOIN) else body


@lru_cache(maxsize=None)
def listed(lang: str, key: str) -> tuple | None:
    """The phrases of list `key` in vocab-LANG.yaml, or None for a language whose file lists none (a
    rule of the wording of one language's reports)."""
    try:
        return tuple(file_words(f"vocab-{lang}.yaml").value(key))
    except VocabularyFileError:
        return None


def _not_after(phrases) -> str:
    """Lookbehinds that keep a match from starting right after any of `phrases` (each of fixed length)."""
    return "".join(rf"(?<!{re.escape(fold_phrase(p))})" for p in phrases or ())


def start(lang: str) -> str:
    """Where a word may start: after a non-letter, or (Arabic) after a joined clitic و ف ب ل."""
    if lang == "ar":
        return r"(?:(?<![\w\u200c])|(?<=(?<![\w\u200c])[وفبلک])|(?<=(?<![\w\u200c])[وف][بل]))"
    return r"(?<![\w\u200c])"


def alternation(phrases, lang: str) -> str:
    parts = sorted({p for p in phrases if p and p.strip()}, key=lambda p: len(fold_phrase(p)), reverse=True)
    return "|".join(words(p, lang) for p in parts)


_TOTAL_TO_GAP = 22   # words between a total's noun and "به" before its figure


def bounded(phrases, lang: str, flags: int = 0) -> re.Pattern:
    body = alternation(phrases, lang) or r"(?!x)x"
    return re.compile(rf"{start(lang)}(?:{body})(?![\w\u200c])", flags)


def _not_where(vocab: dict, lang: str) -> str:
    """A lookahead: the word here is no preposition of place ("در"), which after a nationality's own
    word opens where the people are, not who they are; empty for a language whose file lists none."""
    places = vocab.get("nationality_then_where")
    return rf"(?!(?:{alternation(places, lang)})(?![\w\u200c]))" if places else ""


def _verbs(vocab: dict, lang: str) -> tuple[dict, dict]:
    """{verb: regex alternation of its forms}, {form without spaces: (tense, number)}."""
    alternations, forms = {}, {}
    for verb, tenses in (vocab.get("verbs") or {}).items():
        found = []
        for tense, numbers in tenses.items():
            for number, phrases in numbers.items():
                for phrase in phrases:
                    folded = fold_phrase(phrase)
                    forms.setdefault(folded.replace(" ", ""), (tense, number))
                    found.append(phrase)
        alternations[verb] = alternation(found, lang)
    return alternations, forms


def _trigger(event: str, phrase: str, verbs: dict, lang: str) -> Trigger:
    pieces, pos, body = [], 0, ""
    for m in _VERB.finditer(phrase):
        pieces.append(("text", phrase[pos:m.start()]))
        pieces.append(("verb", m.group(1)))
        pos = m.end()
    pieces.append(("text", phrase[pos:]))
    for kind, value in pieces:
        if kind == "verb":
            if value not in verbs:
                raise VocabularyError(f"vocab-{lang}.yaml: trigger {phrase!r} names an unknown verb {{{value}}}")
            body += rf"(?P<aux>{verbs[value]})"
        elif value.strip():
            # a verb is its own word after the stem: "اعدام شد" is a verb, "اعدام‌شده" an adjective;
            # and before it, Arabic putting the verb first ("{facing} خطر الاعدام الوشيك")
            # (a gap right after a verb brings its own spaces: "{passive_transferred} …… في خطوة")
            gap_first = value.split()[0] in ("…", "……")
            body += (r"\s+" if body and value.startswith(" ") and not gap_first else "") + words(value, lang) \
                + (r"\s+" if value.endswith(" ") else "")
    pattern = re.compile(rf"{start(lang)}(?:{body})(?![\w\u200c])")
    return Trigger(event, phrase, pattern, prefilter.required(pattern))


@lru_cache(maxsize=None)
def vocabulary(lang: str) -> Vocabulary:
    """The compiled vocabulary of `lang` ("fa" or "ar"); cached, the files never change at run time."""
    if lang not in LANGUAGES:
        raise VocabularyError(f"no vocabulary for language {lang!r} (known: {', '.join(LANGUAGES)})")
    # here, not at the top: the builders read this module's phrase helpers (alternation, start)
    from .vocab_patterns import comparison_patterns, count_pattern, number_pattern, ordinal_patterns, these_of

    vocab = parse_yaml(read_data(f"vocab-{lang}.yaml"))
    verbs, forms = _verbs(vocab, lang)
    triggers = tuple(_trigger(event, phrase, verbs, lang)
                     for event, phrases in vocab["triggers"].items() for phrase in phrases)
    hedges = alternation([w for ws in vocab["qualifiers"].values() for w in ws], lang)
    number = number_pattern(vocab, lang)
    after = vocab.get("qualifiers_after") or {}
    singular = vocab.get("singular_people")
    ordinal, ordinal_noun, ordinal_words = ordinal_patterns(vocab, lang)
    comparisons = comparison_patterns(vocab, lang, hedges, number)
    return Vocabulary(
        lang=lang,
        default_country=vocab["default_country"],
        triggers=triggers,
        verb_forms=forms,
        impersonal=frozenset(vocab.get("impersonal") or ()),
        cases_only=frozenset(vocab.get("cases_only") or ()),
        other_penalties=bounded(vocab.get("other_penalties") or [], lang),
        nominal_blockers=re.compile(rf"{start(lang)}(?:{alternation(vocab.get('nominal_blockers') or ['(?!x)x'], lang)})[\s\u200c]*$"),
        schedule=bounded(vocab.get("schedule_words") or [], lang),
        statistics=bounded(vocab.get("statistic_words") or [], lang),
        same_period=bounded(vocab.get("same_period") or [], lang),
        this_span=bounded(vocab.get("this_span") or [], lang),
        pronouns=bounded(vocab.get("pronouns") or [], lang),
        also=bounded(vocab.get("also_words") or [], lang),
        follow_on=re.compile(rf"\s*(?:{alternation(vocab.get('follow_on') or ['(?!x)x'], lang)})(?![\w\u200c])"),
        # (up to _TOTAL_TO_GAP words between: "شمار اعدام‌های ثبت‌شده در ایران در سال ۲۰۱۸ میلادی نسبت به سال
        # پیش از آن حدود نصف شده و به دست‌کم ۲۵۳ مورد رسیده": a comparison told on the way to the figure)
        totals=tuple((event, re.compile(rf"{start(lang)}(?:{alternation(ps, lang)})(?:\s+\S+){{0,{_TOTAL_TO_GAP}}}?\s+"
                                        rf"(?:{alternation(vocab['total_to'], lang)})\s*(?:(?P<hedge>{hedges})\s*)?"
                                        rf"(?P<num>{number})(?![\w\u200c])"))
                     for event, ps in (vocab.get("totals") or {}).items())
        + tuple((event, re.compile(rf"{start(lang)}(?:{alternation(ps, lang)})(?:\s+\S+){{0,15}}?\s+"
                                   rf"(?:{alternation(vocab['exceeded_before'], lang)})\s*(?P<hedge>)(?P<num>{number})"
                                   rf"(?:[\s\u200c]*\S+)?[\s\u200c]*(?:{alternation(vocab['exceeded_after'], lang)})(?![\w\u200c])"))
                for event, ps in (vocab.get("totals") or {}).items() if vocab.get("exceeded_after"))
        # "شمار اعدام ها در سال ۲۰۲۳ دست کم ۸۳۴ نفر بود": the figure, its noun and a copula, no "به"
        + tuple((event, re.compile(rf"{start(lang)}(?:{alternation(ps, lang)})(?:\s+\S+){{0,15}}?[\s\u200c]*[،,]?\s+"
                                   rf"(?:(?P<hedge>{hedges})\s*)?(?P<num>{number})(?:[\s\u200c]+\S+)?[\s\u200c]+"
                                   rf"(?:{alternation(vocab['total_was'], lang)})(?![\w\u200c])"))
                for event, ps in (vocab.get("totals") or {}).items() if vocab.get("total_was"))
        # "وبلغ عدد أحكام الإعدام المنفذة ... ٢٥٠ حكماً": the verb of reaching first, no "إلى"
        + tuple((event, re.compile(rf"{start(lang)}(?:{alternation(vocab['total_reached'], lang)})\s+(?:{alternation(ps, lang)})"
                                   rf"(?:\s+\S+){{0,15}}?\s+(?:(?P<hedge>{hedges})\s*)?(?P<num>{number})(?![\w\u200c])"))
                for event, ps in (vocab.get("totals") or {}).items() if vocab.get("total_reached"))
        # "الإعدامات المنفذة بالمملكة، إذ بلغ عددها 153": what is counted first, then "their number reached"
        + tuple(("executed", re.compile(rf"{start(lang)}(?:{alternation(things, lang)})(?![\w\u200c])"
                                        rf"(?:\s+[^\s،,.؛:]+){{0,5}}?[،,]?\s+(?:\S+\s+)?"
                                        rf"(?:{alternation(vocab['total_reached'], lang)})\s+{re.escape(own)}"
                                        rf"\s*(?:(?P<hedge>{hedges})\s*)?(?P<num>{number})(?![\w\u200c])"))
                for own, things in (vocab.get("total_own_number") or {}).items())
        # "وبذلك يرتفع إلى 73 عدد من أعدموا": the verb and the figure first, what it counts after (with a
        # hedge after the figure, "ارتفع إلى ثمانية على الأقل عدد من أعدمتهم")
        # ("ارتفع بذلك إلى 104 عدد من نُفذ بحقهم الحكم": "thereby" between the verb and "إلى")
        + tuple((event, re.compile(rf"{start(lang)}(?:{alternation(vocab['total_rises_to'], lang)})"
                                   rf"(?:\s+(?:{alternation(vocab.get('total_rises_by') or ['(?!x)x'], lang)}))?\s+(?:{alternation(vocab['total_to'], lang)})"
                                   rf"\s*(?:(?P<hedge>{hedges})\s*)?(?P<num>{number})"
                                   rf"(?:\s+(?:{alternation([w for ws in after.values() for w in ws] or ['(?!x)x'], lang)}))?"
                                   rf"\s+(?:{alternation(ps, lang)})(?![\w\u200c])"))
                for event, ps in (vocab.get("totals") or {}).items() if vocab.get("total_rises_to")),
        nominal=tuple((event, re.compile(rf"{start(lang)}(?:{alternation(ps, lang)})(?![\w\u200c])"))
                      for event, ps in vocab["nominal_triggers"].items()),
        executed_nouns=bounded(vocab["executed_nouns"], lang),
        count=count_pattern(vocab, lang, hedges, number),
        numbers={fold_phrase(w): int(v) for w, v in {**vocab["numbers"], **(vocab.get("number_after_noun") or {})}.items()},
        noun_number=(re.compile(rf"{start(lang)}(?:ال)?(?:{alternation(vocab['person_nouns'], lang)})\s+"
                                rf"(?P<num>{alternation(vocab['number_after_noun'], lang)})(?![\w\u200c])")
                     if vocab.get("number_after_noun") else None),
        number=number,
        qualifiers=tuple((re.compile(rf"^(?:{alternation(ws, lang)})$"), name) for name, ws in vocab["qualifiers"].items()),
        qualifier_after=(re.compile(rf"\s*(?:\S+\s+){{0,2}}?(?:{alternation([w for ws in after.values() for w in ws], lang)})(?![\w\u200c])")
                         if after else None),
        exceeded=(re.compile(rf"\s*(?:{alternation(vocab['exceeded_after'], lang)})(?![\w\u200c])")
                  if vocab.get("exceeded_after") else None),
        exceeded_before=(re.compile(rf"(?<![\w\u200c])(?:{alternation(vocab['exceeded_before'], lang)})\s*(?:{hedges})?\s*$")
                         if vocab.get("exceeded_before") else None),
        rate_tail=re.compile(rf"\s*(?:{alternation(vocab['rate_tails'], lang)})(?![\w\u200c])"),
        rate=re.compile(rf"{start(lang)}(?:{alternation(vocab.get('rate_words') or ['(?!x)x'], lang)}"
                        rf"|(?:{alternation(vocab.get('rate_every') or ['(?!x)x'], lang)})[\s\u200c]+(?:{number}[\s\u200c]*)?"
                        rf"(?:{alternation(vocab.get('rate_units') or ['(?!x)x'], lang)}))(?![\w\u200c])"),
        denials=bounded(vocab["denials"], lang),
        seeking=bounded(vocab.get("seeking") or [], lang),
        other_actions=bounded(vocab["other_actions"], lang),
        victims=bounded(vocab["victims"], lang),
        death_row=bounded(vocab["death_row"], lang),
        at_risk=bounded(vocab.get("at_risk") or [], lang),
        breakdown=bounded(vocab["breakdown_markers"], lang),
        # (a verb of conviction opens a part too, "وأدين 69 من هؤلاء الأجانب في قضايا مخدرات": part_verbs)
        bare_part=(re.compile(rf"(?:{start(lang)}(?P<mark>{alternation(vocab['breakdown_markers'] + (vocab.get('part_verbs') or []), lang)})"
                              rf"|(?<![\w\u200c])و)[\s\u200c:،,]*"
                              rf"(?:(?P<hedge>{hedges})\s*)?(?P<num>{number})(?=(?:[\s\u200c]+(?:{alternation([w for ws in after.values() for w in ws] or ['(?!x)x'], lang)}))?"
                              rf"{these_of(vocab, lang)}"
                              rf"[\s\u200c]+(?:{alternation(vocab['charge_heads'] + (vocab.get('part_copulas') or []) + (vocab.get('part_kinds') or []), lang)})(?![\w\u200c]))")
                   if vocab.get("charge_heads") else None),
        charge_head_end=(re.compile(rf"{start(lang)}(?:{alternation(vocab['charge_heads'], lang)})(?:[\s\u200c]+[^\s\u200c،,.؛:\d]+)?[\s\u200c]+\Z")
                         if vocab.get("charge_heads") else None),
        number_after=(re.compile(rf"{start(lang)}(?:{alternation(vocab['numbered_after_nouns'], lang)})[\s\u200c]*ال[\s\u200c]*"
                                 rf"(?P<num>\d+)(?![\d\w])") if vocab.get("numbered_after_nouns") else None),
        # (the figure ends its line: "- الأجانب: 129", not "- النسبة: 4%" or "- 2023: ...", whose label is a year;
        # its share may follow in brackets: "- السجناء الكرد: 183 (20.5%)")
        row_figure=(re.compile(rf"^[\s\u200c]*(?:(?P<bullet>{alternation(vocab['row_figure_bullets'], lang)})[\s\u200c]+)?"
                               rf"(?P<label>[^:\n\d]{{1,40}}):[ \t\u200c]*(?:(?P<hedge>{hedges})[ \t\u200c]*)?"
                               rf"(?P<num>{number})(?:[ \t\u200c]*\([ \t\u200c]*\d+(?:[.,٫]\d+)?[ \t\u200c]*[%٪][ \t\u200c]*\))?"
                               rf"[\s\u200c]*[.،,؛]?[ \t\u200c]*$", re.M)
                    if vocab.get("row_figure_bullets") else None),
        so_far=bounded(vocab["so_far"], lang),
        since_words=tuple(vocab["since_words"]),
        range_from=tuple(vocab["range_from"]),
        range_to_words=tuple(vocab["range_to"]),
        offences=tuple((name, bounded(ws, lang)) for name, ws in vocab["offences"].items()),
        prison=bounded(vocab["prison_words"], lang),
        # a weekday ends a place: "في سجن الناصرية المركزي الأحد الماضي"
        place_stops=frozenset(fold_phrase(w) for w in [*vocab["place_stops"],
                                                       *(w for ws in vocab["calendar"]["weekdays"].values() for w in ws)]),
        places=bounded(list(vocab["places"]) + list(vocab.get("provinces") or []), lang),
        same_place=bounded(vocab.get("same_place") or [], lang),
        along_with=re.compile(rf"{start(lang)}(?:{alternation(vocab.get('along_with') or ['(?!x)x'], lang)})[\s\u200c]*$"),
        # (two words may stand between: "شهروند اقلیم کردستان عراق", "اهل ولایت نیمروز افغانستان"; but not a
        # preposition of place after the first, which opens where: "تبعه افغانستان در ایران")
        nationality=re.compile(rf"{start(lang)}(?:{alternation(vocab.get('nationality_words') or ['(?!x)x'], lang)})"
                               rf"(?:[\s\u200c]+[^\s\u200c،,.؛:]+(?:[\s\u200c]+{_not_where(vocab, lang)}[^\s\u200c،,.؛:]+)?)?"
                               rf"[\s\u200c]*$"),
        countries=tuple((iso, bounded(ws, lang)) for iso, ws in vocab["countries"].items()),
        world=bounded((vocab.get("world") or []) + (vocab.get("world_alone") or []), lang),
        world_alone=bounded(vocab.get("world_alone") or [], lang),
        dual=re.compile(rf"{start(lang)}(?:{alternation(vocab.get('dual_markers') or ['(?!x)x'], lang)})(?![\w\u200c])"
                        rf"(?![\s\u200c]+(?:{alternation(vocab.get('dual_not_before') or ['(?!x)x'], lang)})(?![\w\u200c]))"
                        rf"|{_not_after(vocab.get('dual_endings_not_after'))}(?<=\w)(?:{alternation(vocab.get('dual_endings') or ['(?!x)x'], lang)})(?![\w\u200c])"),
        one_person=(re.compile(rf"[\s\u200c]+و(?:ال)?(?:{alternation(vocab['one_more_people'], lang)})ا?(?![\w\u200c])")
                    if vocab.get("one_more_people") else None),
        one_after_dual=(re.compile(rf"[\s\u200c]+و(?:ال)?(?:{alternation(vocab['one_more_after_dual'], lang)})ا?(?![\w\u200c])")
                        if vocab.get("one_more_after_dual") else None),
        dual_nouns=(re.compile(rf"{start(lang)}(?:ال)?(?:{alternation(vocab['dual_nouns'], lang)})(?![\w\u200c])")
                    if vocab.get("dual_nouns") else None),
        bare_context=bounded(vocab["bare_execution_context"], lang) if vocab.get("bare_execution_context") else None,
        listing=(re.compile(rf"{start(lang)}(?:{alternation(vocab['group_listing'], lang)})(?![\w\u200c])")
                 if vocab.get("group_listing") else None),
        # "بمواطن", "بالمواطن": the noun with or without its article
        singular_people=(re.compile(rf"\s*(?:\S+\s+)?(?:{alternation(vocab['singular_after'], lang)})\s*(?:ال)?(?:{alternation(singular, lang)})(?![\w\u200c])")
                         if singular else None),
        singular_words=frozenset(fold_phrase(w) for w in singular or ()),
        plural_people=frozenset(fold_phrase(w) for w in vocab["person_nouns"]) - frozenset(fold_phrase(w) for w in singular or ()),
        singular_skip=frozenset(fold_phrase(w) for w in vocab.get("singular_object_skip") or ()),
        singular_ends=tuple(fold_phrase(w) for w in vocab.get("singular_trigger_ends") or ()),
        subject_first=frozenset(vocab.get("subject_first") or ()),
        subject_openers=frozenset(fold_phrase(w) for w in vocab.get("subject_openers") or ()),
        change=comparisons["change"],
        change_subjects=bounded(vocab.get("change_subjects") or [], lang),
        figure_again=comparisons["figure_again"],
        compared_with=comparisons["compared_with"],
        previous_year=re.compile(rf"[\s\u200c]*(?:(?:{alternation(vocab.get('previous_year_links') or ['(?!x)x'], lang)})[\s\u200c]*)?"
                                 rf"(?:{alternation(vocab.get('previous_year') or ['(?!x)x'], lang)})(?![\w\u200c])"),
        span_before=re.compile(rf"(?:[\s\u200c]+[^\s\u200c،,.؛:]+){{0,6}}?[\s\u200c]+"
                               rf"(?:{alternation(vocab.get('span_before_that') or ['(?!x)x'], lang)})(?![\w\u200c])"),
        finite_end=re.compile(rf"{start(lang)}(?:{alternation(vocab.get('finite_verbs') or ['(?!x)x'], lang)})[\s\u200c]*[.!?؟؛;]*[\s\u200c]*\Z"),
        name_attribution=re.compile(rf"[\s\u200c،]*{start(lang)}(?:{alternation(vocab.get('name_attributions') or ['(?!x)x'], lang)})(?![\w\u200c])"),
        name_lead=re.compile(rf"[\s\u200c،]*{start(lang)}(?:{alternation(vocab.get('name_lead_words') or ['(?!x)x'], lang)})(?![\w\u200c])[\s\u200c،]*"),
        name_descriptors=frozenset(fold_phrase(w) for w in vocab.get("name_descriptors") or []),
        not_names=frozenset(fold_phrase(w) for w in list(vocab.get("not_names") or []) + list(vocab["place_stops"])
                            + list(vocab["person_nouns"]) if " " not in fold_phrase(w)),
        naming_verbs=frozenset(fold_phrase(w) for w in vocab.get("naming_verbs") or []),
        naming_nouns=frozenset(fold_phrase(w) for w in vocab.get("naming_nouns") or []),
        naming_noun_openers=re.compile(rf"{start(lang)}(?:{alternation(vocab.get('naming_noun_openers') or ['(?!x)x'], lang)})(?![\w\u200c])"),
        ellipsis=comparisons["ellipsis"],
        ordinal_members={fold_phrase(w): int(n) for w, n in (vocab.get("ordinal_members") or {}).items()},
        member=(re.compile(rf"{start(lang)}(?P<w>{alternation(vocab['ordinal_members'], lang)})[\s\u200c]+"
                           rf"(?:{alternation(vocab['member_place'], lang)})[\s\u200c]*")
                if vocab.get("ordinal_members") else None),
        ordinal=ordinal,
        ordinal_noun=ordinal_noun,
        ordinal_words=ordinal_words,
        ordinal_execution=(re.compile(rf"{start(lang)}(?:{alternation(vocab['ordinal_execution_nouns'], lang)})[\s\u200c]*"
                                      rf"(?:{alternation(vocab['ordinal_execution_markers'], lang)})[\s\u200c]*(?P<num>\d+)(?!\d)")
                           if vocab.get("ordinal_execution_nouns") else None),
        calendar=vocab["calendar"],
    )

