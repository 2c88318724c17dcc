"""Swedish date and sort filters for the templates.

Adds three Jinja filters through the JINJA_FILTERS setting:

- ``sv_date``: a date or datetime as "2 december 2015"; month names come
  from ``UI["months"]`` (theme/strings.sv.yaml).
- ``sv_time``: the same inside ``<time datetime="2015-12-02">``. A filter,
  not a macro: lists of thousands of posts call it once per post.
- ``sv_sort(iterable, attribute=None)``: sorted in Swedish alphabetical
  order (Å, Ä, Ö after Z). ``attribute`` may be dotted, and a numeric part
  indexes a tuple, e.g. ``categories|sv_sort("0.name")``.
"""

import functools

from markupsafe import Markup
from pelican import signals

from .collation import sv_key


def _lookup(item, path):
    for part in path.split("."):
        if part.isdigit():
            item = item[int(part)]
        else:
            item = getattr(item, part)
    return item


def sv_sort(iterable, attribute=None):
    if attribute is None:
        return sorted(iterable, key=sv_key)
    return sorted(iterable, key=lambda item: sv_key(_lookup(item, attribute)))


def sv_date(value, months):
    return f"{value.day} {months[value.month - 1]} {value.year}"


@functools.lru_cache(maxsize=4096)  # a large site lists each post on many pages
def sv_time(value, months):
    # isoformat, not strftime: Pelican's strftime wrapper is slow, and a list
    # of thousands of posts formats thousands of dates.
    return Markup(f'<time datetime="{value.isoformat()[:10]}">{sv_date(value, months)}</time>')


def with_months(months, date_filter):
    if len(months) != 12:
        raise ValueError("UI['months'] must list the twelve month names")
    # A partial of a module-level function, not a closure: Pelican's content
    # cache pickles the settings, filters included.
    return functools.partial(date_filter, months=tuple(months))


def add_filters(pelican):
    settings = pelican.settings
    months = settings.get("UI", {}).get("months", [])
    settings["JINJA_FILTERS"] = {
        **settings.get("JINJA_FILTERS", {}),
        "sv_date": with_months(months, sv_date),
        "sv_time": with_months(months, sv_time),
        "sv_sort": sv_sort,
    }


def register():
    signals.initialized.connect(add_filters)
