"""Role phrases: "shadow Chancellor", "Trade and Industry Secretary", "MP for Fenby", "Sen.".

A Matcher built from the role heads in data/roles.json finds them; each phrase records what its own
words say (label, party, former) before kg.extract.roles decides whose role it is.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.attrs import ENT_TYPE, IS_PUNCT, LOWER, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.lexicon import Lexicon, fold
from kg.extract.patterns import load_matcher

_NOT_MODIFIER = ["PERSON", "PARTY", "GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"]

#: the possessive as the tokenizer splits it off a name ("Fenby's", "Fenby’s"), straight or curly: every rule that
#: reads a possessive reads these
POSSESSIVES = ("'s", "’s")
#: the tags of question and relative words ("how", "who", "which", "whose"): a word no place's name opens with
QUESTION_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
#: apostrophes, straight and curly ("the Greens' leader", "the Greens’ leader")
APOSTROPHES = ("'", "’")
#: punctuation a title's status and party words may have between them ("ex-Tory", "Labour's former", "(Green)")
_BETWEEN_TITLE_WORDS = frozenset({*POSSESSIVES, *APOSTROPHES, "-", "(", ")"})


def outside_politics(tokens: Iterable[Token], lexicon: Lexicon) -> bool:
    """Whether words name a body outside party politics or a prize ("the golf club", "the board", "the Fenby Cup",
    data "private_bodies" and "prizes"): what such a body votes on, or such a prize, is no public office, seat or race.
    The one check for it, read by the candidacy, result and trigger rules."""
    words = lexicon.private_bodies | lexicon.prizes
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tokens)


def hypothetical(tok: Token, lexicon: Lexicon) -> bool:
    """"If Ann Roe resigns", "should she be appointed", "Roe would resign": an event that has not happened, by a
    modal on its verb or a subordinator on the verb or its two nearest heads. The one word list every detector of
    unreal events reads (data "conditional_words"), so that a modal added there is read by each."""
    words = lexicon.conditional_words
    if any(c.dep_ == "aux" and c.lower_ in words for c in tok.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in words for t in [tok, *tok.ancestors][:3] for c in t.children)



def negated(tok: Token) -> bool:
    """"did not make", "never won": the parser's negation on a word, which rules read beside `hypothetical` to drop
    what did not happen."""
    return any(c.dep_ == "neg" for c in tok.children)

@dataclass(frozen=True)
class RolePhrase:
    """A role phrase [start, end) with its label and what its own tokens say about party/status."""

    start: int
    end: int
    label: str
    core: str
    party: str | None
    status: str


def _contextual_parties(lexicon: Lexicon) -> set[str]:
    return {alias.lower() for party in lexicon.parties if party.contextual for alias in party.aliases}


@dataclass(frozen=True)
class _RoleMatcher:
    """The role Matcher, and what bounds its matches so it need only run near a possible head.

    Every match holds a head's first word or an abbreviation (a key of `first_lower` / `first_orth`) at some
    token p; the tokens before p are all words a pattern can take before a head (`_can_precede`), and the match
    ends by p + that key's value (its longest head, then "-elect"). The Matcher run over windows of the doc
    that cover those bounds finds exactly the matches it finds over the whole doc (its patterns test single
    tokens, and matches in disjoint windows never overlap, so greedy filtering is the same) at a fraction of
    the cost: it starts a partial match for every pattern at every token it is given, and most tokens of an
    article are nowhere near a role.
    """

    matcher: Matcher
    first_lower: dict[int, int]  # LOWER of a head's first word (case-insensitive heads) -> how far a match reaches
    first_orth: dict[int, int]  # the same for ORTH, for heads matched exactly ("MP", "Representative", "Sen.")
    stop: frozenset[int]  # LOWER hashes no modifier takes
    not_modifier: frozenset[int]  # ENT_TYPE hashes no modifier takes
    verb_modifiers: frozenset[int]  # "elected": the optional participle a pattern opens with
    joiners: frozenset[int]  # ORTH/LOWER hashes of "and", "-" and the prefixes ("shadow"): in patterns before a head

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Disjoint [start, end) stretches of the doc that hold every match, in order."""
        array = doc.to_array([LOWER, ORTH, POS, ENT_TYPE, IS_PUNCT]).tolist()
        windows: list[tuple[int, int]] = []
        for p, (lower, orth, _, _, _) in enumerate(array):
            reach = max(self.first_lower.get(lower, 0), self.first_orth.get(orth, 0))
            if not reach:
                continue
            start = p
            while start > 0 and self._can_precede(array[start - 1]):
                start -= 1
            end = min(len(array), p + reach)
            if windows and start <= windows[-1][1]:  # overlapping or touching: one window
                windows[-1] = (windows[-1][0], max(windows[-1][1], end))
            else:
                windows.append((start, end))
        return windows

    def _can_precede(self, row: list[int]) -> bool:
        """Whether a token can stand before a head inside a match: the union of every pattern's pre-head tokens
        (participle, noun-like modifier, title words joined by "and", a prefix and its hyphen)."""
        lower, orth, pos, ent_type, is_punct = row
        if lower in self.verb_modifiers or lower in self.joiners or orth in self.joiners:
            return True
        return pos in _NOUN_LIKE_POS and ent_type not in self.not_modifier and lower not in self.stop and not is_punct

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        """The (start, end) of every role match in the doc, as `Matcher(doc)` gives them (greedy, longest)."""
        found = []
        for start, end in self.windows(doc):
            found += [(start + s, start + e) for _, s, e in self.matcher(doc[start:end])]
        return found


