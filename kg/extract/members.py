"""The member a result makes: who won a seat holds it, under the title the seat's chamber gives in its country.

A winner's title comes from the country's chambers (data/roles.json "national_members", "state_members",
"ward_members"): a seat of Pakistan's National Assembly makes an MNA, a Kenyan ward an MCA, an Ontario riding at a
provincial by-election an MPP, a French seat a deputy; most countries' news calls its parliament's members MPs. Where
kg cannot tell which chamber, or the country's news has no one title for them, the result makes no member: a wrong
title is a false fact, no title only a missed one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.context import ArticleContext, Found
from kg.extract.elections import body_heading, chosen_as_officer, house_district, section_headings, without_brackets
from kg.extract.government import devolved, regional_cues
from kg.extract.lexicon import Lexicon
from kg.extract.model import ElectionFact, RoleFact
from kg.extract.registry import example, rule

#: "a seat on Fenby Borough Council", "elected to the town council": the seat won is a council's
_COUNCIL_SEAT = re.compile(r"\b(?:on|to|for) (?:the )?(?:[A-Z][\w’'-]* ){0,4}(?:borough |county |city |district |town |"
                           r"metropolitan |parish |municipal )?council\b", re.I)
#: what _chamber_title says when a result's words name no chamber
_UNNAMED = "\0"
#: contests that make no member of a chamber
_NO_MEMBER_KINDS = ("leadership election", "primary", "candidate selection", "speaker election")


#: "Free State", "Rivers State": a place whose name ends in "State" is no state seat's cue
_NAMED_STATE = re.compile(r"\b[A-Z][\w'’-]+ State\b")


def _lowered(text: str) -> str:
    """The text the cues are sought in: lower case, without places named "X State"."""
    return _NAMED_STATE.sub(" ", text).lower()


def _any(text: str, cues: tuple[str, ...] | list[str]) -> bool:
    return any(cue in text for cue in cues)


def _a_ward(ctx: ArticleContext, result: ElectionFact, text: str, article: str) -> bool:
    """A council's seat: "the Eastfield ward", "Ward 61", "a seat on Fenby Borough Council", or a seat the article
    names a ward anywhere ("the Kelby ward by-election"), or one a sentence naming it tells a council's contest
    ("held Fenby in Friday's regional council by-election") when the result's own words name no other chamber."""
    seat = (result.seat or "").lower()
    return (" ward" in text or "council by-election" in text or "council seat" in text or seat.startswith("ward ")
            or bool(_COUNCIL_SEAT.search(result.evidence.text)) or bool(seat and f"{seat} ward" in article)
            or _told_a_council_contest(ctx, result, text) or _headed_council_seat(ctx, result, article))


def _headed_council_seat(ctx: ArticleContext, result: ElectionFact, article: str) -> bool:
    """A seat a round-up of a council's contests heads with its council's name and its outcome ("LAMBETH - Tulse Rise
    (Lab hold)", "KELBY: Hale Park - Con gain", read by elections.body_heading): a ward, though the sentences that tell
    its result never say so. Only in an article that names a council: a state's name heads its district the same way
    ("HALE - House District 12 (Dem hold)"), and a legislature's district is no ward whatever council the article
    mentions ("House District 4", "NV-4"; data/lexicon.json houses and numbered_seat_nouns)."""
    lexicon = ctx.lexicon
    if not result.seat or not lexicon.council_nouns & set(re.findall(r"[\w'-]+", article)) \
            or _legislature_district(lexicon, result.seat):
        return False
    return result.seat.lower() in _headed_seats(ctx.doc, lexicon)


