"""Guess a story's language from its text, by counting each language's commonest words.

Used only when no header field and no ``--language`` option names the language. The guess
must be decisive: with too little text, or two languages too close to call, there is no
guess, and the caller falls back to English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import islice

from fic2epub.lazy_re import lazy

# The most frequent function words of each language (articles, pronouns, prepositions,
# conjunctions, common auxiliaries), lower case. Words two languages share are listed in
# both: they count for each, so only the words that differ decide between close languages
# (Spanish and Portuguese, Danish and Norwegian, Dutch and German). French elisions split
# at the apostrophe, so "l'", "d'", "qu'" give the French words "l", "d", "qu".
_STOP_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": (
            "the and to of a in was he that it his her she had with for on as at but not you "
            "i is be they him said from have were been this there what would could which an "
            "my me we so all out into then did do no if or by up about when who them their"
        ),
        "es": (
            "de la que el en y a los se del las un por con no una su para es al lo como más "
            "pero sus le ya o fue este ha sí porque esta cuando muy sin sobre también me "
            "hasta hay donde yo él ella había era estaba nada eso entonces qué"
        ),
        # Catalan shares Spanish's "de", "la", "el", "que"; "els", "amb", "però", "és", "va",
        # "això", "molt", "perquè" are its own, so they decide between the two.
        "ca": (
            "de la el i que a en els les un una per amb no es se és del al va van em et li "
            "ho hi ens seu seva seus però més com quan on ja molt tot aquest aquesta això "
            "jo ell ella era havia fins sense sobre també perquè pel d l"
        ),
        "pt": (
            "de a o que e do da em um para é com não uma os no se na por mais as dos como "
            "mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também "
            "só pelo pela até isso ela era depois sem mesmo ter quem nas me esse eles "
            "estava você tinha essa nem meu minha havia lhe dele então"
        ),
        "fr": (
            "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne "
            "se ce il elle sont mais avec on ou son sa ses lui nous vous je tu était avait "
            "comme tout bien y aux cette été même dit l d qu j c"
        ),
        "de": (
            "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine "
            "als auch es an er hat aus bei sie nach wird wie einen um am noch war nur so "
            "dass ich aber hatte wenn doch schon ihr ihn mir mich"
        ),
        "it": (
            "di e il la che in a per un è del non le i una si con da al lo gli della come ma "
            "ha più sono nel anche alla era suo sua aveva mi ho se cosa quando già questo "
            "molto tutto l"
        ),
        "nl": (
            "de en van het een in is dat op te zijn niet met die voor hij ze er aan was als "
            "maar om ook bij nog naar dan uit wat zo haar had heb ik je hem werd geen wel "
            "door kan over al zich jij mijn toen hun daar kon zou moet"
        ),
        "pl": (
            "i w nie na się z do to że a o jak ale po co tak za od jest go już jego jej był "
            "była było mnie dla tylko ten ta tym przez pod może jeszcze kiedy bo gdy by czy "
            "tu tego ich sobie nawet"
        ),
        "cs": (
            "a se na v je že to s z do o i jak ale by k po jsem si tak co jeho jsou pro ve "
            "od byl byla bylo už jen když není ještě mi mě jí ho nebo tam kde"
        ),
        # Croatian (Bosnian and Serbian in Latin letters share most of these words; a text
        # in them is tagged hr, nearer than the Czech they would otherwise score as).
        "hr": (
            "i je u se na da su za od sa ali kao što to ne bi bio bila bilo sam smo iz do kad "
            "kada ga mu joj ih ili jer samo još već sve nije pa li će ću biti koji koja koje "
            "kako gdje onda ovo ono rekao rekla"
        ),
        "ro": (
            "și de în a la cu nu să se pe din care o un mai este că pentru ce el ea era sunt "
            "fost lui ei dar au am iar când doar acum după foarte prin fi va"
        ),
        "sv": (
            "och i att det som en på är av för med till den har de inte om ett han men var "
            "jag sig från vi så kan man när hon under också efter eller nu sin där vid mot "
            "ska skulle hade henne honom mig dig"
        ),
        "da": (
            "og i at det en den til er som på de med han af for ikke der var mig sig men et "
            "har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor "
            "eller hvad skal selv her alle vil blev kunne efter også"
            # "jeg" and "så" are Danish as much as Norwegian; "dig", "hende", "sagde",
            # "noget", "meget", "lidt", "aldrig", "ind" are spelt so only in Danish.
            " jeg så dig hende sagde noget meget lidt aldrig ind"
        ),
        "no": (
            "og i det er en til på som å at for med han av ikke der jeg var de den seg om "
            "men et har hun så ham kan meg sin hadde fra vi du skal når ble dem etter også "
            "hva deg hvor nå kunne bare"
        ),
        "fi": (
            "ja on ei että se oli hän mutta kun niin tai joka kuin minä sinä nyt vain hänen "
            "myös jo jos ole olen mitä sen siitä ollut olisi"
        ),
        "hu": (
            "a az és hogy nem is egy meg van volt de csak már még azt ez el mint ha ki fel "
            "mi sem most pedig vagy amit aki mert"
        ),
        "id": (
            "yang dan di itu dengan untuk tidak ini dari dalam akan pada juga saya ke karena "
            "bisa ada mereka lebih kata sudah atau saat oleh aku kau dia apa tapi sangat "
            "hanya seperti kami"
        ),
        "tr": (
            "ve bir bu da de için ile çok ne gibi daha o ama sonra kadar ben sen var yok mi "
            "diye olarak her şey onu ona değil bana şimdi nasıl ki hiç bile sadece artık neden"
        ),
        # Filipino (Tagalog), "fil" as Wattpad names it: its markers "ang", "ng", "mga",
        # "ay" and "sa" are in nearly every sentence, English loanwords or not.
        "fil": (
            "ang ng sa na at mga si ay ko ka ako mo niya siya hindi ito iyon yun para kung pa "
            "lang naman ni kay din rin po ba nga may wala sila kami tayo kayo nila namin natin "
            "dito doon kanyang nang pero kasi lahat lamang ngunit habang ano bakit paano"
        ),
        "vi": (
            "và của là có không một trong được cho người những đã với này các anh cô tôi ta "
            "nó khi thì đó mà như lại cũng đi ra sẽ để vào rồi nhưng"
        ),
    }.items()
}

# Letters only: digits, punctuation and apostrophes end a word.
_WORD = lazy(r"[^\W\d_]+")
# The same in ASCII text, where no other character is a letter.
_ASCII_WORD = lazy(r"[A-Za-z]+")

# How much text is read: the opening of a long story says as much as all of it.
_SAMPLE_WORDS = 5000
# Paragraphs searched for words at once: enough to spare most calls, few enough not to read
# far past the sample in a long story.
_BATCH = 32
# Too few words is no evidence. In real prose the listed words are a third of the words or
# more (a fifth in languages that build words with suffixes, as Turkish and Indonesian do),
# so a language whose list matches less than this share is not the text's language.
_MIN_WORDS = 60
_MIN_SHARE = 0.15
# The winner must beat the runner-up clearly; close languages share most of their lists,
# so the gap is counted in words and as a share of the sample.
_MIN_LEAD = 1.15

# A sample's word count, and how many of its words each language's function words cover.
StopWordShares = tuple[int, dict[str, int]]


def detect_language(paragraphs: Iterable[str]) -> str | None:
    """The language tag ("fr", "nl") the story text is written in, or None when unsure."""
    return language_of(stop_word_shares(paragraphs))


def language_of(shares: StopWordShares) -> str | None:
    """The language :func:`stop_word_shares` found the text written in, or None when unsure.

    Rule ``stop-words``: each language scores the words of the sample found among its
    commonest function words; the best wins when it covers enough of the text and leads the
    next language clearly.
    """
    total, by_language = shares
    if total < _MIN_WORDS:
        return None
    scores = sorted(((score, language) for language, score in by_language.items()), reverse=True)
    (best, language), (second, _) = scores[0], scores[1]
    if best < _MIN_SHARE * total or best < _MIN_LEAD * second:
        return None
    return language


def _sample(paragraphs: Iterable[str]) -> list[str]:
    """The first words of the paragraphs, lower case: ``_SAMPLE_WORDS`` of them at most."""
    words: list[str] = []
    texts = iter(paragraphs)
    while len(words) < _SAMPLE_WORDS and (batch := list(islice(texts, _BATCH))):
        # One search over a batch of paragraphs joined by line breaks, which no word spans,
        # finds the words one search a paragraph would: the short lines of dialogue made
        # those searches cost more in calls than in reading.
        words.extend(_lower_words("\n".join(batch)))
    return words[:_SAMPLE_WORDS]


def _lower_words(text: str) -> list[str]:
    """The words of ``text`` (runs of letters, as ``_WORD`` finds them), lower case."""
    if text.isascii():
        # ASCII's letters are A-Z and a-z alone, and lower-casing them keeps each a letter in
        # its place: one pass with a plain letter range over the lowered text gives the same
        # words for about half of what the Unicode class and a lower() per word cost.
        return _ASCII_WORD.findall(text.lower())
    return list(map(str.lower, _WORD.findall(text)))


def _score(counts: Counter[str], stop: frozenset[str]) -> int:
    """How many words of the sample (``counts``) are among a language's ``stop`` words."""
    # The intersection picks the stop words the sample holds, in C; looking up each stop
    # word instead cost a Python step per word, most of them for words the sample lacks.
    return sum(counts[word] for word in counts.keys() & stop)


def stop_word_shares(paragraphs: Iterable[str]) -> StopWordShares:
    """How many words the sample of ``paragraphs`` holds, and how many of them each
    language's commonest function words cover (see :func:`language_of`)."""
    counts = Counter(_sample(paragraphs))
    scores = {language: _score(counts, stop) for language, stop in _STOP_WORDS.items()}
    return sum(counts.values()), scores
