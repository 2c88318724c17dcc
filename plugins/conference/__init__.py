"""Conference metadata for the templates.

On each content object:

- ``speakers`` (a string or a list of strings, one speaker per line:
  ``Namn | roll | organisation | avsnitt-id``, the last two optional)
  becomes a list of ``Speaker`` objects with ``name``, ``role``,
  ``organisation`` and ``anchor`` (empty parts are None);
- ``event_date`` ("ÅÅÅÅ-MM-DD") becomes a ``datetime.date``.

Malformed values are reported by the content checker (`make check`), not
here: lines without a name are skipped and an unreadable date becomes None.
The raw values stay in ``content.metadata``.
"""

import datetime
from dataclasses import dataclass

from pelican import signals


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    organisation: str | None = None
    anchor: str | None = None


def parse_speakers(value):
    if isinstance(value, str):
        value = [value]
    speakers = []
    for entry in value or []:
        for line in str(entry).splitlines():
            parts = [part.strip() or None for part in line.split("|")]
            parts += [None] * (4 - len(parts))
            name, role, organisation, anchor = parts[:4]
            if not name:
                continue
            if anchor:
                anchor = anchor.lstrip("#") or None
            speakers.append(Speaker(name, role, organisation, anchor))
    return speakers


def parse_event_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def prepare(content):
    metadata = getattr(content, "metadata", {})
    if "speakers" in metadata:
        content.speakers = parse_speakers(metadata["speakers"])
    if "event_date" in metadata:
        content.event_date = parse_event_date(metadata["event_date"])


def register():
    signals.content_object_init.connect(prepare)
