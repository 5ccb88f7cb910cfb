"""Person-role-party facts: titles before names, appositions after them, and "X is/as ROLE".

Role phrases come from a Matcher built from the role heads in data/roles.json; which person a phrase
belongs to is decided by its position relative to the person's name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.lexicon import Lexicon, fold
from kg.extract.model import RoleFact
from kg.extract.people import Mention, add_mention, affiliations, antecedent, evidence_for, main_person

_NOT_MODIFIER = ["PERSON", "PARTY", "GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"]
_COPULA = {"is", "was", "became", "becomes", "has", "had", "been", "remains", "remained", "served", "serves",
           "as", "the", "a", "an", "now", "also", "then", "named", "appointed", "made", "elected", "chosen",
           "be", "being", "currently", "still", "once"}
_NP_START = {"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"}


@dataclass(frozen=True)
class RolePhrase:
    """A role phrase [start, end) with its label and what its own tokens say about party/status."""

    start: int
    end: int
    label: str
    core: str
    party: str | None
    status: str


_PREFIXES = ("shadow", "deputy", "junior", "vice", "acting", "interim")


def _contextual_parties(lexicon: Lexicon) -> set[str]:
    return {alias.lower() for party in lexicon.parties if party.contextual for alias in party.aliases}


@cache
def _matcher(nlp: Language, lexicon: Lexicon) -> Matcher:
    matcher = Matcher(nlp.vocab)
    stop = sorted(lexicon.modifier_stop | _contextual_parties(lexicon) | {h for h in lexicon.role_heads if " " not in h})
    noun_like: dict[str, object] = {"POS": {"IN": ["NOUN", "PROPN", "ADJ"]}, "ENT_TYPE": {"NOT_IN": _NOT_MODIFIER},
                 "LOWER": {"NOT_IN": stop}, "IS_PUNCT": False}
    # one modifier: a noun or adjective ("home", "foreign"), or an "elected"-like participle
    modifier = {"OP": "*", **noun_like}
    participle = {"LOWER": {"IN": sorted(lexicon.verb_modifiers)}, "OP": "?"}
    for head in lexicon.role_heads:
        words = [t.text for t in nlp.tokenizer(head)]
        if len(words) == 1 and head.isalpha() and len(head) <= 3:
            tokens: list[dict[str, object]] = [{"ORTH": {"IN": [head.upper(), head.upper() + "s"]}}]
        elif head in lexicon.capitalised_heads:  # "Representative X", not "their representative in South Africa"
            tokens = [{"ORTH": {"IN": [head.title(), head.title() + "s"]}}]
        else:
            tokens = [{"LOWER": w} for w in words]
        elect = [{"ORTH": "-", "OP": "?"}, {"LOWER": "elect", "OP": "?"}]
        matcher.add("ROLE", [[participle, dict(modifier), *tokens, *elect]], greedy="LONGEST")
        # "Trade and Industry Secretary", "Work and Pensions Secretary"
        matcher.add("ROLE", [[{"IS_TITLE": True, **noun_like}, {"LOWER": "and"}, {"IS_TITLE": True, **noun_like},
                              *tokens, *elect]], greedy="LONGEST")
        matcher.add("ROLE", [[{"LOWER": {"IN": list(_PREFIXES)}},
                              {"ORTH": "-", "OP": "?"}, *tokens, *elect]], greedy="LONGEST")
    # "Sen. Ted Kennedy", "Gov. Chris Christie": abbreviated titles are roles too
    matcher.add("ROLE", [[{"ORTH": {"IN": sorted(lexicon.abbreviations)}}]], greedy="LONGEST")
    return matcher


_MEMBER_MODIFIERS = {"shadow", "junior", "backbench", "opposition", "list", "regional", "state", "city", "county",
                     "borough", "district", "parish", "deputy", "constituency"}
_MEMBER_HEADS = {"mp", "msp", "mep", "td", "mla", "am", "senator", "representative", "congressman", "congresswoman",
                 "member", "member of parliament", "councillor", "assemblyman", "assemblywoman"}


def _qualifier(doc: Doc, end: int, lexicon: Lexicon) -> tuple[int, str | None]:
    """Extend a role over "of/for X" ("Secretary of State for Trade", "leader of the Labour Party")."""
    i, party = end, None
    # "MP for Fenby": after a member's title, "for" names a place, however the model tagged it
    place = doc[end - 1].lower_ in _MEMBER_HEADS and i < len(doc) - 1 and doc[i].lower_ == "for"
    if place and doc[i + 1].is_title and doc[i + 1].ent_type_ in ("PERSON", "ORG", "GPE", ""):
        k = i + 1
        while k < len(doc) and (doc[k].is_title or (doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title)) \
                and doc[k].ent_type_ != "PARTY":
            k += 1
        return k, None
    if doc[end - 1].lower_.startswith("spokes") and i < len(doc) - 1 and doc[i].lower_ in ("on", "for"):
        k = i + 1  # "spokesman on foreign affairs", "spokeswoman for women": a lower-case portfolio
        while k < len(doc) and k - i <= 4 and (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "CCONJ")):
            k += 1
        if k > i + 1:
            return k, party
    while i < len(doc) - 1 and doc[i].lower_ in ("of", "for") and doc[i + 1].ent_type_ != "PERSON":
        j = i + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        entity = next((e for e in doc.ents if e.start == j and e.label_ in ("GPE", "LOC", "ORG", "FAC", "NORP", "PARTY")), None)
        if entity is not None and entity.label_ != "PARTY":
            i = entity.end
            if i < len(doc) and doc[i].ent_type_ == "PARTY":  # "agent for Arundel and South Downs Tories"
                party = party or lexicon.party_of(doc[i].ent_id_ or doc[i].text)
                i += 1
            continue
        while k < len(doc) and doc[k].ent_type_ not in ("PERSON", "DATE", "CARDINAL", "TIME") and (
            doc[k].is_title or doc[k].is_upper or (doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title)
        ):
            k += 1
        if k == j:
            break
        if doc[j].ent_type_ == "PARTY" and all(t.ent_type_ == "PARTY" for t in doc[j:k]):
            party = lexicon.party_of(doc[j:k].text) or party
        elif doc[k - 1].ent_type_ == "PARTY":  # "agent for Arundel and South Downs Tories"
            party = party or lexicon.party_of(doc[k - 1].ent_id_ or doc[k - 1].text)
        i = k
    return i, party


def _political(head: str, mods: list[Token], qualifier: str, before: Token | None, lexicon: Lexicon,
               party: str | None, sent: Span, before_name: bool = False) -> bool:
    """Generic heads (president, chairman, leader...) count only in a political setting."""
    if head not in lexicon.generic_heads or party:
        return True
    if (head in lexicon.title_heads or head == "leader") and not mods and before_name:  # "President Obama"
        return True
    if head in ("leader", "deputy leader") and any(e.label_ == "PARTY" for e in sent.ents):
        return True
    words = {t.lower_ for t in mods} | set(fold(qualifier).split())
    if words & lexicon.political_context:
        return True
    if head == "secretary":
        return bool(mods)
    return before is not None and before.ent_type_ in ("PARTY", "NORP", "GPE")


def role_phrases(doc: Doc, nlp: Language, lexicon: Lexicon) -> list[RolePhrase]:
    spans = filter_spans([doc[s:e] for _, s, e in _matcher(nlp, lexicon)(doc)])
    phrases = []
    for span in spans:
        # "counterpart Foreign Minister": a capitalised title takes no lower-case modifiers but "shadow".
        while len(span) > 1 and span[-1].is_title and span[0].is_lower and span[0].lower_ not in _PREFIXES:
            span = doc[span.start + 1 : span.end]
        end, qualifier_party = _qualifier(doc, span.end, lexicon)
        head_end = span.end
        mods = [t for t in span if t.i < head_end and t.lower_ not in lexicon.role_heads]
        core_words: list[str] = []
        for t in span:
            if t.lower_ == "elect" and t.i > span.start and doc[t.i - 1].text == "-":
                core_words[-1] += "-elect"
            elif t.text != "-" and not (t.i == span.start and t.lower_ in lexicon.verb_modifiers and len(span) > 1):
                core_words.append(t.lower_)  # "elected mayor" is a mayor: the participle is not the office
        core = " ".join(core_words)
        if span.text in lexicon.abbreviations:
            core = lexicon.abbreviations[span.text]
        elif core_words and core_words[-1] in _MEMBER_HEADS:
            # "Manchester Central MP" (a place: their seat), "great MP" (praise): neither is the office
            kept = [w for w in core_words[:-1] if w in _MEMBER_MODIFIERS]
            core = " ".join([*kept, core_words[-1]])
        head = next((h for h in sorted(lexicon.role_heads, key=len, reverse=True) if core.endswith(h)), core)
        qualifier = doc[head_end:end].text
        if head == "member" and not qualifier.lower().startswith("for "):
            continue  # only "the member for Kensington and Chelsea": "a member of the public" is no office
        before = doc[span.start - 1] if span.start > 0 else None
        status, party = "current", qualifier_party
        i = span.start - 1
        while i >= 0:  # walk left over party, nationality, place and "former" words
            tok = doc[i]
            if tok.lower_ in lexicon.status_former or (tok.lower_ == "ex" and i + 1 < len(doc)):
                status = "former"
            elif tok.ent_type_ == "PARTY":
                party = party or lexicon.party_of(_ent_text(doc, tok))
            elif tok.text in lexicon.party_by_alias and lexicon.party_of(tok.text) == "Independent" and i == span.start - 1:
                party = party or "Independent"
            elif not (tok.ent_type_ in ("NORP", "GPE", "LOC") or tok.text in ("'s", "’s", "'", "’", "-", "(", ")")):
                break
            i -= 1
        nxt = doc[end] if end < len(doc) else None
        before_name = nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and (
            span[-1].is_title or (head == "leader" and nxt.ent_type_ == "PERSON"))  # "death of leader John Smith"
        if not _political(head, mods, qualifier, before, lexicon, party, span.sent, before_name):
            continue
        whole = lexicon.role_canonical.get(fold(f"{core} {qualifier}")) if qualifier else None
        core = lexicon.role_canonical.get(fold(core), core)
        label = whole or (core if not qualifier or qualifier_party else f"{core} {qualifier.lower()}")
        if core == "member" and qualifier.lower().startswith("for "):
            label = "mp " + qualifier.lower()  # "the member for Kensington and Chelsea" is its MP
        phrases.append(RolePhrase(span.start, end, label, core, party, status))
    return phrases


def _ent_text(doc: Doc, token: Token) -> str:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """Capitalised words right after a title that NER did not call a person ("Prime Minister Theresa May")."""
    j = i
    while j < len(doc) and j - i < 3 and doc[j].is_title and doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in ("PARTY", "GPE", "NORP"):
        j += 1
    return (i, j) if j - i >= 2 else None


def _apposition_roles(doc: Doc, mention: Mention, phrases: list[RolePhrase]) -> list[RolePhrase]:
    """Roles in ", the Labour MP for Y," or ", who is ROLE" right after the name."""
    i = mention.end
    if i >= len(doc) - 1 or doc[i].text not in (",", "("):
        return []
    j = i + 1
    if doc[j].like_num and j + 2 < len(doc) and doc[j + 1].text == ",":  # "Robert Jackson, 58, MP for ..."
        j += 2
    if doc[j].lower_ in ("who", "now") and j + 1 < len(doc) and doc[j + 1].lower_ in ("is", "was", "became", "has"):
        j += 2
    while j < len(doc) - 1 and doc[j].lower_ in ("now", "also", "still", "currently", "then", "already"):
        j += 1
    if doc[j].pos_ not in _NP_START and doc[j].ent_type_ != "PARTY":
        return []
    stop = j
    while (stop < len(doc) and stop - j < 14 and doc[stop].text not in (",", ";", ")", ".", "—", "–")
           and doc[stop].lower_ not in ("who", "which", "that", "whose", "whom") and not doc[stop].is_sent_start):
        if doc[stop].pos_ in ("VERB", "AUX") and doc[stop].tag_ not in ("VBN", "VBG") and doc[stop].lower_ != "elect":
            return []
        if doc[stop].ent_type_ == "PERSON":
            return []
        stop += 1
    return [p for p in phrases if j <= p.start and p.end <= stop + 1]


def _copula_roles(doc: Doc, mention: Mention, phrases: list[RolePhrase]) -> list[RolePhrase]:
    """"X was elected MP", "oust X as leader", "X, who became party chairman"."""
    found = []
    for phrase in phrases:
        gap = doc[mention.end : phrase.start]
        linked = any(t.lower_ in ("as", "is", "was", "became", "becomes", "remains", "elected", "named", "appointed") for t in gap)
        plain = all(t.lower_ in _COPULA or t.ent_type_ == "PARTY" or t.lower_ in ("former", "party's", "'s") for t in gap)
        if 0 < len(gap) <= 5 and linked and plain:
            found.append(phrase)
    return found


_AS_VERBS = {"serve", "become", "be", "elect", "appoint", "name", "make", "resign", "quit", "remain", "succeed",
             "replace", "step", "stand", "retire", "choose", "select", "install", "return", "re-elect", "reappoint"}
_CAUSATIVE = {"appoint", "name", "make", "elect", "choose", "select", "install", "nominate", "reappoint", "re-elect"}
_FORMER_VERBS = {"resign", "quit", "step", "retire", "serve"}
_TO_VERBS = {"promote", "move", "appoint", "elevate", "shift", "switch", "return", "demote", "name", "rise", "propel"}
_POST_NOUNS = {"position", "post", "role", "job", "office", "offices", "title", "rank", "seat"}


def _subject_person(doc: Doc, verb: Token, by_token: dict[int, Mention], mentions: list[Mention],
                    resolved: dict[Mention, str] | None = None) -> Mention | None:
    """The person a verb is about: its subject, through "who" to the noun it qualifies, and "he"/"she"
    to their antecedent (kg.extract.people.antecedent)."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.i in by_token:
            return by_token[child.i]
        if child.lower_ in ("who",) and verb.dep_ == "relcl" and verb.head.i in by_token:
            return by_token[verb.head.i]
        if child.lower_ in ("he", "she") and verb.dep_ == "advcl" and verb.head is not verb:
            # "Before he resigned ..., David Blunkett had ...": the pronoun looks ahead to the main subject
            main = _subject_person(doc, verb.head, by_token, mentions, resolved)
            if main is not None:
                return main
        if child.lower_ in ("he", "she"):
            return antecedent(doc, child, mentions, resolved or {})
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return _subject_person(doc, verb.head, by_token, mentions, resolved)
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBN", "VBG") and verb.head is not verb:
        # "Named home secretary in 2001, Mr X ...", "After serving as a junior minister, he ..."
        head = verb.head if verb.dep_ == "advcl" else verb.head.head
        return _subject_person(doc, head, by_token, mentions, resolved)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "He overcame a deficit to defeat X": an infinitive's subject is the nearest clause's
        owner = next((a for a in verb.ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        if owner is not None:
            return _subject_person(doc, owner, by_token, mentions, resolved)
    return None


def _conjoined(doc: Doc, mention: Mention | None, by_token: dict[int, Mention]) -> list[Mention]:
    """People joined to a subject by "and": "Crist and Rubio are competing"."""
    if mention is None:
        return []
    head = doc[mention.end - 1]
    return [by_token[t.i] for t in head.children if t.dep_ == "conj" and t.i in by_token]


def _predicate_roles(doc: Doc, phrases: list[RolePhrase], mentions: list[Mention],
                     resolved: dict[Mention, str]) -> list[tuple[Mention, RolePhrase]]:
    """"He served as foreign secretary", "Mr Jackson, who ... became leader", "was elected MP for Y"."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    heads: dict[int, Token] = {}
    verbs: dict[int, Token] = {}
    for phrase in phrases:
        head = doc[phrase.start : phrase.end].root
        while head.dep_ == "conj" and head.head.i < head.i:  # "offices of chancellor, home secretary and ..."
            head = head.head
        heads[phrase.start] = head
        causative = head.head.lemma_ in _CAUSATIVE and head.head.tag_ != "VBN" and not any(
            c.dep_ == "auxpass" for c in head.head.children)
        if head.dep_ in ("attr", "oprd", "dobj") and head.head.lemma_ in _AS_VERBS and not causative:
            # "X became leader", "X was appointed minister"; but "Y appointed his attorney general" is not Y's role
            verbs[phrase.start] = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX"):
            verbs[phrase.start] = head.head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_ in _TO_VERBS:
            verbs[phrase.start] = head.head.head  # a reshuffle: "promoted to foreign secretary", "moved to health"
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in _POST_NOUNS:
            # "resigned the position of home secretary", "held each of the major offices of chancellor"
            verb = next((a for a in list(head.head.head.ancestors)[:4] if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                verbs[phrase.start] = verb
    for phrase in phrases:  # "chancellor and home secretary" mis-parsed as one noun phrase: share the verb
        head = heads[phrase.start]
        if phrase.start not in verbs and head.dep_ in ("nmod", "compound"):
            owner = next((p for p in phrases if p.start <= head.head.i < p.end and p.start in verbs), None)
            if owner is not None:
                verbs[phrase.start] = verbs[owner.start]
    pairs = []
    for phrase in phrases:
        verb = verbs.get(phrase.start)
        if verb is None:
            continue
        if verb.lemma_ in ("replace", "succeed"):  # "X was replaced as the member for Y by Z": Z holds it now
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            successor = next((by_token[t.i] for t in (agent.subtree if agent is not None else ()) if t.i in by_token), None)
            if successor is not None:
                pairs.append((successor, phrase))
        mention = _subject_person(doc, verb, by_token, mentions, resolved)
        for other in _conjoined(doc, mention, by_token):  # "Charlie Crist and Marco Rubio are competing to be ..."
            pairs.append((other, phrase))
        if mention is not None and not (mention.start <= phrase.start < mention.end):
            past_office = (verb.lemma_ == "hold" and verb.tag_ in ("VBD", "VBN")) or (
                verb.lemma_ == "replace" and any(c.dep_ == "nsubjpass" for c in verb.children))
            status = "former" if verb.lemma_ in _FORMER_VERBS or past_office else phrase.status
            pairs.append((mention, RolePhrase(phrase.start, phrase.end, phrase.label, phrase.core, phrase.party, status)))
    return pairs


def _against(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"), None)
    if prep is None:
        return None
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return by_token.get(target.i) if target is not None else None


def _verb_roles(doc: Doc, lexicon: Lexicon, mentions: list[Mention],
                resolved: dict[Mention, str]) -> list[tuple[Mention, RolePhrase]]:
    """Roles stated by a verb: "He chaired the Labour Party", "she represented Fenby", "led Labour"."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    pairs = []
    for verb in doc:
        spec = lexicon.role_verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if spec is None:
            continue
        role, kinds = spec
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if role in ("founder", "co-founder"):  # "Veritas was formed by Mr Kilroy-Silk"
            made = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.ent_type_ == "PARTY"), None)
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            by = next((by_token[t.i] for t in (agent.subtree if agent is not None else ()) if t.i in by_token), None)
            if made is not None and by is not None:
                party = lexicon.party_of(made.ent_id_ or made.text)
                pairs.append((by, RolePhrase(verb.i, verb.i + 1, role, role, party, "current")))
                continue
        rival = _against(verb, by_token) if role == "candidate" else None
        if role == "candidate" and verb.lemma_.lower() in ("beat", "defeat", "unseat"):
            # "X ... to defeat Democrat Martha Coakley": a person beating a person in a contest
            beaten = by_token.get(target.i) if target is not None else None
            winner = _subject_person(doc, verb, by_token, mentions, resolved)
            rival = beaten if beaten is not None and winner is not None else None
        if rival is not None:  # "X is to stand against Labour MP Oona King": both are candidates
            runner = _subject_person(doc, verb, by_token, mentions, resolved)
            for person in (runner, rival):
                if person is not None:
                    pairs.append((person, RolePhrase(verb.i, verb.i + 1, "candidate", "candidate", None, "current")))
            continue
        if target is None:
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "against")), None)
            target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if target is None:
            continue
        party = lexicon.party_of(target.ent_id_ or target.text) if target.ent_type_ == "PARTY" else None
        body = not party and target.lower_ in ("council", "party", "assembly", "committee", "association", "branch", "campaign")
        place = target.ent_type_ in ("GPE", "LOC") or (target.is_title and target.ent_type_ not in ("PERSON", "ORG", "DATE"))
        election = target.lower_ in ("seat", "constituency", "by-election", "election") or target.lemma_ == "election"
        ok = ("party" in kinds and party) or ("body" in kinds and body) or ("place" in kinds and place) \
            or ("election" in kinds and election)
        if not ok:
            continue
        mention = _subject_person(doc, verb, by_token, mentions, resolved)
        if mention is None:
            continue
        label = role
        if body and role in ("leader", "chairman"):
            label = f"{target.lower_} {role}"  # "led the city council": council leader
        status = "former" if verb.tag_ in ("VBD", "VBN") else "current"
        pairs.append((mention, RolePhrase(verb.i, verb.i + 1, label, label, party, status)))
    return pairs


