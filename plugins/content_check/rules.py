"""The checks every post must pass before the site is built.

Each check returns `Problem`s; the caller reports all of them at once so a
writer fixes everything in one round.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import get_date, slugify

from .source import NotUtf8, parse, read_bytes

_HTML = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_HEADING_ID = re.compile(r"\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.message}"


def load_schema(path):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def post_files(content_dir, subdirs=("posts",)):
    """Every Markdown post under the article folders, in a stable order."""
    root = Path(content_dir)
    return sorted(p for sub in subdirs for p in (root / sub).rglob("*.md"))


def check_files(paths, schema, extra_checks=()):
    """Check every file; `extra_checks` are callables (source) -> problems,
    so other plugins (partner overrides) can add their own rules."""
    problems, slugs = [], {}
    for path in paths:
        source, file_problems = _load(path)
        problems += file_problems
        if source is None:
            continue
        problems += check_metadata(source, schema)
        problems += check_body(source)
        for check in extra_checks:
            problems += check(source)
        slug = _slug_of(source)
        if slug:
            if slug in slugs:
                problems.append(
                    Problem(str(path), source.line_of("slug") if source.get("slug") else source.line_of("title"),
                            f"adressen (slug) '{slug}' används redan av {slugs[slug]}")
                )
            else:
                slugs[slug] = str(path)
    return sorted(problems)


def _load(path):
    try:
        text = read_bytes(path)
    except NotUtf8 as error:
        return None, [Problem(str(path), error.line, f"filen är inte UTF-8: {error}")]
    except OSError as error:
        return None, [Problem(str(path), 1, f"filen kan inte läsas: {error.strerror}")]
    if not text.strip():
        return None, [Problem(str(path), 1, "filen är tom")]
    return parse(path, text), []


def check_metadata(source, schema):
    path, problems = str(source.path), []
    fields = schema["fields"]
    category = source.get("category")
    for key, spec in fields.items():
        required = spec.get("required", False)
        needed = required is True or (isinstance(required, list) and category in required)
        if needed and not source.get(key):
            where = f" för kategorin {category}" if isinstance(required, list) else ""
            problems.append(Problem(path, 1, f"fältet '{key}' saknas{where} ({spec['description']})"))
    for key, found in source.fields.items():
        spec = fields.get(key)
        if spec is None:
            problems.append(Problem(path, found.line, f"okänt fält '{key}' (tillåtna fält: se content/metadata.yaml)"))
            continue
        problems += [Problem(path, found.line, message) for message in _check_value(key, spec, found, schema)]
    return problems


def _check_value(key, spec, found, schema):
    value, kind = found.text, spec["type"]
    if not value:
        return [f"fältet '{key}' är tomt"]
    if _HTML.search(value):
        return [f"fältet '{key}' innehåller HTML-kod, vilket inte är tillåtet: {value[:60]!r}"]
    if kind == "date":
        try:
            get_date(value)
        except (ValueError, OverflowError):
            return [f"'{value}' är inget giltigt datum i fältet '{key}' (skriv ÅÅÅÅ-MM-DD)"]
    if kind == "choice":
        allowed = schema[spec["choices_from"]] if "choices_from" in spec else spec["choices"]
        if value not in allowed:
            return [f"okänt värde '{value}' i fältet '{key}' (tillåtna: {', '.join(allowed)})"]
    if kind == "slug" and not _SLUG.match(value):
        return [f"ogiltig adress '{value}' i fältet '{key}' (bara a–z, 0–9 och bindestreck)"]
    if kind == "speakers":
        return [msg for entry in found.values for msg in _check_speaker(entry)]
    return []


def _check_speaker(entry):
    parts = [part.strip() for part in entry.split("|")]
    if len(parts) < 3 or not all(parts[:3]) or len(parts) > 4:
        return [f"talaren '{entry}' ska skrivas 'Namn | roll | organisation | avsnitt-id'"]
    return []


def check_body(source):
    path, problems = str(source.path), []
    fence, fence_line = None, 0
    for offset, line in enumerate(source.body.split("\n")):
        match = _FENCE.match(line)
        if not match:
            continue
        marker = match.group(1)
        if fence is None:
            fence, fence_line = marker, source.body_line + offset
        elif marker[0] == fence[0] and len(marker) >= len(fence):
            fence = None
    if fence is not None:
        problems.append(Problem(path, fence_line, f"kodblocket som börjar med {fence} avslutas aldrig"))
    anchors = set(_HEADING_ID.findall(source.body))
    speakers = source.fields.get("speakers")
    if speakers:
        for entry in speakers.values:
            parts = [part.strip() for part in entry.split("|")]
            if len(parts) == 4 and parts[3] and parts[3] not in anchors:
                problems.append(
                    Problem(path, speakers.line, f"talaren {parts[0]} pekar på avsnittet '#{parts[3]}' som inte finns i texten")
                )
    return problems


def _slug_of(source):
    if source.get("slug"):
        return source.get("slug")
    if source.get("title"):
        return slugify(source.get("title"), regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])
    return ""
