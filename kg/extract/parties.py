"""Which party a role is held for, when the phrase itself does not say.

In order: the party stated at the person's name or in another of their titles; a party named in the
role's own sentence that is nobody else's; the party most named around the person; for roles held inside
a party (MP, candidate, councillor...), the article's main party. Each fact records which one applied.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ArticleContext, Found
from kg.extract.government import cue_votes, ministerial, party_countries, world_parties
from kg.extract.lexicon import Lexicon, party_shaped
from kg.extract.model import ElectionFact, RoleFact
from kg.extract.people import (
    Mention,
    affiliation_at,
    affiliations,
    antecedent,
    entities_by_sentence,
    main_person,
    name_key,
    subject_person,
)
from kg.extract.registry import example, rule


@rule("parties.collapse", "parties")
def _collapse(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """One role said twice ("mayor" and "elected mayor of Copeland") is one fact."""
    return collapse(found.roles, ctx.lexicon)


@rule("parties.title-word", "parties", examples=[
    example("In Wellington, National candidate Ann Roe spoke in Auckland.", "Ann Roe | candidate | New Zealand National Party"),
    example("In Wellington, National list MP Ann Roe spoke to Labour voters.", "Ann Roe | list mp | New Zealand National Party"),
    example("In New Delhi and Mumbai, Congress nominee Ann Roe beat the BJP's Tom Ure.",
            "Ann Roe | nominee | Indian National Congress")])
def _title_word(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """"National candidate Ann Roe" in a New Zealand article: a role whose first word names a party only as a
    title (data/parties.json title_aliases, or a national variant of the article's country: "Congress nominee" in an
    Indian one) is held for that party, as the article's country names it, when the tagger took the word for an
    organisation; the phrase kept it as a modifier ("Congress nominee") or left it out ("National list MP")."""
    lexicon, country = ctx.lexicon, ctx.country or ""
    dropped = _dropped_title_words(ctx)
    out = []
    for fact in found.roles:
        first, _, rest = fact.role.partition(" ")
        word = first.title()
        party = _title_party(word, lexicon, country)
        written = _title_then(word, rest, fact.evidence.text) if rest else None
        if written != rest and not lexicon.national_variants.get(word, {}).get(country):
            written = None  # "National Councillor" is a party's councillor only where the country has that party
        if party and rest and _names_a_chamber(word, (written or rest).split()[0], ctx.doc.text, lexicon):
            party = None
        if fact.party in (None, party) and party and written:
            fact = replace(fact, role=rest, party=party, party_basis="stated")
        elif fact.party is None and (party := dropped.get((fact.evidence.start, fact.role), "")):
            fact = replace(fact, party=party, party_basis="stated")
        out.append(fact)
    return out


def _title_then(word: str, rest: str, text: str) -> str | None:
    """"National Councillor" as well as "National candidate": the party's word written capitalised, then the rest of
    the role however the text cases it (a role the roles data reads whole, "national councillor", is lower case), as
    the text writes it: a chamber's member is told by the case ("Councillor")."""
    found = re.search(rf"\b{re.escape(word)} ((?i:{re.escape(rest)}))\b", text)
    return found.group(1) if found else None


def _title_party(word: str, lexicon: Lexicon, country: str) -> str | None:
    """The party a title word names in the article's country: its national variant there, else its default."""
    variant = lexicon.national_variants.get(word, {}).get(country)
    if word in lexicon.title_aliases:
        return variant or lexicon.title_aliases[word]
    return variant if variant and word not in lexicon.party_by_alias else None


def _names_a_chamber(word: str, after: str, text: str, lexicon: Lexicon) -> bool:
    """"National Council member Ann Roe", "National Councillor Tom Ure": a title word that opens a chamber's name
    (Switzerland's and Austria's National Council), not a party's: the word after it is a chamber (data/lexicon.json
    chambers), or a member's capitalised title that begins with one where the article names that chamber ("entered the
    National Council")."""
    if after.lower() in lexicon.chambers:
        return True
    chamber = next((c for c in lexicon.chambers if " " not in c and after.istitle() and after.lower().startswith(c)), None)
    return chamber is not None and f"{word} {chamber.title()}" in text.replace(f"{word} {after}", "")


def _dropped_title_words(ctx: ArticleContext) -> dict[tuple[int, str], str]:
    """(sentence start, role label) -> party, for a role phrase whose first word is a party's title word that the
    label leaves out ("National list MP" labelled "list mp"); nothing where one sentence has such a label twice
    for different parties."""
    found: dict[tuple[int, str], set[str]] = {}
    for phrase in ctx.phrases:
        token = ctx.doc[phrase.start]
        party = _title_party(token.text, ctx.lexicon, ctx.country or "") if phrase.party is None else None
        after = ctx.doc[phrase.start + 1].text if phrase.end - phrase.start > 1 else ""
        if party and after and _names_a_chamber(token.text, after, ctx.doc.text, ctx.lexicon):
            continue
        if party and not phrase.label.startswith(token.lower_) and phrase.end - phrase.start > 1:
            found.setdefault((token.sent.start_char, phrase.label), set()).add(party)
    return {key: parties.pop() for key, parties in found.items() if len(parties) == 1}