_NOUN_LIKE_POS = frozenset({NOUN, PROPN, ADJ})


@cache
def _matcher(nlp: Language, lexicon: Lexicon) -> _RoleMatcher:
    matcher = Matcher(nlp.vocab)
    # one-word heads modify no other head ("MP", "leader"), but for "chief", a head of its own ("party chief") that
    # still heads nothing in "chief whip" or "chief minister"
    heads = {h for h in lexicon.role_heads if " " not in h and h not in lexicon.modifying_heads}
    stop = sorted(lexicon.modifier_stop | _contextual_parties(lexicon) | heads)
    noun_like: dict[str, object] = {"POS": {"IN": ["NOUN", "PROPN", "ADJ"]}, "ENT_TYPE": {"NOT_IN": _NOT_MODIFIER},
                 "LOWER": {"NOT_IN": stop}, "IS_PUNCT": False}
    # one modifier: a noun or adjective ("home", "foreign"), or an "elected"-like participle
    modifier = {"OP": "*", **noun_like}
    participle = {"LOWER": {"IN": sorted(lexicon.verb_modifiers)}, "OP": "?"}
    # One pattern per head would start ~90 partial matches at every token. Heads that differ only in their
    # first word ("secretary", "mayor"; "prime minister", "first minister") share one pattern whose first
    # token takes any of those words: the same spans match, several times faster.
    first_words: dict[tuple[str, tuple[str, ...]], set[str]] = {}  # (attribute, words after the first) -> first words
    for head in lexicon.role_heads:
        words = [t.text for t in nlp.tokenizer(head)]
        if len(words) == 1 and head.isalpha() and len(head) <= 3:
            first_words.setdefault(("ORTH", ()), set()).update([head.upper(), head.upper() + "s"])
        elif head in lexicon.capitalised_heads:  # "Representative X", not "their representative in South Africa"
            first_words.setdefault(("ORTH", ()), set()).update([head.title(), head.title() + "s"])
            # lower-case only right before a name, "Tennessee representative Jo Platt" (see _role_phrase)
            first_words.setdefault(("LOWER", ()), set()).add(head)
        else:
            first_words.setdefault(("LOWER", tuple(words[1:])), set()).add(words[0])
    elect = [{"ORTH": "-", "OP": "?"}, {"LOWER": "elect", "OP": "?"}]
    for (attribute, rest), firsts in first_words.items():
        first: object = {"IN": sorted(firsts)} if len(firsts) > 1 else next(iter(firsts))  # a plain value is cheaper
        tokens: list[dict[str, object]] = [{attribute: first}] + [{"LOWER": w} for w in rest]
        matcher.add("ROLE", [[participle, dict(modifier), *tokens, *elect]], greedy="LONGEST")
        # "Trade and Industry Secretary", "Work and Pensions Secretary", "Roads and Housing Cabinet Secretary"
        matcher.add("ROLE", [[{"IS_TITLE": True, **noun_like}, {"LOWER": "and"}, {"IS_TITLE": True, **noun_like},
                              {"IS_TITLE": True, **noun_like, "OP": "?"}, *tokens, *elect]], greedy="LONGEST")
        # "deputy whip", and with modifiers either side of the prefix: "chief deputy whip", "deputy chief whip"
        matcher.add("ROLE", [[dict(modifier), {"LOWER": {"IN": list(lexicon.role_prefixes)}},
                              {"ORTH": "-", "OP": "?"}, dict(modifier), *tokens, *elect]], greedy="LONGEST")
    # "Sen. Tom Ure", "Gov. Jo Platt", "Gov. Gen. Ann Roe": abbreviated titles are roles too
    abbreviated = {a: [t.text for t in nlp.tokenizer(a)] for a in lexicon.abbreviations}
    matcher.add("ROLE", [[{"ORTH": {"IN": sorted(a for a, words in abbreviated.items() if len(words) == 1)}}]],
                greedy="LONGEST")
    for words in (words for words in abbreviated.values() if len(words) > 1):
        matcher.add("ROLE", [[{"ORTH": w} for w in words]], greedy="LONGEST")

    def hashes(words: Iterable[str]) -> frozenset[int]:  # the StringStore's keys: some words are symbols, not hashes
        return frozenset(nlp.vocab.strings[w] for w in words)

    # a head's first word -> the most tokens a match can take from it: the rest of the head, "-", "elect"
    reach: dict[str, dict[int, int]] = {"LOWER": {}, "ORTH": {}}
    lengths = [(attribute, word, 1 + len(rest) + len(elect)) for (attribute, rest), firsts in first_words.items()
               for word in firsts]
    for attribute, word, length in [*lengths, *(("ORTH", words[0], len(words)) for words in abbreviated.values())]:
        key = nlp.vocab.strings[word]
        reach[attribute][key] = max(reach[attribute].get(key, 0), length)
    return _RoleMatcher(
        matcher,
        first_lower=reach["LOWER"],
        first_orth=reach["ORTH"],
        stop=hashes(stop),
        not_modifier=hashes(_NOT_MODIFIER),
        verb_modifiers=hashes(lexicon.verb_modifiers),
        joiners=hashes(["and", "-", *lexicon.role_prefixes]),
    )


