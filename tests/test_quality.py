"""The extraction scored against the hand annotation of the seeds
(tests/data/dev-gold.yaml, a copy of shared/spec/dev-gold.yaml), through
the same command line other tools use (`make extract`)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scoring import score

ROOT = Path(__file__).resolve().parent.parent
GOLD = yaml.safe_load((Path(__file__).parent / "data" / "dev-gold.yaml").read_text(encoding="utf-8"))
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


@pytest.fixture(scope="module")
def extracted():
    files = [POSTS[entry["doc"]] for entry in GOLD]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    run = subprocess.run([sys.executable, "-m", "partners", "extract", *files],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    by_file = {line["file"]: line for line in lines}
    return {entry["doc"]: by_file[POSTS[entry["doc"]]] for entry in GOLD}


def test_extract_prints_one_json_object_per_file(extracted):
    for doc, line in extracted.items():
        assert set(line) == {"file", "partners", "topics"}
        assert line["file"] == POSTS[doc]
        assert all(isinstance(name, str) for name in line["partners"] + line["topics"])


def report(kind, precision, recall, predictions, gold):
    print(f"\n{kind}: precision {precision:.3f}, recall {recall:.3f}")
    for doc, (core, ok) in gold.items():
        found = set(predictions[doc])
        print(f"  {doc}: saknas {sorted(set(core) - found)}, fel {sorted(found - set(core) - set(ok))}")


def test_partner_quality(extracted):
    gold = {e["doc"]: (e["partners_core"], e["partners_ok"]) for e in GOLD}
    predictions = {doc: line["partners"] for doc, line in extracted.items()}
    precision, recall = score(predictions, gold)
    report("Partner", precision, recall, predictions, gold)
    assert precision >= 0.95 and recall >= 0.95


def test_topic_quality(extracted):
    gold = {e["doc"]: (e["topics_core"], e["topics_ok"]) for e in GOLD}
    predictions = {doc: line["topics"] for doc, line in extracted.items()}
    precision, recall = score(predictions, gold)
    report("Ämnen", precision, recall, predictions, gold)
    assert precision >= 0.85 and recall >= 0.85


def test_scoring_follows_the_taxonomy():
    gold = {"d": (["A", "B"], ["C"])}
    assert score({"d": ["a", "C", "X"]}, gold) == (2 / 3, 1 / 2)
    assert score({"d": []}, gold) == (1.0, 0.0)
