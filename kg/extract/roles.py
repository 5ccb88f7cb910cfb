"""Person-role-party facts: titles before names, appositions after them, and "X is/as ROLE".

Role phrases come from kg.extract.phrases; which person a phrase belongs to is decided here, by its
position relative to the person's name or by the parse; kg.extract.parties fills in missing parties.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract import phrases
from kg.extract.candidates import party_at, public_race
from kg.extract.context import ArticleContext, Found
from kg.extract.lexicon import Lexicon
from kg.extract.model import RoleFact
from kg.extract.patterns import load_matcher
from kg.extract.people import Mention, add_mention, affiliation_at, evidence_for, main_person, name_run, subject_person
from kg.extract.phrases import RolePhrase, status_and_party
from kg.extract.registry import example, rule

Pairs = list[tuple[Mention, RolePhrase]]

_NP_START = {"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"}


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """Capitalised words right after a title that NER did not call a person ("Prime Minister Theresa May")."""
    j = i
    while j < len(doc) and j - i < 3 and doc[j].is_title and doc[j].pos_ == "PROPN" \
            and doc[j].ent_type_ not in ("PARTY", "GPE", "NORP"):
        j += 1
    return (i, j) if j - i >= 2 else None


def _apposition_roles(doc: Doc, mention: Mention, phrases: list[RolePhrase]) -> list[RolePhrase]:
    """Roles in ", the Labour MP for Y," or ", who is ROLE" right after the name."""
    i = _after_party_code(doc, mention.end)
    if i >= len(doc) - 1 or doc[i].text not in (",", "("):
        return []
    j = i + 1
    if doc[j].like_num and j + 2 < len(doc) and doc[j + 1].text == ",":  # "Robert Jackson, 58, MP for ..."
        j += 2
    if doc[j].lower_ in ("who", "now") and j + 1 < len(doc) and doc[j + 1].lower_ in ("is", "was", "became", "has"):
        j += 2
    while j < len(doc) - 1 and doc[j].lower_ in ("now", "also", "still", "currently", "then", "already"):
        j += 1
    if doc[j].lower_ in ("elected", "re-elected", "appointed") and j + 1 < len(doc) - 1:
        j += 2 if doc[j + 1].lower_ == "as" else 1  # "X, elected as a Green councillor in 2019, said"
    if doc[j].pos_ not in _NP_START and doc[j].ent_type_ != "PARTY":
        return []
    stop = j
    while (stop < len(doc) and stop - j < 14 and doc[stop].text not in (",", ";", ")", ".", "—", "–")
           and doc[stop].lower_ not in ("who", "which", "that", "whose", "whom") and not doc[stop].is_sent_start
           and not (doc[stop].pos_ == "SCONJ" and stop > j and not _dated(doc, stop))):
        # "X, Labour's mayor since the office began,": a clause; but "a Labour deputy since 2007 and vice-president
        # of the party" goes on past a date to a second title
        if doc[stop].pos_ in ("VERB", "AUX") and doc[stop].tag_ not in ("VBN", "VBG") and doc[stop].lower_ != "elect":
            return []
        if doc[stop].ent_type_ == "PERSON" and not any(p.start <= stop < p.end for p in phrases):
            owner = stop
            while owner < len(doc) and doc[owner].ent_type_ == "PERSON" and doc[owner].text not in ("'s", "’s"):
                owner += 1
            if owner < len(doc) and doc[owner].text in ("'s", "’s"):  # "X, Ann Roe's spokesman,": X is the spokesman
                stop = owner + 1
                continue
            return []  # another person; but "MLA" the model took for a name is the title it is
        stop += 1
    # "X, the prime minister's chief of staff": a possessive title is someone else's; so is one a noun names "to"
    return [p for p in phrases if j <= p.start and p.end <= stop + 1 and not _possessive(doc, p.end)
            and not _served_office(doc, p.start)]


def _dated(doc: Doc, k: int) -> bool:
    """Whether the word at k ("since", which the parser tags as a conjunction) only dates a title: a date follows it
    and no verb ("since 2007"), where a clause ("since the office began") has one."""
    return k + 1 < len(doc) and doc[k + 1].ent_type_ == "DATE" and (k + 2 >= len(doc) or doc[k + 2].pos_ not in ("VERB", "AUX"))


def _served_office(doc: Doc, start: int) -> bool:
    """"assistant to the agriculture minister", "adviser to the president": the office after "to (the)" on a noun
    is the one served; "promoted to deputy leader" (on a verb) is the holder's own."""
    k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    return k >= 1 and doc[k].lower_ == "to" and doc[k - 1].pos_ == "NOUN"


