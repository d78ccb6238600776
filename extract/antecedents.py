"""What a bare partitive points back at: "Nigeria's courts hand down death sentences, at least 54 of them
in 2019", "Amnesty recorded 3,117 death sentences. Nigeria handed down 527 of them": "of them" after
death sentences counts death sentences, though no verb of sentencing stands beside the count.
"""
from __future__ import annotations

import re

from .lexicon import words
from .matches import last_match
from .mentions import Count

_V = words("vocab.yaml")
# the nouns a pronoun may point back at, the last one before it winning
_NOUN = re.compile(rf"\b(?:(?P<sentences>{_V['sentence_nouns']})|{_V['execution_nouns']}|{_V['person_nouns_plural']})\b",
                   re.IGNORECASE)
_PRONOUN = re.compile(rf"\bof\s+(?:{words('mentions.yaml')['partitive_pronouns']})$", re.IGNORECASE)
_REACH = 160   # characters back from the count: its own sentence or the one before


def sentences_pointed_at(text: str, c: Count) -> bool:
    """Whether the partitive `c` ("54 of them") points back at death sentences: the last noun of people,
    executions or death sentences within reach before it (no paragraph break between) is a death-sentence
    noun."""
    if not c.partitive or not _PRONOUN.search(text, c.start, c.end):
        return False
    start = max(0, c.start - _REACH)
    brk = text.rfind("\n", start, c.start)
    last = last_match(_NOUN, text, brk + 1 if brk >= 0 else start, c.start)
    return last is not None and last.group("sentences") is not None
