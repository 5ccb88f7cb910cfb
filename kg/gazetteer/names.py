"""Which of a party's names may become recognition patterns: the precision rules of the gazetteer.

A pattern turns every occurrence of its words into a party, so a name becomes one only when it is unlikely to
mean anything else in English-language news: a name of two words or more; a single word only when it is rare
in English (Likud, Fidesz, Syriza) or an acronym of three letters or more that is not a common word or a
well-known non-party acronym (ANC, CDU, BJP; not FBI, NHS, PAN).
"""

from __future__ import annotations

import re
import unicodedata

from wordfreq import zipf_frequency

#: Zipf frequency (log10 per billion words) above which a single word is ordinary English: "labour" 4.7,
#: "solidarity" 3.9, "renaissance" 3.9; party names are rarer ("likud" 2.6, "fidesz" 2.3)
WORD_ZIPF = 3.0
#: an acronym this frequent as a word is one ("PAN" 4.4, "FBI" 4.4, "NHS" 4.0; "ANC" 3.5, "BJP" 3.5)
ACRONYM_ZIPF = 4.0
#: acronyms some party uses that English-language news mostly uses for something else
NOT_PARTIES = frozenset({
    "APC", "CHP", "CPI", "DPP", "PTI", "NDA", "CEO", "BBC", "CNN", "ITV", "IRA", "NATO", "UN", "USA", "EU", "GDP", "AIDS",
    "HIV", "ICU", "NBA", "NFL", "NYC", "MSP", "MLA", "MEP", "DUI", "GOP", "PAC", "CIA", "ACT", "ALL", "NOW", "NEW", "OUR",
    "ONE", "WAY", "YES", "RAP", "SAP", "SUN", "TOP", "PRO", "VAT", "TUC", "CBI", "PMQ", "MPS", "RIP", "SOS", "TBC", "PPE",
    "NHS", "UKIP", "DNA", "LGBT", "CDC", "FDA", "EPA", "DOJ", "DHS", "IRS", "SEC", "FCC", "ICE", "UAE", "UK", "US", "PR",
    "AG", "DA", "LA", "DC", "NY", "TV", "AP", "BJP4", "ANP", "NPR", "PBS", "ABC", "NBC", "CBS", "SNL", "RTE", "RTÉ",
    "AAP", "AFP", "MPP", "MNA", "MHA", "MLC", "MEC",
})
_ACRONYM = re.compile(r"[^\W\d_][^\W_]{2,}")
#: an acronym with its faction's letter in brackets: "JD(U)", "CPI(M)", "PML(N)"
_BRACKETED = re.compile(r"[A-Z]{2,5}\([A-Z]{1,2}\)")
#: acronyms joined by a dash: a party's and its wing's or ally's ("ZANU-PF", "MDC-T", "CPN-UML", "SDKU-DS")
_JOINED = re.compile(r"([A-Z]{3,6})[-–]([A-Z]{1,6})")


def latin(text: str) -> bool:
    """Written in Latin letters (a pattern in another script can never match English news)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def is_acronym(word: str) -> bool:
    """"CDU", "AfD", "PiS", "ÖVP": three letters or more, at least two of them capitals, starting with one; or "JD(U)"."""
    if _BRACKETED.fullmatch(word) or _joined(word):
        return True
    return bool(_ACRONYM.fullmatch(word)) and word[0].isupper() and sum(c.isupper() for c in word) >= 2


def _joined(name: str) -> bool:
    """"ZANU-PF": acronyms joined by a dash, the first no word of English ("ANC-" would be; "ONE-" is a word)."""
    found = _JOINED.fullmatch(name)
    return found is not None and found.group(1) not in NOT_PARTIES and zipf_frequency(found.group(1).lower(), "en") < ACRONYM_ZIPF


def pattern_worthy(name: str) -> bool:
    """May `name` become a recognition pattern? (Shared names are settled later, by country.)"""
    if _BRACKETED.fullmatch(name) or _joined(name):
        return True  # no word of English, and its own brackets or dash
    words = name.split()
    if not words or not latin(name) or not name[0].isalnum() or any(c in name for c in "()[]{}/;:,\"?!&") or len(words) > 10:
        return False
    if len(words) >= 2:  # "It is time": a capital only to start a phrase of ordinary English words is a slogan
        return any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and not all(
            w.isalpha() and zipf_frequency(w.lower(), "en") >= WORD_ZIPF for w in words))
    word = words[0]
    if word.upper() in NOT_PARTIES:
        return False
    if is_acronym(word):
        return zipf_frequency(word.lower(), "en") < ACRONYM_ZIPF
    return word[:1].isupper() and word[1:].islower() and len(word) >= 4 and zipf_frequency(word.lower(), "en") < WORD_ZIPF


#: words a name leaves in lower case when news capitalises the rest ("Partido dos Trabalhadores")
_LOWER = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "le", "les", "del", "della", "di", "da", "do", "dos", "das",
                    "du", "des", "y", "e", "et", "pour", "per", "a", "à", "och", "og", "und", "für", "van", "von", "der", "den",
                    "het", "al", "el", "en", "con", "na", "ng", "sa", "to", "with"})


def news_spellings(name: str) -> list[str]:
    """The other ways English-language news writes a party's name: its words capitalised ("Rassemblement national"
    is written "Rassemblement National"), without a leading "The" (news writes "the Olive Tree candidate", and
    a pattern's words are matched case-sensitively), a faction's letter after a hyphen ("PML-N" for "PML(N)").
    Only names of two words or more, or such an acronym, and each one pattern-worthy."""
    if _BRACKETED.fullmatch(name):  # "PML(N)" is written "PML-N" too
        return [f"{name[: name.index('(')]}-{name[name.index('(') + 1 : -1]}"]
    if _joined(name):
        return joined_spellings(name)
    words = name.split()
    out = []
    capitalised = [w[:1].upper() + w[1:] if i and w.isalpha() and w.islower() and w not in _LOWER else w for i, w in enumerate(words)]
    if len(words) >= 2 and capitalised != words and words[0][:1].isupper() and pattern_worthy(name):  # not "Governmental candidates"
        out.append(" ".join(capitalised))
    if len(words) >= 3 and words[0] == "The" and all(w[:1].isupper() for w in words[1:] if w not in _LOWER):
        out.append(" ".join(words[1:]))
    # "PDP–Laban" is typed "PDP-Laban": the same name, with the dash a keyboard has
    dashed = [re.sub(r"(\w)–(\w)", r"\1-\2", name)] if re.search(r"\w–\w", name) else []
    return [n for n in out if pattern_worthy(n)] + dashed


def joined_spellings(name: str) -> list[str]:
    """"ZANU-PF" is written "ZANU–PF" (the dash typeset), "ZANU PF", and with its first acronym said as a word, "Zanu-PF"
    and "Zanu PF" (four letters or more, as news writes "Umno")."""
    first, second = re.split(r"[-–]", name, maxsplit=1)
    heads = [first, first.capitalize()] if len(first) >= 4 else [first]
    dashes = ("-", "–", " ") if len(second) >= 2 else ("-", "–")  # "MDC T" is no way to write "MDC-T"
    return sorted({f"{head}{dash}{second}" for head in heads for dash in dashes} - {name})
