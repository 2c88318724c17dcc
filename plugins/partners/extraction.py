"""Extract the partners and topics of one post.

Combines the registry matcher, discovery of unknown organisations, the
county rule for historical "landstinget", topic scoring and the editor's
overrides from the post's metadata.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from .branches import BranchFinder
from .discovery import HIGH, discover
from .lexicon import is_common_word, is_known
from .lists import ListFinder
from .matching import Matcher
from .registry import Partner, ascii_slug, name_key
from .text import normalize
from .topics import TopicMatcher

SNIPPET_RADIUS = 90
# Generic words that name an organisation in a text about one county:
# "landstinget" its region, "länsstyrelsen" its county board. Literal
# patterns without the first letter, which the regex engine finds fast (a
# case-insensitive pattern would read the text character by character);
# the "l" and the word boundary before it are checked in _county_word.
_COUNTY_WORDS = {
    "region": (re.compile(r"andsting(?:et|ets|en)?(?!\w)"), re.compile(r"ANDSTING(?:ET|ETS|EN)?(?!\w)")),
    "board": (re.compile(r"änsstyrelsens?(?!\w)"), re.compile(r"ÄNSSTYRELSENS?(?!\w)")),
}


def _county_word(text, patterns):
    """(start, end) of the first of the words `patterns` find standing as a
    word of its own, or None."""
    found = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            start = match.start() - 1
            if start >= 0 and text[start] in "lL" and (start == 0 or not text[start - 1].isalnum()):
                found.append((start, match.end()))
                break
    return min(found, default=None)


@dataclass
class Mention:
    count: int
    snippet: str


@dataclass
class Overrides:
    add_partners: tuple = ()
    remove_partners: tuple = ()
    add_topics: tuple = ()
    remove_topics: tuple = ()
    enabled: bool = True

    @classmethod
    def from_metadata(cls, metadata):
        def names(key):
            value = metadata.get(key) or ""
            if isinstance(value, (list, tuple)):
                value = ",".join(value)
            return tuple(name.strip() for name in str(value).split(",") if name.strip())

        return cls(names("add_partners"), names("remove_partners"), names("add_topics"),
                   names("remove_topics"), cls.enabled_in(metadata))

    @staticmethod
    def enabled_in(metadata):
        """False when the post switches extraction off ("extraction: off")."""
        return str(metadata.get("extraction", "on")).strip().lower() not in ("off", "av", "nej", "false")


class UnknownName(ValueError):
    """An override names a partner or topic that is not in the data files."""


@dataclass
class Extraction:
    partners: dict = field(default_factory=dict)  # Partner -> Mention, in order of first mention
    topics: list = field(default_factory=list)
    candidates: list = field(default_factory=list)  # (discovery.Found, snippet) for editors to review


class Analysis(NamedTuple):
    """What one post names, read from its text alone: no other post and no
    earlier build changes it, so any process may work it out (prefetch.py).
    A partner is its index in the registry, or (name, kind) when discovered:
    the discovered get their slugs in `Extractor.resolve`, post by post."""

    partners: tuple  # (partner, count, snippet), in order of first mention
    topics: tuple  # labels
    candidates: tuple  # (discovery.Found, snippet)


class Extractor:
    def __init__(self, registry, topics, place_names=(), rejected=()):
        """`rejected`: names discovery finds that are no partner ("Platsbanken")."""
        self.registry = registry
        self.topics = topics
        self._place_names = set(place_names)
        self._rejected = {name_key(name) for name in rejected}
        self._position = {partner: index for index, partner in enumerate(registry.partners)}
        self._topic = {topic.label: topic for topic in topics}
        self._topic_order = {topic.label: index for index, topic in enumerate(topics)}
        self._discovered = {}
        self._taken_slugs = {p.slug for p in registry.partners}

    # The matchers are built when a text is first analysed: a build whose
    # posts are analysed in a second process (prefetch.py), and `make
    # check`, only resolve names.
    @cached_property
    def _places(self):
        """Counties, provinces and the municipalities' towns, which name
        branches ("Företagarna Jämtland") and local companies ("Gävle Energi")."""
        counties = {p.name.removeprefix("Länsstyrelsen ") for p in self.registry.partners if p.kind == "county_board"}
        # The town and the form its municipality's name uses: "Falun" and "Falu".
        municipalities = {p.place for p in self.registry.partners if p.place}
        municipalities |= {p.name.removesuffix(" kommun") for p in self.registry.partners
                           if p.place and p.name.removesuffix(" kommun") not in (p.place, f"{p.place}s")}
        return frozenset(counties | municipalities | self._place_names)

    @cached_property
    def _branches(self):
        return BranchFinder(self._places)

    @cached_property
    def _matcher(self):
        # The counties ride along in the same pass, after the partners, so
        # that a partner's name wins over a county written the same way.
        return Matcher([*self.registry.partners, *_counties(self.registry)])

    @cached_property
    def _lists(self):
        return ListFinder(self.registry.partners)

    @cached_property
    def _topic_matcher(self):
        return TopicMatcher(self.topics)

    def prepare(self):
        """Build the matchers and open the dictionary now rather than for the
        first text: a worker (prefetch.py) does it while Pelican reads."""
        for matcher in ("_matcher", "_lists", "_topic_matcher", "_branches"):
            getattr(self, matcher)
        is_known("")

    def extract(self, body, headline="", overrides=Overrides()):
        return self.resolve(self.analyse(body, headline, overrides.enabled), overrides)

    def analyse(self, body, headline="", enabled=True, named=()):
        """`named`: lines of the post's metadata that name organisations
        ("Talare: Namn, roll, Organisation"), where partners count but topics do not."""
        if not enabled:
            return Analysis((), (), ())
        text = normalize(f"{headline}\n\n{body}")
        headline_end = len(normalize(headline)) + 2
        mentions, candidates = {}, []
        masked = self._find_partners(text, mentions, candidates)
        for number, line in enumerate(named, start=len(text)):
            found, unsure = {}, []
            self._find_partners(normalize(line), found, unsure)
            for key, (count, context, _) in found.items():
                if key not in mentions:  # the text's own mention tells more
                    mentions[key] = [count, context, number]
            listed = {found.name for found, _ in candidates}
            candidates += [(found, context) for found, context in unsure if found.name not in listed]
        topics = self._topic_matcher.tag(masked[headline_end:], masked[:headline_end])
        first_mentioned = sorted(mentions.items(), key=lambda item: item[1][2])
        return Analysis(tuple((key, count, context) for key, (count, context, _) in first_mentioned),
                        tuple(topic.label for topic in topics), tuple(candidates))

    def resolve(self, analysis, overrides=Overrides()):
        """The post's partners and topics: the discovered given their slugs,
        then the editor's overrides applied."""
        result = Extraction(candidates=list(analysis.candidates))
        for key, count, context in analysis.partners:
            partner = self.registry.partners[key] if isinstance(key, int) else self._discovered_partner(*key)
            mention = result.partners.get(partner)
            if mention is None:
                result.partners[partner] = Mention(count, context)
            else:
                mention.count += count
        result.topics = [self._topic[label] for label in analysis.topics]
        self._apply(overrides, result)
        return result

    def _find_partners(self, text, mentions, candidates):
        """Count every partner of `text` in `mentions` (partner key ->
        [count, snippet, where first named]) and list the uncertain finds in `candidates`;
        returns the text with all organisation names blanked out, for the
        topic matching."""
        spans, unsure, counties = [], [], []
        for hit in self._matcher.find(text):
            if isinstance(hit.partner, _County):
                counties.append(hit)
                continue
            key, end = self._position[hit.partner], hit.end
            branch = self._branches.branch(hit.partner, text[hit.start:end], text, end)
            if branch is not None:
                name, end = branch
                known = self.registry.find(name)
                key = self._position[known] if known is not None else (name, hit.partner.kind)
            elif (hit.partner.common_word and " " not in text[hit.start:end]
                  and ((_opens_sentence(text, hit.start) and not _acts(text, hit.start, end))
                       or _NUMBER_AFTER.match(text, end) or _CAPITALISED_AFTER.match(text, end))):
                unsure.append((key, hit.start, end))
                continue
            elif hit.partner.kind == "company" and (_surname(text, hit.start, end, self._places)
                                                    or _VENUE.match(text, end)):
                continue
            elif hit.partner.place_name and _IN_A_PLACE.search(text, max(0, hit.start - 10), hit.start):
                continue
            legal_form = hit.partner.kind == "company" and _COMPANY_FORM.match(text, end)
            if legal_form:
                end = legal_form.end()
            spans.append((hit.start, end))
            _mention(mentions, key, text, hit.start, end)
            for list_start, list_end, listed in self._listed_before(text, hit.start, end, hit.partner):
                spans.append((list_start, list_end))
                _mention(mentions, self._position[listed], text, list_start, list_end)
        # "Kommunal vuxenutbildning är …" is no union unless the text names it elsewhere.
        for key, start, end in unsure:
            if key in mentions:
                spans.append((start, end))
                _mention(mentions, key, text, start, end)
        # Known names are blanked first, so lists and discovery only see the rest.
        masked = _mask(text, spans)
        listed = self._lists.find(masked)
        for start, end, partner in listed:
            spans.append((start, end))
            _mention(mentions, self._position[partner], text, start, end)
        sure = {}
        for found in discover(_mask(text, spans) if listed else masked, self._places):
            if self.registry.find(found.name) is not None or name_key(found.name) in self._rejected:
                continue
            spans.append((found.start, found.end))
            if found.confidence == HIGH:
                _mention(mentions, (found.name, found.kind), text, found.start, found.end)
                sure[found.name] = found.kind
            else:
                candidates.append((found, snippet(text, found.start, found.end)))
        masked = _mask(text, spans)
        # Once its shape has shown a name ("HR-chef på Smurfit Westrock"), the
        # name is the organisation wherever else the text writes it.
        for name, kind in sure.items():
            for start, end in _occurrences(masked, name):
                spans.append((start, end))
                _mention(mentions, (name, kind), text, start, end)
        if sure:
            masked = _mask(text, spans)
        for organisation, (start, end) in _of_the_county(masked, counties):
            _mention(mentions, self._position[organisation], text, start, end)
        return masked

    def _listed_before(self, text, start, end, partner):
        """The partners of a list that ends in `partner`'s name, written as
        a place and a lowercase head: "Sunderby och" before "Kalix
        sjukhus" (see lists.py)."""
        place, _, head = text[start:end].rpartition(" ")
        if not place or " " in place or not head.islower():
            return []
        if partner.kind == "municipality":
            return self._lists.before(text, start, self._lists.municipality, places=True)
        return self._lists.before(text, start, lambda word: self.registry.find(f"{word} {head}"))

    def _discovered_partner(self, name, kind):
        partner = self._discovered.get(name)
        if partner is None:
            slug, number = ascii_slug(name), 2
            while slug in self._taken_slugs:
                slug, number = f"{ascii_slug(name)}-{number}", number + 1
            self._taken_slugs.add(slug)
            partner = Partner(name=name, kind=kind, slug=slug, source="upptäckt")
            self._discovered[name] = partner
        return partner

    def partner_named(self, name):
        """The partner an organisation field names, as a text would
        ("Västerås stad", "Arbetsförmedlingen Örnsköldsvik"); None if none."""
        partner = self.registry.find(name) or self._discovered.get(name)
        if partner is None:
            partner = next(iter(self.resolve(self.analyse(name)).partners), None)
        return partner

    def resolve_partner(self, name):
        partner = self.registry.find(name) or self._discovered.get(name)
        if partner is None:
            raise UnknownName(f"okänd partner '{name}' (lägg till den i registret eller rätta stavningen)")
        return partner

    def resolve_topic(self, name):
        key = name.casefold()
        for topic in self.topics:
            if key in (topic.label.casefold(), topic.slug):
                return topic
        raise UnknownName(f"okänt ämne '{name}' (se content/taxonomy/topics.yaml)")

    def _apply(self, overrides, result):
        for name in overrides.remove_partners:
            result.partners.pop(self.resolve_partner(name), None)
        for name in overrides.add_partners:
            result.partners.setdefault(self.resolve_partner(name), Mention(0, ""))
        removed = {self.resolve_topic(name).label for name in overrides.remove_topics}
        topics = [t for t in result.topics if t.label not in removed]
        for name in overrides.add_topics:
            topic = self.resolve_topic(name)
            if topic not in topics:
                topics.append(topic)
        result.topics = sorted(topics, key=lambda t: self._topic_order[t.label])



