"""`make bench`: how much the partner plugin costs.

Generates synthetic corpora of Swedish posts (sentences sampled from the
seed posts), builds each with and without the plugin, and reports wall
time and peak memory, the instructions each build executes (which, unlike
its time, do not depend on how fast the machine runs just then), the
extraction throughput in MB/s of Markdown, and how matching time grows with
text size and registry size; before and after, a reference loop tells how
fast the machine ran meanwhile.
"""

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from partners.extraction import Extractor  # noqa: E402
from partners.generator import collector_paused  # noqa: E402
from partners.registry import Partner, Registry  # noqa: E402
from partners.site import load_extractor  # noqa: E402
from pelican.settings import read_settings  # noqa: E402

CATEGORIES = ["Gästblogg", "Konferensdokumentation"]
# Corpora and builds live in memory where the machine offers it: a virtual
# machine's disk may be throttled, and a build then slows with every run
# (measured: 4.5 s growing to 5.7 s over five identical builds on disk,
# 4.1-4.3 s throughout in memory).
SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") else None


def seed_sentences():
    sentences = []
    for path in sorted((ROOT / "content" / "posts").rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        body = re.sub(r"<[^>]+>|\[TOC\]|\{#[^}]*\}|^#+ ", "", body, flags=re.M)
        sentences += [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 3]
    return sentences


def make_corpus(folder, count, sentences, rng):
    posts = folder / "posts"
    posts.mkdir(parents=True)
    total = 0
    for number in range(count):
        paragraphs = ["\n\n".join(" ".join(rng.choices(sentences, k=rng.randint(2, 5)))
                                  for _ in range(rng.randint(3, 8)))]
        text = (f"Title: Inlägg {number}\nDate: {2010 + number % 15}-{1 + number % 12:02d}-{1 + number % 28:02d}\n"
                f"Category: {CATEGORIES[number % 7 == 0]}\nAuthor: Skribent {number % 40}\n"
                f"Summary: {rng.choice(sentences)}\n")
        if number % 7 == 0:
            text += ("event_date: 2012-05-30\nvenue: Hotell Höga Kusten\norganiser: Länsstyrelsen Västernorrland\n"
                     "speakers: Anna Andersson | projektledare | Ånge kommun\n")
        text += "\n" + "\n\n".join(paragraphs) + "\n"
        (posts / f"post-{number:05d}.md").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    for name in ("taxonomy", "metadata.yaml"):
        source = ROOT / "content" / name
        target = folder / name
        if source.is_dir():
            target.symlink_to(source, target_is_directory=True)
        else:
            target.write_bytes(source.read_bytes())
    (folder / "pages").mkdir()
    return total


def build(content, variants, kept, runs=7):
    """For each variant (a list of plugins), the wall times (s) and peak
    memory (MB) of `runs` Pelican builds of `content`. The variants take
    turns, every other round in reverse order, so neither a slow spell nor
    a machine that speeds up or slows down under sustained load favours
    one of them."""
    results = [[] for _ in variants]
    for plugins in variants:  # untimed: compiles the modules, fills the file cache
        build_once(content, plugins, kept)
    for number in range(runs):
        order = list(zip(results, variants))
        for result, plugins in order if number % 2 == 0 else reversed(order):
            result.append(build_once(content, plugins, kept))
    return results


def summary(runs):
    """The median wall time and peak memory of a variant's builds."""
    times, memories = zip(*runs)
    return statistics.median(times), statistics.median(memories)


def overhead(times, baseline):
    """How much longer the builds take than the baseline's, in per cent:
    the fastest build against the fastest baseline, then round by round
    the median and the range. A virtual machine's speed can change within
    seconds, so a single round may differ by a fifth either way; what
    disturbs a build only ever adds time, which makes the fastest builds
    the steadiest measure (as timeit reads its repeats)."""
    ratios = sorted(100 * (time / base - 1) for time, base in zip(times, baseline))
    return 100 * (min(times) / min(baseline) - 1), statistics.median(ratios), ratios[0], ratios[-1]


def build_environment(kept):
    """Pelican's environment as on an editor's machine, where Python keeps
    the compiled plugins from one build to the next. A machine that sets
    PYTHONDONTWRITEBYTECODE (as this project's CI does) would charge every
    build for compiling them anew; here they are kept in `kept`, so the
    project's folders stay clean."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**environment, "PYTHONPATH": str(ROOT / "plugins"), "PYTHONPYCACHEPREFIX": f"{kept}/bytecode"}


def pelican_command(content, output, plugins, kept):
    """A build of `content` into `output` with `plugins`. Pelican's cache
    folder (the loaded registry, the compiled templates) is the benchmark's
    own, kept from build to build like the bytecode: the project's `cache/`
    would be shared with whatever else runs meanwhile (a `make extract`
    after an edit replaces the registry's copy there)."""
    return [sys.executable, "-m", "pelican", str(content), "-o", output, "-s", str(ROOT / "publishconf.py"),
            "-e", f"PLUGINS={json.dumps(plugins)}", f"CACHE_PATH={json.dumps(f'{kept}/cache')}", "-q"]


def build_once(content, plugins, kept):
    with tempfile.TemporaryDirectory(prefix="bench-out-", dir=SCRATCH) as output:
        command = pelican_command(content, output, plugins, kept)
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=build_environment(kept),
                                   stdout=subprocess.DEVNULL)  # Pelican's "Done: Processed …" line
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"bygget misslyckades ({command})")
    return elapsed, usage.ru_maxrss / 1024


