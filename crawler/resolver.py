"""The egress policy inside Scrapy: a Twisted name resolver that hands out only allowed addresses.

Every Scrapy download (listing and article pages, redirects, robots.txt) connects through
Twisted's HostnameEndpoint, which asks `reactor.nameResolver` for addresses and connects
to those. Installed as `TWISTED_DNS_RESOLVER`, this resolver resolves through
EgressPolicy.addresses, so a refused host gets no address at all (Scrapy reports a
DNSLookupError, which ArchiveMiddleware records with the refusal's reason from `refusals`).
Settings: `VIGIL_ALLOW_PRIVATE`, the networks sources.yaml allowed (EgressPolicy.to_setting).
"""

from __future__ import annotations

import ipaddress
import logging

from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import IHostnameResolver, IHostResolution
from twisted.internet.threads import deferToThreadPool
from zope.interface import implementer

from crawler.egress import EgressPolicy, EgressRefused, host_of

log = logging.getLogger(__name__)

# host name -> why it was refused, for the fetch record (one crawl per child process)
refusals: dict[str, str] = {}


def refusal_for(url: str) -> str | None:
    return refusals.get(host_of(url))


@implementer(IHostResolution)
class _Resolution:
    def __init__(self, name: str):
        self.name = name

    def cancel(self) -> None:
        pass


@implementer(IHostnameResolver)
class EgressResolver:
    def __init__(self, reactor, policy: EgressPolicy):
        self.reactor = reactor
        self.policy = policy

    @classmethod
    def from_crawler(cls, crawler, reactor) -> "EgressResolver":
        return cls(reactor, EgressPolicy(crawler.settings.getlist("VIGIL_ALLOW_PRIVATE")))

    def install_on_reactor(self) -> None:
        self.reactor.installNameResolver(self)

    def resolveHostName(self, resolutionReceiver, hostName: str, portNumber: int = 0, addressTypes=None,
                        transportSemantics: str = "TCP"):
        resolution = _Resolution(hostName)
        resolutionReceiver.resolutionBegan(resolution)
        # the look-up blocks, so it runs on the reactor's thread pool, as Twisted's own does
        pending = deferToThreadPool(self.reactor, self.reactor.getThreadPool(), self.policy.addresses, hostName,
                                    portNumber)

        def resolved(addresses: list[str]) -> None:
            for address in addresses:
                ip = ipaddress.ip_address(address.split("%", 1)[0])
                kind = IPv6Address if ip.version == 6 else IPv4Address
                resolutionReceiver.addressResolved(kind("TCP", address, portNumber))
            resolutionReceiver.resolutionComplete()

        def refused(failure) -> None:
            if failure.check(EgressRefused):
                refusals[hostName.rstrip(".").lower()] = str(failure.value)
                log.warning("egress refused: %s", failure.value)
            resolutionReceiver.resolutionComplete()  # no address: HostnameEndpoint fails with DNSLookupError

        pending.addCallbacks(resolved, refused)
        return resolution
