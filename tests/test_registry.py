"""The editors' data as the project ships it: the registry covers what
taxonomy.md requires, and every name leads to exactly one organisation."""

import pytest
import yaml
from pelican.settings import read_settings

from conftest import ROOT
from partners.site import load_extractor


@pytest.fixture(scope="module")
def extractor():
    return load_extractor(read_settings(str(ROOT / "pelicanconf.py")))


def coded(registry, kind):
    return [p for p in registry.partners if p.kind == kind and p.code]


def test_all_290_municipalities_21_county_boards_and_21_regions(extractor):
    registry = extractor.registry
    municipalities = coded(registry, "municipality")
    # Gotland's municipality is Region Gotland, one organisation for both.
    gotland = registry.by_name("Region Gotland")
    assert len(municipalities) + (gotland.kind == "region") == 290
    assert len({p.code for p in municipalities}) == 289
    assert len([p for p in registry.partners if p.kind == "county_board"]) == 21
    assert len([p for p in registry.partners if p.kind == "region" and p.name.startswith(("Region", "Västra"))]) == 21


@pytest.mark.parametrize("name", [
    "Arbetsförmedlingen", "Försäkringskassan", "Migrationsverket", "Skolverket", "Tillväxtverket",
    "Länsstyrelsen Västernorrland", "Region Västernorrland", "Härnösands kommun", "Örnsköldsviks kommun",
    "Ånge kommun", "Falu kommun", "Kalmar kommun", "Orust kommun", "Sveriges Kommuner och Regioner",
    "Delegationen för unga och nyanlända till arbete", "Umeå universitet", "Mittuniversitetet",
])
def test_required_organisations_are_registered(extractor, name):
    assert extractor.registry.by_name(name) is not None


def test_every_organisation_of_the_seed_annotation_is_registered(extractor):
    gold = yaml.safe_load((ROOT / "tests" / "data" / "dev-gold.yaml").read_text(encoding="utf-8"))
    missing = {name for entry in gold for name in entry["partners_core"]
               if extractor.registry.by_name(name) is None}
    assert not missing


def test_slugs_are_ascii_stable_and_unique(extractor):
    slugs = [p.slug for p in extractor.registry.partners]
    assert len(slugs) == len(set(slugs))
    assert all(slug.isascii() for slug in slugs)
    assert extractor.registry.by_name("Örnsköldsviks kommun").slug == "ornskoldsviks-kommun"
    assert extractor.registry.by_name("Habo kommun").slug != extractor.registry.by_name("Håbo kommun").slug


def test_former_names_and_abbreviations_lead_to_todays_name(extractor):
    registry = extractor.registry
    assert registry.find("Sveriges Kommuner och Landsting").name == "Sveriges Kommuner och Regioner"
    assert registry.find("SKL").name == "Sveriges Kommuner och Regioner"
    assert registry.find("DUA").name == "Delegationen för unga och nyanlända till arbete"
    assert registry.find("Länsstyrelsen i Västernorrlands län").name == "Länsstyrelsen Västernorrland"