def instructions(content, plugins, kept):
    """Billions of instructions a build executes on its critical path: the
    build process and Pagefind, which indexes the site after it. Counted by
    Valgrind's cachegrind, which runs the build some 15 times slower; unlike
    a time, a count does not change with the machine's speed, so two counts
    compare to the per mille. Left out are the workers the plugin forks
    (second_core.py): they run beside the build on a second core, and a
    forked child's count starts from its parent's."""
    with tempfile.TemporaryDirectory(prefix="bench-out-", dir=SCRATCH) as output, \
            tempfile.TemporaryDirectory(prefix="bench-counts-", dir=SCRATCH) as counts:
        command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
                   f"--cachegrind-out-file={counts}/%p", *pelican_command(content, output, plugins, kept)]
        process = subprocess.Popen(command, cwd=ROOT, env=build_environment(kept),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if process.wait() != 0:
            raise SystemExit(f"bygget misslyckades ({command})")
        total = 0
        for path in Path(counts).iterdir():
            report = path.read_text(encoding="utf-8")
            if path.name == str(process.pid) or "pagefind" in re.search(r"^cmd: (.*)$", report, re.M).group(1):
                total += int(re.search(r"^summary: (\d+)", report, re.M).group(1))
    return total / 1e9


def throughput(extractor, content, runs=5):
    """MB of Markdown extracted per second: the fastest of `runs` passes
    over every post (as matching_time, and timeit with its five repeats,
    take the fastest: the slower passes measure the machine's slow spells),
    with the cycle collector paused as the build pauses it."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((content / "posts").glob("*.md"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    for text in texts[:20]:  # the lemmatiser loads its dictionary once, on first use
        extractor.extract(text)
    times = []
    with collector_paused():
        for _ in range(runs):
            start = time.perf_counter()
            for text in texts:
                extractor.extract(text)
            times.append(time.perf_counter() - start)
    return size / min(times) / 1e6


def reference_loop(runs=3):
    """Seconds for a fixed piece of pure Python, the fastest of `runs`: how
    fast the machine runs just now. A virtual machine has slow spells, from
    seconds to minutes long, in which everything, the targets' figures
    included, takes up to twice as long."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        total = 0
        for number in range(5_000_000):
            total += number
        times.append(time.perf_counter() - start)
    return min(times)


def matching_time(extractor, text, runs=3):
    """Seconds to extract `text`, the fastest of `runs`, with the cycle
    collector paused as the build pauses it: its collections walk every
    object alive, and a registry of 100,000 names is 100,000 objects."""
    times = []
    with collector_paused():
        for _ in range(runs):
            start = time.perf_counter()
            extractor.extract(text)
            times.append(time.perf_counter() - start)
    return min(times)


def scaling(extractor, sentences, rng):
    base = " ".join(rng.choices(sentences, k=2000))
    rows = []
    for factor in (1, 2, 4, 8):
        text = base * factor
        rows.append((len(text.encode("utf-8")) / 1e6, matching_time(extractor, text)))
    return rows


def registry_scaling(extractor, sentences, rng):
    text = " ".join(rng.choices(sentences, k=4000))
    rows = []
    for extra in (0, 10_000, 100_000):
        fake = [Partner(name=f"Organisation {n} Bolag", kind="company", slug=f"org-{n}") for n in range(extra)]
        registry = Registry(extractor.registry.kinds, extractor.registry.partners + fake)
        start = time.perf_counter()
        sized = Extractor(registry, extractor.topics)
        sized.analyse("Landstinget")  # the automata are built for the first text
        built = time.perf_counter() - start
        rows.append((len(registry.partners), built, matching_time(sized, text)))
    return rows


# The partner plugin and the reader features that read its tags.
PARTNER_PLUGIN = "partners"
BUILT_ON_PARTNERS = ("related", "charts")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000")
    args = parser.parse_args()
    rng = random.Random(2012)
    sentences = seed_sentences()
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    extractor = load_extractor(settings)
    everything = settings["PLUGINS"]
    without = [p for p in everything if p != PARTNER_PLUGIN and p not in BUILT_ON_PARTNERS]
    with_partners = [p for p in everything if p not in BUILT_ON_PARTNERS]
    print(f"Referensslinga före: {reference_loop():.2f} s\n")
    print("| inlägg | MB Markdown | utan tillägget | med tillägget | tillägg, snabbaste byggena | "
          "tillägg per omgång: median (spann) | med diagram och relaterade | minne utan/med | extraktion |")
    print("|---|---|---|---|---|---|---|---|---|")
    counted = []
    for count in [int(size) for size in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory(prefix="bench-", dir=SCRATCH) as folder, \
                tempfile.TemporaryDirectory(prefix="bench-kept-", dir=SCRATCH) as kept:
            content = Path(folder)
            size = make_corpus(content, count, sentences, rng)
            without_runs, with_runs, all_runs = build(content, [without, with_partners, everything], kept)
            rate = throughput(extractor, content)
            if shutil.which("valgrind"):
                counted.append((count, *(instructions(content, plugins, kept)
                                         for plugins in (without, with_partners))))
        (time_without, memory_without), (time_with, memory_with), (time_all, _) = map(
            summary, (without_runs, with_runs, all_runs))
        fastest, median, low, high = overhead([t for t, _ in with_runs], [t for t, _ in without_runs])
        print(f"| {count} | {size / 1e6:.1f} | {time_without:.1f} s | {time_with:.1f} s | "
              f"{fastest:+.1f} % | {median:+.1f} % ({low:+.1f} till {high:+.1f}) | {time_all:.1f} s | "
              f"{memory_without:.0f}/{memory_with:.0f} MB | {rate:.1f} MB/s |")
    if counted:
        print("\nInstruktioner på den kritiska vägen (byggprocessen och Pagefind), räknade av Valgrind:")
        print("| inlägg | utan tillägget | med tillägget | tillägg |\n|---|---|---|---|")
        for count, counted_without, counted_with in counted:
            print(f"| {count} | {counted_without:.2f} G | {counted_with:.2f} G | "
                  f"{100 * (counted_with / counted_without - 1):+.1f} % |")
    else:
        print("\nValgrind saknas: instruktionerna räknas inte (make bench installerar det).")
    print("\nMatchningstid mot textstorlek (ska växa linjärt):")
    for megabytes, seconds in scaling(extractor, sentences, rng):
        print(f"  {megabytes:6.2f} MB: {seconds:.3f} s ({megabytes / seconds:.1f} MB/s)")
    print("\nMatchningstid mot registrets storlek (ska vara konstant efter automatbygget):")
    for partners, built, seconds in registry_scaling(extractor, sentences, rng):
        print(f"  {partners:7d} organisationer: automat {built:.2f} s, matchning {seconds:.3f} s")
    print(f"\nReferensslinga efter: {reference_loop():.2f} s")


if __name__ == "__main__":
    main()
