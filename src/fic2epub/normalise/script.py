"""Rule ``script-language``: the story's language told by the script its text is written in.

A story with no language field and no header labels in one language still shows its
language when most of its letters are in a script that only one language, or a few told
apart by their own letters, is written in: Cyrillic, Greek, Hebrew, Arabic, Thai, Hangul,
kana and Han. Latin-script languages share one alphabet, so text in Latin script tells
nothing here (header labels and language fields tell those); English with a few foreign
names stays Latin by a wide margin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# Scripts by code-point range; the first range holding a letter names its script.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0E00, 0x0E7F, "thai"),
    (0x3040, 0x30FF, "kana"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
)
_ONE_LANGUAGE = {"greek": "el", "hebrew": "he", "arabic": "ar", "thai": "th", "hangul": "ko"}
# Letters that only some Cyrillic alphabets have, by language. Russian is the default: it
# has none of these, and it is by far the most written Cyrillic language in fan fiction.
_CYRILLIC_MARKS = (
    ("uk", "іїєґ"),
    ("be", "ў"),
    ("mk", "ѓќѕ"),
    ("sr", "ђјљњћџ"),
)
# Rule ``persian-script``: letters the Arabic alphabet lacks, which Urdu and Persian add;
# Arabic is the default. Urdu's own (ٹ ڈ ڑ ں ے) first, as Urdu also writes Persian's; a
# Persian keyboard types its own kaf and yeh (ک ی), never Arabic's (ك ي).
_ARABIC_MARKS = (
    ("ur", "\u0679\u0688\u0691\u06ba\u06d2"),
    ("fa", "\u067e\u0686\u0698\u06af\u06a9\u06cc"),
)
# How many letters to look at: enough to judge, few enough to stay cheap on long stories.
_SAMPLE = 20_000


def _script(char: str) -> str | None:
    point = ord(char)
    for low, high, name in _RANGES:
        if low <= point <= high:
            return name
    return None


def script_language(texts: Iterable[str]) -> str | None:
    """The language tag the story's script tells ("ru", "el", "ja"), or None for Latin text
    and for text with no script in the majority."""
    texts = list(texts)
    sample = "".join(_opening(texts, _SAMPLE * 2))[: _SAMPLE * 2]
    if len(sample.encode("ascii", "ignore")) > len(sample) * 0.8:
        return None  # mostly ASCII is Latin script: no need to look at each letter
    scripts: Counter[str] = Counter()
    # Cyrillic and Arabic letters, whose own letters tell the language within the script.
    cyrillic: Counter[str] = Counter()
    seen = 0
    for text in texts:
        for char in text:
            if not char.isalpha():
                continue
            name = _script(char)
            if name is None:
                continue
            scripts[name] += 1
            if name in ("cyrillic", "arabic"):
                cyrillic[char.lower()] += 1
            seen += 1
        if seen >= _SAMPLE:
            break
    if not seen:
        return None
    # Japanese mixes kana with Han; Chinese is Han alone.
    if scripts["kana"] + scripts["han"] > seen / 2:
        return "ja" if scripts["kana"] > scripts["han"] / 10 else "zh"
    name, count = scripts.most_common(1)[0]
    if count <= seen / 2 or name == "latin":
        return None
    if name == "cyrillic":
        return _cyrillic_language(cyrillic, count)
    if name == "arabic":
        return _marked_language(_ARABIC_MARKS, cyrillic, count) or "ar"
    return _ONE_LANGUAGE.get(name)


def _opening(texts: Iterable[str], size: int) -> list[str]:
    """The first texts, enough of them to hold ``size`` characters."""
    opening: list[str] = []
    for text in texts:
        opening.append(text)
        size -= len(text)
        if size <= 0:
            break
    return opening


def _cyrillic_language(letters: Counter[str], total: int) -> str:
    """Which Cyrillic language: one whose own letters make up a share of the text, else ru."""
    if (tag := _marked_language(_CYRILLIC_MARKS, letters, total)) is not None:
        return tag
    # Bulgarian has neither ы nor э, and uses ъ as a vowel in most sentences.
    if not (letters["ы"] or letters["э"]) and letters["ъ"] >= max(3, total // 200):
        return "bg"
    return "ru"


def _marked_language(
    marked: tuple[tuple[str, str], ...], letters: Counter[str], total: int
) -> str | None:
    """The first language whose own letters make up a share of the text, else None."""
    for tag, marks in marked:
        # A borrowed name may bring one such letter; a language's own text has many.
        if sum(letters[mark] for mark in marks) >= max(3, total // 200):
            return tag
    return None