def _member_head(word: str, lexicon: Lexicon) -> bool:
    """A member's title, any legislature's (data/roles.json "legislature_members": "MHA", "MK", "MCA", each country's
    news names its members so)."""
    return word in lexicon.member_heads


def _member_seat_end(doc: Doc, end: int, lexicon: Lexicon) -> int | None:
    """"MP for Fenby": after a member's title, "for" names a place, however the model tagged it."""
    i = end
    place = _member_head(doc[end - 1].lower_, lexicon) and i < len(doc) - 1 and doc[i].lower_ == "for"
    if not (place and doc[i + 1].is_title and doc[i + 1].ent_type_ in ("PERSON", "ORG", "GPE", "")):
        return None
    k = i + 1
    while k < len(doc) and (doc[k].is_title or (doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title)) \
            and doc[k].ent_type_ != "PARTY":
        k += 1
    return k


def _portfolio_end(doc: Doc, end: int, lexicon: Lexicon) -> int | None:
    """"spokesman on foreign affairs", "spokeswoman for women": a spokesperson's portfolio is lower-case; so is a
    minister's right before the name ("minister for communities Ann Roe"), not "minister for years"."""
    i = end
    spokes = doc[end - 1].lower_.startswith("spokes")
    minister = doc[end - 1].lower_ in lexicon.portfolio_heads
    if not ((spokes or minister) and i < len(doc) - 1 and doc[i].lower_ in (("on", "for") if spokes else ("for", "of"))):
        return None
    k = i + 1
    while k < len(doc) and k - i <= 4 and (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "CCONJ")):
        k += 1
    if minister and not (k < len(doc) and doc[k].ent_type_ == "PERSON"):
        return None
    return k if k > i + 1 else None


