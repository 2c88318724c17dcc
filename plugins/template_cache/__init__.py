"""Compiled templates kept from one build to the next.

Each of Pelican's generators has a Jinja environment of its own, and each
compiles the templates it renders (base.html and its includes in every one)
on every build: a tenth of a second or more, most of a small site's build.
Jinja's bytecode cache keeps the compiled code in Pelican's cache folder,
checked against a hash of the template's source, so an edited template is
compiled anew. The folder is named by the Jinja version and the
environment's options, which the compiled code depends on too. A cache
folder that cannot be written to only means nothing is kept.
"""

import hashlib
import os

import jinja2
from jinja2 import FileSystemBytecodeCache
from pelican import signals


class _Cache(FileSystemBytecodeCache):
    def dump_bytecode(self, bucket):
        try:
            super().dump_bytecode(bucket)
        except OSError:  # a read-only or full disk: compiled again next time
            pass


def add_cache(pelican):
    settings = pelican.settings
    options = settings["JINJA_ENVIRONMENT"]
    version = hashlib.sha256(f"{jinja2.__version__} {sorted(options.items())!r}".encode()).hexdigest()[:16]
    folder = os.path.join(settings["CACHE_PATH"], f"jinja-{version}")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return
    settings["JINJA_ENVIRONMENT"] = {**options, "bytecode_cache": _Cache(folder)}


def register():
    signals.initialized.connect(add_cache)