def _possessive(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text in ("'s", "’s", "'", "’")


def _after_party_code(doc: Doc, end: int) -> int:
    """Past a short bracket right after a name, a party code or an aside ("Tom Ure (R-Ohio), the House whip",
    "Ann Roe (pictured), the MP"): where the apposition's comma is."""
    if end >= len(doc) or doc[end].text != "(":
        return end
    close = next((k for k in range(end + 1, min(end + 7, len(doc))) if doc[k].text in (")", "(")), None)
    if close is None or doc[close].text != ")" or close + 1 >= len(doc) or doc[close + 1].text != ",":
        return end
    return close + 1


def _linked(gap: Span, lexicon: Lexicon) -> bool:
    """Whether the words between a name and a role link them: "was elected", "will become", "would stay"."""
    return any(t.lower_ in lexicon.link_words for t in gap) and all(
        t.lower_ in lexicon.copula_words or t.ent_type_ == "PARTY" or t.lower_ in ("former", "party's", "'s") for t in gap)


def _copula_roles(doc: Doc, mention: Mention, phrases: list[RolePhrase], lexicon: Lexicon) -> list[RolePhrase]:
    """"X was elected MP", "oust X as leader", "X, who became party chairman"."""
    found = []
    for phrase in phrases:
        if not 0 < phrase.start - mention.end <= 5:  # only a short gap links them (checked first: it is cheap)
            continue
        if _linked(doc[mention.end : phrase.start], lexicon):
            found.append(phrase)
    return found


def _conjoined(doc: Doc, mention: Mention | None, by_token: dict[int, Mention]) -> list[Mention]:
    """People joined to a subject by "and": "Crist and Rubio are competing"."""
    if mention is None:
        return []
    head = doc[mention.end - 1]
    return [by_token[t.i] for t in head.children if t.dep_ == "conj" and t.i in by_token]


def _phrase_head(doc: Doc, phrase: RolePhrase) -> Token:
    """The phrase's head, climbed out of a list: "offices of chancellor, home secretary and ..." share one verb."""
    head = doc[phrase.start : phrase.end].root
    if head.i > phrase.start and head.lower_ in ("of", "for") and head.head.i < phrase.start:
        head = doc[phrase.start : head.i].root  # "stood down as MP for Fenby", "for" hung on the verb: the title heads it
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head


def _causative(verb: Token, lexicon: Lexicon) -> bool:
    """"Y appointed his attorney general": an active causative verb gives the role to its object, not to Y."""
    return verb.lemma_ in lexicon.causative_verbs and verb.tag_ != "VBN" and not any(c.dep_ == "auxpass" for c in verb.children)


def _post_verb(head: Token) -> Token | None:
    """"gave up the position of health secretary": the verb a few steps above the post noun."""
    return next((a for a in list(head.head.head.ancestors)[:4] if a.pos_ in ("VERB", "AUX")), None)


def _predicate_verb(doc: Doc, phrase: RolePhrase, head: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose complement the phrase is, if the parse shows one; its subject is the holder."""
    if head.i == phrase.start and head.pos_ == "VERB" and head.lemma_ in lexicon.as_verbs:
        return head  # "has been elected leader of the Liberal Democrats": the phrase holds its verb
    up = head.head
    if head.dep_ in ("attr", "oprd", "dobj") and up.lemma_ in lexicon.as_verbs and not _causative(up, lexicon):
        # "X became leader", "X was appointed minister"; but "Y appointed his attorney general" is not Y's role
        return up
    if head.dep_ == "pobj" and up.lower_ == "as" and up.head.pos_ in ("VERB", "AUX"):
        return up.head
    if head.dep_ == "pobj" and up.lower_ == "as" and up.head.dep_ == "dobj" and up.head.head.lemma_ in ("replace", "succeed"):
        return up.head.head  # "X has replaced Y, who was sacked, as business secretary": "as" hung on Y
    if head.dep_ == "pobj" and up.lower_ == "to" and up.head.lemma_ in lexicon.promoting_verbs:
        return up.head  # a reshuffle: "promoted to foreign secretary", "moved to health"
    if head.dep_ == "xcomp" and up.lemma_ in lexicon.promoting_verbs and head.i > 0 and doc[head.i - 1].lower_ == "to":
        return up  # "promoted to chancellor", which the parser reads as a verb
    if head.dep_ in ("compound", "nmod") and up.lemma_ in lexicon.post_nouns and up.dep_ == "dobj" \
            and up.head.lemma_ in lexicon.post_taking_verbs:
        return up.head  # "maintains the minister of labour role", "took on the deputy leader job"
    if head.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_ in lexicon.post_nouns:
        # "gave up the position of health secretary", "held each of the great offices of state"
        return _post_verb(head)
    return None


def _predicate_verbs(doc: Doc, phrases: Sequence[RolePhrase], lexicon: Lexicon) -> dict[int, Token]:
    """phrase start -> its verb; a phrase the parser folded into another's noun phrase shares that one's verb."""
    heads: dict[int, Token] = {}
    verbs: dict[int, Token] = {}
    for phrase in phrases:
        heads[phrase.start] = head = _phrase_head(doc, phrase)
        verb = _predicate_verb(doc, phrase, head, lexicon)
        if verb is not None:
            verbs[phrase.start] = verb
    for phrase in phrases:  # "chancellor and home secretary" mis-parsed as one noun phrase: share the verb
        head = heads[phrase.start]
        if phrase.start not in verbs and head.dep_ in ("nmod", "compound"):
            owner = next((p for p in phrases if p.start <= head.head.i < p.end and p.start in verbs), None)
            if owner is not None:
                verbs[phrase.start] = verbs[owner.start]
    return verbs


def _replaced_holders(verb: Token, phrase: RolePhrase, by_token: dict[int, Mention]) -> Pairs:
    """"X was appointed Home Secretary, replacing Sajid Javid" (or "taking over from"): the one replaced held the
    office before."""
    pairs = []
    # "was made attorney general and will sit in cabinet, replacing X": also the participle of a joined verb
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.tag_ != "VBG"]
    for follower in [*verb.children, *(c for j in joined for c in j.children)]:
        if follower.dep_ in ("advcl", "conj") and follower.tag_ == "VBG":
            predecessor = _replaced(follower, by_token)
            if predecessor is not None:
                pairs.append((predecessor, RolePhrase(phrase.start, phrase.end, phrase.label, phrase.core, None, "former")))
    return pairs


def _replaced(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The person a verb says was replaced: "replacing/succeeding X", "taking over from X"."""
    if verb.lemma_ in ("replace", "succeed"):
        return next((by_token[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in by_token), None)
    if verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        return next((by_token[c.i] for c in source.children if c.dep_ == "pobj" and c.i in by_token), None) if source else None
    return None


def _agent(verb: Token, by_token: dict[int, Mention], head: Token | None = None) -> Mention | None:
    """The person in a passive verb's "by" phrase: "was replaced ... by Z", also where the parser hangs "by" on the
    office ("was replaced as chief whip by Z")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and head is not None and verb.tag_ == "VBN":
        agent = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((by_token[t.i] for t in (agent.subtree if agent is not None else ()) if t.i in by_token), None)


def _predicate_status(verb: Token, phrase: RolePhrase, lexicon: Lexicon, away: bool = False) -> str:
    """A role left ("resigned as", "held", "was replaced as", "stood down as") is a former one, whatever the phrase says."""
    past_office = (verb.lemma_ == "hold" and verb.tag_ in ("VBD", "VBN")) or (
        verb.lemma_ == "replace" and any(c.dep_ == "nsubjpass" for c in verb.children))
    return "former" if verb.lemma_ in lexicon.former_verbs or past_office or away else phrase.status


def _given_to(verb: Token, head: Token, by_token: dict[int, Mention], lexicon: Lexicon) -> tuple[bool, Mention | None]:
    """"Day names Ann Roe as Labor candidate", "the premier promoted Tom Ure to health": an active verb
    that gives a role "as"/"to" gives it to its object, not to its subject; so does one that gives it "to the
    post of" ("appointed Ann Roe to the posts of finance minister and deputy prime minister"). Whether the
    verb gives the role to an object, and that object's person (None when it is no one kg knows: never the subject)."""
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in lexicon.post_nouns:
        head = head.head.head
    through = head.head.lower_ in ("as", "to") if head.dep_ == "pobj" else (
        head.dep_ == "xcomp" and head.i > 0 and head.doc[head.i - 1].lower_ == "to")  # "promoted X to chancellor"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:  # a headline's parse: "Ann Roe names Tom Ure as ..." with the name hung on the verb another way
        obj = next((c for c in verb.children if c.dep_ in ("appos", "npadvmod", "dative") and verb.i < c.i < head.i
                    and c.i in by_token), None)
    giving = verb.lemma_ in lexicon.causative_verbs or verb.lemma_ in lexicon.promoting_verbs or verb.lemma_ in lexicon.giving_verbs
    if not giving or verb.tag_ == "VBN" or not through or obj is None:
        return False, None
    return True, by_token.get(obj.i)


_LINK_LABELS = ("DESCRIBE", "PAST", "AWAY", "MAYBE", "SUPPOSED", "REFUSE", "CONTINUE")


def _not_held(verb: Token, lexicon: Lexicon, links: dict[int, set[str]]) -> str:
    """Why a verb linking a person to an office tells no office held ("" when it tells one): "denied" ("is not the MP",
    "has never been a minister", "declined to become", "denied he was a candidate", "turned down the post of"),
    "unreal" ("if she becomes leader", "could be the next leader", "is tipped to become"), or "striving" ("hopes to
    become mayor", "is vying to be the nominee": only hoped for, which makes a candidate of a candidacy alone)."""
    if phrases.negated(verb) or "REFUSE" in links.get(verb.i, ()):
        return "denied"
    if any("MAYBE" in links.get(c.i, ()) for c in verb.children):
        return "unreal"
    ifs = {w for w in lexicon.conditional_words if w in ("if", "unless")}
    conditions = [c for c in verb.children if c.dep_ == "advcl"]  # "would become prime minister if Labour won"
    if any(c.dep_ == "mark" and c.lower_ in ifs for t in [*conditions, *[verb, *verb.ancestors][:3]] for c in t.children):
        return "unreal"  # not "whether", which a question about someone named with their office may open
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head is tok or "CONTINUE" in links.get(tok.i, ()):
            return ""  # "vows to carry on as MP": she is one
        tok = tok.head
        # the word as well as its lemma: the lemmatizer reads "hopes" as "hop"
        forms = {tok.lemma_.lower(), tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_}
        if forms & lexicon.refusing_verbs or phrases.negated(tok):
            return "denied"
        if "SUPPOSED" in links.get(tok.i, ()):
            return "unreal"  # "is expected to be named the candidate": others' guess, not her bid
        if forms & lexicon.attempt_verbs:
            return "striving"
    return ""


def _held(phrase: RolePhrase, verb: Token, lexicon: Lexicon, links: dict[int, set[str]]) -> bool:
    """Whether the verb gives the phrase's office as held (see _not_held): "vying to be the Republican nominee" makes a
    candidate, as striving for a candidacy is standing."""
    why = _not_held(verb, lexicon, links)
    return not why or (why == "striving" and phrase.label.startswith("candidate"))


def _body_subject(verb: Token) -> bool:
    """"..., but the party continued with Tom Ure as leader": a clause joined by "and"/"but" whose own subject is a
    party gives no office to the person of the clause before it ("Ann Roe, whom the party chose
    as leader" does: a relative clause is about its noun)."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PARTY" for c in verb.children)


def _acting_label(verb: Token, phrase: RolePhrase, lexicon: Lexicon) -> str:
    """"has acted as mayor since his death": one who acts as the holder (data "acting_verbs") is the acting holder,
    not the holder, which the office's next election fills."""
    if verb.lemma_ not in lexicon.acting_verbs or phrase.label.startswith(tuple(lexicon.role_prefixes)):
        return phrase.label
    return f"acting {phrase.label}"


def _participle_holder(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """"Ann Roe, first elected in 2014 as a Labour deputy for Kelby, ...": a past participle's clause hung on a
    name (a reduced relative clause) has no subject of its own; the name it qualifies is the one it tells of."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        return by_token.get(verb.head.i)
    return None


def _predicate_roles(ctx: ArticleContext) -> Pairs:
    """"He served as foreign secretary", "Mr Jackson, who ... became leader", "was elected MP for Y"."""
    doc, by_token = ctx.doc, ctx.by_token
    mentions, resolved = list(ctx.mentions), dict(ctx.resolved)
    verbs = _predicate_verbs(doc, ctx.phrases, ctx.lexicon)
    links = _labels_at(ctx, "role_links", _LINK_LABELS)
    pairs = []
    for phrase in ctx.phrases:
        verb = verbs.get(phrase.start)
        if verb is None or "DESCRIBE" in links.get(verb.i, ()) or not _held(phrase, verb, ctx.lexicon, links):
            continue  # "known as a thrifty lawmaker": a description, no office; "hopes to become mayor": none yet
        pairs += _replaced_holders(verb, phrase, by_token)
        if verb.lemma_ in ("replace", "succeed"):  # "X was replaced as member for Y by Z": Z holds it now
            successor = _agent(verb, by_token, doc[phrase.start : phrase.end].root)
            if successor is not None:
                pairs.append((successor, phrase))
        given, receiver = _given_to(verb, doc[phrase.start : phrase.end].root, by_token, ctx.lexicon)
        mention = receiver if given else None if _body_subject(verb) else subject_person(
            doc, verb, by_token, mentions, resolved, ctx.lexicon) or _participle_holder(verb, by_token)
        for other in _conjoined(doc, mention, by_token):  # "Tom Ure and Lee Fenn are vying to be ..."
            pairs.append((other, phrase))
        if mention is not None and not (mention.start <= phrase.start < mention.end):
            status = _predicate_status(verb, phrase, ctx.lexicon, any("AWAY" in links.get(c.i, ()) for c in verb.children))
            label = _acting_label(verb, phrase, ctx.lexicon)
            pairs.append((mention, RolePhrase(phrase.start, phrase.end, label, phrase.core, phrase.party, status)))
    return pairs


def _predecessors(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str],
                  pairs: list[tuple[Mention, RolePhrase]], lexicon: Lexicon) -> list[tuple[Mention, RolePhrase]]:
    """"She succeeds Sir Peter Hallam", "Mr Okonjo replaces David Ferrars": the one replaced held the office
    the successor was just given (the successor's role stated last, in this sentence or the two before)."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for verb in doc:
        if verb.lemma_ not in ("replace", "succeed", "take") or verb.pos_ != "VERB" or verb.tag_ == "VBG":
            continue
        replaced = _replaced(verb, by_token)
        if verb.lemma_ == "take" and replaced is None:
            continue
        successor = subject_person(doc, verb, by_token, mentions, resolved, lexicon)
        by = _agent(verb, by_token)
        if replaced is None and by is not None and successor is not None:
            # "Graham Thorne, the chancellor, is replaced by Bridget Okafor": Okafor takes Thorne's office
            name = resolved.get(successor, successor.name)
            held = [p for m, p in pairs if resolved.get(m, m.name) == name and verb.sent.start <= p.start < verb.sent.end
                    and p.core not in lexicon.shared_offices]
            for phrase in held:
                found.append((by, RolePhrase(verb.i, verb.i + 1, phrase.label, phrase.core, phrase.party, "current")))
                found.append((successor, RolePhrase(verb.i, verb.i + 1, phrase.label, phrase.core, phrase.party, "former")))
            continue
        if replaced is None or successor is None:
            continue
        floor = verb.sent.start
        for _ in range(2):
            floor = doc[floor - 1].sent.start if floor > 0 else 0
        name = resolved.get(successor, successor.name)
        held = [p for m, p in pairs if resolved.get(m, m.name) == name and floor <= p.start < verb.sent.end
                and p.status == "current" and p.core not in lexicon.shared_offices]
        if held:
            latest = max(held, key=lambda p: p.start)
            # anchored at the verb, so the evidence is the sentence that names both; a party's own office
            # ("leader of the Liberal Democrats") was the predecessor's in the same party
            party = latest.party if latest.core in lexicon.party_offices else None
            found.append((replaced, RolePhrase(verb.i, verb.i + 1, latest.label, latest.core, party, "former")))
    return found


def _against(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"), None)
    if prep is None:
        return None
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return by_token.get(target.i) if target is not None else None


def _leadership_party(sent: Span) -> str | None:
    """The party of a sentence about a party's leadership: the one party it names, if it names one."""
    if not any(t.lower_ in ("leader", "leadership", "deputy") for t in sent):
        return None
    named = {e.ent_id_ for e in sent.ents if e.label_ == "PARTY" and e.ent_id_}
    return named.pop() if len(named) == 1 else None


def _for_party(verb: Token, lexicon: Lexicon) -> str | None:
    """The party a candidacy is for: "contest Bethnal Green for Respect", "stand as a Liberal Democrat",
    "ran on the Conservative Party line", "ran on the Republican ticket"."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj"]  # "in London, for Respect"
    for prep in preps:
        if prep.lower_ not in ("for", "as", "on"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "for" and obj.ent_type_ == "PARTY":
                return lexicon.party_of(obj.ent_id_ or obj.text)
            if (prep.lower_ == "as" or obj.lower_ in ("line", "ticket", "slate")) and obj.lower_ not in ("leader",):
                party = next((t for t in obj.subtree if t.ent_type_ == "PARTY"), None)
                if party is not None:
                    return lexicon.party_of(party.ent_id_ or party.text)
    return None


@dataclass(frozen=True)
class Selection:
    """A person chosen as a party's candidate: "Jo Platt was selected for Hale"."""

    person: Mention
    verb: Token
    seat: str | None
    party: str | None


def selections(doc: Doc, lexicon: Lexicon, mentions: list[Mention]) -> list[Selection]:
    """"Jo Platt was selected for Hale", "Labour chose Ann Reed as its candidate". The party is the one
    doing the choosing, when the sentence says so; the seat, when it is named."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for verb in doc:
        if verb.lemma_ not in lexicon.selecting_verbs or verb.pos_ != "VERB":
            continue
        person = next((by_token[c.i] for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.i in by_token), None)
        if person is None:
            continue
        chosen, seat = False, None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "as", "to")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                place = obj.ent_type_ in ("GPE", "LOC") or (obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON")
                if prep.lower_ in ("for", "to") and place:
                    entity = next((e for e in doc.ents if e.start <= obj.i < e.end), None)
                    seat = entity.text if entity is not None else doc[obj.left_edge.i : obj.i + 1].text
                chosen = chosen or (prep.lower_ in ("for", "to") and (place or obj.lower_ in (
                    "seat", "constituency", "ward", "district", "by-election", "election")))
                chosen = chosen or (prep.lower_ == "as" and obj.lemma_ in ("candidate", "nominee", "challenger"))
        if not chosen:
            continue
        chooser = next((c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "PARTY"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if chooser is None and agent is not None:
            chooser = next((t for t in agent.subtree if t.ent_type_ == "PARTY"), None)
        party = lexicon.party_of(chooser.ent_id_ or chooser.text) if chooser is not None else None
        found.append(Selection(person, verb, seat, party))
    return found


def _served_on(doc: Doc, mentions: list[Mention], resolved: dict[Mention, str],
               lexicon: Lexicon) -> list[tuple[Mention, RolePhrase]]:
    """"Mr Fenn served on Kelby City Council": a councillor; "on the London Assembly": a member."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    pairs = []
    for verb in doc:
        if verb.lemma_ != "serve" or verb.pos_ != "VERB":
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
            body = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in lexicon.body_members), None)
            person = subject_person(doc, verb, by_token, mentions, resolved, lexicon) if body is not None else None
            if body is not None and person is not None:
                status = "former" if verb.tag_ in ("VBD", "VBN") else "current"
                role = lexicon.body_members[body.lower_]
                pairs.append((person, RolePhrase(body.i, body.i + 1, role, role, None, status)))
    return pairs


def _unseated(doc: Doc, lexicon: Lexicon, mentions: list[Mention]) -> list[tuple[Mention, RolePhrase]]:
    """"X won the Kelby seat from Tory Tom Ure": the person a seat was won from held it."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    pairs = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in ("win", "take", "gain", "capture", "seize", "snatch"):
            continue
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is None or target.lower_ not in ("seat", "constituency"):
            continue
        if any(t.lower_ in ("senate", "congress", "house", "council", "assembly") for t in target.subtree):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            loser = next((by_token[c.i] for c in prep.children if c.dep_ == "pobj" and c.i in by_token), None)
            if loser is not None:
                pairs.append((loser, RolePhrase(target.i, target.i + 1, "mp", "mp", None, "former")))
    return pairs


def _subject(ctx: ArticleContext, verb: Token) -> Mention | None:
    """subject_person over the article's people, as the verb rules ask it."""
    return subject_person(ctx.doc, verb, ctx.by_token, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)


def _verb_phrase(verb: Token, role: str, party: str | None, status: str = "current") -> RolePhrase:
    """A role a verb states is anchored at the verb, so its evidence is the verb's sentence."""
    return RolePhrase(verb.i, verb.i + 1, role, role, party, status)


def _founded(ctx: ArticleContext, verb: Token, role: str) -> Pairs:
    """"The Fenby Party was formed by Ms Roe": the passive names the party and its founder."""
    made = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.ent_type_ == "PARTY"), None)
    by = _agent(verb, ctx.by_token)
    if made is None or by is None:
        return []
    return [(by, _verb_phrase(verb, role, ctx.lexicon.party_of(made.ent_id_ or made.text)))]


def _challenged(ctx: ArticleContext, verb: Token, target: Token | None, role: str) -> Pairs:
    """"X challenged Ann Roe for the party leadership": a challenger, and the leader challenged."""
    incumbent = ctx.by_token.get(target.i) if target is not None else None
    challenger = _subject(ctx, verb)
    for_leadership = any(t.lower_ == "leadership" for c in verb.children if c.lower_ == "for" for t in c.subtree)
    if challenger is None or incumbent is None or not for_leadership:
        return []
    party = _leadership_party(verb.sent)  # a leadership contest is inside one party
    return [(challenger, _verb_phrase(verb, role, party)), (incumbent, _verb_phrase(verb, "leader", party))]


def _rival(ctx: ArticleContext, verb: Token, target: Token | None) -> Mention | None:
    """The other candidate a candidacy verb names: "stand against X", or the person beaten in "to defeat X"."""
    rival = _against(verb, ctx.by_token)
    if verb.lemma_.lower() in ("beat", "defeat", "unseat"):
        # "X ... to defeat Democrat Martha Coakley": a person beating a person in a contest
        beaten = ctx.by_token.get(target.i) if target is not None else None
        winner = _subject(ctx, verb)
        rival = beaten if beaten is not None and winner is not None else None
    return rival


def _candidates(ctx: ArticleContext, verb: Token, target: Token | None) -> Pairs:
    """Candidates a candidacy verb names with their party or a rival; none when it names neither, so the verb's
    object is read for the role instead."""
    rival = _rival(ctx, verb, target)
    stated = _for_party(verb, ctx.lexicon)
    pairs: Pairs = []
    if stated:  # "he would contest Bethnal Green for Respect": a candidate, and for which party
        runner = _subject(ctx, verb)
        if runner is not None:
            pairs.append((runner, _verb_phrase(verb, "candidate", stated)))
            if rival is None:
                return pairs
    if rival is not None:  # "X is to stand against Labour MP Oona King": both are candidates
        runner = None if stated else _subject(ctx, verb)
        # a leadership contest is inside one party: "elected leader of the Liberal Democrats, beating X"
        inside = _leadership_party(verb.sent)
        # each side's own party where the contest states it at the name: "Labour's Ann Roe defeated Tom Ure of the Greens"
        sides = [(person, _verb_phrase(verb, "candidate", inside or party_at(ctx, person)))
                 for person in (runner, rival) if person is not None]
        # a contest that names no election, race, count or side's party is no public race: "elected chairman of the club,
        # beating X in a vote of shareholders"
        pairs += sides if ctx.elections or any(p.party for _, p in sides) or public_race(verb.sent) else []
    return pairs


def _role_object(verb: Token) -> Token | None:
    """What the role is of: the verb's object, else the object of its "for", "in" or "against"."""
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "against")), None)
        target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return target


