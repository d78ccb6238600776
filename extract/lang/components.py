"""The spaCy side of the Persian and Arabic pipelines: spacy.blank("fa") / spacy.blank("ar")
with two registered components, `vigil_rtl_sentences` (sentence starts from Persian and Arabic
punctuation) and `vigil_rtl_claims` (assemble.py), filling the same doc extensions as the
English pipeline (doc._.claims, doc._.vigil_rejections)."""
from __future__ import annotations

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..doc_extensions import Extensions
from .assemble import assemble_field, sentences
from .normal import fold


class RtlSentences:
    """Sentence starts from the sentence punctuation of Persian and Arabic (؟ ؛ . !) and line breaks."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if len(doc):
            folded = fold(text)
            starts = numpy.full((len(doc), 1), -1, dtype="int64").astype("uint64")
            starts[0, 0] = 1
            for s, e in sentences(folded.text):
                a, b = folded.span(s, e)
                span = doc.char_span(a, b, alignment_mode="expand")
                if span is not None and len(span):
                    starts[span.start, 0] = 1
            doc.from_array([SENT_START], starts)
        return doc


class RtlClaims:
    """Claims of one field of a Persian or Arabic report (assemble.py) into doc._.claims."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        ext = Extensions(doc)
        text = ext.vigil_text if ext.vigil_text is not None else doc.text
        claims, rejections = assemble_field(self.lang, ext.field or "text", text, ext.published,
                                            ext.vigil_lead or text[:600])
        ext.claims, ext.vigil_rejections = claims, rejections
        return doc


@Language.factory("vigil_rtl_sentences")
def make_rtl_sentences(nlp: Language, name: str):
    return RtlSentences()


@Language.factory("vigil_rtl_claims")
def make_rtl_claims(nlp: Language, name: str):
    return RtlClaims(nlp.lang)


def build_rtl_nlp(lang: str) -> Language:
    """spacy.blank(lang) ("fa" or "ar") and the two components."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("vigil_rtl_sentences")
    nlp.add_pipe("vigil_rtl_claims")
    from ..pipeline import MAX_CHARS
    nlp.max_length = MAX_CHARS
    return nlp
