"""Rule ``language-field-contradicted``: a language field the whole text gives the lie to.

A site's form picks the writer's own language for the work's language field unless the
writer changes it: an Italian writer's English story is filed as "Italiano", a Spanish
writer's as "Español". A reader who opens the book sees at once that the text is English.
The field names a language; the text is written in one, and the text is the book.

Guards: the text must be long enough to judge (``_MIN_WORDS`` words), the language it is
written in must cover a large share of it and outscore the field's language many times
over (so close languages, Spanish and Portuguese, Danish and Norwegian, never contradict
each other, and a bilingual text keeps its field), and the field's language must be one
the word lists know (a language the lists do not know scores nothing and proves nothing).
"""

from __future__ import annotations

from fic2epub.normalise.language import StopWordShares

# The fewest words of text that can give the lie to a field.
_MIN_WORDS = 300
# The share of the text the language it is written in must cover, and how many times the
# field's language's score it must reach.
_MIN_SHARE = 0.25
_MIN_LEAD = 4


def text_language(field: str, shares: StopWordShares) -> str:
    """The language the story is written in when its text (its
    :func:`~fic2epub.normalise.language.stop_word_shares`) plainly contradicts ``field``
    (the field's language tag, "it", "pt-BR"); else ``field`` as it is."""
    base = field.split("-", 1)[0].lower()
    total, scores = shares
    if total < _MIN_WORDS or base not in scores:
        return field
    best = max(scores, key=scores.__getitem__)
    if best == base or scores[best] < _MIN_SHARE * total:
        return field
    if scores[best] < _MIN_LEAD * max(scores[base], 1):
        return field
    return best
