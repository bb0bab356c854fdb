"""Vietnamese text folded to plain ASCII, so "lua dao" finds "lừa đảo" on every database."""

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def fold_vietnamese(text: str) -> str:
    """Lower-case text without tone marks, vowel marks (ư, ơ, â…) or the stroke of đ."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _NON_WORD.sub(" ", stripped.lower()).strip()
