"""What the web needs beside the pages: canonical addresses, OpenGraph and
Twitter card tags, JSON-LD, feed links, sitemap.xml and robots.txt.

Templates get (theme/templates/includes/head_meta.html):

- the filter ``canonical_url``: an output path as its absolute, clean
  address under CANONICAL_SITEURL, or "" for the local preview and for the
  error and search pages;
- the global ``json_ld()``: the page's JSON-LD objects, each serialised so
  it can sit inside <script> (see structured_data.json_for_html).

sitemap.xml (SITEMAP_SAVE_AS) and robots.txt are written after the build,
only when CANONICAL_SITEURL is set.
"""

from jinja2 import pass_context
from pelican import signals

from . import sitemap
from .structured_data import StructuredData, json_for_html
from .urls import canonical_url, unlisted

DEFAULTS = {
    "CANONICAL_SITEURL": "",
    "SITEMAP_SAVE_AS": "sitemap.xml",
    "OG_LOCALE": "sv_SE",
}

SITEMAP = sitemap.Sitemap()


# Template helpers read the settings from the template context, which holds
# them all: Pelican's content cache pickles the settings, and with them
# JINJA_FILTERS and JINJA_GLOBALS, so these must be plain functions.
@pass_context
def page_canonical_url(context, path):
    return "" if path in unlisted(context) else canonical_url(context, path)


@pass_context
def json_ld(context):
    return [json_for_html(block) for block in StructuredData(context).for_page(context)]


def add_template_helpers(pelican):
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    settings["JINJA_FILTERS"] = {**settings.get("JINJA_FILTERS", {}), "canonical_url": page_canonical_url}
    settings["JINJA_GLOBALS"] = {**settings.get("JINJA_GLOBALS", {}), "json_ld": json_ld}


def note_page(path, context):
    SITEMAP.note(path, context)


def write_sitemap(pelican):
    sitemap.write(SITEMAP, pelican.settings)


def register():
    signals.initialized.connect(add_template_helpers)
    # Every (re)generation starts a new list before it writes any page.
    signals.all_generators_finalized.connect(SITEMAP.clear)
    signals.content_written.connect(note_page)
    signals.finalized.connect(write_sitemap)
