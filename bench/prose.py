"""Generate original, plausible fan-fiction text (header, notes, chapters) for the benchmark."""

from __future__ import annotations

import random

# An invented fandom, so nothing here is anybody's story: the words are shuffled into new
# sentences on every call, which keeps each generated story different but deterministic.
FANDOM = "The Lanternfall Chronicles"
NAMES = ("Mira", "Tobias", "Ilse", "Wren", "Corin", "Petra", "Anselm", "Juno", "Rook", "Hale")
# The pronouns each name goes with, so a paragraph does not swap them halfway.
SHE = frozenset({"Mira", "Ilse", "Wren", "Petra", "Juno"})
SURNAMES = ("Voss", "Reed", "Maren", "Ashdown", "Kestrel", "Thorne", "Lark", "Fennimore")
PLACES = (
    "the harbour wall",
    "the old lighthouse",
    "the market square",
    "the infirmary",
    "the east tower",
    "the salt flats",
    "the archive",
    "the ferry landing",
    "the chapel ruins",
    "the training yard",
)
THINGS = (
    "the lantern",
    "a folded letter",
    "her brother's compass",
    "the broken oar",
    "a tin of matches",
    "the map",
    "his father's coat",
    "a cup of cold tea",
    "the ledger",
    "the brass key",
)
FEELINGS = (
    "tired",
    "furious",
    "relieved",
    "afraid",
    "embarrassed",
    "hopeful",
    "restless",
    "homesick",
)
WEATHER = (
    "The rain had not stopped since noon",
    "A grey fog rolled in off the water",
    "The wind pulled at the shutters",
    "It was the first clear night in a week",
    "Snow had settled on every roof in the lower town",
    "The afternoon was hot and far too still",
)
VERBS = ("said", "muttered", "asked", "whispered", "snapped", "admitted", "called", "sighed")
QUESTIONS = (
    "Where were you last night?",
    "Do you think they'll come back?",
    "Is that blood on your sleeve?",
    "Why didn't you tell me?",
    "How long have you known?",
    "Can you still read the map?",
    "Did anyone follow you here?",
)
LINES = (
    "I'm not going to apologise for that.",
    "We don't have time for this.",
    "You always say that, and you're always wrong.",
    "Give me an hour -- just one hour.",
    "It's fine. Really. I'm fine.",
    "Don't look at me like that.",
    "I kept my promise, didn't I?",
    "If we go now, we might still make the tide.",
    "That's not what I meant and you know it.",
    "Nobody ever tells me anything around here.",
)
ACTIONS = (
    "{a} set {t} down on the table and stared at it for a long moment.",
    "{a} crossed the room in three quick strides, boots loud on the boards.",
    "{a} turned away so that {b} wouldn't see {p} face.",
    "For a while neither of them spoke, and the silence felt heavier than the weather.",
    "{a} laughed, though there was nothing funny about any of it.",
    "Somewhere below, a door banged and someone shouted for the night watch.",
    "{a} rubbed {p} eyes and tried to remember when {s} had last slept.",
    "{b} pushed {t} across the table -- slowly, as if it might bite.",
    "The candle guttered, and for a moment the whole room seemed to lean closer.",
    "{a} had walked to {place} and back twice before admitting {s} was lost.",
)
THOUGHTS = (
    "It wasn't fair, {a} thought. None of it had ever been fair.",
    "{a} felt {f}, and then {f2}, and then nothing at all.",
    "There was a word for what {a} was feeling -- {s} just couldn't find it.",
    "Later, {a} would tell {b} it had been an accident. It hadn't.",
    "{a} wondered whether {b} remembered {place} the way {s} did.",
)
BREAKS = ("* * *", "~~~", "-x-x-x-", "oOoOo", "***", "--")
CHAPTER_WORDS = ("Tides", "Embers", "The Long Road", "Lanterns", "Salt", "Old Debts", "Homecoming")


def _sentence(rng: random.Random, a: str, b: str) -> str:
    """One narrative sentence about characters ``a`` and ``b``."""
    she = a in SHE
    fill = {
        "a": a,
        "b": b,
        "t": rng.choice(THINGS),
        "place": rng.choice(PLACES),
        "p": "her" if she else "his",
        "s": "she" if she else "he",
        "f": rng.choice(FEELINGS),
        "f2": rng.choice(FEELINGS),
    }
    pool = ACTIONS if rng.random() < 0.7 else THOUGHTS
    return rng.choice(pool).format(**fill)