def _mention(mentions, key, text, start, end):
    mention = mentions.get(key)
    if mention is None:
        mentions[key] = [1, snippet(text, start, end), start]
    else:
        mention[0] += 1
        mention[2] = min(mention[2], start)


def snippet(text, start, end, radius=SNIPPET_RADIUS):
    """The sentence-ish context of a mention, cut at word boundaries."""
    left = max(0, start - radius)
    right = min(len(text), end + radius)
    if left > 0:
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        cut = text.rfind(" ", end, right)
        right = cut if cut > 0 else right
    piece = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + piece + ("…" if right < len(text) else "")


_GENITIVE = re.compile(r"(?::s|s)?(?![\w-])")


def _occurrences(text, name):
    """(start, end) of every place `text` writes `name` as whole words,
    also in the genitive."""
    start = text.find(name)
    while start >= 0:
        tail = _GENITIVE.match(text, start + len(name))
        if tail is not None and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "-")):
            yield start, tail.end()
        start = text.find(name, start + len(name))


# A company's legal form after its name, part of the name: "Samhall
# Sverige AB", "Kommuninvest i Sverige AB" (not a "Sverige AB" of its own).
_COMPANY_FORM = re.compile(r"(?:(?: i)? (?:Sverige|Sweden))? AB(?::s)?(?![\w-])")

