"""Which records a message belongs to: the contacts, leads and organizations whose e-mail
addresses appear in its From, To or Cc, and the organizations whose website's domain is
an address's domain.

Addresses are looked up in the e-mail keys the duplicate check keeps (``email_match``,
``secondary_email_match``: trimmed, lower case, each with its index), for a whole batch
of messages in one statement per type. Websites have no such key: their domains are
read once per fetch (one pass over the organizations that have a website).
"""

from __future__ import annotations

import urllib.parse
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_desktop.models.base import Base
from crm_desktop.services.duplicates.keys import RULES, SUFFIX

#: the types a message is linked to by address, in the order they are shown
LINKED_TYPES = ("contacts", "leads", "organizations")
#: a link found by an address, by a domain, or made by the user
BY_ADDRESS, BY_DOMAIN, FILED = "address", "domain", "filed"

Link = tuple[str, int, str]  # record type, record id, how


def website_domain(website: str) -> str:
    """``https://www.Example.com/contact`` -> ``example.com``; "" when there is none."""
    text = website.strip().lower()
    if not text:
        return ""
    if "://" not in text:
        text = "//" + text
    host = urllib.parse.urlsplit(text).hostname or ""
    host = host.removeprefix("www.")
    return host if "." in host else ""


class AddressBook:
    """The records of the addresses and domains of the messages of one fetch."""

    def __init__(self, session: Session) -> None:
        organizations = Base.metadata.tables["organizations"]
        self.domains: dict[str, list[int]] = defaultdict(list)
        rows = session.execute(
            select(organizations.c.id, organizations.c.website).where(
                organizations.c.deleted_at.is_(None),
                organizations.c.website.is_not(None),
                organizations.c.website != "",
            )
        )
        for organization_id, website in rows:
            domain = website_domain(website)
            if domain:
                self.domains[domain].append(organization_id)

    @staticmethod
    def by_address(session: Session, addresses: Iterable[str]) -> dict[str, set[Link]]:
        """The records each of ``addresses`` belongs to (addresses in lower case)."""
        wanted = sorted(set(addresses))
        found: dict[str, set[Link]] = defaultdict(set)
        if not wanted:
            return found
        for type_key in LINKED_TYPES:
            table = Base.metadata.tables[type_key]
            columns = [table.c[f + SUFFIX] for f in RULES[type_key].email_fields]
            for start in range(0, len(wanted), 400):
                chunk = wanted[start : start + 400]
                rows = session.execute(
                    select(table.c.id, *columns).where(
                        table.c.deleted_at.is_(None), or_(*(c.in_(chunk) for c in columns))
                    )
                )
                for record_id, *keys in rows:
                    for key in keys:
                        if key in chunk:
                            found[key].add((type_key, record_id, BY_ADDRESS))
        return found

    def links(self, addresses: Iterable[str], known: dict[str, set[Link]]) -> set[Link]:
        """A message's links: its addresses' records, and the organizations of their
        domains (a subdomain counts: sales.example.com is example.com's)."""
        links: set[Link] = set()
        for address in addresses:
            links.update(known.get(address, ()))
            domain = address.rpartition("@")[2]
            while "." in domain:
                for organization_id in self.domains.get(domain, ()):
                    links.add(("organizations", organization_id, BY_DOMAIN))
                domain = domain.partition(".")[2]
        # a record found by its address is not also listed as found by its domain
        by_address = {(t, i) for t, i, how in links if how == BY_ADDRESS}
        return {(t, i, how) for t, i, how in links if how == BY_ADDRESS or (t, i) not in by_address}