def _dialogue(rng: random.Random, a: str, b: str) -> str:
    """One paragraph of speech, sometimes with a tag in the middle or a nested quote."""
    line = rng.choice(LINES + QUESTIONS)
    verb = "asked" if line.endswith("?") else rng.choice(VERBS)
    shape = rng.randrange(4)
    if shape == 0:
        # A statement before a speech tag ends with a comma, not a full stop.
        spoken = line[:-1] + "," if line.endswith(".") else line
        return f'"{spoken}" {a} {verb}.'
    if shape == 1:
        spoken = line[:-1] + "," if line.endswith(".") else line
        return f'"{spoken}" {verb} {b}, not looking up. "{rng.choice(LINES)}"'
    if shape == 2:
        return f'{a} shook {"her" if a in SHE else "his"} head. "{line}"'
    return f'"You told me \'never again,\'" {b} {verb}. "{line}"'


def _paragraph(rng: random.Random, cast: tuple[str, ...]) -> str:
    """A narrative or a dialogue paragraph, sometimes with *emphasis*."""
    a, b = rng.sample(cast, 2)
    if rng.random() < 0.4:
        return _dialogue(rng, a, b)
    sentences: list[str] = []
    for _ in range(rng.randint(2, 6)):
        sentence = _sentence(rng, a, b)
        if sentence not in sentences:
            sentences.append(sentence)
    text = " ".join(sentences)
    if rng.random() < 0.2:
        text = f"{rng.choice(WEATHER)}. " + text
    if rng.random() < 0.1:
        text = text.replace(" never ", " *never* ", 1).replace(" nothing ", " *nothing* ", 1)
    return text


def _header(rng: random.Random, title: str, author: str, cast: tuple[str, ...]) -> list[str]:
    """The story header, in the loose style of a copied story page."""
    pairing = "/".join(rng.sample(cast, 2))
    return [
        title,
        f"By: {author}",
        f"Fandom: {FANDOM}\nRating: {rng.choice('KTM')}\nPairing: {pairing}\n"
        f"Genre: {rng.choice(('Drama', 'Angst', 'Adventure', 'Hurt/Comfort'))}",
        f"Summary: {_sentence(rng, *rng.sample(cast, 2))} Set after the events of book three.",
        f"Disclaimer: I don't own {FANDOM}; this is written for fun, not for money.",
        f"A/N: {rng.choice(('Thanks for reading!', 'Unbeta-ed, all mistakes are mine.'))} "
        "Reviews make my day -- even the short ones.",
    ]


def story(seed: int, target_bytes: int, *, chapters: int = 3, with_header: bool = True) -> str:
    """A story of about ``target_bytes`` UTF-8 bytes, deterministic for a given ``seed``.

    With ``chapters=0`` the body has no chapter headings, only scene breaks.
    """
    rng = random.Random(seed)
    cast = tuple(rng.sample(NAMES, 4))
    author = f"{rng.choice(('quiet', 'salt', 'ember', 'paper'))}{rng.choice(SURNAMES).lower()}"
    title = f"{rng.choice(CHAPTER_WORDS)} and {rng.choice(('Ashes', 'Ink', 'Stars', 'Storms'))}"
    blocks = _header(rng, title, author, cast) if with_header else []
    body_budget = max(1, target_bytes - sum(len(b) + 2 for b in blocks) - 120)
    per_chapter = body_budget // max(1, chapters)
    for number in range(1, max(1, chapters) + 1):
        if chapters:
            blocks.append(f"Chapter {number}: {rng.choice(CHAPTER_WORDS)}")
        size = 0
        while size < per_chapter:
            if size and rng.random() < 0.04:
                blocks.append(rng.choice(BREAKS))
            paragraph = _paragraph(rng, cast)
            blocks.append(paragraph)
            size += len(paragraph.encode()) + 2
    if with_header:
        blocks.append("A/N: That's all for now. The next part is already half written!")
    return "\n\n".join(blocks) + "\n"