@rule("parties.unknown-title", "parties", examples=[
    example("Ann Roe, the Fenby Rivers Party candidate, finished fourth in Hale, Ohio; Democrat Tom Ure carried it.",
            "Ann Roe | candidate | Fenby Rivers Party")])
def _unknown_title(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """"Fenby Rivers Party candidate Ann Roe": a role whose label opens with a party's name the tagger did not take for
    one (two to six capitalised words ending in "Party", as the text writes them; kg may not know it) is held for
    that party, as written; no other party of the sentence or the article is hers. Capitals alone do not make a
    party: "Working Party chairman", "Tea Party candidate" are English compounds of the other senses of "party" (a
    group at a task, a gathering, a movement inside a party), known by the word before it (data/lexicon.json
    common_party_nouns); a political party's name is a proper name, which such a compound is not."""
    out = []
    for fact in found.roles:
        head, marker, rest = fact.role.partition(" party ")
        written = re.search(rf"\b{re.escape(head + ' party')}\b", fact.evidence.text, re.IGNORECASE) if marker and rest else None
        if fact.party is None and written and party_shaped(written.group()) and not set(head.split()) & _role_words(ctx.lexicon) \
                and head.split()[-1] not in ctx.lexicon.common_party_nouns:
            fact = replace(fact, role=rest, party=ctx.lexicon.party_of(written.group()), party_basis="stated")
        out.append(fact)
    return out


@cache
def _role_words(lexicon: Lexicon) -> frozenset[str]:
    """Words of a title, not of a party's name ("Deputy Party Leader" names no party)."""
    heads = {w for head in lexicon.role_heads for w in head.split()}
    return frozenset(heads | set(lexicon.role_prefixes) | lexicon.distinguishing_words | lexicon.status_former
                     | lexicon.generic_heads | lexicon.title_heads)


@rule("parties.whose", "parties", examples=[
    example("In Berlin, Germany, the Free Democrats (FDP), whose state leader Ann Roe had hinted at talks with the CDU last "
            "week, said they would stay in opposition.",
            "Ann Roe | state leader | Free Democratic Party (Germany)")])
def _whose(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """"The Free Democrats, whose state leader Ann Roe hinted at talks with Labour": a role the relative "whose"
    gives to a party is held for that party, not for another the clause goes on to name."""
    owners = _whose_parties(ctx.doc)
    if not owners:
        return found.roles
    out = []
    for fact in found.roles:
        party = next((owners[m.start] for m in ctx.mentions if m.start in owners and ctx.name(m) == fact.person
                      and fact.evidence.start <= ctx.doc[m.start].idx < fact.evidence.end), None)
        out.append(replace(fact, party=party, party_basis="stated") if fact.party is None and party else fact)
    return out


def _whose_parties(doc: Doc) -> dict[int, str]:
    """person's first token -> party, for "PARTY, whose <role> <person> <verb>": "whose" owns the person's own noun
    phrase, and the clause it opens hangs from a party's name."""
    out = {}
    for tok in doc:
        if tok.lower_ != "whose" or tok.dep_ != "poss":
            continue
        node = tok.head  # "leader", then on to the name it titles ("Platt")
        while node.dep_ in ("compound", "amod") and node.head.i > node.i:
            node = node.head
        clause = node.head if node.dep_ in ("nsubj", "nsubjpass") else None
        party = clause.head if clause is not None and clause.dep_ == "relcl" else node.head if node.dep_ == "appos" else None
        if party is not None and party.ent_type_ == "PARTY" and party.ent_id_ and node.ent_type_ == "PERSON":
            start = node.i
            while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].ent_iob_ != "O":
                start -= 1
            out[start] = party.ent_id_
    return out


@rule("parties.infer", "parties")
def _infer(ctx: ArticleContext, found: Found) -> list[RoleFact]:
    """The party of each role the text left without one (see infer_parties)."""
    return infer_parties(ctx.doc, found.roles, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)


def collapse(facts: list[RoleFact], lexicon: Lexicon) -> list[RoleFact]:
    """Drop "mayor" when the same person is also "elected mayor of Copeland" for the same party: one
    role, said twice. A prefix that changes the office ("deputy leader", "shadow chancellor") is kept."""
    def covers(longer: str, shorter: str) -> bool:
        words, short = longer.split(" of ")[0].split(), shorter.split()
        if len(short) != 1 or len(words) <= 1 or words[-1] != short[0] or longer == shorter:
            return False
        return not (set(words[:-1]) & lexicon.distinguishing_words)

    return [f for f in facts if not any(
        g.person == f.person and g.party == f.party and covers(g.role, f.role) for g in facts)]


_CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "relcl", "conj", "parataxis", "csubj", "acl", "xcomp"}


def clause_head(token: Token) -> Token:
    """The verb heading the clause `token` is in: the nearest verb at or above it that starts a clause."""
    node = token
    while node.head.i != node.i and not (node.pos_ in ("VERB", "AUX") and node.dep_ in _CLAUSE_DEPS):
        node = node.head
    return node