@pytest.mark.parametrize("text, names", [
    ("Byggnads och Byggföretagen tecknade avtalet.", ["Byggnads", "Byggföretagen"]),
    ("Byggnadens och en byggnads fasad.", []),
    ("Studenter från KAU, Kau och MAU.", ["Karlstads universitet", "Malmö universitet"]),
    ("De anställdes på Sunderby och Kalix sjukhus, men Luleå och Umeå universitet är ingen lista.",
     ["Sunderby sjukhus", "Kalix sjukhus", "Umeå universitet"]),
    ("Kommunal vuxenutbildning växer. Företagarna i länet har en vision. Vision: alla i arbete.", []),
    ("Avtal med Vision, Kommunal och Sandvik i Sandviken.", ["Vision", "Kommunal", "Sandvik"]),
    ("Saab Automobile gick i konkurs. PTK och Trygghetsrådet KOM-KL hjälpte.",
     ["Saab Automobile", "PTK", "Omställningsfonden"]),
    ("Enligt TYA och IT&Telekomföretagen, liksom Skyddsvärnet. Skogsindustrierna i länet växer. "
     "Enligt Skogsindustrierna behövs folk.",
     ["Transportfackens Yrkes- och Arbetsmiljönämnd", "TechSverige", "Skyddsvärnet", "Skogsindustrierna"]),
    ("Skogsindustrierna i länet växer.", []),
    # A company's name after a given name is a surname; after a town it is the company.
    ("Frågor besvaras av Anders Sandvik. Karin Holmen och ManpowerGroup, Luleå Sandvik.", ["Manpower", "Sandvik"]),
    ("Gävle Energi, Halmstads Energi och Miljö och TSL.", ["Gävle Energi", "Halmstads Energi och Miljö",
                                                             "Trygghetsfonden TSL"]),
    ("Arbetsmarknadsdepartementet gav Teknikcollege Halland och Vård- och omsorgscollege uppdraget.",
     ["Arbetsmarknadsdepartementet", "Teknikcollege Halland", "Vård- och omsorgscollege"]),
    # Branches named by a part of the country, a district by its place.
    ("Vi pratar om det i LO-distriktet i Västsverige. Almi Företagspartner Mitt och Företagarna Norra "
     "Norrland.", ["LO-distriktet i Västsverige", "Almi Företagspartner Mitt", "Företagarna Norra Norrland"]),
    # Regional public transport; "din tur" is no company.
    ("Värmlandstrafik och Östgötatrafiken lade om turerna. Nu är det din tur. SL, förut AB Storstockholms "
     "Lokaltrafik.", ["Värmlandstrafik", "Östgötatrafiken", "SL"]),
    # Today's names: the conscription agency since 2021, the county's transport company.
    ("Rekryteringsmyndigheten heter nu Plikt- och prövningsverket. Länstrafiken i Västerbotten kör.",
     ["Plikt- och prövningsverket", "Länstrafiken i Västerbotten"]),
    # A regional association of the disability movement; the word in lower case is none.
    ("Funktionsrätt Kronoberg driver frågan om funktionsrätt.", ["Funktionsrätt Kronoberg"]),
    ("Saab Kockums, Svenska Spel, Erikshjälpen och Myrorna erbjuder praktik. Myrorna i stacken.",
     ["Saab Kockums", "Svenska Spel", "Erikshjälpen", "Myrorna"]),
    ("Myrorna i stacken arbetar.", []),
    # Opening a sentence before a verb, plural and definite forms stay words.
    ("Företagarna har svårt att rekrytera. Holmen är en liten ö.\nVision, mål och strategi", []),
    # A venue named for its sponsor is not the sponsor.
    ("Mässan hölls på Bravida Arena och Tele2 Arena.", []),
    ("Regionförbundet i Kalmar län och Östsam blev regioner, och GR samordnar Göteborgsregionen.",
     ["Region Kalmar län", "Region Östergötland", "Göteborgsregionen"]),
    # Västernorrland's municipal companies and regional insurer; a resident of Timrå is none.
    ("Härnösandshus, Timråbo och HEMAB samarbetar med Domsjö Fabriker och Länsförsäkringar Västernorrland. "
     "En timråbo flyttar.", ["Härnösandshus", "Timråbo", "Härnösand Energi & Miljö", "Domsjö Fabriker",
                             "Länsförsäkringar Västernorrland"]),
    ("Bostads AB Mimer, Vätterhem, Tunabyggen och Tekniska verken i Linköping. Fläkt Woods anställer.",
     ["Mimer", "Vätterhem", "Tunabyggen", "Tekniska verken", "FläktGroup"]),
    # A mill is its company; a wind power company of two owners is its own.
    ("Hon jobbar på Östrand, och Statkraft SCA Vind bygger.", ["SCA", "Statkraft SCA Vind"]),
    ("Siemens Industrial Turbomachinery och Mekonomen anställer.", ["Siemens Energy", "Mekonomen"]),
    # A name that is also an area: "i Göteborgsregionen" is the area.
    ("Det byggs mer i Göteborgsregionen än på länge.", []),
    ("Coop Mitt tog emot praktikanter, liksom Övik Energi och Installatörsföretagen (förut VVS Företagen).",
     ["Coop Mitt", "Övik Energi", "Installatörsföretagen"]),
    # A union's unemployment fund, named in the union's genitive; the union's members are the union's.
    ("IF Metalls a-kassa och Kommunals a-kassan betalar, liksom Akademikernas a-kassa. IF Metalls medlemmar.",
     ["IF Metalls a-kassa", "Kommunals a-kassa", "Akademikernas a-kassa", "IF Metall"]),
    ("Regeringskansliet, KRIS, Trä- och Möbelföretagen, GS-facket och DSV.",
     ["Regeringskansliet", "Kriminellas Revansch i Samhället", "Trä- och Möbelföretagen", "GS-facket", "DSV"]),
    ("På bruket var Pappers avdelning med från start.", ["Pappers"]),
    ("Pappers pris steg.", []),
    ("Vår största kund är bostadsbolaget MKB. Kista Science City och TechSverige bjöd in.",
     ["MKB Fastighets AB", "Kista Science City", "TechSverige"]),
    # International bodies, but not the union of states itself.
    ("EU-kommissionen kräver uppföljning enligt EU:s regler, liksom OECD och FN:s rapporter och "
     "Europeiska unionen.", ["Europeiska kommissionen", "OECD", "Förenta nationerna"]),
    # Hushållningssällskapet Väst is one of the regional societies, a branch.
    ("Fryshuset, LRF och Hushållningssällskapet Väst.",
     ["Fryshuset", "Lantbrukarnas Riksförbund", "Hushållningssällskapet Väst"]),
    ("Handikappförbunden, Autism- och Aspergerförbundet och Synskadades Riksförbund.",
     ["Funktionsrätt Sverige", "Autism Sverige", "Synskadades Riksförbund"]),
    ("Studenterna får hjälp av Drivhuset vid Mittuniversitetet. Drivhuset behöver vatten.",
     ["Drivhuset", "Mittuniversitetet"]),
    ("Drivhuset behöver vatten.", []),
    ("Livsmedelsföretagen i länet växer. Avtal med Bemanningsföretagen.", ["Kompetensföretagen"]),
    # Agencies by the names they write themselves; a page number is no agency.
    ("Sida 3 av 10\nSida vid sida med Forte. Rådet för Europeiska socialfonden i Sverige.",
     ["Forte", "Svenska ESF-rådet"]),
    ("Stöd från Sida och Kronofogdemyndigheten.", ["Sida", "Kronofogden"]),
    ("Rikspolisstyrelsen och Räddningsverket bjöd in Installatörsföretagen och Skånes Stadsmission.",
     ["Polismyndigheten", "Myndigheten för civilt försvar", "Installatörsföretagen", "Skånes Stadsmission"]),
    ("MSB:s skola på Sandö, Sydsvenska Industri- och Handelskammaren och Yalla Trappan.",
     ["Myndigheten för civilt försvar", "Sydsvenska Handelskammaren", "Yalla Trappan"]),
    ("SEKAB, Fjällräven och Norran, liksom Åre Destination. En fjällräv, och Fjällräven syntes.",
     ["SEKAB", "Fjällräven", "Norran", "Åre Destination"]),
    ("Fysioterapeuterna på vårdcentralen. Avtal med Fysioterapeuterna och Stockholm Business Region.",
     ["Fysioterapeuterna", "Stockholm Business Region"]),
    ("Projektet fick pengar från Allmänna arvsfonden. Arvsfondsdelegationen beslutade.",
     ["Allmänna arvsfonden"]),
    # A county by its region's name or its board's.
    ("I Södermanland arbetar landstinget och länsstyrelsen.", ["Region Sörmland", "Länsstyrelsen Södermanland"]),
    ("I Jämtland arbetar länsstyrelsen.", ["Länsstyrelsen Jämtland"]),
    # A board of a county named after its town writes "län" ("Länsstyrelsen
    # Jönköpings län"), but Stockholm's writes "Länsstyrelsen Stockholm".
    ("Länsstyrelsen i Jönköpings län, Länsstyrelsen Uppsala och Länsstyrelsen i Stockholms län.",
     ["Länsstyrelsen Jönköpings län", "Länsstyrelsen Uppsala län", "Länsstyrelsen Stockholm"]),
    ("I Kalmar län arbetar länsstyrelsen med Almi Gotland.", ["Länsstyrelsen Kalmar län", "Almi Gotland"]),
    ("Smurfit Kappa, Hägglunds och Hitachi ABB Power Grids anställer, liksom E.ON och Lidl.",
     ["Smurfit Westrock", "BAE Systems Hägglunds", "Hitachi Energy", "E.ON", "Lidl"]),
])
def test_organisations_are_found_by_the_names_texts_use(extractor, text, names):
    assert [p.name for p in extractor.extract(text).partners] == names


