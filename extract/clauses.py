"""What the grammar of a count's clause says about it: tests the assembly rules read.

Each test looks at the words around one count or trigger (never at the report as a whole)
and answers one question: is this noun phrase a predicate ("... was a woman"), is the trigger
background in a relative clause or the pluperfect ("brothers who were sentenced to death"),
is a noun trigger governed by an infinitive or a negation ("asked them not to carry out the
death sentences of ..."), is the count the subject of another action ("nine were given a
reprieve"), is it a share of a total (", or 12% of the total")? The words come from
vocab.yaml `clauses` (lexicon_fields.Clauses).
"""
from __future__ import annotations

import re

from .casefold import search, search_apart
from .lexicon import lexicon, words
from .numbers import DIGIT_NUMBER
from .mentions import Count, Trigger

_NEW_GROUP_REACH = 12   # characters before a count where its "a further" stands
_WORD_START = re.compile(r"\b\w")
_REACH = 60   # characters read before a trigger or count: a few words of its own clause
# what may stand between a group and a noun phrase in apposition to it: a comma, after a short
# phrase that holds no other clause ("four prisoners convicted of drug offences, three men and ...")
_FIGURE = re.compile(rf"(?<![\w.,-])(?!(?:19|20)\d\d\b){DIGIT_NUMBER}(?![\w%-])")
_VAGUE = re.compile(rf"\b(?:{words('assembly.yaml')['vague_quantities']})\s+of\b", re.IGNORECASE)
# "in 26 cities", "across 94 prisons": a figure of places (see uncounted_antecedent)
_PLACE_COUNT = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{words('assembly.yaml')['place_count_nouns']})\b", re.IGNORECASE)
_APPOSED_GAP = re.compile(r"[^,;.:]{0,80},\s*")
# ", protester " / " and Kurdish Sunni prisoner ": what stands between a group and the names that
# are its people, or between two of those names (a comma or "and", then up to four words of role)
_ROLE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w'’-]+\s+){0,4}")
# a person's age set off by commas right after the name before ("Saeed Alizahi, 25, and ...")
_AGE_AFTER_NAME = re.compile(r"^,\s*\d{1,2}(?=\s*,)")
# ... and where the person is from ("Kamal Moradi, 44, from Eslamabad-e Gharb, and ..."): who, no count
_ORIGIN_AFTER_NAME = re.compile(rf"^,\s*(?:{words('mentions.yaml')['name_origins']})\s+[A-Z][\w'’-]*"
                                rf"(?:\s+[A-Z][\w'’-]*){{0,2}}(?=\s*,)")


def predicate(text: str, c: Count, t: Trigger | None) -> bool:
    """"One of those executed was a woman": a singular noun phrase after a copula, with the
    trigger before it, describes someone already counted; it is no count of its own."""
    return (t is not None and t.end <= c.start and c.value == 1 and c.noun == "person"
            and bool(search(lexicon().clauses.predicate_before, text, max(0, c.start - 12), c.start)))


_AGE = re.compile(r"\d{1,3}-years?-old\s+$")


def named_predicate(text: str, s: int, c: Count, t: Trigger | None) -> bool:
    """"One of the men hanged was 23-year-old Amir Nazari": a name after a copula, with "one of" a
    group and the trigger before it, is one of the people already counted."""
    if t is None or t.end > c.start or c.noun != "name":
        return False
    clauses = lexicon().clauses
    before = _AGE.sub("", text[max(s, c.start - 40):c.start])
    return bool(clauses.predicate_before.search(before)) and bool(clauses.one_of.search(text, s, t.start))


def background(text: str, t: Trigger | None) -> bool:
    """"Two brothers, who were sentenced to death for murder", "he had been sentenced": a
    trigger in a relative clause or the pluperfect tells what led up to the news."""
    if t is None:
        return False
    clauses = lexicon().clauses
    if search(clauses.communicated, text, max(0, t.start - 140), t.start):
        return False   # "he was informed on Tuesday that he had been sentenced to death": the news itself
    return bool(search(clauses.relative_before, text, max(0, t.start - 20), t.start)
                or clauses.pluperfect.match(text, t.start, t.end))


def governed(text: str, t: Trigger | None) -> bool:
    """"Asked the judiciary not to carry out the death sentences of 5,000 prisoners", "plans to
    uphold the death sentences of": a noun trigger after an infinitive or a negated verb says
    what should or should not happen, not what did."""
    return t is not None and t.voice == "active" and bool(
        search(lexicon().clauses.governed_before, text, max(0, t.start - _REACH), t.start))