def in_their_clause(party: Span, person: tuple[int, int], doc: Doc) -> bool:
    """"Democrats had held the seat until Roe won it": a party is the person's only when it is named in their own
    clause or one under it (a complement, a clause about them), not in a clause their own hangs from."""
    head = clause_head(doc[person[0]])
    node = party.root
    while True:
        if node.i == head.i or person[0] <= node.i < person[1]:
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def _free_party_near(doc: Doc, fact: RoleFact, taken: set[tuple[int, str]], quoted: set[int],
                     spans: list[tuple[int, int]], lexicon: Lexicon) -> str | None:
    """A party named in the fact's own sentence, in the person's own clause, and not already part of someone
    else's title."""
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    theirs = [s for s in spans if span.start <= s[0] < span.end]
    free = [e.ent_id_ for e in span.ents if e.label_ == "PARTY" and e.ent_id_
            and (fact.evidence.start, e.ent_id_) not in taken and not not_theirs(e, lexicon) and e.start not in quoted
            and (not theirs or any(in_their_clause(e, s, doc) for s in theirs))
            and not any(took_from(e, s[0], lexicon) for s in theirs)]
    return free[0] if len(set(free)) == 1 else None


def quoted_tokens(doc: Doc) -> set[int]:
    """The tokens inside quotation marks ("..." or “...”, and ‘...’ opened at a word's start)."""
    inside, quoted = False, set()
    for tok in doc:
        opening = tok.text in ('"', "“") or (tok.text == "‘" and (tok.i + 1 < len(doc) and not tok.whitespace_))
        closing = tok.text in ('"', "”") or tok.text == "’" and tok.i > 0 and not doc[tok.i - 1].whitespace_
        if tok.text == '"':
            inside = not inside
        elif opening and not inside:
            inside = True
        elif closing and inside:
            inside = False
        elif inside:
            quoted.add(tok.i)
        if tok.is_space and tok.text.count("\n") >= 2:
            inside = False  # a quotation left open ends with its paragraph
    return quoted


def not_theirs(party: Span, lexicon: Lexicon) -> bool:
    """"who quit the UK Independence Party", "defected from Labour", "took the seat from the Conservatives", "won with a
    majority over Labour": a party someone left, opposes or beat, which is not theirs."""
    if party.root.dep_ in ("poss", "nsubj", "compound", "amod"):
        return False  # "Labour's heavy defeat", "Labour attacked ...": the party itself, acting or suffering
    head = party.root.head
    if head.lower_ == "over" and any(t.lemma_.lower() in lexicon.margin_nouns for t in list(head.ancestors)[:3]):
        return True  # "a majority of 3,917 over Labour", "a narrow victory over the Greens"
    if head.lower_ in ("from", "against") and head.head is not head:
        if head.lower_ == "from" and head.head.lemma_.lower() in lexicon.taking_from_verbs:
            return True
        head = head.head
    return head.lemma_.lower() in lexicon.departing_verbs | lexicon.opposing_verbs


def took_from(party: Span, person: int, lexicon: Lexicon) -> bool:
    """"The Liberals took a seat from Premier Ann Roe's government", "Labour gained the seat from Tom Ure": the party that
    took something from the person (data/lexicon.json taking_from_verbs) is their rival, not theirs."""
    verb = party.root.head
    if party.root.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.taking_from_verbs:
        return False
    for node in party.doc[person].ancestors:
        if node.i == verb.i:
            return False
        if node.lower_ == "from" and verb.i in (node.head.i, node.head.head.i):
            return True  # "from" on the verb or on its object ("a seat from ...")
    return False


def _left(party: Span, lexicon: Lexicon) -> bool:
    """"quit the Greens", "defected from Labour": a party someone left, not one they beat or attacked."""
    head = party.root.head
    if head.lower_ == "from" and head.head is not head:
        head = head.head
    return not_theirs(party, lexicon) and head.lemma_.lower() in lexicon.departing_verbs


def party_moves(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str],
                lexicon: Lexicon) -> dict[str, tuple[str | None, set[str]]]:
    """Who joined, founded or defected to which party, and who left which: "X has defected to Labour",
    "Veritas was founded by Mr Ure", "the day he launched his party, Veritas", "was expelled from Labour", "left the
    Greens to run for Labour"."""
    return _with_standing(*_joined_and_standing(doc, mentions, resolved, lexicon))


def _with_standing(moves: dict[str, tuple[str | None, set[str]]],
                   standing: dict[str, str]) -> dict[str, tuple[str | None, set[str]]]:
    """Someone who left a party and stands for another has moved to it, though no verb of joining says so."""
    return {name: (new or (standing.get(name) if standing.get(name) not in old else None), old)
            for name, (new, old) in moves.items()}


def _joined_and_standing(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon
                         ) -> tuple[dict[str, tuple[str | None, set[str]]], dict[str, str]]:
    """The parties each person joined and left, by verbs of joining and leaving or "X-turned-Y"; and the party each
    stands for."""
    moves, standing = _verb_moves(doc, mentions, resolved, lexicon)
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for name, (was, now) in _turned(doc, by_token, resolved).items():
        new, old = moves.get(name, (None, set()))
        moves[name] = (new or now, (old | {was}) - {new or now})
    return moves, standing


