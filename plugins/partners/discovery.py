"""Find organisations the registry does not know yet, by their shape.

Swedish organisation names end in a head word ("… AB", "… Group",
"… universitet", "… Konsult"), end in a suffix ("Ungdomsstyrelsen",
"Samordningsförbundet") or start with a fixed word ("Region …", "Högskolan
i …", "Stiftelsen …", "Delegationen för …"); and a person's role names
their workplace ("personalchef på Skistar"), as a class noun names what
follows it ("nätverket Jobbsamverkan Dalarna", "bemanningsföretaget
Adecco"). Shapes that are nearly always organisations are tagged; the rest
become candidates an editor reviews with `make candidates`.

One Aho-Corasick pass finds every anchor word; only around those hits do
small anchored regular expressions read the rest of the name, so the cost
stays linear in the text.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .automaton import Automaton
from .lexicon import is_common_word, is_known
from .matching import leftmost_longest

HIGH, MEDIUM = "high", "medium"

_CAPITAL = "A-ZÅÄÖÉÜ"
_WORD = re.compile(r"[\w&][\w&-]*")
_STOP = frozenset(
    "och i på med för av till som att en ett den det de är var har om från vid hos genom efter "
    "under mellan inom utan samt eller men både även också nu där här vi jag ni han hon man dem "
    "deras vår våra vårt sin sina sitt hela alla olika flera nya så då när "
    # Opening a sentence, capitalised before a name ("Enligt Norrbottens Handelskammare").
    "enligt bland trots inför kring mot över ur åt via före utöver förutom dessutom därför sedan medan "
    "eftersom innan denna detta dessa varje många några någon ingen inga samma tack liksom hur vad".split()
)
# A name's "för …" part ends before the sentence goes on.
_ENDS_NAME = frozenset(
    "är var har hade som att kan ska skulle vill blir blev den det de vi jag ni han hon man inte "
    "också även när där så nu sedan genom".split()
)

# A company's English line of business: "GKN Aerospace", "Nordic Robotics",
# "Swedish Lapland Visitors Board".
_ENGLISH_HEADS = frozenset(("Aerospace", "Systems", "Technology", "Technologies", "Industries", "Engineering",
                            "Automation", "Automotive", "Electronics", "Robotics", "Software", "Logistics",
                            "Mining", "Energy", "Board", "Resources", "Interactive", "Studios", "Games",
                            "Entertainment", "Centre", "Business School"))
# Head words after a name: kind and confidence. Their genitive ("AB:s",
# "universitets") is allowed, and a "… för …" continuation
# ("Reveljen Centrum för vuxnas lärande").
_HEADS = {
    "AB": ("company", HIGH),
    "HB": ("company", HIGH),
    "KB": ("company", HIGH),
    "Group": ("company", HIGH),
    "Holding": ("company", HIGH),
    "Sweden": ("company", HIGH),  # "Westinghouse Electric Sweden"
    "Scandinavia": ("company", HIGH),
    "i Sverige AB": ("company", HIGH),  # "Grönt Kök i Sverige AB"
    "Consulting": ("company", HIGH),  # "Bergqvist Consulting"
    "Solutions": ("company", HIGH),  # "Nordic Staffing Solutions"
    **{line: ("company", HIGH) for line in _ENGLISH_HEADS},
    "Sparbank": ("company", HIGH),  # "Hudiksvalls Sparbank"
    "Science Park": ("company", HIGH),  # "Piteå Science Park"
    "Science City": ("company", HIGH),  # "Kista Science City"
    "Business Region": ("company", HIGH),  # "Luleå Business Region"
    "College": ("association", HIGH),  # "Göteborgs Tekniska College"
    "universitet": ("university", HIGH),
    "högskola": ("university", HIGH),
    "folkhögskola": ("association", HIGH),
    "folkhögskolan": ("association", HIGH),  # "Nordiska folkhögskolan"
    "Konsult": ("company", MEDIUM),
    "Industrigrupp": ("network", MEDIUM),
    "Centrum": ("association", MEDIUM),
    "Yrkesnämnd": ("association", HIGH),  # "Måleribranschens Yrkesnämnd"
    "Handelskammare": ("association", HIGH),  # "Örebro Handelskammare"
    "Stadsmission": ("association", HIGH),  # "Linköpings Stadsmission"
    "stadsmission": ("association", HIGH),  # "Norrköpings stadsmission"
    "kommunalförbund": ("association", HIGH),  # "Skaraborgs kommunalförbund"
    "Riksförbund": ("association", HIGH),  # "Synskadades Riksförbund"
    # "Bankinstitutens Arbetsgivareorganisation"
    **{form: ("association", HIGH) for form in ("Arbetsgivareorganisation", "Arbetsgivarorganisation")},
    "stiftelse": ("association", HIGH),  # "Familjen Kamprads stiftelse"
    # An inn by its name ("Kvarnbackens Värdshus").
    **{inn: ("company", HIGH) for inn in ("Värdshus", "Wärdshus", "Gästgiveri", "Gästgivaregård")},
    "kommun": ("municipality", MEDIUM),
    # A Sami reindeer-herding community, an economic association ("Gabna sameby").
    "sameby": ("association", HIGH),
    # A cooperative or a non-profit by its legal form ("Grön Framtid ekonomisk förening").
    **{form: ("association", HIGH) for form in (
        "ekonomisk förening", "Ekonomisk förening", "Ekonomisk Förening", "ek. för.", "ideell förening",
        "Ideell förening", "Ideell Förening")},
    # A region's hospital ("Sundsvalls sjukhus"), of the region's kind as the
    # registry lists hospitals; for an editor to approve, as "Skånes sjukhus"
    # may be all the hospitals of a region.
    "sjukhus": ("region", MEDIUM),
    "universitetssjukhus": ("region", MEDIUM),
    "lasarett": ("region", MEDIUM),
}
# Trades that make a town's name a company's ("Gävle Energi", "Skellefteå
# Kraft", "Halmstads Energi och Miljö") or an institution's ("Hallands
# Akademi"): sure after a known place, otherwise for an editor to review
# ("Förnybar Energi" heading a section).
_TRADES = {trade: "company" for trade in (
    "Energi", "Kraft", "Elnät", "Stadsnät", "Vatten", "Avfall", "Renhållning", "Hamn", "Bostäder",
    "Fastigheter", "Parkering", "Buss", "Trafik", "Logistik", "Näringsliv", "Turism", "Destination", "Verkstad",
    "Verkstäder")}
# A craftsman's firm by its owner's name ("Jonssons Snickeri", "Nätterlunds
# El"), a local paper ("Sundsvalls Tidning"): sure after a surname in the
# genitive, as after a place.
_CRAFTS = ("Bygg", "El", "Snickeri", "Måleri", "Åkeri", "Rör", "VVS", "Plåt", "Smide", "Svets", "Mekaniska",
           "Entreprenad", "Maskin", "Bageri", "Bryggeri", "Transport", "Fabriker", "Tidning", "Tidningar",
           "Allehanda", "Trädgård", "Kök", "Logi", "Handel", "Service", "Café", "Kafé", "Restaurang", "Konditori",
           "Miljö")
_TRADES.update({craft: "company" for craft in _CRAFTS})
_TRADES["Akademi"] = "association"
# A theatre or an opera by its name or its place ("Västanå Teater", "Wermland
# Opera"), and a hotel ("Tott Hotell", "Storhogna Högfjällshotell").
_STAGES = ("Teater", "Opera")
_HOTELS = ("Hotell", "Högfjällshotell", "Fjällhotell")
_TRADES.update({**{stage: "association" for stage in _STAGES}, **{hotel: "company" for hotel in _HOTELS}})
# A diocese of the Church of Sweden by its town ("Härnösands stift").
_TRADES["stift"] = "association"
# A sports club by its town: "Västerås SK", "Mora IK", "Ljungby IF", "Luleå Hockey".
_CLUBS = ("SK", "IF", "IK", "BK", "FF", "FK", "HK", "HF", "IBK", "AIF", "AIK", "GIF", "HC", "Hockey")
_TRADES.update({club: "association" for club in _CLUBS})
_HEADS.update({trade: (kind, MEDIUM) for trade, kind in _TRADES.items()})
# Not where the trade starts the next name: "Gotlands Bryggeri och Destination Gotland".
_AND_TRADE = re.compile(rf" (?:och|&) (?:Miljö|{'|'.join(_TRADES)})(?![\w-]| [{_CAPITAL}])")
# "Eskilstuna Logistik och Etablering AB" is one company, not "Eskilstuna Logistik".
_AND_COMPANY = re.compile(rf" (?:och|&)(?: [{_CAPITAL}][\w-]*){{1,2}} (?:AB|Group)(?![\w-])")
_SENTENCE_END = re.compile(r"(?:^|[.!?:–-]|\n)\s*$")
_AFTER_NAME_AND = re.compile(rf"[{_CAPITAL}][\w-]* [{_CAPITAL}][\w-]* (?:och|&) $")
_GENITIVE_ONLY = re.compile(r"(?::s|s)?(?![\w-])")
# "… AB för jobbet": after a legal form, a "för" part is the sentence's.
_LEGAL_FORMS = frozenset(("AB", "HB", "KB", "Group", "Holding"))
# The "för" part ends where another name starts: "Elbranschens Centrala
# Yrkesnämnd för elektriker och Byggbranschens …". Nor is "för sju år
# sedan" one: a number after "för" says when.
_AFTER_HEAD = re.compile(rf"(?::s|s)?(?![\w-])(?: för(?! (?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|"
                         rf"femton|tjugo|trettio|några|många|flera|länge|\d+)(?![\w-]))"
                         rf"(?: (?!(?:och|samt|eller) [{_CAPITAL}])[a-zåäö][\w-]*){{1,6}})?")

# Words that start a name, with the pattern of the rest of it.
_LEADING = {
    "AB ": (re.compile(rf"[{_CAPITAL}][\w&-]*(?: [{_CAPITAL}][\w&-]*)?"), "company", HIGH),
    "Region ": (re.compile(rf"[{_CAPITAL}][\w-]*(?: [{_CAPITAL}][\w-]*)?"), "region", HIGH),
    # A regional business agency ("Business Region Göteborg").
    "Business Region ": (re.compile(rf"[{_CAPITAL}][\w-]*(?: [{_CAPITAL}][\w-]*)?"), "company", HIGH),
    "Högskolan i ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "university", HIGH),
    # A municipality's higher vocational school ("Yrkeshögskolan Skellefteå"); only before a known place.
    "Yrkeshögskolan ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "municipality", HIGH),
    "Folkhögskolan i ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "association", HIGH),
    "Sjukhuset i ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "region", MEDIUM),
    "Lasarettet i ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "region", MEDIUM),
    # A regional centre for industrial development ("IUC Bergslagen").
    "IUC ": (re.compile(rf"[{_CAPITAL}][\w-]*(?: [{_CAPITAL}][\w-]*)?"), "company", HIGH),
    # A science park by its place ("Science Park Gotland"), as after it ("Piteå Science Park").
    "Science Park ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "company", HIGH),
    # A national association by its members, a common noun made a name
    # ("Sveriges Bussföretag", "Sveriges Åkeriföretag").
    "Sveriges ": (re.compile(rf"[{_CAPITAL}][a-zåäö-]+(?= [a-zåäö]|[^\w &-])"), "association", HIGH),
    # "Stiftelsen Mitt i Livet", but not the place in "Stiftelsen Skistar i Sälen".
    # A memorial foundation by its founders ("Stiftelsen Ester och Harald Lindbloms minne").
    "Stiftelsen ": (re.compile(rf"(?:[{_CAPITAL}][\w-]*(?: (?:och )?[{_CAPITAL}][\w-]*){{0,4}} minne(?:sfond)?|"
                               rf"[{_CAPITAL}][\w&-]*(?: [{_CAPITAL}][\w&-]*){{0,2}}(?P<in> i [{_CAPITAL}][\w-]*)?)"),
                    "association", HIGH),
    # A local association for coordinated rehabilitation ("Samordningsförbundet i Jämtlands län",
    # "Samordningsförbund Gävleborg").
    **{form: (re.compile(rf"[{_CAPITAL}][\w-]*(?: [{_CAPITAL}][\w-]*)?(?: län)?"), "association", HIGH)
       for form in ("Samordningsförbundet i ", "Samordningsförbund ")},
    # A newspaper by its region ("Tidningen Ångermanland"); only before a known place.
    "Tidningen ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "company", HIGH),
    # A savings bank by its place ("Sparbanken Skåne", "Sparbanken Nord").
    "Sparbanken ": (re.compile(rf"[{_CAPITAL}][\w-]*(?: [{_CAPITAL}][\w-]*)?"), "company", HIGH),
    "Handelskammaren ": (re.compile(rf"[{_CAPITAL}][\w-]*(?: [{_CAPITAL}][\w-]*)?"), "association", HIGH),
    # A destination company by its place ("Destination Gotland", "Destination
    # Sundsvall"); only before a known place (see _PLACE_ONLY).
    "Destination ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "company", HIGH),
    # A housing company by its legal form first ("Bostads AB Mimer", "Fastighets AB Förvaltaren").
    **{form: (re.compile(rf"[{_CAPITAL}][\w&-]*(?: [{_CAPITAL}][\w&-]*)?"), "company", HIGH)
       for form in ("Bostads AB ", "Fastighets AB ")},
    # A hotel or a café by its name ("Hotell Aveny", "Café Ringen"), also as an employer.
    **{form: (re.compile(rf"[{_CAPITAL}][\w&-]*(?: [{_CAPITAL}][\w&-]*)?"), "company", HIGH)
       for form in ("Hotell ", "Café ", "Kafé ")},
    # A sports club named by its town after the club's letters ("IFK Nyköping",
    # "BIK Karlskoga", "IF Elfsborg"); all but IFK and IF only before a known
    # place (see _PLACE_ONLY). The union IF Metall is known, so blanked out.
    **{f"{club} ": (re.compile(rf"[{_CAPITAL}][\w-]*"), "association", HIGH)
       for club in ("IFK", "IF", "BIK", "GIF", "IK", "BK", "SK")},
    # A region's platform for skills supply ("Kompetensplattform Halland").
    "Kompetensplattform ": (re.compile(rf"[{_CAPITAL}][\w-]*(?: [{_CAPITAL}][\w-]*)?"), "network", HIGH),
}
_LEADING.update({
    f"{word} för": (re.compile(r"(?: [a-zåäö][\w-]*){1,6}"), "agency", MEDIUM)
    for word in ("Delegationen", "Myndigheten", "Institutet", "Rådet")
})

# Suffixes of one capitalised word ("Ungdomsstyrelsen"); "…förbund" only
# after its place in the genitive ("Dalarnas Bildningsförbund").
_SUFFIXES = {
    "förbundet": "association", "styrelsen": "agency", "verket": "agency", "kassan": "agency",
    "myndigheten": "agency", "inspektionen": "agency", "institutet": "agency", "nämnden": "agency",
    "rådet": "agency", "delegationen": "agency", "akademin": "agency", "centrum": "association",
    "center": "association", "förbund": "association", "stiftelsen": "association",
    "universitetet": "university", "högskolan": "university", "energi": "company", "kraft": "company",
    "fonden": "association",  # a foundation that funds projects: "Norrlandsfonden"
    "stiftelserna": "association",  # "Kempestiftelserna"
    "kåren": "association",  # a student union by its university: "Linnékåren"
    # A newspaper named for its region: "Hallandsposten", "Jönköpings-Posten".
    **{paper: "company" for paper in ("posten", "tidningen", "kuriren", "bladet",
                                      "-Posten", "-Tidningen", "-Kuriren", "-Bladet")},
}
# A town's name compounded with what its municipal company does:
# "Ljusdalshem", "Skövdebostäder", "Härnösandshus". Not "-bo": "Luleåbo"
# is someone who lives there.
_TOWN_COMPOUNDS = {"hem": HIGH, "bostäder": HIGH, "hus": MEDIUM}
_GENITIVE_TAIL = re.compile(r"s?(?![\w-])")
# A person's role at a workplace names it: a title (or a word ending in one,
# "personalchef", "HR-ansvarig"), "på", "hos", "vid" or a comma (as speakers
# are presented: "Sofia Kihlberg, HR-chef, Getinge"), and capitalised words.
# "för" only after "vd": "projektledare för Kompetenslyftet" names a project.
_TITLES = ("chef", "ansvarig", "vd", "VD", "ägare", "grundare", "rekryterare", "handledare", "anställd",
           "direktör", "ordförande", "rektor", "strateg", "samordnare", "koordinator", "utvecklare", "konsult",
           "ledare", "handläggare", "förmedlare", "coach", "sekreterare", "ekonom", "ingenjör", "medarbetare",
           "lärare", "rådgivare", "kommunikatör", "forskare", "professor",
           # Trades and occupations: "betongarbetare hos …", "undersköterska vid …".
           "arbetare", "sköterska", "biträde", "tekniker", "montör", "operatör", "säljare", "assistent",
           "elektriker", "mekaniker", "snickare", "svetsare", "förare", "kock", "lärling", "praktikant",
           # Work itself: "jobbar på Skistar", "fick jobb hos …", "praktik vid …".
           "jobbar", "arbetar", "jobb", "praktik", "praktikplats", "lärlingsplats", "praktiserar", "anställning")
_WHOLE_WORD_TITLES = frozenset({"vd", "VD"})
# "Vi på Dalakraft behöver …": the writer's own workplace.
_WE_AT = ("Vi på ", "vi på ", "Vi här på ", "vi här på ")
_WORKPLACE = re.compile(rf"[{_CAPITAL}][\w-]*(?:(?: &)? [{_CAPITAL}][\w-]*){{0,3}}(?![\w-])")
_GENITIVE_HEADS = frozenset(f"{head}s" for head in _HEADS if head.islower() and " " not in head)
# A class noun, alone or ending a compound ("bemanningsföretaget"), and the
# name it stands in apposition to. Projects and programmes ("projektet
# Framsteget") are not organisations, so their nouns are not here.
_CLASS_NOUNS = {
    "nätverket": "network", "föreningen": "association", "förbundet": "association",
    "organisationen": "association", "stiftelsen": "association", "kooperativet": "association",
    "företaget": "company", "bolaget": "company", "koncernen": "company", "kedjan": "company",
    "åkeriet": "company", "byrån": "company", "hotellet": "company",
}

# A list of names after a plural noun of their kind: "företag som Atlas
# Copco, Epiroc och Lesjöfors", "arbetsgivare som IKEA och Volvo CE". Also
# in compounds ("industriföretag som …"). Names the registry knows are
# already blanked out; they still count as members of the list.
_ENUMERATIONS = {"företag som": "company", "företag såsom": "company", "bolag som": "company",
                 "arbetsgivare som": None, "arbetsgivare såsom": None}
# A name the words after it call a company or an association: "Smålands
# Ytbehandling i Gislaved, ett familjeföretag i tredje generation", "Nordbygg,
# ett av länets största företag", "Kooperativet Banvakten är ett socialt
# företag". The noun ends its word in the indefinite form: "en av ägarna till
# bolaget" and "en ung företagare" describe people.
_DESCRIBED = ", ett ", ", en ", " är ett ", " är en "
# Adjectives before the noun, no preposition: "en förteckning över företag" lists them.
_DESCRIPTION = re.compile(r"(?:av [\w-]+ )?(?:(?!(?:med|i|på|för|som|och|till|från|där|när|utan|över|om|mellan|bland|"
                          r"under|efter|inom|hos|vid|mot|genom)\b)[a-zåäö]+ ){0,2}"
                          r"[\w-]*?(företag|bolag|förening|stiftelse|kooperativ)(?![\w-])")
_DESCRIBED_KINDS = {"företag": "company", "bolag": "company", "förening": "association", "stiftelse": "association",
                    "kooperativ": "association"}
_PLACE_AT_END = re.compile(rf" i [{_CAPITAL}][\w-]*$")
_FOR_EXAMPLE = re.compile(r"(?:till exempel|exempelvis|bland annat|t\.ex\.|t ex|bl\.a\.) ")
_SPACES = re.compile(" *")
_ENUMERATION_SEPARATOR = re.compile(r" *, *(?:(?:och|samt|eller) )?| +(?:och|samt|eller|&) ")


# A line of its own, as participants and speakers are listed: a person's
# name and their organisation after a comma, in brackets or after a dash
# ("Maria Nilsson, Dalarnas Försäkringsbolag", "Björn Dahl (Siljan
# Turism)", "Björn Dahl – Siljan Turism"); or such a part of a line, after
# a colon or a semicolon and up to the next ("Deltagare: Anna Ek,
# Dalaplast; Per Berg, Siljan Turism"). One pattern per opening, each
# starting with it as a literal, which the regex engine finds fast (an
# alternation would be tried at every character).
_PERSON_LINES = tuple(re.compile(
    rf"{opening}[ \t]*(?:[-*•–][ \t]+)?(?P<person>[{_CAPITAL}][a-zåäöéü]+(?:-[{_CAPITAL}][a-zåäöéü]+)?"
    rf"(?: [{_CAPITAL}][a-zåäöéü]+(?:-[{_CAPITAL}][a-zåäöéü]+)?){{1,2}})(?:, |(?P<bracket> \()| [–-] )"
    rf"(?P<name>[{_CAPITAL}][\w&-]*(?: (?:&|och|i|för) [\w&-]+| [{_CAPITAL}][\w&-]*){{0,5}})"
    rf"(?(bracket)\))[ \t]*(?=[\n;])") for opening in ("\n", ": ", "; "))
# A politician's party in brackets ("Anna Ek (S)") is no partner.
_PARTIES = frozenset("S M C L V KD MP SD".split())
# A person and where they come from: "Karim Haddad från Kiviks Musteri".
_FROM = " från "
# Words that start places: "Västra Götaland", "Stora Skedvi", "Nya Zeeland".
_PLACE_ADJECTIVES = frozenset(
    "Stora Lilla Norra Södra Östra Västra Övre Nedre Nya Gamla Mellersta Inre Yttre".split())
_PERSON_BEFORE = re.compile(
    rf"(?:^|(?<=[^\w-]))[{_CAPITAL}][a-zåäöéü]+(?:-[{_CAPITAL}][a-zåäöéü]+)?"
    rf"(?: [{_CAPITAL}][a-zåäöéü]+(?:-[{_CAPITAL}][a-zåäöéü]+)?){{1,2}}$")


def _anchors():
    anchors = [
        *((word, ("head", word)) for word in _HEADS),
        *((word, ("leading", word)) for word in _LEADING),
        *((word, ("suffix", word)) for word in _SUFFIXES),
        *((word, ("town compound", word)) for word in _TOWN_COMPOUNDS),
        *((f"{title}{at} ", ("workplace", title)) for title in _TITLES for at in (" på", " hos", " vid", ",")),
        *((f"{title} för ", ("workplace", title)) for title in _WHOLE_WORD_TITLES),
        *((we, ("workplace", "vi")) for we in _WE_AT),
        (_FROM, ("from", _FROM)),
        *((described, ("described", described)) for described in _DESCRIBED),
        *((f"{noun} ", ("apposition", noun)) for noun in _CLASS_NOUNS),
        *((f"{words} ", ("enumeration", words)) for words in _ENUMERATIONS),
        *((f"{words.capitalize()} ", ("enumeration", words)) for words in _ENUMERATIONS),
        # "Stiftelsen …" is a leading word already.
        *((f"{noun.capitalize()} ", ("apposition", noun.capitalize()))
          for noun in _CLASS_NOUNS if noun != "stiftelsen"),
    ]
    # One string has one role: a second would silently replace the first.
    twice = [word for word, count in Counter(word for word, _ in anchors).items() if count > 1]
    assert not twice, f"anchor strings with two roles: {twice}"
    return Automaton(dict(anchors))


_ANCHORS = _anchors()


@dataclass(frozen=True)
class Found:
    name: str
    kind: str
    confidence: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _ordinary_word(word):
    """A word the Swedish dictionary knows is a noun like "styrelsen", not a name."""
    return is_known(word.lower())


def _proper_noun(word):
    return word[0].isupper() and not is_common_word(word)


def _is_word(char):
    return char.isalnum() or char in "_-"


def discover(text, places=frozenset()):
    """Every organisation-shaped name in `text`, in text order; no two
    overlap. `places` are the towns and counties a trade name may start with."""
    found = []
    for start, end, (role, anchor) in _ANCHORS.find(text):
        if role == "suffix":
            found += _suffix_word(text, start, end, anchor, places)
        elif role == "town compound":
            found += _town_compound(text, start, end, anchor, places)
        elif role == "workplace":
            found += _workplace(text, start, end, anchor, places)
        elif role == "from":
            found += _from_person(text, start, end, places)
        elif role == "apposition":
            found += _apposition(text, start, end, anchor)
        elif role == "enumeration":
            found += _enumeration(text, end, anchor, places)
        elif role == "described":
            found += _described(text, start, end, places)
        elif start > 0 and _is_word(text[start - 1]):
            continue
        elif role == "head":
            found += _before_head(text, start, end, anchor, places)
        else:
            found += _after_leading(text, start, end, anchor, places)
    found += _person_lines(text, places)
    found += _of_a_named_place(text, places)
    # Two shapes may find the same name ("vd på Dala Bygg AB"): the longer
    # wins, and of two as long the surer.
    found = leftmost_longest(found, rank=lambda name: name.confidence != HIGH)
    return _short_names_resolved([name for name in found if not _PROJECT.search(text, max(0, name.start - 30),
                                                                                  name.start)])


# "projektet Företagskraft", "EU-projektet Kompetenslyftet": a project or
# programme is no organisation (taxonomy.md).
_PROJECT = re.compile(r"(?:projektet|programmet|satsningen) $", re.I)


def _short_names_resolved(found):
    """"Östgötafrakt AB tog emot … vd på Östgötafrakt": in one text, a company's
    name without its "AB" or "Group" is the same company, and
    "Samordningsförbundet" the "Samordningsförbundet Skellefteå" it names
    (unless it names two)."""
    full = {}
    for name in found:
        short = re.sub(r"^AB | (?:AB|Group)$", "", name.name)
        if name.confidence == HIGH and short != name.name:
            full.setdefault(short, name)
    named = defaultdict(dict)
    for name in found:
        head, _, place = name.name.partition(" ")
        if name.confidence == HIGH and place and head.endswith(_NAMED_BY_PLACE):
            named[head][name.name] = name
    for head, names in named.items():
        if len(names) == 1:
            full.setdefault(head, *names.values())
    return [replace(name, name=full[name.name].name, kind=full[name.name].kind, confidence=HIGH)
            if name.name in full else name for name in found]


def _before_head(text, start, end, head, places):
    if head in _TRADES and _AND_COMPANY.match(text, end):
        return []  # the company's "AB" reads its name
    after = (head in _TRADES and _AND_TRADE.match(text, end)) or _AFTER_HEAD.match(text, end)
    # A "för" part names a generic head ("Reveljen Centrum för vuxnas lärande"); after a
    # head in lower case it says whom the place is for ("Gotlands folkhögskola för unga").
    if after is not None and (head[0].islower() or head in _LEGAL_FORMS) and " för " in after.group():
        after = _GENITIVE_ONLY.match(text, end)
    if after is None:
        return []
    name_start = _name_start(text, start, placed=_HEADS[head][0] == "company")
    if name_start is None:
        return []
    # "Luleå tekniska universitet", but not "Bengt Näslund beskrev folkhögskolan":
    # before a head in lower case, a word in lower case is an adjective of the name.
    if head[0].islower() and any(word[0].islower() and not word.endswith("a")
                                 for word in text[name_start:start - 1].split(" ")):
        return []
    # Before a capitalised head the name is capitalised too, but for a legal
    # form's ("Karmin kommunikation AB"): "Projektet heter Science Park" is none.
    if head[0].isupper() and not head.isupper() and any(
            word[0].islower() and word not in ("och", "i", "för") for word in text[name_start:start - 1].split(" ")):
        return []
    # "Åkeriet Östgötafrakt AB": the class noun before the name is not part of it.
    first = _WORD.match(text, name_start).group()
    if name_start + len(first) + 1 < start and first.lower().endswith(tuple(_CLASS_NOUNS)):
        name_start += len(first) + 1
    name = _trim(text[name_start:after.end()])
    # "Bostads AB Mimer": the legal form after an ordinary word in the genitive opens the name (see _LEADING).
    before = text[name_start:start - 1]
    if head == "AB" and " " not in before and before.endswith("s") and is_common_word(before):
        return []
    kind, confidence = _HEADS[head]
    # "Kursen Information Technology" is a course: a Swedish word before an
    # English head, an editor decides.
    # A place first makes it a name again ("Uppsala Innovation Centre").
    words = name.split(" ")
    if (head in _ENGLISH_HEADS and any(is_common_word(word) for word in words[:-1])
            and not _is_place(words[0], places)):
        confidence = MEDIUM
    if head in _TRADES and _is_place(text[name_start:start - 1], places):
        confidence = HIGH
    # A club also by a village or a district ("Edsbyns IF", "Mjällby AIF").
    elif head in (*_CRAFTS, *_CLUBS, *_STAGES, *_HOTELS) and _owners_name(text[name_start:start - 1]):
        confidence = HIGH
    # "Sverige AB", "Skellefteå AB": a country or a town seen as one
    # business, more often than a company of that name.
    elif head == "AB" and (text[name_start:start - 1] == "Sverige" or _is_place(text[name_start:start - 1], places)):
        confidence = MEDIUM
    # "Eskilstuna Logistik och Etablering AB", or two organisations in a row
    # ("Nordiska Verktyg och Grus AB"): an editor decides. After one word
    # ("i Luleå och Luleå Näringsliv AB"), or where a known place starts it
    # ("Smurfit Westrock och Piteå Science Park"), the name starts here.
    elif (_AFTER_NAME_AND.search(text, max(0, name_start - 40), name_start)
          and not _is_place(_WORD.match(text, name_start).group(), places)):
        confidence = MEDIUM
    return [Found(name, kind, confidence, name_start, name_start + len(name))]


def _owners_name(words):
    """"Jonssons", "Bröderna Ekströms", "Domsjö": one capitalised word that
    is no ordinary word, also in the genitive and after "Bröderna"; other
    trades may follow it ("Sundqvists Kök & Logi")."""
    first, *rest = words.removeprefix("Bröderna ").split(" ")
    return (_proper_noun(first) and not is_common_word(first.removesuffix("s"))
            and all(word == "&" or word in _CRAFTS for word in rest))


def _is_place(words, places):
    """"Gävle", "Halmstads": one word, a place or its genitive."""
    return words in places or (words.endswith("s") and words[:-1] in places)


_COMPASS = frozenset("Nord Norr Syd Söder Öst Väst Mitt Nordost Nordväst Sydost Sydväst".split())
_WORD_BEFORE = re.compile(rf"(?:^|(?<=[^\w-]))[{_CAPITAL}][\w-]* $")


def _after_leading(text, start, end, leading, places):
    pattern, kind, confidence = _LEADING[leading]
    rest = pattern.match(text, end)
    if rest is None or (rest.end() < len(text) and _is_word(text[rest.end()])):
        return []
    # Within a sentence, a capitalised word before it makes the leading word
    # part of a longer name: "Business Region Göteborg" is no region.
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and not _SENTENCE_END.search(text, max(0, before.start() - 3), before.start()):
        return []
    # "Arbetsförmedlingen Region Syd", "Region Mitt": a division, not a region.
    if leading == "Region " and rest.group().split(" ", 1)[0] in _COMPASS:
        return []
    if leading in _PLACE_ONLY and not _is_place(_without_genitive(rest.group()), places):
        return []
    name_end = rest.end()
    if "in" in rest.re.groupindex and rest.group("in") and _is_place(rest.group("in")[3:], places):
        name_end = rest.start("in")
    name = _trim(text[start:name_end])
    return [Found(name, kind, confidence, start, start + len(name))]


# Leading words that make a name only of a known place: "Destination Gotland",
# not the "Destination Framtid" of a heading; "IK Oskarshamn", not "IK Sirius".
_PLACE_ONLY = frozenset({"Destination ", "Tidningen ", "Science Park ", "Yrkeshögskolan ", "BIK ", "GIF ", "IK ", "BK ",
                         "SK "})

# Suffixes that make a name of a word that is no ordinary word before them.
_NAMED_FOR = frozenset(("stiftelsen", "stiftelserna", "kåren", "förbundet", "institutet", "akademin", "posten",
                        "tidningen", "kuriren", "bladet", "-Posten", "-Tidningen", "-Kuriren", "-Bladet"))
# Generic words a place after them makes a name (see _suffix_word).
_NAMED_BY_PLACE = ("förbundet", "centrum", "center", "tidningen")
# The place part of "Samordningsförbundet Södra Lappland", "Kommunförbundet
# Skåne", "Regionförbundet Jönköpings län", "Samordningsförbundet Uppsala län".
_NAMED_AFTER = re.compile(rf"(?: [{_CAPITAL}][\w-]*){{1,3}}(?P<county> län(?![\w-]))?")


# "Dalarnas Bildningsförbund", "Hälsinglands Utbildningsförbund": a
# federation named for its place in the genitive.
_GENITIVE_BEFORE = re.compile(rf"(?:^|(?<=[^\w-]))[{_CAPITAL}][\w-]*s $")
_WORD_BACK = re.compile(r"(?:^|(?<=[^\w-]))\w*$")
_NATIONAL = re.compile(rf"(?:^|(?<=[^\w-]))[{_CAPITAL}][a-zåäö]*ska $")  # "Svenska", "Sverigefinska"


def _suffix_word(text, start, end, suffix, places):
    if suffix == "förbund":
        return _federation(text, start, end)
    if end < len(text) and _is_word(text[end]):
        return []
    word_start = start
    while word_start > 0 and text[word_start - 1].isalnum() and start - word_start < 40:
        word_start -= 1
    word = text[word_start:end]
    if word_start > 0 and _is_word(text[word_start - 1]):
        return []
    if not word[0].isupper() and suffix in _NAMED_BY_PLACE and word_start < start:
        return _of_a_place(text, word_start, end)
    if word_start == start or not word[0].isupper():
        return []
    # "Samordningsförbundet Södra Lappland", "Kompetenscentrum Norr": a
    # generic word made a name by the place after it, as sure as "… AB".
    named = _NAMED_AFTER.match(text, end) if suffix in _NAMED_BY_PLACE else None
    # "Svenska Innebandyförbundet": a national federation names its country.
    national = suffix == "förbundet" and _NATIONAL.search(text, max(0, word_start - 20), word_start)
    if national:
        return [Found(text[national.start():end], "association", HIGH, national.start(), end)]
    if named is not None:
        name_end = named.end() if named.group("county") else _end_of_place(text, end, named.end(), places)
        name = _trim(text[word_start:name_end])
        return [Found(name, _SUFFIXES[suffix], HIGH, word_start, word_start + len(name))]
    if _ordinary_word(word):
        return []
    # "Kempestiftelserna", "Hälsinglandsförbundet": a foundation or a
    # federation named for a person or a place is a name; "Framtidsstiftelsen"
    # is for an editor, as are funds ("Norrlandsfonden"), which are no partners.
    first = text[word_start:start]
    named_for = suffix in _NAMED_FOR and not (is_common_word(first) or is_common_word(first.removesuffix("s")))
    return [Found(word, _SUFFIXES[suffix], HIGH if named_for else MEDIUM, word_start, end)]


def _of_a_place(text, start, end):
    """"Västerbergslagens utbildningscentrum": a centre in lower case after
    the name of its place in the genitive, no ordinary word ("Kommunens
    lärcentrum" is not one)."""
    before = _GENITIVE_BEFORE.search(text, max(0, start - 40), start)
    if before is None or is_common_word(text[before.start():start - 1]):
        return []
    return [Found(text[before.start():end], "association", HIGH, before.start(), end)]


# A capitalised noun after a place in the genitive ("Varbergs Kusthotell",
# "Falkenbergs Strandbad"): within a sentence, the capital makes it a name.
# Found from "s " and the word after it, a literal the regex engine skips to
# fast, then the place read backwards. Not the municipality or the county
# themselves ("Helsingborgs Stad"), nor a person ("Göteborgs Anna").
_NOUN_AFTER_GENITIVE = re.compile(rf"s (?P<noun>[{_CAPITAL}][a-zåäö]+)(?![\w&-]| [{_CAPITAL}&])")
_PLACE_BEFORE = re.compile(rf"(?:^|(?<=[^\w-]))[{_CAPITAL}][a-zåäö]+$")
# Nor the municipality's own units ("Motalas Komvux").
_THE_PLACE_ITSELF = frozenset(("Stad", "Kommun", "Kommuner", "Län", "Landsting", "Region", "Regionen", "Komvux",
                               "Jobbtorg", "Vuxenutbildning", "Lärcentrum"))


def _of_a_named_place(text, places):
    found = []
    for match in _NOUN_AFTER_GENITIVE.finditer(text):
        noun = match.group("noun")
        place = _PLACE_BEFORE.search(text, max(0, match.start() - 30), match.start())
        # "Borås" is its own genitive.
        if (place is None or not {place.group(), f"{place.group()}s"} & places
                or noun in _THE_PLACE_ITSELF or noun in _HEADS
                or (is_known(noun) and not is_common_word(noun))):
            continue
        found.append(Found(text[place.start():match.end()], "company", HIGH, place.start(), match.end()))
    return found


def _federation(text, start, end):
    """"Dalarnas Bildningsförbund", and in lower case after a name that is no
    ordinary word: "Kalmarsunds gymnasieförbund"."""
    tail = _GENITIVE_TAIL.match(text, end)
    word = _WORD_BACK.search(text, max(0, start - 40), start)
    if tail is None or word is None:
        return []
    before = _GENITIVE_BEFORE.search(text, max(0, word.start() - 40), word.start())
    if before is None or not (text[word.start()].isupper()
                              or not is_common_word(text[before.start():word.start() - 1])):
        return []
    return [Found(text[before.start():end], "association", HIGH, before.start(), end)]



def _town_compound(text, start, end, suffix, places):
    tail = _GENITIVE_TAIL.match(text, end)
    if start == 0 or not _is_word(text[start - 1]) or tail is None:
        return []
    word_start = start
    while word_start > 0 and text[word_start - 1].isalnum() and start - word_start < 30:
        word_start -= 1
    if not text[word_start].isupper() or not _is_place(text[word_start:start], places):
        return []
    return [Found(text[word_start:end], "company", _TOWN_COMPOUNDS[suffix], word_start, end)]


def _end_of_place(text, start, end, places):
    """Where the capitalised words text[start:end] end in a known place
    ("Södra Lappland"), which ends the name where a heading of flattened
    text runs on into a person's name ("Samordningsförbundet Dalarna Lena
    Ek"); `end` when none is a place."""
    words = text[start:end].split()
    for count in range(len(words), 0, -1):
        if _is_place(words[count - 1], places):
            return start + len(" ".join(words[:count])) + 1
    return end


# A school or another unit of a municipality or region, named by a word
# before its noun ("rektor på Hedbergska skolan", "lärare vid Sundsvalls
# gymnasium"): for an editor, as the heads of a unit and of an organisation
# share their titles.
_UNIT_NOUN = re.compile(r" (?:skolan|gymnasiet|gymnasium|gymnasieskolan|grundskolan|högstadieskolan|"
                        r"vårdcentralen|sjukhuset|biblioteket|förvaltningen)(?![\w-])")


# "en arbetsförmedlare, Hussein Adan, som …": after a role that an article or
# a possessive introduces, the comma leads to the person's name.
_INTRODUCED = re.compile(r"(?:^|(?<=[^\w-]))(?:en|ett|min|mitt|mina|vår|vårt|våra|er|ert|era|din|ditt|dina|hans|"
                         r"hennes|deras|sin|sitt|sina)"
                         r"(?: [a-zåäö]+)? $", re.IGNORECASE)


def _workplace(text, start, end, title, places):
    if (title in _WHOLE_WORD_TITLES or title == "vi") and start > 0 and _is_word(text[start - 1]):
        return []
    if text[end - 2] == ",":
        word_start = start
        while word_start > 0 and _is_word(text[word_start - 1]) and start - word_start < 40:
            word_start -= 1
        if _INTRODUCED.search(text, max(0, word_start - 30), word_start):
            return []
    written = _WORKPLACE.match(text, end)
    unit = written and _UNIT_NOUN.match(text, written.end())
    if unit:
        return [Found(text[end:unit.end()], "municipality", MEDIUM, end, unit.end())]
    name = _name_after(text, end)
    # "Arbetsförmedlare, Kiruna": where the person works, not for whom.
    if name is None or _is_place(name, places):
        return []
    return [Found(name, _kind_by_shape(name), MEDIUM if _unsure_workplace(name) else HIGH, end, end + len(name))]


def _from_person(text, start, end, places):
    """"Karim Haddad från Kiviks Musteri": sure for a name of more than one
    word that does not end in a place. A town, a country or a region ("från
    Syrien", "från Västra Götaland") is no organisation; a name that ends in
    one ("Coompanion Jämtland"), or a word the dictionary does not know,
    alone or after a word that starts places (a village: "från Skoghall",
    "från Stora Skedvi"), an editor decides."""
    # The person's names may all be words too ("Eva Lind", "Per Ek").
    if _PERSON_BEFORE.search(text, max(0, start - 60), start) is None:
        return []
    name = _name_after(text, end)
    if name is None:
        return []
    *first, last = name.split(" ")
    placed = _starts_a_place(first)
    if _is_place(last, places) or _known_name(last):
        return [] if placed else [Found(name, _kind_by_shape(name), MEDIUM, end, end + len(name))]
    return [Found(name, _kind_by_shape(name), MEDIUM if placed else HIGH, end, end + len(name))]


def _starts_a_place(words):
    """Whether `words` are none or only words that start places ("Nya" in
    "Nya Zeeland"): the rest of a name is then a place or a village."""
    return all(word in _PLACE_ADJECTIVES for word in words)


def _known_name(word):
    """A name the dictionary knows, as it knows towns and countries."""
    return is_known(word) and not is_common_word(word)


# The definite forms of the nouns a workplace's unit or building ends in:
# "chef på HR-avdelningen", "Arbetsmarknadsenheten", "Kommunhuset". Other
# names in the definite form are names ("Jobbfabriken", "Drivhuset").
_UNITS = ("avdelningen", "enheten", "förvaltningen", "kontoret", "sektionen", "tjänsten", "gruppen", "teamet",
          "skolan", "gymnasiet", "centralen", "kliniken", "mottagningen", "biblioteket", "utbildningen",
          "verksamheten", "kansliet", "staben", "huset", "akuten", "centret", "boendet", "hemmet", "lagret",
          "köket", "receptionen", "stationen", "nämnden", "styrelsen", "ledningen", "avdelningarna", "enheterna")


def _unsure_workplace(name):
    """One word may be a place the dictionary knows ("chef på Gotland"), a
    brand of many companies ("Volvo") or a unit ("chef på HR-avdelningen"):
    an editor decides."""
    return " " not in name and (_ordinary_word(name.rsplit("-", 1)[-1]) or name.lower().endswith(_UNITS))


def _kind_by_shape(name):
    """A workplace's kind, by the class noun its name starts with or the
    head or suffix it ends in ("rektor vid Lärcentrum"); a company where
    none tells."""
    first, last = name.split(" ", 1)[0], name.rsplit(" ", 1)[-1]
    if first.lower() in _CLASS_NOUNS and first != name:  # "praktik hos Kooperativet Vårdglädjen"
        return _CLASS_NOUNS[first.lower()]
    if last in _HEADS:
        return _HEADS[last][0]
    return next((kind for suffix, kind in _SUFFIXES.items() if last.lower().endswith(suffix)), "company")


def _apposition(text, start, end, noun):
    capitalised = noun[0].isupper()
    if capitalised and start > 0 and _is_word(text[start - 1]):
        return []
    name = _name_after(text, end)
    if name is None:
        return []
    # After a class noun a proper noun is a name ("bostadsbolaget Lulebo",
    # "organisationen Fryshuset"); a capitalised common word may begin a
    # longer one ("föreningen Kvinnor i Transport"): an editor decides.
    unsure = " " not in name and is_common_word(name)
    kind, confidence = _CLASS_NOUNS[noun.lower()], MEDIUM if unsure else HIGH
    # Capitalised within a sentence, the class noun is part of the name
    # ("hos Kooperativet Vårdglädjen"), which is then sure even where its
    # last word is a word ("Kooperativet Gräsrot"); at its start it is not.
    if capitalised and not _SENTENCE_END.search(text, max(0, start - 3), start):
        return [Found(f"{text[start:end]}{name}", kind, HIGH, start, end + len(name))]
    return [Found(name, kind, confidence, end, end + len(name))]


def _person_lines(text, places):
    found = []
    for pattern in _PERSON_LINES:
        for line in pattern.finditer(text):
            person, name = line.group("person"), line.group("name")
            # A person's names may all be words ("Lisa Holm, Dalaplast"), but a
            # line of words only is a heading ("Stort Tack, Alla Deltagare").
            if _is_place(name, places) or name in _PARTIES or all(map(is_common_word, f"{person} {name}".split())):
                continue
            # "Ola Persson, Nya Zeeland": a country; "…, Stora Skedvi": a village, maybe.
            *first, last = name.split(" ")
            if first and _starts_a_place(first):
                if _is_place(last, places) or _known_name(last):
                    continue
                confidence = MEDIUM
            else:
                confidence = MEDIUM if _unsure_workplace(name) else HIGH
            found.append(Found(name, _kind_by_shape(name), confidence, line.start("name"), line.end("name")))
    return found


def _described(text, start, end, places):
    what = _DESCRIPTION.match(text, end)
    if what is None:
        return []
    # Where it is, known town or not, is no part of the name: "Smålands
    # Ytbehandling i Gislaved".
    town = _PLACE_AT_END.search(text, max(0, start - 40), start)
    name_end = start if town is None else town.start()
    name_start = _name_start(text, name_end)
    if name_start is None:
        return []
    name = _trim(text[name_start:name_end])
    if _is_place(name, places):
        return []
    # "Sverige, ett land med många bolag" is no company, nor a word.
    unsure = " " not in name and (is_common_word(name) or _known_name(name))
    # "Kooperativet Banvakten är ett socialt företag": the class noun tells.
    kind = _kind_by_shape(name) if name.split(" ")[0].lower() in _CLASS_NOUNS else _DESCRIBED_KINDS[what.group(1)]
    return [Found(name, kind, MEDIUM if unsure else HIGH, name_start, name_start + len(name))]


def _enumeration(text, end, anchor, places):
    """The names listed after `anchor`; sure only in a list of two or more,
    as a single name may be the subject of a clause ("företag som Anna
    driver")."""
    position = end
    if (example := _FOR_EXAMPLE.match(text, position)) is not None:
        position = example.end()
    names, members = [], 0
    while True:
        blank = _SPACES.match(text, position).end()  # past a known name, blanked out
        name = _WORKPLACE.match(text, blank)
        if name is not None and not name.group().endswith("-"):
            written = _trim(name.group())
            if not _is_place(written, places):
                names.append((written, name.start()))
            position = name.end()
        elif blank == position:
            break
        members += 1
        separator = _ENUMERATION_SEPARATOR.match(text, position)
        if separator is None:
            break
        position = separator.end()
    found = []
    for name, start in names:
        unsure = members < 2 or (" " not in name and is_common_word(name))
        kind = _ENUMERATIONS[anchor] or _kind_by_shape(name)
        found.append(Found(name, kind, MEDIUM if unsure else HIGH, start, start + len(name)))
    return found


def _name_after(text, start):
    """The capitalised words that start at `start`, without a genitive."""
    name = _WORKPLACE.match(text, start)
    # "Arbetsmarknads- och vuxenutbildningsförvaltningen" is a unit, not "Arbetsmarknads-".
    if name is None or name.group().endswith("-"):
        return None
    # "praktik på Hydros anläggning": one word before a noun is in the genitive,
    # unless its -s belongs to it ("Grus", "Atlas", "Express").
    word = name.group()
    if " " not in word and _NOUN_NEXT.match(text, name.end()) and word.endswith("s") and not word.endswith(
            ("ss", "us", "is")):
        return word[:-1]
    return _trim(word)


_NOUN_NEXT = re.compile(r" [a-zåäö]{3,}")


def _trim(name):
    """The name without a genitive -s and without the words after a "… för …"
    part that already continue the sentence."""
    words = name.split(" ")
    for index, word in enumerate(words):
        if index and word in _ENDS_NAME:
            # "stiftelse för att ordna …": a "för" with nothing after it is the sentence's.
            words = words[:index - 1] if words[index - 1] == "för" else words[:index]
            break
    words[-1] = _without_genitive(words[-1])
    return " ".join(words)


def _without_genitive(word):
    """"AB:s" and "universitets" lose their genitive; a capitalised word its
    final -s only where the dictionary knows the word without it:
    "Västernorrlands", but not "Borås" or "Friends"."""
    if word.endswith(":s"):
        return word[:-2]
    if word in _HEADS:  # "Sollefteå Buss", not "Bus"
        return word
    if word in _GENITIVE_HEADS or (word[:1].isupper() and word.endswith("s") and _ordinary_word(word[:-1])):
        return word[:-1]
    return word


def _name_start(text, head_start, placed=False):
    """Where the name before a head word begins: the earliest capitalised word
    of up to three words, none of them a function word, with no punctuation
    in between; if `placed`, an "i" after a proper noun is part of the name
    ("Nordbygg i Umeå AB", not "Verksamheten i Norrbotten AB"). None if the
    words before the head are not a name."""
    window = text[max(0, head_start - 80):head_start]
    offset = head_start - len(window)
    words = list(_WORD.finditer(window))
    # Up to three words, and an "&" between two of them ("Dala Bygg & Montage")
    # or the "i" before a company's place ("Erikssons El i Kramfors AB").
    joined = (len(words) >= 2 and words[-2].group() == "&") or (placed and any(
        word.group() == "i" for word in words[-3:]))
    words = words[-4:] if joined else words[-3:]
    start = None
    position = len(window)
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        # One space between the words of a name: more is a name masked out
        # between two ("Morakniv, Spendrups, Bergslagens Elmontage AB" as a list).
        if window[words[index].end():position] not in (" ", ""):
            break
        placed_in = placed and word == "i" and start is not None and index > 0 and (
            _proper_noun(words[index - 1].group()) or words[index - 1].group() in _TRADES)
        # "Nya Vägar AB", "Stora Enso": a capitalised adjective may start a name.
        adjective = word in _PLACE_ADJECTIVES and start is not None
        if word.lower() in _STOP and not (placed_in or adjective):
            break
        # "Malin Jonsson driver Kvarnbackens Värdshus": a lowercase word
        # before the name's first capitalised word is the sentence's.
        if word[0].islower() and start is not None and not placed_in:
            break
        if word[0].isupper():
            start = offset + words[index].start()
        position = words[index].start()
    return start
