"""Site chrome in other languages: reader counts, "all rights reserved", share and follow bars.

The English rules of :mod:`chrome` name their lines word for word. A page copied from
Wattpad in Turkish, WordPress in Vietnamese or Postype brings the same lines in its own
language, and reader counts whose words no list can hold ("12,3K Leídas", "閲覧数 1,204",
"👁 812 ⭐ 120 💬 14") are told by their shape instead.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import CHAPTER_WORDS

# A count: digits with thousands separators and a K/M/B (Turkish "bin") suffix. Rule
# ``glued-count-multiplier``: Indonesian Wattpad glues its "RB" (ribu, thousand) and "JT"
# (juta, million) to the number, "Dibaca 2,1RB".
_NUMBER = lazy(r"\d[\d.,]*(?:[kKmMbB]|[rR][bB]|[jJ][tT])?\+?")
# Tokens of a count line: split on spaces (ideographic ones too) and bar separators.
_SPLIT = lazy(r"[\s\u3000]*[·•|][\s\u3000]*|[\s\u3000]+")
# A year or a clock time: a date line ("12 March 2014", "20:14") is not a count line.
_YEAR_OR_TIME = lazy(r"(?:1[89]|20|21)\d\d|\d{1,2}:\d{2}")
_DIGIT = lazy(r"\d")
_JOINER = lazy(r"[a-z]{1,3}")
# A label word: letters only, an exclamation mark allowed after it ("いいね！").
_LABEL = lazy(r"[^\W\d_]{1,20}[!！]?")


def _icon(token: str) -> bool:
    """A pictograph standing for a word ("👁", "⭐", "☰"); ASCII signs ("5 > 3") are not."""
    return not any(ch.isalnum() for ch in token) and all(ord(ch) >= 0x2000 for ch in token)


# Rule ``count-multiplier``: the word for "thousand" or "million" a site writes after a
# count's number, as a word rather than a K: Portuguese and Spanish "1,4 mil Leituras",
# Portuguese "2,1 mi", Polish "1,2 tys.", Russian "1,2 тыс.", Indonesian "1,2 rb". Only
# right after a number, where no label stands.
_MULTIPLIERS = frozenset({"mil", "mi", "mln", "tys", "тыс", "млн", "rb", "jt"})
# Rule ``short-count-label``: a count's label as short as a joining word, which Wattpad's
# Turkish page writes in lower case: "oy" (votes) in "512 oy".
_SHORT_LABELS = frozenset({"oy"})


def _count_tokens(text: str) -> tuple[int, int] | None:
    """(numbers, labels) of a line made only of counts and their labels or icons, else None."""
    if len(text) > 100 or _DIGIT.search(text) is None:
        return None
    numbers = labels = 0
    after_number = False
    for token in _SPLIT.split(text.strip()):
        if not token:
            continue
        if after_number and token.rstrip(".").lower() in _MULTIPLIERS:
            after_number = False
            continue
        after_number = _NUMBER.fullmatch(token) is not None
        if after_number:
            if _YEAR_OR_TIME.fullmatch(token):
                return None
            numbers += 1
        elif _LABEL.fullmatch(token) or _icon(token):
            # A word, or an icon standing for one ("👁", "⭐", "☰"). A short lower-case word
            # joins numbers in a phrase ("Page 1 of 2", "3 de 5"), never labels a count.
            if any(ch in ',.;?"“”' for ch in token) or (
                _JOINER.fullmatch(token) and token not in _SHORT_LABELS
            ):
                return None
            labels += 1
        else:
            return None
    return numbers, labels


def is_count_line(text: str) -> bool:
    """Rule ``foreign-count-line``: two or more reader counts on one line, in any language
    or with icons for words ("4,8B Okunma • 612 Oy • 3 Bölüm", "👁 812 ⭐ 120 💬 14").

    Each count needs a label or an icon beside it, and at most two words each: "3, 2, 1"
    and a sentence with two numbers in it are not counts.
    """
    counted = _count_tokens(text)
    if counted is None:
        return False
    numbers, labels = counted
    return numbers >= 2 and numbers - 1 <= labels <= 2 * numbers + 1


def is_single_count(text: str) -> bool:
    """One reader count and its label ("12,3K Leídas", "Favoritos 37", "3 Partes")."""
    counted = _count_tokens(text)
    return counted is not None and counted[0] == 1 and 1 <= counted[1] <= 2


# Rule ``rights-reserved``: "All rights reserved" as sites and authors print it under a
# story's description, in the languages of the sites that print it.
_RIGHTS = lazy(
    r"©?\s*(?:all\s+rights\s+reserved|todos\s+los\s+derechos\s+reservados"
    r"|todos\s+os\s+direitos\s+reservados|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés"
    r"|tutti\s+i\s+diritti\s+riservati|alle\s+rechten\s+voorbehouden"
    r"|wszelkie\s+prawa\s+zastrzeżone|semua\s+hak\s+dilindungi(?:\s+undang-undang)?"
    r"|hak\s+cipta\s+dilindungi(?:\s+undang-undang)?|tüm\s+hakları\s+saklıdır"
    r"|все\s+права\s+защищены|bảo\s+lưu\s+mọi\s+quyền|版权所有|版權所有|著作権所有|무단\s*전재\s*금지)"
    r"[\s.!©]*",
    re.IGNORECASE,
)
# Log-in and sign-up buttons that a page's chrome and a site's menu share, word for word
# (compared in lower case).
_LOG_IN_WORDS = (
    r"registrarse|anmelden|registrieren|einloggen|se\s+connecter|s['’]inscrire|accedi"
    r"|registrati|kaydol|đăng\s+nhập|đăng\s+ký|войти|регистрация"
)
# Rule ``foreign-page-chrome``: lines that sites in other languages print around a story:
# "continue to the next part" links (Wattpad), a table of contents' heading, comment and
# share links (WordPress, Blogspot, Spirit, Postype, jjwxc), a "loading…" placeholder, the
# favourite and report buttons.
_PAGE_CHROME = lazy(
    r"(?:lanjut(?:kan)?\s+ke\s+bagian\s+berikutnya|lanjutkan\s+membaca\s+bagian\s+berikutnya|sonraki\s+bölümü\s+okumaya\s+devam\s+et"
    r"|continuar\s+leyendo(?:\s+la\s+siguiente\s+parte)?|continue\s+lendo|weiterlesen"
    # Wattpad's "Start reading" button under a story's description.
    r"|come[çc]ar\s+a\s+ler|(?:empezar|comenzar)\s+a\s+leer|commencer\s+[àa]\s+lire"
    r"|mulai\s+membaca|okumaya\s+başla|bắt\s+đầu\s+đọc|inizia\s+a\s+leggere"
    r"|continua\s+a\s+leggere|verder\s+lezen|czytaj\s+dalej|đọc\s+tiếp"
    # The cut link of diary.ru (and Russian LiveJournal styles) where a post folds its text.
    r"|читать\s+дальше|читати\s+далі"
    r"|inhaltsverzeichnis|índice|sumário|indice|sommaire|inhoudsopgave|spis\s+treści"
    r"|spis\s+rozdziałów|daftar\s+isi|içindekiler|mục\s+lục|目录|目錄|目\s*次|목차|оглавление"
    r"|содержание"
    # Hameln's jump links at the top and foot of a page: "▼ページ下部へ" (to the page's
    # foot), "▲ページの一番上に飛ぶ" (back to its top).
    r"|[▼▲]\s*ページ\S{1,10}"
    r"|próximo\s+capítulo|capítulo\s+anterior|siguiente\s+capítulo|nächstes\s+kapitel"
    r"|vorheriges\s+kapitel|capitolo\s+successivo|volgend\s+hoofdstuk|następny\s+rozdział"
    r"|chương\s+(?:sau|trước|tiếp)|sonraki\s+bölüm|önceki\s+bölüm|bab\s+selanjutnya"
    # ficbook's pager between a work's parts: "← Предыдущая часть", "Следующая часть →".
    r"|(?:предыдущая|следующая)\s+часть"
    r"|下一章|上一章|次の話|前の話|다음\s*화|이전\s*화"
    # Postype's pager under a post: "이전 포스트" (previous post), "다음 포스트" (next).
    r"|(?:이전|다음)\s*포스트"
    # Rule ``naver-blog-buttons``: Naver blog's buttons under a post's date: "이웃추가" (add
    # as neighbour), "본문 기타 기능" (the post's other functions), "URL 복사" (copy the
    # link), "신고하기" (report), and "공감" (empathy, its like count).
    r"|이웃\s*추가|본문\s*기타\s*기능|url\s*복사|신고하기|공감"
    # Postype's visibility mark under a post's title: "전체 공개" (open to all).
    r"|전체\s*공개"
    # Hameln's pager row: "<< 前の話　目 次　次の話 >>", the middle link to the index.
    r"|(?:前の話\s*)?目\s*次(?:\s*次の話)?"
    # LOFTER under a post: its "heat" count ("热度(86)") and the previous and next post.
    r"|热度|熱度|上一篇|下一篇"
    # pixiv's buttons under a novel: "いいね！" (like), the series link and its pager.
    r"|いいね[!！]?|シリーズ|[前次]の作品へ?"
    # Rule ``kakuyomu-episode-buttons``: Kakuyomu under an episode: "応援する" (cheer) and
    # "応援コメント　3件" (the cheers' comments and their count).
    r"|応援する|応援コメント(?:\s*\d+\s*件)?"
    r"|comentários|comentarios|kommentare|commenti|reacties|komentarze|yorumlar|komentar"
    r"|bình\s+luận|评论|コメント|댓글|комментировать|комментарии|коментарі"
    r"|chia\s+sẻ|compartilhar|compartir|teilen|condividi|delen|udostępnij|paylaş|bagikan"
    # Wattpad's Turkish buttons under a part: "Yorum yap" (comment), "Oy ver" (vote).
    r"|yorum\s+yap|oy\s+ver"
    # AO3's work buttons with its interface in French: "Partager", "Marque-page".
    r"|partager|marque-pages?"
    r"|分享|シェア|공유하기|thích|đang\s+tải|có\s+liên\s+quan|插入书签|收藏此章节|좋아요"
    r"|이\s*시리즈의\s+다른\s+포스트|odpowiedz|responder|antworten|rispondi|trả\s+lời"
    # A site's sign-up and log-in buttons, as "Sign Up" and "Log In" in English: Portuguese
    # "Cadastre-se", Spanish "Regístrate", German "Anmelden", Russian "Войти", Japanese
    # "ログイン". Words a story may say alone ("Entrar", "Masuk") are left out.
    r"|cadastr(?:e-se|ar(?:-se)?)|reg[íi]strate|iniciar\s+sesi[óo]n|inscrever-se"
    r"|zaloguj\s+się|zarejestruj\s+się|giriş\s+yap|ログイン|新規登録|登录|注册|로그인|회원가입"
    rf"|{_LOG_IN_WORDS}"
    # A story page's favourite and report buttons: Spirit's "Favoritar" and "Denunciar",
    # EFP's "Segnala", fanfiktion.de's "Melden", "Signaler", "Zgłoś".
    r"|favoritar(?:\s+hist[óo]ria)?|denunciar|segnala|signaler|melden|zgłoś"
    # ficbook's buttons and links under a part, one a line in a copy: "Нравится 24",
    # "Отзывы (5)", "В сборник", "Скачать", "Оставить отзыв".
    r"|нравится|отзывы|оставить\s+отзыв|в\s+сборник|скачать|поделиться"
    # EFP's links under a story: "Recensioni", "Torna all'indice".
    r"|recensioni|torna\s+all['’]indice"
    # fanfiktion.de's buttons under a chapter ("Review schreiben", "Empfehlen", "Favoriten")
    # and the legal links every German site's footer holds ("Impressum", "Datenschutz",
    # "AGB", the terms).
    r"|reviews?\s+schreiben|empfehlen|favoriten|impressum|datenschutz(?:erklärung)?|agb"
    # Rule ``blog-post-footer-i18n``: the comment link under a blog post in Croatian and
    # Bosnian ("Komentari (3)", blog.hr) and Persian ("نظرات (۴)", Blogfa), and Blogfa's
    # "قدرت گرفته از بلاگفا" (powered by Blogfa) at the page's foot.
    r"|komentari|نظرات|قدرت\s+گرفته\s+از\s+\S+"
    # Fanfictions.fr's pager and review link under a chapter: "Chapitre suivant >",
    # "< Chapitre précédent", "Laisser une review".
    r"|chapitre\s+(?:suivant|pr[ée]c[ée]dent)|laisser\s+une\s+review)"
    r"\s*(?:\(\s*\d+\s*\)|\d+)?\s*[:>»›…]*\s*",
    re.IGNORECASE,
)
# Rule ``diary-post-footer``: the lines diary.ru prints under a post: the link to the post
# ("URL записи"), its topics and the mood and music fields with an "@" before the label
# ("@темы: фики, ФБ-2011", "@настроение: весеннее", "@музыка: …", "@в теме: …").
_DIARY_FOOTER = lazy(r"url\s+записи|@\s?(?:темы|настроение|музыка|в\s+теме)\s*:.{0,200}", re.I)
# Rule ``forum-edit-line``: the line a board prints under an edited post, "Edited by X -
# 14/3/2012, 21:30" (Invision, ForumFree), with the date.
_EDITED_BY = lazy(r"edited\s+by\s+\S.{0,40}?\s+[-–—]\s+(?=\S*\d)\S.{3,30}", re.IGNORECASE)
# Rule ``titled-post-link``: the link to the next or previous post with that post's title,
# as Asian blog platforms print it under a post: Postype's "다음 글 <title>" / "이전 글
# <title>", LOFTER's "上一篇 <title>" / "下一篇 <title>".
# Kakuyomu's link under an episode: "次のエピソード　第二話　Title" (the next episode).
_POST_LINK = lazy(r"(?:(?:다음|이전)\s*글|[上下]一篇|[次前]のエピソード)[\s:：]+\S.{0,80}")
_POST_LINK_FIRSTS = "다이上下次前"
# Rule ``blog-post-line-i18n``: the line a blog prints over or under each post, with its
# writer, then its date, time or comment count after a bar or an "@": Blogfa's "نوشته شده
# توسط X | date | time | ۳ نظر" (written by), blog.hr's "Napisao/la: X @ 20:42 |
# Komentari (5) | Print | #". The bar or "@" after the name keeps a sentence out.
# Their tag lines too: Blogfa's "برچسب‌ها: a، b" and blog.hr's "Oznake: a, b".
_POST_LINE = lazy(
    r"(?:نوشته\s+شده\s+توسط\s+|napisao(?:/la|\(la\))?\s*:\s*)\S.{0,40}?\s[|@]\s.{0,160}"
    r"|(?:برچسب(?:\u200c|\s)?ها|oznake)\s*:\s*\S.{0,200}",
    re.IGNORECASE,
)
_POST_LINE_FIRSTS = "نبNnOo"


def is_blog_post_line(text: str) -> bool:
    """Whether a line is a blog post's writer-and-date or tag line (blog-post-line-i18n)."""
    line = text.strip()
    return line[:1] in _POST_LINE_FIRSTS and _POST_LINE.fullmatch(line) is not None


