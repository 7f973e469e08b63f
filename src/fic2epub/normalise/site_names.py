"""Site chrome: a fan-fiction site's name, as the logo at the top of a copied page gives it.

Only names no story would be titled by alone ("Archive of Our Own", "Wattpad", "Royal
Road"), alone on their line or with the site's tagline after a separator.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# Fan-fiction sites by the names their pages print at the top (the logo's text). Only names
# no story would be titled by alone; "Royal Road" and "Twisting the Hellmouth" are the sites.
_SITE_NAMES = (
    r"archive\s+of\s+our\s+own(?:\s+beta)?|ao3|fan\s*fiction(?:\.net)?|fictionpress(?:\.com)?"
    r"|wattpad|quotev|ficwad|tumblr|livejournal|dreamwidth(?:\s+studios)?|royal\s*road"
    r"|scribble\s*hub|inkitt|deviant\s*art|asian\s*fanfics|spirit\s+fanfics(?:\s+e\s+hist[óo]rias)?"
    r"|nyah!?\s+fanfiction|ficbook(?:\.net)?|книга\s+фанфиков|fanfiktion\.de|efp(?:\s+fanfic)?"
    r"|mibba|twisting\s+the\s+hellmouth|tthfanfic(?:\.org)?|space\s*battles(?:\s+forums)?"
    r"|sufficient\s+velocity(?:\s+forums)?|questionable\s+questing|fanfic\s*lab|fimfiction"
    r"|media\s*miner|adult\s*fan\s*fiction(?:\.org)?|quizilla|webnovel|scribblehub|pixiv"
    # The mailing-list host whose web archive fandom's lists lived in.
    r"|yahoo!?\s+groups"
    # Creator and blog platforms a fic is posted on for free: their logo's text on top.
    r"|patreon|ko-?fi|substack|cohost!?|pillowfort"
    # Rule ``asian-platform-name``: Korea's Postype ("포스타입" in its Korean logo) and China's
    # LOFTER, the blogging platforms their fandoms post fiction on.
    r"|postype|포스타입|lofter"
)
# The name alone, or followed by the site's tagline or a page name after a separator:
# "Wattpad - Where stories live", "Asianfanfics | Browse".
_SITE_NAME = lazy(
    rf"(?:{_SITE_NAMES})(?:\s*(?:\s[-–—|·•:]|[|·•:])\s*\S.{{0,80}})?\s*", re.IGNORECASE
)
# Rule ``site-name-and-account-menu``: the logo with the visitor's account buttons on the
# same line, as a text browser or a select-all copy joins them: "FictionPress Sign Up
# Login", "Wattpad Search Log in". Only those buttons follow the name, so no title matches.
_ACCOUNT_MENU = lazy(
    rf"(?:{_SITE_NAMES})(?:\s+(?:sign\s*up|sign\s*in|log\s*in|login|register|search|join))+\s*",
    re.IGNORECASE,
)

# Rule ``site-owner-line``: the page's footer naming who runs the site, "The Archive of Our
# Own is a project of the Organization for Transformative Works", "cohost! is a project of
# …": the site's name, "is a project/product/service of", the owner.
_SITE_OWNER = lazy(
    rf"(?:the\s+)?(?:{_SITE_NAMES})\s+is\s+(?:a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:project|product|service|part|initiative)\s+of\s+\S.{0,80}",
    re.IGNORECASE,
)


# A banner that opens with a site's name: "Twisting The Hellmouth Crossing Over Awards - …".
_SITE_PREFIX = lazy(rf"(?:{_SITE_NAMES})\b", re.IGNORECASE)


def opens_with_site_name(text: str) -> bool:
    """Whether a line begins with a fan-fiction site's name (a site banner or tagline)."""
    return _SITE_PREFIX.match(text.strip()) is not None


def is_site_name(text: str) -> bool:
    """Rule ``site-name``: a line that is a fan-fiction site's name, as the logo at the top of
    a copied page gives it, with or without the site's tagline after a separator. It is the
    page's chrome, not the story's title."""
    line = text.strip()
    if len(line) > 120:
        return False
    if _SITE_NAME.fullmatch(line) is not None:
        return True
    if _ACCOUNT_MENU.fullmatch(line) is not None:
        return True
    return " is " in line and _SITE_OWNER.fullmatch(line) is not None
