"""Entity declarations in a feed's DOCTYPE: the harmless kind is allowed, the rest refused.

Real feeds declare HTML's character entities so that `&nbsp;` is legal XML
(`<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>`; miniflux/picoFeed#138), and feedparser
expands exactly those. Entity declarations are also how entity-expansion attacks work
("billion laughs": entities nesting entities; "quadratic blowup": one large entity used
many times; external entities reading files or URLs). So, as defusedxml refuses these
and no more:

1. Only the DOCTYPE's internal subset is looked at, read by expat (the parser stops at
   the root element): `<!ENTITY` inside CDATA, a comment or an entry's text declares
   nothing.
2. An entity declared there may be used when it is internal (no SYSTEM/PUBLIC), a
   general entity (not `%name;`), refers to no other entity, and its replacement text
   is at most `MAX_ENTITY_CHARS` characters; at most `MAX_ENTITIES` may be declared, and
   all their uses in the document together may add at most `MAX_EXPANSION` characters.
3. A parameter entity naming one of the W3C's character entity sets (`<!ENTITY %
   HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" ...> %HTMLlat1;`, which lets
   a feed write `&eacute;`) is allowed too: it is never fetched, because neither expat
   here nor feedparser loads external entities, and feedparser knows HTML's character
   entities from its own table.
4. Anything else raises `UnsafeEntities`, naming the entity and the rule; so does a
   DOCTYPE that declares entities but cannot be parsed.

The bytes are decoded only as far as needed to read the markup: a BOM or the UTF-16/32
byte pattern decides; otherwise the encoding is ASCII-compatible (XML's rule for a
document without either), so Latin-1 reads its markup correctly whatever the declared
charset, and an encoding name Python does not know never matters here.
"""

from __future__ import annotations

import re
from xml.parsers import expat

from w3lib.encoding import read_bom

MAX_ENTITY_CHARS = 64
MAX_ENTITIES = 256
MAX_EXPANSION = 1_000_000  # characters, over the whole document

# Public identifiers of the W3C's character entity sets (XHTML 1.0 and HTML 4.01 DTDs).
CHARACTER_ENTITY_SETS = frozenset(
    {
        "-//W3C//ENTITIES Latin 1 for XHTML//EN",
        "-//W3C//ENTITIES Symbols for XHTML//EN",
        "-//W3C//ENTITIES Special for XHTML//EN",
        "-//W3C//ENTITIES Latin1//EN//HTML",
        "-//W3C//ENTITIES Latin 1//EN//HTML",
        "-//W3C//ENTITIES Symbols//EN//HTML",
        "-//W3C//ENTITIES Special//EN//HTML",
    }
)
_CHUNK = 64 * 1024
_WIDE = (  # https://www.w3.org/TR/xml/#sec-guessing-no-ext-info
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*\?>")
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_FIRST_TAG = re.compile(r"<\w")
_NAMED_REFERENCE = re.compile(r"&(?!#)")


class UnsafeEntities(ValueError):
    """The document declares entities that are not safe to expand; the message says which and why."""


class _RootReached(Exception):
    pass


def check_entities(body: bytes) -> dict[str, str]:
    """The entities `body` declares (name -> replacement text), when all are safe to expand;
    raise UnsafeEntities otherwise."""
    text = document_text(body)
    if not _ENTITY.search(text):
        return {}
    declared: dict[str, str] = {}
    problems: list[str] = []

    def on_entity(name, is_parameter, value, base, system_id, public_id, notation):
        if is_parameter and value is None and " ".join((public_id or "").split()) in CHARACTER_ENTITY_SETS:
            return
        if is_parameter:
            problems.append(f"%{name}; is a parameter entity")
        elif system_id or public_id or notation or value is None:
            problems.append(f"&{name}; is an external entity ({system_id or public_id or notation})")
        elif _NAMED_REFERENCE.search(value):
            problems.append(f"&{name}; refers to another entity")
        elif len(value) > MAX_ENTITY_CHARS:
            problems.append(f"&{name}; expands to {len(value)} characters (at most {MAX_ENTITY_CHARS})")
        else:
            declared[name] = value

    def on_start(name, attributes):
        raise _RootReached

    parser = expat.ParserCreate()
    parser.EntityDeclHandler = on_entity
    parser.StartElementHandler = on_start
    markup = _XML_DECLARATION.sub("", text, count=1)
    try:
        for start in range(0, len(markup), _CHUNK):
            parser.Parse(markup[start : start + _CHUNK], False)
            if problems:
                break
        else:
            parser.Parse("", True)
    except _RootReached:
        pass
    except expat.ExpatError as exc:
        first_tag = _FIRST_TAG.search(markup)
        head = markup[: first_tag.start()] if first_tag else markup
        if not problems and _ENTITY.search(head):
            raise UnsafeEntities(f"the DOCTYPE declares entities but cannot be parsed ({exc}); refused") from exc
    if not problems and len(declared) > MAX_ENTITIES:
        problems.append(f"{len(declared)} entities are declared (at most {MAX_ENTITIES})")
    if not problems:
        added = sum(text.count(f"&{name};") * max(len(value) - 1, 0) for name, value in declared.items())
        if added > MAX_EXPANSION:
            problems.append(f"their uses would add {added} characters (at most {MAX_EXPANSION})")
    if problems:
        raise UnsafeEntities(f"the feed declares XML entities that are not safe to expand: {problems[0]}; refused")
    return declared


def one_declaration_a_line(body: bytes) -> bytes:
    """The prolog with `<!DOCTYPE` and each `<!ENTITY` starting a line, for ASCII-compatible bytes.

    feedparser finds the declarations it keeps with patterns anchored at a line's start
    (`replace_doctype` in feedparser/encodings.py), so `<!DOCTYPE rss [<!ENTITY nbsp
    "&#160;">]>` written on one line loses its entity and breaks the document. Line
    breaks between declarations change nothing else.
    """
    if body.startswith((b"\x00", b"<\x00", b"\xff\xfe", b"\xfe\xff")):
        return body  # UTF-16/32: left as it is
    first_tag = re.search(rb"<\w", body)
    if first_tag is None:
        return body
    head = body[: first_tag.start()]
    head = re.sub(rb"(?i)<!(DOCTYPE|ENTITY)", rb"\n<!\1", head)
    return head + body[first_tag.start():]


def root_name(body: bytes) -> str | None:
    """The name of the document's root element as written (`rss`, `rdf:RDF`, `CHANNEL`), or None."""
    text = document_text(body[:_CHUNK])
    text = re.sub(r"<!--.*?-->|<\?.*?\?>", "", text, flags=re.DOTALL)
    text = re.sub(r"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", "", text, count=1, flags=re.DOTALL | re.IGNORECASE)
    match = re.search(r"<([A-Za-z_][\w:.-]*)", text)
    return match.group(1) if match else None


def document_text(body: bytes) -> str:
    """The document as text, for reading its markup (not its content): see the module's notes."""
    encoding, bom = read_bom(body)
    if encoding:
        return body[len(bom):].decode(encoding, "replace")
    for pattern, wide in _WIDE:
        if body.startswith(pattern):
            return body.decode(wide, "replace")
    return body.decode("latin-1")