_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:…–—]|\n)[\s\"'”»]*$")


# "Vision 2030", "Kommunal 2025": a plan or a report, by a name that is also
# a word; "Sida 3": a page.
_NUMBER_AFTER = re.compile(r" \d")
# "Södra Lappland", "Vision Zero": before a capitalised word, a name that is
# also a word may start another name, unless it is a branch ("Kommunal Skåne").
_CAPITALISED_AFTER = re.compile(r" [A-ZÅÄÖÉ]")
# "byggs mer i Göteborgsregionen": the place, not the organisation of that name.
_IN_A_PLACE = re.compile(r"(?:^|(?<=[^\w-]))(?:i|inom|runt|kring|utanför|hela) $", re.IGNORECASE)
# "Bravida Arena", "Tele2 Arena": a venue named for its sponsor is no partner.
_VENUE = re.compile(r" Arena(?:n|ns|s)?(?![\w-])")


# A capitalised word that may be a given name: "Anders" in "Anders Sandvik".
_GIVEN_NAME = re.compile(r"(?<![\w-])[A-ZÅÄÖÉ][a-zåäöéü]+ $")


def _surname(text, start, end, places):
    """"Frågor besvaras av Anders Sandvik", "Karin Holmen": a company's
    one-word name after a capitalised word that is no ordinary word is a
    person's surname. "Hos Sandvik", "Enligt Holmen" open sentences with
    words, and "Gävle Energi" names a town; a given name that is also a
    word ("Per", "Björn") is not told from one."""
    if " " in text[start:end]:
        return False
    given = _GIVEN_NAME.search(text, max(0, start - 20), start)
    return given is not None and not is_common_word(given.group()[:-1]) and given.group()[:-1] not in places


