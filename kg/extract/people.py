"""Person mentions and their resolution within one article.

A full name ("Gillian Troughton") is an entity; a shorter mention ("Ms Troughton", "Troughton") is
resolved to it only when exactly one full name in the article fits, as a careful reader would.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.config import DATA_DIR
from kg.extract.lexicon import Lexicon, fold, load_lexicon
from kg.extract.model import Evidence, Merge
from kg.extract.officeholders import gazetteer
from kg.extract.registry import rule

_NAME_LABELS = {"PERSON"}
_NAME_LIKE = {"", "PERSON", "ORG", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT"}  # labels the model gives names it misreads
_NOT_NAMES = {"PARTY", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


@dataclass(frozen=True)
class Mention:
    """A person mention: token span [start, end) without honorifics, and its cleaned name."""

    start: int
    end: int
    name: str
    titled: bool


def name_key(name: str) -> str:
    """A name folded for comparison, hyphenated surnames kept whole ("kilroy-silk")."""
    return " ".join(fold(word).replace(" ", "-") for word in name.split())


def evidence_for(span: Span) -> Evidence:
    sent = span.sent
    raw = sent.text  # rebuilt from its tokens on each access: read it once
    text = raw.strip()
    offset = sent.start_char + (len(raw) - len(raw.lstrip()))
    return Evidence(offset, offset + len(text), " ".join(text.split()))


def entities_by_sentence(doc: Doc, sents: list[Span]) -> list[list[Span]]:
    """`sent.ents` for each of `sents` (the doc's sentences, in order), computed in one pass.

    spaCy's Span.ents rebuilds every entity of the whole doc on each call, so asking it once per
    sentence (or per mention) is quadratic in the article's length.
    """
    found: list[list[Span]] = [[] for _ in sents]
    n = 0
    for ent in doc.ents:
        while n < len(sents) and sents[n].end <= ent.start:
            n += 1
        if n < len(sents) and ent.end <= sents[n].end:  # wholly inside the sentence it starts in
            found[n].append(ent)
    return found


def _capitalised(token: Token) -> bool:
    """A name word: a capital, then some lower case ("Roe", "McEntee", "DiNapoli", which spaCy's is_title refuses)."""
    return token.text[:1].isupper() and any(c.islower() for c in token.text)


_BREAKS = {"(", ")", "[", "]", "'s", "’s", ",", ":", ";", "|", "/", "–", "—", '"', "“", "”"}


def _headline_verb(token: Token, lexicon: Lexicon) -> bool:
    """"Ann Roe Wins Fenby", "Roe Ousts Lee": a headline's verb, capitalised like the names around it."""
    word = token.lower_
    verbs = lexicon.win_verbs | lexicon.trigger_verbs
    return token.is_title and word.endswith("s") and (word[:-1] in verbs or (word.endswith("es") and word[:-2] in verbs))


def _breaks_name(token: Token, lexicon: Lexicon) -> bool:
    """Where a name cannot go on: punctuation, a spaced dash ("Ann Roe - Green Party"), a headline's verb, a
    caption's label ("Ann Roe Photo: ...")."""
    spaced_dash = token.text == "-" and (bool(token.whitespace_) or bool(token.doc[token.i - 1].whitespace_))
    return token.text in _BREAKS or spaced_dash or _headline_verb(token, lexicon) or token.text in lexicon.caption_words


@lru_cache(maxsize=1)  # the lexicon loaded last (a Lexicon hashes by identity)
def _country_titles(lexicon: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """The titles of data "honorifics_by_country": those of one word, and those of several ("Tan Sri"), longest first."""
    titles = {w for words in lexicon.honorifics_by_country.values() for w in words}
    return frozenset(w for w in titles if " " not in w), tuple(sorted((w for w in titles if " " in w), key=len, reverse=True))


def _honorific(word: str, lexicon: Lexicon) -> bool:
    """"Mr", "Dr.", and the courtesy titles of other countries ("Datuk", "Alhaji", "Shri", "Barrister"): a title, never
    a name's word."""
    return word in lexicon.honorifics or word in lexicon.courtesy_titles or word in _country_titles(lexicon)[0]


def _past_long_title(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The name after a title of several words that opens it ("Tan Sri Ann Roe", "Dato' Sri Tom Ure"), if one does."""
    if len(tokens) < 3:
        return tokens
    doc = tokens[0].doc
    for title in _country_titles(lexicon)[1]:
        k = next((k for k in range(1, len(tokens) - 1) if doc[tokens[0].i : tokens[k].i].text == title), None)
        if k is not None:
            return tokens[k:]
    return tokens


def _title_tail(token: Token, lexicon: Lexicon) -> bool:
    """"Sri" of "Dato' Sri Ann Roe": the last word of a title of several words whose first words the model left out of
    the name; alone ("Sri Ann Roe") it may be a name's own word."""
    doc = token.doc
    return any(doc[token.i - k : token.i + 1].text == title for title in _country_titles(lexicon)[1]
               for k in (1, 2, 3) if token.i >= k)


def _cut(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The one name in a span the model ran on: it starts at the last title inside ("Prince William Del. Ann Roe")
    and ends where punctuation, a spaced dash or a headline's verb begins ("Ann Roe (Independent", "Ann Roe’s Roe",
    "Ann Roe Wins Fenby")."""
    for k in range(len(tokens) - 2, 0, -1):
        # one country's title inside a name may be a name's own word there ("Ann Kumari Roe"); it opens a name only
        if tokens[k].text in lexicon.honorifics or tokens[k].text in lexicon.courtesy_titles:
            tokens = tokens[k:]
            break
    for k, token in enumerate(tokens):
        if k and _breaks_name(token, lexicon):
            return tokens[:k]
    return tokens


def _with_suffix(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """"Leon Benjamin Sr.": a generational suffix after the name is part of it, as the article writes it."""
    doc = tokens[-1].doc
    nxt = tokens[-1].i + 1
    if nxt < len(doc) and doc[nxt].text in lexicon.name_suffixes and doc[nxt - 1].whitespace_:
        tokens = [*tokens, doc[nxt]]
        nxt += 1
    if tokens[-1].text in lexicon.name_suffixes and nxt < len(doc) and doc[nxt].text == "." \
            and not tokens[-1].whitespace_:
        tokens = [*tokens, doc[nxt]]  # "Sr" + "."
    return tokens


def _office_not_peer(tokens: list[Token], lexicon: Lexicon, heads: set[str]) -> bool:
    """"the Lord Mayor", "Lord Provost": a peerage title before an office word is that office, not a peer."""
    return len(tokens) == 2 and tokens[0].text in lexicon.peerage_titles and (
        tokens[1].lower_ in heads or tokens[1].lower_ in lexicon.name_titles)


_PLACE_LABELS = ("GPE", "LOC", "FAC")
_DETERMINERS = {"the", "his", "her", "their", "its", "#"}


def _modifier_not_person(tokens: list[Token], heads: set[str], lexicon: Lexicon) -> bool:
    """"East Fenby MLA Ann Roe", "the Knoxby representative Ann Roe": words before an office and its holder
    qualify the office (a place, a party); they are not another person."""
    doc, end = tokens[0].doc, _past_place_particles(tokens[-1].doc, tokens[-1].i + 1, lexicon)
    return end + 1 < len(doc) and doc[end].lower_ in heads and doc[end + 1].pos_ == "PROPN" and _capitalised(doc[end + 1])


def _past_place_particles(doc: Doc, end: int, lexicon: Lexicon) -> int:
    """"Fenby an der Hale mayor Ann Roe", "Kelby de la Hale mayor": a place's name goes on through its lower-case
    particles to its last capitalised word (up to four words in all) before the office it qualifies; a name that
    stops short of it (the model's "Fenby") is that place's first word."""
    particles = lexicon.place_particles
    k = end
    while k < len(doc) and k - end < 3 and doc[k].lower_ in particles and doc[k].is_lower:
        k += 1
    if k == end or k >= len(doc) or not _capitalised(doc[k]):
        return end
    return k + 1


def _place_not_person(token: Token, lexicon: Lexicon, heads: set[str]) -> bool:
    """A single capitalised word where only a place can stand: after "the"/"his" or a hashtag ("his Fenby
    constituency", "#Fenby"), as the seat of an office ("MP for Fenby") or of a place noun ("the seats of Fenby and
    Hale"), or listed with places ("Liverpool, Fenby and Ashby", "Fenby, Ashby and Lea constituency")."""
    doc = token.doc
    listed = [token, *token.conjuncts]
    first = min(listed, key=lambda t: t.i)  # "the Fenby, Ashby and Lea seat": the list's determiner is each one's
    before = doc[first.i - 1] if first.i else None
    if before is not None and before.lower_ in _DETERMINERS:
        return True
    if before is not None and before.lower_ in ("for", "of") and first.i >= 2 and (
            doc[first.i - 2].lower_ in heads or doc[first.i - 2].lower_ in lexicon.place_nouns):
        return True  # "MP for Fenby", "both seats of Kelby and Hale", "the electorate of Kelby"
    if any(t.ent_type_ in _PLACE_LABELS for t in listed) or _won_by_a_party(first, lexicon):
        return True
    return first.dep_ in ("compound", "nmod") and first.head.lower_ in lexicon.place_nouns


def _partys_body(token: Token, lexicon: Lexicon) -> bool:
    """"a spokesperson for the House Fenby Caucus", "the Fenby Club": a body's noun right after a party's name is the
    party's body (its caucus, club, association), which the model may read alone as a person's surname."""
    return token.lower_ in lexicon.body_nouns and token.i > 0 and token.doc[token.i - 1].ent_type_ == "PARTY"


def _won_by_a_party(token: Token, lexicon: Lexicon) -> bool:
    """"the Greens took Fenby from Labour": what a party takes or holds is a seat. A party elects or beats people
    ("elected Platt as leader"), so only seat-taking verbs count, and never with an "as" complement."""
    verb = token.head
    with_as = any(t.lower_ == "as" for t in (*verb.children, *token.children))
    return token.dep_ == "dobj" and verb.lemma_ in lexicon.party_seat_verbs and not with_as and any(
        c.dep_ == "nsubj" and c.ent_type_ == "PARTY" for c in verb.children)


def _won_for_a_party(token: Token, lexicon: Lexicon) -> bool:
    """"Ann Roe, who won Fenby Marsh for Labour in 2019": what someone wins, holds or takes for a party is a seat, however
    many words its name has and whatever the model tagged it (an unfamiliar place's name read as a person's). People
    are won over, not won for a party; a verb with a particle ("won over") is another sense."""
    verb = token.head
    return token.dep_ == "dobj" and verb.lemma_ in lexicon.party_seat_verbs and not any(
        c.dep_ == "prt" for c in verb.children) and any(
        c.lower_ == "for" and any(g.ent_type_ == "PARTY" for g in c.subtree) for c in verb.children)


def _title_word(token: Token, lexicon: Lexicon, heads: set[str]) -> bool:
    """An abbreviated title ("PM", "Sen.", "Gov.-elect" as one word) or a plural one ("Ministers", "Senators"):
    never a forename."""
    text = next((token.text[: -len(e)] for e in lexicon.title_suffixes if token.text.endswith(e)), token.text)
    word = text.lower()
    return text in lexicon.abbreviations or (word.endswith("s") and word[:-1] in heads and token.is_title) or (
        text != token.text and (text in lexicon.honorifics or word in heads))


def _clean(span: Span, lexicon: Lexicon) -> Mention | None:
    heads = {h for h in lexicon.role_heads if " " not in h}
    tokens = _cut(list(span), lexicon)
    if _office_not_peer(tokens, lexicon, heads):
        return None
    titled = False
    untitled = _past_long_title(tokens, lexicon)
    if len(untitled) < len(tokens):
        titled, tokens = True, untitled
    elif len(tokens) >= 3 and _title_tail(tokens[0], lexicon):
        titled, tokens = True, tokens[1:]
    while tokens and (_honorific(tokens[0].text, lexicon) or tokens[0].text in lexicon.peerage_titles):
        if tokens[0].text in lexicon.peerage_titles and len(tokens) == 2:
            break  # "Lord Kinnock": the title is all the name the article gives
        titled = True
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in ("'s", "’s", "'", "’", "-", ",") or tokens[-1].text in lexicon.post_nominals):
        tokens = tokens[:-1]  # "Tom Ure MP": the letters after a name are not the name
    if len(tokens) >= 3 and _party_column(tokens[-1], lexicon):
        tokens = tokens[:-1]  # "Ann Roe Green: 3,210": a result table's party column, run into the name
    # NER sometimes swallows a title ("Chancellor Tom Ure", "Attorney General Ann Roe"); role words are not names.
    while len(tokens) > 2 and (tokens[0].lower_ in heads or tokens[0].lower_ in lexicon.political_context
                               or tokens[0].lower_ in lexicon.name_titles):
        tokens = tokens[1:]
    # "Fenby Governor AdeOkoro": a place or party before an office, run into its holder's name; the name follows the office
    inner = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].lower_ in heads and tokens[k].is_title), None)
    if inner is not None:
        titled = True
        tokens = tokens[inner + 1 :]
    # an abbreviated or plural title is never a forename: "PM Hawke" is Hawke, "Ministers Ann Roe" is Ann Roe
    while len(tokens) > 1 and _title_word(tokens[0], lexicon, heads) and _capitalised(tokens[1]):
        titled = True
        tokens = tokens[1:]
    tokens = _past_lower_words(tokens, lexicon)
    if not tokens:
        return None
    tokens = _with_suffix(tokens, lexicon)
    name = span.doc[tokens[0].i : tokens[-1].i + 1].text  # as written: "Roe-Ure", not "Roe - Ure"
    name = " ".join(name.split())
    acronym = len(name.split()) == 1 and not any(ch.islower() for ch in name)  # "NHS", "N.D.": a lone word in capitals
    if any(ch.isdigit() for ch in name) or lexicon.party_of(name) or not surname(name, lexicon)[:1].isupper() \
            or _names_a_chamber(name, lexicon) or acronym:
        return None
    if any(t.ent_type_ == "PARTY" for t in tokens) or _modifier_not_person(tokens, heads, lexicon) or (
            not titled and _won_for_a_party(tokens[-1], lexicon)) or (
            len(tokens) == 1 and not titled and (_place_not_person(tokens[0], lexicon, heads) or _partys_body(tokens[0], lexicon))):
        return None
    return Mention(tokens[0].i, tokens[-1].i + 1, name, titled)


def _past_lower_words(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """"elige a nueva alcaldesa tras renuncia de Ann Roe": the model ran a name into the words of a phrase before it
    (a headline in another language, quoted in a reference); a name never opens with a lower-case word but a particle
    ("de Roe", "van Ure" stay whole), so the words up to its first capitalised one are no part of it, particles with them."""
    if not tokens or not tokens[0].text[:1].islower() or tokens[0].lower_ in lexicon.name_particles:
        return tokens
    k = next((k for k, t in enumerate(tokens) if t.text[:1].isupper()), len(tokens))
    return tokens[k:]


def _party_column(token: Token, lexicon: Lexicon) -> bool:
    """A party's name after a name, where a result line goes on to its votes ("Ann Roe Labour: 8,589", "Tom Ure
    National 1,204"): the party the candidate stood for, not a third name."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    votes = after is None or after.text in (":", "-", "–", "—") or after.like_num or after.is_space
    word = token.text
    return votes and (word in lexicon.national_variants or word in lexicon.title_aliases or bool(lexicon.party_of(word)))


def _names_a_chamber(name: str, lexicon: Lexicon) -> bool:
    """"the Lok Sabha", "Fenby Lok Sabha": a name ending in a legislature's own name is the chamber or its seat."""
    words = name.split()
    return any(" ".join(words[-n:]) in lexicon.chamber_names for n in (1, 2, 3) if n <= len(words))


def surname(name: str, lexicon: Lexicon | None = None) -> str:
    """A name's last word that is not a generational suffix: "Benjamin" of "Leon Benjamin Sr."; the suffixes are
    the article's lexicon's (the shipped one only for a caller outside the rules, a bench or a test)."""
    words = name.split()
    listed = (lexicon or load_lexicon()).name_suffixes
    suffixes = {fold(s) for s in listed} | set(listed)
    while len(words) > 1 and (words[-1] in suffixes or fold(words[-1]) in suffixes):
        words = words[:-1]
    return words[-1] if words else ""


def _left_name_part(token: Token, ent: Span, lexicon: Lexicon, heads: set[str]) -> bool:
    """A forename the model left out of the entity: the parser joins it to the name, either as its compound or,
    for a longer name ("defeated Ravi Kumar Prasad"), as the word the rest of the name hangs from."""
    joined = (token.dep_ == "compound" and ent.start <= token.head.i < ent.end) or (
        token.i == ent.start - 1 and ent.root.head.i == token.i and ent.root.dep_ in ("appos", "compound", "flat"))
    return (token.pos_ == "PROPN" and _capitalised(token) and (token.ent_type_ in ("", "PERSON") or _misread_forename(token, ent, lexicon))
            and joined and not _honorific(token.text, lexicon)
            and token.text not in lexicon.peerage_titles and token.lower_ not in heads
            and token.lower_ not in lexicon.political_context and not lexicon.party_of(token.text))


@lru_cache(maxsize=1)
def politician_names() -> tuple[str, ...]:
    """The full names of the open data's politicians (data/gazetteer/people.json), one space between words: the names
    kg.nlp teaches the model (it reads many as places) and the forenames below, from one read of the file. None where
    the data is missing or unreadable (a test's own data; kg.link reports a broken file where it needs it)."""
    try:
        people = json.loads((DATA_DIR / "gazetteer" / "people.json").read_text(encoding="utf-8"))["people"]
    except (OSError, ValueError, KeyError, TypeError):
        return ()
    return tuple(" ".join(str(entry[1]).split()) for entry in people if isinstance(entry, list) and len(entry) > 1)


@lru_cache(maxsize=1)  # the lexicon loaded last (a Lexicon hashes by identity)
def politicians_forenames(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the full names of the open data's politicians: words known to open a person's name, whatever
    the model takes them for. A name the data writes surname first ("Roe, Shri Ann", as a parliament's roll does)
    opens with the first word after the comma that is no title ("Ann")."""
    return frozenset(word for word in map(lambda name: _forename_of(name, lexicon), politician_names()) if word)


def _forename_of(name: str, lexicon: Lexicon) -> str | None:
    """"Ann" of "Ann Roe", "Ann Roe, Jr." and "Roe, Shri Ann"; None for a one-word name or one that opens with no
    capital."""
    surname_first, comma, rest = name.partition(",")
    if all(w in lexicon.name_suffixes for w in rest.split()):  # "Ann Roe, Jr.": a suffix after the comma, not a forename
        comma, rest = "", ""
    words = [w for w in rest.split() if not w.endswith(".") and not _honorific(w, lexicon)] if comma else surname_first.split()
    if not words or (not comma and len(words) < 2):
        return None
    return words[0] if words[0][:1].isupper() and words[0] not in lexicon.name_suffixes else None


def _misread_forename(token: Token, ent: Span, lexicon: Lexicon) -> bool:
    """"Ann" of "Ann Jo Roe Ure" labelled a place or a nationality: a word known to open politicians' names, read alone
    as a one-word place right before a full name the model did read (two words or more), is that name's first word,
    unless the article's cues know the word as a country's (a demonym, a city)."""
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
    known_place = any(token.text in words for words in lexicon.country_cues.values())
    return token.ent_type_ in ("GPE", "NORP") and alone and token.tag_ == "NNP" and len(ent) >= 2 \
        and token.i == ent.start - 1 and not known_place and token.text in politicians_forenames(lexicon)


def _keep(mentions: dict[int, Mention], span: Span, lexicon: Lexicon) -> Mention | None:
    """Store a found name under its first token, so that a later finder reading the same name replaces it."""
    mention = _clean(span, lexicon)
    if mention:
        mentions[mention.start] = mention
    return mention


def _name_at(doc: Doc, i: int, heads: set[str]) -> int:
    """Where a run of up to three capitalised words from `i` ends: a name needs no entity label to be one."""
    end = i
    while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN" and _capitalised(doc[end]) \
            and doc[end].ent_type_ not in ("PARTY", "DATE", "CARDINAL", "ORDINAL") and doc[end].lower_ not in heads:
        end += 1
    return end


def _position_start(doc: Doc, token: Token, heads: set[str], lexicon: Lexicon) -> int | None:
    """Where a name must start if `token` ends an office in apposition or a vacancy's "of": the place, not
    the model's label, makes it a name."""
    if token.text == "," and token.i > 0:
        before = doc[token.i - 1]
        window = doc[max(0, token.i - 6) : token.i]
        if before.lower_ in heads or (any(t.lower_ in heads for t in window) and before.is_title
                                      and any(t.lower_ in ("for", "of") for t in window)):
            return token.i + 1  # "The Minister for Housing, Eoghan Dunleavy, ..."
    elif token.lower_ == "of" and any(t.lower_ in lexicon.cause_nouns for t in doc[max(0, token.i - 4) : token.i]):
        return token.i + 1  # "the resignation in June of Iain Buchanan"
    return None


def _name_ends_at(doc: Doc, end: int) -> bool:
    """A name in apposition stops at punctuation or its verb; a longer capitalised run is a title or a place."""
    return end >= len(doc) or doc[end].text in (",", ".", "(", "'s", "’s") or doc[end].pos_ in ("VERB", "AUX")


def _names_in_apposition(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention], taken: set[int]) -> None:
    """Names after an office in apposition or a vacancy, which the model often tags as organisations."""
    for token in doc[:-2]:
        start = _position_start(doc, token, heads, lexicon)
        if start is None or start in taken:
            continue
        end = _name_at(doc, start, heads)
        if end - start >= 2 and not any(i in taken for i in range(start, end)) and _name_ends_at(doc, end):
            mention = _keep(mentions, doc[start:end], lexicon)
            if mention:
                taken.update(range(mention.start, mention.end))


def _titled_elsewhere(doc: Doc, lexicon: Lexicon, titled: set[str], mentions: dict[int, Mention], taken: set[int]) -> None:
    """Entities whose surname the article elsewhere gives a "Mr"/"Ms": that title settles what the model's label got wrong."""
    for ent in doc.ents:  # "Kemi Badenoch" tagged a place, but the article calls her "Ms Badenoch"
        if ent.label_ in ("PARTY", "DATE", "CARDINAL", "ORDINAL", "PERCENT", "MONEY") or any(t.i in taken for t in ent):
            continue
        if 2 <= len(ent) <= 3 and ent[-1].text in titled and all(_capitalised(t) for t in ent):
            mention = _keep(mentions, ent, lexicon)
            if mention:
                taken.update(range(mention.start, mention.end))
    for token in doc[:-1]:  # "Ann Roe (Fenby)" heading a list item or a section, which the model left unlabelled
        if token.text not in titled or token.i in taken or token.ent_type_ or doc[token.i + 1].text != "(":
            continue
        start = token.i
        while start > 0 and token.i - start < 2 and start - 1 not in taken and _unlabelled_name_word(doc[start - 1]):
            start -= 1
        if start < token.i and _unlabelled_name_word(token):
            mention = _keep(mentions, doc[start : token.i + 1], lexicon)
            if mention:
                taken.update(range(mention.start, mention.end))


def _unlabelled_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and _capitalised(token) and not token.ent_type_


#: relative pronouns that only a person takes ("Ann Roe, who died last year"); "which" and "that" take anything
_PERSONAL_RELATIVES = {"who", "whose", "whom"}
#: labels that never hold a name read by its clause: a party, a people, a number (a place may: the model's guess)
_CLAUSE_NOT_NAMES = _NOT_NAMES - {"GPE"}


def _age_after(doc: Doc, i: int) -> bool:
    """", 43," after a name: an age in apposition is said only of a person ("Ann Roe, 43, a teacher")."""
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].is_digit and 18 <= int(doc[i + 1].text) <= 110 \
        and doc[i + 2].text in (",", ")")


def _office_after(doc: Doc, i: int, heads: set[str]) -> bool:
    """", the party's state chairman," after a name: an office of a party or of someone in apposition is said of a
    person ("Ann Roe, the Greens' deputy leader, said"), whatever the model labelled the name; "the market leader"
    may be a firm's."""
    if i < 1 or doc[i].text != ",":
        return False
    return any(t.dep_ == "appos" and t.head.i == i - 1 and t.lower_ in heads and any(
        w.ent_type_ == "PARTY" or w.dep_ == "poss" for w in doc[i + 1 : t.i]) for t in doc[i + 1 : i + 7])


def _clause_name_start(doc: Doc, end: int, taken: set[int]) -> int:
    """Where the capitalised run ending before `end` starts (up to four words, a title among them that _clean cuts)."""
    start, words = end, 0
    while start > 0 and words < 4 and start - 1 not in taken:
        if start > 1 and _joined_by_hyphen(doc, start - 1):
            start -= 2  # "Fenby South-East, who ...": a hyphenated word is read whole, or its last half is taken for a name
        elif doc[start - 1].pos_ == "PROPN" and _capitalised(doc[start - 1]) and doc[start - 1].ent_type_ not in _CLAUSE_NOT_NAMES:
            start -= 1
            words += 1  # a hyphenated word counts once: its first half is passed with the hyphen
        else:
            break
    return start


def _seat_before_clause(doc: Doc, start: int, heads: set[str]) -> bool:
    """"The MSP for Angus North, who ...": the clause is the office holder's; the words before it are the seat."""
    before = doc[start - 1].lower_ if start else ""
    return before in ("for", "in") or (before == "of" and start > 1 and doc[start - 2].lower_ in heads)


def _holder_start(doc: Doc, token: Token) -> int | None:
    """"the seat, long held by Ann Roe": the agent of a seat's "held" is its member."""
    if token.lower_ == "by" and token.i > 0 and doc[token.i - 1].lower_ == "held" and token.i + 1 < len(doc):
        return token.i + 1
    return None


def _names_of_holders(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """A seat's holder ("held by Ann Roe,") the model took for a place or an organisation: a party holding it is
    labelled a party and is left out; the name must end where the clause does."""
    taken = {i for m in mentions.values() for i in range(m.start, m.end)}
    for token in doc[:-1]:
        start = _holder_start(doc, token)
        if start is None or start in taken:
            continue
        end = start
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and _capitalised(doc[end]) \
                and doc[end].ent_type_ not in _CLAUSE_NOT_NAMES and doc[end].lower_ not in heads:
            end += 1
        if end - start >= 2 and not any(i in taken for i in range(start, end)) and _name_ends_at(doc, end):
            mention = _keep(mentions, doc[start:end], lexicon)
            if mention:
                taken.update(range(mention.start, mention.end))


def _names_before_clauses(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """Names the model took for an organisation or a place, recognised by what only a person is
    given: a relative clause of "who"/"whose" ("Ann Roe, who died last year"), an age ("Ann Roe, 43, a teacher") or
    an office in apposition ("Ann Roe, the party's deputy leader,").
    The words must still clean to a name that is no party, and a lone word no place."""
    taken = {i for m in mentions.values() for i in range(m.start, m.end)}
    for token in doc[1:]:
        office = _office_after(doc, token.i, heads)
        if token.lower_ in _PERSONAL_RELATIVES:
            end = token.i - 1 if doc[token.i - 1].text == "," else token.i
        elif _age_after(doc, token.i) or office:
            end = token.i
        else:
            continue
        start = _clause_name_start(doc, end, taken)
        if office and (end - start < 2 or _names_a_body(doc[start:end], lexicon)):
            continue  # a lone word or a body ("Fenby Council, the party's ...") is no name the office vouches for
        if start < end and not doc[start:end].text.isupper() and not _seat_before_clause(doc, start, heads):
            mention = _keep(mentions, doc[start:end], lexicon)
            if mention:
                taken.update(range(mention.start, mention.end))


def _names_by_position(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """Names the model took for something else, recognised by where they stand: in apposition to an office
    ("The Minister for Housing, Eoghan Dunleavy,"), after a vacancy ("the resignation in June of Iain Buchanan"),
    or later called "Mr/Ms X" ("Ms Badenoch" makes "Kemi Badenoch" a person)."""
    taken = {i for m in mentions.values() for i in range(m.start, m.end)}
    titled = {doc[m.end - 1].text for m in mentions.values() if m.titled}  # before apposition adds names of its own
    _names_in_apposition(doc, lexicon, heads, mentions, taken)
    _titled_elsewhere(doc, lexicon, titled, mentions, taken)


def _seat_not_person(doc: Doc, ent: Span, lexicon: Lexicon) -> bool:
    """"the MSP for Angus North": a seat, though the model took it for a person."""
    return ent[-1].lower_ in lexicon.compass_words and ent.start > 0 and doc[ent.start - 1].lower_ in ("for", "of", "in")


def _widen_left(doc: Doc, ent: Span, lexicon: Lexicon, heads: set[str]) -> int:
    """"Tory Neil Hamilton" labelled as just "Hamilton": a forename the model left out is still the name; so are two
    ("Mohd Tom" of "Mohd Tom Abdul Ure"), each joined to the words after it."""
    start = ent.start
    while start > ent.start - 3 and start > 0 and _left_name_part(doc[start - 1], doc[start : ent.end], lexicon, heads):
        start -= 1
    return start


def _joined_by_hyphen(doc: Doc, i: int) -> bool:
    """"Roe-Ure": an unspaced hyphen at `i` joins two halves of one surname."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and _capitalised(doc[i + 1]) and _capitalised(doc[i - 1])


def _widen_right(doc: Doc, ent: Span, heads: set[str], particles: Container[str] = frozenset()) -> int:
    """"Majority Leader John" + "Thune", "Emma Little" + "-Pengelly": a surname the entity left out is still the name;
    so is one after a particle ("Tom" + "ibn Ure", "Ann de" + "Roe"): a particle ends no name."""
    end = ent.end
    while end < len(doc) and end - ent.end < 2:
        joined = _past_particles(doc, end, particles) if doc[end].is_lower else end
        if _joined_by_hyphen(doc, end):
            end += 2
        elif end < joined < len(doc) and doc[joined].pos_ == "PROPN" and _capitalised(doc[joined]) \
                and doc[joined].ent_type_ in ("", "PERSON", "ORG") and doc[joined].lower_ not in heads:  # the particle vouches
            end = joined + 1
        elif doc[end].pos_ == "PROPN" and _capitalised(doc[end]) and doc[end].ent_type_ in ("", "PERSON") \
                and doc[end].lower_ not in heads and _capitalised(doc[end - 1]):
            end += 1
        else:
            break
    return end


def _person_entities(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """The model's PERSON entities, widened to the words it cut off: its boundaries are often a word short."""
    for ent in doc.ents:
        if ent.label_ in _NAME_LABELS and not _seat_not_person(doc, ent, lexicon):
            _keep(mentions, doc[_widen_left(doc, ent, lexicon, heads) : _widen_right(doc, ent, heads, lexicon.name_particles)],
                  lexicon)


def _honorific_name_end(doc: Doc, token: Token, lexicon: Lexicon) -> int:
    """Where the name after "Mr"/"Lord" ends: the title vouches for the words, whatever the model labelled them
    ("Mr Hilton" is a person even when the model took Hilton for a place)."""
    start = end = token.i + 1
    while end < len(doc) and end - start < 5 and (doc[end].ent_type_ not in _NOT_NAMES or (
        end == start and doc[end].ent_type_ in ("GPE", "NORP") and token.text in lexicon.honorifics)) and (
        _capitalised(doc[end]) or (doc[end].text == "-" and end + 1 < len(doc) and _capitalised(doc[end + 1]))
        or (doc[end - 1].text == "-" and _capitalised(doc[end]))
    ):
        end += 1
    return end


def _names_after_honorifics(doc: Doc, lexicon: Lexicon, mentions: dict[int, Mention]) -> None:
    """"Mr X"-style names the model missed: the honorific alone says a person follows."""
    for token in doc[:-1]:
        if not _honorific(token.text, lexicon) and token.text not in lexicon.peerage_titles:
            continue
        start, end = token.i + 1, _honorific_name_end(doc, token, lexicon)
        if end > start and start not in mentions and not any(m.start < start < m.end for m in mentions.values()):
            _keep(mentions, doc[token.i : end], lexicon)


def _name_run(doc: Doc, start: int, heads: set[str], may_be_name: Callable[[Token], bool] | None = None,
              particles: Container[str] = frozenset()) -> int:
    """Where up to three capitalised words from `start` end, among labels the model gives names it misreads
    (a hyphenated surname counts as one word); `may_be_name` tests each word's label instead. The `particles`
    inside a name ("Pádraig Ó Ruairc", "Jo van der Platt") are no words of it but join the words either side."""
    def name_word(token: Token) -> bool:
        label_ok = may_be_name(token) if may_be_name else token.ent_type_ in _NAME_LIKE
        return token.pos_ == "PROPN" and _capitalised(token) and label_ok and token.lower_ not in heads

    end = start
    words = 0
    while end < len(doc) and words < 3:
        if end > start and _joined_by_hyphen(doc, end):
            end += 2
            continue
        joined = _past_particles(doc, end, particles) if end > start else end
        if end < joined < len(doc) and name_word(doc[joined]):
            end = joined  # "Ó", "van der" between two of its words
        if not name_word(doc[end]):
            break
        end += 1
        words += 1
    return end


def _past_particles(doc: Doc, i: int, particles: Container[str]) -> int:
    """Past the name particles from `i` ("van der", "Ó"), as a name's own words: none where a space or a line
    break parts them."""
    while i < len(doc) - 1 and doc[i].lower_ in particles and doc[i].whitespace_ == " ":
        i += 1
    return i


def _not_party_place_or_number(token: Token) -> bool:
    return token.ent_type_ not in _NOT_NAMES and token.ent_type_ not in ("GPE", "LOC")


@lru_cache(maxsize=1)  # the lexicon loaded last (a Lexicon hashes by identity)
def _one_word_heads(lexicon: Lexicon) -> set[str]:
    return {h for h in lexicon.role_heads if " " not in h}


def name_run(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """Where a run of up to three capitalised words from `start` ends, whatever the model labelled them but a
    party, place or number (a hyphenated word counts as one): for rules that place a name by what follows it."""
    return _name_run(doc, start, _one_word_heads(lexicon), _not_party_place_or_number, lexicon.name_particles)


def _after_party_name_word(token: Token) -> bool:
    """After "the UFP's" the model reads a name it does not know as a building too ("Tama Okello" FAC): a party
    owns people, not facilities."""
    return token.ent_type_ in _NAME_LIKE or token.ent_type_ == "FAC"


def _names_after_parties(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """"from Tory Neil Parkin", "Sinn Féin's Ciarán Delaney": a party used as a title vouches for the name after it,
    which the model missed or took for something else."""
    for ent in doc.ents:
        if ent.label_ != "PARTY" or ent.end >= len(doc):
            continue
        start = ent.end + 1 if doc[ent.end].text == ")" and ent.end + 1 < len(doc) else ent.end  # "Labour Party (LP)’s X"
        start = start + 1 if doc[start].text in ("'s", "’s", "'", "’") else ent.end
        described = _after_description(doc, start) if start > ent.end else start  # "the UFP's teacher-turned-campaigner X"
        if described in mentions or described >= len(doc):
            continue
        end = _name_run(doc, described, heads, _after_party_name_word, lexicon.name_particles)
        tail = _tail_mention(mentions, described, end) if described == start > ent.end else None
        end = mentions[tail].end if tail is not None else end  # "Sinn Féin's Tom Mac" + the model's "Giolla Ure"
        if described > start and not _described_person(doc, start, described, end):
            continue
        if start == ent.end and _a_bodys_name(doc, ent, end, lexicon):
            continue
        if end - described >= 2 and not _names_a_body(doc[described:end], lexicon) and not any(
                (described <= m.start < end or m.start < described < m.end) and m.start != tail for m in mentions.values()):
            kept = _keep(mentions, doc[described:end], lexicon)
            if kept is not None and tail is not None and tail != kept.start:
                del mentions[tail]


def _tail_mention(mentions: dict[int, Mention], start: int, end: int) -> int | None:
    """The mention a run [start, end) runs into, which starts inside the run and goes on past it: the model's reading of
    a long name's last words ("Giolla Ure" of "Tom Mac Giolla Ure")."""
    return next((m.start for m in mentions.values() if start < m.start < end <= m.end and m.end - start <= 5), None)


def _a_bodys_name(doc: Doc, party: Span, end: int, lexicon: Lexicon) -> bool:
    """"the Green Kelby Review Board", "Labour Hale Court judges": a run after a party word that ends in a body's noun
    names a body of the party, and one the model read as an organisation that qualifies a plural noun ("Fenby Bridge
    tolls") a thing; "the Tory Ann Roe" and "Tory Ann Roe supporters" still name a person."""
    run = doc[party.end : end]
    if not len(run):
        return False
    qualifier = end < len(doc) and doc[end].tag_ == "NNS" and doc[end].is_lower and doc[end - 1].dep_ == "compound" \
        and any(t.ent_type_ not in ("", "PERSON") for t in run)
    return run[-1].lower_ in lexicon.body_nouns or _names_a_body(run, lexicon) or qualifier


def _names_a_body(span: Span, lexicon: Lexicon) -> bool:
    """"Kelby Council", "Fenby Branch": a run ending in a place or party-organisation noun names a body, which
    stands, wins and is listed where a person would."""
    return span[-1].lower_ in lexicon.place_nouns or span[-1].lower_ in lexicon.party_organisation_words


def _described_person(doc: Doc, start: int, name: int, end: int) -> bool:
    """After a description ("the Conservatives' flagship Kelby Council") the run is a person only if the model read
    it as one or left it unlabelled, or the description says what a person became ("teacher-turned-campaigner")."""
    return all(t.ent_type_ in ("", "PERSON") for t in doc[name:end]) or any(t.lower_ == "turned" for t in doc[start:name])


def _after_description(doc: Doc, start: int) -> int:
    """Where a name starts after a party's possessive and what it calls the person, in lower case ("the UFP's
    teacher-turned-campaigner Sunita Hale"): past up to five words and hyphens ending in a noun, else at `start`."""
    k = start
    while k < len(doc) and k - start < 5 and (doc[k].text == "-" or (
            doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ", "VERB"))):
        k += 1
    return k if k > start and doc[k - 1].pos_ == "NOUN" else start


def _names_after_office_words(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """"the Independent TD Séamus Corcoran": an office word used as a title vouches for the name the model missed.
    News copy often writes the title in lower case ("Fenby representative Ann Roe"): then the grammar must make
    it the name's modifier, and the name end where the clause goes on."""
    for token in doc[:-2]:
        if token.lower_ not in heads or token.i + 1 in mentions:
            continue
        end = _name_run(doc, token.i + 1, heads)
        if not (token.is_title or token.is_upper) and not (
                token.is_lower and token.head.i in range(token.i + 1, end) and _name_ends_at(doc, end)
                and not _names_a_body(doc[token.i + 1 : end], lexicon)):
            continue
        if end - token.i >= 3 and not any(token.i < m.end and m.start < end for m in mentions.values()):
            _keep(mentions, doc[token.i + 1 : end], lexicon)


def _lone_surnames(doc: Doc, mentions: dict[int, Mention], lexicon: Lexicon) -> None:
    """"Brenner defeated ...": a surname alone, which the model did not see as a name, of someone named in full;
    later references are how news copy names its people."""
    surnames = {surname(m.name, lexicon) for m in mentions.values() if len(m.name.split()) >= 2}
    surnames |= {m.name.split()[0] for m in mentions.values()
                 if len(m.name.split()) == 2 and _GIVEN_NAME_LAST.match(m.name.split()[1])}  # "Park" of "Park Ji-hoon"
    surnames |= {s.replace("’", "'") for s in surnames} | {s.replace("'", "’") for s in surnames}  # "O'Dwyer" of "Ann O’Dwyer"
    taken = {i for m in mentions.values() for i in range(m.start, m.end)}
    for token in doc:
        if token.text in surnames and token.i not in taken and token.pos_ == "PROPN" and token.lower_ not in lexicon.compass_words \
                and token.ent_type_ not in ("DATE", "TIME", "PARTY", "CARDINAL") \
                and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and _capitalised(doc[token.i + 1])) \
                and not (token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and _capitalised(doc[token.i - 1])):
            mentions[token.i] = Mention(token.i, token.i + 1, token.text, False)
    _hyphenated_surnames(doc, mentions, {s for s in surnames if "-" in s}, taken)


def _hyphenated_surnames(doc: Doc, mentions: dict[int, Mention], surnames: set[str], taken: set[int]) -> None:
    """"Later, Roe-Ure said": a hyphenated surname alone, three tokens to the model, of someone named in full."""
    for token in doc[:-2]:
        end = token.i + 3
        if not surnames or not _joined_by_hyphen(doc, token.i + 1) or doc[token.i : end].text not in surnames \
                or any(i in taken or i in mentions for i in range(token.i, end)) \
                or (end < len(doc) and doc[end].pos_ == "PROPN" and _capitalised(doc[end])) \
                or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and _capitalised(doc[token.i - 1])):
            continue
        mentions[token.i] = Mention(token.i, end, doc[token.i : end].text, False)


def _list_or_party_word(token: Token) -> bool:
    """What the model calls a name it does not know, listed among people: a group or a building too ("Kenta Morioka" FAC)."""
    return token.ent_type_ in _NAME_LIKE or token.ent_type_ in ("NORP", "FAC")


def party_named_after(doc: Doc, end: int, preps: Container[str] = ("of",), determiners: Container[str] = ("the",),
                      described: int = 0) -> int | None:
    """Where the party a preposition right after a name (ending at `end`) names begins: "Tom Ure of the UFP", "Kay Dunn
    of Fine Gael" (what a party has "of" it is its candidate or member), "Ann Roe for the SNP" (`preps`); a determiner
    is skipped unless it is the party's own ("of The Left"), and so are up to `described` lower-case words of
    description ("of the small Fenby Union"). The one reading of "<name> of (the) <party>" for the mention finders
    here and the candidates' rules."""
    if end + 1 >= len(doc) or doc[end].lower_ not in preps:
        return None
    k = end + 1 + (doc[end + 1].lower_ in determiners and doc[end + 1].ent_type_ != "PARTY")
    start = k
    while k < min(start + described, len(doc)) and doc[k].is_lower and doc[k].is_alpha and doc[k].ent_type_ != "PARTY":
        k += 1
    return k if k < len(doc) and doc[k].ent_type_ == "PARTY" and doc[k].ent_iob_ == "B" else None


def _names_in_lists(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """Names the model missed among people: listed with a person ("Dara Quill, Orla Kestrel and Ben Tolland",
    "rookies Kenta Morioka and Aya Ishida") or said to be a party's ("and Tom Ure of the UFP who got ...")."""
    taken = {i for m in mentions.values() for i in range(m.start, m.end)}
    for token in doc[:-1]:
        before = doc[token.i - 1] if token.i else None
        if token.i in taken or not (token.pos_ == "PROPN" and _capitalised(token)) or before is not None and (
                before.lower_ in _DETERMINERS or (before.pos_ == "PROPN" and _capitalised(before))):
            continue  # "the Fenby Branch of the Labour Party": a name takes no article
        end = _name_run(doc, token.i, heads, _list_or_party_word, lexicon.name_particles)
        if end - token.i < 2 or any(i in taken for i in range(token.i, end)) or (
                end < len(doc) and doc[end].pos_ == "PROPN" and _capitalised(doc[end])):
            continue
        root = doc[end - 1]
        listed = (root.dep_ == "conj" and root.head.i in taken) or any(
            c.dep_ == "conj" and c.i in taken for c in root.children)
        if (listed or party_named_after(doc, end) is not None) and not _names_a_body(doc[token.i : end], lexicon):
            mention = _keep(mentions, doc[token.i : end], lexicon)
            if mention:
                taken.update(range(mention.start, mention.end))


_OPEN_QUOTES = {'"', "“", "‘", "'"}
_CLOSE_QUOTES = {'"', "”", "’", "'"}


def _nicknames_within(doc: Doc, mentions: dict[int, Mention]) -> None:
    """"Anselmo Ruiz “Beto” Hale": a nickname quoted inside a name splits it in two for the model; the name
    is the words around it, without the nickname."""
    by_end = {m.end: m for m in mentions.values()}
    for token in doc[1:-3]:
        first = by_end.get(token.i)
        nick, close, last = doc[token.i + 1], doc[token.i + 2], doc[token.i + 3]
        if first is None or token.text not in _OPEN_QUOTES or close.text not in _CLOSE_QUOTES \
                or not (_capitalised(nick) and _capitalised(last) and last.pos_ == "PROPN"):
            continue
        end = mentions[last.i].end if last.i in mentions else _name_run(doc, last.i, set(), lambda t: True)
        words = [*first.name.split(), *doc[last.i : end].text.split()]
        if len(words) > 5 or not doc[token.i - 1].whitespace_ or close.whitespace_ == "":
            continue
        mentions.pop(last.i, None)
        mentions[first.start] = Mention(first.start, end, " ".join(words), first.titled)


_LINE_OPENERS = {"-", "–", "—", ":", "•"}


def _names_tagged_with_parties(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """A line of a list or a result table that opens with a name and gives its party ("Tom Ure - Labour - 8,589",
    "Ann Roe (Green) 352 votes", "Economy – Ann Roe, Sinn Féin"): the model, reading one line, often misses the name."""
    taken = {i for m in mentions.values() for i in range(m.start, m.end)}
    parties = [e.start for e in doc.ents if e.label_ == "PARTY"]
    parties += [t.i for t in doc if t.text == "Independent" and not t.ent_type_]  # "Tom Ure - Independent - 250"
    for at in sorted(parties):
        if at < 3:
            continue
        mark = doc[at - 1]
        if not (mark.text in ("(", ",") or (mark.text in ("-", "–", "—") and mark.whitespace_)):
            continue
        end = at - 1
        start = end
        while start > 0 and end - start < 3 and _unlabelled_or_misread(doc[start - 1], heads):
            start -= 1
        opens = start == doc[start].sent.start or doc[start - 1].text in _LINE_OPENERS
        if end - start >= 2 and opens and not any(i in taken for i in range(start, end)) \
                and not _names_a_body(doc[start:end], lexicon):
            mention = _keep(mentions, doc[start:end], lexicon)
            if mention:
                taken.update(range(mention.start, mention.end))


def _unlabelled_or_misread(token: Token, heads: set[str]) -> bool:
    return token.pos_ == "PROPN" and _capitalised(token) and token.ent_type_ in _NAME_LIKE and token.lower_ not in heads


def _places_before_names(doc: Doc, heads: set[str], mentions: dict[int, Mention]) -> None:
    """"the former mayor of Fenby Vale Tom Ure": the place of an office, run into the name of its holder
    whom the article names in full elsewhere, is no part of that name."""
    named = {name_key(m.name) for m in mentions.values() if len(m.name.split()) >= 2}
    for start, mention in list(mentions.items()):
        k = start  # "mayor of Fenby Town Ann Roe": the model may have left part of the place out of the name
        while k > 0 and start - k < 3 and doc[k - 1].pos_ == "PROPN" and _capitalised(doc[k - 1]):
            k -= 1
        if k < 2 or doc[k - 1].lower_ not in ("of", "for") or doc[k - 2].lower_ not in heads:
            continue
        cut = next((k for k in range(start + 1, mention.end - 1) if name_key(doc[k : mention.end].text) in named), None)
        if cut is not None:
            del mentions[start]
            mentions[cut] = Mention(cut, mention.end, " ".join(doc[cut : mention.end].text.split()), mention.titled)


def _forename_word(token: Token, lexicon: Lexicon, heads: set[str]) -> bool:
    """A word that can open a full name the model missed: capitalised, unlabelled or misread as an organisation,
    and no title, office, party or place."""
    return token.pos_ == "PROPN" and _capitalised(token) and token.ent_type_ in ("", "PERSON", "ORG") \
        and token.lower_ not in heads and not _honorific(token.text, lexicon) and token.text not in lexicon.peerage_titles \
        and not _title_word(token, lexicon, heads) and token.lower_ not in lexicon.name_titles \
        and token.lower_ not in lexicon.political_context and not lexicon.party_of(token.text)


def _speakers_alone(doc: Doc, lexicon: Lexicon) -> list[int]:
    """"Later, Roe said": a capitalised word alone as the subject of a verb of saying, whatever the model labelled it
    (a name it does not know is often an organisation to it): a surname, if the article names someone in full with it."""
    bodies = lexicon.place_nouns | lexicon.party_organisation_words | lexicon.body_nouns  # "Fenby Council ... Council said"
    return [t.i for t in doc if t.dep_ == "nsubj" and t.head.lemma_ in lexicon.speech_verbs and t.pos_ == "PROPN"
            and _capitalised(t) and t.ent_type_ in ("", "PERSON", "ORG", "GPE") and t.lower_ not in bodies
            and not any(c.dep_ in ("compound", "det") for c in t.children)
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and _capitalised(doc[t.i + 1]))]


def _full_names_of_surnames(doc: Doc, lexicon: Lexicon, heads: set[str], mentions: dict[int, Mention]) -> None:
    """"the Ann Roe Liberals ... Roe said": a forename and surname the model left unlabelled (or ran into a party's
    name) name a person when the article goes on to use that surname alone for one, as news copy names someone in
    full before it shortens the name; the short mentions then resolve to the full name."""
    alone: dict[str, int] = {}  # surname -> where the article last uses it alone
    for m in mentions.values():
        if m.end - m.start == 1:
            alone[m.name] = max(alone.get(m.name, 0), m.start)
    for i in _speakers_alone(doc, lexicon):
        alone[doc[i].text] = max(alone.get(doc[i].text, 0), i)
    for m in mentions.values():
        if len(m.name.split()) >= 2:
            alone.pop(surname(m.name, lexicon), None)
    taken = {i: m for m in mentions.values() for i in range(m.start, m.end)}
    for token in doc[1:]:
        first = doc[token.i - 1]
        if alone.get(token.text, -1) <= token.i or first.i in taken or first.sent.start != token.sent.start \
                or (token.i in taken and taken[token.i].end - taken[token.i].start > 1) \
                or not _forename_word(first, lexicon, heads):
            continue
        first = _middle_name_start(doc, first, lexicon, heads, taken)
        if first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and _capitalised(doc[first.i - 1]):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and _capitalised(after) and after.ent_type_ != "PARTY":
            continue  # a longer run is some other name ("Ann Roe Centre")
        mention = _clean(doc[first.i : token.i + 1], lexicon)
        if mention and mention.start == first.i:
            mentions.pop(token.i, None)
            mentions[mention.start] = mention
            taken.update({i: mention for i in range(mention.start, mention.end)})


def _middle_name_start(doc: Doc, first: Token, lexicon: Lexicon, heads: set[str], taken: Container[int]) -> Token:
    """"Ann Kay Roe ... Roe said": a second forename before the first opens the name (a forename and a middle name, as
    many countries name people), when it too could open one and is in the same sentence."""
    before = doc[first.i - 1] if first.i > first.sent.start else None
    if before is not None and before.i not in taken and _forename_word(before, lexicon, heads):
        return before
    return first


@rule("mentions.named-people", "mentions")
def find_mentions(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    """PERSON entities, plus "Mr X"-style names the model missed."""
    mentions: dict[int, Mention] = {}
    heads = {h for h in lexicon.role_heads if " " not in h}
    # each finder sees what the earlier ones found: a name is not found twice, and later finders defer to earlier ones
    _person_entities(doc, lexicon, heads, mentions)
    _names_after_honorifics(doc, lexicon, mentions)
    _names_after_parties(doc, lexicon, heads, mentions)
    _names_after_office_words(doc, lexicon, heads, mentions)
    _names_by_position(doc, lexicon, heads, mentions)
    _names_before_clauses(doc, lexicon, heads, mentions)
    _names_of_holders(doc, lexicon, heads, mentions)
    _names_in_lists(doc, lexicon, heads, mentions)
    _names_tagged_with_parties(doc, lexicon, heads, mentions)
    _nicknames_within(doc, mentions)
    _places_before_names(doc, heads, mentions)
    _full_names_of_surnames(doc, lexicon, heads, mentions)
    _lone_surnames(doc, mentions, lexicon)
    return sorted(mentions.values(), key=lambda m: m.start)


def add_mention(doc: Doc, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """A name found by a pattern (a title followed by capitalised words) that NER did not label."""
    return _clean(doc[start:end], lexicon)


def _same_people(names: list[str], common: set[str], lexicon: Lexicon, loose: frozenset[str] = frozenset()) -> dict[str, str]:
    """Full names that are one person: "Housing Eoghan Dunleavy" (a headline's title run into the name) is
    "Eoghan Dunleavy"; "Jess Tull" is "Jessica Tull" (a forename that starts the other). Maps to the plainer
    name: the shorter of the two, or the one with the longer forename. A name the article also gives with more
    forenames before it ("Ibrahim Danladi", "Musa Ibrahim Danladi") maps to that fuller one, if only one and if
    those words are nowhere in the article but in names (`loose`: the words outside them, a place's among them)."""
    same: dict[str, str] = {}
    fuller: dict[str, set[str]] = defaultdict(set)
    for a in sorted(set(names)):
        for b in sorted(set(names)):
            wa, wb = a.split(), b.split()
            if a == b or surname(a, lexicon) != surname(b, lexicon):
                continue
            # a ends with the whole of b, and what a adds is an ordinary word ("housing" elsewhere in lower case)
            ends_with_b = len(wa) > len(wb) and wa[-len(wb):] == wb
            suffix = ends_with_b and all(w.lower() in common for w in wa[:-len(wb)])
            nickname = len(wa) == len(wb) == 2 and len(wa[0]) < len(wb[0]) and len(wa[0]) >= 3 \
                and wb[0].startswith(wa[0])  # "Jess" -> "Jessica"
            if suffix or nickname:
                same[a] = b
            elif ends_with_b and len(wb) >= 2 and all(w[:1].isupper() and w not in loose for w in wa[:-len(wb)]):
                fuller[b].add(a)  # "Ibrahim Danladi" of "Musa Ibrahim Danladi": a forename given once
    for b, longer in fuller.items():
        targets = {same.get(a, a) for a in longer}
        if len(targets) == 1 and b not in same and b not in targets:
            same[b] = targets.pop()
    return {a: same.get(b, b) for a, b in same.items()}  # "Ibrahim Danladi" -> "Housing Musa ..." -> "Musa ..."


def _full_names(mentions: list[Mention], lexicon: Lexicon) -> dict[str, str]:
    """Each full name's folded key -> its longest spelling: the article's fullest form is the one to keep."""
    full: dict[str, str] = {}
    for mention in mentions:
        words = mention.name.split()
        if len(words) >= 2 and words[0] not in lexicon.peerage_titles:  # "Lord Callaghan" is a title and a surname
            key = name_key(mention.name)
            if len(mention.name) > len(full.get(key, "")):
                full[key] = mention.name
    return full


def _canonical_names(doc: Doc, full: dict[str, str], lexicon: Lexicon, mentions: list[Mention] | None = None) -> dict[str, str]:
    """Each full name's key -> the one name for that person, so that variants of one name count as one person
    when a short mention is matched against them."""
    # "Parmjit Gill" is "Parmjit Singh Gill": same first and last name, the longer one wins.
    longest: dict[str, str] = {}
    for key, name in full.items():
        words = key.split()
        edge = " ".join((words[0], surname(key, lexicon)))
        if len(name) > len(longest.get(edge, "")):
            longest[edge] = name
    canonical: dict[str, str] = {}
    for key in full:
        words = key.split()
        pair = f"{words[0]} {surname(key, lexicon)}"
        if pair.endswith("s") and pair[:-1] in longest:  # "Jo Platts first speech": a possessive without its apostrophe
            pair = pair[:-1]
        canonical[key] = longest[pair]
    inside = _words_of_innermost_names(mentions or [])
    loose = frozenset(t.text for t in doc if t.i not in inside)
    same = _same_people(list(canonical.values()), {t.text for t in doc if t.is_lower}, lexicon, loose)
    named = {key: same.get(name, name) for key, name in canonical.items()}
    first: dict[str, int] = {}
    for mention in sorted(mentions or [], key=lambda m: -m.start):
        if name_key(mention.name) in named:
            first[named[name_key(mention.name)]] = mention.start
    cut = _cut_short(set(named.values()), loose | {t.text for t in doc if t.ent_type_ in _PLACE_LABELS}, lexicon, first)
    return {key: cut.get(name, name) for key, name in named.items()}


def _cut_short(names: set[str], loose: frozenset[str], lexicon: Lexicon, first: dict[str, int] | None = None) -> dict[str, str]:
    """"Ana Ortega" of "Ana Luisa Ortega Ruiz", "Tom Ure" of "Tom Ure Abdul Kelby": a name of two or more words that
    the article also gives with more words after it, four or more in all (Malay, Pakistani, Spanish names; a third
    word after two is as often a place or a body run into the name), is that fuller name cut short (a second surname or a family name
    dropped, as news copy does after the first mention), if one fuller name alone so begins and the words it adds are
    a name's only (capitalised, nowhere in the article outside names, no generational suffix: "Tom Ure Jr." is
    another man), and the article names the fuller one first (`first`: where each name is first given)."""
    suffixes = lexicon.name_suffixes
    out: dict[str, str] = {}
    for short in names:
        words = short.split()
        if len(words) < 2:
            continue
        longer = {b for b in names if len(b.split()) > max(len(words), 3) and b.split()[: len(words)] == words and all(
            w[:1].isupper() and w not in loose and w not in suffixes for w in b.split()[len(words):])}
        fuller = longer.pop() if len(longer) == 1 else None
        if fuller is not None and (first is None or first.get(fuller, 0) < first.get(short, 0)):
            out[short] = fuller
    return out


def _words_of_innermost_names(mentions: list[Mention]) -> set[int]:
    """The tokens of the mentions that hold no other mention: where two readings of a name overlap ("Town Ann Roe"
    over the model's "Ann Roe"), the words only the longer one holds are loose words, not a name's."""
    spans = {(m.start, m.end) for m in mentions}
    ends: dict[int, list[int]] = defaultdict(list)  # start -> the ends of the mentions starting there
    for a, b in spans:
        ends[a].append(b)

    def holds_another(a: int, b: int) -> bool:
        return any(d <= b and (c, d) != (a, b) for c in range(a, b) for d in ends.get(c, ()))

    return {i for a, b in spans if not holds_another(a, b) for i in range(a, b)}


#: a romanised Korean given name ("Ji-hoon", "Min-jun"): the name's first word is then the family name
_GIVEN_NAME_LAST = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _inner_surnames(full: dict[str, str]) -> dict[str, set[str]]:
    """A word inside a name of three words or more -> the people so named: "Roe" of "Ann Kay Roe Ure", the first of
    two surnames (Spanish, Portuguese names), which news copy uses alone after the full name ("Roe said")."""
    inner: dict[str, set[str]] = defaultdict(set)
    for key, canonical in full.items():
        words = key.split()
        for word in words[1:-1] if len(words) >= 3 else ():
            if word[:1].isalpha():
                inner[word].add(canonical)
    return inner


def _name_index(full: dict[str, str], lexicon: Lexicon) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Surname -> people and forename -> people: a short name resolves only if it fits exactly one. A name
    written family name first ("Park Ji-hoon") is indexed under its family name too: a later "Park" is he."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_forename: dict[str, set[str]] = defaultdict(set)
    for key, canonical in full.items():
        words = key.split()
        last = surname(key, lexicon)
        by_surname[last].add(canonical)
        by_forename[words[0]].add(canonical)
        if "-" in last:  # "Roe" for Ann Roe-Ure
            by_surname[last.split("-")[0]].add(canonical)
        written = canonical.split()
        if len(written) == 2 and _GIVEN_NAME_LAST.match(written[1]):
            by_surname[name_key(written[0])].add(canonical)
    return by_surname, by_forename


def _one(people: set[str], earlier: Callable[[set[str]], set[str]]) -> str | None:
    """The one person a short name fits, or, of several, the one the article has named in full before it (news
    copy names someone in full before it shortens the name), or of those the one named just before."""
    fits = people if len(people) == 1 else earlier(people)
    return next(iter(fits)) if len(fits) == 1 else None


def _referent(mention: Mention, full: dict[str, str], index: tuple[dict[str, set[str]], dict[str, set[str]]],
              earlier: Callable[[set[str]], set[str]], lexicon: Lexicon) -> tuple[str, str]:
    """Who a mention names, and why: a careful reader's order, trusting a peer's title and a full name before a
    bare surname, then a bare forename (an untitled one only, "Mr Gordon" is no forename), and last a word inside a
    longer name (a first surname) that ends and opens no full name: a word that is also another person's forename
    ("Lee" of "Tom Lee Ure" and "Lee Hale") is as likely that other person's, so it is no one's by this reading."""
    by_surname, by_forename = index
    key = name_key(mention.name)
    words = key.split()
    peerage = {w.lower() for w in lexicon.peerage_titles}
    if words and words[0] in peerage and len(words) == 2 and len(by_surname.get(words[-1], ())) == 1:
        return next(iter(by_surname[words[-1]])), "peer's title and surname match one full name"
    if key in full:
        return full[key], "full name"
    one = _one(by_surname.get(words[-1], set()), earlier) if words else None
    if one is not None:
        return one, "surname matches one full name"
    one = _one(by_forename.get(words[0], set()), earlier) if len(words) == 1 and not mention.titled else None
    if one is not None:
        return one, "forename matches one full name"
    alone = len(words) == 1 and not by_surname.get(words[0]) and not by_forename.get(words[0])
    one = _one(_inner_surnames(full).get(words[0], set()), earlier) if alone else None
    if one is not None:
        return one, "first surname matches one full name"
    return mention.name, "unresolved short name"


#: words that may stand between a parent word and the parent's name: "his father, the late sitting MLA Tom Ure"
_NOT_BETWEEN_PARENT_AND_NAME = frozenset({"ADP", "CCONJ", "SCONJ", "AUX", "PRON"})


def _parent_named_after(doc: Doc, word: Token, starts: dict[int, Mention]) -> Mention | None:
    """The name a parent word is followed by ("his father Tom Ure", "her mother, sitting MLA Ann Ure"): within four
    words, with no preposition, conjunction, auxiliary or pronoun between (no "his father's friend Tom Ure")."""
    if word.i + 1 < len(doc) and doc[word.i + 1].text in ("'s", "’s"):
        return None
    for k in range(word.i + 1, min(word.i + 5, word.sent.end)):
        if k in starts:
            return starts[k]
        if doc[k].pos_ in _NOT_BETWEEN_PARENT_AND_NAME:
            return None
    return None


def _parent_named_before(doc: Doc, word: Token, ends: dict[int, Mention]) -> Mention | None:
    """The name set off before "Jo Ure's father": "Tom Ure, Jo Ure's father" is Tom Ure."""
    child = ends.get(word.i - 1) if word.i >= 2 and doc[word.i - 1].text in ("'s", "’s") else None
    if child is None or child.start < 2 or doc[child.start - 1].text != ",":
        return None
    return ends.get(child.start - 1)


def _parents(doc: Doc, mentions: list[Mention], full: dict[str, str], lexicon: Lexicon) -> set[str]:
    """The people the article names as someone's father or mother, by their full names: who "the elder Ure" is."""
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    named = (_parent_named_after(doc, t, starts) or _parent_named_before(doc, t, ends) for t in doc if t.lower_ in lexicon.parent_words)
    return {full[name_key(m.name)] for m in named if m is not None and name_key(m.name) in full}


def _generation(doc: Doc, mention: Mention, namesakes: set[str], parents: set[str], lexicon: Lexicon) -> str | None:
    """"the elder Ure" where the article names Tom Ure and his son Jo Ure: a surname two people share, after a word
    of age, is the one the article names a parent ("his father, Tom Ure"), or for "the younger Ure" the other one;
    a bare surname would go to whichever was named last, as likely the son."""
    if len(mention.name.split()) != 1 or mention.start < 1 or len(namesakes) < 2:
        return None
    word = doc[mention.start - 1].lower_
    elder = namesakes & parents
    fits = elder if word in lexicon.elder_words else namesakes - elder if elder and word in lexicon.younger_words else set()
    return next(iter(fits)) if len(fits) == 1 else None


@rule("people.resolve", "people")
def resolve(doc: Doc, mentions: list[Mention], lexicon: Lexicon | None = None) -> tuple[dict[Mention, str], list[Merge]]:
    """Map each mention to the fullest name it unambiguously refers to in this article, by the article's lexicon
    (the shipped one only for a caller outside the pipeline)."""
    lexicon = lexicon or load_lexicon()
    full = _canonical_names(doc, _full_names(mentions, lexicon), lexicon, mentions)
    index = _name_index(full, lexicon)
    parents = _parents(doc, mentions, full, lexicon)
    named: dict[str, list[int]] = defaultdict(list)  # where each person is named in full
    for mention in mentions:
        person = full.get(name_key(mention.name))
        if person is not None and len(mention.name.split()) >= 2:
            named[person].append(mention.start)
    subjects = {m.start for m in mentions if doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")}
    resolved: dict[Mention, str] = {}
    merges: list[Merge] = []
    for mention in mentions:
        def earlier(people: set[str], at: int = mention.start) -> set[str]:
            """Those named in full before; of several, the likeliest (see _likeliest)."""
            before = {p for p in people if named[p] and named[p][0] < at}
            return _likeliest(doc, before, named, subjects, at) if len(before) > 1 else before

        entity, why = _referent(mention, full, index, earlier, lexicon)
        elder = _generation(doc, mention, index[0].get(name_key(mention.name), set()), parents, lexicon)
        if elder is not None:
            entity, why = elder, "'the elder' of a surname a parent and a child share is the parent"
        if entity != mention.name and _another_head(doc, mention, entity, lexicon):
            entity, why = mention.name, "unresolved short name"
        resolved[mention] = entity
        if entity != mention.name or why == "unresolved short name":
            merges.append(Merge(mention.name, entity, why, evidence_for(doc[mention.start : mention.end])))
    return resolved, merges


def _head_title_before(doc: Doc, start: int) -> str | None:
    """The office of a head of state's or government's title right before `start` ("President", "former prime
    minister"), by the office-holder gazetteer's titles, whatever their case."""
    titles = {fold(t): office for t, (office, _) in gazetteer().titles.items()}
    for n in (1, 2):
        if start >= n and fold(doc[start - n : start].text) in titles:
            return titles[fold(doc[start - n : start].text)]
    return None


def _another_head(doc: Doc, mention: Mention, person: str, lexicon: Lexicon) -> bool:
    """"President Roe" in an article that names only Kit Roe in full: when a head of that office had the surname
    and the person named in full was none of them, the title names the office's holder (kg.extract.government
    completes the name), not the relative or namesake the article is about."""
    office = _head_title_before(doc, mention.start) if len(mention.name.split()) == 1 else None
    if office is None:
        return False
    held = any(t.office == office and surname(t.person, lexicon) == mention.name for t in gazetteer().terms)
    return held and not gazetteer().terms_of(person)


def _likeliest(doc: Doc, before: set[str], named: dict[str, list[int]], subjects: set[int], at: int) -> set[str]:
    """Of several people a short name at `at` fits, the one named in full in this sentence or the one before if
    that naming was the subject of its sentence, or the short name is qualified ("the elder Ure"); else the one
    the article names most; else all of them (unresolved). A relative named once as an object ("her husband,
    Tom Roe") takes no later bare "Roe": news copy keeps the bare surname for the person it is about."""
    floor = _sentences_back(doc, doc[at], 1)
    lately = {p for p in before if any(floor <= i < at for i in named[p])}
    qualified = at > 0 and doc[at - 1].dep_ == "amod" and doc[at - 1].is_lower
    if len(lately) == 1 and (qualified or any(floor <= i < at and i in subjects for i in named[next(iter(lately))])):
        return lately
    most = max(len(named[p]) for p in before)
    named_most = {p for p in before if len(named[p]) == most}
    return named_most if len(named_most) == 1 else before


@rule("people.spouse-surname", "people")
def spouses(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon) -> dict[Mention, str]:
    """"his future wife Glenys", "her son Tom": a forename alone after a spouse's, child's or sibling's word takes the
    family name of the one whose relative it is (the possessive's person, or the antecedent of "his"/"her")."""
    out = dict(resolved)
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    used = frozenset(m.name for m in mentions)
    for mention in mentions:
        name = resolved.get(mention, mention.name)
        k = mention.start - 1
        if len(name.split()) != 1 or k < 1 or (doc[k].lower_ not in lexicon.spouses and doc[k].lower_ not in lexicon.kin_words):
            continue
        while k > 0 and doc[k - 1].pos_ == "ADJ":  # "his future wife"
            k -= 1
        owner_token = doc[k - 1]
        owner: Mention | None = None
        if owner_token.lower_ in ("his", "her"):
            owner = antecedent(doc, owner_token, mentions, resolved, lexicon)
        elif owner_token.text in ("'s", "’s") and k - 2 in by_token:
            owner = by_token[k - 2]
        full = resolved.get(owner, owner.name) if owner is not None else ""
        if len(full.split()) >= 2:
            out[mention] = f"{name} {family_name(full, lexicon, used)}"
    return out


def family_name(name: str, lexicon: Lexicon, used: frozenset[str] = frozenset()) -> str:
    """The surname with the particles before it ("van der Berg" of "Jo van der Berg", "De Roe" of "Ann De Roe"), or
    the longest part of the name the article itself uses alone (`used`: "Lo Roe" of "Ann Lo Roe"): what a relative
    named by forename alone shares."""
    words = name.split()
    tail = next((" ".join(words[k:]) for k in range(1, len(words) - 1) if " ".join(words[k:]) in used), None)
    if tail is not None:
        return tail
    last = surname(name, lexicon)
    end = max(i for i, w in enumerate(words) if w == last)
    start = end
    while start > 1 and words[start - 1].lower() in lexicon.name_particles:
        start -= 1
    return " ".join(words[start : end + 1])


def affiliation_at(doc: Doc, mention: Mention, lexicon: Lexicon) -> str | None:
    """The party stated right at a name: "Labour's Mike Kane", "Democrat Martha Coakley", "Jane Hollis (Lab)",
    "Tom Harlan (R-Ohio)", "Chris Christie, a Republican", "the Liberal Democrats, whose candidate Tom Beddowes"."""
    start, end = mention.start, mention.end
    if start >= 3 and doc[start - 1].text in lexicon.honorifics and doc[start - 2].text in ("'s", "’s", "'", "’"):
        start -= 1  # "Labour's Mr Tom Ure": the possessive's name with its honorific
    start = _past_bracketed_code(doc, start)
    if start >= 2 and doc[start - 1].text in ("'s", "’s", "'", "’") and doc[start - 2].ent_type_ == "PARTY":
        return lexicon.party_of(doc[start - 2].ent_id_ or doc[start - 2].text)
    if start >= 1 and lexicon.party_of(doc[start - 1].text) == "Independent" and doc[start - 1].ent_type_ != "PARTY":
        return "Independent"  # "independent Kerryn Phelps"
    if start >= 1 and doc[start - 1].ent_type_ == "PARTY" and doc[start - 1].text[:1].isupper():
        # "Democrat Martha Coakley", "Tory Neil Hamilton": the party as a title
        return lexicon.party_of(doc[start - 1].ent_id_ or doc[start - 1].text)
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PARTY" \
            and doc[end - 1].dep_ == "appos" and doc[end - 1].head.i == start - 2:  # "The Liberal Democrat, Tim Oduya,"
        return lexicon.party_of(doc[start - 2].ent_id_ or doc[start - 2].text)
    if start >= 4 and doc[start - 2].lower_ == "whose" and doc[start - 1].lower_ in ("candidate", "nominee", "leader") \
            and doc[start - 3].text == "," and doc[start - 4].ent_type_ == "PARTY":
        return lexicon.party_of(doc[start - 4].ent_id_ or doc[start - 4].text)
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an") and doc[end + 2].ent_type_ == "PARTY":
        return lexicon.party_of(doc[end + 2].ent_id_ or doc[end + 2].text)  # "Chris Christie, a Republican with ..."
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "an" and doc[end + 2].text == "Independent":
        return "Independent"  # "Tom Ure, an Independent from Fenby"
    return _party_code_after(doc, end, lexicon)


def _past_bracketed_code(doc: Doc, start: int) -> int:
    """"the Fenby Party's (FP) Ann Roe": where the name's possessive ends, past the party's short name in brackets
    after it; `start` itself where no such brackets come right before the name."""
    if start >= 4 and doc[start - 1].text == ")" and doc[start - 3].text == "(" and doc[start - 4].text in ("'s", "’s", "'", "’"):
        return start - 3
    return start


def _party_code_after(doc: Doc, end: int, lexicon: Lexicon) -> str | None:
    """A party code right after a name: "Tom Harlan (R-Ohio)", "Ann Roe's (D) 49%", "Sen. Tom Harlan, R-Ohio,"."""
    if end + 1 < len(doc) and doc[end].text in ("'s", "’s") and doc[end + 1].text == "(":
        end += 1  # "Kelly Roe's (R) 49 per cent"
    if end + 2 < len(doc) and doc[end].text == "(":
        inside = doc[end + 1]
        code = inside.text.split("-")[0]
        if inside.ent_type_ == "PARTY":
            return lexicon.party_of(inside.ent_id_ or inside.text)
        if code in lexicon.bracket_abbreviations and doc[end + 2].text in (")", "-", ","):
            return lexicon.bracket_abbreviations[code]
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].text in lexicon.bracket_abbreviations \
            and doc[end + 2].text == "-" and doc[end + 3].is_title:  # "Sen. Tom Harlan, R-Ohio, said"
        return lexicon.bracket_abbreviations[doc[end + 1].text]
    return None


def affiliations(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon) -> dict[str, str]:
    """Each person's party as first stated at their name (see affiliation_at)."""
    found: dict[str, str] = {}
    for mention in mentions:
        person = resolved.get(mention, mention.name)
        party = affiliation_at(doc, mention, lexicon)
        if party and person not in found:
            found[person] = party
    return found


def speaker(pronoun: Token, mentions: list[Mention], lexicon: Lexicon) -> Mention | None:
    """Who "I" is, inside a quotation: the named subject of the verb of saying it hangs from
    ("Charles Kennedy said: 'When I was first elected ...'")."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for node in pronoun.ancestors:
        if node.lemma_ in lexicon.speech_verbs:
            return next((by_token[c.i] for c in node.children if c.dep_ == "nsubj" and c.i in by_token), None)
    return None


def _sentences_back(doc: Doc, token: Token, count: int = 3) -> int:
    """Where the sentence `count` before `token`'s starts: how far back news copy's "he" or "the MP" can reach."""
    floor = token.sent.start
    for _ in range(count):
        floor = doc[floor - 1].sent.start if floor > 0 else 0
    return floor


def antecedent(doc: Doc, pronoun: Token, mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon) -> Mention | None:
    """Who "he"/"she" is. News copy keeps returning to its subject, so: the article's main person if named
    in the three sentences before; else the last person named there as a subject; else, in a profile
    dominated by one person, that person."""
    if pronoun.lower_ == "i":
        return speaker(pronoun, mentions, lexicon)
    floor = _sentences_back(doc, pronoun)

    def name(m: Mention) -> str:
        return resolved.get(m, m.name)

    genders = _genders(doc, mentions, resolved, lexicon)
    clash = "f" if pronoun.lower_ in ("he", "his", "him") else "m"  # "she" never refers to a Mr, nor "he" to a Ms
    mentions = [m for m in mentions if genders.get(name(m)) != clash]
    candidates = [m for m in mentions if floor <= m.start < pronoun.i and len(name(m).split()) >= 2]
    topic = main_person(doc, mentions, resolved)
    main = [m for m in candidates if name(m) == topic]
    if main:
        return main[-1]
    subjects = [m for m in candidates if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[-1]
    earlier = [m for m in mentions if name(m) == topic and m.start < pronoun.i]
    counts = Counter(name(m) for m in mentions).most_common(2)
    dominant = bool(counts) and counts[0][0] == topic and counts[0][1] >= 3
    if earlier and dominant:
        return earlier[-1]
    recent = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
    close = [m for m in candidates if m.start >= recent]  # otherwise only someone named just before
    return close[-1] if close else None


def _genders(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon) -> dict[str, str]:
    """What the article's own titles say: "Mr Corbyn" is a man, "Ms Troughton" a woman."""
    found: dict[str, str] = {}
    for mention in mentions:
        known = gazetteer().gender(resolved.get(mention, mention.name))
        if known:  # "Tony Blair" is a man, "Julia Gillard" a woman, whatever the article's titles
            found.setdefault(resolved.get(mention, mention.name), known)
        before = doc[mention.start - 1].text if mention.start > 0 else ""
        first = doc[mention.start].text
        for word in (before, first):
            if word in lexicon.male_titles or word in lexicon.female_titles:
                found.setdefault(resolved.get(mention, mention.name), "m" if word in lexicon.male_titles else "f")
    return found


def main_person(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str]) -> str | None:
    """Who the article is about: the person its headline and lead name, if named again later; else the
    person named most often."""
    counts = Counter(resolved.get(m, m.name) for m in mentions)
    if not counts:
        return None
    sents = list(doc.sents)[:3]
    lead_end = sents[-1].end if sents else 0
    lead = [resolved.get(m, m.name) for m in mentions if m.start < lead_end]
    for person in lead:
        if counts[person] >= 2 and len(person.split()) >= 2:
            return person
    return counts.most_common(1)[0][0]


def _named_subject(verb: Token, child: Token, by_token: dict[int, Mention], mentions: list[Mention],
                   resolved: dict[Mention, str] | None, lexicon: Lexicon) -> Mention | None:
    """The person a subject that is not itself a name points to, when the grammar says so outright: a name in
    apposition, the noun a "who" qualifies, or the main clause's subject that an earlier "he" looks ahead to."""
    named = next((by_token[c.i] for c in child.children if c.dep_ == "appos" and c.i in by_token), None)
    if named is not None:  # "The Liberal Democrat, Tim Oduya, was eliminated": the name in apposition
        return named
    if child.lower_ in ("who",) and verb.dep_ == "relcl":
        head = verb.head  # "Ure, the Tory backbencher who challenged ...": through the apposition
        if head.i not in by_token and head.dep_ == "appos":
            head = head.head
        if head.i in by_token:
            return by_token[head.i]
        if head.dep_ == "attr" and head.head.lemma_ == "be" and head.head is not verb:
            # "X is a Labour politician who has been the MP for Y": "who" is the copula's subject, X
            return subject_person(verb.doc, head.head, by_token, mentions, resolved, lexicon)
    if child.lower_ in ("he", "she") and verb.dep_ == "advcl" and verb.head is not verb:
        # "Before he resigned ..., David Blunkett had ...": the pronoun looks ahead to the main subject
        return subject_person(verb.doc, verb.head, by_token, mentions, resolved, lexicon)
    return None


def _described(doc: Doc, child: Token, mentions: list[Mention], resolved: dict[Mention, str]) -> Mention | None:
    """"The 50-year-old MP launched Respect": a definite description is the article's subject, if named lately;
    news copy varies how it names its subject, not whom it is about."""
    topic = main_person(doc, mentions, resolved)
    floor = _sentences_back(doc, child)
    recent = [m for m in mentions if floor <= m.start < child.i and resolved.get(m, m.name) == topic]
    return recent[-1] if recent else None


def _verb_whose_subject_it_shares(verb: Token) -> Token | None:
    """The verb whose subject `verb` shares when it has none of its own: a conjoined or complement verb, a
    participle clause ("Named home secretary in 2001, Mr X ..."), or an infinitive ("He overcame a deficit to defeat X")."""
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return verb.head
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBN", "VBG") and verb.head is not verb:
        # "Named home secretary in 2001, Mr X ...", "After serving as a junior minister, he ..."
        return verb.head if verb.dep_ == "advcl" else verb.head.head
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "He overcame a deficit to defeat X": an infinitive's subject is the nearest clause's
        return next((a for a in verb.ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
    return None


def subject_person(doc: Doc, verb: Token, by_token: dict[int, Mention], mentions: list[Mention],
                   resolved: dict[Mention, str] | None, lexicon: Lexicon) -> Mention | None:
    """The person a verb is about: its subject, through "who" to the noun it qualifies, and "he"/"she"
    to their antecedent (kg.extract.people.antecedent)."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.i in by_token:
            return by_token[child.i]
        named = _named_subject(verb, child, by_token, mentions, resolved, lexicon)
        if named is not None:
            return named
        if child.lower_ in lexicon.description_nouns and child.pos_ in ("NOUN", "PROPN") and any(
                c.lower_ == "the" for c in child.children):
            return _described(doc, child, mentions, resolved or {})
        if child.lower_ in ("he", "she", "i"):
            return antecedent(doc, child, mentions, resolved or {}, lexicon)
    owner = _verb_whose_subject_it_shares(verb)
    return subject_person(doc, owner, by_token, mentions, resolved, lexicon) if owner is not None else None
