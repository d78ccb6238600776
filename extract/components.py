"""The spaCy components of the Vigil pipeline, registered as factories named vigil_*.

Each component finds one kind of mention over the whole doc text with compiled
patterns (no per-token Python in the hot path) and stores it in a doc extension;
vigil_claims turns them into claims. The report's publication date travels on
the doc (doc._.published), set before the pipeline runs, because relative dates
are resolved against it and never against the clock.
"""
from __future__ import annotations


from collections import Counter

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .assemble import Field, assemble
from .dates import find_dates
from .lexicon import lexicon
from .mentions import find_counts, find_names, find_triggers
from .offences import find_offences
from .places import find_countries, find_places, main_country
from .sentences import paragraphs, sentences, windows

_EXTENSIONS = ("published", "field", "vigil_text", "vigil_lead", "vigil_windows", "vigil_date_windows", "vigil_sentences", "vigil_paragraphs", "vigil_dates", "vigil_counts",
               "vigil_names", "vigil_triggers", "vigil_places", "vigil_countries", "vigil_offences",
               "vigil_drafts", "vigil_rejections", "claims")
for _name in _EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _text(doc: Doc) -> str:
    return doc._.vigil_text if doc._.vigil_text is not None else doc.text


class SentenceSegmenter:
    """Sets sentence starts from paragraph breaks and sentence punctuation (sentences.py),
    and records the windows the finders need to read (sentences.windows)."""

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)   # Doc.text re-joins every token on each access: read it once
        spans = sentences(text)
        doc._.vigil_sentences = spans
        doc._.vigil_paragraphs = paragraphs(text)
        doc._.vigil_text = text
        doc._.vigil_windows = windows(text, spans, lexicon().linking.relevant)
        # a follow-up sentence may date the claim before it ("The verdict was issued last week")
        doc._.vigil_date_windows = windows(text, spans, lexicon().linking.relevant_dates, lexicon().linking.follow_up)
        if len(doc):
            # one array write: setting token.is_sent_start one by one rescans the doc each time
            starts = numpy.full((len(doc), 1), -1, dtype="int64").astype("uint64")
            starts[0, 0] = 1
            for start, end in spans:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and len(span):
                    starts[span.start, 0] = 1
            doc.from_array([SENT_START], starts)
        return doc


class DateFinder:
    """Finds time expressions and resolves them against doc._.published (dates.py)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.vigil_dates = find_dates(_text(doc), doc._.published, doc._.vigil_date_windows)
        return doc


class MentionFinder:
    """Finds counts, names and event triggers (mentions.py)."""

    def __init__(self, name_stopwords: frozenset):
        self.name_stopwords = name_stopwords

    def __call__(self, doc: Doc) -> Doc:
        text, spans = _text(doc), doc._.vigil_windows
        doc._.vigil_triggers = find_triggers(text, spans)
        doc._.vigil_counts = find_counts(text, spans) if doc._.vigil_triggers or "xecution" in text or "anging" in text or "sentence" in text else []
        doc._.vigil_names = find_names(text, self.name_stopwords, spans) if doc._.vigil_triggers else []
        return doc


class PlaceFinder:
    """Finds prisons, towns and countries (places.py) and charges (offences.py)."""

    def __call__(self, doc: Doc) -> Doc:
        text, spans = _text(doc), doc._.vigil_windows
        doc._.vigil_places = find_places(text, spans)
        doc._.vigil_countries = find_countries(text, spans)
        doc._.vigil_offences = find_offences(text, spans)
        return doc


class ClaimBuilder:
    """Links the mentions into claims (assemble.py); stores them in doc._.claims."""

    def __init__(self, default_country: str, lead_chars: int):
        self.default_country = default_country
        self.lead_chars = lead_chars

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        f = Field(doc._.field or "text", text, text, doc._.published, doc._.vigil_sentences or [],
                  doc._.vigil_paragraphs or [], doc._.vigil_dates or [], doc._.vigil_counts or [],
                  doc._.vigil_names or [], doc._.vigil_triggers or [], doc._.vigil_places or [],
                  doc._.vigil_countries or [], doc._.vigil_offences or [])
        lead = find_countries(f.text, [(0, min(len(f.text), self.lead_chars))])
        country = main_country(sorted(set(lead + f.countries), key=lambda c: c.start), self.lead_chars,
                               self.default_country)
        title = (doc._.vigil_lead or "").split("\n", 1)[0] if f.name == "text" else ""
        named = Counter(m.iso for m in find_countries(title, None)) if title else Counter()
        if len(named) == 1:
            # "Secretive Vietnam is one of the world's biggest executioners": a title naming one country
            # says what the report is about, whatever its first paragraph compares it with
            country = next(iter(named))
        # a heading ending in ":" may announce rows of figures with no trigger of their own (tables.py)
        worth = f.counts or f.names or f.triggers or ":\n" in text
        doc._.vigil_drafts, doc._.vigil_rejections = assemble(f, country) if worth else ([], [])
        doc._.claims = [d.claim(f) for d in doc._.vigil_drafts]
        return doc


@Language.factory("vigil_sentences")
def make_sentences(nlp: Language, name: str):
    return SentenceSegmenter()


@Language.factory("vigil_dates")
def make_dates(nlp: Language, name: str):
    return DateFinder()


@Language.factory("vigil_mentions")
def make_mentions(nlp: Language, name: str):
    return MentionFinder(lexicon().name_stopwords)   # compiles the patterns now, not on the first report


@Language.factory("vigil_places")
def make_places(nlp: Language, name: str):
    return PlaceFinder()


@Language.factory("vigil_claims", default_config={"default_country": "IR", "lead_chars": 600})
def make_claims(nlp: Language, name: str, default_country: str, lead_chars: int):
    return ClaimBuilder(default_country, lead_chars)