def _qualifier(doc: Doc, end: int, lexicon: Lexicon) -> tuple[int, str | None]:
    """Extend a role over "of/for X" ("Secretary of State for Trade", "leader of the Labour Party")."""
    reach = _member_seat_end(doc, end, lexicon) or _portfolio_end(doc, end, lexicon)
    if reach is not None:
        return reach, None
    i, party = end, None
    while i < len(doc) - 1 and doc[i].lower_ in ("of", "for") and doc[i + 1].ent_type_ != "PERSON":
        j = i + 1
        if doc[j].lower_ == "the":
            j += 1
        entity = next((e for e in doc.ents if e.start == j and e.label_ in ("GPE", "LOC", "ORG", "FAC", "NORP", "PARTY")), None)
        if entity is not None and entity.label_ != "PARTY":
            start_of, i = i, entity.end
            if doc[i - 1].text in POSSESSIVES:  # the model's "Freedonia's": the possessive is no part of the place
                i -= 1
            if i < len(doc) and doc[i].ent_type_ == "PARTY":  # "agent for Fenby Vale Tories"
                party = party or lexicon.party_of(doc[i].ent_id_ or doc[i].text)
                i += 1
            owned = _country_party(doc, i) if entity.label_ in ("GPE", "NORP") else None
            if owned is not None:  # "leader of Freedonia's liberal Green Party": the country's party
                i, party = owned.end, party or lexicon.party_of(owned.ent_id_ or owned.text)
            elif i < len(doc) and doc[i].text in POSSESSIVES:
                return start_of, party  # "leader of Freedonia's main union": what follows owns the office, not the place
            continue
        k = _title_words_end(doc, j, lexicon.role_heads)
        if k == j:
            break
        if doc[j:k].text.lower() in lexicon.institutions:  # "Leader of the Opposition": an institution, never a party
            i = k
            continue
        if doc[j].ent_type_ == "PARTY" and all(t.ent_type_ == "PARTY" for t in doc[j:k]):
            party = lexicon.party_of(doc[j].ent_id_ or doc[j:k].text) or party
        elif doc[k - 1].ent_type_ == "PARTY":  # "agent for Fenby Vale Tories"
            party = party or lexicon.party_of(doc[k - 1].ent_id_ or doc[k - 1].text)
        i = k
    return i, party


def _country_party(doc: Doc, i: int) -> Span | None:
    """The party after a country's possessive, past a few describing words: "Freedonia's liberal Green Party"."""
    if i >= len(doc) or doc[i].text not in POSSESSIVES:
        return None
    k = i + 1
    while k < len(doc) and k - i <= 3 and doc[k].ent_type_ != "PARTY" and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower:
        k += 1
    return next((e for e in doc.ents if e.start == k and e.label_ == "PARTY"), None)


def _title_words_end(doc: Doc, j: int, heads: Container[str] = frozenset()) -> int:
    """Where a capitalised name from `j` ends ("Trade and Industry"): a qualifier names an office's domain so; but
    "and" before another title ("Minister for Transport and Labour TD Ann Roe") joins a second office."""
    k = j
    while k < len(doc) and doc[k].ent_type_ not in ("PERSON", "DATE", "CARDINAL", "TIME") and (
        doc[k].is_title or doc[k].is_upper or (doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title)
    ):
        if doc[k].lower_ == "and" and _title_follows(doc, k + 1, heads):
            break
        k += 1
    return k


def _title_follows(doc: Doc, k: int, heads: Container[str]) -> bool:
    """Whether a title starts at `k`, past a party's name: "Labour TD", "Green MP"."""
    while k < len(doc) and doc[k].ent_type_ == "PARTY":
        k += 1
    return k < len(doc) and doc[k].lower_ in heads and (doc[k].is_upper or doc[k].is_title)


