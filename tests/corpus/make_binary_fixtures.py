"""Write the corpus fixtures whose exact bytes matter.

A text editor, a copy-paste or a careless ``git`` setting would quietly repair a byte order mark,
UTF-16, Windows-1252 punctuation, mojibake, CRLF or lone-CR line endings, invisible characters or
control characters, so these stories are held here as Python text and written out byte for byte.
The written files are committed next to this script; run it again after editing a story here:

    python tests/corpus/make_binary_fixtures.py          # rewrite the files
    python tests/corpus/make_binary_fixtures.py --check  # exit 1 if a committed file differs

Each story's expected model is the hand-written ``NN-name.expect.toml`` beside its ``.txt``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

NBSP = "\u00a0"
ZWSP = "\u200b"
WORD_JOINER = "\u2060"
ZWNBSP = "\ufeff"


def _newlines(text: str, newline: str) -> str:
    return text.replace("\n", newline)


def _mojibake(text: str) -> str:
    """Read UTF-8 bytes as Windows-1252, the way a browser does (undefined bytes become C1)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


# --- 01: UTF-8 with a byte order mark (Windows Notepad "UTF-8 with BOM") -------------------------

UTF8_BOM = """\
The Shadow Who Stayed

by Marisol Quint

Nobody remembered to collect the shadow.

It had been folded into the bottom drawer of the nursery bureau on the night of the great fuss, \
tucked between a christening gown and a bag of lavender, and when the boy it belonged to flew off \
over the rooftops he went without it. He never noticed. Boys like that rarely notice what they \
leave behind.

The shadow noticed. It lay in the dark for eleven years and listened to the house grow up around it.

***

The first thing it learned was that drawers open from the outside. The second was that a shadow \
with no boy to follow can follow anything it likes: the cat, the coal man, the long slant of the \
afternoon sun across the carpet. It tried the cat first. The cat objected.

"You're a peculiar sort of draught," said the cook, the day it slid under the kitchen door. She \
swatted at it with a tea towel and then, being a practical woman, offered it the crust of a pie to \
see what it would do.

It did nothing with the pie. But it stayed near the stove all winter, and the cook, who had buried \
two husbands and did not frighten easily, took to talking to it while she rolled out pastry.

***

In the spring the eldest girl came home from her first term at school and found the shadow sitting \
on the nursery windowsill, exactly where a boy might sit if he were waiting to be let in.

She knew it at once. She had sewn it on, after all.

"He isn't coming back for you," she said gently. "I'm sorry. I don't think he remembers either of \
us."

The shadow folded itself small. She sat down beside it, and after a while she opened the window, \
because it was a warm night and because some habits are hard to break.

"Stay, then," she said. "There's room."

It stayed. When she married, it went with her, and it lay across the foot of her children's beds \
at night, keeping the dark from getting ideas.

The End
"""

# --- 02: UTF-16 LE with a byte order mark and CRLF (Notepad "Unicode") ---------------------------

UTF16 = """\
Title: The Crossing
Author: plumblossom_ink
Fandom: Little Women
Rating: K
Summary: Amy March, a steamer, and the Atlantic in a temper. Jo isn't there to laugh at her, which \
is somehow worse.

Amy had been told that the sea air would improve her complexion. Nobody had mentioned that it \
would first turn her the colour of a boiled pea.

"It will pass," said Aunt Carrol from the next berth, in the voice of a woman who had crossed four \
times and been ill on none of them. "Fix your eyes on the horizon, dear."

"There isn't one," said Amy into her pillow. "There's only grey, going up and down."

~*~

By the third morning the grey had settled into a long, slow swell, and Amy ventured up on deck \
with her sketchbook pressed to her chest like a shield. The wind tried at once to take it from \
her. She held on. She had not come three thousand miles to lose her best paper to a gust.

A French girl of about her own age was sitting on a coil of rope near the rail, eating an orange \
with enormous concentration. Her name, it turned out, was Élodie, and she was going home to Rouen \
after a year with an aunt in Boston, and she had opinions about everything: about American coffee, \
about English hats, about the way Amy held her pencil.

"Too tight," said Élodie, and demonstrated with a curl of orange peel. "You strangle it. Let it \
breathe, and it will draw for you."

Amy, who had been told a great many things about her drawing by a great many people, opened her \
mouth to be offended and found that she was laughing instead.

~*~

They drew the sailors, who pretended not to notice. They drew the smokestack and the gulls and a \
stout gentleman asleep in a deck chair with his mouth open, which was unkind but very good \
practice. In the evenings Élodie taught her the French for things, and Amy wrote them in the back \
of the sketchbook under the heading Useful: le café, la mer, mal de mer, naïve. Élodie said she \
was the last of these. Amy decided to take it as a compliment.

On the last night she sat up late in the saloon and wrote to Jo.

I was sick for three days and you would have laughed, she wrote. I have made a friend who says I \
strangle my pencils. I think she is right. I think I have been holding on to everything too \
tightly, and I don't quite know how to stop, but I mean to try.

She read it over twice and did not cross any of it out, and that in itself felt like the beginning \
of something.

fin
"""

