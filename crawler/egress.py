"""The egress policy: which addresses a fetch may connect to, for feeds, pages, robots and Scrapy.

Feed entry links and redirect targets are attacker-controlled, and a name that resolved to
a public address when it was checked can resolve to 10.0.0.1 or 169.254.169.254 (cloud
metadata) a second later. So the check happens where the connection is made, on every hop:

1. only http and https URLs are fetched;
2. the host name is resolved once, through `resolver` (a hook: `(host, port) -> [ip, ...]`,
   the system resolver by default), and the connection goes to an address of that answer;
3. addresses that are not public (RFC 1918, loopback, link-local, CGNAT, multicast,
   reserved, IPv6 unique-local and link-local, and IPv4 ones wrapped in IPv6) are refused,
   unless the operator allowed them (`allow_private_addresses:` in sources.yaml: `true`, or
   a list of networks such as `[127.0.0.0/8]`), which is logged loudly;
4. a host outside the source's own hosts and its `allow_hosts:` is refused (`hosts_allowed`),
   so a feed cannot send Vigil to fetch arbitrary sites.

A refusal is an EgressRefused naming the URL's host and the address; nothing is sent.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from typing import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util.connection import create_connection

log = logging.getLogger(__name__)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[str]]

# Networks that are_global would call public but that carry no public service.
_NOT_PUBLIC = tuple(ipaddress.ip_network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "2001::/32"))
ALL_PRIVATE = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))
_warned: set[tuple] = set()


class EgressRefused(Exception):
    """A URL or the address its host resolves to is outside the egress policy; nothing was sent."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (TCP), in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


def is_public(address: Address) -> bool:
    """True for a globally routable unicast address; an IPv4 address wrapped in IPv6
    (::ffff:a.b.c.d, 6to4, Teredo, NAT64) is judged by the IPv4 address inside."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_public(address.ipv4_mapped)
        if any(address in net for net in _NOT_PUBLIC):
            return False
    return address.is_global and not (address.is_multicast or address.is_reserved or address.is_unspecified)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").rstrip(".").lower()


def hosts_allowed(url: str, hosts: Iterable[str]) -> bool:
    """Is the URL's host one of `hosts` or a subdomain of one? (`example.org` allows
    `www.example.org`; an empty `hosts` allows every host.)"""
    hosts = [h.rstrip(".").lower() for h in hosts if h]
    if not hosts:
        return True
    host = host_of(url)
    return any(host == h or host.endswith("." + h) for h in hosts)


class EgressPolicy:
    """Where fetches may connect. `allow` lists non-public networks the operator allowed
    (ALL_PRIVATE for `allow_private_addresses: true`); `resolver` is the name-resolution hook."""

    def __init__(self, allow: Iterable[Network | str] = (), resolver: Resolver | None = None):
        self.allow = tuple(ipaddress.ip_network(n, strict=False) for n in allow)
        self.resolver = resolver or system_resolver

    @staticmethod
    def networks(allow_private_addresses) -> tuple:
        """The networks sources.yaml's `allow_private_addresses` (false, true, or a list) allows."""
        if allow_private_addresses is True:
            return ALL_PRIVATE
        return tuple(allow_private_addresses) if allow_private_addresses else ()

    @classmethod
    def from_setting(cls, allow_private_addresses, resolver: Resolver | None = None) -> "EgressPolicy":
        """From sources.yaml's `allow_private_addresses`, logging the EGRESS warning once."""
        policy = cls(cls.networks(allow_private_addresses), resolver)
        if policy.allow and policy.allow not in _warned:  # once per process and setting: loud, not a flood
            _warned.add(policy.allow)
            log.warning("EGRESS: %s", policy.warning())
        return policy

    def warning(self) -> str | None:
        """What `vigil check` and the log say when non-public addresses are allowed."""
        if not self.allow:
            return None
        return (f"allow_private_addresses is set: fetches may reach non-public addresses "
                f"({', '.join(str(n) for n in self.allow)}); only for tests and local mirrors, never on a production host")

    def to_setting(self) -> list[str]:
        """The allowed networks as strings (for the crawl child's JSON spec)."""
        return [str(n) for n in self.allow]

    def check_url(self, url: str) -> None:
        """Refuse a URL that is not http(s) or has no host."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise EgressRefused(f"not an http(s) URL: {url[:200]}")
        if not parts.hostname:
            raise EgressRefused(f"no host in URL: {url[:200]}")

    def permits(self, address: str | Address) -> bool:
        ip = ipaddress.ip_address(address.split("%", 1)[0] if isinstance(address, str) else address)
        return is_public(ip) or any(ip in net for net in self.allow)

    def addresses(self, host: str, port: int) -> list[str]:
        """Resolve `host` once and return the addresses a connection may use, in order;
        raise EgressRefused when there are none (naming the first refused address), OSError when
        the name does not resolve."""
        host = host.strip("[]").rstrip(".")
        answer = list(self.resolver(host, port))  # a failed look-up raises socket.gaierror (OSError)
        allowed = [a for a in answer if self.permits(a)]
        if not allowed:
            shown = answer[0] if answer else "no address"
            raise EgressRefused(
                f"refused to connect to {host} ({shown}): not a public address"
                " (set allow_private_addresses in sources.yaml to allow it)"
            )
        return allowed


class _GuardedConnection:
    """Mixin for urllib3 connections: connect only to an address the policy vetted, from
    one resolution (never a second look-up that could answer differently)."""

    egress: EgressPolicy

    def _new_conn(self) -> socket.socket:
        error: OSError | None = None
        try:
            addresses = self.egress.addresses(self._dns_host, self.port)
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc
        for address in addresses:
            try:
                return create_connection(
                    (address, self.port), self.timeout, source_address=self.source_address,
                    socket_options=self.socket_options,
                )
            except socket.timeout as exc:
                raise ConnectTimeoutError(self, f"Connection to {self.host} timed out. (connect timeout={self.timeout})") from exc
            except OSError as exc:
                error = exc
        raise NewConnectionError(self, f"Failed to establish a new connection: {error}")


def pool_classes(policy: EgressPolicy) -> dict[str, type]:
    """urllib3 pool classes for `PoolManager.pool_classes_by_scheme` whose connections obey
    `policy`; TLS still verifies the certificate against the URL's host name."""
    http = type("GuardedHTTPConnection", (_GuardedConnection, HTTPConnection), {"egress": policy})
    https = type("GuardedHTTPSConnection", (_GuardedConnection, HTTPSConnection), {"egress": policy})
    return {
        "http": type("GuardedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
        "https": type("GuardedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
    }
