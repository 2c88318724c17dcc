"""sitemap.xml and robots.txt for the published site.

Every HTML page Pelican writes is noted as it is written (the
content_written signal, which carries the page's template context), with
the date it last changed: a post's modified or publication date, a list's
newest post. Pages without a date (the static pages) get no lastmod.
"""

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from .urls import canonical_url, unlisted

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def last_changed(context):
    """The date a page last changed, or None when it cannot be known."""
    for key in ("article", "page"):
        content = context.get(key)
        if content is not None:
            value = getattr(content, "modified", None) or getattr(content, "date", None)
            return value.date() if value else None
    term = context.get("term")  # a partner or topic page lists the term's posts
    articles = (term.articles if term is not None else []) or context.get("dates") or context.get("articles") or []
    dates = [getattr(article, "modified", None) or article.date for article in articles]
    return max(dates).date() if dates else None


def is_listed(context):
    content = context.get("article") or context.get("page")
    return content is None or getattr(content, "status", "published") == "published"


class Sitemap:
    """The pages of one build, from the first file written to the last."""

    def __init__(self):
        self.pages = {}

    def clear(self, *args, **kwargs):
        self.pages = {}

    def note(self, path, context):
        output = Path(context["OUTPUT_PATH"])
        relative = Path(path).relative_to(output).as_posix()
        if relative.endswith(".html") and is_listed(context):
            self.pages[relative] = last_changed(context)

    def entries(self, settings):
        """(absolute URL, lastmod or None), sorted by URL."""
        skip = unlisted(settings)
        return sorted((canonical_url(settings, path), changed)
                      for path, changed in self.pages.items() if path not in skip)

    def xml(self, settings):
        ElementTree.register_namespace("", NAMESPACE)
        root = ElementTree.Element(f"{{{NAMESPACE}}}urlset")
        for url, changed in self.entries(settings):
            element = ElementTree.SubElement(root, f"{{{NAMESPACE}}}url")
            ElementTree.SubElement(element, f"{{{NAMESPACE}}}loc").text = url
            if changed:
                ElementTree.SubElement(element, f"{{{NAMESPACE}}}lastmod").text = changed.isoformat()
        ElementTree.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def robots_txt(settings):
    return f"User-agent: *\nAllow: /\n\nSitemap: {canonical_url(settings, settings['SITEMAP_SAVE_AS'])}\n"


def write(sitemap, settings):
    """Write both files; only for a site with an address, since a sitemap
    lists absolute URLs."""
    if not canonical_url(settings, ""):
        return
    output = Path(settings["OUTPUT_PATH"])
    (output / settings["SITEMAP_SAVE_AS"]).write_text(sitemap.xml(settings), encoding="utf-8")
    (output / "robots.txt").write_text(robots_txt(settings), encoding="utf-8")