def other_action(text: str, c: Count, triggers: list[Trigger]) -> bool:
    """"Nine were given a two-year reprieve": the count is the subject of a verb that is no
    trigger (a trigger starting there, "were transferred to solitary confinement", wins)."""
    m = lexicon().clauses.other_action_after.match(text, c.end)
    return m is not None and not any(c.end <= x.start < m.end() for x in triggers)


def object_of_other_verb(text: str, c: Count, t: Trigger | None) -> bool:
    """"The court sentenced three men to death and jailed eight others", "Egypt hanged two men and
    freed five": a count after an active trigger and another verb joined to it (vocab.yaml
    other_participles) is that verb's object, not the trigger's."""
    return t is not None and t.voice == "active" and t.end <= c.start and bool(
        search(lexicon().clauses.other_verb_between, text, t.end, c.start))


def prison_term_before(text: str, c: Count, t: Trigger | None) -> bool:
    """"Ten were sentenced to a combined 290 months in prison, and one man was sentenced to death":
    the count's own verb gives a prison term, ending before the trigger it was linked to."""
    m = lexicon().clauses.prison_term_after.match(text, c.end)
    return m is not None and t is not None and m.end() <= t.start


def share(text: str, c: Count) -> bool:
    """"Sixty people, or 12% of the total, were hanged in public": a count given with its share
    of a total is a part of that total."""
    return bool(lexicon().clauses.share_after.match(text, c.end))


def so_far(text: str, start: int, end: int) -> bool:
    """"... have been sentenced to death so far": a running figure, whose start must be told."""
    return bool(search(lexicon().clauses.so_far, text, start, end))


def since_clause(text: str, start: int, end: int) -> bool:
    """"Since the protests began, 12 people have been executed": a figure counted from a start
    (the caller has found no date in the sentence). Not "its lowest number since 1991", "the fewest
    since executions resumed": after a superlative, "since" measures a record."""
    pos = start
    while (m := search(lexicon().clauses.since, text, pos, end)) is not None:
        if not search_apart(lexicon().rejections.superlative, text[max(start, m.start() - 60):m.start()]):
            return True
        pos = m.end()
    return False


def apposed_group(text: str, group_end: int, c: Count) -> bool:
    """"Four prisoners convicted of drug offences, three men and a woman, were hanged": a count
    set off by a comma after a group (the caller checks that both share the verb after them)
    names the same people again. A relative clause in between ("the three prisoners whose
    executions were reported, another prisoner, ...") or "another" makes it a new group."""
    clauses = lexicon().clauses
    gap = text[group_end:c.start]
    return bool(_APPOSED_GAP.fullmatch(gap)) and not clauses.relative.search(gap) \
        and not clauses.new_group.match(text, c.start)


def counts_new_group(text: str, c: Count) -> bool:
    """Whether count `c` says its people are not a group told before: "another prisoner", "two
    other men", "a second woman", or "a further" right before it ("a further two"). A word of
    clauses.new_group must start a word ("a brother" is no "other")."""
    new_group = lexicon().clauses.new_group
    if any(new_group.match(text, c.start + m.start()) for m in _WORD_START.finditer(text[c.start:c.end])):
        return True
    before = text[max(0, c.start - _NEW_GROUP_REACH):c.start]
    return any(new_group.fullmatch(before[m.start():].rstrip()) for m in _WORD_START.finditer(before))

# ... or where the people of a group are from, right after the group ("two Kurdish prisoners from Mahabad, A and B")
_ORIGIN_AFTER_GROUP = re.compile(rf"^\s+(?:{words('mentions.yaml')['name_origins']})\s+[A-Z][\w'’-]*"
                                 rf"(?:\s+[A-Z][\w'’-]*){{0,2}}(?=\s*,)")


def apposed_names(text: str, after: int, name: Count, room: int, verb_start: int) -> bool:
    """"Two political prisoners, protester A and Kurdish prisoner B, were hanged": a name set off
    after a group (or after a name already taken as one of it), each name with its role, that is
    one of the group's people: it fits in the `room` the group has left and the group's verb comes
    after it (at `verb_start`)."""
    gap = _AGE_AFTER_NAME.sub("", text[after:name.start], count=1)   # "A, 25, and B, 29": an age is no count
    gap = _ORIGIN_AFTER_NAME.sub("", gap, count=1)   # "A, 44, from Kermanshah, and B": nor a hometown
    gap = _ORIGIN_AFTER_GROUP.sub("", gap, count=1)   # "two prisoners from Mahabad, A and B": the group's
    return 0 < name.value <= room and verb_start > name.end and bool(_ROLE_GAP.fullmatch(gap)) \
        and not lexicon().clauses.relative.search(gap) and not any(ch.isdigit() for ch in gap)


