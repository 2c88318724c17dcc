"""Open data: every post, partner and topic as JSON (CC0), for anyone to
reuse without scraping the pages.

Writes <OPEN_DATA_PATH>/posts.json, partners.json and topics.json, and
next to them the JSON Schema of each (schemas/, the one definition of the
files' fields). The page content/pages/oppna-data.md (template open_data)
documents the files from the same schemas: the context variable
``open_data_files`` lists each file with its title, description, path,
schema path and fields.
"""

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .records import newest_first, partner_record, post_record, topic_record

SCHEMAS = Path(__file__).parent / "schemas"
DEFAULTS = {
    "OPEN_DATA_PATH": "data",
    "OPEN_DATA_LICENSE": "https://creativecommons.org/publicdomain/zero/1.0/",
}


@dataclass
class DataFile:
    key: str  # the list in the file, and its name: posts → posts.json
    schema: dict
    path: str
    schema_path: str

    @property
    def title(self):
        return self.schema["title"]

    @property
    def description(self):
        return self.schema["description"]

    @property
    def fields(self):
        """(field, description) of one entry, nested fields as a.b and
        lists of objects as a[].b, in the schema's order."""
        return schema_fields(self.schema, self.schema["properties"][self.key]["items"])


def resolve(schema, node):
    while "$ref" in node:
        node = {**schema["$defs"][node["$ref"].rpartition("/")[2]],
                **{key: value for key, value in node.items() if key != "$ref"}}
    return node


def schema_fields(schema, node, prefix=""):
    rows = []
    for name, prop in resolve(schema, node).get("properties", {}).items():
        prop = resolve(schema, prop)
        path = prefix + name
        rows.append((path, prop.get("description", "")))
        if prop.get("type") == "array":
            rows += schema_fields(schema, prop["items"], f"{path}[].")
        for variant in [prop, *prop.get("oneOf", [])]:
            if resolve(schema, variant).get("type") == "object":
                rows += schema_fields(schema, variant, f"{path}.")
    return rows


def data_files(settings):
    folder = settings["OPEN_DATA_PATH"]
    files = []
    for key in ("posts", "partners", "topics"):
        schema = json.loads((SCHEMAS / f"{key}.schema.json").read_text(encoding="utf-8"))
        files.append(DataFile(key, schema, f"{folder}/{key}.json", f"{folder}/schemas/{key}.schema.json"))
    return files


def to_json(license, key, records):
    """The file's JSON with one record per line: readable in a diff, and
    written by Python's fast C encoder, which never indents."""
    rows = ",\n".join(json.dumps(record, ensure_ascii=False, sort_keys=True) for record in records)
    return f'{{"license": {json.dumps(license)}, "{key}": [\n{rows}\n]}}\n'


class OpenDataGenerator(Generator):
    def generate_context(self):
        for key, value in DEFAULTS.items():
            self.settings.setdefault(key, value)
        self.files = data_files(self.settings)
        self.context["open_data_files"] = self.files

    def records(self, key):
        settings, context = self.settings, self.context
        if key == "posts":
            return [post_record(article, settings) for article in newest_first(context["articles"])]
        if key == "partners":
            return [partner_record(term, settings) for term in context.get("partners", [])]
        return [topic_record(term, settings) for term in context.get("topics", [])]

    def generate_output(self, writer):
        output = Path(self.output_path)
        for file in self.files:
            target = output / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(to_json(self.settings["OPEN_DATA_LICENSE"], file.key, self.records(file.key)),
                              encoding="utf-8")
            schema = output / file.schema_path
            schema.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(SCHEMAS / f"{file.key}.schema.json", schema)


def get_generators(pelican):
    return OpenDataGenerator


def register():
    signals.get_generators.connect(get_generators)
