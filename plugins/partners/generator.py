"""Pelican wiring: tag every post, then write the partner and topic pages
and their feeds. Where a second core is free, the posts are analysed while
Pelican reads them (prefetch.py) and the term pages rendered while it
writes the posts (render_ahead.py)."""

import gc
from contextlib import contextmanager
from operator import attrgetter

from pelican import signals
from pelican.contents import Article
from pelican.generators import Generator
from pelican.writers import Writer

from . import prefetch, render_ahead, second_core
from .extraction import UnknownName
from .registry import RegistryErrors
from .site import extract_post, load_extractor, make_term, post_inputs, setting
from .term_files import FeedFile, PageFile
from .yamlfile import DataError


class TaggingError(Exception):
    pass


by_name = attrgetter("sort_key")  # Swedish alphabetical order of terms


@contextmanager
def collector_paused():
    """Python's cycle collector, paused while the posts are tagged. The
    extraction allocates hundreds of thousands of small objects and no
    cycles, yet each full collection walks every object Pelican holds for
    the site: a quarter of the tagging time on a large site."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# This build's work on a second core: "prefetch" from the first post read
# until tagging, "render" while Pelican writes the posts. A build that fails
# leaves its own, which the next build ends.
_workers = {}


def _start(kind, settings, start):
    leftover = _workers.pop(kind, None)
    if leftover is not None:
        leftover.close()
    if setting(settings, "PARTNER_PARALLEL") and second_core.available():
        _workers[kind] = start()


def start_prefetch(article_generator):
    """Called before Pelican reads the posts."""
    settings = article_generator.settings
    try:
        _start("prefetch", settings, lambda: prefetch.Prefetch(load_extractor(settings)))
    except (DataError, RegistryErrors):  # reported when the posts are tagged
        pass


def prefetch_post(content):
    """Called for every post and page Pelican has read (not for those it
    takes from its cache)."""
    worker = _workers.get("prefetch")
    if worker is not None and isinstance(content, Article):
        worker.send(content.source_path, post_inputs(content._content, content.metadata))


def _prefetched():
    """(the extractor the worker used, {source path: (inputs, analysis)});
    ends this build's worker."""
    done = _workers.pop("prefetch", None)
    return (None, {}) if done is None else (done.extractor, done.results())


def tag_articles(article_generator):
    """Give every post `partners` and `topics` (lists of Terms); called
    when Pelican has read all posts, so it runs on every (re)generation,
    cached posts included. Drafts are tagged too, for the preview, but
    listed on no partner or topic page."""
    settings = article_generator.settings
    with collector_paused():
        used, prefetched = _prefetched()
        extractor = load_extractor(settings)
        if used is not extractor:  # none, or a data file changed while the posts were read
            prefetched = {}
        partner_terms, topic_terms, problems, addresses = {}, {}, [], {}
        posts = [(article, True) for article in article_generator.articles]
        posts += [(draft, False) for draft in article_generator.drafts]
        for article, listed in posts:
            sent = prefetched.get(article.source_path)
            analysis = None
            if sent is not None and sent[0] == post_inputs(article._content, article.metadata):
                analysis = sent[1]
            try:
                result = extract_post(extractor, article._content, article.metadata, analysis)
            except UnknownName as error:
                problems.append(f"{article.source_path}: {error}")
                continue
            article.partners, article.topics = [], []
            for partner, mention in result.partners.items():
                term = partner_terms.get(partner)
                if term is None:
                    term = partner_terms[partner] = make_term(
                        settings, "PARTNER", partner.name, partner.slug, addresses=addresses,
                        kind=extractor.registry.kinds.get(partner.kind), website=partner.website)
                article.partners.append(term)
                if listed:
                    term.add(article, mention.count, mention.snippet)
            for topic in result.topics:
                term = topic_terms.get(topic.label)
                if term is None:
                    term = topic_terms[topic.label] = make_term(
                        settings, "TOPIC", topic.label, topic.slug, addresses=addresses,
                        description=topic.description)
                article.topics.append(term)
                if listed:
                    term.add(article)
            article.partners.sort(key=by_name)
            article.speaker_partners = _speaker_partners(article, extractor, partner_terms)
        if problems:
            raise TaggingError("\n".join(problems))
        for term in (*partner_terms.values(), *topic_terms.values()):
            term.sort_newest_first()
    partners = sorted((t for t in partner_terms.values() if t.articles), key=by_name)
    topics = sorted((t for t in topic_terms.values() if t.articles), key=by_name)
    groups = [(kind, [t for t in partners if t.kind is kind]) for kind in extractor.registry.kinds.values()]
    article_generator.context.update(
        partners=partners,
        partner_groups=[(kind, members) for kind, members in groups if members],
        topics=topics,
        PARTNERS_URL=setting(settings, "PARTNERS_URL"),
        TOPICS_URL=setting(settings, "TOPICS_URL"),
    )


def _speaker_partners(article, extractor, partner_terms):
    """{organisation as a speaker line writes it: the post's partner term},
    so the speaker list links "Västerås stad" to Västerås kommun's page."""
    linked = {}
    for speaker in getattr(article, "speakers", None) or ():
        if speaker.organisation and speaker.organisation not in linked:
            term = partner_terms.get(extractor.partner_named(speaker.organisation))
            if term in article.partners:
                linked[speaker.organisation] = term
    return linked


# Pelican makes a new generator for every (re)generation, and the signal
# that starts the rendering carries none.
_term_pages = None


class TermPagesGenerator(Generator):
    """Writes /partner/, /partner/<slug>/, /amne/, /amne/<slug>/ and feeds."""

    def __init__(self, *args, **kwargs):
        global _term_pages
        super().__init__(*args, **kwargs)
        _term_pages = self

    def files(self):
        """Every page and feed this generator writes."""
        files = []
        pages = [
            ("partners", "PARTNERS", self.context.get("partners", []), "partner"),
            ("topics", "TOPICS", self.context.get("topics", []), "topic"),
        ]
        for index_template, key, terms, term_template in pages:
            files.append(PageFile(self, setting(self.settings, f"{key}_SAVE_AS"), index_template,
                                  setting(self.settings, f"{key}_URL"), {}))
            for term in terms:
                files.append(PageFile(self, term.save_as, term_template, term.url, {"term": term}))
                newest = term.articles[:setting(self.settings, "TERM_FEED_MAX_ITEMS")]
                files += [FeedFile(self, feed.url, feed.type, newest, term.name) for feed in term.feeds]
        return files

    def generate_output(self, writer):
        global _term_pages
        _term_pages = None  # done with; a devserver keeps the process
        rendering = _workers.pop("render", None)
        written = set()
        if rendering is not None and type(writer) is not Writer:  # a plugin's writer may render otherwise
            rendering.close()
        elif rendering is not None:
            rendering.write(writer)
            written = {file.path for file in rendering.files}
        for file in self.files():
            if file.path not in written:
                file.write(writer)


def start_rendering(pelican):
    """Called when Pelican is about to write the site, posts first."""
    def start():
        files = _term_pages.files()
        # A feed rendered ahead is written without feed_written.
        if signals.feed_written.receivers:
            files = [file for file in files if not isinstance(file, FeedFile)]
        return render_ahead.RenderAhead(files, pelican.settings)

    if _term_pages is not None:
        _start("render", pelican.settings, start)