def _political(span: Span, head: str, qualifier: str, party: str | None, before_name: bool, lexicon: Lexicon) -> bool:
    """Generic heads (president, chairman, leader...) count only in a political setting: "club chairman" is none."""
    if head not in lexicon.generic_heads or party or span.text in lexicon.abbreviations:
        return True  # "Del. Ann Roe": an abbreviated title is an office
    mods = [t for t in span if t.lower_ not in lexicon.role_heads]
    if (head in lexicon.title_heads or head == "leader") and not mods and before_name:  # "President Roe"
        return True
    if head in ("leader", "deputy leader") and any(e.label_ == "PARTY" for e in span.sent.ents):
        return True
    words = {t.lower_ for t in mods} | set(fold(qualifier).split())
    if words & lexicon.political_context or (not qualifier and _of_institution(span.doc, span.end, lexicon)):
        return True
    if head == "secretary":
        return bool(mods)
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text in POSSESSIVES and span.start > 1:
        before = span.doc[span.start - 2]  # "Mexico's president": the country's
    if before is not None and before.ent_type_ in ("PARTY", "NORP", "GPE") and not _trade(mods, lexicon):
        return True
    # "treasurer and long-time Labour MP Ann Roe": joined to a party's title
    after = span.doc[span.end : span.end + 6]
    return len(after) > 1 and after[0].lower_ == "and" and any(t.ent_type_ == "PARTY" for t in after[1:])


def _trade(mods: list[Token], lexicon: Lexicon) -> bool:
    """"a Fenby insurance agent", "a Kelby estate agent": a common noun of a trade before a generic head makes it a job,
    which the place before it does not make an office as it makes "Fenby's president" or "a Fenby county chairman" one."""
    return any(t.pos_ == "NOUN" and t.is_lower and t.lower_ not in lexicon.political_context
               and t.lower_ not in lexicon.place_nouns for t in mods)


def _of_institution(doc: Doc, end: int, lexicon: Lexicon) -> bool:
    """"leader of the government in Fenby's assembly", "leader of the opposition": a lower-case institution
    after "of" (which the qualifier, reading only capitalised names, leaves out) makes an office political."""
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    return end < len(doc) and doc[end].lower_ == "of" and k < len(doc) and doc[k].lower_ in lexicon.institutions


def _without_lower_modifiers(span: Span, lexicon: Lexicon) -> Span:
    """"counterpart Foreign Minister": a capitalised title takes no lower-case modifiers but "shadow"."""
    while len(span) > 1 and span[-1].is_title and span[0].is_lower and span[0].lower_ not in lexicon.role_prefixes \
            and not _member_of_unknown_chamber(span, lexicon):
        span = span.doc[span.start + 1 : span.end]
    return span


def _member_of_unknown_chamber(span: Span, lexicon: Lexicon) -> bool:
    """"member of the Knesset", "member of the European Parliament": a head whose words name a chamber the rule
    roles.member-of-chamber does not read (lexicon.json "member_of"), kept whole as the member's title. Not "member
    of Parliament", which other rules read in its own ways (kept as before: read whole it measured worse)."""
    text = span.text.lower()
    return span[0].lower_ == "member" and text in lexicon.role_heads and text != "member of parliament" and \
        text.removeprefix("member of ").removeprefix("the ") not in lexicon.member_of


def _without_hyphened_start(span: Span, lexicon: Lexicon) -> Span:
    """"third-party candidate", "Fenby-Hale candidate": a first modifier glued by a hyphen to the word before
    is the end of a compound the match cut in two, no part of the office; but "ex-Foreign Secretary" is a former
    Foreign Secretary, and "vice-" a prefix."""
    before_words = {"ex", *lexicon.status_former, *lexicon.role_prefixes}
    doc = span.doc
    glued = span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_ \
        and not doc[span.start - 1].whitespace_
    if glued and len(span) > 1 and span[0].lower_ not in lexicon.role_prefixes and doc[span.start - 2].lower_ not in before_words:
        return doc[span.start + 1 : span.end]
    return span


def _core_words(span: Span, lexicon: Lexicon) -> list[str]:
    """The office's own words: "elected mayor" is a mayor (the participle is not the office), "MP-elect" one word."""
    core_words: list[str] = []
    for t in span:
        if t.lower_ == "elect" and t.i > span.start and span.doc[t.i - 1].text == "-":
            if core_words:
                core_words[-1] += "-elect"
            # else "Fenby-MP-elect": _without_hyphened_start cut the compound's start, the head with it, leaving only
            # "-elect", which names no office (the empty core makes no phrase, as "two-candidate-preferred")
        elif t.text != "-" and not (t.i == span.start and t.lower_ in lexicon.verb_modifiers and len(span) > 1):
            core_words.append(t.lower_)
    return core_words