def _for_verb(doc: Doc, ent: Span, verb: Token, prep: str | None) -> Token | None:
    """The verb a party is "for" ("will run for X"), by the name's parse or, when that hangs elsewhere ("to run for
    X, she said"), by the "for" right before the name."""
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ == "for" and before.head.pos_ == "VERB":
        prep, verb = "for", before.head
    return verb if prep == "for" and verb.pos_ == "VERB" else None


def _verb_moves(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon
                ) -> tuple[dict[str, tuple[str | None, set[str]]], dict[str, str]]:
    """The parties each person joined and left, by verbs of joining and leaving; and the party each stands for."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    moves: dict[str, tuple[str | None, set[str]]] = {}
    standing: dict[str, str] = {}  # the party each person stands for
    for ent in doc.ents:
        if ent.label_ != "PARTY" or not ent.ent_id_:
            continue
        party, node = ent.ent_id_, ent.root
        if node.dep_ == "appos" and node.head.lower_ == "party":  # "he launched his party, Veritas"
            node = node.head
        prep = node.head.lower_ if node.dep_ == "pobj" else None
        verb = node.head.head if prep else node.head
        lemma = verb.lemma_.lower()
        stood = _for_verb(doc, ent, verb, prep)
        if stood is not None:  # "left the Greens and will run for Labour"; no other verb takes a party with "for"
            standing_verb = stood.lemma_.lower() in lexicon.standing_verbs
            candidate = subject_person(doc, stood, by_token, mentions, resolved, lexicon) if standing_verb else None
            if candidate is not None:
                standing.setdefault(resolved.get(candidate, candidate.name), party)
            continue
        if verb.pos_ != "VERB" or (prep and prep not in ("to", "from", "into")):
            continue
        joined = lemma in lexicon.joining_verbs and prep != "from" and lemma not in ("defect", "switch", "cross") or (
            lemma in ("defect", "switch", "cross") and prep in ("to", "into"))
        left = lemma in lexicon.quitting_verbs or (lemma in ("defect", "switch", "cross") and prep == "from")
        if not joined and not left:
            continue
        person: Mention | None = None
        if node.dep_ == "nsubjpass":  # "Veritas was founded by Mr Ure"
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            person = next((by_token[t.i] for t in (agent.subtree if agent is not None else ()) if t.i in by_token), None)
        else:
            person = subject_person(doc, verb, by_token, mentions, resolved, lexicon)
        if person is None:
            owner = next((c for c in node.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ in ("his", "her"):
                person = antecedent(doc, owner, mentions, resolved, lexicon)
        if person is None:
            continue
        name = resolved.get(person, person.name)
        new, old = moves.get(name, (None, set()))
        if joined:
            new = party
            old.discard(party)
        elif party != new:
            old.add(party)
        moves[name] = (new, old)
    return moves, standing


def _turned(doc: Doc, by_token: dict[int, Mention], resolved: dict[Mention, str]) -> dict[str, tuple[str, str]]:
    """"Ann Roe, a Republican-turned-Democrat", "the Labour-turned-Green councillor Tom Ure": the party before
    "turned" was theirs, the one after is theirs now."""
    found: dict[str, tuple[str, str]] = {}
    parties = {e.start: e for e in doc.ents if e.label_ == "PARTY" and e.ent_id_}
    for was in parties.values():
        now = parties.get(was.end + 3)
        if now is None or [t.lower_ for t in doc[was.end : was.end + 3]] != ["-", "turned", "-"] or now.ent_id_ == was.ent_id_:
            continue
        node = now.root
        for _ in range(3):  # up through "councillor" to the name it stands beside
            if node.i in by_token or node.head.i == node.i:
                break
            node = node.head if node.dep_ in ("appos", "compound", "amod") else next(
                (c for c in node.children if c.dep_ == "appos" and c.i in by_token), node.head)
        if node.i in by_token:
            mention = by_token[node.i]
            found[resolved.get(mention, mention.name)] = (was.ent_id_, now.ent_id_)
    return found


def _evidence_start(text: str, sent: Span) -> int:
    """evidence_for(sent).start, without building the evidence: where the sentence's text starts."""
    raw = text[sent.start_char : sent.end_char]
    return sent.start_char + len(raw) - len(raw.lstrip())


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    return any(t.is_space and t.text.count("\n") >= 2 for t in doc[max(start - 1, 0) : end + 1])


def _alone(doc: Doc, sents: list[Span], n: int) -> bool:
    """A sentence that is a paragraph by itself (a caption, a headline, a one-line quote)."""
    before = n == 0 or _paragraph_break(doc, sents[n - 1].end, sents[n].start)
    after = n == len(sents) - 1 or _paragraph_break(doc, sents[n].end, sents[n + 1].start)
    return before and after


def _headline_party(doc: Doc, sents: list[Span], lexicon: Lexicon) -> str | None:
    """The party a headline makes its subject ("Labour plans maternity pay rise"), if the headline stands alone and names
    no other party."""
    if not sents or not _alone(doc, sents, 0) and not (len(sents) > 1 and _paragraph_break(doc, sents[0].end, sents[1].start)):
        return None
    root = sents[0].root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PARTY" or not subject.ent_id_:
        return None
    party = lexicon.party_of(subject.ent_id_) or subject.ent_id_
    if any(e.label_ == "PARTY" and e.ent_id_ and (lexicon.party_of(e.ent_id_) or e.ent_id_) != party for e in sents[0].ents):
        return None  # "Liberals grab Tory seat": a contest of two parties, whose people are on either side
    return party


