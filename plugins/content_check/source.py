"""Read a Markdown post's metadata header with the line of every field.

Pelican's reader discards line numbers; the checker needs them to report
problems as `file:line: message`.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

_FIELD = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
_CONTINUATION = re.compile(r"^[ ]{4,}(?P<value>\S.*)$")


class NotUtf8(ValueError):
    """The file's bytes are not UTF-8; `line` is where decoding failed."""

    def __init__(self, line, reason):
        super().__init__(reason)
        self.line = line


@dataclass
class Field:
    line: int
    values: list = field(default_factory=list)

    @property
    def text(self):
        return " ".join(self.values).strip()


@dataclass
class Source:
    path: Path
    fields: dict  # lower-case key -> Field
    body: str
    body_line: int  # line number of the body's first line

    def get(self, key):
        found = self.fields.get(key)
        return found.text if found else ""

    def line_of(self, key):
        found = self.fields.get(key)
        return found.line if found else 1


def read_bytes(path):
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise NotUtf8(line, f"byte 0x{data[error.start]:02x} är inte giltig UTF-8") from None


def parse(path, text):
    lines = text.lstrip("\ufeff").split("\n")
    fields, current, index = {}, None, 0
    for index, line in enumerate(lines):
        if not line.strip():
            break
        match = _FIELD.match(line)
        if match:
            current = fields.setdefault(match["key"].lower(), Field(index + 1))
            current.values.append(match["value"])
            continue
        continuation = _CONTINUATION.match(line)
        if continuation and current is not None:
            current.values.append(continuation["value"])
            continue
        break
    else:
        index = len(lines)
    return Source(Path(path), fields, "\n".join(lines[index:]), index + 1)
