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
from .breakdowns import SPLIT_GOES_ON
from .casefold import scanning
from .dates import find_dates
from .doc_extensions import Extensions
from .lexicon import lexicon, packaged, using
from .mentions import find_counts, find_triggers
from .name_mentions import find_names
from .offences import find_offences
from .places import find_countries, find_places, main_country
from .sentences import Windows, headings_before, paragraphs, relevant, sentences, windows
from .tables import find_tables
from .vocabulary import Vocabulary


def _text(doc: Doc, ext=None) -> str:
    """The doc's text; `ext` is the doc's Extensions when the caller holds them."""
    text = (ext or Extensions(doc)).vigil_text
    return text if text is not None else doc.text


class _Component:
    """A vigil_* component: it runs under its Extractor's vocabulary (build_nlp sets it; a
    component added by hand loads the packaged one on its first doc)."""

    vocabulary: Vocabulary | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.vocabulary is None:
            self.vocabulary = Vocabulary.load()
        with using(self.vocabulary.lexicon), scanning(self.vocabulary.scanner):
            return self.run(doc)


class SentenceSegmenter(_Component):
    """Sets sentence starts from paragraph breaks and sentence punctuation (sentences.py),
    and records the windows the finders need to read (sentences.windows)."""

    def run(self, doc: Doc) -> Doc:
        ext = Extensions(doc)
        text = _text(doc, ext)   # Doc.text re-joins every token on each access: read it once
        ext.vigil_paragraphs = paragraph_spans = paragraphs(text)
        spans = sentences(text, paragraph_spans)
        ext.vigil_sentences = spans
        ext.vigil_text = text
        scanner = self.vocabulary.scanner
        hits = relevant(text, spans, lexicon().linking.relevant, scanner)
        # "... were executed last month. Fourteen were convicted of drug offences": the split goes on
        ext.vigil_windows = windows(text, spans, hits, SPLIT_GOES_ON, scanner=scanner)
        # "Three men were hanged in Arak. They had been convicted of armed robbery": the charges of a
        # sentence that goes on about an incident's people (offence_rules.of_incident) are read too
        ext.vigil_offence_windows = windows(text, spans, hits, (SPLIT_GOES_ON, lexicon().assembly.follow_on),
                                            scanner=scanner)
        # a follow-up sentence may date the claim before it ("The verdict was issued last week")
        # a sentence naming a statistic's span ("during the year") may date a claim beside it
        date_hits = relevant(text, spans, lexicon().linking.span_words, scanner, known=hits)
        date_hits = [h or g for h, g in zip(date_hits, headings_before(text, spans, paragraph_spans, hits))]
        # "Key figures for 2024:" over rows of figures: the heading dates every row (table_passes.listed_tables)
        # (not a heading over lines that open on a figure: those are read only under a heading that tells
        # of executions, already a window; any other such heading must date nothing)
        ext.vigil_tables = tables = find_tables(text, paragraph_spans)
        heads = [t.heading for t in tables if not any(r.number_first for r in t.rows)]
        date_hits = [h or any(hs <= s < he for hs, he in heads) for h, (s, _) in zip(date_hits, spans)]
        ext.vigil_date_windows = windows(text, spans, date_hits, lexicon().linking.follow_up, scanner=scanner)
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


class DateFinder(_Component):
    """Finds time expressions and resolves them against doc._.published (dates.py)."""

    def run(self, doc: Doc) -> Doc:
        ext = Extensions(doc)
        ext.vigil_dates = find_dates(_text(doc, ext), ext.published, ext.vigil_date_windows)
        return doc


class MentionFinder(_Component):
    """Finds counts, names and event triggers (mentions.py)."""

    def run(self, doc: Doc) -> Doc:
        ext = Extensions(doc)
        text, spans = _text(doc, ext), ext.vigil_windows
        ext.vigil_triggers = triggers = find_triggers(text, spans)
        ext.vigil_counts = find_counts(text, spans) if triggers or "xecution" in text or "anging" in text or "sentence" in text else []
        ext.vigil_names = find_names(text, lexicon().name_stopwords, spans) if triggers else []
        return doc


class PlaceFinder(_Component):
    """Finds prisons, towns and countries (places.py) and charges (offences.py)."""

    def run(self, doc: Doc) -> Doc:
        ext = Extensions(doc)
        text, spans = _text(doc, ext), ext.vigil_windows
        ext.vigil_places = find_places(text, spans)
        ext.vigil_countries = find_countries(text, spans)
        ext.vigil_offences = find_offences(text, ext.vigil_offence_windows or spans)
        return doc


class ClaimBuilder(_Component):
    """Links the mentions into claims (assemble.py); stores them in doc._.claims."""

    def __init__(self, default_country: str, lead_chars: int):
        self.default_country = default_country
        self.lead_chars = lead_chars

    def run(self, doc: Doc) -> Doc:
        ext = Extensions(doc)
        text = _text(doc, ext)
        f = Field(ext.field or "text", text, text, ext.published, ext.vigil_sentences or [],
                  ext.vigil_paragraphs or [], ext.vigil_dates or [], ext.vigil_counts or [],
                  ext.vigil_names or [], ext.vigil_triggers or [], ext.vigil_places or [],
                  ext.vigil_countries or [], ext.vigil_offences or [], ext.vigil_tables or [],
                  self.vocabulary.scanner)
        lead = find_countries(f.text, Windows([(0, min(len(f.text), self.lead_chars))], self.vocabulary.scanner))
        country = main_country(sorted(set(lead + f.countries), key=lambda c: c.start), self.lead_chars,
                               self.default_country, f.text)
        title = (ext.vigil_lead or "").split("\n", 1)[0] if f.name == "text" else ""
        named = Counter(m.iso for m in find_countries(title, None)) if title else Counter()
        if len(named) == 1:
            # "Secretive Vietnam is one of the world's biggest executioners": a title naming one country
            # says what the report is about, whatever its first paragraph compares it with
            country = next(iter(named))
        if f.name == "title" and not (lead or f.countries) and ext.vigil_lead:
            # "Execution of a Convicted Drug Importer": a headline naming no country is read only
            # when its body states nothing, and is about the country its body's lead names
            country = main_country(find_countries(ext.vigil_lead, None), len(ext.vigil_lead),
                                   self.default_country, ext.vigil_lead)
        # a heading ending in ":" may announce rows of figures with no trigger of their own (tables.py)
        worth = f.counts or f.names or f.triggers or ":\n" in text
        drafts, ext.vigil_rejections, ext.vigil_asides = assemble(f, country) if worth else ([], [], [])
        ext.vigil_drafts, ext.claims = drafts, [d.claim(f) for d in drafts]
        return doc


@Language.factory("vigil_sentences")
def make_sentences(nlp: Language, name: str):
    return SentenceSegmenter()


@Language.factory("vigil_dates")
def make_dates(nlp: Language, name: str):
    return DateFinder()


@Language.factory("vigil_mentions")
def make_mentions(nlp: Language, name: str):
    packaged()   # compiles the patterns now, not on the first report
    return MentionFinder()


@Language.factory("vigil_places")
def make_places(nlp: Language, name: str):
    return PlaceFinder()


@Language.factory("vigil_claims", default_config={"default_country": "IR", "lead_chars": 600})
def make_claims(nlp: Language, name: str, default_country: str, lead_chars: int):
    return ClaimBuilder(default_country, lead_chars)
