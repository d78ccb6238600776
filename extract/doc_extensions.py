"""The doc extensions the Vigil components fill (doc._.claims, doc._.vigil_counts, ...), declared
once for the English and the Persian/Arabic pipelines alike, and `Extensions`, the quick way to
read and write them."""
from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("published", "field", "vigil_text", "vigil_lead", "vigil_windows", "vigil_date_windows", "vigil_offence_windows", "vigil_sentences", "vigil_paragraphs", "vigil_tables", "vigil_dates", "vigil_counts",
              "vigil_names", "vigil_triggers", "vigil_places", "vigil_countries", "vigil_offences",
              "vigil_drafts", "vigil_rejections", "vigil_asides", "claims")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
KEYS = {name: ("._.", name, None, None) for name in EXTENSIONS}   # spaCy's Underscore._get_key of a Doc


class Extensions:
    """doc._ for the extensions above, read and written where spaCy keeps them (doc.user_data, under
    Underscore's key), without the new object and the checks each doc._ read costs (microseconds
    a read; a report makes some fifty). Each has no getter, setter or method and defaults to None."""

    __slots__ = ("_data",)

    def __init__(self, doc: Doc):
        object.__setattr__(self, "_data", doc.user_data)

    def __getattr__(self, name: str):
        return self._data.get(KEYS[name])

    def __setattr__(self, name: str, value) -> None:
        self._data[KEYS[name]] = value
