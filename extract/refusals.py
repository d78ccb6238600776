"""The clause of a count that says it is no new fact: an ordered table of refusals.

Each rule takes a Clause (decisions.py), a count of a sentence already linked to an event, and
returns None (does not apply) or a Reject with its `reject.*` id; the first that applies
decides, so the order only picks which id `--explain` shows when several would refuse. The
grammar tests they call are in clauses.py; the assembly asks these rules after the rejections
of rejections.py (rates, victims, death row, hedges) and before any date is read.
"""
from __future__ import annotations

import re

from .clauses import (denied, depicted, generic, governed, infinitive_anybody, named_predicate, not_done,
                      object_of_other_verb, other_action, predicate, prison_term_before, record_clause, reprieved, source,
                      stopped, stopped_count)
from .decisions import Clause, Reject, first
from .lexicon import words


def share_without_total(x: Clause) -> Reject | None:
    """"Forty men, about a tenth of the total, were hanged in public" with no statistic told before
    (the assembly found none to split): a share of a figure the report never gives. First: the
    share says what the count is before its verb is read."""
    if x.shared and not x.breakdown:
        return Reject("reject.share_without_total")
    return None


def speaker(x: Clause) -> Reject | None:
    """"Two men were hanged on Monday, a judicial official said": one person who speaks is the
    report's source. Early: a speaker is never one of the people, whatever the trigger says."""
    if source(x.text, x.c):
        return Reject("reject.source")
    return None


def governed_trigger(x: Clause) -> Reject | None:
    """"The court was urged not to carry out the death sentences of 300 detainees": a noun trigger
    governed by an infinitive or a negation tells what should happen, not what did. Before the
    denial: the trigger's own clause is nearer the count than a denial elsewhere in the sentence."""
    if governed(x.text, x.t):
        return Reject("reject.not_done")
    return None


def stopped_trigger(x: Clause) -> Reject | None:
    """"A judge stayed the execution of a Texas man": a noun trigger right after a verb that stops
    or undoes it. Same id as the rule above; the verb is nearer the trigger than any denial."""
    if stopped(x.text, x.t):
        return Reject("reject.not_done")
    return None


def stopped_figure(x: Clause) -> Reject | None:
    """"Courts have halted four of them", "originally scheduled eight executions": a count with no
    trigger, object of a verb that plans or stops it. Same id as the rules above."""
    if stopped_count(x.text, x.c, x.t):
        return Reject("reject.not_done")
    return None


def reprieve(x: Clause) -> Reject | None:
    """"He won a reprieve a day before he was due to be hanged": a planned execution in a sentence
    that says it was stopped did not become imminent. Same id as the rules above."""
    if reprieved(x.text, x.s, x.e, x.t):
        return Reject("reject.not_done")
    return None


def depiction(x: Clause) -> Reject | None:
    """"The film, which depicts the hanging of a young woman": a noun trigger told by a work of
    fiction or art."""
    if depicted(x.text, x.t):
        return Reject("reject.depicted")
    return None


def put_off(x: Clause) -> Reject | None:
    """"The executions of six men were due on Monday but were stayed": the verb of the noun
    trigger plans, halts or postpones; nothing was done. Same id as the rule above, tested after it."""
    if not_done(x.text, x.c, x.t, x.e):
        return Reject("reject.not_done")
    return None


def denial(x: Clause) -> Reject | None:
    """"Officials denied reports that 15 prisoners had been hanged": a count after a denial in its
    sentence did not happen."""
    if denied(x.text, x.s, x.c, x.e):
        return Reject("reject.denied")
    return None


def in_general(x: Clause) -> Reject | None:
    """"Hanging a man for what he did as a boy is unlawful": one person named by "a" after a noun or
    gerund trigger, then a judgement of such an execution, speaks of executions in general. After
    the denial, before the predicate noun. So is "a person" after a verb trigger in the infinitive
    ("used to put a person to death")."""
    if generic(x.text, x.c, x.t, x.e) or infinitive_anybody(x.text, x.c, x.t):
        return Reject("reject.generic")
    return None


