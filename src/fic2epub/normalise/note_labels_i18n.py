"""Author's note labels of the European languages NOTE_RE's own list leaves out.

:data:`NOTE_LABELS_I18N` is a regex fragment, one alternative of the ``label`` group of
:data:`~fic2epub.normalise.patterns.NOTE_RE`; :data:`NOTE_LABELS_I18N_NEED_SEPARATOR` names
those of its labels that are also the opening words of an ordinary sentence, so they count
only with their colon or alone on their line (see ``match_note``). The labels are kept as
written, full stops of the abbreviations included: "Pozn. autorky", "N.v.d.a.", "Förf. anm.".
"""

from __future__ import annotations

# Rule ``european-note-label``: the author's note labels of Central, Northern and Eastern
# European writers, whose words for "author's note" NOTE_RE's English, Romance and German
# list misses. Each is the set phrase "note of the author" (or its abbreviation), which a
# story's narration never opens a paragraph with.
NOTE_LABELS_I18N = (
    # Czech and Slovak: "Pozn. autorky", "Pozn. autora", "Poznámka autorky", "Pozn. aut.".
    r"pozn(?:ámk[ay]|\.)\s*(?:autor(?:ky|a|ů)|aut\.)"
    # Dutch abbreviations: "N.v.d.a." (noot van de auteur), "N.v.d.s." (schrijver/ster),
    # "N.v.d.v." (vertaler, the translator).
    r"|n\.\s?v\.\s?d\.\s?[asv]\.?"
    # Swedish "Förf. anm." / "Författarens anmärkning"; Danish and Norwegian "Forf. anm.",
    # "Forfatterens note", "Forfatterens bemærkning", "Forfatterens merknad".
    r"|f[öo]rf\.\s*(?:anm\.?|note|not)"
    r"|f(?:örfattarens|orfatterens)\s+(?:anm(?:ärkning|ærkning|erkning)(?:ar|er)?|anm\.?"
    r"|bemærkning(?:er)?|merknad(?:er)?|kommentar(?:er)?|not(?:e|er|at)?)"
    # Finnish "Kirjoittajan huomautus", "Kirjoittajan sana", "Kirjoittajan kommentit".
    r"|kirjoittajan\s+(?:huomautu(?:s|kset)|huomio(?:t)?|sana(?:t)?|kommentit?)"
    # Hungarian "Szerzői megjegyzés", "Szerzői jegyzet", "A szerző megjegyzése".
    r"|szerzői\s+(?:megjegyzés(?:ek)?|jegyzet(?:ek)?)|(?:a\s+)?szerző\s+megjegyzése"
    # Polish "Notka autorki", "Uwaga autora", "Uwagi autorki" ("Od autorki" is NOTE_RE's).
    r"|(?:notka|uwagi|uwaga)\s+autor(?:ki|a)"
    # Romanian "Nota autoarei", "Nota autorului", "Notă de autor".
    r"|not[aă]\s+(?:autoarei|autorului|de\s+autor)"
    # Croatian, Serbian and Bosnian "Bilješka autora", "Napomena autorice", Serbian
    # "Beleška autora"; Slovene "Opomba avtorja".
    r"|(?:bilje[šs]ka|bele[šs]ka|napomena)\s+autor(?:a|ice)|opomba\s+avtor(?:ja|ice)"
    # Ukrainian "Примітка автора", "Примітки авторки", "Від автора".
    r"|примітк[аи](?:\s+(?:автора|авторки|перекладача))?|від\s+автор(?:а|ки)"
    # Rule ``german-comment-label``: German writers head the word to readers under a chapter
    # "Kommentar" (Fanfiktion.de's box under the chapter text), "Autorenkommentar",
    # "Anmerkungen" or "Anmerkung der Autorin"; "Kommentar" only alone on its line or with
    # its colon (below), so "Kommentar schreiben" or a sentence stays as it is.
    r"|(?:autoren)?kommentar|anmerkungen(?:\s+de[rs]\s+(?:autor(?:in)?|übersetzer(?:in|s)?))?"
    # Rule ``korean-caution-label``: Korean writers (Postype, blogs) head the warning they
    # give before a story "주의사항" (points to heed), or "읽기 전 주의사항" (before reading):
    # the writer's word to the reader, as a note.
    r"|(?:읽기\s*전\s*)?주의\s*사항"
    # Catalan "Nota de l’autora", "Nota de l'autor" (the article elided before the vowel).
    r"|nota\s+de\s+l['’]\s*autor(?:a|s)?"
    # Hebrew "הערת הכותבת" / "הערת הכותב" (the writer's note), "הערת המחבר(ת)" (the author's).
    r"|הערו?ת\s+ה(?:כותב(?:ת)?|מחבר(?:ת)?)"
    # Korean "들어가기 전에" (before going in), as Postype writers head the word before a story.
    r"|들어가기\s*전에"
    # Greek "Σημείωση συγγραφέα" / "Σημειώσεις της συγγραφέως"; Arabic "ملاحظة الكاتبة" /
    # "ملاحظة الكاتب" / "ملاحظة المؤلف" (the writer's, the author's note), "ملاحظات" plural.
    r"|σημ(?:είωση|ειώσεις)\s+(?:του\s+|της\s+)?συγγραφέ(?:α|ως)"
    r"|ملاحظ(?:ة|ات)\s+(?:الكاتب|المؤلف)(?:ة)?"
    # Persian "یادداشت نویسنده" (the writer's note), "یادداشت‌های نویسنده" plural, and the
    # translator's "یادداشت مترجم"; the plural joined by U+200C as Persian keyboards type it.
    r"|یادداشت(?:\u200c?های)?\s+(?:نویسنده|مترجم)"
    # Rule ``romance-note-label``: Spanish, Portuguese and Italian "Nota:", "Notas:", the
    # writer's note as "Note:" is; only with its colon or alone (below), so "Nota que …"
    # stays a sentence.
    r"|notas?"
)

# The labels above that are also a sentence's opening words ("Forfatterens note lå på
# bordet", "Примітка була коротка"): only with a colon, a dash or alone on the line.
NOTE_LABELS_I18N_NEED_SEPARATOR = (
    r"poznámk[ay]\s+\w+|f(?:örfattarens|orfatterens)\s+\w+|kirjoittajan\s+\w+|szerzői\s+\w+"
    r"|(?:a\s+)?szerző\s+megjegyzése|(?:notka|uwagi|uwaga)\s+autor\w+"
    r"|not[aă]\s+(?:autoarei|autorului|de\s+autor)"
    r"|(?:bilje[šs]ka|bele[šs]ka|napomena|opomba)\s+\w+|примітк[аи](?:\s+\w+)?|від\s+\w+"
    r"|(?:autoren)?kommentar|anmerkungen(?:\s+\w+\s+\w+)?"
    r"|(?:읽기\s*전\s*)?주의\s*사항|notas?"
    r"|nota\s+de\s+l['’]\s*autor\w*|הערו?ת\s+ה\w+|들어가기\s*전에"
    r"|σημ(?:είωση|ειώσεις)(?:\s+\w+){1,2}|ملاحظ(?:ة|ات)\s+\w+"
    r"|یادداشت(?:\u200c?های)?\s+\w+"
)
