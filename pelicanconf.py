"""Pelican settings for local preview (`make html`, `make serve`).

`publishconf.py` imports everything from here and adds what only the
published site needs.
"""

from pathlib import Path

import yaml

ROOT = Path(__file__).parent

AUTHOR = "Arbetsförmedlingen"
SITENAME = "Samverkansbloggen"
SITESUBTITLE = "Gästbloggar och konferensdokumentation om samverkan på arbetsmarknaden"
SITEURL = ""
# Every internal link is relative, so `output/` works unchanged from a
# subpath, any static server or a file share.
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["posts"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
TIMEZONE = "Europe/Stockholm"
DEFAULT_LANG = "sv"
DEFAULT_PAGINATION = False
SUMMARY_MAX_LENGTH = 60

THEME = str(ROOT / "theme")
# UI strings live in data, not in templates.
UI = yaml.safe_load((ROOT / "theme" / "strings.sv.yaml").read_text(encoding="utf-8"))

# Links end in index.html so they also work from a file share, where no
# server maps a folder to its index page.
ARTICLE_URL = "inlagg/{slug}/index.html"
ARTICLE_SAVE_AS = ARTICLE_URL
PAGE_URL = "{slug}/index.html"
PAGE_SAVE_AS = PAGE_URL
CATEGORY_URL = "kategori/{slug}/index.html"
CATEGORY_SAVE_AS = CATEGORY_URL
CATEGORIES_SAVE_AS = "kategori/index.html"
AUTHOR_URL = "skribent/{slug}/index.html"
AUTHOR_SAVE_AS = AUTHOR_URL
AUTHORS_SAVE_AS = "skribent/index.html"
ARCHIVES_SAVE_AS = "arkiv/index.html"
YEAR_ARCHIVE_URL = "arkiv/{date:%Y}/index.html"
YEAR_ARCHIVE_SAVE_AS = YEAR_ARCHIVE_URL
# Pelican's own tags are replaced by the partner and topic pages.
TAGS_SAVE_AS = ""
TAG_SAVE_AS = ""
DRAFT_SAVE_AS = "utkast/{slug}/index.html"
DRAFT_URL = DRAFT_SAVE_AS

# Feeds need absolute URLs, so they are written only when publishing.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DIRECT_TEMPLATES = ["index", "categories", "authors", "archives", "404"]

FORMATTED_FIELDS = ["summary", "intro"]
SLUGIFY_SOURCE = "title"

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.toc": {
            "title": "Innehåll",
            "toc_depth": "2-3",
            "permalink": False,
        },
    },
    "output_format": "html5",
}

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["content_check", "template_cache", "swedish", "conference", "partners", "neighbours", "reading_time", "related",
           "charts", "search", "web_metadata", "open_data"]

# The post metadata fields (see README, "Skriva ett inlägg").
METADATA_SCHEMA = str(ROOT / "content" / "metadata.yaml")

# No inline script, no other origin: every page carries this policy.
# 'wasm-unsafe-eval' lets the search (Pagefind) run its WebAssembly.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'"
)
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = str(ROOT / "cache")