def predicate_noun(x: Clause) -> Reject | None:
    """"The oldest of those hanged was a man of 70", "one of the men hanged was Amir Nazari": one
    person after a copula describes someone already counted. Not for parts ("of them, one was a woman" is a breakdown). After the denial:
    "denied that the oldest was a man of 70" shows as a denial."""
    if not (x.breakdown or x.c.partitive) and (predicate(x.text, x.c, x.t) or named_predicate(x.text, x.s, x.c, x.t)):
        return Reject("reject.predicate")
    return None


def other_verb(x: Clause) -> Reject | None:
    """"Of these, four were granted a pardon": a count with no trigger of its own that is the
    subject of another verb. Last: it needs no trigger, which the rules from governed_trigger
    on (but the denial) require, and a share or a denial is the more telling id."""
    if x.t is None and x.c.noun != "name" and other_action(x.text, x.c, x.triggers):
        return Reject("reject.other_action")
    return None


def subject_after_trigger(x: Clause) -> Reject | None:
    """"executed Xu, convicted over an attack in which eight people died and 17 were wounded", "hanged
    a man whose raid left him in hiding while 12 were killed": a count after an active trigger whose
    own verb follows it (not a trigger) is that verb's subject, not the trigger's object. With
    other_verb, which reads the same verb on a count with no trigger."""
    if x.t is not None and x.t.voice == "active" and x.t.end <= x.c.start and x.c.noun in ("person", "more") \
            and other_action(x.text, x.c, x.triggers):
        return Reject("reject.other_action.own_verb")
    return None


def record_set(x: Clause) -> Reject | None:
    """"..., the first time in 17 years that any state has put two inmates to death on the same day":
    the record an incident sets, told after it; its count is that incident's (clauses.record_clause)."""
    if x.c.noun != "name" and record_clause(x.text, x.s, x.c):
        return Reject("reject.record_clause")
    return None


def other_object(x: Clause) -> Reject | None:
    """"The court sentenced three men to death and jailed eight others": a count after another verb
    joined to its active trigger is that verb's object. Same id as the rule above."""
    if object_of_other_verb(x.text, x.c, x.t):
        return Reject("reject.other_action")
    return None


_RW = words("rejections.yaml")
# "He received ", "Navid Afkari had been handed ": one person, then a verb that gives them sentences, right before the count
_ONE_RECEIVER = re.compile(
    rf"(?:\b(?i:{_RW['one_person_subjects']})|\b[A-Z][\w'’-]+)\s+(?:(?i:{_RW['sentence_receiver_adverbs']})\s+)?"
    rf"(?i:{_RW['sentence_receivers']})\s+$")


def sentences_of_one(x: Clause) -> Reject | None:
    """"He received two death sentences, one for murder and one for moharebeh": a count of death
    sentences handed to one person (a singular pronoun or a name right before the verb) counts
    verdicts, not people; the person's sentence is told elsewhere if at all."""
    if x.c.event == "sentenced" and x.c.noun == "execution" and x.t is None \
            and _ONE_RECEIVER.search(x.text, max(x.s, x.c.start - 60), x.c.start):
        return Reject("reject.sentences_of_one")
    return None


def prison_term(x: Clause) -> Reject | None:
    """"Ten were sentenced to a combined 290 months in prison, and one man was sentenced to death":
    a count whose own verb gives a prison term is not the subject of the trigger after it. Last:
    the rules above refuse a count for what its trigger's clause says."""
    if x.c.noun != "name" and x.t is not None and x.t.start >= x.c.end and prison_term_before(x.text, x.c, x.t):
        return Reject("reject.other_action")
    return None


CLAUSE_RULES = (
    share_without_total,
    speaker,
    governed_trigger,
    stopped_trigger,
    stopped_figure,
    put_off,
    reprieve,
    depiction,
    denial,
    in_general,
    predicate_noun,
    other_verb,
    subject_after_trigger,
    record_set,
    sentences_of_one,
    other_object,
    prison_term,
)


def clause_refusal(x: Clause) -> str:
    """The `reject.*` id of the first clause rule that refuses `x`, or "" when none does."""
    refused = first(CLAUSE_RULES, x)
    return refused.rule if refused is not None else ""
