"""`make extract` and `make candidates`, the command-line contract other
tools rely on."""

import json
import subprocess

from conftest import ROOT


def make(*arguments):
    return subprocess.run(["make", *arguments], cwd=ROOT, capture_output=True, text=True)


def test_extract_reads_any_markdown_file_and_applies_overrides(tmp_path):
    post = tmp_path / "utanfor.md"
    post.write_text("Title: Ett inlägg utanför content\nDate: 2024-03-01\nremove_partners: SCA\n"
                    "add_topics: Vård och omsorg\n\n"
                    "Arbetsförmedlingens kontor i Luleå och SCA samverkar. Samverkan ger resultat, "
                    "och samarbetet med Luleå tekniska universitet fortsätter.\n", encoding="utf-8")
    other = tmp_path / "tom-pa-namn.md"
    other.write_text("Title: Inget här\n\nEn text om vädret.\n", encoding="utf-8")
    result = make("extract", f"FILES={post} {other}")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {"file": str(post), "partners": ["Arbetsförmedlingen", "Luleå tekniska universitet"],
         "topics": ["Samverkan", "Vård och omsorg"]},
        {"file": str(other), "partners": [], "topics": []},
    ]


def test_extract_counts_the_organiser_and_the_speakers_organisations(tmp_path):
    post = tmp_path / "konferens.md"
    post.write_text("Title: Arbetsmarknadsdagen\nDate: 2026-04-22\nCategory: Konferensdokumentation\n"
                    "organiser: Länsstyrelsen Västmanland\n"
                    "speakers: Sara Nyberg | arbetsmarknadsdirektör | Västerås stad\n"
                    "    Omar Ali | HR-chef | ABB | industrin\n\n"
                    "Landshövdingen inledde. Sara Nyberg berättade om Jobbcenter.\n", encoding="utf-8")
    result = make("extract", f"FILES={post}")
    assert json.loads(result.stdout)["partners"] == ["Länsstyrelsen Västmanland", "Västerås kommun", "ABB"]


def test_extract_leaves_out_names_an_editor_turned_down(tmp_path):
    """content/taxonomy/not_partners.yaml lists services such as Platsbanken,
    which "söka jobb på …" would otherwise make a workplace."""
    post = tmp_path / "platsbanken.md"
    post.write_text("Title: Jobbsök\n\nHon sökte jobb på Platsbanken och fick jobb på Nordbygg AB.\n",
                    encoding="utf-8")
    assert json.loads(make("extract", f"FILES={post}").stdout)["partners"] == ["Nordbygg AB"]


def test_extract_reads_plain_text_whose_first_line_looks_like_metadata(tmp_path):
    text = tmp_path / "kalla.txt"
    text.write_text("Gästblogg: Ensam är inte stark\n\nVi på Arbetsförmedlingen i Härnösand har samarbetat "
                    "med Höga Kusten Industrigrupp.\n", encoding="utf-8")
    result = make("extract", f"FILES={text}")
    assert json.loads(result.stdout)["partners"] == ["Arbetsförmedlingen", "Höga Kusten Industrigrupp"]


def test_extract_reads_each_line_of_plain_text_as_a_line(tmp_path):
    """A copied page lists its speakers one per line; a Markdown post's
    lines are where the editor wrapped a paragraph, but for a line that
    starts with a person and their organisation."""
    speakers = "Medverkande\nAnna Ek (Region Dalarna)\nBjörn Dahl (Siljan Turism)\nKarin Olsson (S)\n"
    text, post = tmp_path / "sida.txt", tmp_path / "inlagg.md"
    text.write_text(speakers, encoding="utf-8")
    post.write_text("Title: Dagen\n\n" + speakers, encoding="utf-8")
    lines = make("extract", f"FILES={text} {post}").stdout.splitlines()
    assert [json.loads(line)["partners"] for line in lines] == [["Region Dalarna", "Siljan Turism"]] * 2


def test_extract_leaves_out_a_scraped_pages_teasers_of_other_documents(tmp_path):
    """A page saved from a document site ends with other documents: a title,
    an excerpt that repeats it and "Läs mer". Their organisations are not the
    text's; a paragraph of the text itself followed by "Läs mer" stays."""
    text = tmp_path / "dokumentation.txt"
    text.write_text(
        "Dokumentation av konferens\n\nLänsstyrelsen Västernorrland bjöd in Arbetsförmedlingen.\n\n"
        "Läs mer\n\n"
        "Verksamhetsplan 2013. Vi har ett uppdrag\n\n"
        "Verksamhetsplan 2013. Vi har ett uppdrag 2 Region Skåne och Skolverket har skrivit planen.\n\n"
        "Läs mer\n\n"
        "ESF Jämt\n\nESF Jämt Inledning: ett projekt som ägs av Länsstyrelsen i Örebro län.\n\nLäs mer »\n",
        encoding="utf-8")
    result = make("extract", f"FILES={text}")
    assert json.loads(result.stdout)["partners"] == ["Länsstyrelsen Västernorrland", "Arbetsförmedlingen"]


def test_extract_reports_bad_files_on_stderr_and_goes_on(tmp_path):
    good = tmp_path / "bra.md"
    good.write_text("Title: Bra\n\nArbetsförmedlingen.\n", encoding="utf-8")
    unknown = tmp_path / "okand.md"
    unknown.write_text("Title: Okänd\nadd_partners: Påhittade verket\n\nText.\n", encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Rubrik\n\nRegion Gävleborg\n".encode("latin-1"))
    result = make("extract", f"FILES={tmp_path / 'saknas.md'} {unknown} {latin} {good}")
    assert result.returncode != 0
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [str(good)]
    assert "saknas.md" in result.stderr and "okänd partner 'Påhittade verket'" in result.stderr
    assert f"{latin}:3: filen är inte UTF-8" in result.stderr


def test_extract_needs_files():
    result = make("extract")
    assert result.returncode != 0 and "FILES" in result.stderr


def test_candidates_lists_unknown_organisations_with_count_files_and_context():
    result = make("candidates")
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert "Företagarcentrum" in report and "2 gånger" in report
    assert "2012-05-30-kompetenslyftet" in report
    assert "via Företagarcentrum" in report
