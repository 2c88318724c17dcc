"""Command line: `make extract FILES="a.md b.md"` and `make candidates`.

extract    one JSON object per file and line on stdout:
           {"file": "a.md", "partners": [...], "topics": [...]}
candidates organisations found by their shape but not in the registry,
           with count, files and a context snippet, for editors to review.
"""

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.settings import read_settings

from .extraction import UnknownName
from .registry import RegistryErrors
from .site import extract_post, load_extractor
from .yamlfile import DataError


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m partners", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="partner och ämnen per fil, som JSON")
    extract.add_argument("files", nargs="+")
    candidates = commands.add_parser("candidates", help="okända organisationer att granska")
    candidates.add_argument("content", nargs="?", default=None)
    args = parser.parse_args(argv)

    settings = read_settings(args.settings)
    try:
        extractor = load_extractor(settings)
    except (DataError, RegistryErrors) as error:
        print(error, file=sys.stderr)
        return 2
    reader = MarkdownReader(settings)
    if args.command == "extract":
        return _extract(extractor, reader, args.files)
    content = Path(args.content or settings["PATH"])
    files = sorted(p for folder in settings["ARTICLE_PATHS"] for p in (content / folder).rglob("*.md"))
    return _candidates(extractor, reader, files)


def _read(reader, path):
    try:
        if Path(path).suffix.lstrip(".") in reader.file_extensions:
            content, metadata = reader.read(str(path))
            if "title" in metadata or not metadata:
                return content, metadata
        # Not a Pelican post but plain text: a copied page (.txt), or Markdown
        # whose first line only looked like metadata ("Gästblogg: Ensam är
        # inte stark"). All of it is text.
        return _plain_text(reader, path), {}
    except UnicodeDecodeError as error:
        line = error.object[:error.start].count(b"\n") + 1
        raise ValueError(f"{path}:{line}: filen är inte UTF-8 (byte 0x{error.object[error.start]:02x}); "
                         "spara den som UTF-8") from error
    except Exception as error:  # Markdown or metadata the reader cannot parse
        raise ValueError(f"{path}: kan inte läsas: {error}") from error


def _plain_text(reader, path):
    """HTML of a plain-text file, in which each line is a line of its own
    (a speaker, a heading), not where an editor wrapped a paragraph."""
    settings = reader.settings["MARKDOWN"]
    markdown = Markdown(**{**settings, "extensions": [*settings.get("extensions", ()), "nl2br"]})
    # A blank first line ends the metadata before it starts.
    return markdown.convert("\n" + Path(path).read_text(encoding="utf-8-sig"))


def _extract(extractor, reader, files):
    status = 0
    for name in files:
        try:
            content, metadata = _read(reader, name)
            result = extract_post(extractor, content, metadata)
        except (ValueError, UnknownName) as error:
            print(f"{name}: {error}" if isinstance(error, UnknownName) else error, file=sys.stderr)
            status = 1
            continue
        print(json.dumps({
            "file": name,
            "partners": [partner.name for partner in result.partners],
            "topics": [topic.label for topic in result.topics],
        }, ensure_ascii=False), flush=True)
    return status


def _candidates(extractor, reader, files):
    seen = defaultdict(lambda: {"count": 0, "files": [], "kind": "", "snippet": ""})
    for path in files:
        try:
            content, metadata = _read(reader, path)
            result = extract_post(extractor, content, metadata)
        except (ValueError, UnknownName) as error:
            print(error, file=sys.stderr)
            continue
        found = [(f.name, f.kind, context, 1) for f, context in result.candidates]
        found += [(p.name, p.kind, m.snippet, m.count) for p, m in result.partners.items() if p.source == "upptäckt"]
        for name, kind, snippet, count in found:
            entry = seen[name]
            entry["count"] += count
            entry["kind"] = kind
            entry["snippet"] = entry["snippet"] or snippet
            if str(path) not in entry["files"]:
                entry["files"].append(str(path))
    if not seen:
        print("Inga nya organisationer hittades.")
        return 0
    print(f"{len(seen)} organisationer som inte finns i registret:\n")
    for name, entry in sorted(seen.items(), key=lambda item: (-item[1]["count"], item[0])):
        times = "gång" if entry["count"] == 1 else "gånger"
        print(f"{name}  ({entry['kind']}, {entry['count']} {times})")
        for file in entry["files"]:
            print(f"    {file}")
        if entry["snippet"]:
            print(f"    ”{entry['snippet']}”")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