# --- 03: Windows-1252 with CRLF (Word "Save as Plain Text", default encoding) ------------------
# Curly quotes become 0x93/0x94, apostrophes 0x92, the ellipsis 0x85, the en dash 0x96, § is 0xA7.

CP1252 = """\
Marian’s Ledger

By: Tamsin Rook

Author’s Note: Written for the Greenwood Summer fest. Thank you to my beta, who caught every \
anachronism except the ones I insisted on keeping.

The outlaws of Sherwood kept no accounts, which was, in Marian’s considered opinion, exactly why \
they were always poor.

“We rob the rich,” Robin said, when she raised this at supper. “We give to the poor. What is there \
to write down?”

“Whom you robbed. How much. Whom you gave it to, and whether they needed it, and whether the same \
widow in Edwinstowe has had three purses this spring while the miller’s family at Blidworth has \
had none.” She set down her cup. “You are not a charity, Robin. You are a very badly run bank.”

Little John laughed so hard he had to be thumped on the back.

§

She began the ledger the next morning, in a book she had taken from her uncle’s steward with only \
a twinge of conscience. Two columns, then three, then five. Will Scarlet refused to say what he \
had taken off the Bishop of Hereford’s baggage train – “a man has his secrets, my lady” – until \
she pointed out that without a proper reckoning she could not give him his share, and then he \
recited it all from memory, down to the last silver spoon.

It took her a week to find the first leak. It took her a fortnight to find the second. By \
midsummer she knew that Much the miller’s son had been quietly feeding half of Nottingham’s \
beggars out of the common purse for a year, and that Friar Tuck had been doing something \
complicated with a barrel of wine and the Abbot of Rufford which she decided, on reflection, not \
to understand.

“Well?” said Robin, when she brought him the book. “Are we ruined?”

Marian turned the pages… slowly, so that he would have to wait.

“No,” she said at last. “You are generous, you are careless, and you are being cheated by two \
tavern keepers in Mansfield. But you are not ruined. Not yet.”

§

After that the outlaws came to her. They came shamefaced, with a purse or a brooch or a bolt of \
cloth, and stood by the fire while she wrote it down. Nobody called it a ledger. They called it \
Marian’s book, and they spoke of it with the same wary respect they gave the sheriff’s dogs.

At the end of the year she added up the last page – ninety-one pounds, four shillings and eleven \
pence given away, to forty-six households, not one of them twice – and showed Robin the sum.

He looked at it for a long time.

“I didn’t know it was so much,” he said.

“Neither did they,” said Marian. “That was rather the point.”
"""

# --- 04: mojibake: UTF-8 text once read as Windows-1252 and saved again as UTF-8 ---------------
# “ becomes â€œ, ’ becomes â€™, ” becomes â€ plus an invisible U+009D, — becomes â€”, é becomes Ã©.

