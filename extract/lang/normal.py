"""Persian and Arabic text as the rules read it, with a way back to the original offsets.

The same word reaches Vigil in several spellings: Arabic or Persian yeh and kaf (ي/ی, ك/ک),
hamza on alef or not (أعدم/اعدم), with or without short vowels and tatweel (مُدانًا, مـدان),
with a zero-width non-joiner, a space or nothing between the parts of a word (دست‌کم, دست کم),
and digits in three scripts (۱۲, ١٢, 12). The rules match one folded form; every offset they
find maps back to the text as written, so evidence is quoted from the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import words

# The zero-width non-joiner stays (as ZWNJ): it tells the participle "اعدام‌شده" (executed, an
# adjective) from the verb "اعدام شده" (has been executed); phrases match across it (vocab.py).
ZWNJ = "\u200c"
# removed: the zero-width joiner, direction marks, Arabic diacritics (harakat, shadda, sukun, superscript
# alef, Quranic marks) and tatweel
_DROP = {0x200D, 0x200E, 0x200F, 0x061C, 0x0640, 0x0670, 0xFEFF}
_DROP.update(range(0x064B, 0x0660))
_DROP.update(range(0x06D6, 0x06EE))

# one form for letters written two ways (data/persian-arabic.yaml; alerts/ uses the same table)
LETTER_VARIANTS: dict = dict(words("persian-arabic.yaml").value("letter_variants"))
# folded: those letters, ASCII digits, Latin separators
_FOLD = str.maketrans({
    **LETTER_VARIANTS, "٬": ",", "٫": ".", "،": "،",
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    **{chr(0x0660 + i): str(i) for i in range(10)},
})


@dataclass(frozen=True)
class Folded:
    """`text` folded for matching; `origin[i]` is the offset in the original of text[i]
    (`origin[len(text)]` is the original's length)."""

    text: str
    origin: tuple

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded offsets [start, end) -> offsets of the same characters in the original."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


# one str.translate folds and drops at once (a loop over the characters cost a tenth of the time
# of a Persian or Arabic report); the offsets are read one by one only in a text holding a dropped one
_FOLD_AND_DROP = {**_FOLD, **dict.fromkeys(_DROP)}
_DROPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_DROP)) + "]")


def fold(text: str) -> Folded:
    """The folded form of `text` and the map back to its offsets: each character kept is
    translated by _FOLD, each of _DROP is removed."""
    if _DROPPED.search(text) is None:
        origin = tuple(range(len(text) + 1))
    else:
        origin = tuple([i for i, ch in enumerate(text) if ord(ch) not in _DROP] + [len(text)])
    return Folded(text.translate(_FOLD_AND_DROP), origin)


def fold_phrase(phrase: str) -> str:
    """A vocabulary phrase in the folded form (a joiner in it becomes the space it stands for)."""
    return fold(phrase.replace(ZWNJ, " ")).text


def table_key(phrase: str) -> str:
    """A look-up key for a phrase as written in a vocabulary table or as found in folded text:
    folded, without spaces ("دی ماه" and "دی‌ماه" are one key)."""
    return re.sub(r"\s+", "", fold_phrase(phrase))
