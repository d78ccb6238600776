"""The Extractor: builds the spaCy pipeline once and turns reports into claims.

A report has two fields, title and text; both go through the same pipeline and a
headline claim is kept only when the body does not state the same fact
(SCHEMA.md: headline and body stating one incident are one claim).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Iterator

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the vigil_* factories)
from .claims import Claim

MAX_CHARS = 5_000_000
_TAG = re.compile(r"<[^<>]{0,300}>")
PIPES = ("vigil_sentences", "vigil_dates", "vigil_mentions", "vigil_places", "vigil_claims")


def build_nlp(use_trained_model: str | None = None) -> Language:
    """spacy.blank("en") (or a trained pipeline, if one is installed and named) plus the vigil_* components."""
    nlp = spacy.load(use_trained_model) if use_trained_model else spacy.blank("en")
    for pipe in PIPES:
        nlp.add_pipe(pipe)
    # no parser or NER to run out of memory: allow long pages; longer input is cut (see _docs)
    nlp.max_length = MAX_CHARS
    return nlp


def _combine(title: list[Claim], body: list[Claim]) -> list[Claim]:
    """Body claims; headline claims only when the body states none. A headline usually
    restates the body, often rounded ("more than 130" for 134) or summed, so it adds a
    claim only for a report that is all headline."""
    return body if body else title


class Extractor:
    """Reports in, claims out. Pure: no I/O, no clock; the nlp object is built once."""

    def __init__(self, use_trained_model: str | None = None):
        self.nlp = build_nlp(use_trained_model)

    def _docs(self, text: str, published: date | None, title: str):
        for field, value in (("title", title or ""), ("text", text or "")):
            value = value[:MAX_CHARS]
            # leftover markup becomes spaces of the same length, so evidence offsets still hold
            value = _TAG.sub(lambda m: " " * len(m.group()), value) if "<" in value else value
            doc = self.nlp.make_doc(value)
            doc._.vigil_text = value   # equal to doc.text, which re-joins every token on each read
            doc._.published = published
            doc._.field = field
            yield doc

    def extract(self, text: str, published: date | None, title: str = "") -> list[Claim]:
        """The claims of one report; `published` anchors every relative date."""
        title_doc, text_doc = (self.nlp(doc) for doc in self._docs(text, published, title))
        return _combine(title_doc._.claims, text_doc._.claims)

    def explain(self, text: str, published: date | None, title: str = "") -> tuple[list[Claim], list]:
        """The claims of one report (as `extract`) and the candidates rejected on the way, each
        an assemble.Rejection naming the rule that rejected it."""
        title_doc, text_doc = (self.nlp(doc) for doc in self._docs(text, published, title))
        rejections = list(title_doc._.vigil_rejections or []) + list(text_doc._.vigil_rejections or [])
        return _combine(title_doc._.claims, text_doc._.claims), rejections

    def extract_many(self, reports: Iterable[tuple[str, date | None, str]],
                     batch_size: int = 64) -> Iterator[list[Claim]]:
        """One list of claims per (text, published, title), in order, through nlp.pipe."""
        def docs():
            for text, published, title in reports:
                yield from self._docs(text, published, title)

        pending = None
        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            if pending is None:
                pending = doc
                continue
            yield _combine(pending._.claims, doc._.claims)
            pending = None