MOJIBAKE = """\
Title: A Shorthand for Fear
Author: velvet_lamplight
Fandom: Dracula (Stoker)
Rating: T

Mina had learned shorthand because it was useful, and typewriting because it was modern, and she \
had never once imagined that either would be a weapon.

“Read it back to me,” said Van Helsing. He was sitting by the window of Dr. Seward’s study with \
his hands folded on the head of his stick, and he looked older tonight than she had ever seen him.

She read it back. Jonathan’s journal from the Borgo Pass; Lucy’s letters; the log of the Demeter, \
in a Russian captain’s cramped English. She had typed it all in triplicate, and somewhere between \
the second copy and the third she had begun to see the shape of it — the way a pattern comes up \
out of lace when you hold it to the light.

“He is not one man,” she said slowly. “Not in the way we think of a man. He is a… a route. A \
timetable. Look.” She laid the pages out on the carpet, one beside the other. “Whitby. London. \
Purfleet. Every place he has been, he has been because a box of earth was waiting for him.”

* * *

The men stared at the floor as though the carpet had spoken. Mina felt the old, familiar heat rise \
in her face — the feeling of having said something too clever in a room that did not expect it — \
and then she saw that Van Helsing was smiling.

“Madam Mina,” he said, “you are naïve in only one respect: you think that this is a small thing.”

She did not feel small, that night. She sat up until two with the cafetière and the typewriter \
and the railway timetables, and by morning she had a list of fifty boxes, and where each one had \
gone, and which were still unaccounted for.

It was not a stake, or a crucifix, or a sprig of garlic. It was a list. But it was hers, and she \
thought, squaring the last page on the pile, that it might be the thing that won.
"""

# --- 05: CRLF line endings: a FanFiction.Net story page copied from a browser on Windows --------

CRLF_FFN = """\
Lanterns on the Water
By: quillfeather88
Three festivals, two rivals, and one paper lantern that refuses to sink. Rei has never lost the \
Lantern Regatta. Kaito has never been allowed to forget it.
Rated: Fiction T - English - Romance/Humor - Chapters: 3 - Words: 1,287 - Reviews: 9 - Favs: 22 - \
Follows: 31 - Updated: 8/19/2013 - Published: 6/2/2013 - Status: Complete - id: 9384721

Chapter 1: Spring

A/N: Posting this all at once because I finished it at 3am and have no self control. Enjoy!

The Lantern Regatta had been held on the Hayase river every spring for three hundred years, and \
for the last four of them Rei Tachibana had won it.\x20

She won it in a flat-bottomed skiff painted the blue of a kingfisher's back, with a single paper \
lantern burning at the prow. The rules were simple. First boat to the stone bridge with its \
lantern still alight took the prize. Capsize, and you were out. Let your flame go dark, and you \
were out. Rei had never done either, and she had a shelf of small bronze carp at home to prove it.

Kaito Mori had come second three years running.

"This year," he told her on the jetty, while the crowd was still gathering on the banks, "I'm \
going to beat you."

"You said that last year."

"Last year I meant it less."

She laughed at him, because she always laughed at him, and climbed into her boat.

He did not beat her. He came second again, by a boat length, soaked to the waist, with his lantern \
guttering, and when she turned to wave from under the bridge she saw that he was grinning like a \
fool.

Chapter 2: Summer

In summer the river was low and slow and full of children, and the regatta boats were drawn up on \
the shingle under canvas. Rei went down every evening to check the seams of the kingfisher skiff.

Kaito was always there first.

"Are you following me?" she asked on the fourth evening.

"I was here first. Technically, you're following me." He was sanding the gunwale of his own boat, \
an ugly brown thing patched in three places. "Anyway, I'm studying the enemy."

"By sitting in my spot."

"By sitting near your spot. It's a strategic position."\x20

She sat down beside him, since there was nowhere else. After a while he showed her the lantern he \
was making for next spring. It was his grandmother's pattern, he said: paper oiled twice over, so \
that it would float if it fell, and a frame of split bamboo bent into the shape of a carp.

"It won't help," Rei said. "It's not the lantern that wins. It's the rower."

"I know," said Kaito. "I just like making it."

She realised, somewhere around the time the light went orange, that she had been watching his \
hands for a long time.

Chapter 3: Autumn

At the autumn festival there was no race. People simply set their lanterns on the water at dusk \
and let the current take them down to the sea, one for every person they had lost that year and \
one for every wish they were too shy to say out loud.

Rei had never floated a wishing lantern. She had always thought it was silly.

This year she made one. It was lopsided and the glue showed, and she carried it down to the jetty \
feeling like a fool, and found Kaito there already, holding the bamboo carp.

"I thought you were saving that for spring," she said.

"I changed my mind." He knelt and set it on the water, and after a moment she set hers down beside \
it. The current took them both. For a while they bumped along together, carp and lopsided box, and \
then the river bent and they went round it side by side, still burning.

"Whose do you think will last longer?" Kaito asked.

Rei slipped her hand into his. "Does it matter?"

He looked at her for a long moment. Then he smiled, the same foolish grin as in spring, and said \
no, he supposed it didn't.

A/N: Thanks for reading! This was for the Summer Rarepair Swap, and yes, I know the Hayase river \
festival is actually in winter in canon. Shh. Reviews are love!
"""

