"""The extraction never hangs and never crashes: it is linear in the text,
on megabyte posts, pathological inputs and generated text alike."""

import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from pelican.settings import read_settings

from conftest import ROOT
from partners.site import load_extractor


@pytest.fixture(scope="module")
def extractor():
    return load_extractor(read_settings(str(ROOT / "pelicanconf.py")))


def timed(extractor, text):
    start = time.perf_counter()
    result = extractor.extract(text)
    return result, time.perf_counter() - start


PATHOLOGICAL = {
    "100 000 versala ord": " ".join(f"Ord{n} Kommun Region AB Centrum" for n in range(20_000)),
    "långa rader bindestreck": ("Arbetsför" + "-" * 200_000 + " medlingen ") * 5,
    "bindestreck och radbrytningar": "Arbets- \n" * 100_000,
    "ett enda jätteord": "a" * 1_000_000 + "kompetensförsörjning",
    "bara blanksteg": " \n\t" * 300_000,
    "upprepade namn": "Arbetsförmedlingen i Härnösand och Härnösands kommuns " * 20_000,
    "kolon och apostrofer": "SKR:s:s:s'''''" * 50_000,
    "för-kedjor": "Delegationen för " + "unga och " * 100_000,
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_input_finishes_with_a_result(extractor, name):
    result, seconds = timed(extractor, PATHOLOGICAL[name])
    assert isinstance(result.partners, dict) and isinstance(result.topics, list)


@pytest.mark.timeout(120)
def test_a_five_megabyte_post_is_extracted(extractor):
    sentence = "Arbetsförmedlingen och Sollefteå kommun samverkar om lärlingsplatser för unga. "
    text = sentence * (5_000_000 // len(sentence))
    result, _ = timed(extractor, text)
    assert {p.name for p in result.partners} == {"Arbetsförmedlingen", "Sollefteå kommun"}
    mention = next(m for p, m in result.partners.items() if p.name == "Arbetsförmedlingen")
    assert mention.count == text.count("Arbetsförmedlingen")


@pytest.mark.timeout(300)
def test_extraction_time_grows_linearly(extractor):
    sentence = "Vi på Arbetsförmedlingen i Kramfors träffade SCA och Företagarna Västernorrland om ägarskifte. "
    small = sentence * 5_000
    _, base = timed(extractor, small)
    _, large = timed(extractor, small * 8)
    # Eight times the text may take eight times as long, with room for
    # noise, but not the 64 times a quadratic algorithm would need.
    assert large < 8 * base * 3 + 0.5


TOKENS = st.sampled_from(list("aAåÅäÖö -–:'’\n.,()") + [
    "Arbetsförmedlingen", " kommun", "Region ", " AB", "SKR:s", "Af", "unga ", "samverkan", "\u00ad",
    "universitet", "Centrum för ", "landstinget", "Norrbotten", "-\n", "Härnösands", "Kramfors", "s "])


@pytest.mark.timeout(600)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TOKENS, max_size=200).map("".join))
def test_any_text_gives_a_well_formed_result(extractor, text):
    result = extractor.extract(text, headline=text[:40])
    names = [partner.name for partner in result.partners]
    assert len(names) == len(set(names))
    for partner, mention in result.partners.items():
        assert partner.name.strip() and mention.count >= 1
    assert all(topic.label for topic in result.topics)