def _definite_roles(doc: Doc, phrases: list[RolePhrase], mentions: list[Mention], resolved: dict[Mention, str],
                    taken: set[int]) -> list[tuple[Mention, RolePhrase]]:
    """"The East Midlands MEP, who quit ..." opening a sentence: the article's main person, if they were
    named in the sentences just before. Other people are not guessed at."""
    topic = main_person(doc, mentions, resolved)
    if topic is None:
        return []
    pairs = []
    headline_end = next(iter(doc.sents)).end if len(doc) else 0
    lead = [m for m in mentions if headline_end <= m.start and resolved.get(m, m.name) == topic]
    unnamed = not any(m.start < headline_end for m in mentions)
    for phrase in phrases:
        # "Tory leader quits legal position": a headline's unnamed subject is the person the lead names
        opening = phrase.end <= headline_end and phrase.start not in taken and all(
            t.ent_type_ == "PARTY" or t.lower_ in ("former", "ex", "-") for t in doc[0 : phrase.start])
        if opening and lead and unnamed:
            pairs.append((lead[0], phrase))
            continue
        if phrase.start in taken or phrase.start == 0 or doc[phrase.start - 1].lower_ != "the":
            continue
        first = doc[phrase.start - 1]
        if not first.is_sent_start or doc[phrase.end - 1].dep_ not in ("nsubj", "nsubjpass"):
            continue
        floor = first.sent.start
        for _ in range(3):
            floor = doc[floor - 1].sent.start if floor > 0 else 0
        recent = [m for m in mentions if floor <= m.start < first.i and resolved.get(m, m.name) == topic]
        if recent:
            pairs.append((recent[-1], phrase))
    return pairs


