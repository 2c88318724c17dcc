"""The loaded registry and vocabulary, kept from one build to the next.

Parsing the YAML and checking some 700 organisations takes about 50 ms of
every build, `make check` and `make extract`; reading them back from a
pickle takes 2 ms. The copy in Pelican's cache folder is named by a hash
of everything the loaded data depends on: the data files (names and
contents), the plugin's code, the pinned dependencies (slugs come from
Pelican and Unidecode) and the Python version. An edit to any of them names
another copy, so a stale one is never read. A copy that cannot be read is
loaded anew and replaced; a folder that cannot be written to only means
no copy is kept.
"""

import hashlib
import os
import pickle
import sys
import tempfile
from contextlib import suppress
from pathlib import Path

CODE = Path(__file__).resolve().parent
PINS = CODE.parent.parent / "requirements.txt"
PREFIX = "partners-data-"


def cached(folder, files, load):
    """What `load()` returns for the data `files`, from the copy in
    `folder` when there is one."""
    path = Path(folder) / f"{PREFIX}{key(files)}.pickle"
    try:
        with open(path, "rb") as file:
            return pickle.load(file)
    except Exception:  # missing, cut short or from another time: loaded anew
        pass
    loaded = load()
    _keep(path, loaded)
    return loaded


def key(files):
    """A hash of `files` and all else the loaded data depends on."""
    digest = hashlib.sha256(sys.version.encode())
    for path in [*files, *sorted(CODE.glob("*.py")), PINS]:
        digest.update(str(path).encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _keep(path, loaded):
    """Save `loaded` at `path`, whole or not at all, and drop the copies of
    earlier data."""
    scratch = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(prefix=PREFIX, suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as file:
            pickle.dump(loaded, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(scratch, path)
        scratch = None
        for old in path.parent.glob(f"{PREFIX}*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if scratch is not None:
            with suppress(OSError):
                os.unlink(scratch)
