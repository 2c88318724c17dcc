"""The partners and topics of the whole site: one `Term` per partner and
topic with the posts that mention it, built from every post's extraction."""

from dataclasses import dataclass, field
from pathlib import Path

from conference import parse_speakers
from swedish.collation import sv_key

from . import data_cache
from .branches import load_places
from .extraction import Extractor, Overrides
from .registry import load_registry
from .text import html_to_text
from .topics import load_topics
from .yamlfile import load_names

DEFAULTS = {
    "PARTNER_REGISTRY": "taxonomy/partners",
    "PARTNER_KINDS": "taxonomy/kinds.yaml",
    "TOPIC_VOCABULARY": "taxonomy/topics.yaml",
    "PARTNER_PLACES": "taxonomy/places.yaml",
    # Names discovery finds that an editor has turned down: services, websites.
    "PARTNER_REJECTED": "taxonomy/not_partners.yaml",
    "PARTNER_URL": "partner/{slug}/index.html",
    "PARTNER_SAVE_AS": "partner/{slug}/index.html",
    "PARTNERS_URL": "partner/index.html",
    "PARTNERS_SAVE_AS": "partner/index.html",
    "TOPIC_URL": "amne/{slug}/index.html",
    "TOPIC_SAVE_AS": "amne/{slug}/index.html",
    "TOPICS_URL": "amne/index.html",
    "TOPICS_SAVE_AS": "amne/index.html",
    "PARTNER_FEED_ATOM": None,
    "PARTNER_FEED_RSS": None,
    "TOPIC_FEED_ATOM": None,
    "TOPIC_FEED_RSS": None,
    # A follower's feed reader needs the newest posts, not the whole archive;
    # ten is also WordPress's default.
    "TERM_FEED_MAX_ITEMS": 10,
    # Use a second core: analyse posts while Pelican reads them
    # (prefetch.py), render term pages while it writes posts (render_ahead.py).
    "PARTNER_PARALLEL": True,
}
FEED_TYPES = ("atom", "rss")


def setting(settings, key):
    return settings.get(key, DEFAULTS[key])


def data_path(settings, key):
    return Path(settings["PATH"]) / setting(settings, key)


_loaded = {}


def load_extractor(settings):
    """Registry and vocabulary as the editors left them; raises
    yamlfile.DataError or registry.RegistryErrors naming file and line.
    Loaded once per process and again whenever a data file changes, so the
    check, the build and every `make devserver` regeneration share it; kept
    between processes in Pelican's cache folder (data_cache.py)."""
    paths = [data_path(settings, key) for key in ("PARTNER_REGISTRY", "PARTNER_KINDS", "TOPIC_VOCABULARY",
                                                 "PARTNER_PLACES", "PARTNER_REJECTED")]
    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.glob("*.yaml")))
    signature = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    if signature not in _loaded:
        def load():
            return Extractor(load_registry(paths[0], paths[1]), load_topics(paths[2]), load_places(paths[3]),
                             rejected=load_names(paths[4], "namn som inte är partner"))

        _loaded.clear()
        _loaded[signature] = data_cache.cached(settings["CACHE_PATH"], files, load)
    return _loaded[signature]


def post_inputs(content, metadata):
    """All a post's extraction reads: its rendered body; its title, summary
    and introduction, where a cue weighs more; the organisations its
    metadata names; and whether it is on."""
    headline = tuple(str(metadata.get(key) or "") for key in ("title", "summary", "intro"))
    return content, headline, named_in_metadata(metadata), Overrides.enabled_in(metadata)


def named_in_metadata(metadata):
    """The organiser and the speakers of a conference, as the page shows
    them ("Talare: Maria Modin, verksamhetschef, Sollefteå kommun"): their
    organisations are the post's partners even where the text never names
    them again."""
    lines = []
    if metadata.get("organiser"):
        lines.append(f"Arrangör: {metadata['organiser']}")
    for speaker in parse_speakers(metadata.get("speakers")):
        if speaker.organisation or speaker.role:
            described = ", ".join(part for part in (speaker.name, speaker.role, speaker.organisation) if part)
            lines.append(f"Talare: {described}")
    return tuple(lines)


def analyse_post(extractor, inputs):
    content, (title, *introductions), named, enabled = inputs
    if not enabled:
        return extractor.analyse("", enabled=False)
    headline = "\n".join([title, *(html_to_text(text) for text in introductions if text)])
    return extractor.analyse(html_to_text(content), headline, named=named)


def extract_post(extractor, content, metadata, analysis=None):
    """The post's partners and topics; `analysis` when it was worked out
    beforehand (see prefetch.py)."""
    if analysis is None:
        analysis = analyse_post(extractor, post_inputs(content, metadata))
    return extractor.resolve(analysis, Overrides.from_metadata(metadata))


@dataclass(slots=True)
class Entry:
    """One post on a partner's or topic's page, made as the page is
    rendered (see Term.entries)."""

    article: object
    count: int
    snippet: str
    addresses: dict  # {article: url}, one for all the build's entries

    @property
    def url(self):
        """The post's address, worked out once, when a page first lists the
        post: Pelican computes `article.url` anew on every use, and a large
        site lists each post on a dozen term pages."""
        url = self.addresses.get(self.article)
        if url is None:
            url = self.addresses[self.article] = self.article.url
        return url


@dataclass(frozen=True)
class Feed:
    """One of a term's feeds: type is "atom" or "rss", as Pelican's writer
    names them; url is also where it is saved."""

    type: str
    url: str


@dataclass(eq=False)
class Term:
    name: str
    slug: str
    url: str
    save_as: str
    feeds: list = field(default_factory=list)
    kind: object = None  # registry.Kind, for partners
    website: str = ""
    description: str = ""
    sort_key: bytes = b""  # the name's place in Swedish order, worked out once
    # The posts that name the term, and for each how often and where first
    # ((count, snippet); (0, "") for topics). Plain tuples, which Python's
    # cycle collector stops tracking: it walks every tracked object on each
    # full collection, and a large site has one per post and term.
    articles: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    addresses: dict = field(default_factory=dict)  # Entry.addresses

    def add(self, article, count=0, snippet=""):
        self.articles.append(article)
        self.mentions.append((count, snippet))

    def sort_newest_first(self):
        order = sorted(range(len(self.articles)), key=lambda n: self.articles[n].date, reverse=True)
        self.articles[:] = [self.articles[n] for n in order]
        self.mentions[:] = [self.mentions[n] for n in order]

    @property
    def entries(self):
        """The posts as the term's page lists them, made for the page and
        not kept."""
        return [Entry(article, count, snippet, self.addresses)
                for article, (count, snippet) in zip(self.articles, self.mentions)]

    @property
    def feed_url(self):
        """The Atom feed, the one the page offers to follow ("" if none)."""
        return next((feed.url for feed in self.feeds if feed.type == "atom"), "")

    def __str__(self):
        return self.name


def make_term(settings, prefix, name, slug, **extra):
    def fill(key):
        pattern = setting(settings, f"{prefix}_{key}")
        return pattern.format(slug=slug) if pattern else ""

    feeds = [Feed(kind, url) for kind in FEED_TYPES if (url := fill(f"FEED_{kind.upper()}"))]
    return Term(name=name, slug=slug, url=fill("URL"), save_as=fill("SAVE_AS"), feeds=feeds,
                sort_key=sv_key(name), **extra)