def extract_roles(
    doc: Doc, nlp: Language, lexicon: Lexicon, mentions: list[Mention], resolved: dict[Mention, str]
) -> list[RoleFact]:
    phrases = role_phrases(doc, nlp, lexicon)
    by_start = {m.start: m for m in mentions}
    by_start_hon = {}
    for m in mentions:  # "Mr Corbyn": the honorific sits between a title and the name
        k = m.start - 1
        while k >= 0 and (doc[k].text in lexicon.honorifics):
            by_start_hon[k] = m
            k -= 1
    pairs: list[tuple[Mention, RolePhrase]] = []
    for phrase in phrases:
        mention = by_start.get(phrase.end) or by_start_hon.get(phrase.end)
        if mention is None and phrase.end < len(doc) and doc[phrase.end].lower_ in ("for", "of"):
            # "spokeswoman for women Sandra Gidley": a short lower-case portfolio between title and name
            for k in range(phrase.end + 2, min(phrase.end + 5, len(doc))):
                if k in by_start and all(t.is_lower or t.lower_ == "the" for t in doc[phrase.end + 1 : k]):
                    mention = by_start[k]
                    break
        if mention is None and phrase.end < len(doc):
            span = _name_after(doc, phrase.end)
            if span:
                mention = add_mention(doc, span[0], span[1], lexicon)
                if mention:
                    mentions.append(mention)
                    resolved[mention] = mention.name
        if mention is not None:
            pairs.append((mention, phrase))
        elif phrase.end < len(doc) - 1 and doc[phrase.end].text == ",":
            follower = by_start.get(phrase.end + 1)
            span = _name_after(doc, phrase.end + 1) if follower is None else None
            if span and span[1] < len(doc) and doc[span[1]].text == ",":  # ", Theresa May," unlabelled by NER
                follower = add_mention(doc, span[0], span[1], lexicon)
                if follower:
                    mentions.append(follower)
                    resolved[follower] = follower.name
            if follower is None:
                continue
            # "the Tory leader, Michael Howard": a determined title, then the name
            if any(t.pos_ in ("DET", "PRON") for t in doc[max(0, phrase.start - 2) : phrase.start]) or phrase.party:
                pairs.append((follower, phrase))
    for mention in mentions:
        for phrase in _apposition_roles(doc, mention, phrases) + _copula_roles(doc, mention, phrases):
            pairs.append((mention, phrase))
    pairs.extend(_predicate_roles(doc, phrases, mentions, resolved))
    pairs.extend(_verb_roles(doc, lexicon, mentions, resolved))
    pairs.extend(_definite_roles(doc, phrases, mentions, resolved, {p.start for _, p in pairs}))
    starts = {p.start: p for p in phrases}
    for mention in mentions:  # "Jim Dobbin MP": a member's title after the name
        after = starts.get(mention.end)
        if after is not None and after.core in ("mp", "msp", "mep", "td", "mla") and doc[after.start].is_upper:
            pairs.append((mention, after))

    facts = []
    for mention, phrase in pairs:
        person = resolved.get(mention, mention.name)
        evidence = evidence_for(doc[phrase.start : phrase.end])  # the sentence that states the role
        facts.append(RoleFact(person, phrase.label, phrase.party, evidence, phrase.status,
                              "stated" if phrase.party else None))
    return collapse(_infer_parties(doc, facts, mentions, resolved, lexicon))


