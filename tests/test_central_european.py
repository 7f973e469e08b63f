"""Rule ``central-european-8bit``: Windows-1250 and ISO-8859-2 text is not read as cp1252."""

from __future__ import annotations

import pytest

from fic2epub.normalise.decode import decode

CZECH = (
    "„Kde jsi byl?“ zeptala se sestra a odložila hřeben.\r\n"
    "Bratr mlčel. Venku ještě pršelo a na dvoře stála louže velká jako rybník.\r\n"
    "Teprve večer řekl, že byl u řeky a díval se, jak voda nese kusy ledu.\r\n"
    "Sestra se nezlobila. Přinesla mu čaj s medem a sedla si vedle něj ke kamnům.\r\n"
    "„Příště mi to řekni,“ prosila ho. „Bála jsem se, že jsi spadl do vody.“\r\n"
)
POLISH = (
    "Babcia siedziała przy oknie i liczyła gwiazdy, których nie było widać.\n"
    "Wnuczka przyniosła jej herbatę z cytryną i usiadła na progu.\n"
    "Żadna z nich nie mówiła ani słowa, aż zgasła lampa w sąsiedniej chałupie.\n"
)
ROMANIAN = (
    "Bătrânul a ieşit din casă şi s-a uitat lung spre deal.\n"
    "- Vine ploaia, a zis el, şi nimeni nu m-a crezut.\n"
    "Până seara, toată uliţa era plină de apă şi copiii făceau bărcuţe din hârtie.\n"
)


@pytest.mark.parametrize(
    ("story", "encoding"),
    [(CZECH, "cp1250"), (POLISH, "iso8859_2"), (ROMANIAN, "iso8859_2"), (ROMANIAN, "cp1250")],
    ids=["czech-cp1250", "polish-latin2", "romanian-latin2", "romanian-cp1250"],
)
def test_central_european_code_pages_are_read_as_such(story: str, encoding: str) -> None:
    assert decode(story.encode(encoding), "s.txt") == story.replace("\r\n", "\n")


@pytest.mark.parametrize(
    "story",
    [
        "Hélène poured the café au lait and said the crème brûlée was très bon.\n",
        "Søren and Bjørn met Zoë at the fjord; “It’s cold,” she said – and it was.\n",
        "Il était une fois une bergère qui gardait ses moutons près de la rivière.\n"
        "Chaque matin elle chantait, et les oiseaux répondaient à sa chanson.\n",
    ],
    ids=["english-accents", "nordic-names", "french"],
)
def test_western_text_keeps_its_cp1252_reading(story: str) -> None:
    assert decode(story.encode("cp1252"), "s.txt") == story
