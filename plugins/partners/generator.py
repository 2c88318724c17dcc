"""Pelican wiring: tag every post, then write the partner and topic pages
and their feeds."""

import gc
from contextlib import contextmanager
from operator import attrgetter

from pelican.contents import Article
from pelican.generators import Generator

from . import prefetch
from .extraction import UnknownName
from .registry import RegistryErrors
from .site import Entry, extract_post, load_extractor, make_term, post_inputs, setting
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


_prefetch = None  # this build's, from the first post read until tagging


def start_prefetch(article_generator):
    """Called before Pelican reads the posts."""
    global _prefetch
    if _prefetch is not None:  # left by a build that failed before tagging
        _prefetch.close()
        _prefetch = None
    settings = article_generator.settings
    if setting(settings, "PARTNER_PREFETCH") and prefetch.available():
        try:
            _prefetch = prefetch.Prefetch(load_extractor(settings))
        except (DataError, RegistryErrors):  # reported when the posts are tagged
            pass


def prefetch_post(content):
    """Called for every post and page Pelican has read (not for those it
    takes from its cache)."""
    if _prefetch is not None and isinstance(content, Article):
        _prefetch.send(content.source_path, post_inputs(content._content, content.metadata))


def _prefetched():
    """(the extractor the worker used, {source path: (inputs, analysis)});
    ends this build's worker."""
    global _prefetch
    done, _prefetch = _prefetch, None
    return (None, {}) if done is None else (done.extractor, done.results())


def tag_articles(article_generator):
    """Give every post `partners`, `topics` (lists of Terms) and
    `partner_mentions`; called when Pelican has read all posts, so it runs
    on every (re)generation, cached posts included. Drafts are tagged too,
    for the preview, but listed on no partner or topic page."""
    settings = article_generator.settings
    used, prefetched = _prefetched()
    extractor = load_extractor(settings)
    if used is not extractor:  # none, or a data file changed while the posts were read
        prefetched = {}
    partner_terms, topic_terms, problems = {}, {}, []
    posts = [(article, True) for article in article_generator.articles]
    posts += [(draft, False) for draft in article_generator.drafts]
    with collector_paused():
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
            article.partners, article.topics, article.partner_mentions = [], [], {}
            url = article.url
            for partner, mention in result.partners.items():
                term = partner_terms.get(partner)
                if term is None:
                    term = partner_terms[partner] = make_term(
                        settings, "PARTNER", partner.name, partner.slug,
                        kind=extractor.registry.kinds.get(partner.kind), website=partner.website)
                article.partners.append(term)
                article.partner_mentions[term.name] = mention
                if listed:
                    term.entries.append(Entry(article, mention.count, mention.snippet, url))
            for topic in result.topics:
                term = topic_terms.get(topic.label)
                if term is None:
                    term = topic_terms[topic.label] = make_term(
                        settings, "TOPIC", topic.label, topic.slug, description=topic.description)
                article.topics.append(term)
                if listed:
                    term.entries.append(Entry(article, 0, "", url))
            article.partners.sort(key=by_name)
    if problems:
        raise TaggingError("\n".join(problems))
    for term in (*partner_terms.values(), *topic_terms.values()):
        term.entries.sort(key=lambda entry: entry.article.date, reverse=True)
    partners = sorted((t for t in partner_terms.values() if t.entries), key=by_name)
    topics = sorted((t for t in topic_terms.values() if t.entries), key=by_name)
    groups = [(kind, [t for t in partners if t.kind is kind]) for kind in extractor.registry.kinds.values()]
    article_generator.context.update(
        partners=partners,
        partner_groups=[(kind, members) for kind, members in groups if members],
        topics=topics,
        PARTNERS_URL=setting(settings, "PARTNERS_URL"),
        TOPICS_URL=setting(settings, "TOPICS_URL"),
    )


class TermPagesGenerator(Generator):
    """Writes /partner/, /partner/<slug>/, /amne/, /amne/<slug>/ and feeds."""

    def generate_output(self, writer):
        relative = self.settings["RELATIVE_URLS"]
        pages = [
            ("partners", "PARTNERS", self.context.get("partners", []), "partner"),
            ("topics", "TOPICS", self.context.get("topics", []), "topic"),
        ]
        for index_template, key, terms, term_template in pages:
            writer.write_file(setting(self.settings, f"{key}_SAVE_AS"), self.get_template(index_template),
                              self.context, relative_urls=relative, url=setting(self.settings, f"{key}_URL"),
                              template_name=index_template)
            template = self.get_template(term_template)
            for term in terms:
                writer.write_file(term.save_as, template, self.context, relative_urls=relative, url=term.url,
                                  term=term, entries=term.entries, template_name=term_template)
                newest = term.articles[:setting(self.settings, "TERM_FEED_MAX_ITEMS")]
                for feed in term.feeds:
                    writer.write_feed(newest, self.context, feed.url, feed.url, feed_type=feed.type,
                                      feed_title=term.name)  # Pelican prefixes the site name