def _object_role(ctx: ArticleContext, verb: Token, role: str, kinds: str,
                 target: Token | None) -> Pairs:
    """"He chaired the Labour Party", "she represented Fenby": the verb's role, if its object is of a kind the
    verb takes (a party, a body, a place, an election), so "led the charge" is no leadership."""
    target = target if target is not None else _role_object(verb)
    if target is None:
        return []
    party = ctx.lexicon.party_of(target.ent_id_ or target.text) if target.ent_type_ == "PARTY" else None
    group = _party_group(ctx, target)
    body = not party and (target.lower_ in ctx.lexicon.role_bodies or group is not None)
    # "who represents Fenby for the Liberal Democrats", "represented Fenby as a Conservative": the side it is for
    party_for = None if party or body else _for_party(verb, ctx.lexicon)
    place = target.ent_type_ in ("GPE", "LOC") or (target.is_title and target.ent_type_ not in ("PERSON", "ORG", "DATE"))
    # a name the model took for a person or body, represented for a party, is a place: no one sits for a client
    place = place or (party_for is not None and target.pos_ == "PROPN" and target.ent_type_ != "DATE")
    election = target.lower_ in ("seat", "constituency", "by-election", "election") or target.lemma_ == "election"
    ok = ("party" in kinds and party) or ("body" in kinds and body) or ("place" in kinds and place) \
        or ("election" in kinds and election)
    mention = _subject(ctx, verb) if ok else None
    if mention is None:
        return []
    label = role
    if body and role in ("leader", "chairman"):
        label = f"{target.lower_} {role}"  # "led the city council": council leader
    # a founder stays one; "chaired the party" is a chairmanship that has ended
    status = "former" if verb.tag_ in ("VBD", "VBN") and role not in ("founder", "co-founder") else "current"
    return [(mention, RolePhrase(verb.i, verb.i + 1, label, label, party or party_for or group, status))]


def _party_group(ctx: ArticleContext, target: Token) -> str | None:
    """"leads the Labour group on Fenby council": a party's group (its members on a council) is a body, and its
    party the one it is named for."""
    if target.lower_ != "group":
        return None
    named = next((c for c in target.children if c.ent_type_ == "PARTY" and c.i < target.i), None)
    return ctx.lexicon.party_of(named.ent_id_ or named.text) if named is not None else None


