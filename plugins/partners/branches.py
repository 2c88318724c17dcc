"""Regional and local branches: a known association or network followed by
a county, province or municipality ("Företagarna Jämtland", "Coompanion
Västerbotten", "ABF Sörmland", "Företagarna Eskilstuna") is its own partner.

Agencies are left out on purpose: "Arbetsförmedlingen Örnsköldsvik" is a
local office, and a local office is its parent organisation.
"""

import re

from .yamlfile import DataError, load

BRANCHING_KINDS = ("association", "network")


def load_places(path):
    """The editor's list of places that name branches (places.yaml)."""
    names = load(path) or []
    if not isinstance(names, list):
        raise DataError(path, 1, "filen ska vara en lista med ortnamn")
    return [str(name) for name in names]


class BranchFinder:
    def __init__(self, place_names):
        names = "|".join(re.escape(n) for n in sorted(place_names, key=len, reverse=True))
        # The place after one space, also in the genitive ("Företagarna Jämtlands").
        self._after = re.compile(rf" ({names})(?:s)?(?![\w-])") if names else None

    def branch(self, partner, written, text, end):
        """(name of the branch, where it ends) if a place follows the
        partner's name, `written` in `text` up to `end`, else None. A branch
        is named as the parent is written: by its abbreviation where the
        text uses it ("ABF Sörmland")."""
        if self._after is None or partner.kind not in BRANCHING_KINDS:
            return None
        match = self._after.match(text, end)
        if match is None:
            return None
        parent = written if written in partner.abbreviations else partner.name
        return f"{parent} {match.group(1)}", match.end()