@dataclass(frozen=True)
class _Sentences:
    """The article's sentences, indexed once: every mention asks about its own sentence and its neighbours'."""

    sents: list[Span]
    sentence_of: list[int]  # token -> its sentence
    ents_in: list[list[Span]]
    keys: list[int]  # how `taken` names a sentence: where its evidence starts
    quoted: set[int]

    @classmethod
    def of(cls, doc: Doc) -> _Sentences:
        sents = list(doc.sents)
        text = doc.text  # rebuilt from every token on each access: read it once
        return cls(sents, [n for n, sent in enumerate(sents) for _ in range(sent.start, sent.end)],
                   entities_by_sentence(doc, sents), [_evidence_start(text, sent) for sent in sents], quoted_tokens(doc))


def _party_after_name(doc: Doc, mention: Mention, lexicon: Lexicon) -> str | None:
    """"Tunde Ure of the APC", "Gina Ure, from the Fenby Party": a party named right after a name, joined by "of" or
    "from", is that person's (a party someone is "from" is theirs; one they came "from" to another is a move). "From"
    counts in apposition or hanging on the name itself: "a letter to Tom Ure from the Labour Party" is the letter's."""
    comma = mention.end < len(doc) and doc[mention.end].text == ","
    i = mention.end + (1 if comma else 0)
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "from"):
        return None
    if doc[i].lower_ == "from" and not comma and not mention.start <= doc[i].head.i < mention.end:
        return None
    party = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
    if party.ent_type_ != "PARTY" or not party.ent_id_ or party.ent_iob_ != "B":
        return None
    return lexicon.party_of(party.ent_id_) or party.ent_id_


def _same_person(one: Mention, other: Mention) -> bool:
    """Whether two mentions may name one person: the same name, or one's surname ending the other ("Roe", "Ann Roe")."""
    a, b = name_key(one.name).split(), name_key(other.name).split()
    return bool(a and b) and (a == b or a[-1:] == b[-1:] and (len(a) == 1 or len(b) == 1))


def _their_party(doc: Doc, mention: Mention, mentions: list[Mention], lexicon: Lexicon) -> str | None:
    """"Ann Roe is personally popular; her Fenby Party is not", "Ann Roe's coalition with her Fenby Party": a party
    after "his" or "her" (data/lexicon.json possessive_pronouns) in the sentence of its subject (or the possessive's
    owner), who is the only person it names and the only person the sentence before names, is that person's: the
    pronoun can point at no one else. With a second person in the sentence it may be theirs; with another in the
    sentence before ("..., beating Tom Ure. Ann Roe said his party ...") it may point back to them."""
    root = doc[mention.end - 1]
    if root.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    sent = root.sent
    if any(m is not mention and sent.start <= m.start < sent.end for m in mentions):
        return None
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    if before is not None and any(before.start <= m.start < before.end and not _same_person(m, mention) for m in mentions):
        return None
    for ent in sent.ents:
        if ent.label_ == "PARTY" and ent.ent_id_ and ent.start > mention.end and doc[ent.start - 1].lower_ in lexicon.possessive_pronouns \
                and not (ent.root.dep_ in ("compound", "amod") and ent.root.head.i >= ent.end):
            # "her Labour rival", "his Tory predecessor": the party then names someone else, whom it qualifies
            return lexicon.party_of(ent.ent_id_) or ent.ent_id_
    return None


def _colleague_of(doc: Doc, mention: Mention, mentions: list[Mention], resolved: dict[Mention, str],
                  lexicon: Lexicon) -> Mention | None:
    """Whose "party colleague" a person is: "The DUP's Ann Roe was elected, while her party colleague Tom Ure ..." (the
    person named before in the sentence), "He takes the seat that party colleague Tom Ure left" (the clause's subject)."""
    start = mention.start
    if start < 2 or doc[start - 1].lower_ not in ("colleague", "colleagues") or doc[start - 2].lower_ != "party":
        return None
    sent = doc[start].sent
    before = [m for m in mentions if sent.start <= m.start and m.end <= start - 2]
    if before:
        return before[-1]
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for node in doc[start].ancestors:
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return subject_person(doc, node, by_token, mentions, resolved, lexicon)
    return None


def _principal_of(doc: Doc, mention: Mention, mentions: list[Mention], lexicon: Lexicon) -> Mention | None:
    """Whose running mate a person is: "Ann Roe and Tom Ure, the running mates of Dane": a running mate stands on
    the principal's ticket, so shares their party."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    node = doc[mention.start]
    while node.dep_ in ("compound", "conj", "appos", "cc") and node.head.i != node.i and node.head.lower_ not in lexicon.ticket_words:
        node = node.head
    noun = node.head if node.dep_ == "appos" else node
    if noun.lower_ not in {"mate", "mates"} or not any(c.lower_ == "running" for c in noun.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return by_token.get(owner.i) if owner is not None else None


def _told_parties(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon,
                  stated: dict[str, Counter[str]]) -> list[tuple[Mention, str]]:
    """Parties the text ties to a name other than at it: "X of the APC", "her party colleague X", "Dane's running
    mate X" (the colleague's or principal's party as stated); each with the mention it was told at."""
    told = [(m, party) for m in mentions if (party := _party_after_name(doc, m, lexicon) or _their_party(doc, m, mentions, lexicon))]
    for mention in mentions:
        colleague = _colleague_of(doc, mention, mentions, resolved, lexicon) or _principal_of(doc, mention, mentions, lexicon)
        theirs = stated.get(resolved.get(colleague, colleague.name)) if colleague is not None else None
        if theirs:
            told.append((mention, theirs.most_common(1)[0][0]))
    return told