def is_rights_line(text: str) -> bool:
    """Whether a line is nothing but "All rights reserved" (in a language listed above)."""
    return len(text) <= 60 and _RIGHTS.fullmatch(text.strip()) is not None


_BUTTON_SPLIT = lazy(r"\s{2,}|\u3000|\s*[|·•]\s*")


_SENTENCE_END = frozenset('.!?"”»)')
_BRACKET_COUNT = lazy(r"\s*\(\s*\d+\s*\)$")
# A chapter's word and number alone: "Kapitel 2", "Chapter 12", "Capítulo 3".
_NUMBERED_CHAPTER = lazy(rf"(?:{CHAPTER_WORDS})\s*\d{{1,4}}", re.IGNORECASE)
# The arrows a pager sets beside its links.
_PAGER_ARROWS = "«»‹›<>←→"


def is_foreign_chrome(text: str) -> bool:
    """Whether a line is site chrome written in another language (see the rules above)."""
    line = text.strip()
    if line[:1] in _PAGER_ARROWS or line[-1:] in _PAGER_ARROWS:
        # Rule ``foreign-pager-link``: a chapter link with the pager's arrow before or after
        # it, "Nächstes Kapitel »", "« Vorheriges Kapitel", "Capítulo anterior ‹": the arrow
        # is no closing guillemet ending a sentence.
        bare = line.strip(_PAGER_ARROWS + " ")
        if bare and len(bare) <= 40 and _PAGE_CHROME.fullmatch(bare):
            return True
        # Rule ``chapter-number-pager-link``: the pager's link named by the chapter's word
        # and number alone, "Kapitel 2 »", "« Chapter 1": a heading has no arrow.
        if bare and len(bare) <= 24 and _NUMBERED_CHAPTER.fullmatch(bare):
            return True
    if len(line) > 120:
        return False  # chrome is a short line
    # A link's count in brackets ("Comentários (3)", "Отзывы (5)") closes no sentence.
    bare = _BRACKET_COUNT.sub("", line) if line[-1:] == ")" else line
    if not bare or bare[-1] in _SENTENCE_END:
        # Chrome is never a sentence: a line ending in a full stop is the story's.
        return False
    if _RIGHTS.fullmatch(line) or _PAGE_CHROME.fullmatch(line) or is_count_line(line):
        return True
    if line[:6].lower() == "edited" and _EDITED_BY.fullmatch(line):
        return True
    if line[:1] in "@Uu" and _DIARY_FOOTER.fullmatch(line):
        return True
    if line[:1] in _POST_LINK_FIRSTS and _POST_LINK.fullmatch(line):
        return True
    if line[:1] in _POST_LINE_FIRSTS and _POST_LINE.fullmatch(line):
        return True
    # A row of such buttons: "Favoritar história   Denunciar   Próximo capítulo >".
    if not any(mark in line for mark in ("  ", "|", "·", "•", "\u3000")):
        return False
    items = [item for item in _BUTTON_SPLIT.split(line) if item]
    return (
        len(items) >= 2
        and sum(1 for item in items if _PAGE_CHROME.fullmatch(item)) >= 1
        and all(_PAGE_CHROME.fullmatch(item) or _short_button(item) for item in items)
    )