def _core(span: Span, lexicon: Lexicon) -> str:
    """The office a phrase names, without the words that describe its holder or seat."""
    core_words = _core_words(span, lexicon)
    if core_words and core_words[-1] not in lexicon.role_heads and core_words[-1][:-1] in lexicon.role_heads:
        core_words[-1] = core_words[-1][:-1]  # "Tory MPs Ann Roe and ...": each an mp
    if span.text in lexicon.abbreviations:
        core = lexicon.abbreviations[span.text]
        prefix = span.doc[max(0, span.start - 2) : span.start].text.replace(" ", "")
        if prefix.lower().endswith("state") and core in lexicon.member_heads:  # "state Sen. Ann Roe": a state senator
            return f"state {core}"
        return f"lieutenant {core}" if prefix.endswith(("Lt.", "Lt", "Lieut.")) else core  # "Lt. Gov. Daniel Reyes"
    if core_words and core_words[-1] in lexicon.place_heads and sum(t.pos_ == "PROPN" for t in span[:-1]) >= 2:
        # "Fenby Vale City Mayor", "Fenby State Governor": a place of several words before a mayor or governor is
        # no part of the office (their prefixes and status are: "Deputy Governor", "former mayor"); one word, as in
        # "Fenby governor", stays, as articles name the office so
        kept = [t.lower_ for t in span[:-1] if t.pos_ != "PROPN" or t.lower_ in lexicon.role_prefixes or t.lower_ == "lieutenant"]
        return " ".join(w for w in [*kept, core_words[-1]] if w not in lexicon.verb_modifiers or w == core_words[-1])
    if core_words and core_words[-1] in lexicon.place_heads and len(span) == 2 and span[0].pos_ == "PROPN" \
            and span[0].ent_type_ in ("ORG", "LOC") and span[0].lower_ not in lexicon.role_prefixes:
        # "Fenby Mayor Ann Roe": a one-word name the model called an organisation right before a mayor or governor
        # is the office's place, as "mayor of Fenby" says it ("Lord Mayor", "Executive Mayor" are no names of it)
        return f"{core_words[-1]} of {span[0].lower_}"
    if core_words and _member_head(core_words[-1], lexicon):
        # "Fenby Central MP" (a place: their seat), "great MP" (praise): neither is the office; but "Council Member"
        # is a head of its own, kept whole
        n = 2 if " ".join(core_words[-2:]) in lexicon.role_heads else 1
        kept = [w for w in core_words[:-n] if w in lexicon.member_modifiers]
        return " ".join([*kept, *core_words[-n:]])
    whole = " ".join(core_words)
    if whole in lexicon.role_canonical:  # "NI minister": initials the data spells out are the office's own
        return whole
    initials = _initials_before_head(span, lexicon)
    return " ".join(w for k, w in enumerate(core_words) if k == len(core_words) - 1 or w not in initials)


def _initials_before_head(span: Span, lexicon: Lexicon) -> set[str]:
    """"KO lawmaker", "XYZ candidate": capitals before the head that are no title are a party's or a group's initials,
    which say whose the office is, not which office (kg reads the party apart); the label is the office alone."""
    return {t.lower_ for t in span[:-1] if t.is_upper and t.is_alpha and 2 <= len(t) <= 5
            and t.lower_ not in lexicon.role_heads and t.lower_ not in lexicon.member_heads and t.text not in lexicon.abbreviations}


_SUBJECTS = ("nsubj", "nsubjpass")


def _its_antecedent(party: Token, its: Token) -> bool:
    """Whether "its" can stand for a party named before it: the party is its clause's subject ("The Green Party
    fielded its ...") or the subject's possessor ("The Green Party's whip ... while its chairman"), and no other
    singular noun is a subject between them ("The firm, which gave money to Labour, said its chairman": the firm's)."""
    if party.dep_ in _SUBJECTS:
        verb = party.head
    elif party.dep_ == "poss" and party.head.dep_ in _SUBJECTS:
        verb = party.head.head
    else:
        return False
    return not any(t.dep_ in _SUBJECTS and t.tag_ in ("NN", "NNP") and t.head != verb and t.ent_type_ != "PARTY"
                   for t in party.doc[party.i + 1 : its.i])


