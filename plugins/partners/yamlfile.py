"""Load editor-owned YAML files with the line of every mapping, so errors
name the file and line an editor has to fix."""

from pathlib import Path

import yaml

LINE = "__line__"


class DataError(Exception):
    """A problem in an editor's data file, reported as `file:line: message`."""

    def __init__(self, path, line, message):
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = str(path), line, message


# libyaml's parser when PyYAML was built with it: the registry is large.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):
    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


def load(path):
    """Parse one YAML file; a syntax error becomes a DataError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataError(path, 1, "filen är inte UTF-8") from None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise DataError(path, line, f"YAML-fel: {error.problem or error}") from None


def load_names(path, what):
    """A file that is a list of names ("- Jämtland"); `what` says what the
    names are, for the error message."""
    names = load(path) or []
    if not isinstance(names, list) or not all(isinstance(name, (str, int)) for name in names):
        raise DataError(path, 1, f"filen ska vara en lista med {what}")
    return [str(name) for name in names]


def load_list(path):
    data = load(path)
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise DataError(path, 1, "filen ska vara en lista med poster (rader som börjar med '- ')")
    return data
