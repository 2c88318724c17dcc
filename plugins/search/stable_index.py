"""Make Pagefind's filter index byte-identical between builds.

Pagefind 1.5 writes each filter's values, and the filter list in its
metadata file, in hash-map order, which changes from run to run (upstream
issue Pagefind/pagefind#638), and names those files after their content.
Everything else it writes is already stable. This rewrites the filter
files with their values sorted, names them after the new content, and
points the metadata file and pagefind-entry.json at the new names. The
files keep Pagefind's own format: gzip around "pagefind_dcd" + CBOR.
"""

import gzip
import hashlib
import json
from pathlib import Path

import cbor2

_MAGIC = b"pagefind_dcd"


def _read(path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_MAGIC):
        raise ValueError(f"{path} är inte en Pagefind-fil")
    return cbor2.loads(data[len(_MAGIC):])


def _write(folder, prefix, suffix, value, digits):
    """Write `value` in Pagefind's format, named after its content."""
    data = gzip.compress(_MAGIC + cbor2.dumps(value), mtime=0)
    name = f"{prefix}{hashlib.sha256(data).hexdigest()[:digits]}"
    (folder / f"{name}{suffix}").write_bytes(data)
    return name


def stabilise(bundle):
    bundle = Path(bundle)
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        filters = []
        for filter_name, old_hash in meta[3]:
            old_path = bundle / "filter" / f"{old_hash}.pf_filter"
            name, values = _read(old_path)
            old_path.unlink()
            sorted_values = sorted(values, key=lambda item: item[0])
            new_hash = _write(bundle / "filter", f"{language}_", ".pf_filter", [name, sorted_values], 7)
            filters.append([filter_name, new_hash])
        meta[3] = sorted(filters)
        meta_path.unlink()
        info["hash"] = _write(bundle, f"pagefind.{language}_", ".pf_meta", meta, 10).removeprefix("pagefind.")
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
