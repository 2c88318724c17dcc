"""The partner registry: organisations an editor curates as YAML data.

Every entry has a canonical name and a kind; aliases, former names and
abbreviations are the other ways texts name it. Loading validates what a
matcher relies on: known kinds, no name or abbreviation claimed by two
organisations, unique slugs.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

from .yamlfile import LINE, DataError, load_list

_FIELDS = {"name", "kind", "aliases", "abbreviations", "former_names", "website", "code", "place", "slug",
           "common_word", "lowercase", "branches", "place_name", LINE}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def name_key(text):
    """How names are compared: NFC-insensitive case folding, single spaces."""
    return " ".join(text.casefold().split())


def ascii_slug(text):
    return slugify(text, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    singular: str


@dataclass(eq=False)
class Partner:
    """One organisation; compared by identity, so it can key a dict."""

    name: str
    kind: str
    slug: str
    aliases: tuple = ()
    abbreviations: tuple = ()
    former_names: tuple = ()
    website: str = ""
    code: str = ""
    place: str = ""  # a municipality's place name, which names local branches
    # A one-word name that is also an ordinary word ("Kommunal vuxenutbildning",
    # "Företagarna i länet"): opening a sentence, it needs a second mention.
    common_word: bool = False
    # A name that is the organisation also in lower case, as some writers
    # spell it ("samverkan med arbetsförmedlingen"): no ordinary word.
    lowercase: bool = False
    # Has regional branches named by their place ("Almi Gotland"), as
    # associations and networks have (branches.py).
    branches: bool = False
    # A name that is also a place ("Göteborgsregionen"): after "i", "inom",
    # "runt" … it is the place ("byggs mer i Göteborgsregionen").
    place_name: bool = False
    source: str = ""
    line: int = 0

    @property
    def full_names(self):
        """Every written-out form, matched case-insensitively; for a
        municipality also without its genitive, as writers often leave it
        out ("Sundsvall kommun")."""
        names = (self.name, *self.aliases, *self.former_names)
        if self.kind == "municipality" and self.place and f"{self.place} kommun" not in names:
            names += (f"{self.place} kommun",)
        return names

    @property
    def any_case_names(self):
        """The names that count also when not capitalised."""
        return (self.name,) if self.lowercase else ()


@dataclass
class Registry:
    kinds: dict  # key -> Kind, in display order
    partners: list = field(default_factory=list)

    def __post_init__(self):
        self._by_key = {name_key(p.name): p for p in self.partners}
        self._any_name = {}
        for partner in self.partners:
            for written in partner.full_names:
                self._any_name.setdefault(name_key(written), partner)
            for abbreviation in partner.abbreviations:
                self._any_name.setdefault(abbreviation, partner)

    def find(self, name):
        """The partner whose canonical name, alias, former name or
        abbreviation this is."""
        return self._any_name.get(name_key(name)) or self._any_name.get(name.strip())

    def by_name(self, name):
        return self._by_key.get(name_key(name))


def load_kinds(path):
    kinds = {}
    for item in load_list(path):
        try:
            kinds[item["key"]] = Kind(item["key"], item["label"], item.get("singular", item["label"]))
        except KeyError as missing:
            raise DataError(path, item[LINE], f"typen saknar fältet {missing}") from None
    return kinds


def load_registry(directory, kinds_path):
    """Load every `*.yaml` in `directory`; raise DataError on the first problem
    of a file, or `RegistryErrors` listing every conflict between entries."""
    kinds = load_kinds(kinds_path)
    partners, errors = [], []
    for path in sorted(Path(directory).glob("*.yaml")):
        for item in load_list(path):
            try:
                partners.append(_partner(path, item, kinds))
            except DataError as error:
                errors.append(error)
    errors += _conflicts(partners)
    if errors:
        raise RegistryErrors(errors)
    return Registry(kinds, partners)


class RegistryErrors(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


def _strings(path, item, key):
    value = item.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(path, item[LINE], f"'{key}' ska vara en lista med namn")
    return tuple(v.strip() for v in value)


def _flag(path, item, key):
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise DataError(path, item[LINE], f"'{key}' ska vara true eller false")
    return value


def _partner(path, item, kinds):
    line = item[LINE]
    unknown = set(item) - _FIELDS
    if unknown:
        raise DataError(path, line, f"okänt fält: {', '.join(sorted(unknown))}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DataError(path, line, "posten saknar 'name'")
    kind = item.get("kind")
    if kind not in kinds:
        raise DataError(path, line, f"okänd typ '{kind}' för {name} (tillåtna: {', '.join(kinds)})")
    slug = str(item.get("slug") or ascii_slug(name))
    if not _SLUG.match(slug):
        raise DataError(path, line, f"ogiltig slug '{slug}' för {name}")
    return Partner(
        name=" ".join(name.split()),
        kind=kind,
        slug=slug,
        aliases=_strings(path, item, "aliases"),
        abbreviations=_strings(path, item, "abbreviations"),
        former_names=_strings(path, item, "former_names"),
        website=str(item.get("website") or ""),
        code=str(item.get("code") or ""),
        place=str(item.get("place") or ""),
        common_word=_flag(path, item, "common_word"),
        lowercase=_flag(path, item, "lowercase"),
        branches=_flag(path, item, "branches"),
        place_name=_flag(path, item, "place_name"),
        source=str(path),
        line=line,
    )


def _conflicts(partners):
    errors, names, abbreviations, slugs = [], {}, {}, {}

    def claim(table, key, partner, what):
        owner = table.setdefault(key, partner)
        if owner is not partner:
            errors.append(
                DataError(partner.source, partner.line,
                          f"{what} används redan av {owner.name} ({owner.source}:{owner.line})")
            )

    for partner in partners:
        for written in dict.fromkeys(name_key(n) for n in partner.full_names):
            claim(names, written, partner, f"namnet '{written}'")
        for abbreviation in partner.abbreviations:
            claim(abbreviations, abbreviation, partner, f"förkortningen '{abbreviation}'")
        claim(slugs, partner.slug, partner, f"slug '{partner.slug}'")
    return errors