def denied(text: str, sentence_start: int, c: Count, sentence_end: int | None = None) -> bool:
    """"The judiciary denied that 12 prisoners were executed", "contrary to earlier reports that
    three men had been hanged": a count after a denial in its sentence did not happen; nor one
    before a denial that says the reports of it are untrue ("reports of the execution of two
    protesters were untrue", when `sentence_end` is given)."""
    clauses = lexicon().clauses
    return bool(search(clauses.denied_before, text, sentence_start, c.start)) or (
        sentence_end is not None and bool(clauses.denied_after.match(text, c.end, sentence_end)))


def source(text: str, c: Count) -> bool:
    """"Iraq hanged 11 men on Monday, a health official said": one person who speaks right after
    the count (or with another speaker joined by "and": "a security official and a medical source
    told Reuters") is the report's source, not someone it tells about."""
    return c.value == 1 and c.noun == "person" and bool(lexicon().clauses.speaks_after.match(text, c.end))


def stopped(text: str, t: Trigger | None) -> bool:
    """"A federal judge stayed the execution of a Texas man", "the court quashed the death sentences
    of 21 defendants": a noun trigger right after a verb that stops or undoes it."""
    return t is not None and t.voice == "active" and bool(
        lexicon().clauses.stopped_before.search(text, max(0, t.start - 30), t.start))


def stopped_count(text: str, c: Count, t: Trigger | None) -> bool:
    """"The governor originally scheduled eight executions", "Courts have halted four of them": a
    count with no trigger of its own, right after an active verb that plans or stops what it counts,
    is executions that did not take place (yet)."""
    return t is None and bool(lexicon().clauses.stopped_count_before.search(text, max(0, c.start - 30), c.start))


def depicted(text: str, t: Trigger | None) -> bool:
    """"The film, which depicts the hanging of a young woman": a noun trigger told by a work of
    fiction or art is no execution."""
    return t is not None and t.voice == "active" and bool(
        lexicon().clauses.depicted_before.search(text, max(0, t.start - 30), t.start))


def reprieved(text: str, s: int, e: int, t: Trigger | None) -> bool:
    """"He won a reprieve a day before he was due to be hanged": an execution planned (an imminent
    trigger) in a sentence that says it was stopped; "X was taken to the gallows, but the execution
    was halted at the last minute": an execution or a planned one that a later clause of its sentence,
    referring back to it, says was stopped (vocab.yaml halted_openers, halted_back_references)."""
    if t is None or t.event not in ("executed", "imminent"):
        return False
    clauses = lexicon().clauses
    return bool(clauses.halted_after.match(text, t.end, e)) or (
        t.event == "imminent" and bool(search(clauses.reprieve, text, s, e)))


def trigger_not_done(text: str, t: Trigger, s: int, e: int) -> bool:
    """"The execution of their son was halted", "a judge stayed the execution", "he was due to be
    hanged but won a reprieve": a trigger of sentence [s, e) that its own clause says was stopped,
    undone or put off, whoever it counts (the clause rules of refusals.py read it with a count)."""
    return stopped(text, t) or reprieved(text, s, e, t) or (
        noun_trigger(text, t) and bool(lexicon().clauses.not_done_after.match(text, t.end, e)))


_A = words("assembly.yaml")
# "the first time in nearly 17 years that any U.S. state has put ...": the record's noun, its span, "that"
# (a full stop after a capital letter alone is an abbreviation's: "any U.S. state")
_IN_CLAUSE = r"(?:[^.;:]|(?<=\b[A-Z])\.)"
_RECORD_CLAUSE = re.compile(rf"\b(?:{_A['record_ordinals']})\s+(?:{_A['record_nouns']})\b{_IN_CLAUSE}{{0,60}}?\bthat\b"
                            rf"{_IN_CLAUSE}{{0,60}}$", re.IGNORECASE)