_DISTINGUISHING = {"deputy", "shadow", "vice", "junior", "assistant", "acting", "interim", "co", "chief", "prime",
                   "first", "former", "ex"}


def collapse(facts: list[RoleFact]) -> list[RoleFact]:
    """Drop "mayor" when the same person is also "elected mayor of Copeland" for the same party: one
    role, said twice. A prefix that changes the office ("deputy leader", "shadow chancellor") is kept."""
    def covers(longer: str, shorter: str) -> bool:
        words, short = longer.split(" of ")[0].split(), shorter.split()
        if len(short) != 1 or len(words) <= 1 or words[-1] != short[0] or longer == shorter:
            return False
        return not (set(words[:-1]) & _DISTINGUISHING)

    return [f for f in facts if not any(
        g.person == f.person and g.party == f.party and covers(g.role, f.role) for g in facts)]


def _free_party_near(doc: Doc, fact: RoleFact, taken: set[tuple[int, str]]) -> str | None:
    """A party named in the fact's own sentence and not already part of someone else's title."""
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    free = [e.ent_id_ for e in span.ents if e.label_ == "PARTY" and e.ent_id_
            and (fact.evidence.start, e.ent_id_) not in taken and not _left(e)]
    return free[0] if len(set(free)) == 1 else None


_LEAVING = {"quit", "leave", "desert", "abandon", "defect", "resign", "split", "expel", "suspend", "oppose", "beat",
            "defeat", "attack", "criticise", "criticize"}


