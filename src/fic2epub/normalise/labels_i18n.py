"""Header field labels and language names in the languages fan fiction sites are written in.

Sites outside the English-speaking world label the same header slots in their own language:
Spirit and Nyah (Brazil) write "Sinopse", "Personagens", "Classificação"; Animexx
"Beschreibung"; ForumFree and EFP "Personaggi", "Avvertimenti"; Wattpad's Indonesian and
Turkish pages "Penulis", "Yazar"; jjwxc "作者", "文案"; Postype "줄거리". :mod:`fields` merges
this table into its own, so every label here reads exactly like its English counterpart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fic2epub.lazy_re import lazy

# Metadata field -> labels, lower case, "|"-separated, by language: Portuguese, Spanish,
# German, Italian, Dutch, Polish, Turkish, Indonesian and Malay, Vietnamese, Chinese,
# Japanese, Korean, Finnish (FinFanFun's fic header: "Nimi", "Kirjoittaja", "Ikäraja"),
# Swedish, Norwegian and Danish; Czech blogs ("Shrnutí", "Postavy", "Přístupnost",
# "Prohlášení"), Romanian ("Rezumat"), Catalan ("Títol", "Resum", "Avís legal") and Hebrew
# forums ("שם", "כותבת", "פאנדום", "דירוג", "תקציר"); Greek forums ("Τίτλος", "Συγγραφέας",
# "Κατάταξη", "Περίληψη", "Αποποίηση"), Hungarian archives (Merengő: "Tartalom", "Szereplők",
# "Jogok", "Befejezett") and Arabic forums ("العنوان", "الكاتبة", "العمل الأصلي" for the
# original work, "التصنيف", "الملخص"); Croatian blogs ("Naslov", "Autorica", "Dobna oznaka"
# for the age rating, "Sažetak", "Odricanje odgovornosti") and Persian blogs ("عنوان",
# "نویسنده", "برگرفته از" ("adapted from") for the source work, "رده‌بندی", "خلاصه").
FOREIGN_LABELS: dict[str, str] = {
    "title": "titel|título|titulo|titolo|tytuł|başlık|judul|tên truyện|标题|標題|作品名"
    "|书名|タイトル|제목|nimi|název|títol|שם|שם הסיפור|τίτλος|cím|العنوان|عنوان القصة"
    "|naslov|عنوان",
    "authors": "autora|autor(a)|autorka|autrice|autore|schrijver|schrijfster|yazar|penulis"
    "|pengarang|tác giả|作者|作者名|著者|작가|글쓴이|필명|kirjoittaja|författare|forfatter"
    "|כותב|כותבת|autoare|autorica|نویسنده"
    "|συγγραφέας|συγγραφέως|szerző|الكاتبة|الكاتب|المؤلف|المؤلفة"
    # Hameln (ハーメルン) prints the author as "作：name" under the title.
    "|作",
    "fandoms": "原作|原作名|원작|פאנדום|φάντομ|φαντομ|العمل الأصلي|برگرفته از",
    # Spirit and Nyah name the fandom "Categorias"; a genre list there still reads as genres.
    "categories": "categoria|categorias|categorie|kategoria|kategori",
    "characters": "personagens|personagem|personages|postacie|bohaterowie|karakter|karakterler"
    "|tokoh|nhân vật|登場人物|角色|人物|主角|등장인물|캐릭터|postavy|personatges|personaje|דמויות"
    "|χαρακτήρες|szereplők|الشخصيات",
    "rating": "bewertung|klasyfikacja|beoordeling|kategori usia|xếp hạng|分级|レーティング|등급"
    "|ikäraja|åldersgräns|aldersgrense|přístupnost|classificació|דירוג"
    "|vurdering|κατάταξη|korhatár|التصنيف|dobna oznaka|رده\u200cبندی|رده بندی",
    "warnings": "avisos|aviso|avvertimenti|avvertenze|waarschuwing|waarschuwingen|ostrzeżenia"
    "|ostrzeżenie|uyarılar|uyarı|peringatan|cảnh báo|警告|注意事項|경고"
    "|προειδοποιήσεις|figyelmeztetés|تحذيرات",
    "genres": "gênero|gêneros|género|géneros|genero|generos|genere|generi|gatunek|gatunki"
    "|tür|türler|thể loại|类型|類型|ジャンル|장르|είδος|műfaj|النوع",
    "tags": "etiquetas|schlagwörter|schlagworte|etichette|tagi|etykiety|etiketler"
    "|内容标签|标签|タグ|태그|해시태그",
    "summary": "sinopse|resumo|introduzione|sinopsis|descripción|descricao|descrição"
    # EFP heads a story's summary "Introduzione alla storia:".
    "|introduzione alla storia"
    "|samenvatting|beschrijving|kurzbeschreibung|opis|streszczenie|özet|açıklama|ringkasan"
    "|deskripsi|sinopsis cerita|tóm tắt|giới thiệu"
    "|简介|簡介|文案|内容简介|内容紹介|あらすじ|概要|소개|줄거리|시놉시스|yhteenveto"
    # Kakuyomu heads a work's introduction "紹介文".
    "|紹介文"
    # pixiv heads a novel's description "キャプション" (caption).
    "|キャプション"
    # Swedish, Norwegian and Danish; Russian "Краткое содержание" (a digest's "contents").
    "|sammanfattning|sammendrag|resumé|краткое содержание|shrnutí|rezumat|resum|תקציר"
    "|περίληψη|tartalom|الملخص|ملخص|sažetak|خلاصه",
    # Spanish, Italian, Dutch, German and Nordic "Serie", French and Portuguese "Série",
    # Polish "Seria", Turkish and Indonesian "Seri", Finnish "Sarja", Russian "Серия".
    "series": "serie|série|seria|séria|seri|sarja|reihe|серия|серія|シリーズ|系列|시리즈",
    "status": "situação|tình trạng|durum|状态|狀態|状態|상태"
    # "Finished?" answered yes or no, as Spirit and Nyah ("Terminada Sim"), fanfiktion.de
    # ("Abgeschlossen: Ja") and EFP ("Completa: Sì") ask it (rule ``status-answer``).
    "|terminada|terminado|abgeschlossen|completa|completata|befejezett",
    "disclaimer": "descargo de responsabilidad|aviso legal|haftungsausschluss|zastrzeżenie"
    "|sorumluluk reddi|penafian|miễn trừ trách nhiệm|免责声明|免責事項|vastuuvapaus"
    "|prohlášení|avís legal|ansvarsfraskrivelse|ansvarsfriskrivning|αποποίηση|αποποίηση ευθυνών"
    "|jogok|إخلاء المسؤولية|إخلاء مسؤولية|odricanje odgovornosti",
    "language": "taal|język|bahasa|dil|ngôn ngữ|语言|語言|言語|언어",
    "chapter_count": "capítulos|capitulos|kapitel|capitoli|hoofdstukken|rozdziały|bölümler"
    "|số chương|章节数|話数|fejezetek",
    "published": "publicado|publicada|postado|postada|adicionada|adicionado|veröffentlicht"
    "|pubblicato|gepubliceerd|opublikowano|diterbitkan|yayınlanma|ngày đăng|发表时间|投稿日|게시일"
    "|publicat|közzétéve",
    "updated": "atualizada|atualizado|actualizado|actualizada|aktualisiert|aggiornato"
    "|bijgewerkt|zaktualizowano|diperbarui|güncellendi|cập nhật|更新时间|更新日|frissítve",
}

# Header labels that name no metadata field but only ever open a header line: word counts,
# reads and votes, a dedication, a beta.
FOREIGN_EXTRA_LABELS = frozenset(
    "palavras|wörter|parole|woorden|słowa|kelime|kata|số chữ|字数|文字数|글자수"
    "|dedicatória|dedicatoria"
    "|widmung|dedica|opdracht|dedykacja|beta-reader|betareader|betaleser|revisão"
    "|revisione|一句话简介|立意|搜索关键字|主角配角|其它|视角|文章类型|作品视角|所属系列"
    "|文章进度|全文字数|版权转化|签约状态|citiri|voturi"
    # Hungarian words and reads ("Szavak: 712   Olvasások: 98").
    "|szavak|olvasások".split("|")
)

# Labels by language, so a header in one language tells the story's language when no field
# names it (two labels or more are needed; see :meth:`MetadataBuilder.build`).
FOREIGN_LABEL_LANGUAGES: dict[str, str] = {
    **dict.fromkeys(
        "personagens sinopse resumo classificação gêneros avisos capítulos atualizada "
        "adicionada publicado terminada".split(),
        "pt",
    ),
    **dict.fromkeys("personaggi avvertimenti genere autrice capitoli".split(), "it"),
    **dict.fromkeys("personages samenvatting schrijver waarschuwingen taal".split(), "nl"),
    **dict.fromkeys("postacie bohaterowie opis ostrzeżenia gatunek tytuł język".split(), "pl"),
    **dict.fromkeys("yazar özet karakterler uyarılar tür dil başlık".split(), "tr"),
    **dict.fromkeys("penulis pengarang ringkasan deskripsi tokoh peringatan judul".split(), "id"),
    **dict.fromkeys(["tác giả", "tóm tắt", "nhân vật", "thể loại", "tình trạng"], "vi"),
    **dict.fromkeys("文案 简介 内容标签 主角 原作".split(), "zh"),
    **dict.fromkeys("あらすじ 登場人物 ジャンル タグ 内容紹介".split(), "ja"),
    **dict.fromkeys("작가 줄거리 등장인물 장르 태그 소개".split(), "ko"),
    **dict.fromkeys("nimi kirjoittaja ikäraja vastuuvapaus yhteenveto".split(), "fi"),
    **dict.fromkeys("sammanfattning åldersgräns författare".split(), "sv"),
    **dict.fromkeys("τίτλος συγγραφέας φάντομ κατάταξη είδος περίληψη αποποίηση".split(), "el"),
    **dict.fromkeys(
        "szerző tartalom szereplők műfaj figyelmeztetés jogok befejezett".split(), "hu"
    ),
    **dict.fromkeys(["العنوان", "الكاتبة", "الكاتب", "العمل الأصلي", "التصنيف", "الملخص"], "ar"),
    **dict.fromkeys(["autorica", "sažetak", "dobna oznaka", "odricanje odgovornosti"], "hr"),
    **dict.fromkeys(["عنوان", "نویسنده", "برگرفته از", "رده\u200cبندی", "خلاصه"], "fa"),
}

# Language names as sites write them, in their own language and others, lower case -> tag.
# Brazilian sites name their language "Português (Brasil)" or "Português Brasileiro".
LANGUAGE_NAMES: dict[str, str] = {
    "español": "es", "espanol": "es", "castellano": "es", "spanisch": "es", "espagnol": "es",
    "português": "pt", "portugues": "pt", "português (brasil)": "pt-BR",
    "português do brasil": "pt-BR", "português brasileiro": "pt-BR", "brazilian portuguese":
    "pt-BR", "portuguese (brazil)": "pt-BR", "português (portugal)": "pt-PT",
    "deutsch": "de", "allemand": "de", "alemán": "de", "alemão": "de", "tedesco": "de",
    "français": "fr", "francais": "fr", "französisch": "fr", "francés": "fr", "francese": "fr",
    "italiano": "it", "italienisch": "it", "italien": "it",
    "nederlands": "nl", "niederländisch": "nl", "polski": "pl", "русский": "ru",
    "bahasa indonesia": "id", "indonesia": "id", "türkçe": "tr", "tiếng việt": "vi",
    "中文": "zh", "简体中文": "zh", "繁體中文": "zh", "日本語": "ja", "한국어": "ko",
    "englisch": "en", "inglés": "en", "inglês": "en", "inglese": "en", "anglais": "en",
    "svenska": "sv", "norsk": "no", "dansk": "da", "suomi": "fi", "čeština": "cs",
    "magyar": "hu", "română": "ro", "ελληνικά": "el",
    # AO3's and Wattpad's names of the languages, each in itself, and the English name of
    # the national language of the Philippines (Wattpad's "Filipino").
    "català": "ca", "catala": "ca", "filipino": "fil", "wikang filipino": "fil",
    "українська": "uk", "slovenčina": "sk", "hrvatski": "hr", "srpski": "sr",
    "српски": "sr", "български": "bg", "suomen kieli": "fi", "norsk bokmål": "nb",
    "lietuvių": "lt", "latviešu": "lv", "eesti": "et", "slovenščina": "sl",
    "bahasa melayu": "ms", "עברית": "he", "العربية": "ar", "ไทย": "th",
}  # fmt: skip

# Rule ``brazilian-site``: Portuguese saved from a Brazilian site is Brazilian Portuguese.
# The sites by the names their pages print, and any address under .br; or the site's
# sign-up button in the Brazilian word "Cadastre-se"/"Cadastrar" (Portugal writes
# "Registe-se"), as Wattpad's Portuguese interface, which is Brazil's, prints it.
_BRAZILIAN_SITE = lazy(
    r"spirit\s*fanfics|socialspirit|nyah!?\s*fanfiction|\.com\.br\b|\.br/"
    r"|^\s*cadastr(?:e-se|ar)\s*$",
    re.IGNORECASE,
)
# Rule ``brazilian-header``: a tag, category or fandom naming Brazil ("Tags: Contos,
# Literatura Brasileira", "Categoria: Lendas Brasileiras"). Only in those fields: a
# summary or a note from Portugal may well mention Brazil ("a viagem ao Brasil").
_BRAZILIAN_TAG = lazy(
    r"[\W_]*(?:tags?|categor(?:y|ies|ias?)|fandoms?|g[êe]neros?|etiquetas?|temas?)\b"
    r"[\s:]+.*\bbrasil(?:eir[oa]s?)?\b",
    re.IGNORECASE,
)


def regional_language(tag: str, header_lines: Iterable[str]) -> str:
    """``tag`` made regional when the header names where it was saved: "pt" from a
    Brazilian site is "pt-BR". Any other tag is returned as it is."""
    if tag != "pt":
        return tag
    return "pt-BR" if any(_brazilian(line) for line in header_lines) else tag


def _brazilian(line: str) -> bool:
    """Whether a header line tells a Brazilian site or names Brazil in a tag's value."""
    if _BRAZILIAN_SITE.search(line):
        return True
    return "brasil" in line.lower() and _BRAZILIAN_TAG.match(line) is not None
