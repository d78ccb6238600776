"""Which declared languages are accepted: a registered language tag (IANA registry). Its own
module, free of the lexicons, since configuration checks it at start-up."""
from __future__ import annotations

ACCEPTED = ("en, fa, ar (read by their own pipelines) or another registered code such as ku "
            "(read by the pipeline of its script)")


def check_language_code(value: object) -> str:
    """`value` when it is a registered language tag (IANA registry), else ValueError naming it and
    what is accepted: a name ("english") or a typo would otherwise be read by the script's pipeline
    unnoticed. The one test of a declared language, for sources.yaml and JSONL records alike."""
    import langcodes   # only when a language is declared: start-up of other commands stays short

    if not isinstance(value, str) or not langcodes.tag_is_valid(value):
        raise ValueError(f"{value!r} is not a language code (accepted: {ACCEPTED})")
    return value
