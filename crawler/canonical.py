"""Canonical article URLs: one report reached through several links is stored once.

Feeds and listing pages link the same article with campaign parameters (`utm_source`,
`fbclid`, ...), fragments, upper-case host names or default ports. `canonical_url`
removes all of these; the page's own `<link rel="canonical">` (see crawler.article) has
the last word when it is present.
"""

from __future__ import annotations

from urllib.parse import unquote_plus, urlsplit, urlunsplit

# Query parameters that only track the reader, never select the content.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "twclid", "ttclid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok",
        "ref_src", "ref_url", "cmpid", "ocid", "ncid", "sr_share", "spm", "vero_id", "oly_enc_id",
        "oly_anon_id", "wt.mc_id", "wt_mc", "at_medium", "at_campaign", "at_custom1", "at_custom2",
        "at_custom3", "at_custom4", "s_cid", "rss", "from_rss", "feed", "src_rss",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "__s")


def is_tracking_param(name: str) -> bool:
    key = name.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters.

    Everything else stays as written: the query is filtered on its raw `&`-separated
    pieces, never decoded and re-encoded, so `?a=1&c`, `?item` and `next=/a/b&x=a%20b`
    reach the server exactly as the publisher linked them (a site may tell `?c` from
    `?c=`), and an IPv6 literal keeps its brackets.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: leave the URL as it is, minus the fragment
        return urlunsplit(parts._replace(fragment=""))
    userinfo, _, hostport = parts.netloc.rpartition("@")
    host = hostport.rsplit(":", 1)[0] if parts.port is not None or hostport.endswith(":") else hostport
    host = host.lower()
    if (scheme, port) in (("http", 80), ("https", 443)):
        port = None
    netloc = f"{host}:{port}" if port is not None else host
    if userinfo:
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", strip_tracking(parts.query), ""))


def strip_tracking(query: str) -> str:
    """The raw query string without its tracking parameters; the rest kept byte for byte."""
    kept = [piece for piece in query.split("&") if piece and not is_tracking_param(unquote_plus(piece.split("=", 1)[0]))]
    return "&".join(kept)


def is_http_url(url: str) -> bool:
    """Only http(s) is ever fetched: no file:, ftp:, data:, javascript: or mailto: links."""
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