def record_clause(text: str, s: int, c: Count) -> bool:
    """"Arkansas executed two convicted killers on Monday night, the first time in nearly 17 years
    that any U.S. state has put two inmates to death on the same day": a count inside the clause
    that says what record the incident sets is that incident told again, never another one."""
    return bool(search(_RECORD_CLAUSE, text, max(s, c.start - 130), c.start))


def generic(text: str, c: Count, t: Trigger | None, end: int) -> bool:
    """"The execution of a person who was a child at the time is prohibited", "Hanging a man on
    such evidence would be a crime": one person named by "a" after a noun or gerund trigger, then
    a judgement of what such an execution is or would be, speaks of executions in general."""
    return (t is not None and t.voice == "active" and t.end <= c.start and c.value == 1 and c.noun == "person"
            and bool(re.match(r"an?\s", text[c.start:c.end], re.IGNORECASE))
            and (text[t.start:t.end].lower().split()[-1:] == ["of"] or text[t.start:t.end].lower().endswith("ing"))
            and bool(lexicon().clauses.generic_after.match(text, c.end, end)))


def infinitive_anybody(text: str, c: Count, t: Trigger | None) -> bool:
    """"the first time the method has been used to put a person to death", "a law allowing courts to
    execute a prisoner for ...": "a person" (vocab.yaml generic_people) after a verb trigger in the
    infinitive is whoever such a method or law is for, nobody executed."""
    return (t is not None and t.voice == "active" and t.end <= c.start and c.value == 1 and c.noun == "person"
            and bool(re.search(r"\bto\s+$", text[max(0, t.start - 4):t.start]))
            and bool(lexicon().clauses.generic_person.match(text[c.start:c.end])))


def planned(text: str, c: Count, t: Trigger | None, end: int) -> bool:
    """"The execution of Ali Karimi is scheduled for Wednesday": a noun trigger before the count
    whose own verb plans the execution, with no verb after it that stops or puts it off; "death
    sentences against 30 convicts will be carried out tomorrow": the same of a death-sentence noun."""
    clauses = lexicon().clauses
    if t is None or t.voice != "active" or t.end > c.start or clauses.stopped_after.match(text, c.end, end):
        return False
    if t.event == "sentenced":
        # "death sentences against 30 convicts will be carried out tomorrow": the sentences carried out later
        return noun_trigger_sentence(text, t) and bool(clauses.carried_out_later.match(text, c.end, end))
    return t.event == "executed" and bool(clauses.planned_after.match(text, c.end, end))


def noun_trigger_sentence(text: str, t: Trigger) -> bool:
    """Whether a sentenced trigger is the death sentences themselves ("death sentences against",
    "the death sentence of"), a noun whose own verb may carry them out, not a verb of sentencing."""
    return bool(_SENTENCE_NOUN.match(text, t.start, t.end))


_SENTENCE_NOUN = re.compile(rf"(?:the\s+)?(?:{words('vocab.yaml')['sentence_nouns']})\s", re.IGNORECASE)


def not_done(text: str, c: Count, t: Trigger | None, end: int) -> bool:
    """"The executions of eight men had been scheduled for Wednesday but were postponed": a noun
    trigger before the count whose own verb plans, stops or puts off the executions; "At least
    five executions were stayed": a count of executions whose own verb does."""
    if t is None and c.noun == "execution":
        return bool(lexicon().clauses.not_done_after.match(text, c.end, end))
    return t is not None and t.voice == "active" and t.end <= c.start and bool(
        lexicon().clauses.not_done_after.match(text, c.end, end)) and not planned(text, c, t, end)


def noun_trigger(text: str, t: Trigger | None) -> bool:
    """Whether a trigger is a noun phrase governing its people ("the death sentences of"), not a verb."""
    return t is not None and text[t.start:t.end].lower().split()[-1:] == ["of"]


def uncounted_antecedent(text: str, start: int, c: Count) -> bool:
    """"Police detained 90 students that month; 20 of them were women": a figure written in
    digits between `start` (the sentence's start, or the end of the last count that made a
    claim) and a partitive count is what "of them" refers to; it made no claim, so neither does
    its part. So is a vague quantity ("the arrest of hundreds of Kurds, 30 of whom ...")."""
    if not c.partitive:
        return False
    figures = (m for m in _FIGURE.finditer(text, start, c.start) if not _PLACE_COUNT.match(text, m.end()))
    return next(figures, None) is not None or bool(search(_VAGUE, text, start, c.start))
