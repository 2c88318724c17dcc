"""The extraction scored, through the same command line other tools use
(`make extract`), against two hand annotations:

- the seeds (tests/data/dev-gold.yaml, a copy of shared/spec/dev-gold.yaml),
  as the posts of content/ that were made from them, and as the source
  documents themselves (tests/data/sources/, copies of shared/seeds/):
  plain text as it was saved, PDF transcripts and a document site's
  teasers of other documents included;
- twelve further texts of the same genre written for the project and
  annotated blind to the extraction rules (tests/data/heldout/ and
  heldout-gold.yaml), a check that the rules generalise beyond the seeds;
- twenty-four more, written and annotated the same way, on which the rules were
  then corrected (tests/data/probes/ and probes-gold.yaml).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scoring import name_key, score

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
GOLD = yaml.safe_load((DATA / "dev-gold.yaml").read_text(encoding="utf-8"))
HELDOUT = yaml.safe_load((DATA / "heldout-gold.yaml").read_text(encoding="utf-8"))
PROBES = yaml.safe_load((DATA / "probes-gold.yaml").read_text(encoding="utf-8"))
# Which post of content/ each source document became.
POSTS = {
    "000_6a34c857414aecb2.txt": "content/posts/gastblogg/2015-12-02-ensam-ar-inte-stark.md",
    "001_5a65b7ae45a183f3.txt": "content/posts/gastblogg/2017-01-18-samarbetet-med-kommunerna-avgorande.md",
    "002_7ab12b14fa5c4533.txt": "content/posts/gastblogg/2017-10-17-fordjupa-dialogen-och-skapa-battre-matchning.md",
    "003_b596e7efaded83f8.txt":
        "content/posts/gastblogg/2021-04-20-tillsammans-satter-vi-fokus-pa-arbetsmarknadens-behov.md",
    "004_3ebf27351074b3d0.txt":
        "content/posts/konferensdokumentation/2012-05-30-kompetenslyftet-strategisk-kompetensforsorjning-for-tillvaxt.md",
}


def run_extract(files):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    run = subprocess.run([sys.executable, "-m", "partners", "extract", *files],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return {line["file"]: line for line in map(json.loads, run.stdout.splitlines())}


@pytest.fixture(scope="module")
def extracted():
    by_file = run_extract([POSTS[entry["doc"]] for entry in GOLD])
    return {entry["doc"]: by_file[POSTS[entry["doc"]]] for entry in GOLD}


@pytest.fixture(scope="module")
def extracted_sources():
    files = {entry["doc"]: f"tests/data/sources/{entry['doc']}" for entry in GOLD}
    by_file = run_extract(list(files.values()))
    return {doc: by_file[file] for doc, file in files.items()}


def extracted_from(folder, entries):
    files = {entry["doc"]: f"tests/data/{folder}/{entry['doc']}" for entry in entries}
    by_file = run_extract(list(files.values()))
    return {doc: by_file[file] for doc, file in files.items()}


@pytest.fixture(scope="module")
def extracted_heldout():
    return extracted_from("heldout", HELDOUT)


@pytest.fixture(scope="module")
def extracted_probes():
    return extracted_from("probes", PROBES)


def test_extract_prints_one_json_object_per_file(extracted):
    for doc, line in extracted.items():
        assert set(line) == {"file", "partners", "topics"}
        assert line["file"] == POSTS[doc]
        assert all(isinstance(name, str) for name in line["partners"] + line["topics"])


def report(kind, precision, recall, predictions, gold):
    print(f"\n{kind}: precision {precision:.3f}, recall {recall:.3f}")
    for doc, (core, ok) in gold.items():
        found = {name_key(name) for name in predictions[doc]}
        allowed = {name_key(name) for name in core + ok}
        missing = [name for name in core if name_key(name) not in found]
        wrong = [name for name in predictions[doc] if name_key(name) not in allowed]
        print(f"  {doc}: saknas {missing}, fel {wrong}")


@pytest.mark.parametrize("gold_set", ["seeds", "sources", "heldout", "probes"])
def test_partner_quality(request, gold_set):
    gold, predictions = gold_and_predictions(request, gold_set, "partners")
    precision, recall = score(predictions, gold)
    report(f"Partner ({gold_set})", precision, recall, predictions, gold)
    assert precision >= 0.95 and recall >= 0.95


@pytest.mark.parametrize("gold_set", ["seeds", "sources", "heldout", "probes"])
def test_topic_quality(request, gold_set):
    gold, predictions = gold_and_predictions(request, gold_set, "topics")
    precision, recall = score(predictions, gold)
    report(f"Ämnen ({gold_set})", precision, recall, predictions, gold)
    assert precision >= 0.85 and recall >= 0.85


def gold_and_predictions(request, gold_set, kind):
    entries, fixture = {"seeds": (GOLD, "extracted"), "sources": (GOLD, "extracted_sources"),
                        "heldout": (HELDOUT, "extracted_heldout"), "probes": (PROBES, "extracted_probes")}[gold_set]
    extracted = request.getfixturevalue(fixture)
    gold = {e["doc"]: (e[f"{kind}_core"], e[f"{kind}_ok"]) for e in entries}
    return gold, {doc: line[kind] for doc, line in extracted.items()}


def test_scoring_follows_the_taxonomy():
    gold = {"d": (["A", "B"], ["C"])}
    assert score({"d": ["a", "C", "X"]}, gold) == (2 / 3, 1 / 2)
    assert score({"d": []}, gold) == (1.0, 0.0)