# What an organisation does as the subject of a sentence, or a relative
# clause about it ("Kommunal, som organiserar bussförarna, …"). Not a comma
# alone: "Vision, mål och strategi" heads a section.
_VERB_AFTER = re.compile(r" (?:är|var|har|hade|ska|skulle|kan|kunde|vill|ville|menar|anser|säger|sa|kräver|"
                         r"driver|organiserar|företräder|tecknade|deltog|betonade|påpekade|lyfte|skrev|skriver|"
                         r"rapporterade|erbjuder|anordnar)(?![\w-])|, som ")


def _acts(text, start, end):
    """"Kommunal har varit en viktig part": opening a sentence, an adjective or
    an indefinite noun before a verb is the organisation. Plural and definite
    forms stay words: "Företagarna har svårt …", "Holmen är en liten ö"."""
    return not text[start:end].endswith(("na", "en", "et")) and _VERB_AFTER.match(text, end) is not None


def _opens_sentence(text, start):
    # Far enough back for the indent of a list item in rendered HTML ("\n    Företagarna …").
    return _SENTENCE_OPENING.search(text, max(0, start - 12), start) is not None


def _mask(text, spans):
    """The text with the given spans blanked out, offsets unchanged."""
    if not spans:
        return text
    parts, position = [], 0
    for start, end in sorted(spans):
        if start < position:
            start = position
        parts.append(text[position:start])
        parts.append(" " * max(0, end - start))
        position = max(position, end)
    parts.append(text[position:])
    return "".join(parts)


@dataclass(eq=False)
class _County:
    """A county as a place, matched like a partner name, standing for its
    region and its county board."""

    region: Partner
    board: Partner | None
    full_names: tuple
    abbreviations: tuple = ()
    place: str = ""
    any_case_names: tuple = ()


def _of_the_county(masked, counties):
    """"landstinget" and "länsstyrelsen" are the region and the county board
    of the one county the text names, where no organisation's name holds
    it (`counties`: hits of the counties' names): (partner, its first word)."""
    words = {role: _county_word(masked, patterns) for role, patterns in _COUNTY_WORDS.items()}
    named = {hit.partner for hit in counties if masked[hit.start] != " "}
    if not any(words.values()) or len(named) != 1:
        return []
    county = named.pop()
    return [(getattr(county, role), word) for role, word in words.items()
            if word is not None and getattr(county, role) is not None]


def _counties(registry):
    """Each county, named as a place ("Norrbotten", "Norrbottens län") by
    its region's name and its board's ("Sörmland", "Södermanland")."""
    boards = {board.code: board for board in registry.partners if board.kind == "county_board" and board.code}
    counties = []
    for region in registry.partners:
        # Not a region's hospital ("Sunderby sjukhus"). Region Gotland's code
        # is the municipality's, which starts with the county's.
        if region.kind == "region" and (region.name.startswith("Region ") or region.name.endswith("regionen")):
            board = boards.get(region.code[:2])
            names = {region.name.removeprefix("Region ").removesuffix("regionen")}
            if board is not None:
                names.add(board.name.removeprefix("Länsstyrelsen "))
            names = {name.removesuffix(" län").removesuffix("s") if name.endswith(" län") else name for name in names}
            counties.append(_County(region, board, tuple(
                form for name in sorted(names) for form in (name, f"{name}s län", f"{name} län"))))
    return counties
