"""Which party a party name in an article is: the article's country decides.

"Liberal" is the Liberal Party in a British article and the Liberal Party of Australia in an Australian one;
"LDP" is Japan's Liberal Democratic Party in a Japanese article; "SP" is India's Samajwadi Party in an Indian one
and nothing at all elsewhere. A name several countries' parties share (data/parties.json and the gazetteer's
`national_variants`) and an abbreviation only an article about one country uses (the gazetteer's `short_names`:
two letters, or another country's party elsewhere) are settled by the country the article is about, and never
by a guess at another country's party.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.countries import english_name
from kg.extract.government import article_country, cue_votes, devolved, named_by_a_word, party_countries, regional_cues, world_parties
from kg.extract.lexicon import PARTY_NAME_JOINERS, Lexicon, fold, party_shaped
from kg.extract.regions import regional_aliases, regions

#: an abbreviation an article may define in brackets: "(PPP)", "(FdI)"
_SHORT = re.compile(r"[A-Z][A-Za-z]{1,5}")
#: entities an abbreviation of the article's country may replace: the tagger's guesses at what "SP" or "DA" is
_REPLACEABLE = frozenset({"ORG", "NORP", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT", ""})


@cache
def _regional_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word for _, aliases in lexicon.regional_variants.values() for name in aliases for word in name.split())


@cache
def own_qualifier(country: str) -> str | None:
    """"IL" -> "Israel": the qualifier the gazetteer names a country's parties with where another country's share the
    name ("Labor (Israel)"), its English name (CLDR); never a kind of body that some of its parties' names carry in
    brackets ("Forward (political alliance)" is one alliance, not how Israel's parties are told from others)."""
    return english_name(country)


def _foreign(doc: Doc, lexicon: Lexicon, country: str) -> Callable[[Span], str | None]:
    """"The ruling United Democratic Alliance" of a Kenyan article is not Zambia's, which the gazetteer knows by that
    name: in an article about a country kg does not cover by hand, a party of a country the article never names is
    the article's own country's party of that name, which kg's data lacks ("United Democratic Alliance (Kenya)"); so
    is a name another country's party has by default ("Democratic Party" in a Japanese article is no US party)."""
    own = own_qualifier(country)
    if own is None or country in _hand_countries(lexicon):
        return lambda ent: None
    named, _ = cue_votes(doc, lexicon)
    countries = party_countries(lexicon)
    bare, of_country = _bare_names(lexicon, country), _of_country_names(lexicon, country)

    def rename(ent: Span) -> str | None:
        other = countries.get(ent.ent_id_)
        text = ent.text[4:] if ent.text.startswith("the ") else ent.text
        if other is None:
            return of_country.get(text)  # "the Communist Party" of a Chilean article: the Communist Party of Chile
        if other not in (None, country) and not named[other or ""]:
            before = doc[ent.start - 1] if ent.start and _with_nation_word(doc, ent.start, lexicon, country) < ent.start else None
            if before is not None:  # "the Cameroon Renaissance Movement": the country's own name says whose it is
                return lexicon.party_by_alias.get(f"{before.text} {text}") or f"{before.text} {text}"
            return bare.get(text) or _written_whole(doc, text, own) or _known_as(lexicon, f"{_spelled_out(ent)} ({own})")
        return None
    return rename


def _known_as(lexicon: Lexicon, name: str) -> str:
    """"Freedom Party (Austria)" is the Freedom Party of Austria, "Democrats (Mongolia)" the Democratic Party (Mongolia):
    a name kg makes for the article's country's party of a name is that party's, where the gazetteer has the form
    among its names (kg.gazetteer.variants); else it stands as made."""
    return lexicon.party_by_alias.get(name) or name


def _written_whole(doc: Doc, text: str, own: str) -> str | None:
    """"Republican candidate Ann Roe" in a Chilean article that names "the Republican Party" too: news shortens a
    party it has named whole to the name without "Party" (or to its members, "the Republicans"); the article's own
    party is then the party of the whole name, not a new one of the short name."""
    for name in dict.fromkeys((text, text[:-1] if text.endswith("s") else text)):
        if re.search(rf"\b{re.escape(name)} Party\b", doc.text):
            return f"{name} Party ({own})"
    return None


@cache
def _nation_words(lexicon: Lexicon, country: str) -> frozenset[str]:
    """"Canada", "Canadian", "Czech": the words a party's name says its whole country with, its name and the cue words
    that begin as the name does (its demonyms). Not its other cue words: a province's or a city's ("Quebec Liberal
    Party", "Newfoundland and Labrador New Democratic Party") names a party of a part of the country, whose name less
    the place is no name of the country's party."""
    own = english_name(country) or ""
    return frozenset({own} | {c for c in lexicon.country_cues.get(country, ()) if c.istitle() and c[:4] == own[:4]})


@cache
def _of_country_names(lexicon: Lexicon, country: str) -> dict[str, str]:
    """"Communist Party" -> "Communist Party of Chile" in a Chilean article, "Reform Party" -> "Estonian Reform Party" in
    an Estonian one: a name several countries' parties share and kg leaves unresolved is the party of the article's
    country named so "of" the country, or after its name or demonym (one party's only). A party the world's data
    saw last years ago ("Italian Communist Party", "Japan New Party") is no longer in being: news now means another
    party by the name, and its old claim on it must not cancel a party in being ("Communist Party of Bulgaria", not
    the old "Bulgarian Communist Party")."""
    own = english_name(country) or ""
    words = _nation_words(lexicon, country)
    found: dict[str, set[str]] = {}
    for party in lexicon.parties:
        if party.country != country or party.year_last is not None:
            continue
        short = party.name.removesuffix(f" of {own}").removesuffix(f" of the {own}")
        first, _, rest = party.name.partition(" ")
        if short == party.name and first in words and len(rest.split()) >= 2:
            short = rest  # "Estonian Reform Party": "Reform Party", a name of two words or more without the demonym
        if short != party.name and short.endswith(" Party"):
            found.setdefault(short, set()).add(party.name)
    return {short: names.pop() for short, names in found.items() if len(names) == 1}


@cache
def _bare_names(lexicon: Lexicon, country: str) -> dict[str, str]:
    """"Labor" -> "Israeli Labor Party" in an Israeli article: the name news shortens a party of the country to, its
    name without the country's name or demonym before it and "Party" after (one party's only)."""
    words = {english_name(country) or ""} | {c for c in lexicon.country_cues.get(country, ()) if c.istitle()}
    found: dict[str, set[str]] = {}
    for party in lexicon.parties:
        if party.country != country:
            continue
        name = party.name.rpartition(" (")[0] if party.name.endswith(")") else party.name
        first, _, rest = name.partition(" ")
        if first in words and rest.endswith(" Party") and " " not in rest[: -len(" Party")].strip():
            found.setdefault(rest[: -len(" Party")], set()).add(party.name)
    return {short: names.pop() for short, names in found.items() if len(names) == 1}


def _inside_a_name(ent: Span) -> bool:
    """"the Hadley Forward list": a one-word party name after another capitalised word of the sentence is part of a
    longer name (a local list, a firm), not another country's party of that name."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    return len(ent) == 1 and before is not None and before.is_title and not before.is_sent_start \
        and before.ent_type_ not in ("PARTY", "NORP", "GPE") and before.text not in PARTY_NAME_JOINERS


def _spelled_out(ent: Span) -> str:
    """The name a party of the article's country goes by: as written, but an abbreviation ("UDM's candidate") by the
    name it abbreviates for the other country's party ("United Democratic Movement"), where its initials say so."""
    text = ent.text[4:] if ent.text.startswith("the ") else ent.text
    full = ent.ent_id_.rpartition(" (")[0] if ent.ent_id_.endswith(")") else ent.ent_id_
    initials = "".join(w[0] for w in full.replace("-", " ").split() if w[0].isupper())
    return full if text.isupper() and initials == text else text


def _stray(doc: Doc, lexicon: Lexicon, country: str) -> Callable[[Span], bool]:
    """"named as Leader of the Opposition" in a Northern Irish article: Panama's party "Opposition" is no party there.
    In an article about a country kg covers by hand, a world party of a country the article never names is a word
    that happens to be some party's name, not that party (elsewhere `_foreign` reads it as the article's own)."""
    if country not in _hand_countries(lexicon):
        return lambda ent: False
    named, _ = cue_votes(doc, lexicon)
    countries, world = party_countries(lexicon), world_parties(lexicon)
    return lambda ent: ent.ent_id_ in world and countries.get(ent.ent_id_) not in (None, country) and not named[
        countries.get(ent.ent_id_) or ""]


def _a_word(doc: Doc, lexicon: Lexicon) -> Callable[[Span], bool]:
    """"the Opposition" of a Kenyan article is no party "Opposition (Kenya)", nor Panama's party of that name: a world
    party whose name is an ordinary English word is that party only where the article names its country."""
    named, _ = cue_votes(doc, lexicon)
    countries, world = party_countries(lexicon), world_parties(lexicon)
    return lambda ent: ent.ent_id_ in world and not named[countries.get(ent.ent_id_) or ""] and named_by_a_word(ent)



def _region(doc: Doc, lexicon: Lexicon, country: str) -> dict[str, str]:
    """The parties of the province or state the article is about ("MPP", "Queen's Park": Ontario's), if its cues
    outnumber the nation's own ("Ottawa", "Commons"): a federal story that mentions a provincial vote keeps the
    federal parties. The most cued region wins."""
    cued = regional_cues(doc.text, lexicon, country)
    if not cued or not devolved(doc, lexicon, country):
        return {}
    return regional_aliases(lexicon, max(cued, key=lambda region: cued[region]))


def _short_name(doc: Doc, i: int, shorts: dict[str, dict[str, str]], country: str) -> str | None:
    """The party an abbreviation at token `i` names in the article's country: a word in capitals standing alone
    ("SP candidate", "the DA's"), not part of a code or a name ("SP-1", "SP Singh" the tagger read as a person)."""
    token = doc[i]
    said = _said_as_a_word(token)
    party = shorts.get(said or token.text, {}).get(country)
    alone = token.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
    if party is None or not (said or token.text.isupper()) or token.ent_type_ == "PARTY" \
            or token.ent_type_ == "PERSON" and not (said and alone):  # "Umno's Ann Roe": the tagger's one-word "person"
        return None
    joined = [t for t in (doc[i - 1] if i else None, doc[i + 1] if i + 1 < len(doc) else None)
              if t is not None and t.text in ("-", "/", ".") and not (t.i > i and token.whitespace_) and not _full_stop(doc, t)]
    return None if joined else party


def _said_as_a_word(token: Token) -> str | None:
    """"Umno's candidate", "Kanu": news writes an acronym said as a word with one capital; in the middle of a sentence,
    four letters or more, such a word is the acronym it spells (the party it names, only where the article's country
    has a party of those initials)."""
    text = token.text
    return text.upper() if len(text) >= 4 and text.isalpha() and text.istitle() and not token.is_sent_start else None


#: how many words a region's name after "Party of" may have ("Manitoba", "British Columbia", "Prince Edward Island")
_REGION_WORDS = 3


def _of_a_region(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """"Green Party of Fenshire candidate Ann Roe": a party's name ending in "Party" and followed by "of" and a
    first-level region's name (a province, a state: data/gazetteer/regions.json) is the region's party, named whole as
    written (or as kg knows it), not the nation's party the shorter name means, with the region left to the role."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PARTY" or ent.text.split()[-1] != "Party" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
            continue
        for size in range(_REGION_WORDS, 0, -1):
            words = doc[ent.end + 1 : ent.end + 1 + size]
            if len(words) == size and all(t.is_title for t in words) and fold(words.text) in regions() \
                    and not (words.end < len(doc) and doc[words.end].is_title and doc[words.end].ent_type_ in ("GPE", "LOC")):
                text = doc[ent.start : words.end].text.removeprefix("the ").removeprefix("The ")
                found.append(Span(doc, ent.start, words.end, label="PARTY", span_id=lexicon.party_by_alias.get(text) or text))
                break
    return found


def _possessive_codes(doc: Doc, lexicon: Lexicon, country: str) -> list[Span]:
    """"FF's Ann Roe" in an Irish article: a party's code in capitals (data/parties.json bracket_abbreviations, "Ann
    Roe (FF)") names it as a possessive too, in an article about that party's own country -- only bare and owning a
    person ("the PC's actions" is a police constable's)."""
    countries = party_countries(lexicon)
    return [Span(doc, t.i, t.i + 1, label="PARTY", span_id=party) for t in doc[:-2]
            if t.text.isupper() and len(t.text) >= 2 and doc[t.i + 1].text in ("'s", "’s") and t.ent_type_ in _REPLACEABLE
            and doc[t.i + 2].ent_type_ == "PERSON" and not (t.i and doc[t.i - 1].pos_ == "DET")
            and (party := lexicon.bracket_abbreviations.get(t.text)) and countries.get(party) == country]


def _regional_names(doc: Doc, regional: dict[str, str]) -> list[Span]:
    """"Progressive Conservative MPP Ann Roe" at Queen's Park: a province's party named in several words, which the
    national list knows only in part ("Conservative", the federal party), is the province's party, whole."""
    found = []
    for name, party in regional.items():
        words = name.split()
        if len(words) < 2:
            continue
        for tok in doc:
            end = tok.i + len(words)
            if end > len(doc) or [t.text for t in doc[tok.i : end]] != words or end < len(doc) and doc[end].text == "Party" \
                    or tok.ent_iob_ == "I" and tok.ent_type_ == "PARTY" \
                    or end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PARTY":
                continue  # not the name, or part of a longer one ("Progressive Conservative Party of Ontario")
            if all(t.ent_type_ in _REPLACEABLE or t.ent_type_ == "PARTY" for t in doc[tok.i : end]):
                found.append(Span(doc, tok.i, end, label="PARTY", span_id=party))
    return filter_spans(found)


def _full_stop(doc: Doc, token: Token) -> bool:
    """"... Tunde Ojo of the APC.": a point that ends the sentence, not one inside a code ("S.P.1")."""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.text == "." and (after is None or bool(token.whitespace_) or after.is_space)


def _national_level(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """"federal Liberal MP Ann Roe" in an Ontario article: a word before the name says it is the nation's party, not
    the province's (data/lexicon.json national_level_words); so does a national contest the sentence has told before
    it ("held the federal riding of Fenby, beating Liberal Tom Ure": data/lexicon.json national_level_nouns), not one it
    tells after ("the Liberal MLA quit after winning in the federal election" is the province's Liberal)."""
    if start > 0 and doc[start - 1].lower_ in lexicon.national_level_words:
        return True
    if not doc.has_annotation("SENT_START"):
        return False
    said = doc[doc[start].sent.start : start].text.lower()
    return any(f"{word} {noun}" in said for word in lexicon.national_level_words for noun in lexicon.national_level_nouns)


def _variant(text: str, variants: dict[str, dict[str, str]], country: str) -> str | None:
    """The party a shared name means in the article's country, as written or without its article: "the Greens" of a
    German article are the Greens there, though only "Greens" is known to be theirs."""
    bare = text[4:] if text[:4] in ("the ", "The ") else text
    return variants.get(text, {}).get(country) or variants.get(bare, {}).get(country)


def settle(doc: Doc, lexicon: Lexicon) -> None:
    """Give each shared party name and abbreviation the party of the article's country, where it has one."""
    variants, shorts = lexicon.national_variants, lexicon.short_names
    regional_words = _regional_words(lexicon)
    world = world_parties(lexicon)
    if not any(e.label_ == "PARTY" and (e.text in variants or e.ent_id_ in world) for e in doc.ents) and not any(
            t.text in shorts or (_said_as_a_word(t) or "") in shorts or t.text in _PARTY_ENDINGS or t.text in regional_words
            or t.text in lexicon.bracket_abbreviations for t in doc):
        return
    country = article_country(doc, lexicon)
    if country is None:
        return
    regional = _region(doc, lexicon, country)
    foreign, stray = _foreign(doc, lexicon, country), _stray(doc, lexicon, country)
    ents = []
    a_word = _a_word(doc, lexicon)
    for ent in doc.ents:
        if ent.label_ == "PARTY" and a_word(ent):
            continue
        provincial = regional.get(ent.text)
        if provincial and _national_level(doc, ent.start, lexicon):
            provincial = None
        choice = (provincial or _variant(ent.text, variants, country) or shorts.get(ent.text, {}).get(country)
                  or foreign(ent)) if ent.label_ == "PARTY" else None
        if choice is None and ent.label_ == "PARTY" and stray(ent):
            continue
        if choice and choice.endswith(f"({own_qualifier(country)})") and choice != ent.ent_id_ and _inside_a_name(ent):
            continue
        ents.append(Span(doc, ent.start, ent.end, label=ent.label_, span_id=choice) if choice else ent)
    found = [Span(doc, t.i, t.i + 1, label="PARTY", span_id=party) for t in doc
             if (t.text in shorts or (_said_as_a_word(t) or "") in shorts) and (party := _short_name(doc, t.i, shorts, country))]
    found += [Span(doc, t.i, t.i + 1, label="PARTY", span_id=regional[t.text]) for t in doc
              if t.text in regional and t.ent_type_ in _REPLACEABLE and t.text[:1].isupper() and not _national_level(doc, t.i, lexicon)]
    found += [s for s in _regional_names(doc, regional) if not _national_level(doc, s.start, lexicon)]
    found += _possessive_codes(doc, lexicon, country)
    found += _of_a_region(doc, lexicon)
    if country not in _hand_countries(lexicon):
        found += named_parties(doc, lexicon, country) + defined_names(doc, lexicon, country)
    if found:
        taken = {i for s in found for i in range(s.start, s.end)}
        ents = [e for e in ents if not ((e.label_ in _REPLACEABLE or e.label_ == "PARTY" or e.label_ == "PERSON" and len(e) == 1)
                                        and any(e.start <= i < e.end for i in taken))]
    doc.ents = filter_spans(ents + found)
    defined(doc, lexicon, country)


def defined(doc: Doc, lexicon: Lexicon, country: str | None) -> None:
    """"the People Power Party (PPP)": an abbreviation the article defines in brackets after a party's name is that
    party wherever the article uses it. Of the two, the one known as a party of the article's country names both:
    "the Social Democrats (SPD)" in a German article are the SPD, not Ireland's Social Democrats."""
    countries = party_countries(lexicon)
    meaning: dict[str, str] = {}
    renamed: dict[int, str] = {}  # a name's start -> the party its abbreviation says it is
    for ent in doc.ents:
        at = _bracket_after(ent)
        if not (ent.label_ == "PARTY" and ent.ent_id_ and at + 2 < len(doc) and doc[at].text == "("
                and doc[at + 2].text == ")" and _SHORT.fullmatch(doc[at + 1].text)):
            continue
        short = doc[at + 1]
        theirs = short.ent_id_ if short.ent_type_ == "PARTY" else ""
        if theirs and country and countries.get(theirs) == country and countries.get(ent.ent_id_) not in (None, country):
            renamed[ent.start] = theirs
        meaning.setdefault(short.text, renamed.get(ent.start, ent.ent_id_))
    if not meaning:
        return
    spans = [Span(doc, t.i, t.i + 1, label="PARTY", span_id=meaning[t.text]) for t in doc
             if t.text in meaning and t.ent_type_ in _REPLACEABLE | {"PARTY"}]
    taken = {s.start for s in spans}
    kept = [Span(doc, e.start, e.end, label="PARTY", span_id=renamed[e.start]) if e.start in renamed and e.label_ == "PARTY" else e
            for e in doc.ents if not any(e.start <= i < e.end for i in taken)]
    doc.ents = filter_spans(kept + spans)


def _bracket_after(ent: Span) -> int:
    """Where a bracket defining a name's initials would open: right after it, or after its possessive ("the Popular
    Democratic Movement's (PDM) councillor")."""
    doc = ent.doc
    return ent.end + 1 if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s") else ent.end


@cache
def _hand_countries(lexicon: Lexicon) -> frozenset[str]:
    """The countries data/parties.json covers by hand: there a name kg does not know is no party ("Tea Party")."""
    return frozenset(p.country for p in lexicon.parties if p.country and not p.world)


def _named_run(doc: Doc, end: int) -> tuple[int, int] | None:
    """The capitalised words ending at the word "Party" at `end` ("the New Reform Party", "Kim of the People Power
    Party"): never into a person's name or across "the", and with no joining word at either end."""
    start = end
    while start > 0 and doc[start - 1].ent_type_ != "PERSON" and not doc[start].is_sent_start and doc[start - 1].text != "the" and (
            doc[start - 1].is_title or doc[start - 1].text.isupper() or doc[start - 1].text in PARTY_NAME_JOINERS):
        start -= 1
    while start < end and (doc[start].text in PARTY_NAME_JOINERS or doc[start].lower_ == "the"):
        start += 1
    return (start, end + 1) if end - start >= 1 and party_shaped(doc[start : end + 1].text) else None


def named_parties(doc: Doc, lexicon: Lexicon, country: str) -> list[Span]:
    """"Kim of the People Power Party", "from the League Party": in an article about a country kg's party list does
    not cover by hand, a capitalised name ending in "Party" is a party, even one the gazetteer lags behind (parties
    are founded and renamed faster than open data follows). A known party of the article's country, or of none,
    keeps its name ("Brothers of Italy Party" is Brothers of Italy); another country's party whose name the text
    extends ("People Power", Hong Kong's, in "People Power Party") is not that party: the name is taken as written."""
    countries, of_country = party_countries(lexicon), _of_country_names(lexicon, country)
    found = []
    for tok in doc:
        run = _named_run(doc, tok.i) if tok.text == "Party" else None
        if run is None:
            continue
        text = doc[run[0] : run[1]].text
        known = lexicon.party_by_alias.get(text) or lexicon.party_by_alias.get(text[: -len(" Party")])
        if tok.ent_type_ == "PARTY" and all(t.ent_type_ == "PARTY" for t in doc[run[0] : run[1]]) and tok.ent_iob_ != "B":
            continue  # already one party, named whole
        party = of_country.get(text) or (known if known and countries.get(known) in (country, None) else text)
        found.append(Span(doc, run[0], run[1], label="PARTY", span_id=party))
    return found


#: the last word of a party's name that an article defines by its initials ("the Amani National Congress (ANC)");
#: not "Union" ("the European Union (EU)")
_PARTY_ENDINGS = frozenset({"Party", "Alliance", "Front", "League", "Movement", "Coalition", "Congress", "Bloc", "Federation",
                            "Platform"})


def defined_names(doc: Doc, lexicon: Lexicon, country: str) -> list[Span]:
    """"The Amani National Congress (ANC)": in an article about a country kg's party list does not cover by hand, a
    capitalised name ending as parties' names do, which the article defines by its initials in brackets, is a party
    as written, even one the gazetteer lacks (it keeps only parties with a national vote share); the initials
    are then that party throughout (`defined`). A known party keeps its own name; another is named with its
    country, as the gazetteer names a party whose name another country's shares ("Amani National Congress (Kenya)")."""
    own = own_qualifier(country)
    found = []
    for tok in doc[1:-2]:
        if not ((tok.text in _PARTY_ENDINGS or tok.is_title) and doc[tok.i + 1].text == "(" and doc[tok.i + 3].text == ")"
                and re.fullmatch(r"[A-Z]{3,6}", doc[tok.i + 2].text)):
            continue
        start, _ = _initials_run(doc, tok.i, doc[tok.i + 2].text)
        if start is None or not _party_headed(doc, start, tok.i, lexicon) or _named_whole(doc, start, tok.i + 1):
            continue
        start = _with_nation_word(doc, start, lexicon, country)
        text = doc[start : tok.i + 1].text
        party = lexicon.party_by_alias.get(text) or (
            text if doc[start].text in _nation_words(lexicon, country) else _known_as(lexicon, f"{text} ({own})") if own
            else text if party_shaped(text) else None)
        if party:
            found.append(Span(doc, start, tok.i + 1, label="PARTY", span_id=party))
    return found


def _with_nation_word(doc: Doc, start: int, lexicon: Lexicon, country: str) -> int:
    """"The Cameroon Renaissance Movement (MRC)": initials of the name in its own language leave out the country's
    name or demonym that opens the English one; the word is the party's name's own (and, naming the country, the
    name needs no country in brackets: "Kelby Renewal Front", not "Kelby Renewal Front (Kelby)")."""
    before = doc[start - 1] if start else None
    return start - 1 if before is not None and before.text in _nation_words(lexicon, country) and before.ent_type_ != "PARTY" \
        and (before.i == 0 or doc[before.i - 1].lower_ in lexicon.nation_word_openers or before.is_sent_start) \
        else start


def _party_headed(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A name that ends as parties' names do ("the Amani National Congress"), or opens so, its head word before "for" or
    "of" ("the Coalition for Fair Renewal", "the Congress of the People"; data "party_head_links"), as a party's name
    may be built either way."""
    return doc[end].text in _PARTY_ENDINGS or (
        doc[start].text in _PARTY_ENDINGS and start + 1 < end and doc[start + 1].lower_ in lexicon.party_head_links)


def _named_whole(doc: Doc, start: int, end: int) -> bool:
    """Whether the words a bracket defines are already something else: a party's name that the run does not outgrow, or
    an entity no party replaces (a person). A known party's name inside it ("National Unity" in "the National Unity
    Platform (NUP)") is a part of the longer name the initials spell, which wins."""
    for t in doc[start:end]:
        if t.ent_type_ == "PARTY" and t.ent_id_:
            ent = next(e for e in doc.ents if e.start <= t.i < e.end)
            if ent.start <= start and ent.end >= end or ent.start < start or ent.end > end:
                return True
        elif t.ent_type_ not in _REPLACEABLE:
            return True
    return False


def _initials_run(doc: Doc, end: int, initials: str) -> tuple[int | None, str]:
    """The start of the capitalised words ending at `end` whose initials are `initials`: joining words not counted
    ("the Coalition for Fair Renewal (CFR)"), else counted, as some parties write them ("the Coalition of Independents
    (COI)")."""
    found = _initials_counted(doc, end, initials, joiners=False)
    return found if found[0] is not None else _initials_counted(doc, end, initials, joiners=True)


def _initials_counted(doc: Doc, end: int, initials: str, joiners: bool) -> tuple[int | None, str]:
    """The start of the run ending at `end` whose initials are `initials`, a joining word's counted when `joiners`."""
    letters, start = "", end
    while start >= 0 and len(letters) < len(initials):
        word = doc[start]
        if word.is_title or word.text.isupper() and len(word.text) > 1:
            letters = word.text[0] + letters
        elif word.text in ("'s", "’s") and start != end:  # "the Landless People's Movement (LPM)"
            pass
        elif word.text not in PARTY_NAME_JOINERS or start == end:
            return None, ""
        elif joiners:
            letters = word.text[0].upper() + letters
        start -= 1
    return (start + 1, letters) if letters == initials else (None, "")