@lru_cache(maxsize=1)  # the article being read (a Doc hashes by identity): asked once for each of its results
def _headed_seats(doc: Doc, lexicon: Lexicon) -> frozenset[str]:
    """The seats, in lower case, the article's heading lines name with an outcome ("LAMBETH - Tulse Rise (Lab hold)"),
    and the seats of the round-up's sections as the results rules read their headings (elections.section_headings):
    "KELBY - FENBY MARSH", "HALE VALE (Kelby District Council)". One reader of a section's heading for both sides, so
    a ward whose winner the results take from its section is the ward members make a councillor's seat."""
    seats = set()
    for line in doc.text.split("\n"):
        heading = body_heading(line.strip())
        if heading is not None and any(
                word in f"{heading.bracket or ''} {heading.rest or ''}".lower().split() for word in lexicon.heading_outcomes):
            seats.add(heading.seat.lower())
    headings = section_headings(doc.text, seat_nouns=lexicon.numbered_seat_nouns)
    seats.update(seat for _, line in headings if (seat := _council_section_seat(line, lexicon)))
    return frozenset(seats)


def _council_section_seat(heading: str, lexicon: Lexicon) -> str | None:
    """The seat, in lower case, of a round-up's section heading that says it is a council's: its council's name in
    capitals before the seat ("KELBY - FENBY MARSH", as elections.body_heading reads it), or its council in brackets
    after it ("FENBY MARSH (Kelby District Council)": a council word inside). A heading in capitals of anything else
    ("FENBY MARSH (Lab hold)", "WHAT IT MEANS") says nothing of a council."""
    bodied = body_heading(heading)
    if bodied is not None and bodied.seat.isupper() and bodied.bracket is None and bodied.rest is None:
        return bodied.seat.lower()
    brackets = re.findall(r"\(([^()]*)\)", heading)
    if not any(lexicon.council_nouns & set(b.lower().split()) for b in brackets):
        return None
    seat = without_brackets(heading).split()
    return " ".join(seat).lower() if seat else None


def _legislature_district(lexicon: Lexicon, seat: str) -> bool:
    """A district of a legislature's house: a US House district ("NV-4"), or a seat named by its house and a numbered
    seat noun ("House District 4", "Senate District 12", "Assembly District 3")."""
    words = seat.lower().split()
    return house_district(lexicon, seat) or (
        len(words) >= 2 and words[0] in lexicon.houses and any(w in lexicon.numbered_seat_nouns for w in words[1:]))


#: the words that tell a sentence tells a contest ("won the Fenby by-election"): the one it tells is the result's
_CONTEST_WORDS = ("election", "byelection", "bypoll", "by-poll")


def _told_a_council_contest(ctx: ArticleContext, result: ElectionFact, text: str) -> bool:
    """Whether the sentence that tells the result's contest calls it a council's, and names no chamber's seat: the
    result's own sentence where it tells a contest ("won the Fenby by-election" is told there, whatever "Fenby's
    council elections" say of May), else the sentences naming the seat that tell one (a tally line "Fenby / Ann Roe
    (Lab) - 2,347" says nothing of which body the seat is on; the article's "Labour held Fenby in the regional council
    by-election" does)."""
    if not result.seat or result.kind not in ("by-election", "general election"):
        return False
    if _any(text, _CONTEST_WORDS):
        words = text
    else:
        told = [_lowered(sent.text) for sent in ctx.doc.sents if result.seat in sent.text]
        words = " ".join(t for t in told if _any(t, _CONTEST_WORDS))
    return _any(words, tuple(ctx.lexicon.council_contests)) and not _any(words, ctx.lexicon.national_seat_cues) \
        and not _any(_but_national(words, ctx.lexicon), ctx.lexicon.state_seat_cues)


def _seat_clause(result: ElectionFact, text: str) -> str:
    """The clauses of the result's sentence that name its seat: the state cue of "won the Fenby by-election, a year
    before the assembly election" is another contest's, not the seat's (the whole sentence when it does not name the
    seat)."""
    seat = (result.seat or "").lower()
    clauses = [c for c in re.split(r"[,;:()\u2013\u2014]| - ", text) if seat and seat in c]
    return " ".join(clauses) if clauses else text


