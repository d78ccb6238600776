"""Canonical article URLs: one report reached through several links is stored once.

Feeds and listing pages link the same article with campaign parameters (`utm_source`,
`fbclid`, ...), fragments, upper-case host names or default ports. `canonical_url`
removes all of these; the page's own `<link rel="canonical">` (see crawler.article) has
the last word when it is present.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: leave the URL as it is, minus the fragment
        return urlunsplit(parts._replace(fragment=""))
    if (scheme, port) in (("http", 80), ("https", 443)):
        port = None
    netloc = f"{host}:{port}" if port else host
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def is_http_url(url: str) -> bool:
    """Only http(s) is ever fetched: no file:, ftp:, data:, javascript: or mailto: links."""
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