def _short_button(item: str) -> bool:
    """A button's label beside known ones: one or two words, no sentence marks."""
    return len(item) <= 24 and len(item.split()) <= 2 and not re.search(r"[.!?,;\"“”]", item)


# Rule ``foreign-menu-item``: the account and search items of a site's top menu, in the
# languages of the sites that print them: log in, register, search, home. Alone on a line
# such a word may be a story's ("Поиск" heads a chapter), so only a run of menu items with
# two of these among them is a menu (foreign_header.vertical_menu).
_MENU_ITEM_WORDS = lazy(
    r"вход|выйти|зарегистрироваться|поиск|главная"
    r"|entrar|cadastrar|cadastre-se|registrar|regístrate|buscar|pesquisar|início"
    r"|inicio|iniciar\s+sesión|cerca|accueil|connexion"
    r"|inscription|rechercher|suche|suchen"
    r"|startseite|inloggen|registreren|zoeken|zaloguj(?:\s+się)?|zarejestruj(?:\s+się)?"
    r"|szukaj|masuk|daftar|cari|beranda|tìm\s+kiếm|trang\s+chủ"
    rf"|giriş(?:\s+yap)?|ana\s+sayfa|{_LOG_IN_WORDS}"
    # Chinese apps' tabs (LOFTER, Weibo): "首页" (home), "发现" (discover).
    r"|首页|首頁|发现|發現"
    # Rule ``japanese-menu-items``: pixiv's and other Japanese sites' tabs, copied one a
    # line: "ホーム" (home), "小説" (novels), "投稿" (post), "検索" (search), "ランキング",
    # "発見" (discover).
    r"|ホーム|トップ|小説|投稿|検索|ランキング|発見",
    re.IGNORECASE,
)


def is_foreign_menu_item(text: str) -> bool:
    """Whether a line is one of a site menu's account or search items in another language."""
    line = text.strip()
    return 0 < len(line) <= 24 and _MENU_ITEM_WORDS.fullmatch(line) is not None
