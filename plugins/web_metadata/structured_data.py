"""JSON-LD (schema.org) for the pages: BlogPosting for posts, Event for
conference documentation, Organization for partners, WebSite for the home
page. Pages embed it in <script type="application/ld+json">, which is data
and not run as a script."""

import json
from functools import lru_cache

from markupsafe import Markup

from .urls import site_address, url_under

CONTEXT = "https://schema.org"


def json_for_html(data):
    """JSON that cannot end the <script> element it sits in: <, > and &
    become \\u003c, \\u003e and \\u0026, which a JSON parser reads back."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def plain(html):
    """Text of an HTML fragment (a post's summary), entities decoded."""
    return str(Markup(str(html or "")).striptags())


def compact(data):
    """Leave out empty values, so a site without an address gets no url."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


# Posts name the same partners and topics again and again (a site of 1,000
# posts mentions 10,000 of them): each object is made once and shared, as
# nothing changes it once made. Its url is the term's website, if known, or
# else its page here.
@lru_cache(maxsize=4096)
def _term_object(kind, name, base, path, website):
    return compact({"@type": kind, "name": name, "url": website or url_under(base, path),
                    "sameAs": [website] if website else []})


class StructuredData:
    """Builds the objects from the settings, or a template context holding
    them."""

    def __init__(self, settings):
        self.settings = settings
        # Looked up once: in a template context, every lookup is a call.
        self.base = site_address(settings)

    def url(self, path):
        return url_under(self.base, path)

    def publisher(self):
        return compact({"@type": "Organization", "name": self.settings["UI"]["publisher"]})

    def author(self, author, article):
        """A person, unless the byline is an organisation: the editors
        ("Redaktionen") or a partner, as for conference documentation."""
        organisations = {self.settings["UI"]["untitled_author"], *(t.name for t in getattr(article, "partners", []))}
        kind = "Organization" if author.name in organisations else "Person"
        return compact({"@type": kind, "name": author.name, "url": self.url(author.url)})

    def organization(self, term):
        """A partner: its own website when the registry knows it, otherwise
        its page here."""
        return _term_object("Organization", term.name, self.base, term.url, term.website)

    def defined_term(self, term):
        """A topic, at its page here."""
        return _term_object("DefinedTerm", term.name, self.base, term.url, "")

    def blog_posting(self, article):
        url = self.url(article.url)
        modified = getattr(article, "modified", None)
        return compact({
            "@context": CONTEXT,
            "@type": "BlogPosting",
            "headline": article.title,
            "description": plain(article.summary),
            "datePublished": article.date.isoformat(),
            "dateModified": modified.isoformat() if modified else None,
            "inLanguage": self.settings["DEFAULT_LANG"],
            "url": url,
            "mainEntityOfPage": url,
            "articleSection": article.category.name if article.category else None,
            "author": [self.author(author, article) for author in article.authors],
            "publisher": self.publisher(),
            "mentions": [self.organization(term) for term in getattr(article, "partners", [])],
            "about": [self.defined_term(term) for term in getattr(article, "topics", [])],
        })

    def event(self, article):
        """The conference a documentation post is about."""
        venue = getattr(article, "venue", None)
        organiser = getattr(article, "organiser", None)
        return compact({
            "@context": CONTEXT,
            "@type": "Event",
            "name": article.title,
            "description": plain(article.summary),
            "startDate": article.event_date.isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "inLanguage": self.settings["DEFAULT_LANG"],
            "url": self.url(article.url),
            # "Hotell Höga Kusten, Hornöberget": the place, then where it is.
            "location": compact({"@type": "Place", "name": venue.split(",")[0].strip(), "address": venue})
            if venue else None,
            "organizer": compact({"@type": "Organization", "name": organiser}) if organiser else None,
        })

    def partner_page(self, term):
        return {"@context": CONTEXT, **self.organization(term),
                **compact({"mainEntityOfPage": self.url(term.url)})}

    def website(self):
        url = self.url("")
        search = self.settings.get("SEARCH_URL")
        action = None
        if url and search:
            action = {"@type": "SearchAction", "target": f"{self.url(search)}?q={{search_term_string}}",
                      "query-input": "required name=search_term_string"}
        return compact({
            "@context": CONTEXT,
            "@type": "WebSite",
            "name": self.settings["SITENAME"],
            "description": self.settings["UI"]["site_description"],
            "inLanguage": self.settings["DEFAULT_LANG"],
            "url": url,
            "publisher": self.publisher(),
            "potentialAction": action,
        })

    def for_page(self, context):
        """The JSON-LD objects of the page a template context renders."""
        article = context.get("article")
        if article is not None:
            blocks = [self.blog_posting(article)]
            if getattr(article, "event_date", None):
                blocks.append(self.event(article))
            return blocks
        term = context.get("term")
        if term is not None and term.kind is not None:
            return [self.partner_page(term)]
        if context.get("output_file") == self.settings["INDEX_SAVE_AS"]:
            return [self.website()]
        return []