def _left(party: Span) -> bool:
    """"who quit the UK Independence Party", "defected from Labour": a party someone left or opposes."""
    head = party.root.head
    if head.lower_ in ("from", "against") and head.head is not head:
        head = head.head
    return head.lemma_.lower() in _LEAVING


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    return any(t.is_space and t.text.count("\n") >= 2 for t in doc[max(start - 1, 0) : end + 1])


def _alone(doc: Doc, sents: list[Span], n: int) -> bool:
    """A sentence that is a paragraph by itself (a caption, a headline, a one-line quote)."""
    before = n == 0 or _paragraph_break(doc, sents[n - 1].end, sents[n].start)
    after = n == len(sents) - 1 or _paragraph_break(doc, sents[n].end, sents[n + 1].start)
    return before and after


def _infer_parties(
    doc: Doc, facts: list[RoleFact], mentions: list[Mention], resolved: dict[Mention, str], lexicon: Lexicon
) -> list[RoleFact]:
    """A person's party stated anywhere in the article applies to their other roles; failing that,
    the party most often named in the sentences about them."""
    stated: dict[str, Counter[str]] = {}
    for person, party in affiliations(doc, mentions, resolved, lexicon).items():
        stated.setdefault(person, Counter())[party] += 10  # said at the name itself: the strongest evidence
    taken: set[tuple[int, str]] = set()  # (sentence start, party) already in someone's title
    for fact in facts:
        if fact.party:
            stated.setdefault(fact.person, Counter())[fact.party] += 1
            taken.add((fact.evidence.start, fact.party))
    nearby: dict[str, Counter[str]] = {}
    sents = list(doc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    for mention in mentions:
        here = index[doc[mention.start].sent.start]
        person = resolved.get(mention, mention.name)
        counter = nearby.setdefault(person, Counter())
        for n in range(max(0, here - 1), min(len(sents), here + 2)):
            if n != here and _paragraph_break(doc, sents[min(n, here)].end, sents[max(n, here)].start) and (
                    _alone(doc, sents, n) or _alone(doc, sents, here)):
                continue  # a photo caption or a one-line paragraph is about someone else
            for ent in sents[n].ents:
                if ent.label_ == "PARTY" and ent.ent_id_:
                    distance = min(abs(ent.start - mention.end), abs(mention.start - ent.end))
                    counter[ent.ent_id_] += (4 if distance <= 2 else 2) if n == here else 1
    article_party = Counter(e.ent_id_ for e in doc.ents if e.label_ == "PARTY" and e.ent_id_).most_common(1)
    out = []
    for fact in facts:
        if fact.party is None:
            own = _free_party_near(doc, fact, taken)
            if fact.person in stated:
                fact = RoleFact(fact.person, fact.role, stated[fact.person].most_common(1)[0][0], fact.evidence,
                                fact.status, "stated elsewhere in the article")
            elif own:
                fact = RoleFact(fact.person, fact.role, own, fact.evidence, fact.status,
                                "inferred from the sentence")
            elif nearby.get(fact.person):
                fact = RoleFact(fact.person, fact.role, nearby[fact.person].most_common(1)[0][0], fact.evidence,
                                fact.status, "inferred from nearby mentions")
            elif article_party and (fact.role in lexicon.party_roles or fact.role.startswith("shadow")
                                    or fact.role.split()[-1] in lexicon.party_roles
                                    or set(fact.role.split()) & lexicon.party_organisation_words):
                fact = RoleFact(fact.person, fact.role, article_party[0][0], fact.evidence,
                                fact.status, "inferred from the article's main party")
        out.append(fact)
    return out