def _party_named_before(doc: Doc, i: int, lexicon: Lexicon) -> str | None:
    """"the party's chief whip, Rebecca Lorne": "the party" is the one named last before."""
    if i >= 0 and doc[i].lower_ == "party" and doc[i + 1].text in POSSESSIVES:
        return next((lexicon.party_of(t.ent_id_) for t in reversed(doc[max(0, i - 80) : i])
                     if t.ent_type_ == "PARTY" and t.ent_id_), None)
    if i >= 0 and doc[i].lower_ == "its":  # "the party's chief whip X, while its provincial chairman Y": the same party
        sentence = doc[doc[i].sent.start : i]
        named = [t for t in sentence if t.ent_type_ == "PARTY" and t.ent_id_ and _its_antecedent(t, doc[i])]
        party_words = [t for t in sentence if t.lower_ == "party" and t.ent_type_ != "PARTY" and t.i + 1 < len(doc)
                       and _its_antecedent(t, doc[i])]
        if named:
            return lexicon.party_of(named[-1].ent_id_)
        if party_words:
            return _party_named_before(doc, party_words[-1].i, lexicon)
    return None


def _status_and_party(span: Span, party: str | None, lexicon: Lexicon) -> tuple[str, str | None]:
    """"former Labour MP", "ex-Tory minister": the words before a title tell its status and party (the party
    its qualifier named, `party`, comes first)."""
    doc = span.doc
    status = "current"
    i = span.start - 1
    while i >= 0:  # walk left over party, nationality, place and "former" words
        tok = doc[i]
        if tok.lower_ in lexicon.status_former or (tok.lower_ == "ex" and i + 1 < len(doc)):
            status = "former"
        elif tok.ent_type_ == "PARTY":
            party = party or lexicon.party_of(tok.ent_id_ or _ent_text(doc, tok))
        elif tok.text in lexicon.party_by_alias and lexicon.party_of(tok.text) == "Independent" and i == span.start - 1:
            party = party or "Independent"
        elif not (tok.ent_type_ in ("NORP", "GPE", "LOC") or tok.text in _BETWEEN_TITLE_WORDS):
            break
        i -= 1
    return status, party if party is not None else _party_named_before(doc, i, lexicon)


def status_and_party(span: Span, lexicon: Lexicon) -> tuple[str, str | None]:
    """What the words before a title say of its holders: "former Tory MPs" (see _status_and_party)."""
    return _status_and_party(span, None, lexicon)


def _before_name(span: Span, end: int, head: str, lexicon: Lexicon) -> bool:
    """A title right before a name ("President Roe") is an office even where the head alone is generic; in lower
    case too before a name the model knows ("death of leader Tom Ure", "former president Ann Roe (PT)")."""
    doc = span.doc
    nxt = doc[end] if end < len(doc) else None
    return nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and (
        span[-1].is_title or ((head == "leader" or head in lexicon.title_heads) and nxt.ent_type_ == "PERSON"))


def _label(core: str, qualifier: str, qualifier_party: str | None, lexicon: Lexicon) -> tuple[str, str]:
    """(label, canonical core): the whole phrase's canonical name if it has one ("secretary of state for ..."),
    else the core with a qualifier that names no party."""
    whole = lexicon.role_canonical.get(fold(f"{core} {qualifier}")) if qualifier else None
    core = lexicon.role_canonical.get(fold(core), core)
    label = whole or (core if not qualifier or qualifier_party else f"{core} {qualifier.lower()}")
    if core == "member" and qualifier.lower().startswith("for "):
        label = "mp " + qualifier.lower()  # "the member for Fenby and Hale" is its MP
    return label, core


def _initials_not_a_title(span: Span) -> bool:
    """"MCA", "MK": a member's initials that are also a party's name, read as the party ("MCA president Ann Roe"
    in Malaysia): the party's name wins, as its EntityRuler has tagged it; and "10 AM" is a time."""
    last = span[-1]
    if not last.is_upper:
        return False
    return last.ent_type_ == "PARTY" or (len(span) == 1 and span.start > 0 and span.doc[span.start - 1].like_num)