def _stated_parties(doc: Doc, facts: list[RoleFact], mentions: list[Mention], resolved: dict[Mention, str],
                    lexicon: Lexicon, sentences: _Sentences) -> tuple[dict[str, Counter[str]], set[tuple[int, str]]]:
    """Each person's stated parties, and the (sentence, party) pairs already someone's: a party the text gives
    one person is not evidence for another's."""
    stated: dict[str, Counter[str]] = {}
    for person, party in affiliations(doc, mentions, resolved, lexicon).items():
        stated.setdefault(person, Counter())[party] += 10  # said at the name itself: the strongest evidence
    taken: set[tuple[int, str]] = set()  # (sentence start, party) already in someone's title
    for mention, party in _told_parties(doc, mentions, resolved, lexicon, stated):
        stated.setdefault(resolved.get(mention, mention.name), Counter())[party] += 5
        n = sentences.sentence_of[mention.start]
        if _namings(doc, sentences.ents_in[n], party, lexicon) <= 1:
            taken.add((sentences.keys[n], party))  # named twice ("Ann Roe from FdI ... FdI member Tom Ure"): not hers alone
    for fact in facts:
        if fact.party:
            stated.setdefault(fact.person, Counter())[fact.party] += 1
            taken.add((fact.evidence.start, fact.party))
    for mention in mentions:  # "Republican Jason Whitcombe won, ousting Sen. Roberto Quintana": Republican is Whitcombe's
        at_name = affiliation_at(doc, mention, lexicon)
        if at_name:
            taken.add((sentences.keys[sentences.sentence_of[mention.start]], at_name))
    return stated, taken


def _namings(doc: Doc, ents: list[Span], party: str, lexicon: Lexicon) -> int:
    """How often a sentence names a party: "Jo Platt of the Fenby Party (FP)" names it once, as a name and the initials
    it defines in brackets right after it; "Ann Roe from FdI ... FdI member Tom Ure" names it twice."""
    named = [e for e in ents if e.label_ == "PARTY" and lexicon.party_of(e.ent_id_) == party]
    return sum(not (e.start >= 2 and doc[e.start - 1].text == "(" and e.end < len(doc) and doc[e.end].text == ")"
                    and any(o.end == e.start - 1 for o in named)) for e in named)


def _unrelated(doc: Doc, sentences: _Sentences, n: int, here: int) -> bool:
    """A photo caption or a one-line paragraph next to a mention is about someone else."""
    sents = sentences.sents
    return n != here and _paragraph_break(doc, sents[min(n, here)].end, sents[max(n, here)].start) and (
        _alone(doc, sents, n) or _alone(doc, sents, here))


def _nearby_parties(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str], sentences: _Sentences,
                    taken: set[tuple[int, str]], lexicon: Lexicon) -> dict[str, Counter[str]]:
    """Free parties in and around each person's sentences, weighted by closeness: the weakest evidence, used when
    nothing is stated."""
    nearby: dict[str, Counter[str]] = {}
    quoted = sentences.quoted  # "no Republican seat is safe", said a Democrat: a quoted party is not the speaker's
    for mention in mentions:
        here = sentences.sentence_of[mention.start]
        counter = nearby.setdefault(resolved.get(mention, mention.name), Counter())
        for n in range(max(0, here - 1), min(len(sentences.sents), here + 2)):
            if _unrelated(doc, sentences, n, here):
                continue
            for ent in sentences.ents_in[n]:
                if ent.label_ == "PARTY" and ent.ent_id_ and (sentences.keys[n], ent.ent_id_) not in taken \
                        and not not_theirs(ent, lexicon) and not (n == here and (ent.start in quoted) != (mention.start in quoted)) \
                        and not (n == here and took_from(ent, mention.start, lexicon)):
                    distance = min(abs(ent.start - mention.end), abs(mention.start - ent.end))
                    counter[ent.ent_id_] += (4 if distance <= 2 else 2) if n == here else 1
    return nearby


def _article_party(sentences: _Sentences, taken: set[tuple[int, str]], lexicon: Lexicon) -> list[tuple[str, int]]:
    """The article's main party, not counting parties already at someone's name ("defeated Republican Kevin
    Albers"): those say whose party it is, not what the article is about. A party someone left counts (a story of a
    defection from a party is about it, whose officers then speak in it); one they beat or attacked does not."""
    return Counter(e.ent_id_ for n, sent in enumerate(sentences.ents_in) for e in sent if e.label_ == "PARTY" and e.ent_id_
                   and (sentences.keys[n], e.ent_id_) not in taken and e.start not in sentences.quoted
                   and (not not_theirs(e, lexicon) or _left(e, lexicon))).most_common(1)


