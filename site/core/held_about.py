"""What the council holds about one email address, across apps, for the team that
meets someone's communication needs: each app registers a lookup that returns its
records about the address, only those the viewing user may already see. The
platform knows no app; apps register from their AppConfig.ready()."""

from dataclasses import dataclass


@dataclass(frozen=True)
class HeldRecord:
    kind: str
    reference: str
    needs: list
    url: str


_lookups = {}


def register(name, lookup):
    """`lookup(email, user)` returns HeldRecords, empty where the user may not see them."""
    _lookups[name] = lookup


def held_about(email, user, excluding=()):
    if not email:
        return []
    return [
        record
        for name, lookup in sorted(_lookups.items())
        if name not in excluding
        for record in lookup(email, user)
    ]
