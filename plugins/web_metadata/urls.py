"""Absolute addresses of the published site.

Pages link to each other relatively and end in index.html (they must work
from a file share); where the web needs one absolute address per page
(canonical links, OpenGraph, JSON-LD, the sitemap, the open data) it is the
clean directory form under CANONICAL_SITEURL: inlagg/x/index.html becomes
https://…/inlagg/x/.
"""

INDEX = "index.html"


def canonical_url(settings, path):
    """The absolute address of an output path, or "" when the site has no
    address (CANONICAL_SITEURL unset, as in the local preview)."""
    return url_under(site_address(settings), path)


def site_address(settings):
    return (settings.get("CANONICAL_SITEURL") or "").rstrip("/")


def url_under(base, path):
    """canonical_url with the site's address looked up beforehand."""
    if not base:
        return ""
    if path == INDEX or path.endswith("/" + INDEX):
        path = path[: -len(INDEX)]
    return f"{base}/{path}"


def unlisted(settings):
    """Output paths that are no page of their own for search engines: the
    error page (served at any missing address) and the search page."""
    return {path for path in (settings.get("404_SAVE_AS", "404.html"), settings.get("SEARCH_SAVE_AS")) if path}