@pytest.mark.parametrize("generic", ["kommunen", "regionen", "länsstyrelsen", "landstinget", "förbundet",
                                     "Luleå", "Härnösand", "Västernorrland"])
def test_no_generic_noun_or_bare_place_is_a_name(extractor, generic):
    assert extractor.registry.find(generic) is None


def test_topics_follow_the_vocabulary(extractor):
    labels = [t.label for t in extractor.topics]
    assert len(labels) == 21 and labels[0] == "Kompetensförsörjning"
    assert {t.slug for t in extractor.topics} >= {"kompetensforsorjning", "samverkan", "vagledning",
                                                   "langt-fran-arbetsmarknaden", "vard-och-omsorg"}
    assert all(t.description for t in extractor.topics)


# Cues beyond the taxonomy's examples: housing and population, social
# enterprises, a regional developer, campaigns for more hands, a slogan.
@pytest.mark.parametrize("text, label", [
    ("Bostadsfrågan avgör befolkningsutvecklingen, och pendlingen till grannkommunerna ökar.",
     "Regional utveckling och tillväxt"),
    ("De sociala företagen växer, och samhällsentreprenörskap lyfts fram. Ett socialt företag anställer.",
     "Företagande och entreprenörskap"),
    ("Regionutvecklaren beskrev regionutvecklingsnämndens arbete.",
     "Regional utveckling och tillväxt"),
    ("Länet behöver 20 000 nya invånare, och kommunen bygger 1 500 nya bostäder.",
     "Regional utveckling och tillväxt"),
    ("Vården behöver fler händer, så kommunerna startar en rekryteringskampanj.",
     "Kompetensförsörjning"),
    ("Fram till 2025 går en tredjedel av de anställda i pension, och generationsväxlingen märks.",
     "Generationsväxling och ägarskifte"),
    ("Vad säger forskningen? Följ upp! Med registerdata och statistiska verktyg syns vilka som fick jobb.",
     "Uppföljning och analys"),
    ("Etableringsprogrammet och språkcaféerna hjälper.", "Nyanlända och utrikesfödda"),
    ("Vi rekryterar internationellt, men arbetstillstånden dröjer.", "Nyanlända och utrikesfödda"),
    ("Deltagarna fick arbetsträningsplatser efter flera praktikperioder.", "Praktik och lärlingar"),
    ("Introduktionsjobb och nystartsjobb är stöd.", "Långt från arbetsmarknaden"),
    ("Jobbgarantin gäller den som är ung: ungdomar mellan 16 och 24 år.", "Unga i arbete"),
    ("Det är svårt att få tag på personal.", "Kompetensförsörjning"),
    ("Frågan är hur vi ska hitta personal.", "Kompetensförsörjning"),
    ("Kompetensfrågan är den fråga företagen lyfter, och de hittar inte rätt kompetens.", "Kompetensförsörjning"),
    ("Vi måste rekrytera, annars klarar vi inte bemanningen.", "Kompetensförsörjning"),
    ("Vi behövde folk, men att locka erfarna operatörer gick inte.", "Kompetensförsörjning"),
    ("Praktikanterna och praktikanten trivs.", "Praktik och lärlingar"),
    ("Han har daglig verksamhet enligt LSS.", "Långt från arbetsmarknaden"),
    ("SIUS-konsulenter stöttar den som har aktivitetsersättning.", "Långt från arbetsmarknaden"),
    ("Utvärderaren och de andra utvärderarna talade.", "Uppföljning och analys"),
    ("Personer med funktionshinder, funktionshindrade som andra, får stöd.", "Långt från arbetsmarknaden"),
    ("Vi vill para ihop arbetssökande och lediga tjänster.", "Matchning"),
    ("Verkstadsföretag och verkstadsföretagens ägare.", "Industri och teknik"),
    ("Stålverket i Boden och gruvan i Kiruna anställer.", "Industri och teknik"),
    ("Sågverken och batterifabriken anställer.", "Industri och teknik"),
    # Everyday words for working together, each half a cue.
    ("Kommunerna har gått samman, och länet samordnar arbetet tillsammans med dem.", "Samverkan"),
    # A region's development strategy is no management strategy.
    ("Den regionala utvecklingsstrategin pekar ut vägen, och utvecklingsstrategier för tillväxt behövs.",
     "Regional utveckling och tillväxt"),
    # The slogan's "rusta" is not "Långt från arbetsmarknaden".
    ("Vi arbetar efter principen matcha först, rusta sen.",
     "Matchning"),
])
def test_topic_cues_beyond_the_examples(extractor, text, label):
    assert [t.label for t in extractor.extract(text).topics] == [label]


