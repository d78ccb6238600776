"""The Extractor: builds the spaCy pipeline once and turns reports into claims.

A report has two fields, title and text; both go through the same pipeline and a
headline claim is kept only when the body does not state the same fact
(SCHEMA.md: headline and body stating one incident are one claim).
"""
from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .components import Extensions   # (importing components registers the vigil_* factories)
from .claims import Claim
from .datelines import filed_on
from .markup import blank_markup
from .vocabulary import Vocabulary

MAX_CHARS = 5_000_000
PIPES = ("vigil_sentences", "vigil_dates", "vigil_mentions", "vigil_places", "vigil_claims")


def build_nlp(use_trained_model: str | None = None, vocabulary: Vocabulary | None = None) -> Language:
    """spacy.blank("en") (or a trained pipeline, if one is installed and named) plus the vigil_*
    components, all running under `vocabulary` (default: the packaged one, loaded here)."""
    nlp = spacy.load(use_trained_model) if use_trained_model else spacy.blank("en")
    vocabulary = vocabulary or Vocabulary.load()
    for pipe in PIPES:
        nlp.add_pipe(pipe).vocabulary = vocabulary
    # no parser or NER to run out of memory: allow long pages; longer input is cut (see _doc)
    nlp.max_length = MAX_CHARS
    return nlp


def _combine(title: list[Claim], body: list[Claim]) -> list[Claim]:
    """Body claims; headline claims only when the body states none. A headline usually
    restates the body, often rounded ("more than 130" for 134) or summed, so it adds a
    claim only for a report that is all headline."""
    return body if body else title


