"""Settings for the published site (`make publish`): everything from
pelicanconf.py plus the production address, feeds and no drafts."""

import os
import sys

sys.path.append(os.path.dirname(__file__))
from pelicanconf import *  # noqa: E402,F401,F403

# The production address, used only where a full URL is required: feeds,
# canonical links and the sitemap. Pages link to each other relatively.
SITEURL = os.environ.get("SITEURL", "https://samverkan.arbetsformedlingen.se")
RELATIVE_URLS = True
FEED_DOMAIN = SITEURL
# SITEURL itself becomes a relative path inside templates (RELATIVE_URLS),
# so canonical links, OpenGraph, JSON-LD, the sitemap and the open data
# read the absolute address from here (plugins/web_metadata).
CANONICAL_SITEURL = SITEURL

FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/kategori/{slug}.atom.xml"
CATEGORY_FEED_RSS = "feeds/kategori/{slug}.rss.xml"
PARTNER_FEED_ATOM = "partner/{slug}/atom.xml"
PARTNER_FEED_RSS = "partner/{slug}/rss.xml"
TOPIC_FEED_ATOM = "amne/{slug}/atom.xml"
TOPIC_FEED_RSS = "amne/{slug}/rss.xml"

# Drafts are never part of the published site.
DRAFT_SAVE_AS = ""
DRAFT_URL = ""
DELETE_OUTPUT_DIRECTORY = True
# A published site is always built from scratch.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