def _but_national(text: str, lexicon: Lexicon) -> str:
    """The text without the national house's cues, in which a state seat's cue is sought: "the National Assembly
    by-election" holds "assembly by-election", a state cue, inside a national one."""
    for cue in lexicon.national_seat_cues:
        text = text.replace(cue, " ")
    return text


def _state_title(ctx: ArticleContext, cued_role: str | None) -> str | None:
    """The title of a state or provincial assembly's member in the article's country (its province's, where the article
    cues one: "Queen's Park" makes an MPP); in a country the data gives none, the title the cue itself gives ("assembly
    seat": an MLA), and none in a country kg knows nothing of."""
    lexicon, country = ctx.lexicon, ctx.country
    if country is None or (country not in lexicon.state_members and lexicon.national_members.get(country, "mp")):
        return cued_role
    regions = regional_cues(ctx.doc.text, lexicon, country)
    region = max(regions, key=lambda r: regions[r]) if regions else None
    return lexicon.state_members.get(region or "") or lexicon.state_members.get(country)


def _national_title(ctx: ArticleContext) -> str | None:
    """The title of a national lower house's member in the article's country: "mp" unless the data gives another (or
    an empty one: no title)."""
    return ctx.lexicon.national_members.get(ctx.country or "", "mp") or None


def _chamber_title(ctx: ArticleContext, result: ElectionFact, text: str, article: str) -> str | None:
    """The title the result's own words give by naming the chamber or the kind of seat: _UNNAMED when they name none,
    None when the chamber they name has no title kg knows."""
    lexicon = ctx.lexicon
    chamber = next((role for role, words in lexicon.devolved_chambers if _any(text, words)), None)
    if chamber:  # "the Fife Central by-election for the Scottish Parliament": an MSP
        return chamber
    here = regional_cues(result.evidence.text, lexicon, ctx.country)
    region = next((r for r in here if r in lexicon.state_members), None)
    if region:  # "won the Fenby riding for Queen's Park", "the National Assembly of Quebec": the province's member
        return lexicon.state_members[region]
    if _any(text, lexicon.national_seat_cues):  # "the NA-9 National Assembly by-election": the national house's
        return _national_title(ctx)
    near = _but_national(_seat_clause(result, text), lexicon)
    cued = next((role for role, cues in lexicon.assembly_cues if _any(near, cues)), None)
    if cued or _any(near, lexicon.state_seat_cues):  # "won the Hale assembly seat", "retained the state seat"
        return _state_title(ctx, cued)
    if result.seat and result.kind in ("by-election", "general election"):
        # the seat as the article names it elsewhere ("the Fenby assembly by-election"), else, for a by-election, the
        # article's seats: a state assembly's when it names no national house's seat
        told = " ".join(_lowered(sent.text) for sent in ctx.doc.sents if result.seat in sent.text)
        for words in (told, article if result.kind == "by-election" else ""):
            state_words = _but_national(words, lexicon)  # the article's whole text, once per pass
            state, national = _any(state_words, lexicon.state_seat_cues), _any(words, lexicon.national_seat_cues)
            if state and national and ctx.country in lexicon.state_members:
                return None  # kg cannot tell which house's seat it is, in a country whose two titles differ
            if national and not state:
                return _national_title(ctx)
            cued = next((role for role, cues in lexicon.assembly_cues if _any(state_words, cues)), None)
            title = _state_title(ctx, cued)
            if state and title:
                return title
        if _provincial_article(ctx, text) and not _told_national(ctx, result):
            return _state_title(ctx, None)
    return _UNNAMED


def _provincial_article(ctx: ArticleContext, text: str) -> bool:
    """"He won Fenby that spring by 311 votes" in an obituary of a Manitoba legislator: in an article about a province's
    politics (its cues, "Manitoba legislature", outnumber the nation's), a seat won with no chamber named is the
    province's, in a country whose provincial members have a title of their own; not where the result's own words
    say the nation's ("for the federal Conservatives")."""
    lexicon = ctx.lexicon
    return ctx.country in lexicon.state_members and devolved(ctx.doc, lexicon, ctx.country) \
        and not any(word in lexicon.national_level_words for word in re.findall(r"[\w'-]+", text))