@dataclass(frozen=True)
class _PartyClues:
    """What the article says about parties, gathered once, strongest first: each role without a party takes the
    strongest clue that names one."""

    doc: Doc
    lexicon: Lexicon
    sentences: _Sentences
    stated: dict[str, Counter[str]]
    taken: set[tuple[int, str]]
    nearby: dict[str, Counter[str]]
    topic: str | None
    speaks_for: str | None
    article_party: list[tuple[str, int]]
    spans: dict[str, list[tuple[int, int]]]  # person -> the token spans naming them
    past_only: frozenset[str]  # people whose party the text states only for roles they held before
    opposition: frozenset[str]  # parties the text calls the opposition ("the opposition Fenby Party")

    def governing_role(self, role: str) -> bool:
        """A government's office (a minister, the prime minister): never held for a party the text calls the opposition."""
        return ministerial(role, self.lexicon) or role in self.lexicon.office_words.values()

    def party_role(self, role: str) -> bool:
        """A role held inside a party (MP, candidate, councillor...): only these take the article's main party."""
        return (role in self.lexicon.party_roles or role.startswith("shadow") or role.split()[-1] in self.lexicon.party_roles
                or bool(set(role.split()) & self.lexicon.party_organisation_words))

    def settle(self, fact: RoleFact) -> RoleFact:
        """`fact` with the party of the strongest clue, and the clue it came from."""
        own = _free_party_near(self.doc, fact, self.taken, self.sentences.quoted, self.spans.get(fact.person, []), self.lexicon)
        nearby = self.nearby.get(fact.person)
        if self.opposition and self.governing_role(fact.role):
            own = None if own in self.opposition else own
            nearby = Counter({p: n for p, n in (nearby or Counter()).items() if p not in self.opposition})
        if fact.person in self.stated:
            # "Tom Ure, once a Reform leader, now seeks the seat": a party told only of their past roles is a guess for a
            # current one, which a contest's own party may correct
            basis = "inferred from a former role" if fact.status != "former" and fact.person in self.past_only \
                else "stated elsewhere in the article"
            return replace(fact, party=self.stated[fact.person].most_common(1)[0][0], party_basis=basis)
        if own:
            return replace(fact, party=own, party_basis="inferred from the sentence")
        if fact.person == self.topic and self.speaks_for:
            # "Labour plans maternity pay rise", then the minister who announced it: the headline's party
            return replace(fact, party=self.speaks_for, party_basis="inferred from the headline")
        if nearby:
            return replace(fact, party=nearby.most_common(1)[0][0], party_basis="inferred from nearby mentions")
        if self.article_party and self.party_role(fact.role):
            return replace(fact, party=self.article_party[0][0], party_basis="inferred from the article's main party")
        return fact


def _opposition(doc: Doc) -> frozenset[str]:
    """"trails the opposition Fenby Party", "the main opposition Hale Alliance": parties the text calls the opposition."""
    found = set()
    for ent in doc.ents:
        k = ent.start - 1
        while k > 0 and doc[k].lower_ in ("main", "official", "largest", "biggest", "conservative", "centre-right", "centre-left"):
            k -= 1
        if ent.label_ == "PARTY" and ent.ent_id_ and k >= 0 and doc[k].lower_ == "opposition":
            found.add(ent.ent_id_)
    return frozenset(found)


def _after_moves(fact: RoleFact, moves: dict[str, tuple[str | None, set[str]]], candidacy: bool,
                 by_candidacy: bool, lexicon: Lexicon) -> list[RoleFact]:
    """"He is the second Tory MP this year to defect to Labour": a Conservative MP before, a Labour MP now; a
    current role follows its holder to their new party. A move told only by a candidacy ("left the Greens to run
    for Labour", `by_candidacy`) moves the candidacy alone: "Labour MP Ann Roe" is what the text still calls her."""
    new, old = moves.get(fact.person, (None, set()))
    if by_candidacy and ministerial(fact.role, lexicon) and (fact.party in old or new and fact.party == new and len(old) == 1
                                   and (fact.party_basis or "").startswith(("inferred", "stated elsewhere"))):
        # "Fisheries Minister Ann Roe left Labour to run for the Greens": a government office does not follow its
        # holder to another party; it was held for the party of the government she left
        return [replace(fact, party=next(iter(old)), party_basis="the party they left") if fact.party not in old else fact]
    if not (fact.status == "current" and (new or fact.party in old) and fact.party != new) or by_candidacy and not candidacy:
        return [fact]
    # a candidacy told with the move is for the new party: the old party reached it only from another of their titles
    guessed = (fact.party_basis or "").startswith(("inferred", "stated elsewhere")) if candidacy else \
        (fact.party_basis or "").startswith("inferred")
    before = [replace(fact, status="former")] if fact.party and not guessed else []
    return [*before, replace(fact, party=new, party_basis="the party they moved to" if new else None)]