# --- 06: lone CR line endings (a SimpleText file from a classic Mac OS machine) -----------------

CR_ONLY = """\
The First Word

by Odette Vane

Echo had not spoken first in three hundred years.

It was not that she had nothing to say. She had a great deal to say. She had been saying it, \
silently, to the rocks and the pines and the cold spring at the foot of the mountain for three \
centuries, composing speeches she could never begin. The goddess had left her the ends of other \
people's sentences and nothing else. If a shepherd shouted "Is anybody there?" she could say \
"There!" and be taken for a trick of the hills. If a hunter cursed, she cursed back. That was all.

She had grown very good at choosing which ends to keep.

#

The girl came up the mountain in the spring of a dry year, with a water jar on her hip and a scowl \
on her face. She was perhaps ten. She stopped at the spring and looked around the clearing with \
the air of someone who has been told a place is haunted and has come to find out whether it is true.

"Hello?" she called.

"Hello," said Echo, because she could.

The girl did not run away. She narrowed her eyes instead. "Say something else."

"Else," said Echo helplessly.

"No, something of your own."

"Your own," said Echo, and felt, for the first time in a very long time, that she might cry.

#

The girl came back the next day, and the next. Her name was Kleio. She was clever and rude and \
lonely, and she worked out the rules in a week. After that she brought questions she had built \
like little traps, so that the ends of them would say what Echo needed to say.

"If you could have anything in the world, would you want a cup of wine, or to be free?"

"To be free."

"And would you rather the goddess was sorry, or that she just forgot about you?"

"Forgot about you."

Kleio sat back on her heels. "I think she has," she said. "Forgotten. Gods do. My grandmother says \
they're like cats."

Echo had no answer for that, because there was nothing to echo. But the silence that followed was \
not the old silence. It was lighter. It had a shape, the way a room has a shape when someone else \
is sitting in it.

#

On the last day of summer, Kleio came up the mountain with her jar and found the clearing empty.

She stood by the spring for a long time. Then she said, quietly, not as a question, "Goodbye."

And from the pines, in a voice rusty with three hundred years, someone said: "Wait."

~fin~
"""

# --- 07: a blog post copied from a browser: tabs, no-break spaces, zero-width characters --------