class Extractor:
    """Reports in, claims out. Pure: no I/O, no clock; each language's nlp object is built once
    (English at once, Persian and Arabic on their first report). `vocabulary` is a directory of
    English vocabulary files laid out as extract/data/ (default: the packaged files); the
    Extractor compiles it once, with its speed layer (vocabulary.py), and keeps it to itself."""

    def __init__(self, use_trained_model: str | None = None, vocabulary: Path | str | None = None):
        self.vocabulary = Vocabulary.load(vocabulary)
        self.nlp = build_nlp(use_trained_model, self.vocabulary)
        # the vigil_* components read doc._.vigil_text, never the words: where only claims are read
        # (extract, extract_many) a Doc of the blank pipeline needs no tokenizing (_doc); a trained
        # pipeline's own components read the words (the Persian and Arabic pipelines are blank: _doc)
        self._wordless = use_trained_model is None
        self._rtl: dict[str, Language] = {}
        # one reading at a time: the speed layer keeps the text being read in one slot
        # (casefold.Scanner), and the GIL gives threads nothing to gain by reading side by side
        self._reading = threading.RLock()

    def pipeline(self, lang: str | None, text: str, title: str = "") -> Language:
        """The nlp object for a report declared `lang` (lang/choose.py checks it against the script)."""
        from .lang.choose import pipeline_language

        chosen = pipeline_language(lang, f"{title}\n{text}")
        if chosen == "en":
            return self.nlp
        if chosen not in self._rtl:
            from .lang.components import build_rtl_nlp
            self._rtl[chosen] = build_rtl_nlp(chosen)
        return self._rtl[chosen]

    def _doc(self, nlp: Language, field: str, value: str, published: date | None, lead: str,
             words: bool = True):
        """One field of a report as a Doc, not yet run through the pipeline; without `words`, a Doc
        of the blank English pipeline holds no tokens, only the text its components read
        (a tenth fewer machine instructions per report in bench/extract_instructions.py); a Doc of the
        Persian or Arabic pipeline likewise (vigil_rtl_claims reads the text; vigil_rtl_sentences,
        which sets sentence starts on the words, has none to set)."""
        value = value[:MAX_CHARS]
        value = blank_markup(value)
        doc = nlp.make_doc(value) if words or nlp is self.nlp and not self._wordless else Doc(nlp.vocab)
        ext = Extensions(doc)   # doc._, without a new object on each read
        ext.vigil_text = value   # equal to doc.text, which re-joins every token on each read
        ext.published = published
        ext.field = field
        ext.vigil_lead = lead   # the country of a report is read from its title and lead
        return doc

    def _docs(self, text: str, published: date | None, title: str, nlp: Language | None = None, words: bool = True):
        nlp = nlp or self.nlp
        lead = _lead(text, title)
        return (self._doc(nlp, "title", title or "", published, lead, words),
                self._doc(nlp, "text", text or "", published, lead, words))

    def extract(self, text: str, published: date | None, title: str = "", lang: str | None = "en") -> list[Claim]:
        """The claims of one report; `published` anchors every relative date; `lang` is the
        language the source declares ("en", "fa", "ar"; None when unknown), checked against the text."""
        with self._reading:
            nlp = self.pipeline(lang, text or "", title or "")
            filed = filed_on(text, published)
            title_doc, text_doc = self._docs(text, filed, title, nlp, words=False)
            body = Extensions(nlp(text_doc)).claims
            # the headline is read only when the body states nothing (_combine)
            return _dated_by_dateline(body or Extensions(nlp(title_doc)).claims, filed != published)

    def explain(self, text: str, published: date | None, title: str = "",
                lang: str | None = "en") -> tuple[list[Claim], list]:
        """The claims of one report (as `extract`) and the candidates rejected on the way, each
        an assemble.Rejection naming the rule that rejected it."""
        claims, rejections, _ = self.account(text, published, title, lang)
        return claims, rejections

    def account(self, text: str, published: date | None, title: str = "",
                lang: str | None = "en") -> tuple[list[Claim], list, list]:
        """As `explain`, plus the sentences that tell of an execution and made neither a claim nor
        a rejected candidate, each a silence.Silence naming why (`--explain` prints all three)."""
        from .silence import silences

        with self._reading:
            nlp = self.pipeline(lang, text or "", title or "")
            filed = filed_on(text, published)
            title_doc, text_doc = (nlp(doc) for doc in self._docs(text, filed, title, nlp))
        rejections = list(title_doc._.vigil_rejections or []) + list(text_doc._.vigil_rejections or [])
        silent = [s for doc in (title_doc, text_doc)
                  for s in silences(doc, doc._.claims or [], doc._.vigil_rejections or [], doc._.vigil_asides or [])]
        return (_dated_by_dateline(_combine(title_doc._.claims, text_doc._.claims), filed != published),
                rejections, silent)

    def extract_many(self, reports: Iterable[tuple], batch_size: int = 64) -> Iterator[list[Claim]]:
        """One list of claims per (text, published, title[, lang]), in order. English reports go
        through nlp.pipe in batches; a Persian or Arabic one is read alone, in its place."""
        def english(batch):
            # bodies first; a headline is read only for a report whose body states nothing (_combine);
            # the batch is read whole before the first yield, so no lock is held across one
            with self._reading:
                bodies = [Extensions(doc).claims for doc in self.nlp.pipe(
                    (self._doc(self.nlp, "text", text or "", published, _lead(text, title), words=False)
                     for text, published, title, _ in batch),
                    batch_size=batch_size)]
                bare = [i for i, claims in enumerate(bodies) if not claims and batch[i][2]]
                headlines = dict(zip(bare, (Extensions(doc).claims for doc in self.nlp.pipe(
                    (self._doc(self.nlp, "title", batch[i][2], batch[i][1], _lead(batch[i][0], batch[i][2]), words=False)
                     for i in bare),
                    batch_size=batch_size))))
            for i, claims in enumerate(bodies):
                yield _dated_by_dateline(claims or headlines.get(i, []), batch[i][3])

        batch: list[tuple] = []
        for report in reports:
            text, published, title = report[:3]
            lang = report[3] if len(report) > 3 else "en"
            with self._reading:   # the first Persian or Arabic report builds that pipeline
                english_report = self.pipeline(lang, text or "", title or "") is self.nlp
            if english_report:
                filed = filed_on(text, published)
                batch.append((text, filed, title, filed != published))
                if len(batch) >= batch_size:
                    yield from english(batch)
                    batch = []
                continue
            yield from english(batch)
            batch = []
            yield self.extract(text, published, title, lang)
        yield from english(batch)


def _lead(text: str | None, title: str | None) -> str:
    """The title and the opening of the body: what a report's country is read from (components.py),
    the same for one report read alone and for a batch."""
    return f"{title or ''}\n{(text or '')[:600]}"


def _dated_by_dateline(claims: list[Claim], moved: bool) -> list[Claim]:
    """The claims of a report whose relative dates count from its dateline's day, not the
    publication date it came with (datelines.filed_on), each marked with the rule that says so."""
    if not moved:
        return claims
    return [replace(c, rules=tuple(c.rules) + ("period.dateline",)) for c in claims]