def _chamber_name(span: Span) -> bool:
    """"the House of Representatives", "the House of Delegates": a chamber, not its members' title."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == "house"


def _lower_capitalised_head(span: Span, end: int, head: str, lexicon: Lexicon) -> bool:
    """A head of data/roles.json "capitalised_heads" in lower case is an office only right before a name
    ("Tennessee representative Jo Platt"), not in "their representative in South Africa"."""
    if head not in lexicon.capitalised_heads or not span[-1].is_lower:
        return False
    doc = span.doc
    return not (end == span.end and end < len(doc) and doc[end].ent_type_ == "PERSON")


def _role_phrase(doc: Doc, span: Span, lexicon: Lexicon) -> RolePhrase | None:
    """One match as a role phrase, or None when it names no political office ("a member of the public")."""
    span = _without_hyphened_start(_without_lower_modifiers(span, lexicon), lexicon)
    end, qualifier_party = _qualifier(doc, span.end, lexicon)
    core = _core(span, lexicon)
    if not core:
        return None  # "two-candidate-preferred": the compound's start cut away leaves only its hyphen, no office
    head = next((h for h in sorted(lexicon.role_heads, key=len, reverse=True) if core.endswith(h)), core)
    qualifier = doc[span.end : end].text
    if head == "member" and not qualifier.lower().startswith("for "):
        return None  # only "the member for Fenby and Hale": "a member of the public" is no office
    if head in lexicon.modifying_heads and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ in ("NOUN", "ADJ"):
        return None  # "BJP chief ministers", "party chief executive": a modifier of a word that is no head here
    if _chamber_name(span) or _lower_capitalised_head(span, end, head, lexicon) or _initials_not_a_title(span):
        return None
    status, party = _status_and_party(span, qualifier_party, lexicon)
    if not _political(span, head, qualifier, party, _before_name(span, end, head, lexicon), lexicon):
        return None
    label, core = _label(core, qualifier, qualifier_party, lexicon)
    prefix = _prefix_before_party(doc, span.start, lexicon)
    if prefix is not None and not core.startswith(doc[prefix].lower_):  # "Deputy Labour leader": a deputy leader
        label = lexicon.role_canonical.get(f"{doc[prefix].lower_} {label}", f"{doc[prefix].lower_} {label}")
        core = f"{doc[prefix].lower_} {core}"
        return RolePhrase(prefix, end, label, core, party, status)
    return RolePhrase(span.start, end, label, core, party, status)


def _prefix_before_party(doc: Doc, start: int, lexicon: Lexicon) -> int | None:
    """Where a prefix stands before a party word before a title ("Deputy Labour leader", "shadow Tory
    chancellor"): the party sits inside the title, which the matcher's modifiers never take."""
    i = start - 1
    while i >= 0 and doc[i].ent_type_ == "PARTY":
        i -= 1
    return i if 0 <= i < start - 1 and doc[i].lower_ in lexicon.role_prefixes else None


def role_phrases(doc: Doc, nlp: Language, lexicon: Lexicon) -> list[RolePhrase]:
    """Every role phrase of the doc, in order: the matches, each read for what its own words say; a generic office
    of a body outside party politics is none (`_civic`)."""
    spans = filter_spans([doc[s:e] for s, e in _matcher(nlp, lexicon)(doc)])
    civic = {start for _, start, _ in load_matcher(doc.vocab, "civic")(doc)}
    return [phrase for span in spans if (phrase := _role_phrase(doc, span, lexicon)) is not None
            and not _civic(doc, phrase, civic, lexicon)]


def _civic(doc: Doc, phrase: RolePhrase, civic: Container[int], lexicon: Lexicon) -> bool:
    """"union leader Tom Ure", "president of the Fenby Chamber of Commerce", "leader of the Fenby Workers Union": a
    generic head (or a spokesperson's) among words of data/patterns/civic.jsonl, with no party of its own, heads a
    body outside party politics, whatever party the sentence names beside it."""
    generic = phrase.core in lexicon.generic_heads or phrase.core.split()[-1] in lexicon.generic_heads \
        or phrase.core.startswith("spokes")
    words = doc[phrase.start : phrase.end]
    return generic and phrase.party is None and not any(t.ent_type_ == "PARTY" for t in words) \
        and any(t.i in civic and t.lower_ not in lexicon.portfolio_words for t in words)  # "Christian Democratic Union": a party


def _ent_text(doc: Doc, token: Token) -> str:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text
