"""Swedish date and sort filters for the templates.

Adds two Jinja filters through the JINJA_FILTERS setting:

- ``sv_date``: a date or datetime as "2 december 2015"; month names come
  from ``UI["months"]`` (theme/strings.sv.yaml).
- ``sv_sort(iterable, attribute=None)``: sorted in Swedish alphabetical
  order (Å, Ä, Ö after Z). ``attribute`` may be dotted, and a numeric part
  indexes a tuple, e.g. ``categories|sv_sort("0.name")``.
"""

import functools

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


def make_sv_date(months):
    if len(months) != 12:
        raise ValueError("UI['months'] must list the twelve month names")
    # A partial of a module-level function, not a closure: Pelican's content
    # cache pickles the settings, filters included.
    return functools.partial(sv_date, months=tuple(months))


def add_filters(pelican):
    settings = pelican.settings
    months = settings.get("UI", {}).get("months", [])
    settings["JINJA_FILTERS"] = {
        **settings.get("JINJA_FILTERS", {}),
        "sv_date": make_sv_date(months),
        "sv_sort": sv_sort,
    }


def register():
    signals.initialized.connect(add_filters)