WEB_COPY = f"""\
Title:\tDinah Waits
Author:\twhiskerwick
Fandom:\tAlice in Wonderland
Rating:\tG{NBSP}

\tDinah had not been asked whether she wished to be left behind, and she did not.

\tShe had seen Alice go, of course. Cats see everything that happens at the height of a \
riverbank.{NBSP} One moment the girl had been lying in the grass with her head in her sister's \
lap, yawning over a book with no pictures; the next there had been a white rabbit in a \
waist{ZWNBSP}coat, and a hole under the hedge, and a flash of blue skirt going down it, and then \
nothing at all.

{NBSP}{NBSP}{NBSP}{NBSP}Dinah went and looked into the rabbit{NBSP}hole. It smelled of earth and \
clock{ZWSP}work and something sweet, like cake left out in the rain.{NBSP} It went down a very \
long way.

\tShe sat beside it and washed one paw, thoughtfully, to show that she was not worried.{ZWSP}

{NBSP * 24}~*~{NBSP}

\tThe sister woke an hour later and called for Alice, and then called louder, and then went \
running back towards the house with her book forgotten in the grass. Dinah stayed where she was.

\tA cat has a great deal of patience when it chooses to use it. Dinah used it now. She watched the \
shadows of the hedge stretch{ZWSP} across the lawn. She watched a beetle, and decided against it. \
She listened to the hole, and once, very faintly, she thought she heard a voice far below saying \
something about mar{WORD_JOINER}malade, and another voice, much louder, shouting about heads.

\tShe did not like the sound of the second voice at all.

\t\t\t\t\t~*~

\tWhen Alice came back she came back all at once, the way people do when they wake, sitting bolt \
upright in the grass with leaves in her hair and a very strange expression on her face.

\t"Dinah!" she said. "Oh, Dinah, you'll never believe where I've been."

\tDinah climbed into her lap, turned round twice and settled, purring.{NBSP} She rather thought \
she would believe it. But she was a cat, and it was not her business to say so.
"""

# --- 08: a Word document saved as UTF-8 text: \x0b for Shift+Enter line breaks, \x01 where a
# footnote reference stood, \x1f for an optional hyphen. None of them is allowed in XML. --------

WORD_CONTROLS = """\
Title: The Letter Elizabeth Did Not Send
Author: M. Calloway
Fandom: Frankenstein (1818)
Rating: G

Elizabeth wrote the letter on the evening of the first snow, at the little desk in the library \
window, while the rest of the household believed her asleep.

She wrote it twice. The first draft was sensible and cheerful and full of news about William's \
lessons and Ernest's new horse, and she burned it. The second was the one she kept.

Geneva,\x0bthe 12th of December

My dearest Victor,\x0bYou ask me not to worry, and so of course I do nothing else. Your letters \
from Ingolstadt\x01 grow shorter every month. The last was four lines, and one of them was about \
the weather.

I do not ask what occupies you. I know you well enough to know that you would not tell me, and \
that if you did I should not understand it. I ask only that you remember you have a home, and \
people in it who love you, and that no work in the world is worth a man's forgetting that.

Your own,\x0bElizabeth

She read it over by the last of the candle. It was an extra\x1fordinary letter, she thought, for a \
woman who had been taught all her life to be agreeable. It was honest. It was very nearly angry.

She folded it, and sealed it, and put it in the drawer of the desk beneath her sketches, and did \
not send it.

In the spring, when Victor came home at last, thin as a rake and starting at shadows, she thought \
of it often. She thought of it on the morning of her wedding. But she never told him it was there, \
and when the house was packed up long afterwards a servant found it and, not knowing what it was, \
put it on the fire with the rest.
"""


Encoder = Callable[[str], bytes]

FIXTURES: dict[str, tuple[str, Encoder]] = {
    "01-utf8-bom-by-line.txt": (UTF8_BOM, lambda t: t.encode("utf-8-sig")),
    "02-utf16-le-notepad-header.txt": (
        UTF16,
        lambda t: "\ufeff".encode("utf-16-le") + _newlines(t, "\r\n").encode("utf-16-le"),
    ),
    "03-windows-1252-word-export.txt": (CP1252, lambda t: _newlines(t, "\r\n").encode("cp1252")),
    "04-mojibake-utf8.txt": (MOJIBAKE, lambda t: _mojibake(t).encode("utf-8")),
    "05-crlf-ffn-page-copy.txt": (CRLF_FFN, lambda t: _newlines(t, "\r\n").encode("utf-8")),
    "06-lone-cr-classic-mac.txt": (CR_ONLY, lambda t: _newlines(t, "\r").encode("utf-8")),
    "07-web-copy-tabs-nbsp-zero-width.txt": (WEB_COPY, lambda t: t.encode("utf-8")),
    "08-word-export-control-chars.txt": (WORD_CONTROLS, lambda t: t.encode("utf-8")),
}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, (text, encode) in FIXTURES.items():
        path = HERE / name
        data = encode(text)
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
        else:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(HERE.parent.parent)} ({len(data)} bytes)")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
