"""The open data records: one dict per post, partner and topic, with
nothing a build could change between two runs on the same content (no
timestamps, lists in a fixed order)."""

from web_metadata.structured_data import plain
from web_metadata.urls import canonical_url


def iso_date(value):
    return value.isoformat()[:10] if value else None  # a date or a datetime


def named(item):
    return {"name": item.name, "slug": item.slug}


def event(article):
    if not getattr(article, "event_date", None):
        return None
    return {"date": iso_date(article.event_date), "venue": getattr(article, "venue", None),
            "organiser": getattr(article, "organiser", None)}


def post_record(article, settings):
    return {
        "title": article.title,
        "slug": article.slug,
        "url": article.url,
        "absolute_url": canonical_url(settings, article.url) or None,
        "date": iso_date(article.date),
        "modified": iso_date(getattr(article, "modified", None)),
        "category": named(article.category),
        "authors": [named(author) for author in article.authors],
        "author_role": getattr(article, "author_role", None) or None,
        "summary": plain(article.summary),
        "partners": [named(term) for term in getattr(article, "partners", [])],
        "topics": [{"label": term.name, "slug": term.slug} for term in getattr(article, "topics", [])],
        "event": event(article),
    }


def term_record(term, settings):
    return {
        "slug": term.slug,
        "url": term.url,
        "absolute_url": canonical_url(settings, term.url) or None,
        "post_count": len(term.articles),
        "posts": [article.slug for article in term.articles],
    }


def partner_record(term, settings):
    return {
        **term_record(term, settings),
        "name": term.name,
        "kind": {"key": term.kind.key, "label": term.kind.singular},
        "website": term.website or None,
    }


def topic_record(term, settings):
    return {**term_record(term, settings), "label": term.name, "description": term.description}


def newest_first(articles):
    return sorted(articles, key=lambda article: (article.date, article.slug), reverse=True)
