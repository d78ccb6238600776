"""doc_extensions.Extensions reads and writes the vigil_* doc extensions where doc._ does, so the
claims a component stores are the claims doc._.claims shows (and the other way round)."""
import spacy
from spacy.tokens import Doc

from extract.doc_extensions import EXTENSIONS, Extensions


def test_extensions_share_doc_underscore_storage():
    doc = Doc(spacy.blank("en").vocab)
    ext = Extensions(doc)
    for i, name in enumerate(EXTENSIONS):
        assert getattr(ext, name) is None and getattr(doc._, name) is None
        setattr(ext, name, ("written", i))
        assert getattr(doc._, name) == ("written", i)
        setattr(doc._, name, ("read", i))
        assert getattr(ext, name) == ("read", i)


def test_extracted_doc_shows_claims_through_both():
    from extract import Extractor

    extractor = Extractor()
    doc = extractor._doc(extractor.nlp, "text", "Four prisoners were hanged in Karaj on Monday.", None, "", words=False)
    doc = extractor.nlp(doc)
    assert len(doc) == 0   # no words: the components read the text alone
    assert doc._.claims == Extensions(doc).claims and len(doc._.claims) == 1