def test_teachers_are_an_occupation_not_the_school(extractor):
    text = ("Bristen på lärare och undersköterskor växer. Lärarna på folkhögskolan har "
            "lärt ut svenska, och skola för barnen ordnades.")
    assert "Skola och arbetsliv" not in [t.label for t in extractor.extract(text).topics]


def test_a_follow_up_or_a_video_meeting_said_in_passing_is_no_topic(extractor):
    text = ("Jag rekryterar mina egna kollegor, sa en handledare när vi följde upp i höstas. "
            "I dag träffar jag de flesta via video.")
    assert extractor.extract(text).topics == []


def test_supervising_a_trainee_or_a_vocational_exam_is_no_management_or_university(extractor):
    text = ("Ta handledarskapet på allvar: handledarskapet avgör. Efter examen fick de jobb, "
            "och examen firades.")
    assert extractor.extract(text).topics == []


def test_a_coordinators_title_or_a_job_seekers_network_is_no_collaboration(extractor):
    text = "Samordnaren och projektsamordnaren ringde. Samordnarna kom tillsammans."
    assert extractor.extract(text).topics == []
    text = "Använd ditt nätverk. Nätverket av vänner hjälper, och nätverkande tillsammans ger jobb."
    assert "Samverkan" not in [t.label for t in extractor.extract(text).topics]


def test_childcare_is_not_the_care_sector(extractor):
    text = "Kommunen ordnade barnomsorg på kvällar, och barnomsorgen var avgörande. Sedan ringde vårdcentralen."
    assert extractor.extract(text).topics == []
