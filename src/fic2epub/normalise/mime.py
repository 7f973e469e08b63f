"""A whole e-mail saved with its MIME structure: the envelope is no story, the parts are.

A reader who saves a mail "as a file" (an ``.eml``) keeps everything the mail program sent:
the Received/From/Subject lines, ``MIME-Version``, a ``multipart/…; boundary="…"`` type,
the "This is a multi-part message in MIME format." preamble, and each part between its
``--boundary`` lines with its own Content-Type/Content-Disposition lines. A writer who
mails a fic as an attached ``.txt`` writes a covering line about the file in the first part
("here it is, attached"); the story, with its own header, is the attachment.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A mail header line: "Name: value" with the name a header name (letters and hyphens).
_HEADER_LINE = lazy(r"[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
# The envelope's multipart type and its boundary (quoted or not; the value may be folded
# onto the next line).
_BOUNDARY = lazy(
    r"""\bboundary\s*=\s*(?:"(?P<quoted>[^"\n]{1,100})"|(?P<bare>[^\s;"]{1,100}))""", re.I
)
# A part's own header lines, up to the blank line that opens its body.
_PART_HEADER = lazy(r"[A-Za-z][A-Za-z0-9-]{1,40}:.*|[ \t]+\S.*")
# The header lines of the envelope a reader's copy keeps for the message itself; the
# structural ones (MIME-Version, Content-*) describe the parts and go with them.
_STRUCTURAL = ("mime-version", "content-")


def mime_message(text: str) -> str:
    """Rule ``mime-message``: a saved multipart mail becomes its text.

    When a ``text/plain`` part is an attachment, the story is that file: its text alone is
    kept (the mail's headers and covering note are about the file, not the story). Otherwise
    the mail's own headers (From, Subject, Date …) are kept above its plain-text parts, so
    the mail rules read it as any other mail; an HTML twin of the text is dropped.
    """
    head = text[:3000]
    if "boundary" not in head.lower() or not _HEADER_LINE.match(text.lstrip("\ufeff")):
        return text
    envelope, _, body = text.partition("\n\n")
    if "multipart/" not in envelope.lower():
        return text
    boundary = _boundary(envelope)
    if boundary is None:
        return text
    parts = _parts(body, boundary)
    if not parts:
        return text
    plain = [(disposition, content) for kind, disposition, content in parts if kind == "plain"]
    attached = [content for disposition, content in plain if disposition == "attachment"]
    if attached:
        return "\n\n".join(attached) + "\n"
    if not plain:
        return text
    kept = _envelope_lines(envelope)
    return "\n".join(kept) + "\n\n" + "\n\n".join(content for _, content in plain) + "\n"


def _boundary(headers: str) -> str | None:
    """The multipart boundary a block of header lines declares, else None."""
    found = _BOUNDARY.search(headers)
    return (found.group("quoted") or found.group("bare")) if found else None


def _parts(body: str, boundary: str) -> list[tuple[str, str, str]]:
    """The leaf parts between the boundary lines: (subtype, disposition, decoded text).

    A nested multipart (a mail's text and HTML twin inside a mixed mail with an attachment)
    is opened in turn. The preamble before the first boundary and the epilogue after the
    last are the mail program's, never the writer's.
    """
    leaves: list[tuple[str, str, str]] = []
    for part in _between_delimiters(body, boundary):
        headers, _, content = part.partition("\n\n")
        if not all(_PART_HEADER.fullmatch(line) for line in headers.split("\n") if line):
            continue  # not a part's header: leave the part out rather than guess
        fields = _fields(headers)
        kind = fields.get("content-type", "text/plain").lower()
        if kind.startswith("multipart/") and (inner := _boundary(headers)) is not None:
            leaves.extend(_parts(content, inner))
            continue
        subtype = kind.split(";", 1)[0].strip()
        disposition = fields.get("content-disposition", "inline").split(";", 1)[0].strip()
        if subtype != "text/plain":
            leaves.append((subtype, disposition.lower(), ""))
            continue
        encoding = fields.get("content-transfer-encoding", "").strip().lower()
        leaves.append(("plain", disposition.lower(), _decoded(content, encoding, kind)))
    return leaves


def _between_delimiters(body: str, boundary: str) -> list[str]:
    """The parts' text between the delimiter lines of ``boundary``, as RFC 2046 draws them:
    a line that is "--" and the boundary, or the closing "--boundary--", with nothing after
    it but spaces. Matched line by line, so an inner part's boundary that merely starts with
    the outer one ("b1-alt" inside "b1") divides nothing here."""
    delimiter = "--" + boundary
    closing = delimiter + "--"
    parts: list[str] = []
    lines: list[str] | None = None  # None in the preamble, before the first delimiter
    for line in body.split("\n"):
        # Cheap test first: most lines do not start with the delimiter at all.
        if line.startswith(delimiter):
            bare = line.rstrip()
            if bare == closing:
                break  # the closing delimiter: only the epilogue follows
            if bare == delimiter:
                if lines is not None:
                    parts.append("\n".join(lines))
                lines = []
                continue
        if lines is not None:
            lines.append(line)
    # The last part ends at the closing delimiter, or (with none) at the end of the mail.
    if lines is not None:
        parts.append("\n".join(lines))
    return parts


def _fields(headers: str) -> dict[str, str]:
    """A part's header lines by lower-case name, folded lines joined to their field."""
    fields: dict[str, str] = {}
    name = ""
    for line in headers.split("\n"):
        if line[:1] in (" ", "\t") and name:
            fields[name] += " " + line.strip()
        elif ":" in line:
            name, _, value = line.partition(":")
            name = name.strip().lower()
            fields[name] = value.strip()
    return fields


# A part's declared charset, for a body sent quoted-printable or base64.
_CHARSET = lazy(r"""charset\s*=\s*["']?(?P<name>[\w.:-]+)""", re.I)


def _decoded(content: str, encoding: str, kind: str) -> str:
    """The part's text: a quoted-printable or base64 body decoded in its charset; a 7bit or
    8bit body was decoded with the whole file."""
    content = content.strip("\n")
    if encoding not in ("quoted-printable", "base64"):
        return content
    # Imported here: a mail with an encoded body is rare, and every conversion imports this.
    import base64
    import binascii
    import quopri

    found = _CHARSET.search(kind)
    charset = found.group("name") if found else "utf-8"
    try:
        if encoding == "base64":
            data = base64.b64decode("".join(content.split()))
        else:
            data = quopri.decodestring(content.encode("utf-8"))
        return data.decode(charset, errors="replace").replace("\r\n", "\n").strip("\n")
    except (binascii.Error, LookupError, ValueError):
        return content


def _envelope_lines(envelope: str) -> list[str]:
    """The envelope's header lines but the structural MIME ones and their folded lines."""
    kept: list[str] = []
    skipping = False
    for line in envelope.split("\n"):
        if line[:1] in (" ", "\t"):
            if not skipping:
                kept.append(line)
            continue
        skipping = line.lower().startswith(_STRUCTURAL)
        if not skipping:
            kept.append(line)
    return kept