def _told_national(ctx: ArticleContext, result: ElectionFact) -> bool:
    """Whether the article names the nation's house for the winner's contest: a sentence naming the winner (by surname)
    says they ran for it or sit in it ("Roe sat in the Manitoba legislature for a decade before running for
    Parliament", data/lexicon.json national_house_phrases), or one naming the seat names the nation's level ("the
    federal riding of Fenby", national_level_words). A winner's sentence that only says "federal" may tell another
    contest of theirs ("quit the legislature after winning Hale for the federal Conservatives"): their seat of before
    stays the province's."""
    lexicon = ctx.lexicon
    surname = (result.winner or "").split()[-1:]
    for sent in ctx.doc.sents:
        words = sent.text.lower()
        if surname and re.search(rf"\b{re.escape(surname[0])}\b", sent.text) and _any(words, tuple(lexicon.national_house_phrases)):
            return True
        if result.seat and result.seat in sent.text and lexicon.national_level_words & set(re.findall(r"[\w'-]+", words)):
            return True
    return False


def member_title(ctx: ArticleContext, result: ElectionFact, article: str) -> str | None:
    """The title a result's winner holds: a councillor for a ward, the member of the chamber the result names, a
    senator or a US representative; else the country's national member for a general or by-election."""
    text = _lowered(result.evidence.text)
    if _a_ward(ctx, result, text, article):
        return ctx.lexicon.ward_members.get(ctx.country or "", "councillor")
    titled = _chamber_title(ctx, result, text, article)
    if titled != _UNNAMED:
        return titled
    country = ctx.country
    if country == "IE" and result.seat and result.kind in ("by-election", "general election"):
        return "td"
    if "senate" in text or "senator" in text:
        return "senator"
    if (("congress" in text or "house seat" in text) and country in (None, "US")) or house_district(ctx.lexicon, result.seat):
        # not India's Congress party; "won NV-4", "won Ohio's 12th District": a US House district's member; "32 of the 39
        # House seats" of another country's House of Assembly makes its national member (an MP in the Bahamas)
        return "representative"
    if country != "US" and ((result.seat and result.kind in ("by-election", "general election"))
                            or "parliament" in text or "commons" in text):
        return _national_title(ctx)  # "the Massachusetts election" makes no MP
    return None


@rule("roles.member-from-result", "results", examples=[
    example("Ann Roe won the Fenby by-election for Labour.", "Ann Roe | mp | Labour Party")])
def members_of(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """Whoever won a parliamentary seat became its member, under the title the seat's chamber gives in the article's
    country (an MP, a TD, an MNA, an MLA, a US senator or representative). Leadership contests, primaries, offices and
    party-only results make no member, nor a country whose member's title kg does not know."""
    results, roles, published = so_far.won, so_far.roles, ctx.published
    held = {(r.person, r.role.split(" for ")[0]) for r in roles}
    offices = set(ctx.lexicon.contest_offices.values())
    article = _lowered(ctx.doc.text)
    found: dict[tuple[str, str], RoleFact] = {}
    for result in results:
        if not result.winner or result.kind in _NO_MEMBER_KINDS or result.kind in offices:
            continue  # a governor's or a president's contest makes no member of a chamber
        if chosen_as_officer(ctx, result):
            continue  # "the state parliament elected Tom Ure as premier": a chamber's choice of an officer, no seat of a member
        role = member_title(ctx, result, article)
        if role is None:
            continue
        # a seat won long before the article was published is not evidence the member still holds it
        status = "former" if published and result.year and result.year < published.year - 5 else "current"
        if (result.winner, role) not in held:
            found.setdefault((result.winner, role), RoleFact(result.winner, role, result.party, result.evidence,
                                                             status, "stated" if result.party else None,
                                                             ("roles.member-from-result",)))
    return list(found.values())