def infer_parties(
    doc: Doc, facts: list[RoleFact], mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon
) -> list[RoleFact]:
    """A person's party stated anywhere in the article applies to their other roles; failing that,
    the party most often named in the sentences about them."""
    sentences = _Sentences.of(doc)
    stated, taken = _stated_parties(doc, facts, mentions, resolved, lexicon, sentences)
    nearby = _nearby_parties(doc, mentions, resolved, sentences, taken, lexicon)
    joined, standing = _joined_and_standing(doc, mentions, resolved, lexicon)
    moves = _with_standing(joined, standing)
    # a move told only by a candidacy ("left the Greens to run for Labour") is the candidacy's: "Labour MP Ann Roe"
    # is still what the text calls her, not a Green MP
    candidacy_only = {name for name, (new, _) in moves.items() if new and joined[name][0] is None}
    speaks_for = _headline_party(doc, sentences.sents, lexicon)
    topic = main_person(doc, mentions, resolved) if speaks_for else None
    spans: dict[str, list[tuple[int, int]]] = {}
    for mention in mentions:
        spans.setdefault(resolved.get(mention, mention.name), []).append((mention.start, mention.end))
    told_former = Counter(f.person for f in facts if f.party and f.status == "former")
    past_only = frozenset(person for person, parties in stated.items() if sum(parties.values()) == told_former[person])
    clues = _PartyClues(doc, lexicon, sentences, stated, taken, nearby, topic, speaks_for, _article_party(sentences, taken, lexicon), spans,
                        past_only, _opposition(doc))
    out: list[RoleFact] = []
    for fact in facts:
        out += _after_moves(clues.settle(fact) if fact.party is None else fact, moves, "candidate" in fact.role.split(),
                            fact.person in candidacy_only, lexicon)
    return _on_the_ticket(out, {resolved.get(m, m.name): resolved.get(p, p.name) for m in mentions
                                if (p := _principal_of(doc, m, mentions, lexicon)) is not None})


@rule("settle.foreign-party", "settle", examples=[
    example("SYDNEY - The Fenby by-election count: Ann Roe (LIB) 4,210 votes; Tom Ure (ALP) 3,990 votes. Labor's Tom Ure "
            "conceded in New South Wales.", "Ann Roe | candidate | None")])
def foreign_parties(ctx: ArticleContext, roles: list[RoleFact],
                    won: list[ElectionFact]) -> tuple[list[RoleFact], list[ElectionFact]]:
    """"Ann Roe (LIB)" in an Australian article is no member of Argentina's Liberal Party of Corrientes, whose code
    "LIB" is; "the OUR Party" of a Solomon Islands article is not South Korea's Uri Party ("Our Party"): a party of the
    world's data that a code or a name's spelling in another case gave, of a country the article never names, while
    the article is about another, is a guess at another country's party, which kg never makes (a party kg's data of
    heads of government gives, KNOWN_BASES, is no guess: "Prime Minister Justin Trudeau" is a Liberal wherever the
    article's cue words point). The fact keeps no party
    rather than a wrong one (its country's own party, where the text names it, is found before this). A party the
    article gives to FOREIGN_GUESS_PEOPLE people or more is no guess but the article's own, whose country the cue words
    missed ("the Organization of American States" in a Honduran round-up that never names Honduras)."""
    if not ctx.country:
        return roles, won
    named, _ = cue_votes(ctx.doc, ctx.lexicon)
    countries, world = party_countries(ctx.lexicon), world_parties(ctx.lexicon)
    holders: dict[str, set[str]] = {}
    for role in roles:
        holders.setdefault(role.party or "", set()).add(role.person)
    for result in won:
        holders.setdefault(result.party or "", set()).add(result.winner or "")

    def foreign(party: str | None, basis: str | None = None) -> bool:
        other = countries.get(party or "")
        return party in world and other not in (None, ctx.country) and not named[other or ""] \
            and not (basis or "").startswith(KNOWN_BASES) and len(holders.get(party or "", ())) < FOREIGN_GUESS_PEOPLE
    return ([replace(f, party=None, party_basis=None, rules=(*f.rules, "settle.foreign-party")) if foreign(f.party, f.party_basis)
             else f for f in roles],
            [replace(f, party=None, rules=(*f.rules, "settle.foreign-party")) if foreign(f.party) else f for f in won])


#: how many people the article must give a party of another country for it to be the article's own, not a guess
FOREIGN_GUESS_PEOPLE = 2

#: a party kg knows from its data of who governed (data/officeholders.json and the gazetteer), not read from a name: no guess
KNOWN_BASES = ("the known party of a head of government", "the party of the government", "the governing party",
               "the party of every holder")



def _on_the_ticket(facts: list[RoleFact], principals: dict[str, str]) -> list[RoleFact]:
    """"Ann Roe and Tom Ure, Dane's two running mates": a running mate's roles the text left to a guess take the party
    their principal was given, however it was found (the principal's own party is often only implied)."""
    out = []
    for fact in facts:
        principal = principals.get(fact.person)
        theirs = Counter(f.party for f in facts if f.person == principal and f.party and principal != fact.person)
        if theirs and (fact.party is None or (fact.party_basis or "").startswith("inferred from nearby")):
            fact = replace(fact, party=theirs.most_common(1)[0][0], party_basis="the party of the running mate's principal")
        out.append(fact)
    return out
