"""Regional and local branches: a known association or network followed by
a county, province or municipality ("Företagarna Jämtland", "Coompanion
Västerbotten", "ABF Sörmland", "Företagarna Eskilstuna") is its own
partner, as is the branch of another organisation the registry marks
(`branches: true`: "Almi Gotland").

A union's unemployment fund is its own organisation too, named in the
union's genitive: "IF Metalls a-kassa", "Kommunals a-kassa".

Agencies are left out on purpose: "Arbetsförmedlingen Örnsköldsvik" is a
local office, and a local office is its parent organisation.
"""

import re

from .yamlfile import load_names

BRANCHING_KINDS = ("association", "network")
_COMPASS_POINTS = "(?:Nordost|Nordväst|Sydost|Sydväst|Norr|Nord|Syd|Söder|Öst|Väst|Mitt)"
_FUND = re.compile(r" a-kass(?:a|an|ans)(?![\w-])")
_PART = "(?:Norra|Södra|Östra|Västra|Mellersta|Nordvästra|Nordöstra|Sydvästra|Sydöstra)"


def has_branches(partner):
    return partner.kind in BRANCHING_KINDS or partner.branches


def load_places(path):
    """The editor's list of places that name branches (places.yaml)."""
    return load_names(path, "ortnamn")


class BranchFinder:
    def __init__(self, place_names):
        names = "|".join(re.escape(n) for n in sorted(place_names, key=len, reverse=True))
        # The place after one space, also in the genitive ("Företagarna
        # Jämtlands"), places joined by hyphens for a branch of them all
        # ("Hushållningssällskapet Kalmar-Kronoberg-Blekinge"), and what may
        # follow in the branch's name: the county ("IF Metall Jönköpings
        # län") or a part of it ("Vård- och omsorgscollege Skåne Nordost").
        # A part of the country may also be named by a compass point alone
        # ("Almi Mitt") or before the place ("Norra Norrland"), and a
        # district writes its place after "i" ("LO-distriktet i Västsverige"),
        # as may a county's branch ("Företagarna i Jönköpings län"); "ABF i
        # Bollnäs" is where the association works.
        place = (rf"(?:{_PART} )?(?:{names})(?:-(?:{names}))*"
                 rf"(?:s län|(?: {_COMPASS_POINTS})(?=s?(?![\w-]))|)")
        self._after = re.compile(
            rf"(?:(?P<district>-distriktet(?: i)?)? (?P<name>{place}|{_COMPASS_POINTS}(?=s?(?![\w-])))"
            rf"| i (?P<name_in>(?:{names})s län))s?(?![\w-])"
        ) if names else None

    def branch(self, partner, written, text, end):
        """(name of the branch, where it ends) if a place or " a-kassa"
        follows the partner's name, `written` in `text` up to `end`, else None. A branch
        is named as the parent is written: by its abbreviation or another of
        its names where the text uses it ("ABF Sörmland", "Almi
        Företagspartner Blekinge")."""
        if not has_branches(partner):
            return None
        fund = _FUND.match(text, end) if written.endswith("s") else None
        if fund is not None:
            return f"{written} a-kassa", fund.end()
        if self._after is None:
            return None
        match = self._after.match(text, end)
        if match is None:
            return None
        aliases = {alias.casefold(): alias for alias in partner.aliases}
        parent = written if written in partner.abbreviations else aliases.get(written.casefold(), partner.name)
        return f"{parent}{match.group('district') or ''} {match.group('name') or match.group('name_in')}", match.end()
