"""Heads of government, and the governments they lead.

Reporters seldom say that Tony Blair was prime minister or that Labour held office: a reader knows. So
kg keeps a small gazetteer of heads of government (data/officeholders.json: UK, US, Australia, Ireland)
and reads what the text does say against it: "Tony Blair's first government", "during the premiership of
Margaret Thatcher", "John Major moved into Downing Street", "the prime minister's claims" (the one
prime minister the article names), "President Obama" (the one President Obama). A minister of the
government of the day belongs to the governing party, which the publication date or the article's own
current head of government tells.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

import spacy.util
from spacy.attrs import ORTH
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.config import model_name
from kg.extract.context import ArticleContext, Found
from kg.extract.countries import english_name
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.model import RoleFact
from kg.extract.officeholders import Term, gazetteer  # gazetteer re-exported: kg.nlp and tests import it from here
from kg.extract.patterns import load_matcher
from kg.extract.people import Mention, antecedent, evidence_for, surname
from kg.extract.regions import own_parties, provincial
from kg.extract.registry import example, rule


@cache
def _country_of_word(lexicon: Lexicon, vocab: Vocab) -> dict[int, tuple[tuple[tuple[int, ...], str], ...]]:
    """Each cue's first word's ORTH key -> (the ORTH keys of the cue's other words, its country), for every
    cue starting with that word ("New Zealand" is "New" then "Zealand"), in `lexicon.country_cues` order."""
    found: dict[int, list[tuple[tuple[int, ...], str]]] = {}
    for country, cues in (*lexicon.country_cues.items(), *_regional_country_cues(lexicon)):
        for cue in cues:
            first, *rest = (vocab.strings[word] for word in cue.split())
            found.setdefault(first, []).append((tuple(rest), country))
    return {key: tuple(cues) for key, cues in found.items()}


def _regional_country_cues(lexicon: Lexicon) -> list[tuple[str, tuple[str, ...]]]:
    """"Nova Scotia legislature", "HALIFAX": a province's or state's own cues (data/parties.json regional_variants) name
    its country too, after the country's own cues; only those of several words or a dateline's capitals, not initials
    several countries' legislatures share ("MLA" is Northern Ireland's and an Indian state's)."""
    return [(region.split("-")[0], tuple(c for c in cues if " " in c or c.isupper() and len(c) >= 4))
            for region, (cues, _) in lexicon.regional_variants.items()]


@cache
def party_countries(lexicon: Lexicon) -> dict[str, str | None]:
    return {p.name: p.country for p in lexicon.parties}


@cache
def world_parties(lexicon: Lexicon) -> frozenset[str]:
    """The parties many countries share a name of ("Green Party"): the one list the government, party and party-name
    readings ask, so that a name read as a country's there is read so everywhere."""
    return frozenset(p.name for p in lexicon.parties if p.world)


def cue_votes(doc: Doc, lexicon: Lexicon) -> tuple[Counter[str], Counter[str]]:
    """Each country's cue words in the text: (names and places, titles of institutions many countries share)."""
    # every token against every country's cues, in that order (a tie goes to the country voted for first), but
    # with one lookup per token: this is asked several times per article, and once more by the pipeline
    country_of_word = _country_of_word(lexicon, doc.vocab)
    named: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    orths = doc.to_array(ORTH).tolist()
    end = 0  # a cue's words are not cues again: "Northern Ireland" is no vote for "Ireland"
    # nor are a world party's: "the Somali Democratic Union" of Djibouti names its people, not its country (its name
    # votes); the parties kg covers by hand ("Scottish National Party") keep theirs
    world = world_parties(lexicon)
    in_party = {i for e in doc.ents if e.label_ == "PARTY" and e.ent_id_ in world for i in range(e.start, e.end)
                if doc[i].text != _own_country_word(e.ent_id_, lexicon)}
    in_party |= _no_cue_tokens(doc)
    for i, orth in enumerate(orths):
        if i < end or i in in_party:
            continue
        found = [(len(rest), country) for rest, country in country_of_word.get(orth, ())
                 if not rest or tuple(orths[i + 1 : i + 1 + len(rest)]) == rest]
        if found:
            size = max(n for n, _ in found)
            for n, country in found:
                if n == size:
                    (titles if size == 0 and doc[i].text in lexicon.title_cues else named)[country] += 1
            end = i + 1 + size
    return named, titles


def _own_country_word(party: str, lexicon: Lexicon) -> str | None:
    """"Kosovo" of "the Democratic League of Kosovo": a world party's name that spells its own country's one-word
    English name names the country, which votes (its people's word, "Somali" of Djibouti's "Somali Democratic Union",
    does not)."""
    return english_name(party_countries(lexicon).get(party) or "")


#: doc -> its tokens that are never a cue (_no_cue_tokens): held as long as the doc lives, dropped with it
_NO_CUE: WeakKeyDictionary[Doc, frozenset[int]] = WeakKeyDictionary()


def _no_cue_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of a byline's writer (byline_names) and of a continent's name (continental), found once per doc:
    cue_votes is asked several times per article (five), and neither set depends on anything but the doc's words."""
    if doc not in _NO_CUE:
        _NO_CUE[doc] = frozenset(byline_names(doc) | continental(doc))
    return _NO_CUE[doc]


def continental(doc: Doc) -> set[int]:
    """The tokens of a continent's or a region's name, or of a body of its states (data/patterns/continents.jsonl):
    "American" of "Latin American", "the Organization of American States" or "Central America" names the Americas,
    and a Honduran article whose observers came from the OAS is no more about the United States than about any of
    its other members."""
    return {i for _, start, end in load_matcher(doc.vocab, "continents")(doc) for i in range(start, end)}


def byline_names(doc: Doc) -> set[int]:
    """"By Ann Montenegro | The Fenby Post": the tokens of a writer's name on a byline (a line opening with "By" and
    capitalised words). A surname may be a country's name ("Montenegro", "Kenya"), which says nothing of what the
    article is about; a desk's name ("By the Washington desk", "By a Scotland correspondent") is no name and still
    tells its country."""
    found: set[int] = set()
    for tok in doc[:-1]:
        if tok.text != "By" or (tok.i and "\n" not in doc[tok.i - 1].text and "\n" not in doc[tok.i - 1].whitespace_):
            continue
        for word in doc[tok.i + 1 :]:
            if not (word.text[:1].isupper() and word.text.replace("-", "").isalpha()):
                break
            found.add(word.i)
    return found


def article_country(doc: Doc, lexicon: Lexicon) -> str | None:
    """The country an article is about, judged from its parties and cue words.

    A country the text names (its name, places, institutions of its own) is the firmest sign, so evidence that
    could be another country's counts only where it agrees: a party of the world's data ("People Power", Hong
    Kong's, in "the People Power Party" of South Korea) counts when the article names its country or none; a
    name several countries' parties share ("Democratic Party", "PDP") counts for each of them the article
    names, or, where it names none, for each whose titles it uses ("Labor" with "Premier": Australia's); a title
    ("Governor", "Senator") only when no country is named at all. A world party whose name is an ordinary English
    word ("Opposition", Panama's) is no vote: the word is far likelier meant as a word."""
    country_of, world = party_countries(lexicon), world_parties(lexicon)
    named, titles = cue_votes(doc, lexicon)
    votes: Counter[str] = Counter()
    defined = _bracketed_abbreviations(doc)
    for ent in doc.ents:
        if ent.label_ != "PARTY" or ent.text in defined:
            continue
        country = country_of.get(ent.ent_id_)
        if ent.text in lexicon.national_variants:
            for other in lexicon.national_variants[ent.text]:
                if named[other] or not named and titles[other]:
                    votes[other] += 1
        elif country and ent.ent_id_ in world and named_by_a_word(ent):
            continue  # "the Opposition", Panama's party "Opposition" in the world's data: a word, no vote
        elif country and (ent.ent_id_ not in world or named[country] or not named):
            votes[country] += 2
    votes.update(named if named else titles)
    if not named and not titles:
        votes.update(_agreeing_variants(doc, lexicon))
    votes.pop("", None)
    if not votes:  # no cue but the heads of government it names: "Labour's Ann Roe ... Jacinda Ardern's party"
        votes.update(_heads_countries(doc, lexicon))
    if not votes:  # no evidence but names that several countries' parties share: their defaults ("Democratic")
        votes.update(country_of.get(e.ent_id_) or "" for e in doc.ents if e.label_ == "PARTY" and e.text in lexicon.national_variants)
        votes.pop("", None)
    return votes.most_common(1)[0][0] if votes else None


#: how many different shared party names must agree on one country before they name it
AGREEING_NAMES = 2


def _agreeing_variants(doc: Doc, lexicon: Lexicon) -> Counter[str]:
    """An article that names no country and no title but several party names other countries' parties share too
    ("the Colorado Party", "the National Party", "Broad Front") is about the one country that has a party of each:
    each different party they could be votes for its country, and a country counts only where at least
    AGREEING_NAMES of them meet (one shared name alone is any of its countries'), and only the one country that more of
    them meet than any other."""
    texts = {_without_article(e) for e in doc.ents if e.label_ == "PARTY"}
    parties = {(country, party) for text in texts for country, party in lexicon.national_variants.get(text, {}).items()}
    reach = Counter(country for country, _ in parties)  # "Republican" and "Republicans" are one party, one vote
    ranked = reach.most_common(2)
    if not ranked or ranked[0][1] < AGREEING_NAMES or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return Counter()  # "Republican" and "Democratic" meet in a dozen countries: no one of them
    return Counter({ranked[0][0]: ranked[0][1]})


@cache
def _dictionary(model: str) -> frozenset[str]:
    """The English words the model's lemmatizer knows (its word index: WordNet's nouns, verbs, adjectives, adverbs),
    read from the model's files when first asked, whatever was loaded before: none where the model has no such index."""
    try:
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
    except (ModuleNotFoundError, ImportError):
        return frozenset()
    stored = next(iter(sorted(path.glob("lemmatizer/lookups/lookups.bin")) + sorted(path.glob("*/lemmatizer/lookups/lookups.bin"))), None)
    if stored is None:
        return frozenset()
    lookups = Lookups().from_disk(stored.parent)
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(word for words in lookups.get_table("lemma_index").values() for word in words)


def ordinary_word(text: str) -> bool:
    """"Opposition", "Merchants": one word of the English dictionary (or its plural), not written in capitals. A party
    of the world's data named so (Panama's "Opposition") is in an English article far likelier the word than that party."""
    word = text.lower()
    if not word.isalpha() or text[1:] != text[1:].lower():  # "EFF", "PiS", "MoDem" are initials, not the words
        return False
    dictionary = _dictionary(model_name())
    return word in dictionary or word.endswith("s") and word[:-1] in dictionary


def _without_article(ent: Span) -> str:
    """"the National Party" is the name "National Party": the lists of names hold them without the article."""
    return ent.text.removeprefix("the ").removeprefix("The ")


def named_by_a_word(ent: Span) -> bool:
    """"the Opposition": a party's name, without its article, is an ordinary English word (one test for the article's
    country and for the party names settled by it)."""
    return ordinary_word(_without_article(ent))


def _bracketed_abbreviations(doc: Doc) -> set[str]:
    """"the Nationalist People's Coalition (NPC)": initials an article defines in brackets after a party's name are that
    party wherever it uses them; the name votes for its country, and the initials, which another country's party of
    another name may have too ("NPC", a Canadian party's), do not vote again for that other country. Initials that are
    a party of the very name they follow ("the Home Rule Party (HRP)", Burma's) agree with it, and vote."""
    found = set()
    for ent in doc.ents:
        if not (ent.label_ == "PARTY" and ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")"):
            continue
        short = doc[ent.end + 1]
        theirs = short.ent_id_.rpartition(" (")[0] if short.ent_id_.endswith(")") else short.ent_id_
        named = ent.text[4:] if ent.text.startswith("the ") else ent.text
        if short.text.isupper() and short.text != ent.text and theirs != named:
            found.add(short.text)
    return found


def _heads_countries(doc: Doc, lexicon: Lexicon) -> Counter[str]:
    """The country of the heads of government the text ties to a party or government ("seats fell to Ann Roe's
    party", "Tom Ure's government") or gives their bare title ("Prime Minister Ann Roe", "President-elect Tom
    Ure": a title with no country is the article's own country's), when they are all one country's. A leader
    merely named ("Ann Roe met Tom Ure") is no cue: foreign news names other countries' leaders all the time."""
    known = gazetteer()
    countries = {t.country for e in doc.ents if e.label_ == "PERSON" and (_leads_a_named_body(e, lexicon) or _bare_title(e))
                 for t in known.terms_of(e.text)}
    return Counter(countries) if len(countries) == 1 else Counter()


def _bare_title(ent: Span) -> bool:
    """"Prime Minister Ann Roe", "President-elect Tom Ure": a head of government's title right before the name,
    with no word naming a country before it ("Fenbian Prime Minister Ann Roe" is a foreign leader)."""
    doc, k = ent.doc, ent.start
    if k >= 2 and doc[k - 1].lower_ == "elect" and doc[k - 2].text == "-":
        k -= 2
    titles = gazetteer().titles
    size = next((n for n in (2, 1) if k >= n and doc[k - n : k].text in titles), 0)
    if not size:
        return False
    before = doc[k - size - 1] if k - size >= 1 else None
    return before is None or (before.pos_ != "PROPN" and before.ent_type_ not in ("NORP", "GPE"))


def _leads_a_named_body(ent: Span, lexicon: Lexicon) -> bool:
    """"Ann Roe's party", "Ann Roe's first government": the person's possessive, then (past adjectives and
    numbers) a noun of what a head of government leads."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text not in ("'s", "’s"):
        return False
    k = ent.end + 1
    while k < len(doc) and doc[k].pos_ in ("ADJ", "NUM"):
        k += 1
    return k < len(doc) and doc[k].lower_ in lexicon.led_nouns


def country_of(cued: str | None, people: set[str]) -> str | None:
    """The article's country (`cued`, from article_country); failing any cue, the one country whose heads of
    government it names."""
    countries = {t.country for person in people for t in gazetteer().terms_of(person)}
    return cued or (countries.pop() if len(countries) == 1 else None)


@rule("people.known-head-of-government", "people")
def complete_names(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str],
                   published: dt.date | None) -> dict[Mention, str]:
    """"President Obama" with no full name in the article is Barack Obama: a surname after an office's
    title, when exactly one holder of that office (at the publication date, if known) has that surname."""
    known = gazetteer()
    out = dict(resolved)
    for mention in mentions:
        name = resolved.get(mention, mention.name)
        if len(name.split()) != 1 or mention.start == 0:
            continue
        before = doc[mention.start - 1].text
        if before not in known.titles and mention.start >= 2 and f"{doc[mention.start - 2].text} {before}" in known.titles:
            before = f"{doc[mention.start - 2].text} {before}"
        if before not in known.titles:
            continue
        office = known.titles[before][0]  # "Prime Minister" is one office in Britain and Australia alike
        same = [t for t in known.terms if t.office == office and t.person.split()[-1] == name]
        if published is not None:
            same = [t for t in same if t.start <= published]
            if len({t.person for t in same}) > 1:
                same = [t for t in same if t.covers(published)] or same
        if len({t.person for t in same}) == 1:
            out[mention] = same[0].person
    return out


def _status(term: Term, published: dt.date | None) -> str:
    return "current" if published is not None and term.covers(published) else "former"


def _known_holder(ctx: ArticleContext, mention: Mention, anchor: Span, rule_name: str,
                  office: str | None = None) -> list[RoleFact]:
    """The office a known head of government held, for a mention the text ties to governing."""
    published = ctx.published
    terms = [t for t in gazetteer().terms_of(ctx.name(mention)) if office is None or t.office == office]
    if not terms:
        return []
    term = next((t for t in terms if published is not None and t.covers(published)), terms[-1])
    return [RoleFact(ctx.name(mention), term.office, term.party, evidence_for(anchor), _status(term, published),
                     "known head of government", (rule_name,))]


@rule("government.possessive-government", "parties", examples=[
    example("Under Tony Blair's first government, taxes rose.", "Tony Blair | prime minister | Labour Party")])
def _government_of(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """"Tony Blair's first government", "during the premiership of Margaret Thatcher": a known head of
    government (data/officeholders.json)."""
    doc, by_token, known = ctx.doc, ctx.by_token, gazetteer()
    facts = []
    for tok in doc:
        if tok.lower_ not in known.government_words or tok.pos_ != "NOUN":
            continue
        k = tok.i - 1
        while k > 0 and doc[k].pos_ in ("ADJ", "NUM") and doc[k].lower_ != "'s":
            k -= 1
        if k >= 1 and doc[k].text in ("'s", "’s") and k - 1 in by_token:
            facts += _known_holder(ctx, by_token[k - 1], tok.sent, "government.possessive-government")
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and tok.i + 2 in by_token and tok.i > 0 \
                and doc[tok.i - 1].lower_ == "the":
            facts += _known_holder(ctx, by_token[tok.i + 2], tok.sent, "government.possessive-government")
    return facts


@rule("government.budget", "parties", examples=[
    example("Critics said Gordon Brown's Budget in London hurt pensioners.", "Gordon Brown | chancellor | Labour Party")])
def _budget(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """"Gordon Brown's Budget": in Britain the Budget is the chancellor's."""
    doc, by_token = ctx.doc, ctx.by_token
    if ctx.government_country != "GB":
        return []
    return [RoleFact(ctx.name(by_token[tok.i - 2]), "chancellor", None, evidence_for(tok.sent), "current",
                     rules=("government.budget",))
            for tok in doc if tok.text == "Budget" and tok.i >= 2 and doc[tok.i - 1].text in ("'s", "’s")
            and tok.i - 2 in by_token]


@rule("government.downing-street", "parties", examples=[
    example("In 1990 John Major moved into Downing Street.", "John Major | prime minister | Conservative Party")])
def _downing_street(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """"she will move into Downing Street next week", "he returned to Downing Street": the prime minister's home
    names its holder, if the gazetteer knows them."""
    doc, by_token = ctx.doc, ctx.by_token
    facts = []
    for tok in doc:
        if tok.text != "Downing" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "Street":
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        if verb.lemma_ not in ("move", "enter", "return"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        mention = None
        if subject is not None and subject.i in by_token:
            mention = by_token[subject.i]
        elif subject is not None and subject.lower_ in ("he", "she"):
            mention = antecedent(doc, subject, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
        if mention is not None:
            facts += _known_holder(ctx, mention, tok.sent, "government.downing-street", "prime minister")
    return facts


@rule("government.unnamed-holder", "parties", examples=[
    example("Theresa May spoke. Later the prime minister's claims were denied.",
            "Theresa May | prime minister | Conservative Party", published="2017-02-24")])
def _unnamed(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """"the prime minister's claims": whoever held the office, if the article names them."""
    return _unnamed_holder(ctx, found.roles)


def _offices_after(doc: Doc, the: Token, lexicon: Lexicon) -> list[str]:
    """The offices "the ..." names bare: "the president of the union" and "the President Obama" are not the
    head of government of the day."""
    after = doc[the.i + 1].lower_
    offices = []
    for named, office in lexicon.office_words.items():
        words = tuple(named.split())
        end = the.i + 1 + len(words)
        if after != words[0] or tuple(t.lower_ for t in doc[the.i + 1 : end]) != words \
                or (end < len(doc) and doc[end].ent_type_ == "PERSON"):
            continue
        if end < len(doc) and doc[end].lower_ in ("of", "-"):  # "the president of the union"
            continue
        offices.append(office)
    return offices


def _sole_holder(published: dt.date | None, office: str, country: str, named: set[str], other_office: set[str]) -> str | None:
    """The one holder of `office` the article names: the date decides when there is one, else the cast does
    (a serving chancellor is not the prime minister); two candidates are no answer."""
    known = gazetteer()
    if published is not None:
        term = known.holder_at(office, country, published)
        holders = [term.person] if term and term.person in named else []
    else:
        holders = sorted({t.person for t in known.terms if t.office == office and t.country == country
                          and t.person in named and t.person not in other_office})
    return holders[0] if len(holders) == 1 else None


def _unnamed_holder(ctx: ArticleContext, roles: list[RoleFact]) -> list[RoleFact]:
    """"the prime minister's claims": whoever held the office, if the article names them. Who that is comes
    from the publication date, or else from the article's own cast: the one holder of that office it names
    who is not given another current office (a serving chancellor is not the prime minister)."""
    doc, published, country = ctx.doc, ctx.published, ctx.government_country
    if country is None:
        return []
    named = {ctx.name(m) for m in ctx.mentions}
    other_office = {f.person for f in roles if f.status == "current" and (ministerial(f.role, ctx.lexicon) or f.role.startswith("shadow"))}
    found = []
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc):
            continue
        for office in _offices_after(doc, tok, ctx.lexicon):
            holder = _sole_holder(published, office, country, named, other_office)
            if holder is None:
                continue
            term = next(t for t in gazetteer().terms_of(holder) if t.office == office)
            status = _status(term, published) if published is not None else "current"
            found.append(RoleFact(holder, office, term.party, evidence_for(tok.sent), status,
                                  "known head of government", ("government.unnamed-holder",)))
    return found


def governing_party(published: dt.date | None, roles: list[RoleFact], country: str | None) -> str | None:
    """The party in government: the head of government's at the publication date, or the party of the head of
    government the article itself calls current. None in a coalition, or when nothing tells."""
    known = gazetteer()
    if country is None:
        return None
    if published is not None:
        if known.coalition(country, published):
            return None
        heads = [t for t in known.terms if t.country == country and t.covers(published)]
        return heads[0].party if len(heads) == 1 else None
    current = {t.party for f in roles if f.status == "current" for t in known.terms_of(f.person)
               if t.office == f.role and t.country == country}
    return current.pop() if len(current) == 1 else None


def _cue_count(text: str, cues: tuple[str, ...] | list[str]) -> int:
    return sum(len(re.findall(rf"\b{re.escape(cue)}\b", text)) for cue in cues)


def regional_cues(text: str, lexicon: Lexicon, country: str | None) -> dict[str, int]:
    """How often each of the country's provinces, states or devolved nations is cued in `text` (data/parties.json
    "regional_variants": "Stormont", "MSP", "Queen's Park"), for those cued at all, in the data's order."""
    if country is None:
        return {}
    counts = {region: _cue_count(text, (*cues, *_own_parties(lexicon, region))) for region, (cues, _) in lexicon.regional_variants.items()
              if region.split("-")[0] == country}
    return {region: n for region, n in counts.items() if n}


def _own_parties(lexicon: Lexicon, region: str) -> tuple[str, ...]:
    """"Parti Québécois", "Ontario Liberal Party", "BC Liberals": the names of a region's own parties (kg.extract.regions:
    those data/parties.json gives it and those named for it) cue its politics as its legislature does; a national
    party has no such name there, and a story naming the province's party is about it."""
    return tuple(sorted({name for names in own_parties(lexicon, region).values() for name in names if " " in name or name.isupper()}))


def devolved(doc: Doc, lexicon: Lexicon, country: str | None) -> bool:
    """An article about a province's, state's or devolved nation's politics: its cues outnumber the nation's own
    ("Westminster", "Commons"). Its ministers serve that region's government, often a coalition, not the nation's, so
    the national governing party is no guess for them; one "MSP" in a Westminster story changes nothing."""
    text = doc.text
    regional = sum(regional_cues(text, lexicon, country).values())
    return regional > _cue_count(text, lexicon.national_cues.get(country or "", ()))


def _devolved_minister(sentence: str, lexicon: Lexicon, country: str | None, article: bool) -> bool:
    """A minister whose own sentence names the region's institutions serves it, one whose sentence names the nation's
    ("appointed ... in a reshuffle at Westminster") the nation; otherwise the article's leaning decides."""
    if regional_cues(sentence, lexicon, country):
        return True
    return article and not _cue_count(sentence, lexicon.national_cues.get(country or "", ()))


def ministerial(role: str, lexicon: Lexicon | None = None) -> bool:
    """A government office: "foreign secretary", "trade and industry secretary", "Treasury minister", "chancellor"
    (data/lexicon.json ministerial_heads and not_ministerial; the shipped data when no lexicon is given)."""
    lexicon = lexicon or load_lexicon()
    words = role.split(" of ")[0].split(" to ")[0]
    return any(w in words.split() for w in lexicon.ministerial_heads) and not any(n in role for n in lexicon.not_ministerial)


@rule("government.elected-head", "results", examples=[
    example("Margaret Thatcher swept into power at the 1979 general election.",
            "Margaret Thatcher | prime minister | Conservative Party")])
def elected_heads(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A national general election's winner who became head of government within a year of it ("won the
    election and formed a government"), by the office-holder gazetteer."""
    found = []
    for election in so_far.won:
        if election.kind != "general election" or election.seat or not election.winner or not election.year:
            continue
        for term in gazetteer().terms_of(election.winner):
            if 0 <= term.start.year - election.year <= 1:
                found.append(RoleFact(election.winner, term.office, term.party, election.evidence,
                                      _status(term, ctx.published), "known head of government", ("government.elected-head",)))
    return found


def _foreign(fact: RoleFact, country: str | None, lexicon: Lexicon) -> bool:
    """"his Australian counterpart Foreign Minister Julie Bishop" in a British article: another country's office."""
    text = fact.evidence.text.lower()
    at = text.find(fact.role.split(" of ")[0])
    if at < 0 or country is None:
        return False
    before = set(text[max(0, at - 40) : at].replace(",", " ").split())
    return any(word.lower() in before for other, words in lexicon.country_cues.items() if other != country for word in words)


def _sub_national(fact: RoleFact, country: str | None, lexicon: Lexicon) -> bool:
    """"the NSW Transport Minister", "Queensland treasurer": an office named for a place of the article's country
    (one of its cue words) that is not the country itself is a state's or province's, not the nation's government."""
    if country is None:
        return False
    text = fact.evidence.text.lower()
    at = text.find(fact.role)
    before = text[:at].replace("'s", " ").replace("’s", " ").split() if at >= 0 else []
    first = fact.role.split()[0] if " " in fact.role else ""
    places = _places_within(lexicon, country)
    return first in places or bool(before) and before[-1] in places


@cache
def _places_within(lexicon: Lexicon, country: str) -> frozenset[str]:
    """A country's cue words that name a part of it: those no national party of the country carries in its name
    ("Australian", "Australia" and "NZ" are the nation's; "NSW", "Queensland", "Ontario" are not). A province's own
    parties (data/parties.json regional_variants: "Alberta New Democratic Party", and every party named for a province:
    kg.extract.regions.provincial) name the province, not the nation."""
    regional = {party for region, (_, aliases) in lexicon.regional_variants.items() if region.split("-")[0] == country
                for party in aliases.values()} | provincial(lexicon, country)
    names = " ".join(p.name for p in lexicon.parties if p.country == country and p.name not in regional).lower().split()
    return frozenset(c.lower() for c in lexicon.country_cues.get(country, ()) if c.lower() not in names)


def _held_under(fact: RoleFact, lexicon: Lexicon) -> str | None:
    """"health secretary under Boris Johnson", "a minister in Tony Blair's cabinet": the party of the government the
    office was held in, from the head of government the sentence names with it."""
    text = fact.evidence.text
    parties = {t.party for name in gazetteer().spellings + tuple(t.person for t in gazetteer().terms)
               if f"under {name}" in text or any(f"{name}{s} {noun}" in text for s in ("'s", "’s") for noun in lexicon.government_nouns)
               for t in gazetteer().terms_of(name)}
    return parties.pop() if len(parties) == 1 else None


def _surname_party(fact: RoleFact, country: str | None, published: dt.date | None, lexicon: Lexicon) -> str | None:
    """"President Platt" where two presidents were Platt, and the article names neither in full: who it is stays open,
    but when every holder of the office with that surname (before the publication date) was of one party, that is
    the party."""
    if " " in fact.person or country is None:
        return None
    parties = {t.party for t in gazetteer().terms if t.office == fact.role and t.country == country
               and surname(t.person, lexicon) == fact.person and (published is None or t.start <= published)}
    return parties.pop() if len(parties) == 1 else None


def _office_party(fact: RoleFact, published: dt.date | None) -> str | None:
    """The party a known head of government held this very office for: at the publication date if it covers
    a current role, else in their last term in it."""
    terms = [t for t in gazetteer().terms_of(fact.person) if t.office == fact.role]
    if not terms:
        return None
    at = next((t for t in terms if published is not None and fact.status == "current" and t.covers(published)), terms[-1])
    return at.party


def _of_the_governing(fact: RoleFact, serving: set[str], surnames: set[str], lexicon: Lexicon) -> bool:
    """Whether an office was held in today's government: it is held now, or its holder serves now (a serving
    minister's earlier posts in a reshuffle story), or a serving minister replaced them ("Mr Okonjo replaces
    David Ferrars"). A former minister merely named beside a serving one may have served any government."""
    if fact.status == "current" or fact.person in serving:
        return True
    text = fact.evidence.text
    return any(n in text for n in surnames) and any(w in text.split() for w in lexicon.replacing_forms)


@rule("parties.governing", "parties", examples=[
    example("Tom Ure, the health secretary, spoke to MPs in Westminster on Monday.", "Tom Ure | health secretary | Conservative Party",
            published="2017-02-24"),
    example("The Conservative candidate Tony Blair lost in Ashby. Prime Minister Tony Blair spoke in London.",
            "Tony Blair | prime minister | Labour Party", published="2001-05-01")])
def with_government(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """Give known heads of government and serving ministers their party where the text left it to inference; a head of
    government's own office keeps the party they held it for even where another of their roles states another."""
    lexicon, published, country = ctx.lexicon, ctx.published, ctx.government_country
    roles = found.roles
    regional = devolved(ctx.doc, lexicon, country)
    national = governing_party(published, roles, country)
    governing = None if regional else national
    # who serves now: a minister "under" another government's head served then, not now
    serving = {f.person for f in roles if f.status == "current" and ministerial(f.role, lexicon)
               and _held_under(f, lexicon) in (None, governing)}
    # sentences naming a serving minister: "Mr Okonjo replaces David Ferrars" is a change within one government
    surnames = {person.split()[-1] for person in serving}
    # a party with shadow ministers is in opposition: its members are not the ministers of the day
    opposition = {next((t.party for t in gazetteer().terms_of(f.person)), None)
                  or (f.party if not (f.party_basis or "").startswith("inferred") else None)
                  for f in roles if f.role.startswith("shadow") and f.status == "current"} - {None}
    out = []
    for fact in roles:
        inferred = fact.party is None or (fact.party_basis or "").startswith("inferred")
        own = _office_party(fact, published)
        if own and own != fact.party and fact.party_basis == "stated elsewhere in the article":
            # "Tom Ure named Freedom Party president Ann Roe": what the text says of another of his roles
            # is weaker than who he is, a head of government in his own office
            fact = replace(fact, party=own, party_basis="the known party of a head of government")
        elif inferred:
            terms = gazetteer().terms_of(fact.person)
            era = _held_under(fact, lexicon) if ministerial(fact.role, lexicon) and not terms else None
            namesakes = _surname_party(fact, country, published, lexicon) if not terms else None
            if terms:
                fact = replace(fact, party=terms[-1].party, party_basis="the known party of a head of government")
            elif namesakes:
                fact = replace(fact, party=namesakes, party_basis="the party of every holder of the office by that name")
            elif era:
                fact = replace(fact, party=era, party_basis="the party of the government the office was held in")
            elif national and ministerial(fact.role, lexicon) and not _devolved_minister(fact.evidence.text, lexicon, country, regional) \
                    and not _foreign(fact, country, lexicon) and not _sub_national(fact, country, lexicon) and (
                    _of_the_governing(fact, serving, surnames, lexicon)):
                # a serving minister's earlier posts in a reshuffle story were in the same government
                fact = replace(fact, party=national, party_basis="the governing party")
            elif fact.party in opposition and fact.status == "current" and ministerial(fact.role, lexicon):
                fact = replace(fact, party=None, party_basis=None)
            elif governing and fact.party == governing and fact.role.startswith("shadow"):
                fact = replace(fact, party=None, party_basis=None)  # the opposition's
        out.append(fact)
    return out