def _led_by(ctx: ArticleContext, verb: Token, role: str) -> Pairs:
    """"the Fenby Party faction led by Ann Roe", "the party founded by Tom Ure": a party's (or its group's) noun
    the verb's participle qualifies, and the person of its "by"."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    named = next((t for t in ctx.doc[noun.left_edge.i : noun.i + 1] if t.ent_type_ == "PARTY"), None)
    by = _agent(verb, ctx.by_token)
    if named is None or by is None:
        return []
    return [(by, _verb_phrase(verb, role, ctx.lexicon.party_of(named.ent_id_ or named.text)))]


def _roles_of_verb(ctx: ArticleContext, verb: Token, role: str, kinds: str) -> Pairs:
    """The roles one role verb states; the specific readings (founding, challenging, standing) come first."""
    if "party" in kinds and (led := _led_by(ctx, verb, role)):
        return led
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if role in ("founder", "co-founder"):  # "The Fenby Party was formed by Ms Roe"
        founded = _founded(ctx, verb, role)
        if founded:
            return founded
    if role == "leadership challenger":  # "X challenged Ann Roe for the party leadership"
        return _challenged(ctx, verb, target, role)
    if role == "candidate":
        standing = _candidates(ctx, verb, target)
        if standing:
            return standing
    return _object_role(ctx, verb, role, kinds, target)


def _office_of_a_contest(ctx: ArticleContext, office: RolePhrase) -> bool:
    """Whether an office is one stood for: "whip", "governor", "president of Fenby", "leader of the Green Party"; not a
    generic head of a body that is no party or place ("leader of the council", chosen by its members)."""
    if office.core not in ctx.lexicon.generic_heads:
        return True
    doc = ctx.doc
    of = doc[office.end] if office.end < len(doc) and doc[office.end].lower_ == "of" else next(
        (t for t in doc[office.start : office.end] if t.lower_ == "of"), None)
    if of is None:
        return True
    named = doc[of.i + 1 : min(of.i + 6, len(doc))]
    return any(t.ent_type_ in ("PARTY", "GPE", "NORP") for t in named)


def _bid_made(ctx: ArticleContext, verb: Token) -> bool:
    """Whether a candidacy verb tells a bid made, not one denied or only supposed: "will not run", "would run",
    "ruled out running", "refused to run" make no candidate."""
    if phrases.hypothetical(verb, ctx.lexicon) or phrases.negated(verb):
        return False
    head = verb.head if verb.dep_ in ("xcomp", "advcl", "pcomp", "ccomp", "dobj") else None
    return head is None or not (head.lemma_.lower() in ctx.lexicon.refusing_verbs or phrases.negated(head))


def _office_bid(ctx: ArticleContext, verb: Token, ends: dict[int, RolePhrase]) -> Pairs:
    """"Tom Ure and Ann Roe are running for whip", "she ran for mayor": a candidacy verb "for" an office (a role phrase)
    makes its subject, and anyone joined to it, a candidate, whatever the office and the country; not a bid denied
    or supposed ("will not run for mayor", "ruled out running for governor")."""
    if not _bid_made(ctx, verb):
        return []
    bid = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    office = next((ends[o.i] for o in bid.children if o.dep_ == "pobj" and o.i in ends), None) if bid is not None else None
    runner = _subject(ctx, verb) if office is not None and office.core not in ctx.lexicon.contender_nouns else None
    if runner is None or office is None or not _office_of_a_contest(ctx, office):
        return []
    status = "former" if verb.tag_ in ("VBD", "VBN") else "current"
    phrase = RolePhrase(verb.i, verb.i + 1, "candidate", "candidate", None, status)
    return [(person, phrase) for person in [runner, *_conjoined(ctx.doc, runner, ctx.by_token)]]


def _past_contest(ctx: ArticleContext, verb: Token, links: dict[int, set[str]]) -> bool:
    """Whether a candidacy verb tells a contest before the article's own: a year before the article's ("beat
    her in 1998"), a word of data/patterns/role_links.jsonl "PAST" ("on three previous occasions") or a pluperfect ("had run")."""
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return True
    told = [t for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree]
    if any("PAST" in links.get(t.i, ()) for t in told):
        return True
    years = [int(t.text) for t in told if t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")]
    return ctx.year is not None and any(year < ctx.year for year in years)


def _verb_roles(ctx: ArticleContext, found: Found) -> Pairs:
    """Roles stated by a verb: "He chaired the Labour Party", "she represented Fenby", "led Labour"; no candidacy for
    the one beaten or run against in a contest before the article's own, and no "mp" for representing a place where
    the person's title already names their chamber ("State Sen. Ann Roe ... represented Fenby" is no MP)."""
    links = _labels_at(ctx, "role_links", _LINK_LABELS)
    members = {ctx.name(m) for m, p, _ in found.pairs if p.core in ctx.lexicon.legislator_titles}
    ends = {p.end - 1: p for p in ctx.phrases} | {ctx.doc[p.start : p.end].root.i: p for p in ctx.phrases}
    pairs = []
    for verb in ctx.doc:
        spec = ctx.lexicon.role_verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if spec is None or any("AWAY" in links.get(c.i, ()) for c in verb.children):
            continue  # "stood down as MP": leaving, not standing
        why = _not_held(verb, ctx.lexicon, links)
        if why and not (why == "striving" and spec[0] == "candidate"):
            continue  # "would stand if asked", "had considered running", "hopes to lead the party"
        stated = [(m, p) for m, p in _roles_of_verb(ctx, verb, *spec) if not (p.core == "mp" and ctx.name(m) in members)]
        if spec[0] == "candidate" and _past_contest(ctx, verb, links):
            # "beat the veteran incumbent Ann Roe in 1998": who stood then is no candidate now; the one beaten or run
            # against least of all (the subject's own candidacy is left to the other rules' reading)
            runner = _subject(ctx, verb)
            stated = [(m, p) for m, p in stated if runner is not None and ctx.name(m) == ctx.name(runner)]
        elif spec[0] == "candidate":
            stated += _office_bid(ctx, verb, ends)
        pairs += stated
    return pairs


def _determiner_before(doc: Doc, phrase: RolePhrase, former: Container[str]) -> Token | None:
    """The "the" that opens a phrase, past the words of its status: "The MP", "The late MSP", "The former MP"."""
    k = phrase.start - 1
    while k > 0 and doc[k].lower_ in former:
        k -= 1
    return doc[k] if k >= 0 and doc[k].lower_ == "the" else None


def _definite_roles(doc: Doc, phrases: list[RolePhrase], mentions: list[Mention], resolved: dict[Mention, str],
                    taken: set[int], lexicon: Lexicon) -> list[tuple[Mention, RolePhrase]]:
    """"The East Anglia MEP, who left ..." opening a sentence: the article's main person, if they were
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
        first = _determiner_before(doc, phrase, lexicon.status_former) if phrase.start not in taken and phrase.start > 0 else None
        if first is None:
            continue
        # "The MP for Cheltenham West, who ...": the phrase, qualifier and all, is the subject
        if not first.is_sent_start or doc[phrase.start : phrase.end].root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if phrase.core in lexicon.one_holder_offices:
            continue  # "The prime minister accepted his resignation": someone else, not the article's subject
        floor = first.sent.start
        for _ in range(3):
            floor = doc[floor - 1].sent.start if floor > 0 else 0
        recent = [m for m in mentions if floor <= m.start < first.i and resolved.get(m, m.name) == topic]
        if recent:
            pairs.append((recent[-1], phrase))
    return pairs


def _chamber_seat_holder(doc: Doc, tok: Token, by_token: dict[int, Mention], lexicon: Lexicon) -> Mention | None:
    """Whose chamber seat or term "seat"/"term" is: "Ann Roe's Senate seat", "Ann Rees' U.S. Senate term" (a bare
    apostrophe after a final s, a qualifier of the chamber between)."""
    if tok.lower_ not in ("seat", "term") or tok.i < 3 or doc[tok.i - 1].lower_ not in lexicon.chamber_members:
        return None
    k = tok.i - 2
    while k > 0 and doc[k].lower_ in lexicon.chamber_qualifiers:
        k -= 1
    if k < 1 or doc[k].text not in ("'s", "’s", "'", "’"):
        return None
    return by_token.get(k - 1)


def _chamber_member(place: Token, lexicon: Lexicon) -> str | None:
    """The member a chamber makes: "the Senate" a senator; so does "the U.S. Senate seat" (its seat, named past
    the chamber's qualifiers), but not "the state Senate seat", whose member is no senator of the nation's."""
    chamber = " ".join(t.lower_ for t in place.subtree if t.lower_ != "the")
    found = lexicon.chamber_members.get(chamber) or lexicon.chamber_members.get(place.lower_)
    if found or place.lower_ != "seat":
        return found
    words = [t.lower_ for t in place.lefts if t.lower_ != "the"]
    if len(words) < 1 or any(w == "state" for w in words) or not all(w in lexicon.chamber_qualifiers for w in words[:-1]):
        return None
    return lexicon.chamber_members.get(words[-1])


def _chamber_roles(doc: Doc, mentions: list[Mention], lexicon: Lexicon) -> list[tuple[Mention, RolePhrase]]:
    """"the late Ted Kennedy's Senate term": a senator; "appointed Jeffrey Chiesa to the Senate": a senator;
    "elevated to the House of Lords": a peer."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    pairs = []
    for tok in doc:
        holder = _chamber_seat_holder(doc, tok, by_token, lexicon)
        if holder is not None:
            late = holder.start > 0 and doc[holder.start - 1].lower_ == "late"
            role = lexicon.chamber_members[doc[tok.i - 1].lower_]
            pairs.append((holder, RolePhrase(tok.i - 1, tok.i + 1, role, role, None, "former" if late else "current")))
        if tok.lemma_ in ("appoint", "elevate", "name", "send", "elect") and tok.pos_ == "VERB":
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            place = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if place is None:
                continue
            found = _chamber_member(place, lexicon)
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            person = None
            if obj is not None:
                person = by_token.get(obj.i) or next((by_token[t.i] for t in obj.subtree if t.i in by_token), None)
            if found and person is not None:
                pairs.append((person, RolePhrase(place.i, place.i + 1, found, found, None, "current")))
    return pairs


@rule("people.name-after-title", "people")
def names_after_titles(doc: Doc, phrases: Sequence[RolePhrase], mentions: Sequence[Mention],
                       lexicon: Lexicon) -> list[Mention]:
    """Names the model did not label, right after a title: "Prime Minister Theresa May", "the chancellor,
    Rishi Sunak,"; or opening a sentence before a linked title, "Ann Roe becomes transport minister". Returned
    in the order the titles come, for the people stage to add."""
    by_start = {m.start: m for m in mentions}
    by_start_hon = _honorific_starts(doc, mentions, lexicon)
    added: list[Mention] = []
    for phrase in phrases:
        end = _past_spaces(doc, phrase.end)
        if by_start.get(end) or by_start_hon.get(end) or _portfolio_name(doc, phrase, by_start):
            continue
        span = _name_after(doc, end) if end < len(doc) else None
        if span:
            mention = add_mention(doc, span[0], span[1], lexicon)
            added += [mention] if mention else []
            if mention:
                continue
        if phrase.end < len(doc) - 1 and doc[phrase.end].text == "," and phrase.end + 1 not in by_start:
            span = _name_after(doc, phrase.end + 1)
            if span and span[1] < len(doc) and doc[span[1]].text == ",":  # ", Theresa May," unlabelled by NER
                follower = add_mention(doc, span[0], span[1], lexicon)
                added += [follower] if follower else []
    added += _names_before_linked_roles(doc, phrases, [*mentions, *added], lexicon)
    added += _names_listed_after_plural_titles(doc, [*mentions, *added], lexicon)
    added += _department_line_names(doc, [*mentions, *added], lexicon)
    return added + _line_up_names(doc, [*mentions, *added], lexicon)


def _department_line_names(doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon) -> list[Mention]:
    """"Commerce Department" on a line, then "Ann Roe" alone on the next: the name of the department's head, which the
    model, reading a line without a sentence around it, often leaves unlabelled."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    lines = _lines(doc)
    added = []
    for office, line in zip(lines, lines[1:], strict=False):
        if line[0].i in taken or _department_office(office, lexicon) is None:
            continue
        end = name_run(doc, line[0].i, lexicon)
        rest = [t for t in line if t.i >= end]
        if end - line[0].i >= 2 and (not rest or (rest[0].text == "(" and rest[-1].text == ")")):
            mention = add_mention(doc, line[0].i, end, lexicon)
            added += [mention] if mention is not None else []
    return added


def _list_start(doc: Doc, k: int) -> int:
    """Where the names after a plural title start: past ":", "including", "such as", "are"."""
    k += k < len(doc) and doc[k].text in (",", ":")
    if k < len(doc) and doc[k].lower_ in ("including", "are", "were"):
        k += 1
    elif k + 1 < len(doc) and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
        k += 2
    return k


def _names_listed_after_plural_titles(doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon) -> list[Mention]:
    """"Cabinet ministers including A, B, C and D": a name in a list of names after a plural title, which the
    model labelled something else (a surname it took for a nationality), is a name too, when it labelled
    some other name of the list."""
    by_start = {m.start: m for m in mentions}
    added: list[Mention] = []
    for noun in doc:
        if _singular_head(noun, lexicon) is None:
            continue
        k, found, known = _list_start(doc, noun.i + 1), [], 0
        while k < len(doc):
            if k in by_start:
                known, end = known + 1, by_start[k].end
            else:
                end = k
                while end < len(doc) and end - k < 3 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                        and doc[end].ent_type_ not in ("PARTY", "GPE", "LOC", "DATE", "CARDINAL", "ORDINAL"):
                    end += 1
                if end - k < 2 or end >= len(doc) or doc[end].text not in (",", "and", "(", "."):
                    break
                found.append((k, end))
            k = end + (end < len(doc) and doc[end].text == ",")
            if k < len(doc) and doc[k].lower_ in ("and", "or"):
                k += 1
            elif doc[k - 1].text != ",":
                break
        for start, end in found if known >= 2 else []:
            mention = add_mention(doc, start, end, lexicon)
            added += [mention] if mention is not None else []
    return added


def _line_up_names(doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon) -> list[Mention]:
    """"Justice – Ann Roe, Fenby Party": the holder's name in a cabinet line-up, which the model, reading a line of
    a list without a sentence around it, often leaves unlabelled."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for line in line_ups(doc, lexicon):
        if line.name[0] not in taken and (mention := add_mention(doc, *line.name, lexicon)) is not None:
            added.append(mention)
    return added


def _names_before_linked_roles(doc: Doc, phrases: Sequence[RolePhrase], mentions: Sequence[Mention],
                               lexicon: Lexicon) -> list[Mention]:
    """"Ann Roe becomes transport minister" opening a sentence or a list's line: the capitalised words before a
    linked role are its holder's name, though the model, reading no more than a line, did not label them."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for phrase in phrases:
        link = phrase.start
        while link > 0 and phrase.start - link < 3 and doc[link - 1].lower_ in lexicon.copula_words \
                and doc[link - 1].pos_ in ("AUX", "VERB"):
            link -= 1
        if link == phrase.start or not _linked(doc[link : phrase.start], lexicon):
            continue
        start = doc[link - 1].sent.start if link > 0 else 0
        if start in taken or not doc[start].is_sent_start or name_run(doc, start, lexicon) != link or link - start < 2:
            continue
        mention = add_mention(doc, start, link, lexicon)
        if mention is not None:
            added.append(mention)
            taken.update(range(mention.start, mention.end))
    return added


def _honorific_starts(doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon) -> dict[int, Mention]:
    """"Mr Corbyn": the honorific sits between a title and the name."""
    found = {}
    for m in mentions:
        k = m.start - 1
        while k >= 0 and (doc[k].text in lexicon.honorifics):
            found[k] = m
            k -= 1
    return found


def _portfolio_name(doc: Doc, phrase: RolePhrase, by_start: dict[int, Mention]) -> Mention | None:
    """"spokeswoman for women Sandra Gidley": a short lower-case portfolio between title and name."""
    if phrase.end >= len(doc) or doc[phrase.end].lower_ not in ("for", "of"):
        return None
    for k in range(phrase.end + 2, min(phrase.end + 5, len(doc))):
        if k in by_start and all(t.is_lower or t.lower_ == "the" for t in doc[phrase.end + 1 : k]):
            return by_start[k]
    return None


def _past_place(doc: Doc, i: int) -> int:
    """Past "in"/"from" and a place right after a title ("chairman in Fenbyshire", "the Republican congressman
    from Fenby, X"): where the title's holder is."""
    if not (i + 1 < len(doc) and doc[i].lower_ in ("in", "from") and doc[i + 1].text[:1].isupper()):
        return i
    k = i + 1  # a place's capitalised words, whatever the model labelled them ("Upper Kelby-Fenbyshire" is no ORG)
    while k < len(doc) and k - i <= 4 and doc[k].ent_type_ not in ("PERSON", "PARTY", "DATE") and (
            doc[k].text[:1].isupper() or (doc[k].text == "-" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
        k += 1
    return k if k < len(doc) and doc[k].text == "," else i


def _past_spaces(doc: Doc, i: int) -> int:
    """Past the spaces the tokenizer keeps as tokens of their own ("  ") inside a line."""
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    return i


def _capitalised_apposition(doc: Doc, phrase: RolePhrase, follower: Mention) -> bool:
    """"Fenby State Governor, Ann Roe": a capitalised title whose apposition, in the parse, is the name."""
    title, name = doc[phrase.end - 1], doc[follower.end - 1]
    # after a place's name the parser may join the name as a list's next item: "Fenby State Governor, Ann Roe and ..."
    placed = phrase.start > 0 and doc[phrase.start - 1].pos_ == "PROPN" and doc[phrase.start - 1].is_title
    return title.is_title and (name.dep_ == "appos" or (placed and name.dep_ == "conj")) and name.head.i == title.i


@rule("roles.title-before-name", "roles", examples=[
    example("Labour MP Ann Roe spoke in the debate.", "Ann Roe | mp | Labour Party"),
    example("Shadow Chancellor Tom Ure attacked the plan.", "Tom Ure | shadow chancellor | None"),
    example("The Tory leader, Michael Holt, resigned on Monday.", "Michael Holt | leader | Conservative Party"),
    example("The seats were vacated by Fenby State Governor, Ann Roe, last year.", "Ann Roe | governor | None"),
    example("The Republican congressman from Fenby, Lee Fenn, voted no.", "Lee Fenn | representative | Republican Party")])
def _title_before_name(ctx: ArticleContext, found: Found) -> Pairs:
    """A title right before a name ("Labour MP Ann Roe"), or before it and a comma ("the Tory leader, X")."""
    doc = ctx.doc
    by_start = ctx.by_start
    by_start_hon = _honorific_starts(doc, ctx.mentions, ctx.lexicon)
    pairs = []
    for phrase in ctx.phrases:
        end = _past_spaces(doc, phrase.end)  # "Deputy Leader  Ann Roe": a doubled space is still "right before"
        mention = by_start.get(end) or by_start_hon.get(end) or _portfolio_name(doc, phrase, by_start)
        span = _name_after(doc, end) if mention is None and end < len(doc) else None
        mention = mention or (add_mention(doc, *span, ctx.lexicon) if span else None)  # added by the people stage
        if mention is not None:
            pairs.append((mention, phrase))
            continue
        after = _past_place(doc, phrase.end)  # "its provincial chairman in Fenbyshire, Ann Roe"
        comma = after < len(doc) - 1 and doc[after].text == ","
        named = _past_party_possessive(doc, after + 1) if comma else after + 1  # "the health minister, Labour's Ann Roe"
        follower = (by_start.get(named) or by_start_hon.get(named)) if comma else None  # ", Ms Roe"
        span = _name_after(doc, named) if comma and follower is None else None
        if span and span[1] < len(doc) and doc[span[1]].text == ",":  # ", Theresa May,": added by the people stage
            follower = add_mention(doc, *span, ctx.lexicon)
        if follower is None and (after_clause := _past_participle_clause(doc, phrase.end)) is not None:
            follower, comma = by_start.get(after_clause + 1), True  # "the opposition leader aiming to ..., Ann Roe,"
            if follower is not None and not (follower.end < len(doc) and doc[follower.end].text in (",", ".", ";")):
                follower = None
        # "the Tory leader, Michael Howard", "Ann Roe's spokesman, Tom Ure": a determined title, then the name;
        # or a capitalised title the parser gives the name as its apposition ("vacated by Fenby State Governor, Ann Roe")
        lead = _past_modifiers_back(doc, phrase.start)  # "the country's first female prime minister, X"
        if follower is not None and _of_someone(doc, phrase, ctx.lexicon):
            follower = None  # "a critic of the Labour leader, Tom Ure,": the name is the critic's, not the leader's
        if follower is not None and (
                any(t.pos_ in ("DET", "PRON") or t.tag_ == "POS" for t in doc[max(0, lead - 2) : lead])
                or phrase.party
                or _capitalised_apposition(doc, phrase, follower)):
            pairs.append((follower, phrase))
    return pairs


def _past_party_possessive(doc: Doc, i: int) -> int:
    """Past a party's possessive before a name ("Labour's Ann Roe", "the Greens’ Tom Ure"): where the name starts."""
    k = i + 1 if i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].ent_type_ == "PARTY" else i
    while k < len(doc) and doc[k].ent_type_ == "PARTY":
        k += 1
    return k + 1 if i < k < len(doc) and doc[k].text in (*phrases.POSSESSIVES, *phrases.APOSTROPHES) else i


def _past_modifiers_back(doc: Doc, start: int) -> int:
    """Back over up to three adjectives and ordinals before a title ("first female", "newly elected"): where
    its noun phrase's determiner or possessive would be."""
    lead = start
    while lead > 0 and start - lead < 3 and (doc[lead - 1].pos_ in ("ADJ", "ADV") or doc[lead - 1].ent_type_ == "ORDINAL"):
        lead -= 1
    return lead


def _of_someone(doc: Doc, phrase: RolePhrase, lexicon: Lexicon) -> bool:
    """Whether a title is the object of a noun's "of" ("a critic of the Labour leader", "the wife of the MP"): a
    name after it and a comma is in apposition to that noun, not to the title."""
    k = phrase.start - 1
    while k >= 0 and (doc[k].pos_ in ("DET", "ADJ") or doc[k].ent_type_ == "PARTY"):
        k -= 1
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].pos_ == "NOUN" and doc[k - 1].lower_ not in lexicon.post_nouns


def _past_participle_clause(doc: Doc, end: int) -> int | None:
    """Where the comma closing a participle clause right after a title is ("the opposition leader aiming to win
    the seat back, Ann Roe,"): the clause qualifies the title, and the name after it is the title's holder."""
    if end >= len(doc) or doc[end].tag_ not in ("VBG", "VBN") or doc[end].pos_ != "VERB":
        return None
    for k in range(end + 1, min(end + 12, len(doc))):
        if doc[k].text == ",":
            return k
        if doc[k].is_sent_start or doc[k].ent_type_ == "PERSON" or doc[k].text in (";", ":", "(", "—", "–"):
            return None
    return None


def _joined_holder(ctx: ArticleContext, phrase: RolePhrase, by_start: dict[int, Mention]) -> Mention | None:
    """The name after "and" and a second title: "former justice minister and Green MP Ann Roe" (the second
    title's own holder, whom the first title is given too)."""
    doc, k = ctx.doc, phrase.end
    if k + 2 >= len(doc) or doc[k].lower_ != "and":
        return None
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    if before is not None and (before.pos_ in ("DET", "PRON", "VERB", "AUX") or before.tag_ == "PRP$"
                               or before.lower_ in ("as", "to")):
        return None  # "between the minister and Labour MP Ann Roe"; "due to become chancellor and Green chief X"
    j = k + 1
    while j < len(doc) and j - k <= 5 and j not in by_start and (
            doc[j].ent_type_ == "PARTY" or doc[j].text == "-" or (
            doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].ent_type_ not in ("PERSON", "GPE", "DATE", "CARDINAL"))):
        j += 1
    if j == k + 1 or j not in by_start or doc[j - 1].pos_ not in ("NOUN", "PROPN") or doc[j - 1].ent_type_ == "PARTY":
        return None
    return by_start[j]


@rule("roles.joined-titles", "roles", examples=[
    example("It follows the resignation of former justice minister and Green Party member Tom Ure.",
            "Tom Ure | justice minister | Green Party"),
    example("In March, treasurer and long-time Labour MP Ann Roe announced her retirement.",
            "Ann Roe | treasurer | Labour Party")])
def _joined_titles(ctx: ArticleContext, found: Found) -> Pairs:
    """Two titles joined by "and" before one name ("treasurer and Labour MP Ann Roe"): the first is the name's
    too; not after a determiner, where "the minister and Labour MP Ann Roe" may be two people."""
    by_start = {**_honorific_starts(ctx.doc, ctx.mentions, ctx.lexicon), **ctx.by_start}
    pairs = []
    for phrase in ctx.phrases:
        holder = _joined_holder(ctx, phrase, by_start)
        if holder is not None:
            pairs.append((holder, phrase))
    return pairs


@rule("roles.apposition", "roles", examples=[
    example("Ann Roe, the Labour MP for Fenby, spoke.", "Ann Roe | mp for fenby | Labour Party"),
    example("Tom Ure, 58, who is the Green Party leader, will stand.", "Tom Ure | leader | Green Party"),
    example("Ann Roe, elected as a Labour councillor in 2019, spoke.", "Ann Roe | councillor | Labour Party")])
def _apposition(ctx: ArticleContext, found: Found) -> Pairs:
    """Roles in ", the Labour MP for Y," or ", who is ROLE" right after the name."""
    return [(m, p) for m in ctx.mentions for p in _apposition_roles(ctx.doc, m, list(ctx.phrases))]


@rule("roles.seat-member", "roles", examples=[
    example("The Fenby by-election was called when the sitting member, Ann Roe, resigned.", "Ann Roe | member | None"),
    example("Its last member, Tom Ure of the Labour Party, lost in 2011.", "Tom Ure | member | Labour Party")])
def _seat_member(ctx: ArticleContext, found: Found) -> Pairs:
    """"the sitting member, Ann Roe", "Its last member, Tom Ure", "the constituency's former Labour member, Jo Platt":
    a bare "member" is a seat's holder when a word of data/roles.json "seat_member_words" or a seat's possessive
    ("the seat's", "the constituency's") goes before it, and a name stands right after it (past a comma); the
    party is one named among its words or at the name. "A member, Ann Roe" or "party member Tom Ure" holds no seat."""
    pairs: Pairs = []
    for mention in ctx.mentions:
        phrase = _seat_member_phrase(ctx, mention)
        if phrase is not None:
            pairs.append((mention, phrase))
    return pairs


def _seat_member_phrase(ctx: ArticleContext, mention: Mention) -> RolePhrase | None:
    """The seat's member phrase right before a name, if there is one (see _seat_member)."""
    doc, lexicon = ctx.doc, ctx.lexicon
    k = mention.start - 1
    if k > 1 and doc[k].text in _POSSESSIVES and doc[k - 1].ent_type_ == "PARTY":  # "..., the Greens' Ann Roe"
        k -= 1
        while k > 0 and doc[k].ent_type_ == "PARTY":
            k -= 1
        k -= doc[k].lower_ == "the"
    k -= k > 0 and doc[k].text == ","
    if k < 1 or doc[k].lower_ != "member":
        return None
    words = _seat_member_words(ctx, k)
    if words is None:
        return None
    start, status, held, party = words
    if not held and (status is None or not _tells_of_a_seat(ctx, doc[k].sent)):
        return None
    party = party or affiliation_at(doc, mention, lexicon) or party_at(ctx, mention)
    return RolePhrase(start, k + 1, "member", "member", party, status or "current")


_POSSESSIVES = (*phrases.POSSESSIVES, *phrases.APOSTROPHES)


def _seat_member_words(ctx: ArticleContext, k: int) -> tuple[int, str | None, bool, str | None] | None:
    """The words before the "member" at `k`: where they start, the status they give, whether a seat's possessive
    is among them ("the seat's", "Fenby's": the member is the seat's), and the party they name. None where they
    make the member someone's other than a seat's: an indefinite "a former member" (any body's), or the possessive
    of a party, a council or a club ("the Green Party's former member" left the party, held no seat)."""
    doc, lexicon = ctx.doc, ctx.lexicon
    status, held, party, j = None, False, None, k - 1
    while j >= doc[k].sent.start and k - j <= 5:
        word = doc[j]
        if word.text in _POSSESSIVES:
            owner = _possessive_owner(ctx, j, status)
            if owner is None:
                return None
            held, j = held or owner == "seat", j - (owner == "seat")
        elif word.lower_ in lexicon.seat_member_words:
            status = status or lexicon.seat_member_words[word.lower_]
        elif word.ent_type_ == "PARTY":
            party = party or lexicon.party_of(word.ent_id_ or word.text)
        elif word.lower_ in lexicon.articles and word.lower_ not in lexicon.seat_member_determiners:
            return None
        elif word.lower_ not in lexicon.seat_member_determiners:
            break
        held = held or (word.lower_ not in lexicon.articles and _seat_before(doc, j, lexicon))  # "its", "their"
        j -= 1
    return j + 1, status, held, party


def _seat_before(doc: Doc, j: int, lexicon: Lexicon) -> bool:
    """"The seat fell vacant in January when its member, Tom Ure, ...": the possessive at `j` is a seat's when the
    nearest common noun before it in its sentence is a seat's (data "seat_nouns"), as "its" takes that noun."""
    noun = next((t for t in reversed(doc[doc[j].sent.start : j]) if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lower_ in lexicon.seat_nouns


def _possessive_owner(ctx: ArticleContext, j: int, status: str | None) -> str | None:
    """Whose member the possessive at `j` makes it: "seat" for a seat's or a place's ("the constituency's", "Fenby's
    former member": a place, or the seat of an election the article names), "party" for a party's sitting one
    ("Labour's sitting member": only a seat's member sits), else None: a party's former member left the party ("the
    Green Party's former member"), a council's or a club's member held no seat of theirs."""
    if j == 0:
        return None
    owner = ctx.doc[j - 1]
    if owner.lower_ in ctx.lexicon.seat_nouns or owner.ent_type_ in ("GPE", "LOC") \
            or any(e.seat and e.seat.split()[-1] == owner.text for e in ctx.elections):
        return "seat"
    return "party" if owner.ent_type_ == "PARTY" and status == "current" else None


def _tells_of_a_seat(ctx: ArticleContext, sent: Span) -> bool:
    """Whether a status word alone ("the sitting member", "Its last member") makes a member a seat's: the article
    names an election, or the sentence a seat or its contest (data/roles.json "seat_member_contexts"); "the late
    member" of a club or a harbour board held none."""
    return bool(ctx.elections) or any(t.lemma_.lower() in ctx.lexicon.seat_member_contexts for t in sent)


@rule("roles.copula", "roles", examples=[
    example("Ann Roe was elected MP in 2010.", "Ann Roe | mp | None"),
    example("Jan Hale became party chairman last year.", "Jan Hale | party chairman | None"),
    example("The changes:\nDerwin Ashcombe becomes transport minister", "Derwin Ashcombe | transport minister | None"),
    example("Mr Pelham would stay Finance Minister.", "Pelham | finance minister | None")])
def _copula(ctx: ArticleContext, found: Found) -> Pairs:
    """"X was elected MP", "X became party chairman": a short linking gap between the name and the role."""
    # a title right before a name is that name's ("Jim Dane named Green Party president Ann Roe as ..."), not the subject's
    titles = [p for p in ctx.phrases if p.end not in ctx.by_start]
    links = _labels_at(ctx, "role_links", _LINK_LABELS)
    return [(m, p) for m in ctx.mentions for p in _copula_roles(ctx.doc, m, titles, ctx.lexicon)
            if not _gap_not_held(ctx, m, p, links)]


def _gap_not_held(ctx: ArticleContext, mention: Mention, phrase: RolePhrase, links: dict[int, set[str]]) -> bool:
    """"If Ann Roe becomes leader", "Tom Ure is not the MP": the linking verb between a name and its role tells
    no office held (see _not_held)."""
    verbs = [t for t in ctx.doc[mention.end : phrase.start] if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and not _held(phrase, verbs[-1], ctx.lexicon, links)


@rule("roles.predicate", "roles", examples=[
    example("Tom Ure served as foreign secretary until 2010.", "Tom Ure | foreign secretary | None"),
    example("Last week Ann Roe was promoted to chancellor.", "Ann Roe | chancellor | None"),
    example("Sam Hale is a Labour politician who has been the Member of Parliament for Lea since 2015.",
            "Sam Hale | mp | Labour Party")])
def _predicate(ctx: ArticleContext, found: Found) -> Pairs:
    """"He served as foreign secretary", "was promoted to chancellor": the role as the verb's complement."""
    return _predicate_roles(ctx)


def _oath_particle(verb: Token, lexicon: Lexicon) -> Token | None:
    """"sworn in": the particle of a verb of data/lexicon.json "oath_verbs" (parsed "prt"; "prep" when the
    person follows it, "swore in Ann Roe"; "advmod" when the person comes first, "swore Ann Roe in")."""
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and c.i > verb.i
                 and f"{verb.lemma_.lower()} {c.lower_}" in lexicon.oath_verbs), None)


def _phrase_after_as(doc: Doc, verb: Token, particle: Token, phrases: Sequence[RolePhrase]) -> RolePhrase | None:
    """The role phrase right after the "as" of the verb or its particle ("as MP for Fenby", "as the new senator",
    "as its MP"), if there is one."""
    children = (*verb.children, *particle.children)
    as_ = next((c for c in children if c.lower_ == "as" and c.dep_ == "prep"), None)
    if as_ is None:
        return None
    for phrase in phrases:
        gap = doc[as_.i + 1 : phrase.start]
        plain = all(t.pos_ in ("DET", "ADJ") or t.tag_ == "PRP$" or t.ent_type_ == "PARTY" for t in gap)
        if phrase.start > as_.i and len(gap) <= 3 and plain:
            return phrase
    return None


def _sworn_in_roles(ctx: ArticleContext) -> Pairs:
    """"X was sworn in as MP for Y" (its subject) and "the Speaker swore in X as MP" (its object)."""
    doc, by_token = ctx.doc, ctx.by_token
    pairs = []
    for verb in doc:
        particle = _oath_particle(verb, ctx.lexicon)
        phrase = _phrase_after_as(doc, verb, particle, ctx.phrases) if particle is not None else None
        if particle is None or phrase is None:
            continue
        # active: the one sworn in is the object, "swore Ann Roe in", "swore in Ann Roe" (parsed "in"'s object)
        objects = [c for c in (*verb.children, *particle.children) if c.dep_ in ("dobj", "pobj")]
        holder = next((by_token[c.i] for c in objects if c.i in by_token), None)
        if holder is None and verb.tag_ == "VBN":  # passive: "was sworn in", "who was sworn in", "newly sworn in"
            holder = subject_person(doc, verb, by_token, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
        if holder is not None and not (holder.start <= phrase.start < holder.end):
            pairs.append((holder, phrase))
    return pairs


@rule("roles.sworn-in", "roles", examples=[
    example("Ann Roe was sworn in as MP for Fenby on Monday.", "Ann Roe | mp for fenby | None"),
    example("The Speaker swore in Tom Ure as Labour MP for Arden.", "Tom Ure | mp for arden | Labour Party")])
def _sworn_in(ctx: ArticleContext, found: Found) -> Pairs:
    """"Ann Roe was sworn in as MP for Fenby": taking the oath of an office is taking the office."""
    return _sworn_in_roles(ctx)


def _causer_before(doc: Doc, mention: Mention, lexicon: Lexicon) -> Token | None:
    """The active causative verb right before a name, past its party's possessive: "to make Labour's Ann Roe"."""
    i = mention.start - 1
    while i >= 0 and (doc[i].ent_type_ == "PARTY" or doc[i].text in phrases.POSSESSIVES or doc[i].lower_ == "the"):
        i -= 1
    if i < 0 or doc[i].lemma_ not in lexicon.causative_verbs or doc[i].pos_ != "VERB":
        return None
    verb = doc[i]
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (i > 0 and doc[i - 1].lemma_ == "be")
    return None if passive or not _made_done(verb, lexicon) else verb


def _made_done(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the making happened: not denied ("did not make her mayor"), supposed ("if they make her mayor"), nor
    only wanted or refused by the word it hangs on ("wants to make her mayor", "refused to name him chief")."""
    if phrases.hypothetical(verb, lexicon) or phrases.negated(verb):
        return False
    head = verb.head if verb.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acl") else None  # acl: "their plan to make"
    return head is None or not (head.lemma_.lower() in lexicon.attempt_verbs | lexicon.refusing_verbs or head.lower_ in lexicon.hypothetical
                                or phrases.hypothetical(head, lexicon) or phrases.negated(head))


@rule("roles.made-holder", "roles", examples=[
    example("The assembly agreed to make Labour's Ann Roe executive mayor.", "Ann Roe | executive mayor | Labour Party"),
    example("The premier named Tom Ure health minister on Monday.", "Tom Ure | health minister | None")])
def _made_holder(ctx: ArticleContext, found: Found) -> Pairs:
    """"named Ann Roe mayor", "to make Tom Ure executive mayor": an active verb that makes someone something,
    with the office right after the name, gives the office to the name, however the parser joined the two (it
    often reads "Ann Roe mayor" as one noun); "Ann Roe was named" is another rule's."""
    pairs = []
    for phrase in ctx.phrases:
        mention = ctx.by_token.get(phrase.start - 1)
        inside = ctx.by_start.get(phrase.start)  # a name the tagger missed, taken into the title as its modifier
        if inside is not None and inside.end < phrase.end:
            mention, phrase = inside, replace(phrase, start=inside.end)
        if mention is not None and mention.end == phrase.start and _causer_before(ctx.doc, mention, ctx.lexicon) is not None:
            pairs.append((mention, phrase))
    return pairs


@rule("roles.verb", "roles", examples=[
    example("Ann Roe chaired the Labour Party for a decade.", "Ann Roe | chairman | Labour Party"),
    example("Tom Ure will contest Fenby for the Green Party.", "Tom Ure | candidate | Green Party"),
    example("Jo Platt, who represents Fenby for the Liberal Democrats, disagreed.", "Jo Platt | mp | Liberal Democrats")])
def _verb(ctx: ArticleContext, found: Found) -> Pairs:
    """Roles stated by a verb of data/lexicon.json "role_verbs": "chaired the party", "contest Y for Z"."""
    return _verb_roles(ctx, found)


@rule("roles.selected-candidate", "roles", examples=[
    example("Ann Roe was selected for Fenby by the Green Party.", "Ann Roe | candidate | Green Party")])
def _selected(ctx: ArticleContext, found: Found) -> Pairs:
    """"Jo Platt was selected for Hale": chosen as a party's candidate."""
    return [(chosen.person, RolePhrase(chosen.verb.i, chosen.verb.i + 1, "candidate", "candidate", chosen.party,
                                       "current")) for chosen in selections(ctx.doc, ctx.lexicon, list(ctx.mentions))]


@rule("roles.seat-taken-from", "roles", examples=[
    example("Ann Roe won the Fenby seat from Conservative Tom Ure.", "Tom Ure | mp | Conservative Party")])
def _seat_taken_from(ctx: ArticleContext, found: Found) -> Pairs:
    """"X won the Kelby seat from Tory Tom Ure": the one it was won from held it."""
    return _unseated(ctx.doc, ctx.lexicon, list(ctx.mentions))


@rule("roles.served-on", "roles", examples=[
    example("Ann Roe served on the Fenby council for years.", "Ann Roe | councillor | None")])
def _served(ctx: ArticleContext, found: Found) -> Pairs:
    """"served on the council": a councillor; "on the London Assembly": an assembly member."""
    return _served_on(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)


@rule("roles.chamber", "roles", examples=[
    example("The governor appointed Tom Ure to the Senate on Friday.", "Tom Ure | senator | None")])
def _chamber(ctx: ArticleContext, found: Found) -> Pairs:
    """"appointed X to the Senate": a senator; "the late X's Senate seat": a former senator."""
    return _chamber_roles(ctx.doc, list(ctx.mentions), ctx.lexicon)


@rule("roles.definite-subject", "roles", examples=[
    example("Ann Roe quit on Monday. Critics praised Ann Roe. The Fenby MP, who quit the party, said she had no regrets.",
            "Ann Roe | mp | None")])
def _definite(ctx: ArticleContext, found: Found) -> Pairs:
    """"The East Anglia MEP, who left ...": the article's main person, when just named before."""
    return _definite_roles(ctx.doc, list(ctx.phrases), list(ctx.mentions), dict(ctx.resolved),
                           {p.start for _, p, _ in found.pairs}, ctx.lexicon)


@rule("roles.member-after-name", "roles", examples=[
    example("Speaking in Fenby, Jim Hale MP said the plan was wrong.", "Jim Hale | mp | None")])
def _member_after_name(ctx: ArticleContext, found: Found) -> Pairs:
    """"Jim Dobbin MP": a member's letters after the name."""
    starts = {p.start: p for p in ctx.phrases}
    pairs = []
    for mention in ctx.mentions:
        after = starts.get(mention.end)
        if after is not None and after.core in ("mp", "msp", "mep", "td", "mla", "mpp", "mna") and ctx.doc[after.start].is_upper:
            pairs.append((mention, after))
    return pairs


@rule("roles.possessive-leadership", "roles", examples=[
    example("Labour held both seats, ending the pressure on Ann Roe's leadership.", "Ann Roe | leader | Labour Party")])
def _possessive_leadership(ctx: ArticleContext, found: Found) -> Pairs:
    """"the pressure on Ann Roe's leadership", "the end of Tom Ure's leadership of the party": whose leadership it is
    leads where the sentence is about a party; not "Ann Roe's leadership bid" (a candidacy), nor "praised Tom Ure's
    leadership during the floods"."""
    doc, pairs = ctx.doc, []
    for tok in doc:
        if tok.lower_ != "leadership" or tok.i < 2 or doc[tok.i - 1].text not in ("'s", "’s", "'", "’"):
            continue
        if tok.dep_ in ("compound", "amod") or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
            continue
        of_party = doc[tok.i + 1 : tok.i + 4].text.lower() == "of the party"
        holder = ctx.by_token.get(tok.i - 2)
        if holder is not None and (of_party or any(e.label_ == "PARTY" for e in tok.sent.ents)):
            pairs.append((holder, RolePhrase(tok.i, tok.i + 1, "leader", "leader", None, "current")))
    return pairs


def _labels_at(ctx: ArticleContext, name: str, labels: tuple[str, ...]) -> dict[int, set[str]]:
    """token index -> the labels of data/patterns/<name>.jsonl its word has."""
    vocab = ctx.doc.vocab  # the doc's own: a doc parsed in another process may carry another Vocab than ctx.nlp's
    names = {vocab.strings.add(label): label for label in labels}
    found: dict[int, set[str]] = {}
    for key, start, _ in load_matcher(vocab, name)(ctx.doc):
        found.setdefault(start, set()).add(names.get(key, ""))
    return found


_CANDIDACY_LABELS = ("OPEN", "CLOSE", "BID", "CONTEST")


def _all_conjoined(doc: Doc, first: Mention, by_token: dict[int, Mention], deps: tuple[str, ...]) -> list[Mention]:
    """Everyone joined to a subject by "and" or commas, however the parser chains them ("A, B and C", where it may
    take B for A's apposition: `deps` says which links count)."""
    found, todo = [first], [doc[first.end - 1]]
    while todo:
        for t in todo.pop().children:
            if t.dep_ in deps and t.i in by_token and by_token[t.i] not in found:
                found.append(by_token[t.i])
                todo.append(t)
    return found


@rule("roles.campaign", "roles", examples=[
    example("Ann Roe and Tom Ure have each launched Senate campaigns for the seat Jim Dane is leaving.", "Ann Roe | candidate | None",
            "Tom Ure | candidate | None"),
    example("Tom Ure suspended his presidential campaign in Fenby last week.", "Tom Ure | candidate | None")])
def _campaign(ctx: ArticleContext, found: Found) -> Pairs:
    """"launched Senate campaigns", "suspended his presidential campaign": whoever opens (or ends) a bid for an office
    is (or was) its candidate; the words of data/patterns/candidacy.jsonl, so "a campaign against the tax" is none."""
    labels = _labels_at(ctx, "candidacy", _CANDIDACY_LABELS)
    pairs: Pairs = []
    for bid in ctx.doc:
        verb = bid.head
        if "BID" not in labels.get(bid.i, ()) or bid.dep_ != "dobj" or not labels.get(verb.i, set()) & {"OPEN", "CLOSE"}:
            continue
        if not any("CONTEST" in labels.get(t.i, ()) for t in bid.subtree if t.i != bid.i):
            continue  # "launched a campaign against the tax"
        subject = _subject(ctx, verb)
        status = "former" if "CLOSE" in labels[verb.i] else "current"
        deps = ("conj", "appos") if bid.tag_ == "NNS" else ("conj",)  # "A, B and C have launched Senate campaigns"
        for person in _all_conjoined(ctx.doc, subject, ctx.by_token, deps) if subject is not None else []:
            pairs.append((person, RolePhrase(bid.i, bid.i + 1, "candidate", "candidate", None, status)))
    return pairs


_FRONT_WORDS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PUNCT"})


def _fronted_holder(ctx: ArticleContext, phrase: RolePhrase) -> Mention | None:
    """Who a sentence-opening description is about: the name or "he"/"she" that is the subject right after its comma."""
    doc = ctx.doc
    sent = doc[phrase.start].sent
    if any(t.pos_ not in _FRONT_WORDS or t.ent_type_ == "PERSON" for t in doc[sent.start : phrase.start]):
        return None  # only "A", "A former", "A Labour" before the title: it opens the sentence
    comma = next((k for k in range(phrase.end, min(phrase.end + 6, sent.end)) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= sent.end or any(
            t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in doc[phrase.end : comma]):
        return None  # "since 2010", "of Fenby" may come between; no verb (then it is a clause) and no other name
    subject = doc[comma + 1]
    mention = ctx.by_start.get(comma + 1)
    if mention is not None:
        return mention if doc[mention.end - 1].dep_ in ("nsubj", "nsubjpass") else None
    if subject.lower_ in ("he", "she") and subject.dep_ in ("nsubj", "nsubjpass"):
        return _subject(ctx, subject.head)
    return None


@rule("roles.fronted-apposition", "roles", examples=[
    example("A Labour MP since 2010, Tom Ure said the plan was wrong.", "Tom Ure | mp | Labour Party"),
    example("Ann Roe spoke first. A former health minister since 2016, she chairs the committee.",
            "Ann Roe | health minister | None")])
def _fronted_apposition(ctx: ArticleContext, found: Found) -> Pairs:
    """"A Labour MP since 2010, Tom Ure said ...", "A former minister, she ...": a description that opens the
    sentence, set off by a comma, is the subject's, as an apposition after the name would be."""
    pairs = []
    for phrase in ctx.phrases:
        holder = _fronted_holder(ctx, phrase)
        if holder is not None and not (holder.start <= phrase.start < holder.end):
            pairs.append((holder, phrase))
    return pairs


def _tenure_holder(ctx: ArticleContext, noun: Token) -> Mention | None:
    """Whose time in office a tenure noun is: its possessor when named ("Ann Roe's tenure"), else the person the
    clause it sits in is about ("during her time as ..., Ann Roe cut", "she won a second term as governor")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.i in ctx.by_token:
        return ctx.by_token[owner.i]
    if owner is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return _subject(ctx, noun.head)  # "she won a second term as governor"
    if owner is None or owner.lower_ not in ("her", "his"):
        return None  # "the party's time as ...": not a person's
    sent = noun.sent
    if len({ctx.name(m) for m in ctx.mentions if sent.start <= m.start < sent.end}) > 1:
        return None  # "X praised Y, citing his years as minister": whose "his" is, the grammar does not say
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    return _subject(ctx, verb)


def _tenure_over(noun: Token) -> bool:
    """"her tenure as leader ended", "after his time as minister": a time in office told as finished."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    ended = verb is not None and verb.lemma_ in ("end", "finish", "complete", "conclude") and verb.tag_ in ("VBD", "VBN")
    return ended or (noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before", "since"))


@rule("roles.tenure", "roles", examples=[
    example("Ann Roe, now in her third term as mayor, said the plan was wrong.", "Ann Roe | mayor | None"),
    example("During his time as health minister, Tom Ure cut waiting lists.", "Tom Ure | health minister | None")])
def _tenure(ctx: ArticleContext, found: Found) -> Pairs:
    """"in her third term as mayor", "during his time as health minister", "Ann Roe's tenure as leader": a time in
    office (data/patterns/role_links.jsonl "TENURE") "as" an office is its holder's."""
    tenure = _labels_at(ctx, "role_links", ("TENURE",))
    doc = ctx.doc
    pairs = []
    for phrase in ctx.phrases:
        head = _phrase_head(doc, phrase)
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "as" or "TENURE" not in tenure.get(head.head.head.i, ()):
            continue
        noun = head.head.head
        holder = _tenure_holder(ctx, noun)
        if holder is not None and not (holder.start <= phrase.start < holder.end):
            pairs.append((holder, replace(phrase, status="former") if _tenure_over(noun) else phrase))
    return pairs


_US_PARTIES = frozenset({"Democratic Party", "Republican Party"})


def _bracket_party_seat(ctx: ArticleContext, mention: Mention) -> str | None:
    """The party of "(Lab, Fenby)" right after a name: a party code, a comma, a seat's capitalised words, ")"."""
    doc, i = ctx.doc, mention.end
    if i + 4 >= len(doc) or doc[i].text != "(":
        return None
    code = doc[i + 1]
    party = ctx.lexicon.bracket_abbreviations.get(code.text) or (
        ctx.lexicon.party_of(code.ent_id_ or code.text) if code.ent_type_ == "PARTY" else None)
    if party is None or party in _US_PARTIES or doc[i + 2].text != ",":
        return None  # "(D, Fenby)": a US member, whose chamber the bracket does not say
    close = next((k for k in range(i + 3, min(i + 8, len(doc))) if doc[k].text == ")"), None)
    seat = doc[i + 3 : close] if close is not None else None
    if seat is None or not len(seat) or not all(t.text[:1].isupper() or t.text in ("-", "&", "and", "—", "–") for t in seat):
        return None
    return party


@rule("roles.bracket-seat", "roles", examples=[
    example("Ann Roe (Lab, Fenby) asked the minister about the closure.", "Ann Roe | mp | Labour Party")])
def _bracket_seat(ctx: ArticleContext, found: Found) -> Pairs:
    """"Ann Roe (Lab, Fenby)": a party code and a seat in brackets after a name is how parliaments outside the US
    list their members (the US writes "(D-Fenby)", which does not say the chamber)."""
    if ctx.country == "US":
        return []
    pairs = []
    for mention in ctx.mentions:
        party = _bracket_party_seat(ctx, mention)
        if party is not None:
            pairs.append((mention, RolePhrase(mention.end, mention.end + 1, "mp", "mp", party, "current")))
    return pairs


def _member_of_role(member: Token, lexicon: Lexicon) -> str | None:
    """The role "member of" a chamber or body is: "of the Senate" a senator, "of the Fenby Assembly" an assembly member."""
    of = next((c for c in member.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None:
        return None
    named = " ".join(t.lower_ for t in body.subtree if t.lower_ != "the")
    if named in lexicon.member_of:
        return lexicon.member_of[named]
    own = " ".join(t.lower_ for t in body.lefts if t.dep_ == "compound" and t.i == body.i - 1) + f" {body.lower_}"
    if own.strip() in lexicon.member_of:  # "a member of the 16th and 17th Lok Sabha": the chamber, whichever sitting
        return lexicon.member_of[own.strip()]
    if body.lower_ in lexicon.body_members and body.text[:1].isupper():
        return lexicon.body_members[body.lower_]  # "the Fenby Assembly", "Fenby City Council": a named body, not "the council"
    return None


def _member_holder(ctx: ArticleContext, member: Token) -> Mention | None:
    """Who "a member of ..." is said of: the name it is in apposition to, or the subject of "is/has been"."""
    if member.dep_ == "appos" and member.head.i in ctx.by_token:
        return ctx.by_token[member.head.i]
    if member.dep_ == "attr" and member.head.lemma_ == "be":
        return _subject(ctx, member.head)
    return None


@rule("roles.member-of-chamber", "roles", examples=[
    example("Ann Roe, a Labour member of the Senate, spoke.", "Ann Roe | senator | Labour Party"),
    example("Tom Ure has been a member of the Fenby Assembly since 2012.", "Tom Ure | assembly member | None")])
def _member_of_chamber(ctx: ArticleContext, found: Found) -> Pairs:
    """"X, a Labour member of the Senate", "X has been a member of the Fenby Assembly": membership of a chamber or
    a named body is its seat, with the party stated before "member" or "for" after it."""
    pairs = []
    for tok in ctx.doc:
        if tok.lemma_.lower() != "member" or tok.pos_ not in ("NOUN", "PROPN"):
            continue  # "a Member of the National Assembly": capitalised, the parser's proper noun
        role = _member_of_role(tok, ctx.lexicon)
        holder = _member_holder(ctx, tok) if role else None
        if role is None or holder is None:
            continue
        named = next((t for t in tok.lefts if t.ent_type_ == "PARTY"), None)
        party = ctx.lexicon.party_of(named.ent_id_ or named.text) if named is not None else _for_party(tok, ctx.lexicon)
        former = any(t.lower_ in ("former", "ex") for t in tok.lefts)
        pairs.append((holder, RolePhrase(tok.i, tok.i + 1, role, role, party, "former" if former else "current")))
    return pairs


@rule("roles.predecessor", "roles", examples=[
    example("Ann Roe was appointed home secretary. She replaces Tom Ure.", "Tom Ure | home secretary | None"),
    example("Ann Roe was appointed chancellor. She takes over from Tom Ure.", "Tom Ure | chancellor | None")])
def _predecessor(ctx: ArticleContext, found: Found) -> Pairs:
    """"She succeeds Sir Peter Hallam": the one replaced held the office the successor was just given."""
    return _predecessors(ctx.doc, list(ctx.mentions), dict(ctx.resolved), [(m, p) for m, p, _ in found.pairs], ctx.lexicon)


def _named_predecessor(ctx: ArticleContext, noun: Token) -> Mention | None:
    """The one "his predecessor" names: "his predecessor Ann Roe", "her predecessor, Ann Roe,"."""
    k = noun.i + 1 + (noun.i + 1 < len(ctx.doc) and ctx.doc[noun.i + 1].text == ",")
    return ctx.by_start.get(k)


def _possessor_is(ctx: ArticleContext, noun: Token, named: Mention, holder: Mention) -> bool:
    """Whether "his/her" before "predecessor" is the holder's: the only person named before it in the sentence, or the
    nearest one and the subject of a clause the noun hangs on ("Ann Roe, the premier, thanked her predecessor");
    not someone else's ("attacked Tom Ure and his predecessor", where "his" is the nearer name's)."""
    before = [m for m in {*ctx.mentions, holder} if noun.sent.start <= m.start and m.end < noun.i and ctx.name(m) != ctx.name(named)]
    if not before:  # the holder is a pronoun here, named in an earlier sentence: the only one "her" can be
        return holder.start < noun.sent.start
    if len({ctx.name(m) for m in before}) == 1:
        return ctx.name(before[0]) == ctx.name(holder)
    if ctx.name(max(before, key=lambda m: m.start)) != ctx.name(holder):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and holder.start <= c.i < holder.end
               for t in noun.ancestors if t.pos_ in ("VERB", "AUX") for c in t.children)


@rule("roles.predecessor-noun", "roles", examples=[
    example("Tom Ure became leader of the Labour Party in March and thanked his predecessor Ann Roe.",
            "Ann Roe | leader | Labour Party")])
def _predecessor_noun(ctx: ArticleContext, found: Found) -> Pairs:
    """"X became premier and thanked his predecessor Y": the one a new holder's "his/her predecessor"
    names held the office the holder was given in that sentence; an office many hold at once (MP, minister) has
    no one predecessor, and the holder's office is read only when the sentence gives one office to one person."""
    pairs: Pairs = []
    for noun in ctx.doc:
        if noun.lower_ != "predecessor" or noun.i == 0 or ctx.doc[noun.i - 1].lower_ not in ("his", "her"):
            continue
        named = _named_predecessor(ctx, noun)
        if named is None:
            continue
        sent = noun.sent
        held = [(m, p) for m, p, _ in found.pairs if sent.start <= p.start < noun.i and p.status == "current"
                and p.core not in ctx.lexicon.shared_offices and ctx.name(m) != ctx.name(named)]
        if len({ctx.name(m) for m, _ in held}) != 1 or not _possessor_is(ctx, noun, named, held[0][0]):
            continue
        latest = max((p for _, p in held), key=lambda p: p.start)
        party = latest.party if latest.core in ctx.lexicon.party_offices else None
        pairs.append((named, RolePhrase(noun.i, noun.i + 1, latest.label, latest.core, party, "former")))
    return pairs


def _contest_office(sent: Span, lexicon: Lexicon) -> str | None:
    """The one office a sentence's contest is for, by the words of the contest offices' data ("elected mayor",
    "loses the mayoralty": mayor; "the governorship": governor): of the words of that contest's kind, the one that
    is a role's head; None where the sentence tells of no such contest or of more than one."""
    kinds = {lexicon.contest_offices[t.lower_] for t in sent if t.lower_ in lexicon.contest_offices}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    return next((word for word, k in lexicon.contest_offices.items() if k == kind and word in lexicon.role_heads), None)


def _role_label(ctx: ArticleContext, phrase: RolePhrase) -> str:
    """A role phrase's label, but for a bare holder's noun ("the incumbent, Ann Roe") the office the sentence's
    contest is for: the incumbent a new mayor defeated, or who lost the mayoralty, was the mayor."""
    if phrase.label not in ctx.lexicon.holder_words:
        return phrase.label
    return _contest_office(ctx.doc[phrase.start].sent, ctx.lexicon) or phrase.label


def role_facts(ctx: ArticleContext, pairs: Sequence[tuple[Mention, RolePhrase, str]]) -> list[RoleFact]:
    """Each (person, role phrase) pair as a fact, with the sentence that states the role as evidence."""
    facts = []
    for mention, phrase, name in pairs:
        evidence = evidence_for(ctx.doc[phrase.start : phrase.end])
        facts.append(RoleFact(ctx.name(mention), _role_label(ctx, phrase), phrase.party, evidence, phrase.status,
                              "stated" if phrase.party else None, (name,)))
    return facts


def _singular_head(token: Token, lexicon: Lexicon) -> str | None:
    """The role head a plural noun is the plural of: "secretaries" secretary, "MPs" mp, "Reps." representative;
    None for any other word."""
    word = token.lower_
    doc = token.doc
    # "Reps. Ann Roe and Jim Dane": an abbreviated title's plural, its full stop split off
    abbreviated = f"{token.text[:-1]}." if token.text.endswith("s") and token.is_title else ""
    if abbreviated in lexicon.abbreviations and token.i + 1 < len(doc) and doc[token.i + 1].text == ".":
        return lexicon.abbreviations[abbreviated]
    if token.pos_ not in ("NOUN", "PROPN") or not word.endswith("s") or word in lexicon.role_heads:
        return None
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    for singular in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "", word[:-1]):
        if singular and f"{before} {singular}" in lexicon.role_heads:
            return f"{before} {singular}"  # "running mates"
        if singular and singular in lexicon.role_heads:
            return singular
    return None


def _plural_modifiers(doc: Doc, noun: Token, skip: int, lexicon: Lexicon) -> list[list[str]]:
    """The modifiers before a plural title (before its first `skip` words), one list per holder where they are
    coordinated ("foreign and home secretaries": [["foreign"], ["home"]]), else one list shared by all ("Cabinet
    ministers": [["cabinet"]])."""
    words: list[str] = []
    k = noun.i - 1 - skip
    while k >= 0 and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and doc[k].ent_type_ in ("", "ORG") \
            and doc[k].lower_ not in lexicon.plural_stop and doc[k].lower_ not in lexicon.modifier_stop:
        words.insert(0, doc[k].lower_)
        k -= 1
    if k >= 1 and doc[k].lower_ == "and" and len(words) == 1 and doc[k - 1].pos_ in ("NOUN", "ADJ") and doc[k - 1].is_lower:
        return [[doc[k - 1].lower_], words]  # "foreign and home secretaries"
    return [words]


def _name_list(doc: Doc, start: int, by_start: dict[int, Mention], titles: Container[str]) -> list[Mention]:
    """People listed from `start`: "Ann Roe, Jim Dane and Tom Ure" (an "including"/"such as" may open it, and
    a name may have its title, "Ann Roe and Del. Jo Platt")."""
    k = start + 1 if start < len(doc) and doc[start].text in (",", ":") else start  # "his running mates, A and B"
    if k < len(doc) and doc[k].lower_ == "including":
        k += 1
    elif k + 1 < len(doc) and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
        k += 2
    listed: list[Mention] = []
    while k in by_start or (k + 1 in by_start and doc[k].text in titles):
        k += 0 if k in by_start else 1
        listed.append(by_start[k])
        k = by_start[k].end
        close = next((j for j in range(k + 1, min(k + 6, len(doc))) if doc[j].text == ")"), None) \
            if k < len(doc) and doc[k].text == "(" else None
        k = close + 1 if close is not None else k  # "Ann Roe (SF) and Jim Dane (DUP)": past each one's party code
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ in ("and", "or"):
            k += 1
    return listed


def _items_after(ctx: ArticleContext, verb: Token) -> list[Mention]:
    """The people a "be" lists after it: each item of a list separated by semicolons (where each name has its
    own description) opens with a name; a list without semicolons is read as _name_list reads it."""
    doc = ctx.doc
    start = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":")
    end = verb.sent.end
    if not any(t.text == ";" for t in doc[start:end]):
        return _name_list(doc, start, ctx.by_start, ())
    listed = []
    k = start
    while k < end:
        k += 1 if doc[k].lower_ == "and" else 0
        if k not in ctx.by_start:
            return []
        listed.append(ctx.by_start[k])
        k = next((t.i + 1 for t in doc[k:end] if t.text == ";"), end)
    return listed


def _plural_holders(ctx: ArticleContext, noun: Token) -> list[Mention]:
    """Who a plural title belongs to: the names right after it ("MPs Ann Roe and Jim Dane", "ministers including
    ..."), else the coordinated subject of the verb it completes ("Ann Roe and Jim Dane ... as home and foreign
    secretaries")."""
    # "Ann Roe and Del. Jo Platt", "Senator Tom Ure and Ann Roe": a one-word title before a listed name
    titles = {*ctx.lexicon.abbreviations, *ctx.lexicon.honorifics, *(h.title() for h in ctx.lexicon.role_heads if " " not in h)}
    start = noun.i + 1
    if start < len(ctx.doc) and ctx.doc[start].text == "." and f"{noun.text[:-1]}." in ctx.lexicon.abbreviations:
        start += 1  # "Reps. Ann Roe and ...": past the abbreviation's full stop
    if start < len(ctx.doc) and ctx.doc[start].lower_ in ("are", "were") and noun.lemma_ not in ctx.lexicon.contender_nouns:
        # "The two junior ministers are Ann Roe (SF) and Jim Dane (DUP)", however the parser read it; a contest's
        # field ("Other contenders are ...") is kg.extract.candidates' to read, with each one's party
        start += 1
    if start < len(ctx.doc) and ctx.doc[start].lower_ in ("include", "includes", "included"):
        start += 1  # "The contenders include A and B"
    listed = _name_list(ctx.doc, start, ctx.by_start, titles)
    if len(listed) >= 2:
        return listed
    up = noun.head
    if noun.dep_ == "nsubj" and up.lemma_ == "be":  # "The candidates are: A, the X; B, the Y; and C"
        listed = _items_after(ctx, up)
        if len(listed) >= 2:
            return listed
    if noun.dep_ == "pobj" and up.lower_ == "as" and up.head.pos_ in ("VERB", "AUX"):
        first = _subject(ctx, up.head)
        if first is not None:
            return [first, *_conjoined(ctx.doc, first, ctx.by_token)]
    return []


@rule("roles.plural-title", "roles", examples=[
    example("Tory MPs Ann Roe and Jim Dane voted against.", "Ann Roe | mp | Conservative Party",
            "Jim Dane | mp | Conservative Party"),
    example("Democratic Reps. Ann Roe and Jim Dane voted against.", "Ann Roe | representative | Democratic Party",
            "Jim Dane | representative | Democratic Party"),
    example("Cabinet ministers including Tom Ure and Ed Hale stayed.", "Tom Ure | cabinet minister | None",
            "Ed Hale | cabinet minister | None"),
    example("The other candidates were: Tom Ure, a former mayor; and Ed Hale, a lawyer.", "Tom Ure | candidate | None",
            "Ed Hale | candidate | None"),
    example("Ann Roe and Jim Dane will remain in post as foreign and home secretaries.",
            "Ann Roe | foreign secretary | None", "Jim Dane | home secretary | None")])
def _plural_title(ctx: ArticleContext, found: Found) -> Pairs:
    """A plural title shared by several people, each given it in the singular: "MPs A and B", "ministers including
    A, B and C"; coordinated modifiers go one to each, in order ("A and B ... as foreign and home secretaries")."""
    doc, pairs = ctx.doc, []
    for noun in doc:
        head = _singular_head(noun, ctx.lexicon)
        holders = _plural_holders(ctx, noun) if head is not None else []
        if head is None or len(holders) < 2:
            continue
        modifiers = _plural_modifiers(doc, noun, head.count(" "), ctx.lexicon)
        if len(modifiers) > 1 and len(modifiers) != len(holders):
            continue
        if head in ctx.lexicon.generic_heads and not {w for m in modifiers for w in m} & ctx.lexicon.political_context:
            continue  # "secretaries" alone are anyone's; "home and foreign secretaries" are offices
        one = RolePhrase(noun.i, noun.i + 1, head, head, None, "current")
        first = noun.i - head.count(" ") - len(modifiers[-1]) - (len(modifiers) - 1) * 2
        status, party = status_and_party(doc[first : noun.i + 1],
                                         ctx.lexicon)
        for k, holder in enumerate(holders):
            words = modifiers[k] if len(modifiers) > 1 else modifiers[0]
            label = ctx.lexicon.role_canonical.get(" ".join([*words, head]), " ".join([*words, head]))
            # each one's own party where the list states it: "Ann Roe (SF) and Jim Dane (DUP)"
            own = party or affiliation_at(doc, holder, ctx.lexicon)
            pairs.append((holder, RolePhrase(one.start, one.end, label, head, own, status)))
    return pairs


def _word_labels(ctx: ArticleContext) -> dict[int, set[str]]:
    """token index -> the labels of data/patterns/portfolio.jsonl its word has (TAKE, LOSE, PASS, ...)."""
    return _labels_at(ctx, "portfolio", _PORTFOLIO_LABELS)


_PORTFOLIO_LABELS = ("TAKE", "LOSE", "PASS", "QUALIFIER", "NOT_OFFICE")


def _portfolio_names(doc: Doc, noun: Token, labels: dict[int, set[str]]) -> tuple[int, list[list[str]]]:
    """Where the words before "portfolio" start, and the portfolios they name: "home affairs and immigration
    portfolios" two, "employment and workplace relations portfolio" one (a singular noun names one)."""
    k = noun.i
    while k > 0 and (doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k - 1].lower_ in ("and", ",")) \
            and doc[k - 1].ent_type_ not in ("PERSON", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        k -= 1
    while k < noun.i and (doc[k].lower_ in ("and", ",") or "QUALIFIER" in labels.get(k, ())):
        k += 1
    words = [t.lower_ for t in doc[k : noun.i]]
    if not words or any("NOT_OFFICE" in labels.get(i, ()) for i in range(k, noun.i)):
        return k, []
    if noun.lower_ != "portfolios":
        return k, [[w for w in words if w != ","]]
    names: list[list[str]] = [[]]
    for word in words:
        if word in ("and", ","):
            names.append([])
        else:
            names[-1].append(word)
    return k, [name for name in names if name]


def _portfolio_owners(ctx: ArticleContext, noun: Token, first: int) -> list[Mention]:
    """Whose portfolio it is by the words before it: "Mr Burke's", "whose", or "his/their" (the clause's subject)."""
    doc = ctx.doc
    before = doc[first - 1] if first > 0 else None
    if before is None:
        return []
    if before.text in ("'s", "’s") and before.i - 1 in ctx.by_token:
        return [ctx.by_token[before.i - 1]]
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if before.lower_ == "whose" and verb is not None and verb.dep_ == "relcl" and verb.head.i in ctx.by_token:
        return [ctx.by_token[verb.head.i]]
    if before.lower_ in ("his", "her", "their") and verb is not None:
        while verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and _subject(ctx, verb) is None:
            verb = verb.head
        owner = _subject(ctx, verb)
        return [owner, *_conjoined(doc, owner, ctx.by_token)] if owner is not None else []
    return []


def _portfolio_taker(ctx: ArticleContext, noun: Token, labels: dict[int, set[str]]) -> Mention | None:
    """Who a portfolio goes to: the person after a passing verb's "to" later in its sentence ("given to Ann Roe")."""
    for tok in ctx.doc[noun.i + 1 : noun.sent.end]:
        if tok.lower_ == "to" and "PASS" in labels.get(tok.head.i, ()):
            taker = next((ctx.by_token[c.i] for c in tok.children if c.dep_ == "pobj" and c.i in ctx.by_token), None)
            if taker is not None:
                return taker
    return None


def _portfolio_verb(noun: Token, labels: dict[int, set[str]]) -> tuple[Token | None, str]:
    """The verb a portfolio is the object of, and whether it takes or loses it ("retained his defence portfolio")."""
    head = noun
    while head.dep_ in ("conj", "appos", "compound") and head.head is not head:
        head = head.head
    verb = head.head if head.dep_ in ("dobj", "pobj") else None
    if verb is not None and verb.pos_ == "ADP":
        verb = verb.head
    if verb is not None and verb.dep_ == "prt":
        verb = verb.head
    for kind in ("TAKE", "LOSE"):
        if verb is not None and kind in labels.get(verb.i, ()):
            return verb, kind
    return None, ""


def _portfolio_roles(ctx: ArticleContext, noun: Token, labels: dict[int, set[str]]) -> Pairs:
    first, names = _portfolio_names(ctx.doc, noun, labels)
    if not names:
        return []
    owners = _portfolio_owners(ctx, noun, first)
    taker = _portfolio_taker(ctx, noun, labels)
    verb, kind = _portfolio_verb(noun, labels)
    if not owners and verb is not None:
        subject = _subject(ctx, verb)
        owners = [subject, *_conjoined(ctx.doc, subject, ctx.by_token)] if subject is not None else []
    owner_status = "former" if taker is not None or kind == "LOSE" else "current"
    pairs: Pairs = []
    for n, name in enumerate(names):
        label = " ".join([*name, "minister"])
        phrase = RolePhrase(noun.i, noun.i + 1, label, label, None, "current")
        # "A and B had their home and foreign portfolios stripped": one each, in order
        held = [owners[n]] if len(owners) == len(names) > 1 else owners
        pairs += [(owner, replace(phrase, status=owner_status)) for owner in held]
        if taker is not None:
            pairs.append((taker, phrase))
    return pairs


@rule("roles.portfolio", "roles", examples=[
    example("The cabinet changed. Ann Roe retained her defence and trade portfolios.", "Ann Roe | defence minister | None",
            "Ann Roe | trade minister | None"),
    example("In the reshuffle, Mr Ure's health portfolio has gone to Ann Roe.", "Ann Roe | health minister | None",
            "Ure | health minister | None")])
def _portfolio(ctx: ArticleContext, found: Found) -> Pairs:
    """A minister's portfolio: "retained her defence portfolio", "Mr Ure's health portfolio has gone to Ann Roe"
    (Ure held it, Roe holds it), "had their home and foreign portfolios stripped" (one each, in order); only in
    an article about ministers, and never "his investment portfolio"."""
    if not any(t.lower_ in ctx.lexicon.ministry_words for t in ctx.doc):
        return []
    labels = _word_labels(ctx)
    return [pair for noun in ctx.doc if noun.lemma_ == "portfolio" and noun.pos_ == "NOUN"
            for pair in _portfolio_roles(ctx, noun, labels)]


_PORTFOLIO_NAME_LABELS = ("TAKE", "LOSE", "NOT_BARE")
_NOT_A_PORTFOLIO_NAME = ("PERSON", "GPE", "NORP", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "PARTY")


def _bare_portfolio(obj: Token, labels: dict[int, set[str]], lexicon: Lexicon) -> list[str] | None:
    """The words of a portfolio named alone as a verb's object ("gained police", "keeps transport", "takes over food
    safety"): a bare noun phrase (no determiner, no possessive) of data/roles.json "portfolio_words" only, not ending
    in a word that makes an idiom or no office ("take care", "lost customs revenue"), and not "taken into account"."""
    words = [t for t in obj.subtree if t.i <= obj.i]
    if any(t.dep_ in ("det", "poss") or t.ent_type_ in _NOT_A_PORTFOLIO_NAME for t in words):
        return None
    names = [t.lower_ for t in words]
    if not all(w in lexicon.portfolio_words for w in names):
        return None
    if "NOT_BARE" in labels.get(words[-1].i, ()) or any(c.dep_ == "prep" and c.lower_ in ("into", "of") for c in obj.head.children):
        return None  # "take care", "lost customs revenue", "take health into account"
    return names


def _supposed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a reshuffle's move is only supposed ("might keep transport", "would take health if she won"). A bare
    "would" is how a reshuffle is told in reported speech ("the premier said Ann Roe would take over fisheries"; "In
    the meantime, Tom Ure would take customs"), so it alone makes no supposition here."""
    if not phrases.hypothetical(verb, lexicon):
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "mark")}
    words |= {m.lower_ for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}  # "if she won"
    return bool(words & (lexicon.conditional_words - {"would"})) or "would" not in words


@rule("roles.portfolio-named", "roles", examples=[
    example("Once the cabinet was reshaped, Tom Ure gained police.", "Tom Ure | police minister | None"),
    example("Under the new cabinet, Ann Roe takes over food safety.", "Ann Roe | food safety minister | None")])
def _portfolio_named(ctx: ArticleContext, found: Found) -> Pairs:
    """A portfolio named without the word "portfolio", as what a minister takes or loses in a reshuffle: "Tom Ure
    gained police", "Ann Roe loses customs"; only in an article about ministers, and not when the verb is negated or
    only supposed ("did not take health", "might keep transport")."""
    if not any(t.lower_ in ctx.lexicon.ministry_words for t in ctx.doc):
        return []
    labels = _labels_at(ctx, "portfolio", _PORTFOLIO_NAME_LABELS)
    pairs: Pairs = []
    for verb in ctx.doc:
        kind = next((k for k in ("TAKE", "LOSE") if k in labels.get(verb.i, ())), None)
        if kind is None or verb.pos_ != "VERB" or _supposed(verb, ctx.lexicon) or phrases.negated(verb):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            names = _bare_portfolio(obj, labels, ctx.lexicon)
            holder = _subject(ctx, verb) if names else None
            if names and holder is not None:
                label = " ".join([*names, "minister"])
                status = "former" if kind == "LOSE" else "current"
                pairs.append((holder, RolePhrase(obj.i, obj.i + 1, label, label, None, status)))
    return pairs


_LINE_BULLETS = {"•", "·", "*", "-", "–", "—", "○", "▪"}
_LINE_DASHES = {"–", "—", "-", ":"}


@dataclass(frozen=True)
class LineUp:
    """One line of a cabinet line-up: "Justice – Ann Roe, Fenby Party", "Finance Minister: Tom Ure (Greens)"."""

    office: tuple[int, int]  # the office's words, [start, end)
    name: tuple[int, int]  # the holder's name as capitalised words
    party: tuple[int, int]  # the party's words after the name (empty when none)


def _lines(doc: Doc) -> list[list[Token]]:
    """The doc's lines, each as its tokens other than spaces and a leading bullet."""
    lines: list[list[Token]] = [[]]
    for token in doc:
        if token.is_space or not token.text.strip():
            if "\n" in token.text and lines[-1]:
                lines.append([])
            continue
        if not lines[-1] and token.text in _LINE_BULLETS:
            continue
        lines[-1].append(token)
    return [line for line in lines if line]


def _line_party_end(line: list[Token], k: int) -> int | None:
    """Where a line's party after a name ends: ", Fenby Party" or "(Fenby Party)" closing the line; k when the
    line ends at the name; None when the line goes on in words that are no party."""
    rest = line[k:]
    if not rest:
        return k
    if rest[0].text == "(" and rest[-1].text == ")" and 1 < len(rest) <= 6:
        return len(line)
    if rest[0].text == "," and 1 < len(rest) <= 5 and all(t.is_title or t.is_upper or t.lower_ in ("of", "the", "and")
                                                          for t in rest[1:]):
        return len(line)
    return None


_OFFICE_JOINS = ("and", "&", ",", "of", "for", "the")
# a place or an organisation before the dash is a seat or a credit ("Port Kelby – Tom Ure (Green Party)"), no office
_NO_OFFICE_LABELS = ("PERSON", "PARTY", "DATE", "CARDINAL", "GPE", "LOC", "FAC", "ORG")


def _ends_in_role_head(office: Sequence[Token] | Span, lexicon: Lexicon) -> bool:
    """Whether an office's words end in a role head of data/roles.json ("Finance Minister", "Deputy Leader")."""
    text = " ".join(t.lower_ for t in office)
    return any(text == head or text.endswith(" " + head) for head in lexicon.role_heads)


def _names_an_office(office: Sequence[Token], lexicon: Lexicon) -> bool:
    """A line-up's office is a title ending in a role head or a portfolio made of data/roles.json "portfolio_words"
    ("Agriculture, Environment and Rural Affairs"), so "Photography – Ann Roe" is a credit, no office."""
    words = [t.lower_ for t in office if t.lower_ not in _OFFICE_JOINS]
    return _ends_in_role_head(office, lexicon) or bool(words) and all(w in lexicon.portfolio_words for w in words)


def line_up(doc: Doc, line: list[Token], lexicon: Lexicon) -> LineUp | None:
    """A line read as "office – holder[, party]": a few capitalised words naming the office (a portfolio or a
    title), a dash or a colon, a name of two or three capitalised words, and at most a party to end the line."""
    dash = next((k for k, t in enumerate(line[:8]) if t.text in _LINE_DASHES), None)
    if dash is None or dash == 0 or dash + 2 > len(line):
        return None
    office = line[:dash]
    if not office[0].is_title or not all(t.is_title or t.lower_ in _OFFICE_JOINS for t in office) \
            or any(t.ent_type_ in _NO_OFFICE_LABELS for t in office) or not _names_an_office(office, lexicon):
        return None
    first = line[dash + 1]
    end = name_run(doc, first.i, lexicon)
    words = end - first.i
    if words < 2 or any(t.is_space for t in doc[first.i : end]):
        return None
    k = dash + 1 + words
    party_end = _line_party_end(line, k)
    if party_end is None:
        return None
    party = (line[k].i, line[party_end - 1].i + 1) if party_end > k else (end, end)
    return LineUp((office[0].i, office[-1].i + 1), (first.i, end), party)


def line_ups(doc: Doc, lexicon: Lexicon) -> list[LineUp]:
    """The lines of a cabinet line-up: in an article about ministers, two lines or more read as "office – holder"."""
    lines = _lines(doc)
    found = [(n, found) for n, line in enumerate(lines) if (found := line_up(doc, line, lexicon)) is not None]
    if len(found) < 2:
        return []
    # the cue must introduce the list: "prime minister" anywhere in the article makes no seat list a cabinet
    first = found[0][0]
    if not any(t.lower_ in lexicon.ministry_words for line in lines[max(0, first - _CUE_LINES) : first] for t in line):
        return []
    return [one for _, one in found]


_CUE_LINES = 2  # how many lines before a line-up may say it is one of ministers


def _line_up_party(doc: Doc, span: Span, lexicon: Lexicon) -> str | None:
    """The party a line-up names after its holder: a party the model labelled, a bracketed code ("(SF)"), or a
    name shaped as a party's."""
    words = [t for t in span if t.text not in ("(", ")", ",")]
    if not words:
        return None
    labelled = next((t for t in words if t.ent_type_ == "PARTY"), None)
    if labelled is not None:
        return lexicon.party_of(labelled.ent_id_ or labelled.text)
    text = doc[words[0].i : words[-1].i + 1].text
    return lexicon.bracket_abbreviations.get(text) or lexicon.party_of(text)


def _line_up_label(ctx: ArticleContext, office: Span) -> str:
    """The office a line-up's first words name: a title as its role phrase reads it ("Finance Minister"), else a
    portfolio's minister ("Justice": justice minister; "Agriculture and Rural Affairs": minister for ...)."""
    phrase = next((p for p in ctx.phrases if p.start == office.start and p.end == office.end), None)
    if phrase is not None:
        return phrase.label
    portfolio = office.text.lower()
    if _ends_in_role_head(office, ctx.lexicon):  # "Deputy Leader: Tom Ure" is a deputy leader, no minister
        return ctx.lexicon.role_canonical.get(portfolio, portfolio)
    return f"{portfolio} minister" if len(office) == 1 else f"minister for {portfolio}"


def _department_office(line: list[Token], lexicon: Lexicon, country: str | None = None) -> str | None:
    """The office a line naming only a department heads: "Commerce Department", "Department of Energy" (its
    secretary in the US or the UK, its minister in Ireland or Canada), "Ministry of Justice" (its minister); None for
    any other line."""
    words = [t.lower_ for t in line]
    if not 2 <= len(words) <= 6 or not all(t.is_title or t.lower_ in _OFFICE_JOINS for t in line):
        return None
    if words[-1] in lexicon.department_heads:
        head, domain = lexicon.department_heads[words[-1]], words[:-1]
    elif words[0] in lexicon.department_heads and words[1] in ("of", "for"):
        head, domain = lexicon.department_heads[words[0]], words[2:]
    else:
        return None
    domain = [w for w in domain if w != "the"]
    if not domain or any(w not in lexicon.portfolio_words and w not in ("state", "and", "&") for w in domain):
        return None
    return f"secretary of {' '.join(domain)}" if head == "secretary" and (country is None or country in lexicon.secretary_countries) \
        else f"{' '.join(domain)} minister"


def _name_line_holder(ctx: ArticleContext, line: list[Token]) -> Mention | None:
    """The person a line is no more than the name of, past a title ("Sen. Ann Roe (R-Fen.)", "Tom Ure")."""
    for token in line[:3]:
        mention = ctx.by_start.get(token.i)
        if mention is None:
            continue
        rest = [t for t in line if t.i >= mention.end]
        if not rest or (rest[0].text == "(" and rest[-1].text == ")" and len(rest) <= 8):
            return mention
        return None
    return None


@rule("roles.department-line", "roles", examples=[
    example("Cabinet picks\nCommerce Department\nAnn Roe\nShe led a trade body.\nEnergy Department\nTom Ure\nHe ran a firm.",
            "Ann Roe | secretary of commerce | None", "Tom Ure | secretary of energy | None")])
def _department_line(ctx: ArticleContext, found: Found) -> Pairs:
    """A list of a cabinet's departments, each on a line of its own with the person heading it on the next ("Commerce
    Department" then "Ann Roe"): its secretary (or, for a ministry, its minister); only where two lines or more read so
    and the list is said to be of a cabinet or its nominees."""
    lines = _lines(ctx.doc)
    pairs: Pairs = []
    first = None
    for n in range(len(lines) - 1):
        office = _department_office(lines[n], ctx.lexicon, ctx.country)
        holder = _name_line_holder(ctx, lines[n + 1]) if office else None
        if office and holder is not None:
            first = n if first is None else first
            line = lines[n]
            pairs.append((holder, RolePhrase(line[0].i, line[-1].i + 1, office, office, None, "current")))
    cue = first is not None and any(t.lower_ in ctx.lexicon.nomination_words for line in lines[:first] for t in line)
    return pairs if len(pairs) >= 2 and cue else []


@rule("roles.line-up", "roles", examples=[
    example("The new cabinet of ministers:\nJustice – Ann Roe, Fenby Party\nFinance: Tom Ure (Greens)",
            "Ann Roe | justice minister | Fenby Party", "Tom Ure | finance minister | Green Party")])
def _line_up(ctx: ArticleContext, found: Found) -> Pairs:
    """A cabinet line-up, one office to a line: "Justice – Ann Roe, Fenby Party", "Finance Minister: Tom Ure
    (Greens)"; only in an article about ministers and where two lines or more read so, not a lone "Update: Ann Roe"."""
    pairs: Pairs = []
    for line in line_ups(ctx.doc, ctx.lexicon):
        holder = ctx.by_start.get(line.name[0])
        if holder is None:
            continue
        office = ctx.doc[line.office[0] : line.office[1]]
        party = _line_up_party(ctx.doc, ctx.doc[line.party[0] : line.party[1]], ctx.lexicon)
        label = _line_up_label(ctx, office)
        pairs.append((holder, RolePhrase(office.start, office.end, label, label, party, "current")))
    return pairs
