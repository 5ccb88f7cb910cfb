"""Elections mentioned in an article, and their results: who or which party won which seat.

A result needs a winning verb or noun ("won", "took the seat", "held Y for Labour", "victory in Y")
that is not hedged ("could win", "polls suggest"): a forecast is not a result.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from kg.extract.candidates import TableRow, party_first, public_race, row_name, table_rows, text_lines
from kg.extract.context import ArticleContext, Found
from kg.extract.countries import english_name, english_names
from kg.extract.dates import event_date, year_of
from kg.extract.lexicon import Lexicon, fold, load_lexicon
from kg.extract.model import VACANCY_KINDS, ElectionFact, ElectionMention, RoleFact, TriggerFact
from kg.extract.parties import not_theirs
from kg.extract.patterns import load_matcher
from kg.extract.people import (
    Mention,
    affiliation_at,
    affiliations,
    antecedent,
    entities_by_sentence,
    evidence_for,
    subject_person,
)
from kg.extract.phrases import POSSESSIVES, QUESTION_TAGS, hypothetical, negated
from kg.extract.regions import regions
from kg.extract.registry import ORDER, RULES, example, rule
from kg.extract.roles import selections


@cache
def _kinds(lexicon: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """data/lexicon.json "election_kinds" as one pattern per kind, tried in the data's order."""
    return tuple((kind, re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(names, key=len, reverse=True)) + r")\b",
                                   re.I)) for kind, names in lexicon.election_kinds)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUMBER_WORDS = {w: n for n, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                             "eleven", "twelve"], 1)}


_SHARE_WORDS = {"per", "percent", "%", "point", "points"}


def _majority(sent: Span) -> int | None:
    """"a majority of 4,812", "a margin of 1,203", "by just six votes" (data/patterns/majority.jsonl): the
    winner's lead in votes; "a majority of 10 per cent" is a share, not a lead."""
    for _, start, end in sorted(load_matcher(sent.doc.vocab, "majority")(sent), key=lambda m: (m[1], m[2])):
        span = sent[start:end]
        number = next(t for t in span if t.like_num)
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if after is not None and after.lower_ in _SHARE_WORDS and span[-1].like_num:
            continue
        value = number.text.replace(",", "")
        if value.isdigit() and len(value) <= 9 and (len(value) >= 2 or span[-1].lower_ != "majority"):
            return int(value)
        if number.lower_ in _NUMBER_WORDS:
            return _NUMBER_WORDS[number.lower_]
    return None


def possessive_seat(doc: Doc, start: int, end: int, person_at: dict[int, str]) -> str | None:
    """"the late Ted Kennedy's Senate term/seat": a seat known by the person who held it."""
    for tok in doc[start:end]:
        if tok.lower_ in ("seat", "term") and tok.i >= 2:
            k = tok.i - 1
            chamber = doc[k].text if doc[k].is_title and doc[k].lower_ in ("senate", "house", "commons", "congressional") else ""
            if chamber:
                k -= 1
            if doc[k].text in ("'s", "’s") and k - 1 in person_at:
                return f"{person_at[k - 1]}'s {chamber + ' ' if chamber else ''}seat"
    return None


_DASHES = ("-", "–", "—")
_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                  "twentieth"}


_NO_PLACE_TAGS = ("PRP$", "PRP", "DT", "WDT")


#: marks that open a quotation: the word after one is capitalised by its position, as a sentence's first word is
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«", "„"})


def _opens_sentence(tok: Token) -> bool:
    """The first word of its sentence or of a quotation opening it (unless the model knows it as a place):
    capitalised by its position alone, so no sign of a place's name. A bracket opens no sentence: "(Kelby
    by-election) Labour's Ann Roe won ..." is a seat's name."""
    if tok.is_sent_start:
        return True
    sent = tok.sent  # '"Midwinter by-elections ...": after a quote, a place the model knows is still a place
    before = sent.doc[sent.start : tok.i]
    return tok.ent_type_ not in ("GPE", "LOC", "FAC") and any(t.text in _OPENING_QUOTES for t in before) \
        and all(t.text in _OPENING_QUOTES or t.is_space for t in before)


def _seat_before(doc: Doc, i: int) -> str | None:
    """"Copeland by-election", "the Stoke-on-Trent Central byelection": capitalised words before."""
    j = i

    def part_of_name(k: int) -> bool:
        tok = doc[k]
        if tok.is_sent_start and (_ordinal(tok) or tok.ent_type_ in ("GPE", "LOC") and (
                doc[k + 1].ent_iob_ == "I" or doc[k + 1].text in ("'s", "’s"))):
            # "South Carolina's 5th District has been held ...": a place's first word opening the sentence; "214th
            # Legislative District" heading its line: a number, not a word capitalised by its place
            return True
        if tok.ent_type_ in ("PARTY", "DATE") or _opens_sentence(tok) or tok.lower_ in ("the", "a") or tok.tag_ in _NO_PLACE_TAGS:
            # '"Midwinter by-elections rarely ...": a word capitalised by its place alone; "Read more: Our by-election
            # tracker": a pronoun or a determiner; neither is a seat's
            return False
        if tok.tag_ in QUESTION_TAGS:
            return False  # "How Fenby's by-election rules work", a link's title: a question word is never a place's
        if tok.lower_ in _ORDINAL_WORDS:
            return True  # "the Fourth Congressional District"
        if tok.pos_ in ("VERB", "AUX") and not tok.is_upper:  # "Ann Roe Wins Fenby Gubernatorial Election": a headline's verb
            return False
        if tok.is_upper and (tok.is_stop or tok.pos_ in ("VERB", "AUX", "PRON")):
            return False  # "WHAT WAS THE RESULT IN FENBY'S BY-ELECTION?": a heading in capitals, its words no seat
        if tok.like_num and tok.is_alpha:  # "Four byelections", "Two by-elections": a count, not a place
            return False
        if tok.is_title or tok.is_upper or tok.text in _DASHES:
            return True
        if tok.text == "," and 0 < k < i - 1 and doc[k - 1].is_title and doc[k + 1].is_title and any(
                t.lower_ in ("and", "&") for t in doc[k + 1 : i]) and "," not in doc[k + 1 : i].text:
            return True  # "Ross, Cromarty and Skye": a list of places is one seat's name
        if tok.text in ("'s", "’s") and k > 0 and doc[k - 1].is_title and doc[k + 1].text[:1].isdigit():
            return True  # "New York's 23rd Congressional District"
        if _ordinal(tok) or _seat_number_part(doc, k):
            return True  # "the 1st District", "the Fenby No. 44 constituency"
        # "Stoke-on-Trent", "Wythenshawe and Sale East": lower-case joiners inside a name
        joiner = tok.lower_ in ("and", "&", "on", "upon", "under", "le", "de") or (k > 0 and doc[k - 1].text in _DASHES)
        return joiner and k > 0 and doc[k - 1].is_title or (joiner and doc[k - 1].text in _DASHES)

    while j > 0 and part_of_name(j - 1):
        j -= 1
    while j < i and not doc[j].is_title and not doc[j].is_upper and not _ordinal(doc[j]):  # "1st Congressional District"
        j += 1
    words = doc[j:i]
    text = words.text.strip(" -")
    return text or None


#: lower-case words a hyphenated place name carries inside it: "Stoke-on-Trent", "Val-de-Fenby", "Hale-sur-Mer"
_HYPHEN_JOINERS = {"on", "upon", "under", "le", "la", "les", "de", "du", "des", "en", "sur", "sous", "lès", "in", "by", "the", "cum"}


@cache
def _number_signs(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The data's signs of a seat's number ("No.", "#": data "seat_number_signs"), and those the parser may split
    before their full stop ("No" then "."): read once, not for each token asked about."""
    signs = lexicon.seat_number_signs
    return signs, frozenset(sign[:-1] for sign in signs if sign.endswith("."))


def _seat_number_part(doc: Doc, k: int) -> bool:
    """A seat's number after its name, as "No. 44" or "#4" prints it ("the Fenby No. 44 constituency", "Hale District
    #4"): the sign, the full stop of "No." and the number."""
    tok, (signs, split) = doc[k], _number_signs(load_lexicon())
    before, after = (doc[k - 1] if k > 0 else None), (doc[k + 1] if k + 1 < len(doc) else None)
    if tok.text.isdigit():
        return before is not None and (before.text in signs or (before.text == "." and k > 1 and doc[k - 2].text in split))
    if (tok.text in signs or tok.text == ".") and after is not None and after.text.isdigit() and before is not None:
        return tok.text != "." or before.text in split
    return False


def _ordinal(tok: Token) -> bool:
    return tok.text[:1].isdigit() and tok.text[-2:] in ("st", "nd", "rd", "th")


def _seat_after(doc: Doc, i: int, lexicon: Lexicon, from_ok: bool = False) -> str | None:
    """"by-election in Leicester South", "the race for Massachusetts", "in the city of Exeter"; "in Sydney's
    Parramatta" is Parramatta (a city's possessive names where a seat is, not the seat)."""
    if i < len(doc) - 1 and (doc[i].lower_ in ("in", "for", "at", "of") or (from_ok and doc[i].lower_ == "from")):
        j = i + 1
        if doc[j].lower_ == "the":
            j += 1
        if j + 2 < len(doc) and doc[j].lower_ in lexicon.place_of_nouns and doc[j + 1].lower_ == "of" and doc[j + 2].is_title:
            j += 2
        if j + 2 < len(doc) and doc[j].is_title and doc[j + 1].text in ("'s", "’s") and doc[j + 2].is_title \
                and doc[j].ent_type_ == "GPE":
            j += 2
        k = j
        # unknown place names are often tagged PERSON by the model, so PERSON does not stop a seat name here
        def joins(t: int) -> bool:  # "New York's 23rd Congressional District", "Wythenshawe and Sale East"
            nxt = doc[t + 1] if t + 1 < len(doc) else None
            named_of = doc[t].lower_ == "of" and t > j and doc[t - 1].lower_ in lexicon.named_of_words  # "the Isle of Wight"
            if nxt is not None and doc[t].text in _DASHES and nxt.lower_ in _HYPHEN_JOINERS and doc[t + 2 : t + 3].text in _DASHES:
                return True  # "Stoke-on-Trent", "Val-de-Fenby": a lower-case joiner between hyphens is inside the name
            if doc[t].lower_ in _HYPHEN_JOINERS and t > j and doc[t - 1].text in _DASHES:
                return True
            return nxt is not None and (doc[t].text in (*_DASHES, "and", "&", "'s", "’s") or _ordinal(doc[t]) or named_of) and (
                nxt.is_title or nxt.text[:1].isdigit())

        while k < len(doc) and (doc[k].ent_type_ not in ("PARTY", "DATE") or doc[k].text[:1].isdigit()
                                or doc[k].lower_ in lexicon.numbered_seat_nouns) and (
            doc[k].is_title or (doc[k].is_upper and doc[k].is_alpha) or joins(k)  # "US", "NV-4"
            or (k > j and doc[k].text.isdigit() and doc[k - 1].lower_ in lexicon.numbered_seat_nouns)  # "District 86"
            or (k > j and _seat_number_part(doc, k))  # "Electoral District #4", "Fenby No. 44"
        ):
            k += 1
        if k > j and doc[k - 1].lower_ in lexicon.chambers and doc[k : k + 1].text == "seat" and \
                doc[k + 1 : k + 2].text in ("from", "for", "in", "of"):
            return _seat_after(doc, k + 1, lexicon, True)  # "the U.S. Senate seat from Alabama": a senator's seat is the state
        if k > j:
            return doc[j:k].text
    return None


def _held_in(doc: Doc, i: int, lexicon: Lexicon) -> str | None:
    """"Bypolls were held in Fenby and Hale", "the by-election will take place in Fenby": where a contest is held."""
    while i < len(doc) - 1 and doc[i].pos_ == "AUX":
        i += 1
    if i < len(doc) - 1 and doc[i].lower_ in lexicon.held_forms:
        i += 1 + (doc[i].lower_ != "held" and doc[i + 1].lower_ == "place")
        return _seat_after(doc, i, lexicon) if i < len(doc) and doc[i].lower_ == "in" else None
    return None


def _year_near(span: Span) -> int | None:
    for tok in span.doc[max(span.start - 4, span.sent.start) : span.start]:
        match = _YEAR.fullmatch(tok.text)
        if match:
            return int(match.group(1))
    return None


def _chamber_word(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """A chamber, a round or a count before "election", part of the contest's description, not of its seat's name."""
    tok = doc[k]
    if tok.lower_ in lexicon.contest_between_words:
        return True
    return tok.lower_ in ("senate", "house", "congressional") and k > 0 and (
        doc[k - 1].lower_ in lexicon.contest_between_words or doc[k - 1].text in ("'s", "’s"))


def election_mentions(doc: Doc, lexicon: Lexicon) -> list[ElectionMention]:
    found: list[ElectionMention] = []
    taken: set[int] = set()
    text = doc.text  # spaCy rebuilds Doc.text from every token on each access: read it once
    for kind, pattern in _kinds(lexicon):
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or span.start in taken:
                continue
            if span.end < len(doc) and doc[span.end].lower_ in lexicon.body_nouns:
                continue  # "the Central Election Commission", "the election committee": a body, no contest
            if kind == "primary" and span.start > 0 and doc[span.start - 1].tag_ == "PRP$":
                continue  # "had filed his nomination": a person's papers, no party's contest
            taken.update(range(span.start, span.end))
            k = span.start
            office_kind = None
            while k > 0 and (doc[k - 1].lower_ in lexicon.election_adjectives or doc[k - 1].lower_ in lexicon.contest_offices
                             or _chamber_word(doc, k - 1, lexicon)):
                # "X parliamentary by-election"; "Louisiana Gubernatorial Election" is the contest for an office
                office_kind = office_kind or lexicon.contest_offices.get(doc[k - 1].lower_)
                k -= 1
            told = office_kind if kind == "election" and office_kind else kind
            if told in ("general election", "election") and any(t.lower_ == "special" for t in doc[k : span.start]):
                told = "special election"  # "the Special General Election": the last round of a special election
            possessive = k > 1 and doc[k - 1].lower_ in ("'s", "’s") and k == span.start  # nothing between: "Victoria's by-elections"
            owned = k > 1 and doc[k - 1].lower_ in ("'s", "’s")
            if owned:  # "Montana's special election"
                k -= 1
            # "An earlier by-election, in the City of Kelby, went ...": the place may follow a comma
            after = doc[span.end : span.end + 2].text
            comma = span.end + 1 if after.startswith(", in") and not span.text.lower().endswith("s") else span.end
            if comma > span.end and _persons_words(doc, comma + 1):
                seat = _seat_before(doc, k)  # "The by-election, in Tom Ure's words, was ...": a person's, no place
            else:
                # "the Scottish Parliament by-election in Fenby": the chamber's nation is no seat, the place after is
                before = _seat_before(doc, k) or _numbered_ward(doc, k, lexicon)
                chamber = before is not None and before.lower() not in lexicon.chambers and _without_chamber(before, lexicon) is None
                seat = (None if chamber else before) or (None if _of_a_person(doc, comma, told) else _seat_after(doc, comma, lexicon)) \
                    or _held_in(doc, span.end, lexicon)
            if owned and seat and _a_persons_surname(doc, seat):
                seat = None  # "Related: Dunn's by-election record": the contests of a person the article names, no place
            if seat and _several_contests(doc, span, seat, possessive, lexicon):
                seat = None
            if seat and told != "leadership election" and (fold(seat) in ("the", "last", "next") or seat.lower() in lexicon.chambers
                                                           or seat.lower() in lexicon.chamber_kind_words):
                # "the Constituent Assembly election": a kind of chamber, no seat
                seat = None
            if seat:
                seat = _without_chamber(seat, lexicon)  # "special election for Ohio House seat": a seat in Ohio, not "Ohio House"
            if seat and told == "by-election" and fold(seat) in regions() and not span.text.lower().endswith("s"):
                # "a seat in northern Fenby byelection" of a province: where the one seat lies, as stated_seat says
                # ("the seats that went to bypolls in Fenby" is a round-up of the province's several contests)
                seat = None
            # "the Fenby and Hale by-elections": two contests, each its own election
            seats = re.split(r",\s*|\s+(?:and|&)\s+", seat) if seat and span.text.lower().endswith("s") else [seat]
            found += [ElectionMention(span.start, span.end, told, one, _year_near(span)) for one in seats if one or not seat]
    # "THE PRAHRAN BY-ELECTION" in a heading is the Prahran of the text
    spelled = {fold(m.seat): m.seat for m in sorted(found, key=lambda m: bool(m.seat and m.seat.isupper()), reverse=True) if m.seat}
    found = [replace(m, seat=spelled[fold(m.seat)]) if m.seat and m.seat.isupper() else m for m in found]
    return sorted(_headings_seats_whole(doc, found, lexicon), key=lambda m: m.start)


def _headings_seats_whole(doc: Doc, found: list[ElectionMention], lexicon: Lexicon) -> list[ElectionMention]:
    """"FENBY-HALE No. 4 BY-ELECTION" opening a line reads as "HALE No. 4" (a sentence's first word is no sign of a
    name): a seat in capitals that is the end of a seat the text spells in full is that seat ("Fenby-Hale No. 4")."""
    capitals = [m for m in found if m.seat and any(w.isupper() and len(w) > 1 for w in m.seat.split())]
    if not capitals:
        return found
    spelled = {m.seat for m in found if m.seat} | set(seat_mentions(doc, lexicon))

    def whole(seat: str) -> str:
        key = fold(seat)
        longer = {s for s in spelled if len(fold(s)) > len(key) and fold(s).endswith(key) and not s.isupper()
                  and fold(s)[-len(key) - 1] in " -"}
        return longer.pop() if len(longer) == 1 else seat
    return [replace(m, seat=whole(m.seat)) if m in capitals and m.seat else m for m in found]


def _several_contests(doc: Doc, span: Span, seat: str, possessive: bool, lexicon: Lexicon) -> bool:
    """"Victoria's by-elections", "other recent special elections in Fenby": a place's several contests, none of them
    its own seat's, as a plural said of one place is (not "the Fenby and Hale by-elections", two seats, nor "the five
    seats that went to bypolls in Fenby", the province of a round-up's contests)."""
    if not span.text.lower().endswith("s") or " and " in seat:
        return False
    if _counted(doc, span, seat):
        return True
    others = any(t.lower_ in lexicon.other_determiners for t in doc[max(span.start - 3, span.sent.start) : span.start])
    return possessive or (others and span.end < len(doc) and doc[span.end].lower_ in lexicon.place_prepositions)


def _counted(doc: Doc, span: Span, seat: str) -> bool:
    """"three Fenby special elections", "two Kelby by-elections": a count before the place of a plural contest makes
    the place where several contests were, a state's or a chamber's, none of them its own seat (a year before it, "the
    2004 Fenby by-elections", is no count)."""
    for i in range(span.start - 1, max(span.start - 6, span.sent.start) - 1, -1):
        tok = doc[i]
        if tok.like_num and (tok.is_alpha or (tok.text.isdigit() and int(tok.text) < 100)):
            return doc[i + 1 : span.start].text.startswith(seat)
    return False


def _a_persons_surname(doc: Doc, word: str) -> bool:
    """A one-word name the article gives elsewhere as the last word of a person's full name ("Kay Dunn")."""
    return " " not in word and any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc.ents)


def _numbered_ward(doc: Doc, k: int, lexicon: Lexicon) -> str | None:
    """"the ward 14 by-election": a ward or district named by its number, in lower case."""
    if k >= 2 and doc[k - 1].text.isdigit() and doc[k - 2].lower_ in lexicon.numbered_seat_nouns:
        return f"{doc[k - 2].text.capitalize()} {doc[k - 1].text}"
    return None


def _of_a_person(doc: Doc, i: int, kind: str) -> bool:
    """"the election of Ann Roe", "the election of Labour's Tom Ure": the one elected, not a place (a plain "election
    of" a name is a person's, whatever the model tagged it; "the by-election of Fenby" may be a place's)."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    first = doc[i + 1]
    return first.ent_type_ == "PERSON" or (first.ent_type_ == "PARTY" and doc[i + 2 : i + 3].text in ("'s", "’s")) or (
        kind in ("election", "re-election") and doc[i - 1].lower_ in ("election", "re-election") and first.is_title)


def _persons_words(doc: Doc, i: int) -> bool:
    """A person named at token i ("in Tom Ure's words"), not a place, though the model may tag an unknown place PERSON:
    a name with a possessive then a common noun is the person's, never a seat."""
    k = i
    while k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].lower_ not in ("'s", "’s"):
        k += 1
    return k > i and k + 1 < len(doc) and doc[k].lower_ in ("'s", "’s") and doc[k + 1].is_lower


def _without_chamber(seat: str, lexicon: Lexicon) -> str | None:
    """"Fenby Lok Sabha", "Ohio House": a seat of a chamber named with it is the place before the chamber's name."""
    words = seat.split()
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[-n:]).lower() in lexicon.chambers:
            left = " ".join(words[:-n])
            # "the Scottish Parliament by-election", "a Welsh Assembly seat": a nation's chamber, no place of a seat
            return None if len(words) - n == 1 and _NATIONAL.search(left) else left
    return seat if seat.lower() not in lexicon.chambers else None


_NATIONAL = re.compile(r"^[A-Z][a-z]+(?:ish|sh|ian|ean|ese|ch)$")


def seat_positions(doc: Doc, lexicon: Lexicon) -> list[tuple[int, str]]:
    """Seats named as such, with where: "the Heywood and Middleton constituency", "the seat of Erewash"."""
    found = []
    for tok in doc:
        if tok.dep_ == "attr" and negated(tok.head):
            continue  # "This was not some downtown Kelby seat": a seat the article's contest is not
        if tok.lower_ in lexicon.seat_nouns:
            # "the seat of Kelby", "kept its seat in Fenby"
            after = _seat_after(doc, tok.i + 1, lexicon) if tok.i + 1 < len(doc) and (
                doc[tok.i + 1].lower_ == "of" or (doc[tok.i + 1].lower_ == "in" and tok.lower_ == "seat")) else None
            # "the Derbyshire seat of Erewash": the name after "of" is the seat, the one before its county
            # "Ohio's 16th Congressional District": a district's name ends with the word
            before = _numbered(doc, tok.i) if tok.lower_ == "district" and tok.is_title else _seat_before(doc, tok.i)
            if before is None and tok.i > 1 and doc[tok.i - 1].lower_ in lexicon.chamber_adjectives and doc[tok.i - 1].is_lower:
                before = _seat_before(doc, tok.i - 1)  # "the Fenby parliamentary seat"
            found += [(tok.i + offset, name) for offset, name in ((0, before), (1, after))
                      if name and name.lower() not in lexicon.chambers]  # "the House seat" names a chamber, not a seat
    return found


def seat_mentions(doc: Doc, lexicon: Lexicon) -> list[str]:
    return [name for _, name in seat_positions(doc, lexicon)]


def primary_seat(doc: Doc, elections: list[ElectionMention], lexicon: Lexicon) -> str | None:
    """The by-election seat the article is about: the one it names most often."""
    # "the last by-election, in Kelby": another contest, told beside the one the article is about
    seats = {e.seat for e in elections if e.seat and e.kind in VACANCY_KINDS
             and doc[max(e.start - 1, 0)].lower_ not in ("last", "previous") and not _beside_it(doc, e, elections, lexicon)
             and not _previewed(doc, e.start, lexicon)}
    if not seats and any(e.seat and e.kind in VACANCY_KINDS and _previewed(doc, e.start, lexicon) for e in elections):
        return None  # a round-up that names contests only in its line of those to come: no main contest
    if not seats and any(e.kind in VACANCY_KINDS for e in elections):
        # no contest named with its seat: the seat named first ("kept its seat in Fenby"), as news names its
        # contest before the places around it ("the Greater Kelby constituency")
        positions = sorted(seat_positions(doc, lexicon))
        # "a Fenby House seat ... the victory in House District 14": a state's chamber is where the seat is, the
        # numbered district is the seat
        numbered = [seat for at, seat in positions if re.search(r"\d", seat) and not _chamber_tail(seat, lexicon)
                    and _the_contests_district(doc, at, seat, elections, lexicon)]
        first = positions[0][1] if positions else None
        if first is not None and numbered and (_a_state(_without_chamber(first, lexicon) or first, lexicon)
                                               or _chamber_tail(first, lexicon)):
            return numbered[0]
        return first
    text = doc.text  # rebuilt from every token on each access: read it once
    return max(sorted(seats), key=lambda seat: text.count(seat), default=None)


def _the_contests_district(doc: Doc, at: int, seat: str, elections: list[ElectionMention], lexicon: Lexicon) -> bool:
    """A numbered district that is the contest's: named with its house ("House District 41", data "houses") or in a
    sentence that tells a contest. "Roe had served on the Kelby County Board of Supervisors for District 3" names a
    district of another body, a past seat of the winner's."""
    if seat.split()[0].lower() in lexicon.houses:
        return True
    sent = doc[min(at, len(doc) - 1)].sent
    return any(sent.start <= e.start < sent.end for e in elections)


def _chamber_tail(seat: str, lexicon: Lexicon) -> bool:
    """"Delegates" read from "a House of Delegates seat": the last words of a chamber's name, no place."""
    return any(chamber.endswith(" " + seat.lower()) for chamber in lexicon.chambers)


def _beside_it(doc: Doc, election: ElectionMention, elections: list[ElectionMention], lexicon: Lexicon) -> bool:
    """"In a council by-election in Hale, held on the same day, ...": a contest told as held beside another is not the
    one the article is about (data "beside_contest_phrases"). The phrase must tell of this contest: set off after it
    by a comma with no other contest between, or inside its own words ("the Hale by-election held on the same day").
    "The Fenby by-election was held on the same day" dates the contest it is the subject of, and "on the same day as
    the Hale by-election" ties it to the other one named: neither makes it a side contest."""
    sent = doc[election.start].sent
    text = sent.text.lower()
    later = [e.start for e in elections if sent.start <= e.start < sent.end and e.start > election.start]
    head = doc[election.start : election.end].root
    while head.dep_ in ("prep", "compound") and head.head.i != head.i:
        head = head.head  # "the Hale council by-election": the noun "by-election" is said of
    own = {t.i for t in head.subtree}
    for phrase in lexicon.beside_contest_phrases:
        for found in re.finditer(re.escape(phrase), text):
            at = doc.char_span(sent.start_char + found.start(), sent.start_char + found.end(), alignment_mode="expand")
            if at is None or text[found.end() :].lstrip().startswith("as "):
                continue
            if at.start < election.start and _opens_its_sentence(at):
                return True  # "On the same day, Tom Ure won the Hale council by-election"
            between = doc[election.end : at.start]
            aside = any(t.text == "," for t in between) and len(between) <= 12 and not any(i < at.start for i in later)
            if at.start >= election.end and (aside or at.start in own):
                return True
    return False


def _opens_its_sentence(phrase: Span) -> bool:
    """"On the same day, ...", "Also held on the same day, ...": a phrase that opens its sentence before a comma tells
    of the contests the sentence goes on to name."""
    before = phrase.doc[phrase.sent.start : phrase.start]
    after = phrase.doc[phrase.end : phrase.end + 1]
    return after.text == "," and all(t.pos_ in ("ADV", "CCONJ", "PUNCT") or t.lower_ == "held" for t in before)


def _previewed(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """"Next week: By-elections in Fenby and Hale": a contest on a line that opens by telling what is still to come (data
    "preview_openings") is one a round-up will report later, not the one the article is about."""
    at = doc[i].idx
    line = doc.text[doc.text.rfind("\n", 0, at) + 1 : at].lstrip().lower()
    return any(line.startswith(opening) for opening in lexicon.preview_openings)


def election_label(kind: str, seat: str | None, year: int | None) -> str:
    parts = [str(year) if year else "", seat or "", kind]
    return " ".join(p for p in parts if p)


def _hedged(verb: Token, lexicon: Lexicon) -> bool:
    """A forecast, a wish or an attempt ("could win", "was attempting to cling on to the seat", "fought to keep it")."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in lexicon.attempt_verbs:
        return True
    window = verb.doc[max(verb.sent.start, verb.i - 6) : verb.i]
    if any((t.lower_ in lexicon.hypothetical or t.lemma_ in lexicon.hypothetical) and not _tally_poll(t) for t in window):
        return True
    # the shared modals and subordinators (kg.extract.phrases.hypothetical), and "will": a result not yet had
    modal = hypothetical(verb, lexicon) or any(t.lower_ == "will" and t.dep_ == "aux" for t in verb.children)
    return modal and verb.dep_ not in ("advcl", "xcomp", "conj")


def _tally_poll(tok: Token) -> bool:
    """"polled 273,424 votes", "topped the polls": a poll word that counts votes cast, not an opinion poll."""
    if tok.lemma_.lower() != "poll" and tok.lower_ not in ("poll", "polls", "polled"):
        return False
    return (tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN")) or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("top", "head"))


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.i > 1 and verb.doc[verb.i - 1].text == "-":
        # "Ann Roe was re-elected", split "re - elected": the parser hangs the subject on "was"
        subjects = [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) >= 2 and subjects[-1].pos_ == "NOUN" and subjects[-2].pos_ == "PROPN" and \
            verb.doc[subjects[-2].i + 1].text == ",":
        subjects = subjects[:-1]  # "Ure, a former minister, had won": an apposition the parser took for a second subject
    for child in subjects[-1:]:  # the one nearest the verb, if the parser found two
        if child.lower_ in ("who", "that") and verb.dep_ == "relcl":
            return verb.head  # "Ann Roe, who took the Fenby seat"
        return child
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ == "auxpass" for c in verb.children):  # not "served on the council before being elected": a career
        return _subject(verb.head.head)  # "waved after winning the contest": the waver won
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "auxpass" for c in verb.children):
        nominal = verb.head.head  # "Tom Ure, a list MP before winning the seat": the one named, or the apposition is of
        return nominal.head if nominal.dep_ == "appos" else nominal
    if verb.dep_ in ("xcomp", "advcl", "conj", "relcl") and verb.head is not verb:
        if verb.dep_ == "relcl":
            return verb.head
        return _subject(verb.head)
    return None


@dataclass(frozen=True)
class _Win:
    """What one sentence says was won, bundled so every rule hands `_Context.fact` the same shape."""

    winner: str | None
    party: str | None
    seat: str | None
    year: int | None = None
    kind: str | None = None
    #: the verb itself says an election was won ("was elected"), so a year and a winner suffice without a seat
    explicit: bool = False
    outcome: str | None = None


def _parties_of_people(ctx: ArticleContext, roles: list[RoleFact]) -> dict[str, str]:
    """Each person's party (stated, else from roles, else from nearby sentences): results often omit it."""
    found = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    for fact in sorted(roles, key=lambda f: f.party_basis != "stated"):  # stated parties first
        if fact.party and fact.person not in found:
            found[fact.person] = fact.party
    for person, counter in _party_votes(ctx).items():
        found.setdefault(person, counter.most_common(1)[0][0])
    return found


def _party_votes(ctx: ArticleContext) -> dict[str, Counter[str]]:
    """How often each party is named in a sentence with each person: the last resort for a person's party."""
    votes: dict[str, Counter[str]] = {}
    sents = list(ctx.doc.sents)
    for sent, ents in zip(sents, entities_by_sentence(ctx.doc, sents), strict=True):
        people = {ctx.person_at[t.i] for t in sent if t.i in ctx.person_at}
        for ent in ents:
            if ent.label_ == "PARTY" and ent.ent_id_ and not not_theirs(ent, ctx.lexicon):  # "took the seat from Labor"
                for person in people:
                    votes.setdefault(person, Counter())[ent.ent_id_] += 1
    return votes


def _member_seats(article: ArticleContext, roles: list[RoleFact]) -> dict[str, dict[str, str]]:
    """person -> {seat as the text writes it: member title} from roles "td for fenby", "mp for hale"."""
    seats: dict[str, dict[str, str]] = {}
    for fact in roles:
        match = _MEMBER_FOR.match(fact.role)
        said = re.search(re.escape(match.group(1)), article.doc.text, re.I) if match else None
        if match and said:
            title = fact.role[: match.start(1)].split()[-2]
            seats.setdefault(fact.person, {})[said.group(0)] = title
    return seats


class _Context:
    """What the election extractor needs to know about the rest of the article."""

    def __init__(self, article: ArticleContext, roles: list[RoleFact]) -> None:
        self.doc, self.lexicon, self.published = article.doc, article.lexicon, article.published
        self.article = article
        self.mentions, self.resolved = list(article.mentions), dict(article.resolved)
        self.person_at, self.by_token, self.phrases = article.person_at, article.by_token, article.phrases
        self.party_of_person: dict[str, str] = _parties_of_people(article, roles)
        self.holders: dict[str, set[str]] = {}  # a member's role ("msp") -> who the article says held it
        for fact in roles:
            self.holders.setdefault(fact.role.split(" for ")[0], set()).add(fact.person)
        self.elections = list(article.elections)
        self.seat_names = {fold(e.seat): e.seat for e in self.elections if e.seat}
        self.primary = primary_seat(self.doc, self.elections, self.lexicon)
        self.seats_at = seat_positions(self.doc, self.lexicon) + [(e.start, e.seat) for e in self.elections if e.seat]
        contests = {fold(e.seat) for e in self.elections if e.seat and e.kind in (*VACANCY_KINDS, "election")}
        self.single_contest = len(contests) == 1
        #: "won three by-elections": several contests the article names without their seats, told one by one later
        self.unnamed_contests = any(e.seat is None and e.kind in VACANCY_KINDS and
                                    self.doc[e.end - 1].lower_.endswith("s") for e in self.elections)
        kinds = Counter(e.kind for e in self.elections if e.kind != "election")
        self.main_kind = kinds.most_common(1)[0][0] if kinds else "election"
        self.now = article.year
        self.country = article.country
        self.member_seats = _member_seats(article, roles)
        #: kind of an office's contest -> the one place the article's results of that kind were won in (a second reading's)
        self.won_offices: dict[str, str] = {}
        #: a result of an office's contest dropped for want of its place: the article is read again with won_offices
        self.seatless_office = False

    def own_seat(self, verb: Token, person: str | None) -> str | None:
        """The one constituency the article says `person` is or was member for ("the Labour TD for Fenby"): the seat
        a win or loss of theirs that names none was for ("was elected at the 1973 general election", "lost
        it to her in 1982"); not when the verb names a chamber of another kind ("elected to the Senate" for an MP)."""
        seats = self.member_seats.get(person or "", {})
        if len({fold(seat) for seat in seats}) != 1:
            return None
        seat, title = next(iter(seats.items()))
        chamber = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree]
        upper = any(t.lower_ in self.lexicon.upper_chambers for t in chamber)
        return seat if upper == (title in ("senator", "councillor", "mep")) else None

    @cached_property
    def office_contest(self) -> tuple[str, str] | None:
        """The one office of a place the article tells someone was elected to or won ("was elected the 74th
        governor of Fenby"): the contest a bare "won election" in it is for."""
        found = set()
        for verb in self.doc:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in ("elect", "re-elect", "win"):
                place, kind = _office_contest(self, verb)
                if place and kind:
                    found.add((place, kind))
        return found.pop() if len(found) == 1 else None

    def _seat_cleaned(self, sent: Span, win: _Win) -> _Win:
        """The seat as its words give it, less what is no place: a headline glued to its paragraph, a bracket the
        tokenizer split, a title's word, a person's surname or a bare kind of place ("Village") would each be stated as a
        seat no contest was for."""
        if win.seat is not None:  # a headline glued to its first paragraph: the seat is the headline's last words
            win = replace(win, seat=win.seat.split("\n")[0].strip() or None)
        if win.seat is not None and win.seat.count("(") > win.seat.count(")"):
            win = replace(win, seat=win.seat + ")")  # "Fenby 3(A)" split by the tokenizer before its bracket closes
        if win.seat is not None and (_a_title(win.seat, self.lexicon) or self.persons_surname(sent, win.seat)):
            win = replace(win, seat=None)  # "Deputy Mayor Ann Roe beats ...", "Ms Roe's election": no place, no seat
        if win.seat is not None and fold(win.seat) in self.lexicon.place_of_nouns:
            win = replace(win, seat=None)  # "Village mayor Ann Roe takes over ...": a kind of place, no place's name
        return win

    def _with_jurisdiction(self, sent: Span, win: _Win) -> _Win:
        """"won the mayoralty in 2005": the town the article says the mayor is of, or the one its other mayoral wins
        were in; with no such town no result (seat None), and the article is read again once its wins are known."""
        seat = self.section_seat(sent.start) or self.jurisdiction(win.kind or "", win.winner) or self.won_offices.get(win.kind or "")
        self.seatless_office = self.seatless_office or seat is None
        return replace(win, seat=seat)

    def jurisdiction(self, kind: str, winner: str | None) -> str | None:
        """The place an office's contest is for, when the words of its win name none ("won the mayoralty in 2005",
        "was elected governor in 1996"): the one place the article names as that office's ("the mayor of Fenby",
        "Fenby's mayoral race") and not as another person's ("Ann Roe, the mayor of neighbouring Kelby, endorsed his
        rival" is another town's), or, for a state's office, the one state or province the article names ("Montana
        deserves a senator", a quote paragraphs away from the win), not one told of another person ("Ann Roe moved to
        Georgia"). None when it names none or several: a round-up's offices are each a town's of its own."""
        named = self._office_places.get(kind, {})
        places = {place for place, holders in named.items() if not holders or winner in holders or None in holders}
        if len({fold(p) for p in places}) == 1:
            return next(iter(places))
        if kind in _state_office_kinds(self.lexicon) and not named:
            # any label: a state's name is often tagged a person's or an organisation's ("Montana deserves a senator")
            states = {fold(e.text): e.text for e in self.doc.ents
                      if _a_state(e.text, self.lexicon) and not self._told_of_another(e.root, winner)}
            return next(iter(states.values())) if len(states) == 1 else None
        return None

    def _told_of_another(self, tok: Token, winner: str | None) -> bool:
        """"Ann Roe, who had campaigned for him, moved to Georgia": a word of a clause whose subject is a person other
        than the winner tells where that person is, not where the winner's office is."""
        head = tok
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        subject = _subject(head) if head.pos_ in ("VERB", "AUX") else None
        # the state as the subject itself ("Montana deserves a senator", tagged a person's name) is told of no one
        person = self.person_at.get(subject.i) if subject is not None and subject.i != tok.i else None
        return person is not None and person != winner

    @cached_property
    def _office_places(self) -> dict[str, dict[str, set[str | None]]]:
        """kind of contest -> the places the article names an office of that kind of ("mayor of Fenby" -> mayoral),
        each with who it says holds it (None when no one): another's office of a place neighbouring the article's
        ("the mayor of neighbouring Kelby", data "neighbouring_words") is left out."""
        found: dict[str, dict[str, set[str | None]]] = {}
        for tok in self.doc:
            kind = _office_kind(tok, self.lexicon) if tok.lower_ in self.lexicon.contest_offices else None
            if kind is None or kind not in _jurisdiction_kinds(self.lexicon):
                continue
            place = _office_place(self, tok)
            if place and not any(t.lower_ in self.lexicon.neighbouring_words for t in tok.subtree if t.i > tok.i):
                found.setdefault(kind, {}).setdefault(place, set()).add(self._office_holder(tok))
        return found

    def _office_holder(self, noun: Token) -> str | None:
        """Who an office noun is told of: "Ann Roe, the mayor of Kelby" (apposition), "Ann Roe is the mayor of Kelby",
        "Mayor Ann Roe"; None when no one."""
        if noun.dep_ in ("appos", "compound") and noun.head.i in self.person_at:
            return self.person_at[noun.head.i]
        subject = _subject(noun.head) if noun.dep_ == "attr" else None
        return self.person_at.get(subject.i) if subject is not None else None

    @cached_property
    def won_in_places(self) -> set[str]:
        """The places sentences open with ("In Fenby-3, ...") whose sentence has a winning or defeating verb."""
        verbs = self.lexicon.win_verbs | self.lexicon.defeating_verbs
        return {fold(opening) for sent in self.doc.sents if (opening := opening_place(self.doc, sent, self.lexicon, self.person_at))
                and any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in sent)}

    @cached_property
    def represented(self) -> dict[str, str]:
        """person -> the one place the article says they represented ("Tom Ure, who represented Fenby from 1983")."""
        found: dict[str, set[str]] = {}
        for verb in self.doc:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() == "represent" else None
            subject = _subject(verb) if obj is not None else None
            person = self.person_at.get(subject.i) if subject is not None else None
            named = obj is not None and obj.pos_ == "PROPN" and obj.is_title and obj.ent_type_ not in ("PARTY", "NORP")
            if person and obj is not None and named and self.person_at.get(obj.i, obj.text) == obj.text:
                found.setdefault(person, set()).add(_name_of(self.doc, obj))
        return {person: seats.pop() for person, seats in found.items() if len(seats) == 1}

    def recent_seat(self, i: int) -> str | None:
        """The seat named last before token i, within the three sentences before: "... won the seat"."""
        floor = self.doc[i].sent.start
        for _ in range(3):
            floor = self.doc[floor - 1].sent.start if floor > 0 else 0
        named = [seat for at, seat in sorted(self.seats_at + self.opening_seats) if floor <= at < i]
        return named[-1] if named else None

    @cached_property
    def opening_seats(self) -> list[tuple[int, str]]:
        """The seats a round-up's sentences open with ("In Fenby-3, Ann Roe defeated Tom Ure"), where: "Ure had won
        the seat in 2013" a sentence later is that seat."""
        return [(sent.start, opening) for sent in self.doc.sents
                if (opening := opening_place(self.doc, sent, self.lexicon, self.person_at))
                and fold(opening) in self.won_in_places and _round_up_seat(self, opening)]

    @cached_property
    def section_seats(self) -> list[tuple[int, str | None]]:
        """A round-up's sections, each under a heading line that names its place ("SANTA LUCRECIA", "FENBY WARD 3",
        "23:58 Fenby: Roe romps home", "FENBY: Labour's Ann Roe took the seat"): (where the section starts, its seat;
        None for a heading that names no place, "WHAT IT MEANS"). Only an article of two such sections at least is
        a round-up; in one "the seat" said bare ("took the seat") and an office won with no place ("was elected mayor") are
        its section heading's place."""
        headings = section_headings(self.doc.text, seat_nouns=self.lexicon.numbered_seat_nouns)
        found = [(start, section_place(line, self.doc.vocab)) for start, line in headings]
        # a heading of seat and outcome ("KELBY - Fenby Marsh (Lab hold)", "HALE: Ward 4 (Ashmoor) - Lab gain from Con")
        # names the seat, not the council whose name opens it
        named = {o.start: o.seat for o in self.outcome_lines if o.seat}
        found = sorted([(start, place) for start, place in found if start not in named] + list(named.items()))
        return found if sum(place is not None for _, place in found) >= 2 else []

    @cached_property
    def lines(self) -> list[tuple[int, str]]:
        """The article's non-blank lines with where each starts (text_lines), split once for every pass of _results."""
        return list(text_lines(self.doc.text))

    @cached_property
    def rows(self) -> list[TableRow]:
        """The candidates' lines of the article's results tables (candidates.table_rows), read once for every pass of
        _results: the article is read up to three times, its tables never change."""
        return table_rows(self.article)

    @cached_property
    def outcome_lines(self) -> list[_Outcome]:
        """The article's lines of a seat's outcome (_outcome_lines)."""
        return _outcome_lines(self)

    def section_seat(self, i: int) -> str | None:
        """The seat of the round-up section token i is in (section_seats), if any."""
        char = self.doc[i].idx
        before = [place for start, place in self.section_seats if start <= char]
        return before[-1] if before else None

    def party_at(self, tok: Token) -> str | None:
        if tok.ent_type_ == "PARTY":
            return self.lexicon.party_of(tok.ent_id_ or tok.text) or tok.ent_id_ or None
        return None

    def last_party_before(self, i: int, exclude: set[str]) -> str | None:
        for j in range(i - 1, -1, -1):
            party = self.party_at(self.doc[j])
            if party and party not in exclude:
                return party
        return None

    def election_in(self, sent: Span) -> ElectionMention | None:
        inside = [e for e in self.elections if sent.start <= e.start < sent.end]
        return next((e for e in inside if e.seat), inside[0] if inside else None)

    def persons_surname(self, sent: Span, seat: str) -> bool:
        """"Ms Roe's election leaves a vacancy": a one-word seat said as a person's surname, titled or possessive, of
        someone the article names in full (Ann Roe), is that person, not a place. A place word before "by-election"
        shared with a person ("Jo Kelby won the Kelby by-election", "Tom Kelby, her agent") is still the seat."""
        if " " in seat:
            return False
        names = {self.person_at.get(t.i) for t in sent if t.text == seat and self._as_surname(t)}
        return any(name and " " in name and "'" not in name and "’" not in name and name.split()[-1] == seat
                   for name in names)

    def _as_surname(self, tok: Token) -> bool:
        """A word said as a surname: after a title ("Ms Roe") or owning what follows ("Roe's election")."""
        titled = tok.i > 0 and self.doc[tok.i - 1].text in self.lexicon.honorifics
        owning = tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ in POSSESSIVES
        return titled or owning

    def fact(self, rule_name: str, sent: Span, win: _Win) -> ElectionFact | None:
        """`win` completed from its sentence's date and the article's main contest, as the sentence may not say."""
        date, said_year = event_date(sent, self.published)
        year = said_year if win.year is None else win.year
        win = self._seat_cleaned(sent, win)
        if win.seat is not None and _a_leaving_office(win.seat, self.lexicon):
            return None
        if win.seat is None and win.kind in _jurisdiction_kinds(self.lexicon):
            win = self._with_jurisdiction(sent, win)
            if win.seat is None:
                return None
        if win.seat is None and (win.winner is None or not win.explicit or (year is None and win.kind not in _SEATLESS_KINDS)):
            # "was elected in 1997" names no seat, but a year and a winner are a result; so is a country's presidency
            # or general election won by the one who leads its government, whose seat is the country itself
            return None
        kind = self.main_kind if win.kind is None else win.kind
        if win.kind is None and kind in VACANCY_KINDS and year and self.now and year < self.now:
            kind = "general election"  # "won the seat in 2015": a past result, not the by-election the article is about
        if win.seat is None and kind in VACANCY_KINDS:
            return None  # a by-election is one seat's: "lost the by-election to Ann Roe" names no result without it
        if date is not None and date.year != year:
            date = None
        if year is None and kind in VACANCY_KINDS and self.published:
            year = self.published.year
        if win.seat is None and kind in _SEATLESS_KINDS and (date is not None or _present_perfect_win(sent)):
            # "has won the presidential election", "won it on Sunday": of the year the article is dated (not the latest
            # year it names); "the former prime minister who won the general election" is of no year said
            year = year or (self.published.year if self.published else None)
        label = election_label(kind, win.seat if kind != "leadership election" else win.party, year)
        if win.seat is None and kind in _SEATLESS_KINDS and self.country and not _names_elsewhere(sent, self.country, self.lexicon):
            label = national_label(kind, year, self.country, self.lexicon)  # "2025 South Korean presidential election"
            country = _english_name(self.country)
            if kind == "presidential election" and (country in self.doc.text or _cue_said(self.doc.text, self.country, self.lexicon)):
                # a presidency is the whole country's one seat: the article's, told by its name or its cues (a dateline city),
                # not a country guessed from a party's name alone
                win = replace(win, seat=country)
        if kind == "primary" and win.party:  # each party's primary is a contest of its own, with its own winner
            label = label.replace("primary", f"{re.sub(r' Party$', '', win.party)} primary")
        if kind == "leadership election" and win.seat and win.seat.startswith("Deputy"):
            label = label.replace("leadership election", "deputy leadership election")
        return ElectionFact(label, kind, win.seat, win.winner, win.party, evidence_for(sent), date=date, year=year,
                            majority=_majority(sent),
                            outcome=win.outcome, rules=(rule_name,))


@cache
def _jurisdiction_kinds(lexicon: Lexicon) -> frozenset[str]:
    """Contests for an office of one place (data/lexicon.json "contest_offices"), whose seat is that place and so never
    seatless: all but a country's (_SEATLESS_KINDS: a presidency's seat is the country, which may go unsaid)."""
    return frozenset(lexicon.contest_offices.values()) - _SEATLESS_KINDS


@cache
def _state_office_kinds(lexicon: Lexicon) -> frozenset[str]:
    """Of those, the contests for a state's or a province's office (data "state_offices"): a state the article names
    (of no other person) may be their place, where a town's office needs its town said as the office's."""
    return frozenset(lexicon.contest_offices[w] for w in lexicon.state_offices if w in lexicon.contest_offices)


def _a_state(name: str, lexicon: Lexicon) -> bool:
    """A first-level region (data/gazetteer/regions.json) or a US state (data/lexicon.json "us_state_codes")."""
    return fold(name) in regions() or fold(name) in _state_names(lexicon)


@cache
def _state_names(lexicon: Lexicon) -> frozenset[str]:
    """The US states' names folded, once per lexicon: `_a_state` is asked for every entity of a seatless state office."""
    return frozenset(fold(s) for s in lexicon.us_state_codes.values())


def _a_leaving_office(seat: str, lexicon: Lexicon) -> bool:
    """"He took the Chiltern Hundreds": an office a member takes only to leave the house (data "leaving_offices"); the
    taking is a resignation, so it is no seat and no win at all."""
    words = fold(seat).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words) in lexicon.leaving_offices


def _a_title(seat: str, lexicon: Lexicon) -> bool:
    """"Deputy", "MEP": a title's word (a member's, an office's, or a word that sets a post apart: data/lexicon.json
    "distinguishing_words", "description_nouns") read as a seat is no place: "Deputy Mayor Ann Roe beats Tom Ure",
    "in last month's MEP election"."""
    word = fold(seat)
    return word in lexicon.member_titles or word in lexicon.distinguishing_words or word in lexicon.description_nouns


#: contests a seatless result may be of though the article gives no year: a whole country's
_SEATLESS_KINDS = {"presidential election", "general election"}
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ic", "ean", "ine", "ch", "i")


@cache
def _english_name(country: str) -> str:
    """"KR" -> "South Korea": a country's English short name (CLDR, through babel), or the code where it has none."""
    return english_name(country) or country


def national_label(kind: str, year: int | None, country: str, lexicon: Lexicon) -> str:
    """A whole country's contest named as news names it: "2025 South Korean presidential election", "2022 Italian
    general election" -- the demonym among the country's cue words (data/gazetteer); none where they give none
    ("2024 presidential election" in the US): a demonym made up from the name is often wrong ("Ghanan", "Chinan")."""
    name = _english_name(country)
    demonym = next((c for c in sorted(lexicon.country_cues.get(country, ()), key=len) if _demonym_of(c, name)), None)
    return " ".join(p for p in (str(year) if year else "", demonym or "", kind) if p)


def _cue_said(text: str, country: str, lexicon: Lexicon) -> bool:
    """The text names one of the country's cue words (data/gazetteer: its demonym, currency, dateline cities), in any case."""
    return any(re.search(rf"\b{re.escape(cue)}\b", text, re.I) for cue in lexicon.country_cues.get(country, ()))


def _demonym_of(word: str, name: str) -> bool:
    """"Korean" of "South Korea", "Italian" of "Italy", "French" of "France"; not "Roman" (a city's) of "Romania", nor
    "Malti" (the language's own word) of "Malta": a demonym is no shorter than the name less its last letter, and one
    in "-i" is the whole name's ("Pakistani", "Israeli")."""
    if word == name or word[:4] != name[:4] or not word.endswith(_DEMONYM_ENDINGS) or len(word) < len(name) - 1:
        return False
    return not word.endswith("i") or word == name + "i"


def _present_perfect_win(sent: Span) -> bool:
    """"has won", "have been elected": a win told as news of the day, not a past one recalled."""
    return any(t.lemma_.lower() in ("win", "elect", "re-elect", "reelect") and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "’s", "'ve") for c in t.children) for t in sent)


def _names_elsewhere(sent: Span, country: str, lexicon: Lexicon) -> bool:
    """"In neighbouring Ghana, Ann Roe won the presidential election": a sentence naming a place that is not the
    article's country may tell another country's contest."""
    cues = {c.lower() for c in lexicon.country_cues.get(country, ())}
    name = _english_name(country).lower()
    named = {re.sub(r"[’']s$", "", e.text.lower()) for e in sent.ents if e.label_ in ("GPE", "LOC")}  # "South Korea's"
    return any(place not in cues and place != name and _anothers_place(place, country, lexicon) for place in named)


def _anothers_place(place: str, country: str, lexicon: Lexicon) -> bool:
    """A place that is known to be no part of `country`: another country, or a cue of another's (its capital, a
    dateline city). A town the gazetteer does not know ("won the presidency, and the party swept Fenby") is taken for
    one of the article's own: news names its own country's towns without saying whose they are."""
    return fold(place) in _country_names() or bool(_cue_countries(lexicon).get(place, frozenset()) - {country})


@cache
def _cue_countries(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each country cue, lower-cased, -> the countries it is a cue of: built once per lexicon, where `_anothers_place`
    rebuilt every other country's cue set for each place it was asked about."""
    found: dict[str, set[str]] = {}
    for country, cues in lexicon.country_cues.items():
        for cue in cues:
            found.setdefault(cue.lower(), set()).add(country)
    return {cue: frozenset(countries) for cue, countries in found.items()}


def _held_office(ctx: _Context, person: Token) -> tuple[str | None, str] | None:
    """The public office a person's title says they hold, as the place it is of and the kind of contest for it:
    "Kenton Governor Ann Roe", "Ann Roe, the governor of Fenby State" -> ("Kenton", "gubernatorial election").
    An incumbent re-elected, defeated or losing "re-election" is in the contest for that office."""
    mention = ctx.by_token.get(person.i)
    # the title before the name ("Fenby Governor Roe", the name not always known to be a person's) or in apposition
    start = mention.start if mention is not None else person.i
    heads = {t.i for t in person.children if t.dep_ == "appos"}
    for phrase in ctx.phrases:
        if not (person.left_edge.i <= phrase.start and phrase.end == start) and not any(phrase.start <= i < phrase.end for i in heads):
            continue
        words = ctx.doc[phrase.start : phrase.end]
        office = next((t for t in reversed(words) if t.lower_ in ctx.lexicon.contest_offices and t.pos_ in ("NOUN", "PROPN")), None)
        if office is None or phrase.status == "former":
            continue
        kind = _office_kind(office, ctx.lexicon) or ctx.lexicon.contest_offices[office.lower_]  # "Lieutenant Governor"
        before = [t for t in words if t.i < office.i and t.is_title and t.ent_type_ not in ("PARTY", "NORP")
                  and t.lower_ not in ctx.lexicon.contest_offices and f"{t.lower_} {office.lower_}" not in ctx.lexicon.contest_offices]
        k = phrase.start  # "Kenton Governor Ann Roe": the place may be left out of the title's phrase
        while k > 0 and ctx.doc[k - 1].pos_ == "PROPN" and ctx.doc[k - 1].is_title and k - 1 not in ctx.person_at \
                and ctx.doc[k - 1].ent_type_ not in ("PARTY", "NORP"):
            k -= 1
        place = ctx.doc[before[0].i : before[-1].i + 1].text if before else ctx.doc[k : phrase.start].text or _office_place(ctx, office)
        return (place or None), kind
    return None


def _titles_contest(ctx: _Context, verb: Token, person: Token, year: int | None) -> tuple[str, str | None] | None:
    """The contest a winner's own title names when the clause names none: "Kenton Governor Ann Roe was re-elected"
    (the contest for her office, in Kenton; "President Roe won" names none), "Hale MP Ann Roe was elected"."""
    office = _held_office(ctx, person)
    if office is not None and office[0]:
        return office[0], office[1]
    return _members_seat(ctx, verb, person, year)


def _members_seat(ctx: _Context, verb: Token, person: Token, year: int | None) -> tuple[str, str | None] | None:
    """"Hale MP Ann Roe, who was first elected in 2018": a member elected with no seat named was elected for the seat
    the title before the name gives; in a year before the article's, at that year's general election."""
    if verb.lemma_.lower() not in ("elect", "re-elect", "reelect", "return") or any(
            c.dep_ in ("dobj", "oprd", "attr") or (c.dep_ == "prep" and c.lower_ in ("to", "as", "for")) for c in verb.children):
        return None  # "elected to the Senate", "elected as leader": another office than the title's
    if not _elected_when(verb, ctx.lexicon):
        return None  # "elected onto the committee", "elected by her colleagues to chair it": no election to the seat
    mention = ctx.by_token.get(person.i)
    start = mention.start if mention is not None else person.i
    for phrase in ctx.phrases:
        if phrase.end != start or phrase.status == "former" or phrase.label not in ctx.lexicon.member_titles - {"mayor", "councillor"}:
            continue
        words = ctx.doc[phrase.start : phrase.end - 1]
        if len(words) and all(t.is_title and t.pos_ == "PROPN" and t.ent_type_ not in ("PARTY", "NORP") for t in words):
            return words.text, ("general election" if year and ctx.now and year < ctx.now else None)
    return None


def _elected_when(verb: Token, lexicon: Lexicon) -> bool:
    """"was elected in 2019", "elected at the last general election": what makes a member's "elected" the seat's
    contest is when or at which election it was; another clause or any other phrase on the verb tells another vote."""
    evidence = False
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp", "advcl", "dative", "agent") or (c.dep_ == "prep" and c.lower_ not in ("in", "at", "on")):
            return False
        objects = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        dated = any(g.ent_type_ == "DATE" or g.like_num for g in objects) or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")
        at_election = c.lower_ == "at" and any(t.lower_ in lexicon.polling_nouns for g in objects for t in g.subtree)
        evidence = evidence or dated or at_election
    return evidence


def _where_place(doc: Doc, verb: Token) -> str | None:
    """The place a "where" clause hangs on: "Fenby South, where the Green member X took the seat"."""
    for node in [verb, *verb.ancestors]:
        if node.dep_ == "relcl" and any(t.lower_ == "where" for t in node.subtree if t.i < node.i):
            head = node.head
            entity = next((e for e in doc.ents if e.start <= head.i < e.end), None)
            return entity.text if entity is not None else (head.text if head.is_title else None)
    return None


def _object_seat(ctx: _Context, verb: Token) -> tuple[str | None, str | None, int | None, bool]:
    """The seat, kind, year and leadership flag a winning verb's object names ("took the seat", "won the X by-election")."""
    dashed = next((ctx.seat_names.get(fold(d)) or d for c in verb.children if (d := _dashed_place_won(ctx, verb, c))), None)
    # "will win Fenby-Nord—Hale, taking the riding from ...": the dashed name won is the seat, before any other reading
    seat, kind, year, fallback, leadership = (dashed, None, None, None, False) if dashed else _walked_seat(ctx, verb)
    if seat is not None and kind is None:
        kind, year = _told_at(ctx, verb, seat)
    if seat is None and verb.lemma_.lower() in ctx.lexicon.seat_taking_verbs | ctx.lexicon.flipping_verbs:
        seat = _taken_seat(ctx, verb) or _held_on_to(ctx, verb)
    for taking in (c for c in verb.children if seat is None and c.dep_ == "xcomp" and c.lemma_.lower() in ctx.lexicon.seat_taking_verbs):
        seat = _taken_seat(ctx, taking) or _held_on_to(ctx, taking)  # "beat Tom Ure to hold on to Fenby"
    return seat or fallback, kind, year if year is not None else _year_after(verb), leadership


def _walked_seat(ctx: _Context, verb: Token) -> tuple[str | None, str | None, int | None, str | None, bool]:
    """The seat, kind and year the first seat word of the verb's clause after it names, a weaker seat to fall back on
    (a place after the verb, or the article's contest for "a special election" named without its seat), and whether
    the clause names a party's leadership: read word by word, as the seat word may sit deep in the object."""
    seat = kind = year = None
    place_seat: str | None = None  # a place somewhere after the verb: the seat only if nothing better names one
    contest_seat: str | None = None  # "won a special election" named without its seat: the article's, unless the clause names one
    leadership = False
    # "won a Senate seat in 1996 and now leads its minority": a clause joined to the verb tells something else
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    words = {t.i for t in verb.subtree if t.i > verb.i and t.i not in joined}
    round_told = any(_regions_round(ctx, e) for e in ctx.elections if words & set(range(e.start, e.end)))
    for child in verb.subtree:
        if child.i <= verb.i or child.sent != verb.sent or child.i in joined:
            continue
        leadership = leadership or _names_leadership(child)
        if _won_place_named_as_person(ctx, verb, child) or _elected_from(ctx, verb, child):
            place_seat = place_seat or next((e.text for e in ctx.doc.ents if e.start <= child.i < e.end), _name_of(ctx.doc, child))
            continue
        if _district_code(ctx, child) or _state_ordinal(ctx, child):  # "defeated Tom Ure in NV-4", "won Ohio's 12th"
            seat = ctx.doc[child.left_edge.i if child.text[:1].isdigit() else child.i : child.i + 1].text
            break
        bare = _bare_place_won(ctx, verb, child)
        if child.lower_ not in ctx.lexicon.seat_object_nouns and child.lower_ != "contest" and child.ent_type_ != "GPE" \
                and not _is_seat_word(child, ctx.lexicon) and not bare:
            continue
        election = next((e for e in ctx.elections if e.start <= child.i < e.end + 1), None)
        if election and _regions_round(ctx, election):
            # "took a ward in the round of by-elections in Fenbyshire": a province's several contests, no seat (nor the
            # province named in them)
            continue
        if election:
            seat, kind, year = _contest_seat(ctx, election, child), election.kind, election.year
            if seat is None and election.kind in VACANCY_KINDS and not ctx.doc[election.end - 1].lower_.endswith("s"):
                # "was first elected in a special election": the article's, named elsewhere ("winning two of three
                # special elections" tells several contests, none of them the article's one seat)
                contest_seat = ctx.primary
        elif _counted_seats(child):
            return None, kind, year, None, leadership  # "retained two of its seats", "won three wards": no one seat
        elif _is_seat_word(child, ctx.lexicon) or bare:
            seat = _seat_word_seat(ctx, verb, child)
        elif child.lower_ in ("race", "contest") and child.dep_ in ("dobj", "pobj"):
            seat = _contest_place(ctx, child)
        elif child.ent_type_ == "GPE" and seat is None and place_seat is None and not _in_a_persons_title(child):
            place_seat = _owned_place(ctx, child) or _place_seat(ctx, child)
        if seat:
            break
    return seat, kind, year, (None if round_told else place_seat) or contest_seat, leadership


def _regions_round(ctx: _Context, election: ElectionMention) -> bool:
    """"municipal by-elections in the Western Cape", "Fenbyshire's by-elections": contests told in the plural with one
    place are a round of several contests in it (a province's, a council's); the place is none's seat, and a win told
    "in" them is of a seat the words do not name. "The Fenby and Hale by-elections" names each contest's seat (two
    mentions of the same words)."""
    return bool(election.seat) and ctx.doc[election.end - 1].lower_.endswith("s") and \
        sum(e.start == election.start for e in ctx.elections) == 1


def _counted_seats(word: Token) -> bool:
    """"retained two of its seats", "won three wards", "took all four seats": seats told by their count are several,
    none of them named, so no one seat's result (a round-up's lead, whose seats its sections tell one by one)."""
    if word.tag_ != "NNS":
        return False
    if any(c.dep_ == "nummod" for c in word.children):
        return True
    of = word.head if word.dep_ == "pobj" and word.head.lower_ == "of" else None
    return of is not None and of.head.like_num


def _in_a_persons_title(tok: Token) -> bool:
    """"beating Kelby County Commissioner Tom Ure", "defeated Tom Ure, a former Kelby County commissioner": a place in
    the title of a person (before the name, or in a description set beside it) is the office that person holds, not
    the place the contest was won in."""
    if tok.dep_ != "compound" or tok.ent_type_ == "PERSON":
        return False
    head = tok
    for _ in range(5):
        if head.dep_ not in ("compound", "conj", "appos") or head.head.i == head.i:
            return False
        head = head.head
        if head.ent_type_ == "PERSON":
            return True
    return False


def _won_place_named_as_person(ctx: _Context, verb: Token, child: Token) -> bool:
    """"the Greens won Kelby Nagar in Kelby": a place the model took for a person is what was won, when it is the verb's
    object right after it (not "won with 12,000 votes, ahead of Tom Ure and Jo Platt", parsed as "won ... Jo Platt")."""
    return child.dep_ == "dobj" and child.head.i == verb.i and child.i in ctx.person_at and child.ent_iob_ != "O" \
        and child.left_edge.i - verb.i <= 2 \
        and verb.lemma_.lower() in ctx.lexicon.seat_taking_verbs - {"hold", "keep"} \
        and (verb.lemma_.lower() == "win" or _party_subject(ctx, verb))


def _elected_from(ctx: _Context, verb: Token, name: Token) -> bool:
    """"was elected to the Lok Sabha from Fenby", "elected to the state assembly from Hale Khurd": the constituency a
    member of a chamber is elected from (as Indian news writes it), however the model tagged its name."""
    if name.dep_ != "pobj" or name.head.lower_ != "from" or name.head.head != verb or name.pos_ != "PROPN" or not name.is_title \
            or verb.lemma_.lower() not in ("elect", "re-elect", "reelect", "return") or name.ent_type_ in ("PARTY", "NORP", "DATE"):
        return False
    chamber = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    return chamber is not None and (chamber.lower_ in ctx.lexicon.chambers or fold(ctx.doc[chamber.left_edge.i : chamber.i + 1].text)
                                    .removeprefix("the ") in ctx.lexicon.chambers or chamber.lower_ in ctx.lexicon.houses)


def _owned_place(ctx: _Context, city: Token) -> str | None:
    """"claimed Sydney's Fenby": the place a city's possessive names, not the city."""
    head = city.head
    if city.dep_ != "poss" or head.pos_ != "PROPN" or not head.is_title or head.ent_type_ in ("PARTY", "NORP", "DATE"):
        return None
    return ctx.doc[city.right_edge.i + 1 : head.i + 1].text or None


def _party_subject(ctx: _Context, verb: Token) -> bool:
    """"The Greens won ...": a party, not a person, is who the verb says won."""
    subject = _subject(verb)
    return subject is not None and subject.i not in ctx.person_at and ctx.party_at(subject) is not None


def _told_at(ctx: _Context, verb: Token, seat: str) -> tuple[str | None, int | None]:
    """"won the seat at the 2014 general election": the kind and year of the contest the clause names after the
    seat, so that a past result is not taken for the by-election the article is about."""
    for child in verb.subtree:
        if child.i <= verb.i or child.sent != verb.sent:
            continue
        election = next((e for e in ctx.elections if e.start <= child.i < e.end), None)
        if election is not None and election.kind != "election" and (election.seat is None or fold(election.seat) == fold(seat)):
            return election.kind, election.year
    return None, None


def _contest_place(ctx: _Context, noun: Token) -> str | None:
    """"won the Fenby race", "the Greater Fenby contest": the place named before a contest noun is its seat; a
    party, a people, a person or a chamber ("the Senate race") is none."""
    names = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" and c.is_title]
    if not names or any(c.ent_type_ in ("PARTY", "NORP", "DATE") or c.i in ctx.person_at for c in names):
        return None
    end = names[-1].i + 1
    while end < noun.i and ctx.doc[end].text in ("'s", "’s"):
        end += 1
    place = _seat_before(ctx.doc, end) if end < len(ctx.doc) else None
    if place is None or place.lower() in ctx.lexicon.chambers or ctx.lexicon.party_of(place):
        return None
    return ctx.seat_names.get(fold(place)) or place


def _names_leadership(word: Token) -> bool:
    """"won the leadership", "was elected leader": a party's leadership won, whose "seat" is the party's."""
    return word.lower_ == "leadership" or (word.lower_ == "leader" and word.dep_ in ("oprd", "attr", "dobj"))


def _contest_seat(ctx: _Context, election: ElectionMention, word: Token) -> str | None:
    """A contest's seat; a primary or runoff named without one is for the seat the article is about."""
    if election.seat is None and election.kind in ("primary", "runoff", "run-off"):
        return ctx.primary or ctx.recent_seat(word.i)  # "won an August primary": for the contest's seat
    return election.seat


def _is_seat_word(word: Token, lexicon: Lexicon) -> bool:
    """A word that stands for a seat (data/lexicon.json "seat_nouns": "the seat", "Ohio's 16th Congressional District"),
    so a name comes with it; a place noun ("seat_place_nouns") is one only titled, as a district's name: "the district"
    said again of one named before ("Ure won the district in 2014") is read by _bare_place_won, "a district" is none."""
    return (word.lower_ in lexicon.seat_nouns and (word.is_title or word.lower_ not in lexicon.seat_place_nouns)) \
        or _electoral_area(word)


def _dashed_place_won(ctx: _Context, verb: Token, word: Token) -> str | None:
    """"will win Fenby-Nord—Hale-sur-Mer", "held Kelby–Ashmoor": capitalised names joined by a long dash, won (not
    defeated: "defeated Pierre-Roe" is a rival's surname) as the verb's object, are a riding's or a constituency's."""
    if word.dep_ != "dobj" or word.head.i != verb.i or word.pos_ != "PROPN" or word.ent_type_ in ("PERSON", "PARTY", "NORP") \
            or verb.lemma_.lower() in ctx.lexicon.defeating_verbs:
        return None
    words = word.doc[word.left_edge.i : word.i + 1]
    if not any(t.text in ("—", "–") for t in words) or not all(t.text in _DASHES or t.is_title for t in words):
        return None
    return words.text


def _bare_place_won(ctx: _Context, verb: Token, word: Token) -> bool:
    """"Ure won the district in 2014", "who first won the commune in 2012": a place noun (data/lexicon.json
    "seat_place_nouns") with nothing but one pointing determiner ("the", "that", "this": "pointing_determiners") before
    it, won, stands for the seat named before, as "the seat" does; "won a district" or "the Fenby electoral district of
    Kelby" name none or another, and so does one won in a sentence telling of another contest ("the presidential
    candidate won the district", "in the referendum, Ure won the district")."""
    before = [c.lower_ for c in word.children if c.i < word.i]
    return word.lower_ in ctx.lexicon.seat_place_nouns and word.dep_ == "dobj" and word.head.i == verb.i and \
        len(before) == 1 and before[0] in ctx.lexicon.pointing_determiners and not _other_contest_told(ctx, word.sent)


def _other_contest_told(ctx: _Context, sent: Span) -> bool:
    """A sentence naming a contest other than a seat's: a vote not of candidates (data/lexicon.json "other_contest_words":
    "referendum", "primary") or an office other than the one the article is about ("presidential", "mayor")."""
    own = ctx.office_contest[1] if ctx.office_contest else None
    return any(t.lower_ in ctx.lexicon.other_contest_words or ctx.lexicon.contest_offices.get(t.lower_, own) != own for t in sent)


def _electoral_area(word: Token) -> bool:
    """"the Fenby local electoral area": an Irish council's multi-seat constituency."""
    return word.lower_ == "area" and word.i > 0 and word.doc[word.i - 1].lower_ == "electoral"


def _numbered(doc: Doc, i: int) -> str | None:
    """"Ohio's 16th Congressional District", "Fenby House District 18": a district's name ends with the word, or with
    the number after it."""
    name = _seat_before(doc, i + 1)
    number = doc[i + 1] if i + 1 < len(doc) else None
    if name and number is not None and number.text == "#" and _seat_number_part(doc, i + 1):
        return f"{name} #{doc[i + 2].text}"  # "District #4"
    return f"{name} {number.text}" if name and number is not None and number.text.isdigit() else name


def _seat_word_seat(ctx: _Context, verb: Token, word: Token) -> str | None:
    """The seat a word like "seat" stands for; the article's own name for it wins, as the text varies it."""
    if word.lower_ in ("district", "ward") and word.is_title:  # "in Ohio's 16th Congressional District"
        return _numbered(ctx.doc, word.i)
    after = _seat_after(ctx.doc, word.i + 1, ctx.lexicon) if ctx.doc[word.i + 1 : word.i + 2].text == "of" else None
    if after is not None and not ctx.lexicon.party_of(after):  # "the seat of Stoke-on-Trent Central"
        return ctx.seat_names.get(fold(after)) or after
    end = word.i
    while end > 0 and _electoral_area(word) and ctx.doc[end - 1].lower_ in ("electoral", "local"):
        end -= 1  # "the Fenby local electoral area"
    named = _seat_before(ctx.doc, _before_bracket(ctx.doc, end))
    if named is None and word.i > 0 and ctx.doc[word.i - 1].lower_ in ctx.lexicon.chamber_adjectives:
        # "the South Carolina congressional seat": a seat of South Carolina,
        state = _seat_before(ctx.doc, _before_bracket(ctx.doc, word.i - 1))
        if state:  # the article's own contest if that is in South Carolina, but never another state's
            return ctx.primary if ctx.primary and fold(state) in fold(ctx.primary) else ctx.seat_names.get(fold(state)) or state
    next_word = ctx.doc[word.i + 1 : word.i + 2].text
    if named and named.rsplit(" ", 1)[-1].lower() in ctx.lexicon.chambers and next_word in ("from", "for", "of"):
        named = _seat_after(ctx.doc, word.i + 1, ctx.lexicon, True) or named  # "the U.S. Senate seat for Georgia": the state's seat
        return ctx.seat_names.get(fold(named)) or named
    opening = None if named else opening_place(ctx.doc, word.sent, ctx.lexicon) or _race_place(ctx, word)
    if opening is not None:  # "In Cork North-Central, X claimed his seat": the place the sentence opens with
        return ctx.seat_names.get(fold(opening)) or opening
    # "its seat in Fenby" names the seat; "a seat in Kelby" is a seat somewhere (a chamber's), not a constituency
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children)
    inside = _seat_after(ctx.doc, word.i + 1, ctx.lexicon) if not named and not indefinite and next_word == "in" else None
    if inside is not None and not ctx.lexicon.party_of(inside):  # "kept its seat in Fenby": the seat is named
        return ctx.seat_names.get(fold(inside)) or inside
    # a name before "seat" may be its county: "the Cumbria seat" is Copeland when the article is about it
    named = named or _seat_after(ctx.doc, word.i + 1, ctx.lexicon) or _unnamed_seat(ctx, verb, word)
    seat = ctx.seat_names.get(fold(named)) if named else None
    # "In a council by-election in the Hale division, Ann Roe gained the seat": the contest its sentence names first
    told = {e.seat for e in ctx.elections if e.seat and word.sent.start <= e.start < word.i and _heads_the_win(ctx, e, verb)}
    if not seat and not named and len(told) == 1:
        return told.pop()
    if not seat and not named and _several_told(ctx, word.sent):
        return None  # "winning two of three special elections, while Republicans kept a rural seat": one of them
    return seat or ctx.primary or named


def _several_told(ctx: _Context, sent: Span) -> bool:
    """A sentence that tells several contests by no seat ("winning two of three special elections", "all four
    by-elections") or by their province (_regions_round): a seat it names by no name is one of them, which it does not
    say, not the article's main one."""
    return any(sent.start <= e.start < sent.end and e.kind in VACANCY_KINDS and ctx.doc[e.end - 1].lower_.endswith("s")
               and (e.seat is None or _regions_round(ctx, e)) for e in ctx.elections)


#: the links by which a contest's words reach the win they head ("In a by-election in Fenby, ... X gained the seat"):
#: a preposition's object and the words inside one name; not a relative clause, an aside or another verb's object
_HEADING_LINKS = frozenset({"pobj", "prep", "compound", "nmod", "amod", "det", "npadvmod"})


def _heads_the_win(ctx: _Context, election: ElectionMention, verb: Token) -> bool:
    """A contest named earlier in a win's sentence is the seat's ("In a council by-election in the Ashmoor division,
    held on the same day, X gained the seat") only when it heads the win's own clause: its words reach the win verb
    through prepositions alone, and it is not an earlier year's. One the winner lost in a relative clause ("Ann Roe, who
    lost the Kelby by-election, won the seat") or told in an aside or a past year's phrase is another contest."""
    tok = ctx.doc[election.start : election.end].root
    while tok.head.i != verb.i:
        if tok.dep_ not in _HEADING_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    if tok.dep_ not in _HEADING_LINKS:
        return False
    # "In the 2019 Kelby by-election", "In a by-election in Kelby in 2019": an earlier year's contest
    years = [y for t in tok.subtree if (y := year_of(t)) is not None]
    return not any(ctx.now is not None and year < ctx.now for year in [*years, *([election.year] if election.year else [])])


def _before_bracket(doc: Doc, i: int) -> int:
    """Where a seat's name ends before token i, past a short bracket after it: "the Fenby (SC) assembly seat" (a seat
    reserved for a caste or a tribe, a party's initials) is Fenby's."""
    if i < 3 or doc[i - 1].text != ")":
        return i
    opening = next((k for k in range(i - 2, max(i - 5, 0), -1) if doc[k].text == "("), None)
    return opening if opening is not None and opening > 0 and doc[opening - 1].is_title else i


def opening_place(doc: Doc, sent: Span, lexicon: Lexicon, people: dict[int, str] | None = None) -> str | None:
    """"In Tees Valley, ...", "In the West of England, ...": the place a sentence opens with is where its result is
    (public: a vacancy's sentence in triggers reads it too, one reading of those words for every rule).
    Given where people are named, the comma may be missing: "In Fenby Ann Roe won the seat", "In Fenby the
    party's candidate Ann Roe won"."""
    if len(sent) < 4 or sent[0].lower_ != "in":
        return None
    j = sent.start + 1 + (sent[1].lower_ == "the")
    k = j
    while people is not None and k < sent.end and people.get(k) == people.get(j) is not None:
        k += 1  # "In Kelby Nagar, ...": a place the model took for a person, which a person never opens a sentence as
    if k > j and k < sent.end and doc[k].text == ",":
        return doc[j:k].text
    k = j
    while k < sent.end and (doc[k].is_title or (doc[k].text in (*_DASHES, "of", "and", "&") and k > j)
                            or _seat_number(doc, k, j, lexicon)) \
            and doc[k].ent_type_ not in ("PARTY", "DATE", "NORP") and (people is None or k not in people):
        k += 1  # the model tags unknown places PERSON too
    ends = doc[k].text == "," or (people is not None and (k in people or doc[k].lower_ == "the")) if k < sent.end else False
    ends = ends or (k > j and _in_a_larger_place(doc, k, sent.end))
    if k == j or not ends or doc[k - 1].text in (*_DASHES, "of", "and", "&"):
        return None
    return doc[j:k].text


def _in_a_larger_place(doc: Doc, k: int, end: int) -> bool:
    """"In Kelby Paschim in Fenby district, Ann Roe defeated ...": the place a sentence opens with, then "in" and the
    larger place it lies in (capitalised words, a noun of its kind after them at most) before the comma."""
    if doc[k].lower_ != "in":
        return False
    m = k + 1
    while m < end and doc[m].is_title and doc[m].ent_type_ not in ("PARTY", "DATE", "NORP"):
        m += 1
    if m < end and m > k + 1 and doc[m].pos_ in ("NOUN", "PROPN") and doc[m].is_lower:
        m += 1  # "in Fenby district" (the tagger may take "district" after a name for a name's word)
    return m > k + 1 and m < end and doc[m].text == ","


def _seat_number(doc: Doc, k: int, j: int, lexicon: Lexicon) -> bool:
    """The number of a numbered seat after its place or its seat word: "In Ward 9, ...", "In Fenby - 3, ...",
    "In Constituency 8, ..."."""
    return k > j and doc[k].text.isdigit() and (doc[k - 1].text in _DASHES or _is_seat_word(doc[k - 1], lexicon)
                                                  or doc[k - 1].lower_ in ("constituency", "division"))


def _unnamed_seat(ctx: _Context, verb: Token, word: Token) -> str | None:
    """Which seat a bare "the seat" is: news copy names the place once ("Leicester South, where ...") then says "the seat"."""
    named = _where_place(ctx.doc, verb)
    if named is None:
        places = [t for t in ctx.doc[verb.sent.start : word.i] if t.ent_type_ == "GPE"]
        named = ctx.seat_names.get(fold(places[-1].text)) if places else None
    if named is None:
        named = ctx.section_seat(word.i)  # "FENBY: Ann Roe took the seat"
    if named is None and ctx.primary is None:
        named = ctx.recent_seat(word.i)
    return named


def _race_place(ctx: _Context, word: Token) -> str | None:
    """"The race for Winfield saw X recapture the seat": the place a contest noun earlier in the sentence is for."""
    for tok in ctx.doc[word.sent.start : word.i]:
        if tok.lemma_.lower() in ("race", "contest", "battle", "fight") and tok.pos_ == "NOUN":
            place = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "in") for g in c.children
                          if g.dep_ == "pobj"), None)
            named = _named_place(ctx, place) if place is not None else None
            if named and not ctx.lexicon.party_of(named):
                return named
    return None


def _place_seat(ctx: _Context, word: Token) -> str | None:
    """A place after the verb, as a fallback seat; a parliament's name is where it sits, not a seat."""
    entity = next((e for e in ctx.doc.ents if e.start <= word.i < e.end), None)
    place = entity.text if entity is not None else word.text
    of, named = word.head, word.head.head
    if of.lower_ == "of" and word.dep_ == "pobj" and named.pos_ == "PROPN" and named.is_title and named.i + 1 == of.i \
            and named.ent_type_ not in ("PARTY", "NORP", "PERSON") and named.i not in ctx.person_at:
        start = named.i  # "in the West of England", "the Isle of Fenby": a place named with "of" is named whole
        while start > 0 and ctx.doc[start - 1].is_title and ctx.doc[start - 1].pos_ == "PROPN":
            start -= 1
        place = ctx.doc[start : entity.end if entity is not None else word.i + 1].text
    if place.lower() in ctx.lexicon.chambers:  # "in Holyrood by-election": a parliament, not a seat
        return None
    return ctx.seat_names.get(fold(place)) or place


def _taken_seat(ctx: _Context, verb: Token) -> str | None:
    """"he took Dunfermline East": a proper-name object is a seat unless it is a person (a party holds seats, not people)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and _district_code(ctx, obj):
        return obj.text  # "won NV-4": a district named by its state's code and number
    if obj is None or obj.pos_ != "PROPN" or not obj.is_title or obj.ent_type_ in ("PARTY", "DATE"):
        return None
    said_seat = any(c.dep_ == "appos" and c.lemma_ in ("constituency", "seat") for c in obj.children)
    subject = _subject(verb)
    # "The Conservatives held Witney" (however the model tagged Witney)
    by_party = subject is not None and subject.ent_type_ == "PARTY"
    # "Ann Roe held Fenby for Labour by six votes": a one-word name held for a party or by votes is a place
    held_for = obj.i in ctx.person_at and ctx.person_at[obj.i] == obj.text and _for_party_or_votes(ctx, verb)
    held_for = held_for or _place_of_place(ctx, obj)
    if obj.i in ctx.person_at and not said_seat and not by_party and not held_for:  # "took Fenwick East, a new constituency"
        return None
    if any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in obj.children) and any(c.text == "," for c in obj.children):
        return _name_of(ctx.doc, obj)  # "won Fenby, Hale and Dunmore": a list of seats (results.listed-seats), this one first
    # the whole proper name, joined by "and"; "Sydney's Fenby" is Fenby, a city's possessive naming where the seat is
    city = _city_owner(ctx, obj) if _place_of_place(ctx, obj) else None
    words = ctx.doc[city.right_edge.i + 1 if city is not None else obj.left_edge.i : obj.right_edge.i + 1]
    if all(t.is_title or t.lower_ in ("and", "-", "on", "upon") for t in words):
        return words.text
    entity = next((e for e in ctx.doc.ents if e.start <= obj.i < e.end), None)
    return entity.text if entity is not None else _seat_before(ctx.doc, obj.i + 1)


_STATE_DISTRICT = re.compile(r"^(.+?)['’]s \d{1,2}(?:st|nd|rd|th)(?: Congressional)?(?: District)?$")


def house_district(lexicon: Lexicon, seat: str | None) -> bool:
    """"NV-4", "Ohio's 12th District", "Ohio’s 12th": a district of the US House, named by its state."""
    coded = _CODED_DISTRICT.match(seat or "")
    spelled = _STATE_DISTRICT.match(seat or "")
    return (coded is not None and coded.group(1) in lexicon.us_state_codes) or (
        spelled is not None and spelled.group(1) in lexicon.us_state_codes.values())


def _state_ordinal(ctx: _Context, tok: Token) -> bool:
    """"Ohio's 12th" (its district left unsaid): an ordinal a US state owns is one of its House districts."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return _ordinal(tok) and owner is not None and tok.left_edge.i == owner.left_edge.i and house_district(
        ctx.lexicon, ctx.doc[owner.left_edge.i : tok.i + 1].text)


def _district_code(ctx: _Context, tok: Token) -> bool:
    """"NV-4", "OH-09": a US House district named by its state's postal code and number."""
    coded = _CODED_DISTRICT.match(tok.text)
    return coded is not None and coded.group(1) in ctx.lexicon.us_state_codes


_CODED_DISTRICT = re.compile(r"^([A-Z]{2})-0?(\d{1,2})$")


def _for_party_or_votes(ctx: _Context, verb: Token) -> bool:
    """"held it for Labour", "took it by 300 votes": a win said to be for a party or by a count of votes."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "for" and any(ctx.party_at(g) for g in objects):
            return True
        if prep.lower_ == "by" and any(g.lemma_.lower() in ("vote", "majority", "margin") for g in objects):
            return True
    return False


def _held_on_to(ctx: _Context, verb: Token) -> str | None:
    """"held on to Fenby in South Hale": the name held on to is the seat, not the region after it."""
    if not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children) and not any(
            c.lower_ == "onto" for c in verb.children):
        return None
    held = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "onto") for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.is_title), None)
    if held is None or held.ent_type_ in ("PARTY", "NORP", "DATE") or held.i in ctx.person_at:
        return None
    seat = _name_of(ctx.doc, held)
    return None if ctx.lexicon.party_of(seat) else ctx.seat_names.get(fold(seat), seat)


def _year_after(verb: Token) -> int | None:
    """The year of a win whose object names none: after the verb, or in a phrase on it ("in 1983, he took X")."""
    def dated(c: Token) -> bool:  # "its first change of hands since 1990" dates something else
        return bool(_YEAR.fullmatch(c.text)) and not (c.i > 0 and c.doc[c.i - 1].lower_ in ("since", "until", "till", "before"))
    return next((int(c.text) for c in verb.subtree if c.i > verb.i and dated(c)), None) \
        or next((int(c.text) for c in verb.children if c.dep_ == "prep" for c in c.subtree if dated(c)), None)


def extract_elections(article: ArticleContext, roles: list[RoleFact]) -> list[ElectionFact]:
    """The results the article tells, read twice when only its results say which contest it is about."""
    ctx = _Context(article, roles)
    tallies = _tallies(ctx)
    facts = _winners_for_parties(_results(ctx), roles, ctx.primary, tallies)
    if ctx.primary is None and not ctx.section_seats:  # a round-up of places' sections is about no one contest
        # the contest the article is about, known only from its results ("elected as the senator from New
        # Jersey"): read again, so that "won an August primary" is for that seat too
        seats = Counter(f.seat for f in facts + _role_results(ctx, roles) if f.seat and f.kind in VACANCY_KINDS)
        if seats:
            ctx.primary = _polled_place(ctx) or seats.most_common(1)[0][0]
            facts = _winners_for_parties(_results(ctx), roles, ctx.primary, tallies)
    if ctx.seatless_office and (won := _offices_won(ctx, facts)):
        # "Voters in Fenby elected Ann Roe as mayor. ... Tom Ure first won the mayoralty in 2005": read again, so that
        # an office won with no place named is of the place the article's other wins of that office were in
        ctx.won_offices = won
        facts = _winners_for_parties(_results(ctx), roles, ctx.primary, tallies)
    return _settle(facts + _role_results(ctx, roles))


def _offices_won(ctx: _Context, facts: list[ElectionFact]) -> dict[str, str]:
    """kind of an office's contest -> the one place the results found won it in: an article that tells one town's
    mayoral results tells a mayoralty won with no place named ("first won the mayoralty in 2005") of that town too;
    an office won in several places is a round-up's, and tells nothing of a win that names none."""
    places: dict[str, set[str]] = {}
    for fact in facts:
        if fact.kind in _jurisdiction_kinds(ctx.lexicon) and fact.seat:
            places.setdefault(fact.kind, set()).add(fact.seat)
    return {kind: seats.pop() for kind, seats in places.items() if len({fold(s) for s in seats}) == 1}


def _tallies(ctx: _Context) -> dict[str, int]:
    """Votes the article gives each person: "Priya Nandakumar won 14,208 votes", "polled 9,113 votes"."""
    found: dict[str, int] = {}
    for tok in ctx.doc:
        if tok.lemma_ != "vote" or tok.dep_ != "dobj":
            continue
        number = next((c for c in tok.children if c.dep_ == "nummod" and c.text.replace(",", "").isdigit()), None)
        subject = _subject(tok.head)
        person = ctx.person_at.get(subject.i) if subject is not None else None
        if number is not None and person:
            found[person] = max(found.get(person, 0), int(number.text.replace(",", "")))
    return found


@rule("results.party-winner", "results", examples=[
    example("Labour candidate Ann Roe stood in Fenby. Labour held the Fenby by-election.",
            "Fenby | Ann Roe | Labour Party"),
    example("The Hale by-election and the Fenby by-election were held on Saturday. The Labour Party has claimed victory in Hale.\n"
            "Tom Ure is the Labour candidate who gave a victory speech tonight.", "Hale | Tom Ure | Labour Party")])
def _winners_for_parties(facts: list[ElectionFact], roles: list[RoleFact], contest: str | None,
                         tallies: dict[str, int] | None = None) -> list[ElectionFact]:
    """"Labor has held Hunter Ridge" names only a party: in the contest the article is about, its winner is
    that party's one candidate the article names ("Labor candidate Daniel Kerrigan"); and a party's win told
    again with its winner is one result."""
    out = []
    for fact in facts:
        if fact.winner is None and fact.party:
            if any(f.winner and f.party == fact.party and f.seat == fact.seat for f in facts):
                continue
            standing = {r.person for r in roles if r.role.endswith("candidate") and r.party == fact.party}
            parties = {r.person: r.party for r in roles if r.party and not (r.party_basis or "").startswith("inferred")}
            top = max(tallies or {}, key=lambda p: (tallies or {})[p], default=None)
            # the contest's seat, however fully named ("Wexcombe" in the headline, "Wexcombe and Hollins")
            in_contest = contest is not None and fact.seat is not None and (
                fold(contest) in fold(fact.seat) or fold(fact.seat) in fold(contest))
            told_next = {r.person for r in roles if r.role.endswith("candidate") and r.party == fact.party
                         and (r.evidence == fact.evidence or 0 <= r.evidence.start - fact.evidence.end <= 3)}
            polled = top is not None and in_contest and parties.get(top) in (None, fact.party) and top not in standing and \
                all((tallies or {}).get(p, 0) < (tallies or {})[top] for p in standing)
            if polled:
                # "Ann Roe of the Greens polled 5,812 votes": the party's candidate with the most votes, not one named as
                # its candidate in another contest of the day ("beat the Greens' Tom Ure" for a ward)
                fact = replace(fact, winner=top, rules=(*fact.rules, "results.party-winner"))
            elif len(standing) == 1 and in_contest:
                fact = replace(fact, winner=standing.pop(), rules=(*fact.rules, "results.party-winner"))
            elif len(told_next) == 1 and fact.seat is not None:
                # a live blog's "Labor claims victory in Fenby" then "Ann Roe, the Labor candidate, ..." names its winner next
                fact = replace(fact, winner=told_next.pop(), rules=(*fact.rules, "results.party-winner"))
            elif top and in_contest and parties.get(top) in (None, fact.party):
                # the one with the most votes won
                fact = replace(fact, winner=top, rules=(*fact.rules, "results.party-winner"))
        out.append(fact)
    return out


def _results(ctx: _Context) -> list[ElectionFact]:
    """Each token offered to the token rules of the results stage in their declared order (the first that
    gives a fact takes the token), then the rules that read the whole article."""
    token_rules = [RULES[name].func for name in ORDER["results"] if RULES[name].scope == "token"]
    facts: list[ElectionFact] = []
    for tok in ctx.doc:
        for token_rule in token_rules:
            fact = token_rule(ctx, tok)
            if fact:
                facts.append(fact)
                break
    facts = _without_joined_seats(ctx, facts + _selected(ctx) + _listed_seats(ctx) + _listed_winners(ctx) + _office_races(ctx)
                                  + _elected_as(ctx) + _tally_tables(ctx) + _headed_tables(ctx))
    return _table_winner(ctx, _section_tallied(ctx, _section_outcomes(ctx, facts)))


@dataclass(frozen=True)
class _Outcome:
    """A round-up's line of a seat's outcome: where it starts, the seat it names (None: its section's), the winning
    party as the line prints it and as the lexicon knows it, and the winner named in brackets after it, if any."""

    start: int
    end: int
    seat: str | None
    printed: str
    party: str | None
    winner: str | None


@cache
def _outcome_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A seat's outcome after its party (data/lexicon.json "heading_outcomes"), in brackets after the seat ("Fenby Marsh
    (Lab hold)") or after a dash or alone on its line ("Ward 4 (Hale) - Green gain from Lab", "Con hold", "Hale — Lab
    gain from Con (Ann Roe)", a winner's name in brackets at the end)."""
    words = "|".join(re.escape(w) for w in sorted(lexicon.heading_outcomes, key=len, reverse=True))
    told = rf"(?P<party>[^\W\d_][^()\n:;,.]{{0,40}}?)\s+(?:{words})(?:\s+from\s+(?P<loser>[^()\n:;,.]{{1,40}}?))?"
    bracketed = re.compile(rf"^(?P<place>[^\W\d_][^\n]{{0,80}}?)\s*\({told}\)$")
    dashed = re.compile(rf"^(?:(?P<place>[^\W\d_][^\n]{{0,80}}?)\s+[-–—]\s+)?{told}(?:\s*\((?P<winner>[^()]{{3,60}})\))?\.?$")
    return bracketed, dashed


def _outcome_place(place: str | None, vocab: Any) -> str | None:
    """The seat an outcome line names: the words after a council's name in capitals and a dash or a colon ("LAMBETH -
    Tulse Rise", "HALE: Ward 4 (Ashmoor)" -> "Ward 4", as body_heading reads them), less a bracket and lower-case
    words after it ("Fenby municipal district"); capitals read as the text would write them. None unless capitalised
    words of a name, six at most."""
    if not place:
        return None
    if re.search(r"\s[-–—]\s|:\s", place):
        heading = body_heading(place)  # "LAMBETH - Tulse Rise": a council's name, then its seat
        if heading is None or heading.rest is not None:
            return None  # "Roe concedes: Hale", "KELBY - Fenby - Hale": no council's name, then one seat
        place = heading.seat
    words = without_brackets(place).split()
    while words and words[-1].islower():
        words.pop()
    if not words or len(words) > 6 or not words[0][:1].isupper() or not all(w[:1].isupper() or w.isdigit() or w.islower() for w in words) \
            or any(w[:1].isupper() and vocab[w.lower()].is_stop for w in words):
        return None  # "The night's story - Lab hold": no seat's name
    name = " ".join(words)
    return section_place(name, vocab) if name.isupper() else name


def _outcome_lines(ctx: _Context) -> list[_Outcome]:
    """Lines that tell a seat's outcome as round-ups head their sections ("KELBY - Fenby Marsh (Reform UK gain from Con)",
    "HALE: Ward 4 (Ashmoor) - Lab hold", a line "Con hold" under a capitals heading, a summary's "• Fenby — Lab gain from
    Con (Ann Roe)"): the party must be one the lexicon knows, or the one it gained from (an unknown residents' group)."""
    found = []
    matched = [(start, line, match) for start, line in ctx.lines
               if (match := next((m for m in (p.match(_unbulleted(line)) for p in _outcome_patterns(ctx.lexicon))
                                  if m is not None), None)) is not None]
    listed = _listed_places(ctx.doc.text, matched)
    for start, line, match in matched:
        party = _tally_party(ctx, match["party"].strip())
        seat = _outcome_place(match["place"], ctx.doc.vocab)
        if match["place"] and seat is None:
            continue  # "The night's story - Lab hold": no seat's name before the dash
        headed = seat is not None and body_heading(match["place"]) is not None
        if seat is not None and not headed and fold(match["place"]) not in listed and not _a_known_place(ctx, seat, start):
            continue  # "Update - Lab hold": a live blog's label before the dash, no place of the article's
        if party is None and not headed and (match["loser"] is None or _tally_party(ctx, match["loser"].strip()) is None):
            continue  # a party unknown, and no council's name before the seat: "Kelby Rovers hold" is no outcome
        named = match.groupdict().get("winner")
        winner = named if named and len(named.split()) >= 2 and all(w[:1].isupper() for w in named.split()) else None
        found.append(_Outcome(start, start + len(line), seat, match["party"].strip(), party, winner))
    return found


def _unbulleted(line: str) -> str:
    """A line less the bullet a summary's list item opens with ("• Fenby — Lab hold")."""
    return re.sub(r"^[•·▪*]\s*", "", line)


def _listed_places(text: str, matched: list[tuple[int, str, re.Match[str]]]) -> set[str]:
    """The places of a summary's list of outcomes, a line each with no blank line between ("Fenby — Lab gain from
    Con\nHale — Con hold"): places told side by side as seats, where one such line alone may be a label's."""
    listed = set()
    for (start, line, match), (after, _, following) in zip(matched, matched[1:], strict=False):
        gap = text[start + len(line) : after]
        if match["place"] and following["place"] and not gap.strip() and gap.count("\n") == 1:
            listed |= {fold(match["place"]), fold(following["place"])}
    return listed


#: a line opening with a place in capitals and a spaced dash: a dateline ("FENBY — Ann Roe won ...") or a live blog's
#: entry on one count ("FENBY — with 94% counted, ...")
_CAPS_DASH_LEAD = re.compile(r"^(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,5}) [-—–] ")


def _a_known_place(ctx: _Context, seat: str, line_start: int) -> bool:
    """An outcome line with no council's name in capitals before its seat ("• Fenby — Lab gain from Con") names a place
    only when the article knows it as one: a seat its contests or seat words name, another heading's place ("FENBY:
    ..."), a line's lead in capitals before a dash ("FENBY — with 94% counted ...", a dateline), or a place the parser
    tags ("our reporters are in Fenby"). Any capitalised word before a dash would otherwise be a seat: a live blog's
    "Update - Lab hold" is a label, not a place."""
    key = fold(seat)
    if key in ctx.seat_names or any(fold(named) == key for _, named in ctx.seats_at):
        return True
    if any(start != line_start and (place := section_place(line, ctx.doc.vocab)) and fold(place) == key
           for start, line in section_headings(ctx.doc.text, seat_nouns=ctx.lexicon.numbered_seat_nouns)):
        return True
    if any(start != line_start and (lead := _CAPS_DASH_LEAD.match(line)) and fold(lead["place"]) == key
           for start, line in ctx.lines):
        return True
    return any(e.label_ in ("GPE", "LOC", "FAC") and fold(e.text) == key for e in ctx.doc.ents)


def _section_end(ctx: _Context, start: int) -> int:
    """Where the section that starts at `start` ends: the next heading or outcome line naming a seat, or any heading."""
    headings = section_headings(ctx.doc.text, seat_nouns=ctx.lexicon.numbered_seat_nouns)
    starts = [s for s, _ in headings] + [o.start for o in ctx.outcome_lines if o.seat]
    return min((s for s in starts if s > start), default=len(ctx.doc.text))


def _section_tally(ctx: _Context, start: int, end: int, party: str | None) -> str | None:
    """The winner a section's results table gives: two lines or more of "Ann Roe (Lab) 1,412" between `start` and `end`,
    the one with the most votes (no tie), whose bracket is the outcome's party when it names a known one. A table
    labelled as an earlier contest's count ("Last time (2022):", "Result in 2019:") is passed over for the next."""
    items: list[re.Match[str]] = []
    label = ""  # the line above the table: "First preferences:", "Last time (2022):"
    for _, line in text_lines(ctx.doc.text[start:end]):
        match = _TALLY_ITEM.match(line)
        if match is None and items:
            break  # the first table of the section only
        if match is None:
            label = line
        elif match["party"] and not _an_earlier_count(ctx, label):
            items.append(match)
    if len(items) < 2:
        return None
    votes = [int(m["votes"].replace(",", "")) for m in items]
    name, printed = _name_and_party(ctx, items[votes.index(max(votes))])
    said = _tally_party(ctx, printed)
    if votes.count(max(votes)) > 1 or (party is not None and said is not None and said != party):
        return None
    return name


def _an_earlier_count(ctx: _Context, label: str) -> bool:
    """A table's label that says its count is an earlier contest's: a word of one (data/lexicon.json
    "earlier_count_labels": "last time", "previous") or a year before the article's. A label is a line of its own
    over the table, ending in a colon or of a few words: a paragraph above a table that tells the contest ("reversing a
    Labour win in 2022") labels nothing."""
    if not label.endswith(":") and len(label.split()) > 6:
        return False
    lowered = label.lower()
    if any(re.search(rf"\b{re.escape(cue)}\b", lowered) for cue in ctx.lexicon.earlier_count_labels):
        return True
    return ctx.now is not None and any(int(year) < ctx.now for year in re.findall(r"\b(?:19|20)\d\d\b", label))


def _name_and_party(ctx: _Context, item: re.Match[str]) -> tuple[str, str]:
    """A table item's candidate and party as printed: "Ann Roe (Lab)", or the other way round where the party comes
    first and the candidate's name, two words at least, is in brackets ("SNP (Ann Roe)", "Scottish Greens (Tom Ure)",
    "Labour (Ann de Roe)"), as candidates.party_first reads it for the candidates' tables too."""
    name, bracket = item["name"], item["party"] or ""
    return party_first(name, bracket, lambda text: _tally_party(ctx, text), ctx.lexicon.name_particles) or (name, bracket)


@rule("results.outcome-heading", "results", examples=[
    example("Ward by-elections\n\nKELBY - Fenby Marsh (Reform UK gain from Con)\nA long night for the Tories in Kelby.\n"
            "Lee Hale (Reform UK) 1,034\nTom Ure (Con) 902", "Fenby Marsh | Lee Hale | Reform UK"),
    example("Summary of the races:\n• Hale Vale — Lab gain from Con (Ann Roe Platt)\n• Kelby — Con hold (Tom Ure)",
            "Hale Vale | Ann Roe Platt | Labour Party", "Kelby | Tom Ure | Conservative Party")])
def _section_outcomes(ctx: _Context, facts: list[ElectionFact]) -> list[ElectionFact]:
    """A round-up's outcome lines (_outcome_lines) each give their seat's result: the party the line names, won by the
    winner it names in brackets, else the top of the section's table, else the one winner the section's own results
    tell with that party or none. Those results of the section are this one, whatever seat their words gave ("won the
    seat for Reform UK" may be read as the article's main contest): the section's seat, never the article's."""
    for outcome in ctx.outcome_lines:
        line = ctx.doc.char_span(outcome.start, outcome.end, alignment_mode="expand")
        seat = outcome.seat or (ctx.section_seat(line.start) if line is not None else None)
        if seat is None or line is None:
            continue
        section_start = outcome.start if outcome.seat else max(s for s, _ in ctx.section_seats if s <= outcome.start)
        end = _section_end(ctx, section_start)
        inside = [f for f in facts if section_start <= f.evidence.start < end and _this_years(ctx, f)]
        told = {f.winner for f in inside if f.winner and _agrees(outcome, f.party)}
        winner = outcome.winner or _section_tally(ctx, outcome.end, end, outcome.party) or (told.pop() if len(told) == 1 else None)
        winner = _resolved(ctx, winner, section_start, end)
        same = [f for f in inside if f.winner in (None, winner) and _agrees(outcome, f.party) and (f.winner or f.party)]
        parties = {f.party for f in same if f.party}
        party = outcome.party or (parties.pop() if len(parties) == 1 else None)
        fact = ctx.fact("results.outcome-heading", line, _Win(winner, party, seat, explicit=True)) if party and winner else None
        if fact is not None:  # a party kg does not know ("HRA hold") or no winner: the line only bounds its section
            merged = sorted({r for f in same for r in f.rules} - set(fact.rules))
            # the section's sentence that tells the win, where one does, is the evidence: its words say which body the
            # seat is on ("Ann Roe held the ward")
            evidence = next((f.evidence for f in same if f.winner), fact.evidence)
            facts = [f for f in facts if f not in same] + [replace(fact, rules=(*fact.rules, *merged), evidence=evidence)]
    return facts


@rule("results.section-tally", "results", examples=[
    example("Council by-elections\n\nTwo wards were fought on Thursday, and the counts ran late into the night in both "
            "of them.\n\nKELBY - FENBY MARSH\n\nLabour held Fenby Marsh comfortably.\n\nFirst preferences:\n"
            "Labour (Jo Platt) 1,412 (52.0%)\nConservative (Tom Ure) 902 (33.2%)\n\nASHMOOR - HALE PARK\n\n"
            "The Conservatives took Hale Park from the Greens.\n\nFirst preferences:\nConservative (Kay Dunn) 1,106 (48.1%)\n"
            "Green (Lee Hale) 998 (43.4%)", "Fenby Marsh | Jo Platt | Labour Party", "Hale Park | Kay Dunn | Conservative Party")])
def _section_tallied(ctx: _Context, facts: list[ElectionFact]) -> list[ElectionFact]:
    """"The SNP held Fenby" under a round-up's heading names only a party: its winner is the top of the section's own
    table when that is the same party's candidate (_section_tally), as the table names the one who won for it. A
    party's win told with no table, or with a table whose top is another party's, keeps no winner."""
    starts = [start for start, _ in ctx.section_seats]
    out = []
    for fact in facts:
        start = max((s for s in starts if s <= fact.evidence.start), default=None)
        if fact.winner is None and fact.party and fact.seat and start is not None and _this_years(ctx, fact):
            end = _section_end(ctx, start)
            winner = _resolved(ctx, _section_tally(ctx, start, end, fact.party), start, end)
            if winner is not None:
                fact = replace(fact, winner=winner, rules=(*fact.rules, "results.section-tally"))
        out.append(fact)
    return out


@rule("results.table-winner", "results", examples=[
    example("Labour has held Fenby at a by-election after the death of the town's MP.\n\nFull result\n\n"
            "Ann Roe (Labour) 14,208\nTom Ure (Reform UK) 10,291\nJo Platt (Conservative) 4,602",
            "Fenby | Ann Roe | Labour Party")])
def _table_winner(ctx: _Context, facts: list[ElectionFact]) -> list[ElectionFact]:
    """"Labour has held Fenby" names only a party: in an article of one results table and no round-up's sections, its
    winner is the top of the table when that is the same party's candidate. A table under a bare heading ("Full
    result") takes its seat from the article's main contest, which may be read wrong ("the Midlands seat"); the
    party's win names its seat in its own words, so the table's result gives way to it -- when that win is the
    article's own contest (_own_contest), not another seat's same-party win told after it ("Voters in Fenby went to the
    polls ... Labour held Hale in a council by-election on the same day")."""
    tables = [f for f in facts if f.winner and {"results.tally-table", "results.headed-table"} & set(f.rules)]
    if len(tables) != 1 or ctx.section_seats:
        return facts
    table = tables[0]
    inherited = fold(table.seat or "") not in fold(table.evidence.text)
    out, merged = [], False
    for fact in facts:
        if fact.winner is None and fact.party == table.party and fact.seat and _this_years(ctx, fact) and _this_years(ctx, table) \
                and (fold(fact.seat) == fold(table.seat or "") or (inherited and _own_contest(ctx, fact, table, facts))):
            fact, merged = replace(fact, winner=table.winner, rules=(*fact.rules, "results.table-winner")), True
        out.append(fact)
    return [f for f in out if f is not table] if merged and inherited else out


def _own_contest(ctx: _Context, fact: ElectionFact, table: ElectionFact, facts: list[ElectionFact]) -> bool:
    """A party's win is the article's own contest when the article tells it first: before it names the seat the table
    inherited (a headline's "Labour takes Fenby" over a lede's "the Midlands seat") and before any other seat's
    result. A win told after the article's seat was named ("Voters in Fenby ... Labour held Hale") is another
    contest's, and the table stays the main seat's."""
    named = ctx.doc.text.find(table.seat or "")
    earlier = any(f.seat and fold(f.seat) != fold(fact.seat or "") and f.evidence.start < fact.evidence.start
                  for f in facts if f is not table)
    return (named < 0 or fact.evidence.start <= named) and not earlier


def _polled_place(ctx: _Context) -> str | None:
    """"Voters in Fenby went to the polls on Thursday after the death of the town's MP": a by-election story's lede
    names its contest by the place whose voters go to the polls (data "polling_nouns"), before it tells the other
    seats' results of the same day ("Labour held Hale in a council by-election"), which are no seat of the article's."""
    for sent in list(ctx.doc.sents)[:2]:
        for voters in sent:
            if voters.lemma_ != "voter" or voters.dep_ != "nsubj" or voters.head.lemma_ != "go":
                continue
            polls = any(c.lower_ == "to" and any(g.lower_ in ctx.lexicon.polling_nouns for g in c.children)
                        for c in voters.head.children)
            place = next((g for c in voters.children if c.lower_ == "in" for g in c.children
                          if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if polls and place is not None:
                return ctx.doc[min(t.i for t in place.subtree) : place.i + 1].text
    return None


def _this_years(ctx: _Context, fact: ElectionFact) -> bool:
    """A result of the article's own round (no year, or the article's): a round-up section's "won it in 2019" is no
    result its outcome line or its table decides."""
    return fact.year is None or ctx.now is None or fact.year >= ctx.now


def _agrees(outcome: _Outcome, party: str | None) -> bool:
    """A result's party agrees with an outcome line's: the same, or none; an unknown party's line ("HRA hold") agrees with
    any."""
    return outcome.party is None or party in (None, outcome.party)


def _resolved(ctx: _Context, name: str | None, start: int, end: int) -> str | None:
    """A name as a table or a bracket prints it, as the article resolves it where it first says it between `start` and
    `end` ("Ann Roe" -> the person the article calls so)."""
    at = ctx.doc.text.find(name, start, end) if name else -1
    span = ctx.doc.char_span(at, at + len(name), alignment_mode="expand") if name and at >= 0 else None
    return ctx.person_at.get(span.start, name) if span is not None else name


def _without_joined_seats(ctx: _Context, facts: list[ElectionFact]) -> list[ElectionFact]:
    """"Labour keeps Fenby and Hale" over "In Fenby, Ann Roe beat ..." and "Hale (Assembly): Jo Platt beat ...": a
    headline joins two seats the article tells one by one, so the pair is no seat. A seat with "and" in its name
    ("Labour's Ann Roe won Fenby and Hale. The seat covers the town of Fenby and the villages around Hale.") is said
    outside a headline, or whole in the body, or its parts are no seats of their own there, and stays."""
    text = ctx.doc.text
    headline = text.lstrip().split("\n", 1)[0]
    if "\n" not in text.strip() or " and " not in headline:
        return facts
    start = len(text) - len(text.lstrip())
    seats = {fold(f.seat) for f in facts if f.seat} | {fold(seat) for _, seat in ctx.seats_at}

    def alone(part: str) -> bool:  # a result's or a contest's seat, or a line's label ("Hale (Assembly): ...")
        return fold(part) in seats or re.search(rf"(?m)^{re.escape(part)}\s*[:(]", text) is not None

    def joined(fact: ElectionFact) -> bool:
        seat = fact.seat or ""
        parts = seat.split(" and ")
        return len(parts) == 2 and all(parts) and fact.evidence.start < start + len(headline) and seat in headline \
            and text.count(seat) == 1 and all(alone(p) for p in parts)
    return [f for f in facts if not joined(f)]


#: one item of a results table: "Ann Roe (LD) 14,206", "Lab 988", "Tom Ure (Plaid Cymru) 812 votes", "Jo Platt (Lab) 1,034
#: (41.2%)"; a table may print the party first and the candidate in brackets ("Labour (Jo Platt) 1,034": _name_and_party)
_TALLY_ITEM = re.compile(r"^(?:and\s+)?(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,4})(?:\s+\((?P<party>[^()]{1,40})\))?"
                         r"\s+(?P<votes>\d{1,3}(?:,\d{3})+|\d{1,6})(?:\s+votes?)?(?:\s+\(\d{1,3}(?:\.\d+)?%\))?$")


def _tally_items(text: str) -> list[tuple[str, str | None, int]]:
    """The items of a results table's line after its colon, in order: (name, bracketed party, votes); none unless
    every piece between the semicolons (or the commas) is one."""
    pieces = [p.strip(" .") for p in re.split(r";\s*|,\s+", text.strip()) if p.strip(" .")]
    items = [_TALLY_ITEM.match(p) for p in pieces]
    if len(items) < 2 or any(m is None for m in items):
        return []
    return [(m["name"], m["party"], int(m["votes"].replace(",", ""))) for m in items if m is not None]


def _tally_party(ctx: _Context, text: str | None) -> str | None:
    """A table's party as it is written there: a name or a ballot code ("LD", "Lab", "Plaid Cymru"), in the article's
    country when the name is several countries'."""
    if not text:
        return None
    known = ctx.lexicon.party_of(text) or ctx.lexicon.bracket_abbreviations.get(text)
    if known is None:
        return None
    return ctx.lexicon.national_variants.get(known, {}).get(ctx.country or "") or known


@rule("results.tally-table", "results", examples=[
    example("Fenby by-election result: Ann Roe (LD) 14,206; Tom Ure (Con) 12,911; Jo Platt (Lab) 3,877. Majority 1,295.",
            "Fenby | Ann Roe | Liberal Democrats"),
    example("Hale ward by-election: Ann Roe (Green) 1,022, Lab 988, Con 301.", "Hale | Ann Roe | Green Party"),
    example("Fenby by-election: result\nTom Ure (Conservative) 9,876\nAnn Roe (Labour) 14,210", "Fenby | Ann Roe | Labour Party")])
def _tally_tables(ctx: _Context) -> list[ElectionFact]:
    """A results table's line: "Fenby by-election: Ann Roe (LD) 14,206; Tom Ure (Con) 12,911" -- the contest (or its
    seat) before a colon, then each candidate (or a party alone, "Lab 988") with their votes; the one with the most
    votes won. Two items at least, every piece of the line one, so a sentence quoting figures is no table."""
    facts: list[ElectionFact] = []
    for header, listed, items in [*_line_tables(ctx), *_table_lines(ctx)]:
        name, bracketed, votes = max(items, key=lambda item: item[2])
        if sum(1 for *_, v in items if v == votes) > 1:
            continue  # a tie names no winner
        election = next((e for e in ctx.elections if header.start <= e.start < header.end), None)
        seat = (election.seat if election is not None else None) or _table_seat(ctx, header, election)
        party = _tally_party(ctx, bracketed) if bracketed else _tally_party(ctx, name)
        if election is None and seat is not None and not _election_told(ctx, seat, party):
            continue  # "Fenby Cup: Ann Roe 14,206; Tom Ure 9,880": a table of no election
        winner = None if bracketed is None and party is not None else name
        if seat is None or (winner is None and party is None):
            continue
        if winner is not None:  # the name as the article resolves it
            at = next((t.i for t in listed if ctx.doc.text.startswith(name, t.idx)), None)
            winner = ctx.person_at.get(at, winner) if at is not None else winner
        if election is not None and _a_bodys_name(ctx.doc, election):
            election = None  # "Elections Canada's count ... in Fenby:": a body's name, not the contest's kind
        kind = election.kind if election is not None else _elect_kind(ctx, header)
        won = _Win(winner, party, ctx.seat_names.get(fold(seat), seat), election.year if election else None, kind, explicit=True)
        fact = ctx.fact("results.tally-table", ctx.doc[header.start : listed.end], won)
        facts += [fact] if fact else []
    return facts


#: a round-up's section heading of a local body, a comma, then its seat, the seat's area or its defence in brackets:
#: "Kelby District Council, Fenby Marsh ward (Con defence)", "City of Hale, Ward 12 (Ashmoor)"
_BODY_SEAT_LINE = re.compile(r"^(?P<body>[^\W\d_][^,:;()]{2,60}),\s+(?P<seat>[A-Z][\w'’.-]*(?: (?:[A-Z0-9][\w'’.-]*|ward|division))"
                             r"{0,5})\s*(?:\([^()]{1,60}\))?\s*$")


@rule("results.headed-table", "results", examples=[
    example("Council by-elections\n\nKelby District Council, Fenby Marsh ward (Con defence)\nFenby Marsh: Ann Roe (Reform UK) 612\n"
            "Fenby Marsh: Tom Ure (Conservative) 401\nREFORM UK GAIN FROM CONSERVATIVE.",
            "Fenby Marsh | Ann Roe | Reform UK"),
    example("Two wards were fought in the by-elections.\n\nCity of Hale, Ward 12 (Ashmoor)\nLabour – Kay Dunn – 1,812 (61.3%)\n"
            "Conservative – Lee Hale – 1,106 (38.7%)\n", "Ward 12 | Kay Dunn | Labour Party")])
def _headed_tables(ctx: _Context) -> list[ElectionFact]:
    """A round-up's table of one seat's candidates, a line each with a party, in an article that tells of an election:
    the seat is the label every line prints before its candidate ("Fenby Marsh: Ann Roe (Lab) 612"), else the line
    right above the table when it heads the section as a local body and its seat ("Kelby District Council, Fenby
    Marsh ward (Con defence)", "City of Hale, Ward 12 (Ashmoor)"); the candidate with the most votes (no tie) won it.
    Such a table names its seat only there, so the results and table rules that want a contest's heading miss it."""
    if not ctx.elections:
        return []
    lines = ctx.lines
    starts = [start for start, _ in lines]
    facts: list[ElectionFact] = []
    for block in _row_blocks(ctx, starts):
        first = bisect_right(starts, block[0].start) - 1
        last = bisect_right(starts, block[-1].start) - 1
        above = [line for _, line in lines[max(first - 2, 0) : first]]
        seat = _rows_seat(ctx, block, above, lines[last + 1][1] if last + 1 < len(lines) else "")
        votes = [row.votes for row in block]
        if seat is None or votes.count(max(votes)) > 1:
            continue
        top = block[votes.index(max(votes))]
        end = block[-1].start + len(block[-1].line)
        span = ctx.doc.char_span(lines[first][0], end, alignment_mode="expand")
        if span is None:
            continue
        winner = _resolved(ctx, row_name(ctx.article, top), top.start, end)
        fact = ctx.fact("results.headed-table", span, _Win(winner, top.party, seat, explicit=True))
        facts += [fact] if fact else []
    return facts


def _row_blocks(ctx: _Context, starts: list[int]) -> list[list[TableRow]]:
    """The article's tables' rows with a known party, in runs of two or more on lines one after another."""
    blocks: list[list[TableRow]] = []
    previous = -2
    for row in ctx.rows:
        at = bisect_right(starts, row.start) - 1
        if row.party is None:
            previous = -2
            continue
        if at == previous + 1 and blocks:
            blocks[-1].append(row)
        else:
            blocks.append([row])
        previous = at
    return [block for block in blocks if len(block) >= 2]


def _rows_seat(ctx: _Context, block: list[TableRow], aboves: list[str], below: str) -> str | None:
    """A table's seat: the one label all its rows print before their candidates, in capitalised words ("Fenby Marsh",
    not "First preferences"), else the seat of a local body's heading right above it (_BODY_SEAT_LINE). A line of the
    same label left unread above or below (a party the lexicon lacks) may be the real top: no seat then. A label or a
    line above that says the count is an earlier one ("Previous Result:", "For comparison, the neighbouring ward voted
    in May:", data "earlier_count_labels") is no result of this contest."""
    above = aboves[-1] if aboves else ""
    labels = {row.label for row in block}
    label = labels.pop() if len(labels) == 1 else ""
    if _an_earlier_count(ctx, label) or any(_an_earlier_count(ctx, line) for line in aboves if line.rstrip().endswith(":")):
        return None
    words = label.split()
    if words and len(words) <= 6 and all(w[:1].isupper() for w in words) and not ctx.lexicon.party_of(label):
        return None if above.startswith(f"{label}:") or below.startswith(f"{label}:") else label
    return _body_heading_seat(ctx, above)


def _body_heading_seat(ctx: _Context, heading: str) -> str | None:
    """The seat of a local body's heading ("Kelby District Council, Fenby Marsh ward (Con defence)"): a seat's word
    (data "body_heading_seat_words") in it, as the body's other business ("Budget Motion (February)") has none, and no
    bracket that dates the count before the article's ("(2019 result)")."""
    match = _BODY_SEAT_LINE.match(heading)
    if match is None or not ctx.lexicon.local_body_words & {w.lower() for w in re.findall(r"[\w-]+", match["body"])}:
        return None
    seat = match["seat"].strip()
    bracket = re.search(r"\(([^()]*)\)\s*$", heading)
    if not ctx.lexicon.body_heading_seat_words & {w.lower() for w in seat.split()} \
            or (bracket is not None and _an_earlier_count(ctx, bracket[1])):
        return None
    return seat


def _a_bodys_name(doc: Doc, election: ElectionMention) -> bool:
    """"Elections Canada's count", "Elections Nova Scotia": a capitalised "Elections" naming the body that counts the
    votes, not a contest; "Results of the last election" is a contest, of another kind than the article's own."""
    tok = doc[election.start]
    return election.seat is None and election.kind == "election" and election.end - election.start == 1 and tok.is_title \
        and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN" \
        and all(t.is_title for t in doc[tok.i + 1 : tok.head.i + 1])


def _line_tables(ctx: _Context) -> Iterator[tuple[Span, Span, list[tuple[str, str | None, int]]]]:
    """Tables of one line ("Fenby by-election: Ann Roe (LD) 14,206; Tom Ure (Con) 12,911"), as round-ups print a
    contest's result in a sentence: (the heading before the colon, the items after it, the items read)."""
    sents = list(ctx.doc.sents)
    for n, sent in enumerate(sents):
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is not None and colon - sent.start <= 12:
            header, listed = ctx.doc[sent.start : colon], ctx.doc[colon + 1 : sent.end]
        elif n > 0 and sents[n - 1][-1].text == ":":  # the heading a sentence of its own: "Fenby by-election:" then the lines
            header, listed = sents[n - 1][:-1], sent
        else:
            continue
        items = _tally_items(listed.text) or _elect_item(header, listed)
        if items:
            yield header, listed, items


#: a results line's label of the one elected: "Fenby -- Mayor-elect: Ann Roe (Lab) 4,812; ..."
_ELECT_LABEL = re.compile(r"\s[-—–]{1,2}\s+(?P<office>[A-Za-z]+(?:[ -][A-Za-z]+)?)-elect$")


def _elect_item(header: Span, listed: Span) -> list[tuple[str, str | None, int]]:
    """"Fenby -- Mayor-elect: Ann Roe (Lab) 4,812; incumbent Tom Ure (Con) 4,790. Recount requested.": a line that labels
    the name it lists first as the one elected names its winner, whatever the rest of the line says (a runner-up's
    title, a note): that first item alone, as (name, bracketed party, votes)."""
    if _ELECT_LABEL.search(header.text.split("\n")[-1]) is None:
        return []
    first = _TALLY_ITEM.match(re.split(r";\s*|,\s+", listed.text.strip())[0].strip(" ."))
    return [(first["name"], first["party"], int(first["votes"].replace(",", "")))] if first else []


def _elect_kind(ctx: _Context, header: Span) -> str | None:
    """The contest a label of the one elected says ("Mayor-elect": a mayoral election; data contest_offices)."""
    label = _ELECT_LABEL.search(header.text.split("\n")[-1])
    return ctx.lexicon.contest_offices.get(label["office"].lower()) if label else None


def _table_lines(ctx: _Context) -> Iterator[tuple[Span, Span, list[tuple[str, str | None, int]]]]:
    """Tables of a line per candidate under a heading line ("Fenby by-election: result", then "Ann Roe (Lab) 14,210" and
    "Tom Ure (Con) 9,876"), as results pages and live blogs print them, where no sentence tells who won: two such lines
    at least, the heading the nearest line above them."""
    lines = ctx.lines
    n = 1
    while n < len(lines):
        run = n
        while run < len(lines) and _TALLY_ITEM.match(lines[run][1]):
            run += 1
        if run - n >= 2 and not _TALLY_ITEM.match(lines[n - 1][1]):
            (h_start, heading), (l_start, _), (e_start, end_line) = lines[n - 1], lines[n], lines[run - 1]
            header = ctx.doc.char_span(h_start, h_start + len(heading.rstrip(":")), alignment_mode="expand")
            listed = ctx.doc.char_span(l_start, e_start + len(end_line), alignment_mode="expand")
            matched = [_TALLY_ITEM.match(text) for _, text in lines[n:run]]
            items = [(m["name"], m["party"], int(m["votes"].replace(",", ""))) for m in matched if m is not None]
            if header is not None and listed is not None and _a_results_table(ctx, header, items):
                yield header, listed, items
        n = max(run, n + 1)


def _a_results_table(ctx: _Context, header: Span, items: list[tuple[str, str | None, int]]) -> bool:
    """Lines of "name (bracket) number" are a result only under a heading that names a contest or its result, and with
    every bracket a party: a league table, a list of donations or a race's finishing times has the same shape."""
    headed = any(header.start <= e.start < header.end for e in ctx.elections) and not any(
        t.lower_ in ctx.lexicon.prizes for t in header) or any(t.lower_ in ctx.lexicon.tally_heading_nouns for t in header)
    brackets = [b for _, b, _ in items if b]
    known = sum(1 for b in brackets if _tally_party(ctx, b))
    # a ballot code the lexicon lacks ("(BQ)") among known ones: still a party's, as a result table prints every one alike
    return headed and bool(brackets) and (known == len(brackets) or known >= max(2, len(brackets) // 2 + 1))


def _election_told(ctx: _Context, seat: str, party: str | None) -> bool:
    """Whether a contest named by a bare name ("Fenby", "Fenby Cup") with no election word of its own is a public
    election's: a party won it, it is a seat the article's elections name, or the article names an election or a race
    (candidates.public_race: "race", "poll", "5,214 votes") --
    not "the Fenby Cup was won by Ann Roe" or "Fenby Show results: ..." in a text of no election."""
    if any(fold(seat).endswith(" " + w) for w in ctx.lexicon.prizes):
        return False  # "the Fenby Cup", "the Hale Open": a sport's or a prize's, whatever the article's elections
    return party is not None or fold(seat) in ctx.seat_names or bool(ctx.elections) or public_race(ctx.doc[:])


def _table_seat(ctx: _Context, header: Span, election: ElectionMention | None) -> str | None:
    """A table line's seat named before its colon ("Kirkby: ...", after any heading on the lines above it), or before
    the contest it names ("FENBY (Kelshire) council by-election:"), less a bracket and the chamber's word."""
    if (election is None or election.seat is None) and (told := _heading_ends_in_place(ctx, header)):
        return told  # "Results with all 212 polls in for Fenby—Hale:": the place the heading ends with
    if election is None and _results_heading(header):
        return ctx.primary  # "Full result: Ann Roe (LD) 16,204; ...": the article's own contest
    words = ctx.doc[header.start : election.start].text if election is not None else header.text
    words = without_brackets(words.split("\n")[-1])
    # "Fenby de la Hale -- Mayor-elect": the seat before a spaced dash, a label of the line's winner after it
    words = _ELECT_LABEL.split(words)[0] if _ELECT_LABEL.search(words) else words
    names = [w for w in words.split() if w.lower() not in ctx.lexicon.chamber_adjectives and w.lower() not in ("ward", "result", "results")]
    joiners = {"and", "&", "upon", "on"} | ctx.lexicon.place_particles  # "San Isidro de Guachipilín", "La Cumbre del Hale"
    if not names or len(names) > 5 or not all(w[:1].isupper() or w in joiners for w in names) or not names[-1][:1].isupper():
        return None
    seat = " ".join(names)
    return None if ctx.lexicon.party_of(seat) or seat.lower() in ctx.lexicon.chambers else seat


def _heading_ends_in_place(ctx: _Context, header: Span) -> str | None:
    """"The count with all polls reporting in Fenby—Hale", "Results for Kelby West": a table's heading of a results
    noun that ends with "in" or "for" (data/lexicon.json "heading_place_words") and a place names its seat there, when
    the place is one of the article's seats or the article names none; "The count in full for Ashmoor County:" under
    a Fenby by-election's story is a county's count of it, no contest of Ashmoor County's."""
    if not any(t.lower_ in ctx.lexicon.tally_heading_nouns for t in header):
        return None
    for tok in reversed(header):
        if tok.lower_ in ctx.lexicon.heading_place_words and tok.i + 1 < header.end:
            place = _seat_after(ctx.doc, tok.i, ctx.lexicon)
            ended = place is not None and ctx.doc.text[: header.end_char].rstrip(" :").endswith(place)
            return place if ended and _among_its_seats(ctx, place or "") else None
    return None


def _among_its_seats(ctx: _Context, place: str) -> bool:
    """`place` is a seat the article names elsewhere (a contest's, a seat named as such, a round-up section's), or
    the article names no seat at all."""
    seats = set(ctx.seat_names) | {fold(seat) for _, seat in ctx.seats_at} | {fold(p) for _, p in ctx.section_seats if p}
    return not seats or fold(place) in seats


def _results_heading(header: Span) -> bool:
    """"Full result", "Final results", "Official result": a heading that describes the results, naming no seat."""
    words = [t for t in header if t.is_alpha]
    return len(words) >= 2 and words[-1].lemma_.lower() == "result" and all(
        t.pos_ in ("ADJ", "DET") for t in words[:-1])


def _seat_names(ctx: _Context, verb: Token) -> list[Token]:
    """The proper names a taking verb's object lists ("won Fenby, Hale and Dunmore", "retain the seats of Fenby
    and Hale", "held on to Fenby and Hale"), first and conjuncts, when it lists two or more."""
    electing = verb.lemma_.lower() in _ELECTED_FOR
    first = next((c for c in verb.children if c.dep_ == "dobj"), None) if not electing else None
    seats = first is not None and first.lower_ == "seats"
    if seats and first is not None:  # "the seats of Fenby and Hale"
        first = next((g for c in first.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if first is None:  # "held on to Fenby, Hale and Dunmore", "won from both Fenby and Hale", "elected for both Fenby and Hale"
        preps = ("for",) if electing else ("to", "onto", "from")
        first = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                      if g.dep_ == "pobj"), None)
    names: list[Token] = []
    both = first is not None and any(c.dep_ in ("preconj", "det") and c.lower_ == "both" for c in first.children)
    while first is not None and first.pos_ == "PROPN" and first.is_title:
        names.append(first)
        first = next((c for c in first.children if c.dep_ == "conj"), None)
    # "won Heywood and Middleton" is one seat's name; a comma, "both" or "the seats of" makes a list
    listed = seats or both or any(c.text == "," for n in names for c in n.children)
    return names if len(names) > 1 and listed else []


#: verbs whose "for" names the seats won: "was elected for both Fenby and Hale"
_ELECTED_FOR = ("elect", "re-elect", "reelect", "return")


def _name_of(doc: Doc, tok: Token) -> str:
    """A listed name with its compound words before it: "New England", not "England"."""
    start = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.is_title)])
    return doc[start : tok.i + 1].text


@rule("results.listed-seats", "results", examples=[
    example("The Conservatives have won Fenby, Hale and Dunmore.", "Hale | None | Conservative Party",
            "Dunmore | None | Conservative Party")])
def _listed_seats(ctx: _Context) -> list[ElectionFact]:
    """"Labor has won Fenby, Hale, Kelby and Orton": one result for each seat a party or person is
    said to have taken; the first is also the winning verb's own (results.won-verb), the rest are its conjuncts."""
    facts: list[ElectionFact] = []
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in (*ctx.lexicon.seat_taking_verbs, *_ELECTED_FOR) or \
                _hedged(verb, ctx.lexicon) or negated(verb) or _elected_to_a_post(ctx, verb):
            continue  # "elected for both Fenby Rotary and Hale Lions as their treasurer": a club's post, no seat
        names = _seat_names(ctx, verb)
        subject = _subject(verb) if names else None
        if subject is None:
            continue
        winner = ctx.person_at.get(subject.i)
        party = ctx.party_at(subject) or (ctx.party_of_person.get(winner) if winner else None)
        if party is None and winner is None:
            continue
        for tok in names:
            seat = _name_of(ctx.doc, tok)
            # a party, a people or a rival is never a seat; a lone word the model took for a name in a list of seats is one
            rival = winner and tok.i in ctx.person_at and " " in ctx.person_at[tok.i]
            if tok.ent_type_ in ("PARTY", "NORP", "DATE") or ctx.lexicon.party_of(seat) or rival:
                continue
            fact = ctx.fact("results.listed-seats", verb.sent, _Win(winner, party, ctx.seat_names.get(fold(seat), seat)))
            facts += [fact] if fact else []
    return facts


#: "Ann Roe (Fenby)": a person and, in brackets, the seat they stand for
_LISTED = re.compile(r"^[\W_]*(?P<person>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+) \((?P<seat>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*)\)\W*$")


def _listed_item(ctx: _Context, sent: Span) -> tuple[str, str] | None:
    """A list line "Ann Roe (Fenby)" as (winner, seat); a bracketed party or people ("Ann Roe (Labour)") is no seat."""
    match = _LISTED.match(sent.text.strip())
    if match is None or ctx.lexicon.party_of(match["seat"]) or re.match(r"^[A-Z]-", match["seat"]):
        return None
    at = sent.start_char + sent.text.index(match["seat"])
    if any(t.ent_type_ in ("PARTY", "NORP", "DATE") for t in sent if t.idx >= at):
        return None
    people = {ctx.person_at[t.i] for t in sent if t.i in ctx.person_at and t.idx < at}
    named = {m.name for m in ctx.mentions} | set(ctx.resolved.values())
    # the model often tags no name in a bare list line: a name it tags as nothing else is the person the line is about
    untagged = not any(t.ent_type_ for t in sent if t.idx < at) and len(match["person"].split()) <= 3
    person = people.pop() if len(people) == 1 else match["person"] if match["person"] in named or untagged else None
    return (person, match["seat"]) if person else None


@rule("results.listed-winners", "results", examples=[
    example("Every member who lost a seat has been re-elected.\n- Ann Roe (Fenby)\n- Tom Ure (Hale)\n",
            "Fenby | Ann Roe | None", "Hale | Tom Ure | None")])
def _listed_winners(ctx: _Context) -> list[ElectionFact]:
    """A live blog's list after a sentence telling a result ("... has been re-elected:" then "- Ann Roe (Fenby)"
    line by line): each line is a winner and their seat. Two lines at least make a list."""
    sents = list(ctx.doc.sents)
    items = [_listed_item(ctx, s) for s in sents]
    facts: list[ElectionFact] = []
    for n, item in enumerate(items):
        if item is None:
            continue
        first = n
        while first > 0 and items[first - 1] is not None:
            first -= 1
        last = n
        while last + 1 < len(items) and items[last + 1] is not None:
            last += 1
        lead = sents[first - 1] if first > 0 else None
        if last == first or lead is None or not any(
                t.pos_ == "VERB" and t.lemma_.lower() in ctx.lexicon.returning_verbs and not _hedged(t, ctx.lexicon)
                and not negated(t) for t in lead):
            continue
        winner, seat = item
        won = _Win(winner, ctx.party_of_person.get(winner), ctx.seat_names.get(fold(seat), seat))
        fact = ctx.fact("results.listed-winners", sents[n], won)
        facts += [fact] if fact else []
    return facts


@rule("results.selected", "results", examples=[
    example("Ann Roe was selected for Fenby by the Green Party.", "Fenby | Ann Roe | Green Party")])
def _selected(ctx: _Context) -> list[ElectionFact]:
    """"Ann Roe was selected for Fenby East": she won the party's selection for that seat. An office chosen for
    ("picked for Interior Secretary") is an appointment, no contest: its name ends in a role's head word."""
    facts = []
    for chosen in selections(ctx.doc, ctx.lexicon, ctx.mentions):
        if chosen.seat and not _names_office(ctx.lexicon, chosen.seat):
            winner = ctx.resolved.get(chosen.person, chosen.person.name)
            party = chosen.party or ctx.party_of_person.get(winner)
            found = ctx.fact("results.selected", chosen.verb.sent, _Win(winner, party, chosen.seat, kind="candidate selection"))
            facts += [found] if found else []
    return facts


@rule("results.office-races", "results", examples=[
    example("Ann Roe was elected governor of Kelby. Jo Platt won the race for lieutenant governor.", "Kelby | Jo Platt | None"),
    example("Tom Ure and Jo Platt were declared winners in their races for attorney general and lieutenant governor of Kelby.",
            "Kelby | Tom Ure | None", "Kelby | Jo Platt | None")])
def _office_races(ctx: _Context) -> list[ElectionFact]:
    """"won the race for lieutenant governor", "were declared winners in their races for attorney general and
    lieutenant governor": contests for the offices a race is "for" (data/lexicon.json "contest_offices"), each won by
    the winner named in the same place of the list. The place is the office's own ("of Kelby") or, as a state's
    offices are elected together, the one the article tells an office of was won ("elected governor of Kelby")."""
    facts: list[ElectionFact] = []
    for race in ctx.doc:
        offices = _raced_offices(ctx, race)
        verb = _race_verb(ctx, race) if offices else None
        if verb is None:
            continue
        subject = _subject(verb)
        winners = _listed_people(ctx, subject) if subject is not None else []
        if len(winners) != len(offices) or subject is None:
            continue
        # "Roe's running mates, Platt and Ure": a ticket's members stand for its head's party
        owner = next((ctx.person_at[c.i] for c in subject.children if c.dep_ == "poss" and c.i in ctx.person_at), None)
        ticket = ctx.party_of_person.get(owner) if owner else None
        places = [_office_place(ctx, office) for office, _ in offices]
        # "for lieutenant governor and attorney general of Kelby": the place the list ends with is every office's
        shared = next((p for p in places if p), None) or opening_place(ctx.doc, race.sent, ctx.lexicon, ctx.person_at) or (
            ctx.office_contest[0] if ctx.office_contest is not None else None)
        for winner, (_, kind), place in zip(winners, offices, places, strict=True):
            if place == "":
                continue
            seat = place or shared
            won = _Win(winner, ticket or ctx.party_of_person.get(winner), seat, _clause_year(verb), kind, explicit=True)
            fact = ctx.fact("results.office-races", race.sent, won)
            facts += [fact] if fact else []
    return facts


def _clause_year(verb: Token) -> int | None:
    """The year the verb's own clause gives ("who won the race in 2010"), not one of a clause inside it or one
    after "since": a past race told in an article of today is of its own year, whatever day the sentence names."""
    for tok in verb.subtree:
        if not _YEAR.fullmatch(tok.text) or tok.i > 0 and tok.doc[tok.i - 1].lower_ in _TENURE_WORDS:
            continue
        head = tok.head
        while head.i != verb.i and head.dep_ not in ("relcl", "ccomp", "advcl", "acl") and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return int(tok.text)
    return None


@rule("results.elected-as", "results", examples=[
    example("The Green Party caucus has elected Ann Roe as the party's new leader and Jo Platt as her deputy.",
            "Leader of the Green Party | Ann Roe | Green Party", "Deputy Leader of the Green Party | Jo Platt | Green Party")])
def _elected_as(ctx: _Context) -> list[ElectionFact]:
    """"The caucus has elected Ann Roe as leader and Jo Platt as her deputy": a party's vote for its leader and
    deputy leader, each person chosen for the post named after their "as". The party is the voters' ("the Green
    Party caucus") or, failing that, the one the article gives the person."""
    facts: list[ElectionFact] = []
    for verb in ctx.doc:
        subject = _party_electing(ctx, verb)
        if subject is None:
            continue
        voters = next((ctx.party_at(t) for t in subject.subtree if ctx.party_at(t)), None)
        for winner, post in _chosen_as(ctx, verb):
            party = voters or ctx.party_of_person.get(winner)
            if party is None:
                continue
            office = "Deputy Leader" if post == "deputy" else "Leader"
            fact = ctx.fact("results.elected-as", verb.sent,
                            _Win(winner, party, f"{office} of the {party}", _clause_year(verb), "leadership election"))
            facts += [fact] if fact else []
    return facts


def _party_electing(ctx: _Context, verb: Token) -> Token | None:
    """The subject of an electing verb when a party's own voters ("the caucus", "the Greens") elect."""
    if verb.lemma_.lower() not in ctx.lexicon.electing_verbs or verb.pos_ != "VERB" or _hedged(verb, ctx.lexicon) or any(
            c.dep_ in ("neg", "auxpass", "nsubjpass") for c in verb.children):
        return None
    subject = _subject(verb)
    # "Labour councillors in Fenby elected Roe as their leader" chose a council's leader, not the party's
    if subject is None or not (subject.lemma_.lower() in ctx.lexicon.party_voters or ctx.party_at(subject)):
        return None
    return subject


def _party_chose(ctx: _Context, verb: Token) -> bool:
    """Does a party's vote choose someone "as" its leader or deputy with this verb (results.elected-as's reading)?"""
    return _party_electing(ctx, verb) is not None and bool(_chosen_as(ctx, verb))


def _chosen_as(ctx: _Context, verb: Token) -> list[tuple[str, str]]:
    """(person, "leader" or "deputy") for each person after the verb followed by "as ... leader" or "as ... deputy"."""
    chosen: list[tuple[str, str]] = []
    sent, k = verb.sent, verb.i + 1
    while k < sent.end:
        name = ctx.person_at.get(k)
        if name is None or ctx.doc[k - 1].i in ctx.person_at and ctx.person_at[k - 1] == name:
            k += 1
            continue
        end = k
        while end + 1 < sent.end and ctx.person_at.get(end + 1) == name:
            end += 1
        if end + 1 < sent.end and ctx.doc[end + 1].lower_ == "as":
            post = _post_named(ctx.doc[end + 2 : min(end + 8, sent.end)], ctx.lexicon)
            chosen += [(name, post)] if post else []
        k = end + 1
    return chosen


def _post_named(words: Span, lexicon: Lexicon) -> str | None:
    """"the party's new leader" -> "leader", "her deputy" and "deputy leader" -> "deputy"; "deputy speaker" or
    "leader of the council" is neither: the post's noun phrase must end in it. A party's own word for its head
    (data "party_offices": "its chairman", "its president") is its leader."""
    nouns = []
    for tok in words:
        if tok.lower_ in ("of", "for"):
            return None  # "leader of the council", "deputy for Fenby": another body's post
        if tok.lower_ in ("and", ",", ".", "on", "in", "at", "after", "with") or tok.ent_type_ == "PERSON" or tok.is_space:
            break
        nouns.append(tok.lower_)
    if nouns[-2:] == ["deputy", "leader"] or (nouns and nouns[-1] == "deputy"):
        return "deputy"
    heads = {o for o in lexicon.party_offices if " " not in o and "-" not in o}  # "chairman", not "co-leader"
    if nouns and nouns[-1] in heads and not any(n.startswith("vice") or n in ("deputy", "-") for n in nouns):
        return "leader"  # a party's "chairman", "president": its head, as its leader; never a "vice-president"
    return None


def _raced_offices(ctx: _Context, race: Token) -> list[tuple[Token, str]]:
    """The offices a contest noun is for ("the race for mayor", "their races for governor and attorney general")."""
    if race.lemma_.lower() not in ctx.lexicon.race_heads or race.pos_ != "NOUN":
        return []
    heads = [g for c in race.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    offices: list[tuple[Token, str]] = []
    for head in heads:
        for noun in (head, *(c for c in head.subtree if c.dep_ == "conj" and c.head.i in (head.i, *(o.i for o, _ in offices)))):
            kind = _office_kind(noun, ctx.lexicon)
            if kind is None:
                return []
            offices.append((noun, kind))
    return offices


def _race_verb(ctx: _Context, race: Token) -> Token | None:
    """The verb a race was won by: "won the race for X", "were declared winners in their races for X"."""
    verb = race.head
    if race.dep_ == "pobj" and verb.lower_ == "in":  # "declared winners (by wide margins) in their races"
        while verb.pos_ != "VERB" and verb.dep_ in ("prep", "pobj", "oprd", "dobj", "attr") and verb.head is not verb:
            verb = verb.head
    elif race.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or _hedged(verb, ctx.lexicon) or negated(verb):
        return None
    if verb.lemma_.lower() in ("win", "clinch", "capture", "take"):
        return verb if race.dep_ == "dobj" else None
    declared = verb.lemma_.lower() in ctx.lexicon.declaring_verbs and any(c.lemma_.lower() == "winner" for c in verb.children
                                                         if c.dep_ in ("oprd", "dobj", "attr"))
    return verb if declared else None


def _listed_people(ctx: _Context, subject: Token) -> list[str]:
    """The people a subject names, in order ("Ann Roe and Tom Ure", "her running mates, Ann Roe and Tom Ure"),
    leaving out an owner ("Roe's running mates")."""
    owned = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    people: list[str] = []
    for tok in subject.subtree:
        name = ctx.person_at.get(tok.i) if tok.i not in owned else None
        if name and name not in people:
            people.append(name)
    return people


def _names_office(lexicon: Lexicon, name: str) -> bool:
    """Is `name` an office ("Interior Secretary", "Attorney General") rather than a place?"""
    words = name.lower().split()
    return bool(words) and (words[-1] in lexicon.generic_heads or words[-1] in lexicon.title_heads
                            or " ".join(words[-2:]) in lexicon.role_heads or words[-1] in lexicon.role_heads)


@rule("results.lost-to", "results", scope="token", examples=[
    example("Tom Ure lost the Fenby by-election to independent Ann Roe.", "Fenby | Ann Roe | Independent"),
    example("Kenton Governor Musa Bello lost re-election to Ada Nwosu of the Labour Party.", "Kenton | Ada Nwosu | Labour Party")])
def _lost_to(ctx: _Context, verb: Token) -> ElectionFact | None:
    """"X lost the Wentworth by-election to independent Kerryn Phelps": the one it was lost to won."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "lose" or _hedged(verb, ctx.lexicon):
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    target = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if target is None:
        return None
    winner = ctx.person_at.get(target.i)
    party = ctx.party_at(target) or (ctx.party_of_person.get(winner) if winner else None)
    if winner is None and party is None:
        return None
    seat, kind, year, _ = _object_seat(ctx, verb)
    loser = _subject(verb)
    office = _held_office(ctx, loser) if loser is not None and kind in (None, "election") else None
    if office is not None and office[0]:
        seat, kind = office  # "Fenby Governor Tom Ure lost re-election to Ann Roe": his office, won by her
    raced = _office_contest(ctx, verb) if kind in (None, "election") else (None, None)
    if raced[1] is not None:  # "lost the 1998 governor's race to Ann Roe": the office's contest, in the state the sentence names
        seat, kind = raced[0] or _one_place(verb.sent, ctx.lexicon), raced[1]
        if seat is None:
            return None
    if loser is not None and kind in (None, "election", "general election") and _seat_or_it(verb, ctx.lexicon.bare_seat_determiners):
        # "Ure won Fenby in 2019. He had lost the seat in 2014 to Ann Roe": the seat the loser is told winning, before
        # the article's own contest (which a bare "the seat" otherwise stands for)
        seat = _seat_won_before(ctx, verb, _person_of(ctx, loser)) or seat
    if seat is None and loser is not None and kind in (None, "election", "general election"):
        seat = ctx.own_seat(verb, _person_of(ctx, loser))  # "the TD for Fenby ... lost it to Ann Roe in 1982"
        # "Tom Ure, who represented Fenby until 1997 ... lost the seat to Ann Roe"
        seat = seat or (ctx.represented.get(_person_of(ctx, loser) or "") if _seat_or_it(verb) else None)
    if year is None:  # "lost it to Ann Roe, who held it until 2010": not a year of a clause of its own
        year = _clause_year(verb)
    # "lost the next one in 1990 to Tom Ure": a lost contest with a year is a result even without a seat
    kind = kind or ("general election" if year else None)
    return ctx.fact("results.lost-to", verb.sent, _Win(winner, party, seat, year, kind, explicit=True))


def _seat_won_before(ctx: _Context, verb: Token, person: str | None) -> str | None:
    """The one seat the article, before a loss's sentence, tells `person` winning ("was first elected deputy for
    Fenby in 1994 ... He lost the seat in 2014 to Ann Roe"): "the seat" they lost is their own. A person told winning
    two seats, or none, owns no seat this way."""
    if person is None:
        return None
    seats: dict[str, str] = {}
    for tok in ctx.doc[: verb.sent.start]:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lexicon.win_verbs:
            continue
        won = _verb_result(ctx, tok)
        if won is not None and won.winner == person and won.seat and won.kind != "leadership election":
            seats.setdefault(fold(won.seat), won.seat)
    return next(iter(seats.values())) if len(seats) == 1 else None


def _seat_or_it(verb: Token, bare: frozenset[str] | None = None) -> bool:
    """"lost the seat", "lost it": the object is the seat the article has named. With `bare` (data
    "bare_seat_determiners"), only a seat the words do not name ("lost his seat", not "lost the Fenby seat"), as the
    seat a loser is told winning before is meant only by a bare "the seat"."""
    return any(c.dep_ == "dobj" and (c.lower_ == "it" or c.lemma_.lower() == "seat" and (bare is None or all(
        g.dep_ in ("det", "poss") and g.lower_ in bare for g in c.children))) for c in verb.children)


def _one_place(sent: Span, lexicon: Lexicon) -> str | None:
    """The one state ("Wisconsin's secretary of state ... died in Madison": a state's office is the state's), else the one
    place, a sentence names."""
    places = {re.sub(r"[’']s$", "", e.text) for e in sent.ents if e.label_ == "GPE"}
    states = places & set(lexicon.us_state_codes.values())
    return states.pop() if len(states) == 1 else places.pop() if len(places) == 1 else None


def _person_of(ctx: _Context, tok: Token) -> str | None:
    """The person a token names, or the one "he"/"she" refers to."""
    if tok.i in ctx.person_at:
        return ctx.person_at[tok.i]
    mention = antecedent(ctx.doc, tok, ctx.mentions, ctx.resolved, ctx.lexicon) if tok.lower_ in ("he", "she") else None
    return ctx.resolved.get(mention, mention.name) if mention else None


@rule("results.second-to", "results", scope="token", examples=[
    example("Labour came a close second to the Liberal Democrats in the Fenby by-election.",
            "Fenby | None | Liberal Democrats"),
    example("Green Party Leader Ann Roe spoke. Tom Ure, who came in second to Roe in the leadership race, agreed.",
            "Leader of the Green Party | Ann Roe | Green Party")])
def _second_to(ctx: _Context, tok: Token) -> ElectionFact | None:
    """"running second to the Greens in the Hale by-election": the one ahead won; second to a
    person in a leadership race, that person won their party's leadership."""
    if tok.lower_ not in ("second", "runner-up", "runners-up"):
        return None
    nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
    if nxt is None or nxt.lower_ != "to" or tok.i + 2 >= len(ctx.doc):
        return None
    ahead = next((t for t in ctx.doc[tok.i + 2 : min(tok.i + 6, tok.sent.end)] if ctx.party_at(t) or t.i in ctx.person_at), None)
    if ahead is None:
        return None
    winner = ctx.person_at.get(ahead.i)
    party = ctx.party_at(ahead) or (ctx.party_of_person.get(winner) if winner else None)
    if winner and party and any(t.lower_ == "leadership" for t in ctx.doc[ahead.i : min(ahead.i + 8, tok.sent.end)]):
        # "came in second to Ann Roe in a leadership campaign": she won her party's leadership
        return ctx.fact("results.second-to", tok.sent, _Win(winner, party, f"Leader of the {party}", None, "leadership election"))
    election = ctx.election_in(tok.sent)
    if election is None or not election.seat:
        return None
    return ctx.fact("results.second-to", tok.sent, _Win(winner, party, election.seat, election.year, election.kind))


def _settle(facts: list[ElectionFact]) -> list[ElectionFact]:
    """The same contest told twice is one result: a seatless one ("was elected in 1997") is dropped when the
    winner's seat is known from another sentence, and "Ohio" when "Ohio's 16th Congressional District" is given."""
    seated = {f.winner for f in facts if f.seat and f.winner}
    facts = [f for f in facts if f.seat or f.winner not in seated]

    def vaguer(f: ElectionFact, g: ElectionFact) -> bool:  # "Ohio" beside "Ohio's 16th Congressional District"
        return (f.winner == g.winner and f.party == g.party and f.kind == g.kind and bool(f.seat) and bool(g.seat)
                and f.seat != g.seat and fold(g.seat or "").startswith(fold(f.seat or "")))
    return [f for f in facts if not any(vaguer(f, g) for g in facts)]


@rule("settle.one-result", "settle", examples=[
    example("The Greens held the Fenby by-election. Voters gave Ann Roe a decisive win over Labour candidate Tom Ure.",
            "Fenby | Ann Roe | Green Party")])
def one_result(facts: list[ElectionFact]) -> list[ElectionFact]:
    """One election has one winner and one winning party, as the graph's node for it can hold only one of each.

    The winner is the one most results of it name, ties going to a result whose own clause names the contest
    ("beat Ure in a primary run-off" over "beat Platt for the seat"); the party is a party's own
    win ("The Greens held Fenby"), else the one most of its results give. It runs as soon as the results are
    found, before the members and candidates derived from them, and gives one majority, date and outcome (gain or
    hold) as well.
    Seatless results ("was elected in 2015") are not merged: they may be different seats of one general election; nor
    are they stated (`stated`), though the winner's role derives from them."""
    groups: dict[str, list[ElectionFact]] = {}
    for fact in facts:
        groups.setdefault(fact.election, []).append(fact)
    out: list[ElectionFact] = []
    for group in groups.values():
        if not any(f.seat for f in group) or (
                len({(f.winner, f.party) for f in group}) == 1 and len({f.majority for f in group} - {None}) <= 1
                and len({f.outcome for f in group} - {None}) <= 1):
            # "was elected in 2015" twice: seatless results of a general election may be two seats' contests
            out += group
            continue
        winner = _one_winner(group)
        kept = [f for f in group if f.winner in (None, winner)]
        party = _one_party(kept)
        majority = _winners_own(kept, winner, "majority")
        date = next((f.date for f in kept if f.date is not None), None)
        outcome = _winners_own(kept, winner, "outcome")
        out += [f if (f.winner, f.party, f.majority, f.date, f.outcome) == (winner, party, majority, date, outcome) else
                replace(f, winner=winner, party=party, majority=majority, date=date, outcome=outcome,
                        rules=(*f.rules, *(() if "settle.one-result" in f.rules else ("settle.one-result",))))
                for f in kept]
    return out


@cache
def _country_names() -> frozenset[str]:
    """Folded English names of every country, and the short forms news puts before a chamber ("U.S. Senate")."""
    return frozenset(fold(n) for n in english_names()) | {"us", "u s", "uk", "u k", "america"}


def stated_seat(seat: str, kind: str, lexicon: Lexicon, chamber_ok: bool = False) -> str | None:
    """The seat a result or vacancy can be stated for, or None when kg cannot know it, as a contest is for one seat: a
    chamber alone ("won the Senate seat"; `chamber_ok` keeps it for a vacancy: "left the Senate" is a senator's seat
    named by its chamber) or a lower house's state ("the Indiana House seat") is not it, nor a region or a country for
    a by-election ("a provincial seat in Sindh"); a chamber glued to the seat's name is dropped from it ("NA-12 Fenby
    National Assembly" is NA-12 Fenby), and a country's ("U.S. Senate") is left as it is."""
    bare = _without_chamber(seat, lexicon)
    if bare is None:
        return seat if chamber_ok else None
    if fold(bare) in _country_names():  # a presidency's seat; never a by-election's ("a by-election in Kenya")
        return None if kind == "by-election" else seat
    places = regions()
    if bare != seat and not any(w in lexicon.upper_chambers for w in seat[len(bare):].lower().split()) and (
            _a_state(bare, lexicon)):
        return None  # "the Indiana House seat" is a seat in the state; "Montana Senate" is the state's
    if kind == "by-election" and fold(bare) in places:
        return None
    # only a name is cut from its chamber: "Speaker of the Assembly" and "her seat in the state Senate" stay whole
    return bare if all(w[:1].isupper() or w[:1].isdigit() for w in bare.split()) else seat


_Told = TypeVar("_Told", ElectionFact, TriggerFact)


def restated(facts: list[_Told], lexicon: Lexicon, kind_of: Callable[[_Told], str], chamber_ok: bool = False) -> list[_Told]:
    """The facts kg can state (stated_seat), each with its seat and election label as stated; a seatless one is kept."""
    out = []
    for fact in facts:
        kind = kind_of(fact)
        seat = stated_seat(fact.seat, kind, lexicon, chamber_ok) if fact.seat else fact.seat
        if fact.seat and seat is None:
            continue
        out.append(fact if seat == fact.seat else replace(fact, seat=seat, election=election_label(kind, seat, fact.year)))
    return out


def stated(facts: list[ElectionFact], lexicon: Lexicon) -> list[ElectionFact]:
    """The results kg can state; applied once the roles they imply are derived. A seatless result ("was elected in
    1999") is kept: a country's general election may be told so."""
    return restated(facts, lexicon, lambda fact: fact.kind)


def _winners_own(kept: list[ElectionFact], winner: str | None, field: str) -> Any:
    """A result's majority or outcome (gain, hold) as the winner's own result says it, else as the first that says one."""
    said = [(f, getattr(f, field)) for f in kept if getattr(f, field) is not None]
    return next((value for f, value in said if f.winner == winner), None) or next((value for _, value in said), None)


def _one_winner(group: list[ElectionFact]) -> str | None:
    """The winner most results of one election name; of equals, one whose clause names the contest's kind."""
    counts = Counter(f.winner for f in group if f.winner)
    if not counts:
        return None

    def rank(name: str) -> tuple[int, int, int]:
        named = any(f.winner == name and f.kind.split()[0] in f.evidence.text.lower() for f in group)
        first = next(i for i, f in enumerate(group) if f.winner == name)
        return (-counts[name], -named, first)
    return min(counts, key=rank)


def _one_party(group: list[ElectionFact]) -> str | None:
    """The winning party: a party's own win ("The Greens held Fenby"), else the one most results give, else the
    first. A party told with a winner may be guessed from the rest of the article; a party that won is stated."""
    tiers = ([f.party for f in group if f.winner is None and f.party], [f.party for f in group if f.party])
    for parties in tiers:
        if parties:
            counts = Counter(parties)
            return max(counts, key=lambda p: (counts[p], -parties.index(p)))
    return None


_TENURE_WORDS = {"since", "until", "till", "before"}
_MEMBER_FOR = re.compile(r"^(?:[\w-]+ )*?(?:mp|msp|mep|td|member|representative|senator) (?:for|of) (.+)$")


_ELECTED_LEADER = re.compile(r"\b(?:elected|chosen|voted in as|won the race to become)\s+(?:as\s+)?(?:the\s+)?"
                             r"(?:[\w'’-]+\s+){0,2}leader\b", re.I)


def _role_results(ctx: _Context, roles: list[RoleFact]) -> list[ElectionFact]:
    """The results a role's own sentence tells (see the two rules below)."""
    return _elected_leader(ctx, roles) + _elected_member(ctx, roles) + _elected_speaker(ctx, roles)


@rule("results.elected-leader", "results", examples=[
    example("Ann Roe was elected leader of the Green Party in 2005.", "Leader of the Green Party | Ann Roe | Green Party")])
def _elected_leader(ctx: _Context, roles: list[RoleFact]) -> list[ElectionFact]:
    """"was elected leader of the Conservative Party in 2005": a won leadership election."""
    facts = []
    for role in roles:
        if role.role in ("leader", "party leader") and role.party and _ELECTED_LEADER.search(role.evidence.text):
            span = ctx.doc.char_span(role.evidence.start, role.evidence.end, alignment_mode="expand")
            if span is None:
                continue
            years = [int(t.text) for t in span if _YEAR.fullmatch(t.text)]
            won = _Win(role.person, role.party, f"Leader of the {role.party}", years[0] if years else None,
                       "leadership election")
            fact = ctx.fact("results.elected-leader", span, won)
            facts += [fact] if fact else []
    return facts


_ELECTED_SPEAKER = re.compile(r"\b(?:elected|chosen|voted in as|won the race to become)\s+(?:as\s+)?(?:the\s+)?"
                              r"(?:[\w'’.-]+\s+){0,3}speaker\b", re.I)
_SPEAKER_OF = re.compile(r"^(?:(?P<before>[\w.-]+) )?speaker(?: of (?:the )?(?P<after>.+))?$")


@rule("results.elected-speaker", "results", examples=[
    example("Ann Roe, a Green Party member, was elected Speaker of the Assembly on Monday.",
            "Speaker of the Assembly | Ann Roe | Green Party")])
def _elected_speaker(ctx: _Context, roles: list[RoleFact]) -> list[ElectionFact]:
    """"was voted in as the chamber's new speaker": a chamber's vote for its Speaker, won by the one its role's sentence
    says was elected (a deputy speaker's is no such vote)."""
    facts = []
    for role in roles:
        match = _SPEAKER_OF.match(role.role)
        if match is None or not _ELECTED_SPEAKER.search(role.evidence.text):
            continue
        span = ctx.doc.char_span(role.evidence.start, role.evidence.end, alignment_mode="expand")
        if span is None or re.search(r"\bdeputy speaker\b", span.text, re.I):
            continue
        chamber = " ".join(w if w in ("of", "the", "and") else w.capitalize() for w in (match["after"] or match["before"] or "").split())
        year = next((y for v in span if v.lemma_.lower() in ("elect", "choose", "vote", "win") and (y := _clause_year(v))), None)
        won = _Win(role.person, role.party, f"Speaker of the {chamber}" if chamber else "Speaker", year, "speaker election")
        fact = ctx.fact("results.elected-speaker", span, won)
        facts += [fact] if fact else []
    return facts


@rule("results.elected-member", "results", examples=[
    example("In 1983 Tom Ure was elected MP for Fenby.", "Fenby | Tom Ure | None")])
def _elected_member(ctx: _Context, roles: list[RoleFact]) -> list[ElectionFact]:
    """"the newly elected MP for Fenby, Ann Roe", "was elected MP for Y in 1983": a won seat."""
    facts = []
    for role in roles:
        if role.role in ("leader", "party leader") and role.party and _ELECTED_LEADER.search(role.evidence.text):
            continue
        seat, span = _member_seat(ctx, role)
        if seat is None or span is None:
            continue
        # "... winning the seat from X, who had held it since 1997": a year after "since" dates another's tenure
        years = [int(t.text) for t in span if _YEAR.fullmatch(t.text) and t.i > 0 and t.doc[t.i - 1].lower_ not in _TENURE_WORDS
                 and not any(a.lower_ in _TENURE_WORDS and a.dep_ == "prep" for a in t.ancestors if a.i < t.i and a.sent == span.sent)]
        told = ctx.election_in(span)  # "took the Special General Election for X": the contest the sentence names
        kind = told.kind if told is not None and told.kind != "election" else "general election" if years else None
        won = _Win(role.person, role.party, seat, years[0] if years else None, kind)
        fact = ctx.fact("results.elected-member", span, won)
        facts += [fact] if fact else []
    return facts


def _member_seat(ctx: _Context, role: RoleFact) -> tuple[str | None, Span | None]:
    """The seat a member's role says they were elected for, and the role's sentence."""
    match = _MEMBER_FOR.match(role.role)
    span = ctx.doc.char_span(role.evidence.start, role.evidence.end, alignment_mode="expand")
    # "X was replaced by Z as Y's member": Z took the seat
    # "the MP for Fenby, who becomes Minister of Customs": becoming another office is no seat won
    became = [t for t in span or () if t.lemma_.lower() == "become" and not any(
        c.dep_ in ("attr", "oprd") and c.lower_ not in ctx.lexicon.member_titles and c.pos_ in ("NOUN", "PROPN") for c in t.children)]
    if span is None or not (became or any(t.lemma_.lower() in ("elect", "win", "enter", "return", "re-elect")
                                          or (t.lemma_ == "replace" and role.status == "current") for t in span)):
        return None, None
    if match:
        named = (_seat_after(ctx.doc, t.i, ctx.lexicon) for t in span if t.lower_ in ("for", "of"))
        return next((m for m in named if m and fold(m) == fold(match.group(1))), None) or match.group(1).title(), span
    if role.role in ("mp", "msp", "mep", "td", "senator", "representative"):
        # "she became an MP at 30 for Hale, her home seat": the seat named in the same sentence
        here = [name for at, name in ctx.seats_at if span.start <= at < span.end]
        people = {ctx.person_at[t.i] for t in span if t.i in ctx.person_at and " " in ctx.person_at[t.i]}
        # "resigned to become president of a university": becoming another office wins no seat
        verbs = [t for t in span if t.lemma_.lower() in ("elect", "win") or t in became]
        if here and any(_won_by(ctx, verb, role.person, people) for verb in verbs):
            return here[0], span
    return None, None


def _won_by(ctx: _Context, verb: Token, person: str, people: set[str]) -> bool:
    """Is `person` who won or became (the verb's subject, or "he"/"she" with nobody else named)?"""
    subject = _subject(verb)
    if subject is None:
        return False
    if subject.lower_ in ("he", "she", "i"):
        return not people - {person}
    return ctx.person_at.get(subject.i) == person


@rule("results.won-verb", "results", scope="token", examples=[
    example("Ann Roe won the Fenby by-election for Labour.", "Fenby | Ann Roe | Labour Party"),
    example("The Conservatives held Fenby.", "Fenby | None | Conservative Party"),
    example("Tom Ure was elected MP for Fenby in 1992.", "Fenby | Tom Ure | None"),
    example("Kenton Governor Rita Okafor was re-elected with 76,134 votes.", "Kenton | Rita Okafor | None"),
    example("Mara Velez, the leader of the Civic Party, has now won the presidential snap election.", "None | Mara Velez | Civic Party"),
    example("The Unity Alliance won three by-elections on Thursday. In Marawa John Otieno trounced Peter Kamau.",
            "Marawa | John Otieno | None")])
def _verb_result(ctx: _Context, verb: Token) -> ElectionFact | None:
    """A winning verb of data/lexicon.json "win_verbs" that is not hedged: "won the X by-election", "held Y"."""
    particle = _win_particle(verb, ctx.lexicon) or _emerged_victorious(verb) or _flipped_seat(ctx, verb) or _topped_poll(verb)
    # "stood in 1989 but was not elected", "never won the seat": no result
    if verb.pos_ != "VERB" or (verb.lemma_.lower() not in ctx.lexicon.win_verbs and not particle) or _hedged(verb, ctx.lexicon) \
            or negated(verb) or _says(verb, ctx.lexicon):
        return None
    subject = _subject(verb)
    if subject is None or _subject_after(verb, subject):
        return None
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.lemma_.lower() in ctx.lexicon.win_verbs and \
            verb.head.pos_ == "VERB" and _subject(verb.head) == subject and _verb_result(ctx, verb.head) is not None:
        return None  # "won the Fenby seat in 2019, defeating Tom Ure": one result, told by the first verb
    # "X backed the deal and was held in high regard in Hale": passive, though the subject is shared
    passive = subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    winner, subject, voters_in = _who_won(ctx, verb, subject, passive)
    passive = passive and subject.dep_ != "pobj"  # the agent of "was defeated by" won
    party = ctx.party_at(subject) or next((ctx.party_at(c) for c in subject.children
                                           if c.dep_ == "poss" and ctx.party_at(c)), None)
    to_power = _to_power(verb)
    if (winner is None and party is None) or not _is_a_win(ctx, verb, winner, passive, to_power):
        return None
    if _party_chose(ctx, verb) or (verb.dep_ in ("advcl", "xcomp", "conj") and _party_chose(ctx, verb.head)):
        # "the Greens elected Ann Roe as their chairman, defeating Tom Ure at a congress in Hale": results.elected-as's
        return None
    seat, kind, year, leadership = _contest_won(ctx, verb)
    leadership = leadership or _electors_votes(ctx, verb)
    office_seat, office_kind = _office_contest(ctx, verb)
    if office_kind is None and verb.dep_ in ("conj", "advcl") and verb.head.lemma_.lower() in ctx.lexicon.win_verbs and \
            _subject(verb.head) == subject:  # "first won the mayoralty in 2005 and was re-elected in 2009": the same office
        office_seat, office_kind = _office_contest(ctx, verb.head)
    if office_kind and not leadership and kind in (None, "election", "runoff", "run-off"):
        seat, kind = office_seat or seat, office_kind
    seat, party = _for_whom(ctx, verb, _seat_named_for(ctx, verb, seat or voters_in), party)
    untold = seat is None and kind in (None, "election") and winner and not leadership
    titled = _titles_contest(ctx, verb, subject, year) if untold else None
    if titled is not None:
        seat, kind = titled
    kind, national = _national_contest(ctx, verb, kind, seat, winner)
    seat, kind = _seat_untold(ctx, verb, seat, kind, winner, leadership)
    if winner and not party:
        party = _clause_party(ctx, verb) or _not_a_rival(ctx, verb, ctx.party_of_person.get(winner))
    if leadership:
        seat = _leadership_seat(verb, party)
    explicit = verb.lemma_.lower() in ("elect", "re-elect", "reelect", "return") or to_power or national
    if (seat is None or _seat_names(ctx, verb)) and not leadership and _elected_to_a_post(ctx, verb):
        return None  # "was elected chairman of the club", "elected for Fenby Rotary as treasurer": an organisation's vote
    won = _Win(winner, party, seat, year, _kind_won(verb, kind, to_power, leadership), explicit, _outcome(verb, ctx.lexicon))
    return ctx.fact("results.won-verb", verb.sent, won)


def _electors_votes(ctx: _Context, verb: Token) -> bool:
    """"won 312 delegate votes", "won 702 of the votes cast by delegates": votes a party's own electors (data
    "party_voters") cast are its leadership vote, not a public contest of the place its congress met in. Only the
    votes' own electors count, a word compounded on them or the object of their "by", "of" or "among" ("a party vote",
    a list vote, names none)."""
    votes = [c for c in verb.children if c.dep_ == "dobj"]
    votes = [t for v in votes for t in v.subtree if t.lemma_.lower() in ("vote", "ballot") and t.pos_ == "NOUN"]
    for vote in votes:
        electors = [c for c in vote.children if c.dep_ == "compound"]
        electors += [g for t in vote.subtree if t.dep_ in ("prep", "agent") and t.lower_ in ("by", "of", "among")
                     for g in t.children if g.dep_ == "pobj"]
        if any(e.lemma_.lower() in ctx.lexicon.party_voters and e.lemma_.lower() != "party" for e in electors):
            return True
    return False


def _says(verb: Token, lexicon: Lexicon) -> bool:
    """"Ann Roe claimed her vote had cost the Tories the seat": a win verb that is also one of saying (data
    "saying_win_verbs"), with a clause for its object and nothing won, says something."""
    return verb.lemma_.lower() in lexicon.saying_win_verbs and any(c.dep_ == "ccomp" for c in verb.children) and not any(
        c.dep_ in ("dobj", "prt") for c in verb.children)


def _elected_to_a_post(ctx: _Context, verb: Token) -> bool:
    """"was elected chairman", "elected Ann Roe treasurer of the club": a post an electing verb names that is no seat, no
    member's title and no office a public contest is for."""
    if verb.lemma_.lower() not in ("elect", "re-elect", "reelect"):
        return False
    posts = [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN"]
    posts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    lexicon = ctx.lexicon

    def organisations(post: Token) -> bool:  # "president of the club": an office of no public contest
        return _office_kind(post, lexicon) is not None and _office_place(ctx, post) == ""
    chosen = _by_a_body(ctx, verb)
    return any(organisations(p) or (p.lower_ not in lexicon.contest_offices and p.lower_ not in lexicon.member_titles and _office_kind(
        p, lexicon, chosen) is None and p.lower_ not in ("leader", "leadership", "speaker") and p.lower_ not in lexicon.seat_object_nouns)
        for p in posts)


def _seat_untold(ctx: _Context, verb: Token, seat: str | None, kind: str | None, winner: str | None,
                 leadership: bool) -> tuple[str | None, str | None]:
    """The seat (and kind) of a win whose own words name none: a place of its sentence, one named before the verb, the
    article's contest, the seat told before for the winner or the member's own, the office the article is about."""
    particle = _win_particle(verb, ctx.lexicon) or _emerged_victorious(verb)
    if seat is None:
        seat = _sentence_place(ctx, verb, kind, winner)
    if seat is None and winner and _counted_in(verb):  # "In Fenby West, Ann Roe was returned on the ninth count"
        seat = _where_place(ctx.doc, verb) or opening_place(ctx.doc, verb.sent, ctx.lexicon, ctx.person_at)
    if seat is None and winner:  # "had held the Fenby seat for a century until Ann Roe defeated Tom Ure"
        named = {seat for at, seat in ctx.seats_at if verb.sent.start <= at < verb.i}
        seat = ctx.seat_names.get(fold(next(iter(named))), next(iter(named))) if len(named) == 1 else None
    by_votes = not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.lemma_ == "vote" for g in c.children) for c in verb.children)
    if seat is None and (verb.lemma_.lower() in ctx.lexicon.defeating_verbs or particle or by_votes) and winner:
        # "Roe edged out Ure", "Roe won by 318 votes": in the contest of the round-up's section it is told under, else
        # in the article's contest
        seat = ctx.section_seat(verb.i) or ctx.primary
    if seat is None and winner and kind in (None, "election", "general election") and not leadership:
        seat = _seat_told_before(ctx, verb.sent, winner) or _past_own_seat(ctx, verb, winner)
    if seat is None and winner and kind in (None, "election") and not leadership and ctx.office_contest is not None and (
            _bare_election_won(verb) or any(_bare_place_won(ctx, verb, c) for c in verb.children)):
        # "Roe won election in 2017", "Ure first won the commune in 2012", in an article about the mayoralty of Fenby
        seat, kind = ctx.office_contest
    if seat is None and ctx.primary and _to_the_senate(verb):
        seat = ctx.primary  # "was elected to the Senate years ago", in an article about a state's Senate seat: that state's
    return seat, kind


def _past_own_seat(ctx: _Context, verb: Token, winner: str) -> str | None:
    """A member's win in a year before the article's, told by an electing verb or of "it" ("was first elected at the
    1973 general election", "recaptured it in 1987"): of the seat the article says they are or were member for."""
    # the year the verb's own "in"/"at" gives ("in 1987", "at the 1973 general election"), not one of a clause on it
    year = next((int(t.text) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree
                 if _YEAR.fullmatch(t.text) and c in (t.head, t.head.head)), None)
    if year is None or ctx.now is None or year >= ctx.now or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None  # "was elected as the MP for Hale": the role's own seat, read by results.elected-member
    electing = verb.lemma_.lower() in ("elect", "re-elect", "reelect", "return")
    it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return ctx.own_seat(verb, winner) if electing or it else None


def _topped_poll(verb: Token) -> bool:
    """"topped the poll", "headed the poll": first on the count of a multi-seat constituency, so elected."""
    return verb.lemma_.lower() in ("top", "head") and any(c.dep_ == "dobj" and c.lower_ == "poll" for c in verb.children)


def _counted_in(verb: Token) -> bool:
    """A member elected by a count ("was elected on the first count", "topped the poll"): a multi-seat constituency's result,
    the place of which is where the sentence says the count is ("In Fenby West, ...", "Fenby West, where ...")."""
    if _topped_poll(verb) or any(_topped_poll(c) for c in verb.children if c.dep_ == "conj") or (
            verb.dep_ == "conj" and _topped_poll(verb.head)):
        return True
    return verb.lemma_.lower() in ("elect", "return", "re-elect") and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_ == "count" for g in c.children) for c in verb.children)


def _subject_after(verb: Token, subject: Token) -> bool:
    """"... and the Greens won Kelby Nagar in Kelby" parsed with the place as the active verb's subject, after it: who won
    is unknown."""
    passive = subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    return not passive and subject.i > verb.i and subject.head.i == verb.i


def _sentence_place(ctx: _Context, verb: Token, kind: str | None, winner: str | None) -> str | None:
    """The place the win's sentence puts it in: "In Hale, Ann Roe defeated Tom Ure" names one of the article's
    contests, named or not ("won three by-elections"); a party's primary is the place's the sentence names ("in
    Fenby, where Ann Roe ousted Tom Ure in the Democratic primary")."""
    opening = opening_place(ctx.doc, verb.sent, ctx.lexicon, ctx.person_at)
    if opening is not None and (fold(opening) in ctx.seat_names or ctx.unnamed_contests or (
            winner and _round_up_seat(ctx, opening) and not _a_prize_told(ctx, verb.sent))):
        return ctx.seat_names.get(fold(opening), opening)
    if winner and kind in ("primary", "runoff", "run-off"):
        return _where_place(ctx.doc, verb) or opening
    return None


def _round_up_seat(ctx: _Context, opening: str) -> bool:
    """"In Fenby-3, Ann Roe defeated Tom Ure", "In Hale Central, Labour's Jo Platt holds on": in a results round-up
    the place a sentence opens with is the seat its winner took, though no contest is named for it. A round-up is told
    by a seat named by its number, by a general election the article names, or by two sentences or more that open
    with a place and tell a win."""
    if ctx.lexicon.party_of(opening) or fold(opening) in _country_names():
        return False
    # places told by name alone make a round-up only of an article that names an election (not "In Kelby, Ann Roe
    # won the chess match. In Ashmoor, ...")
    return any(t.isdigit() for t in opening) or any(e.kind == "general election" for e in ctx.elections) or \
        (len(ctx.won_in_places) >= 2 and bool(ctx.elections))


def _a_prize_told(ctx: _Context, sent: Span) -> bool:
    """"In Fenby, Ann Roe beat Tom Ure in the final of the Hale tennis open": a sentence about a prize, a match or a
    championship (data/lexicon.json prizes) tells no seat won, whatever place it opens with."""
    return any(t.lower_ in ctx.lexicon.prizes for t in sent)


def _national_contest(ctx: _Context, verb: Token, kind: str | None, seat: str | None, winner: str | None) -> tuple[str | None, bool]:
    """A contest for a whole country, whose result needs no seat: "has won the presidential election", and "the
    party's leader, who won the elections" (a country's elections won by a person: the general election that
    made them head of government)."""
    if seat is not None or winner is None:
        return kind, False
    if kind == "presidential election":
        return kind, True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or kind not in (None, "election", "general election"):
        return kind, False
    named = next((e for e in ctx.elections if e.start <= obj.i < e.end), None)
    if named is not None and named.seat is None and (named.kind == "general election" or obj.lower_ == "elections"):
        return "general election", True
    return kind, False


def _office_contest(ctx: _Context, verb: Token) -> tuple[str | None, str | None]:
    """"was elected mayor of Chicago", "won the governorship", "won Chicago's mayoral contest", "their races for
    lieutenant governor": a contest for an office of a place (data/lexicon.json "contest_offices"). Its seat
    is the place ("Chicago"); the office names the contest's kind ("mayoral election")."""
    for child in verb.children:
        noun: Token | None = child
        if child.dep_ == "prep" and (child.lower_ == "for" or (child.lower_ == "as" and verb.lemma_.lower() in ctx.lexicon.electing_verbs)):
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)  # "elected Ann Roe as premier"
        elif child.dep_ not in ("dobj", "oprd", "attr"):
            continue
        kind = _office_kind(noun, ctx.lexicon, _by_a_body(ctx, verb)) if noun is not None else None
        if noun is not None and kind is not None:
            place = _office_place(ctx, noun)
            return (None, None) if place == "" else (place or opening_place(ctx.doc, verb.sent, ctx.lexicon), kind)
    return None, None


def _office_kind(noun: Token, lexicon: Lexicon, chosen: bool = False) -> str | None:
    """The contest kind a noun names: the office itself ("governor", "attorney general"), or a contest word with
    the office's adjective or holder ("mayoral contest", "the governor's race")."""
    offices = {**lexicon.chosen_offices, **lexicon.contest_offices} if chosen else lexicon.contest_offices
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    if before in lexicon.distinguishing_words and before not in lexicon.status_former and before not in _ORDINAL_WORDS:
        return None  # "was elected deputy mayor", "the acting governor": a post beside the office, no contest for it
    if f"{before} {noun.lower_}" in offices:
        return offices[f"{before} {noun.lower_}"]
    if noun.lower_ in offices and noun.pos_ == "NOUN":
        return offices[noun.lower_]
    if noun.lower_ in lexicon.race_heads:
        return next((offices[c.lower_] for c in noun.children if c.dep_ in ("amod", "poss", "compound")
                     and c.lower_ in offices), None)
    return None


def _by_a_body(ctx: _Context, verb: Token) -> bool:
    """"The Fenby council elected Ann Roe as mayor", "was elected premier by the state parliament": a body's vote
    (data "electing_bodies"), which alone makes a contest of an office a parliament chooses (data "chosen_offices":
    "was elected premier" alone tells a general election won by a party, no contest for the office)."""
    subject = _subject(verb)
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in ctx.lexicon.electing_bodies for t in [subject, *agents] if t is not None)


def _office_place(ctx: _Context, noun: Token) -> str | None:
    """The place an office is of: "governor of Virginia", "Chicago's mayoral contest", "the Ohio governorship".
    "" when it is a party's or an organisation's office ("president of the Liberal Democrats"): no public contest."""
    for child in noun.children:
        target = None
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ in ("poss", "compound", "nmod") and child.pos_ == "PROPN":
            target = child
        if target is not None and child.dep_ == "prep" and target.lower_ in ctx.lexicon.private_bodies:
            return ""  # "was elected president of the club": a private body's office (data "private_bodies"), no public contest
        if target is not None and target.lower_ in ctx.lexicon.place_of_nouns:
            target = _named_by_place_noun(target)
        if target is None or not target.is_title:
            continue
        # "the Fenby mayoral race": a place before a contest noun, however the model tagged it ("Fenby" as ORG)
        organisation = target.ent_type_ == "ORG" and not (noun.lower_ in ctx.lexicon.race_heads and child.dep_ in ("compound", "nmod"))
        if child.dep_ == "prep" and target.ent_type_ not in ("PARTY", "NORP") and _of_places_only(ctx, noun):
            mention = ctx.by_token.get(target.i)  # "mayor of Kelby Bay", the place's name taken for a person's
            return ctx.doc[mention.start : mention.end].text if mention is not None else _seat_before(ctx.doc, target.i + 1)
        if target.ent_type_ in ("PARTY", "NORP", "PERSON") or organisation or target.i in ctx.person_at:
            return ""
        entity = next((e for e in ctx.doc.ents if e.start <= target.i < e.end), None)
        return entity.text if entity is not None else _seat_before(ctx.doc, target.i + 1)
    return None


def _named_by_place_noun(noun: Token) -> Token | None:
    """"the mayor of the village of Kelby": a kind of place (data "place_of_nouns") names the place after its "of";
    without one ("Village mayor Ann Roe takes over the party", a headline's capital) it names no place, so the word
    is never taken for a town whose mayoralty was won."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def _of_places_only(ctx: _Context, noun: Token) -> bool:
    """A mayor's or a governor's office is of a place, never of an organisation or a person ("president of the club" may be)."""
    return _office_kind(noun, ctx.lexicon) in ("mayoral election", "gubernatorial election", "lieutenant gubernatorial election")


def _who_won(ctx: _Context, verb: Token, subject: Token, passive: bool) -> tuple[str | None, Token, str | None]:
    """Winner, their token and voters' place: not always the subject ("Voters in X elected Y", "he" is an antecedent)."""
    dash = next((t for t in verb.sent if t.text in _DASHES and t.i < verb.i and t.i - verb.sent.start < 10), None)
    if dash is not None and subject.i < dash.i:  # "COLUMBIA, S.C. — Republican Ann Roe won": a dateline before the dash
        subject = next((verb.doc[i] for i in range(dash.i + 1, verb.i) if i in ctx.person_at), subject)
    winner = ctx.person_at.get(subject.i)
    by = _agent_before(ctx, verb, subject)
    if by is not None:  # "The seat was vacated by Ann Roe after she was elected to the Senate": the pronoun is the agent
        winner, subject = ctx.person_at[by.i], by
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.i in ctx.person_at), None)
    if passive and agent is not None and verb.lemma_.lower() in ctx.lexicon.defeating_verbs:  # "was defeated by Tom Ure": he won
        return ctx.person_at[agent.i], agent, None
    # "chief of staff Jo Platt has been elected": the title's holder; "COLUMBIA, S.C. (AP) — Ann Roe won": a
    # dateline the parser took for the subject, with the winner in apposition
    if winner is None and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ != "PARTY":
        named = next((c for c in subject.children if c.dep_ == "appos" and c.i in ctx.person_at), None)
        if named is None and subject.dep_ == "appos" and subject.head.i in ctx.person_at:
            named = subject.head  # "Ann Roe, the leader of the Green Party, who won": the one the title is of
        if named is not None:
            winner, subject = ctx.person_at[named.i], named
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.i in ctx.person_at), None)
    if winner is None and owner is not None and subject.lemma_.lower() in ("career", "campaign"):
        winner, subject = ctx.person_at[owner.i], owner  # "Mr Roe's career began in 1983, winning the Fenby seat"
    elected = next((c for c in verb.children if c.dep_ == "dobj" and c.i in ctx.person_at), None)
    voters_in = None
    if verb.lemma_.lower() in ("elect", "re-elect", "return") and not passive and winner is None and elected is not None:
        # "Voters in Hartlepool elected Conservative Jill Mortimer as their MP": the one elected won, the seat
        # is where the voters are
        place = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                      if g.dep_ == "pobj" and g.is_title), None)
        voters_in = next((e.text for e in ctx.doc.ents if place is not None and e.start <= place.i < e.end), None)
        if voters_in is None and place is not None and place.pos_ == "PROPN" and place.i not in ctx.person_at:
            voters_in = _seat_before(ctx.doc, place.i + 1)  # "Voters in Kelby Bay elected ...": a town the model tags as nothing
        voters_in = voters_in or _body_place(ctx, verb, subject)
        if subject.lower_ == "which" and verb.dep_ == "relcl":  # "Oxford, which elected Ann Roe as its new member"
            voters_in = _named_place(ctx, verb.head)
        winner, subject = ctx.person_at[elected.i], elected
    main = _subject(verb.head) if verb.dep_ in ("advcl", "conj") and verb.head is not verb else None
    if winner is None and subject.lower_ in ("he", "she") and main is not None and main.i in ctx.person_at:
        # "X took office once he won a run-off": the pronoun of a clause hung on X's verb is X
        return ctx.person_at[main.i], main, voters_in
    titled = subject.lower_ in ctx.lexicon.member_titles and any(c.lower_ == "the" for c in subject.children)
    held = ctx.holders.get(subject.lower_, set()) if titled else set()
    if titled and not held and any(c.lower_ == "late" for c in subject.children):
        held = _the_dead(ctx)  # "The late MSP": the one whose death the article tells
    if winner is None and len(held) == 1:
        return held.pop(), subject, voters_in  # "The late MSP took the seat in 2016": the article's one MSP
    if winner is None and subject.lower_ in ("he", "she", "i"):
        mention = antecedent(ctx.doc, subject, ctx.mentions, ctx.resolved, ctx.lexicon)
        winner = ctx.resolved.get(mention, mention.name) if mention else None
    return winner, subject, voters_in


def _body_place(ctx: _Context, verb: Token, body: Token) -> str | None:
    """"The Fenby council elected Ann Roe as mayor", "lawmakers in the state of Hale elected Tom Ure premier": a body's
    vote (data "electing_bodies") for an office of a place is that place's contest; its seat is the body's place.
    None when the vote names no such office ("the council elected Ann Roe as its chair")."""
    if body.lower_ not in ctx.lexicon.electing_bodies or _office_contest(ctx, verb)[1] is None:
        return None
    place = next((c for c in body.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN"), None)
    within = next((g for c in body.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children
                   if g.dep_ == "pobj"), None)
    if place is None and within is not None and not within.is_title:  # "in the state of Hale": the place the noun is of
        within = next((g for c in within.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"), None)
    place = place or (within if within is not None and within.is_title else None)
    if place is None or place.ent_type_ in ("PERSON", "NORP", "PARTY") or place.i in ctx.person_at:
        return None
    entity = next((e for e in ctx.doc.ents if e.start <= place.i < e.end and not e.start <= body.i < e.end), None)
    return entity.text if entity is not None else _seat_before(ctx.doc, place.i + 1)


def _agent_before(ctx: _Context, verb: Token, subject: Token) -> Token | None:
    """The person a pronoun subject of a subordinate clause stands for when its sentence names one person before it
    ("The seat was vacated by Ann Roe after she was elected to the Senate"), not whoever the article named last."""
    if subject.lower_ not in ("he", "she") or not any(c.dep_ == "mark" for c in verb.children):
        return None
    before = [t for t in verb.sent if t.i < subject.i and t.i in ctx.person_at and t.pos_ == "PROPN"]
    return before[-1] if before and len({ctx.person_at[t.i] for t in before}) == 1 else None


def _clause_party(ctx: _Context, verb: Token) -> str | None:
    """"His career started in the Green Party, taking the Fenby seat": the party the clause the win hangs
    on names (as the winner's own, "in"), the party of that time rather than the one the article gives elsewhere."""
    if verb.dep_ not in ("advcl", "conj") or verb.head is verb:
        return None
    named = [ctx.party_at(g) for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i
             for g in c.children if g.dep_ == "pobj" and ctx.party_at(g)]
    return named[0] if len(named) == 1 else None


def _not_a_rival(ctx: _Context, verb: Token, party: str | None) -> str | None:
    """A party the article gives the winner elsewhere, unless this result names it as the one beaten ("held the seat
    with a 900-vote lead over Labour")."""
    rivals = {ctx.party_at(t) for t in verb.sent if t.head.lower_ in ("over", "against", "from") and ctx.party_at(t)}
    return None if party in rivals else party


def _the_dead(ctx: _Context) -> set[str]:
    """Who the article says died: "the death of Ann Roe", "Ann Roe died"."""
    dead = set()
    for tok in ctx.doc:
        if tok.lower_ == "death":
            dead |= {ctx.person_at[g.i] for c in tok.children if c.lower_ == "of" for g in c.children if g.i in ctx.person_at}
        elif tok.lemma_ == "die" and tok.pos_ == "VERB":
            dead |= {ctx.person_at[c.i] for c in tok.children if c.dep_ == "nsubj" and c.i in ctx.person_at}
    return dead


def _named_place(ctx: _Context, head: Token) -> str | None:
    """The place a noun names: itself if a proper name ("Oxford"), else its "of" ("the stronghold of Oxford")."""
    if not head.is_title or head.pos_ != "PROPN":
        head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.is_title), head)
    if head.pos_ != "PROPN" or head.ent_type_ in ("PARTY", "PERSON", "NORP", "DATE") or head.i in ctx.person_at:
        return None
    entity = next((e for e in ctx.doc.ents if e.start <= head.i < e.end), None)
    place = entity.text if entity is not None else _seat_before(ctx.doc, head.i + 1)
    return ctx.seat_names.get(fold(place)) or place if place else None


def _win_particle(verb: Token, lexicon: Lexicon) -> bool:
    """"edged out", "fended off", "knocked off" (data/lexicon.json "win_particle_verbs"): a rival beaten, with a
    person as its object ("fended off a challenge" is no result without a contest named)."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.ent_type_ == "PERSON"), None)
    return prt is not None and f"{verb.lemma_.lower()} {prt}" in lexicon.win_particle_verbs and obj is not None


def _bare_election_won(verb: Token) -> bool:
    """"won election", "won re-election", "won the election": a contest named by no seat, office or chamber."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in ("election", "re-election", "reelection") or any(
            c.dep_ in ("amod", "compound", "poss") for c in obj.children):
        return False
    def elsewhere(prep: Token) -> bool:  # "to the Senate", "in Hale" (not "in 2017")
        return prep.lower_ in ("to", "for", "as") or (prep.lower_ == "in" and any(
            g.dep_ == "pobj" and g.ent_type_ != "DATE" and not g.like_num for g in prep.children))
    return not any(c.dep_ == "prep" and elsewhere(c) for c in [*verb.children, *obj.children])


#: a live blog's entry: "23:58 Fenby: Roe romps home" (its place before the colon); a timed entry with no colon ends a section
_TIMED_ENTRY = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?\s*(?:(?P<place>[^\W\d_][^:.!?]{1,40}):\s)?", re.IGNORECASE)
#: a heading in capitals that opens a paragraph: "FENBY: Labour's Ann Roe took the seat", "FENBY (Kelbyshire): Labour
#: holds"; in title case with its chamber or region in brackets: "Fenby (Assembly): Ann Roe defeated Tom Ure"
_CAPS_LEAD = re.compile(r"^(?P<place>[^\W\d_][^\W_]*(?:[ '’.-]+[^\W_]+){0,5})(?P<bracket>(?: \([^\W\d_][^()\d]{0,30}\))*):\s")
#: numbered seats in a heading: "FENBY WARD 3", "DISTRICT 51"
_NUMBERED_SEAT = re.compile(r"\b(?:ward|district|constituency|division|no\.?)\s+\d{1,3}$", re.IGNORECASE)
#: a seat numbered by an ordinal in a heading: "214TH LEGISLATIVE DISTRICT", "3rd Ward"
_ORDINAL_SEAT = re.compile(r"^\d{1,3}(?:st|nd|rd|th)\b.*\b(?:ward|district|constituency|division)$", re.IGNORECASE)


def _numbered_seat_line(line: str, nouns: frozenset[str]) -> bool:
    """A line in title case that is a numbered seat's name alone, its county or region in brackets after it: "214th
    Legislative District (Fenby County)", "Ward 12 (Hale Park)". A state house's round-up heads each contest's section
    so, in title case where a council's round-up prints its wards in capitals; a seat's name with its number is no
    label or byline, whatever its case. `nouns`: the lexicon's numbered_seat_nouns ("ward", "district"), looked up
    once by section_headings for all its lines."""
    words = without_brackets(line).split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    ordinal = _ORDINAL_SEAT.match(" ".join(words)) is not None and words[-1].lower() in nouns
    return ordinal or (words[-1].isdigit() and words[-2].lower() in nouns)


def section_headings(text: str, *, seat_nouns: frozenset[str] | None = None) -> Iterator[tuple[int, str]]:
    """The heading lines of a text, with where each starts: a line in capitals of a paragraph of its own (or opening
    one before a colon), a numbered seat's name in title case opening a paragraph ("214th Legislative District
    (Fenby County)", _numbered_seat_line), and a live blog's timed entry ("23:58 Fenby: ..."; "" where it names
    nothing). `seat_nouns`: the caller's lexicon's numbered_seat_nouns (the loaded lexicon's when not given)."""
    nouns = load_lexicon().numbered_seat_nouns if seat_nouns is None else seat_nouns
    previous_end, body = -2, False
    for start, line in text_lines(text):
        blank_before = start == 0 or text[previous_end:start].count("\n") >= 2
        previous_end = start + len(line)
        timed = _TIMED_ENTRY.match(line)
        lead = _CAPS_LEAD.match(line)
        heading: str | None = None
        if timed is not None:
            place = (timed.group("place") or "").strip()
            heading = place if all(w[:1].isupper() for w in place.split()) else ""  # not "Roe concedes: ..."
        elif lead is not None and (lead.group("place").isupper() or (lead.group("bracket") and lead.group("place").istitle())):
            heading = lead.group("place")
        elif blank_before and _capitals_line(line) and len(line.split()) <= 8 and line[-1] not in ".!?\"":
            heading = line
        elif blank_before and _numbered_seat_line(line, nouns):
            heading = line  # "214th Legislative District (Fenby County)": a numbered seat's name in title case
        if heading is not None:
            # a masthead's labels and a byline, above the first paragraph ("OPINION", "ANN ROE"), head no section
            yield start, heading if body else ""
        body = body or len(line.split()) >= 12


#: what a line says in brackets: a council, a region, a result
_BRACKETED = re.compile(r"\([^()]*\)")


def without_brackets(text: str) -> str:
    """The text less what it says in brackets ("HALE VALE (Kelby District Council)" is "HALE VALE  "): a heading's or a
    place's own words, read the same way wherever a bracket adds a council, a region or a result."""
    return _BRACKETED.sub(" ", text)


def _capitals_line(line: str) -> bool:
    """A line in capitals, less what it says in brackets: "FENBY WARD", and "HALE VALE (Kelby District Council)" where a
    round-up names the council of each ward's section in brackets as the council spells itself."""
    return without_brackets(line).strip().isupper()


#: a round-up's heading of a council in capitals, a colon or a spaced dash, then the seat in title case, with the result
#: or the seat's area in brackets and the result after a dash: "FENBY - Hale North (Lab hold)", "KELBY: Ward 23
#: (Ashmoor Park) - Con gain from Lab"
_BODY_HEADING = re.compile(r"^(?P<body>[a-z]?[A-Z][A-Z .'’&-]*[A-Z])(?::| [-—–]) "
                           r"(?P<seat>[A-Z][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,6})(?: \((?P<bracket>[^)]*)\))?(?: [-—–] (?P<rest>.+))?$")


@dataclass(frozen=True)
class BodyHeading:
    """A round-up's heading line of a council and its seat: the council as printed ("KELBY"), the seat ("Ward 23"), what
    the brackets after the seat say ("Ashmoor Park", "Lab hold") and what follows a dash after them ("Con gain")."""

    body: str
    seat: str
    bracket: str | None
    rest: str | None


def body_heading(line: str) -> BodyHeading | None:
    """A line that heads a round-up's section with a council's name in capitals, a colon or a spaced dash, then the seat
    ("FENBY - Hale North (Lab hold)", "KELBY: Ward 23 (Ashmoor Park) - Con gain"), read into its parts; None for any
    other line. The one reader of these lines: the results rules take their outcome lines' seat from it
    (_outcome_place) and the trigger rules their round-up's sections (triggers._headings), so the two agree on what
    is a heading. A seat all in capitals is read too ("FENBY BY-ELECTION - FIRST COUNT"): a caller that wants a
    section's seat, not a table's heading, leaves it out."""
    match = _BODY_HEADING.match(line)
    if match is None:
        return None
    return BodyHeading(match["body"], match["seat"], match["bracket"], match["rest"])


def section_place(heading: str, vocab: Any) -> str | None:
    """The place a heading names, as the text would write it ("MOTLATSE LOCAL MUNICIPALITY (LIMPOPO), WARD 23" ->
    "Motlatse Local Municipality Ward 23"), or None: a heading of ordinary words ("WHAT IT MEANS", "THE WEEK IN
    POLITICS") or of a year ("LOCAL ELECTIONS '95") names none."""
    words = re.sub(r"\([^()]*\)|,", " ", heading).split()
    if not words or len(words) > 6 or not any(w[0].isalpha() for w in words):
        return None
    numbered = _NUMBERED_SEAT.search(" ".join(words)) or _ORDINAL_SEAT.match(" ".join(words))
    if any(any(c.isdigit() for c in w) for w in words) and not numbered:
        return None
    if any(vocab[w.lower()].is_stop for w in words) or any(w.lower() in ("election", "elections", "by-election", "results") for w in words):
        return None
    return " ".join("-".join(part[:1].upper() + part[1:].lower() for part in w.split("-")) for w in words)


def _seat_told_before(ctx: _Context, sent: Span, winner: str) -> str | None:
    """"The Fenby seat fell vacant after Ann Roe was appointed. Roe had been elected in 2022": a result naming
    no seat is of the seat the sentence before names with the same person."""
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    if not any(ctx.person_at.get(t.i) == winner for t in before):
        return None
    named = [seat for at, seat in ctx.seats_at if before.start <= at < before.end]
    return named[0] if len(set(named)) == 1 else None


def _flipped_seat(ctx: _Context, verb: Token) -> bool:
    """"flipped NV-4", "claimed Sydney's Fenby from the Liberals" (data/lexicon.json "flipping_verbs"): a seat taken,
    only when what is taken is a seat or a place ("claimed victory", "grabbed headlines" are not)."""
    if verb.lemma_.lower() not in ctx.lexicon.flipping_verbs:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if _is_seat_word(obj, ctx.lexicon) or _district_code(ctx, obj) or _state_ordinal(ctx, obj):
        return True
    one_word_name = obj.i not in ctx.person_at or ctx.person_at[obj.i] == obj.text or _place_of_place(ctx, obj)
    return obj.pos_ == "PROPN" and obj.is_title and obj.ent_type_ not in ("PARTY", "NORP", "DATE", "ORG") and one_word_name


def _place_of_place(ctx: _Context, obj: Token) -> bool:
    """"Sydney's Fenby" taken by the model for one person's name: a name with a possessive inside is a city's place."""
    owner = _city_owner(ctx, obj)
    return owner is not None and owner.i in ctx.person_at and ctx.person_at[owner.i] == ctx.person_at.get(obj.i)


def _city_owner(ctx: _Context, obj: Token) -> Token | None:
    """The one-word possessive before a place's name ("Sydney" of "Sydney's Fenby")."""
    owner = next((c for c in obj.children if c.dep_ in ("poss", "nmod") and c.pos_ == "PROPN" and c.is_title), None)
    if owner is None or not any(t.text in ("'s", "’s") for t in owner.children) or owner.i + 2 != obj.i:
        return None
    return owner


def _emerged_victorious(verb: Token) -> bool:
    """"Ann Roe emerged victorious", "finished the winner": a win said by what the winner came out as."""
    return verb.lemma_.lower() in ("emerge", "finish") and any(
        c.dep_ in ("acomp", "oprd", "attr", "advmod") and c.lower_ in ("victorious", "triumphant", "winner") for c in verb.children)


def _to_the_senate(verb: Token) -> bool:
    """"elected to the Senate": a seat that is a whole state (a House seat is one district of many); "the Ohio Senate"
    is a state's own chamber, of many districts."""
    return verb.lemma_.lower() in ("elect", "re-elect", "reelect") and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "senate" and not any(
            m.dep_ == "compound" and m.lower_ not in ("u.s.", "us", "united", "states") for m in g.children)
            for g in c.children) for c in verb.children)


def _to_power(verb: Token) -> bool:
    """"was swept into power", "came to power": a general election won, though no election is named."""
    return any(c.dep_ == "prep" and c.lower_ in ("into", "to") and any(g.lower_ in ("power", "office", "government")
               for g in c.children) for c in verb.children)


def _is_a_win(ctx: _Context, verb: Token, winner: str | None, passive: bool, to_power: bool) -> bool:
    """Win verbs have other senses ("kept an open mind", "held it for five terms"): only a contest won is a result."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.lexicon.defeating_verbs and winner is None:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    run_off = obj is not None and obj.lower_ == "off" and verb.doc[obj.i - 2 : obj.i].text.lower().replace(" ", "") == "run-"
    # a word for a seat is winnable however a country calls it ("won the riding of Fenby")
    if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in ctx.lexicon.winnable_nouns and obj.i not in ctx.person_at \
            and obj.lower_ not in ctx.lexicon.contest_offices and obj.lower_ not in ctx.lexicon.seat_object_nouns and not run_off \
            and not _state_ordinal(ctx, obj) and not _is_seat_word(obj, ctx.lexicon) and not _bare_place_won(ctx, verb, obj):
        return False  # "kept an open mind", "holding a red carpet event": not a seat, an election or its votes
    if lemma == "hold" and any(
            c.dep_ == "prep" and (c.lower_ in ("since", "until", "till", "from") or (c.lower_ == "for" and any(
                g.lemma_ in ctx.lexicon.span_nouns for g in c.subtree))) for c in verb.children):
        # "Ure, who held the seat for five terms", "held it until 2019", "had held the seat for a quarter of a
        # century": a tenure, not this contest's result
        return False
    if passive and lemma not in ("elect", "re-elect", "reelect", "return", "sweep"):
        return False
    # "gaining 31.5 per cent of all votes": a share of the vote is not a seat, nor "winning six seats" one contest
    shares = ctx.lexicon.share_nouns
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in shares or c.lower_ in shares) for c in verb.children):
        return False
    return to_power or lemma not in ("come", "sweep")  # "came to share an office" is no win; only "came to power" is


def _contest_won(ctx: _Context, verb: Token) -> tuple[str | None, str | None, int | None, bool]:
    """The object's contest, or the sentence's: "At the 1990 general election she took the seat" names it before the verb."""
    if verb.lemma_.lower() == "enter":  # "entered Parliament for X": only the seat "for" names counts
        return None, None, None, False
    seat, kind, year, leadership = _object_seat(ctx, verb)
    if seat is None and verb.dep_ == "conj" and verb.head.lemma_.lower() in ("contest", "stand", "fight", "run"):
        seat, kind, year, leadership = _object_seat(ctx, verb.head)  # "contested Fenby in 1990 but was defeated"
    told = ctx.election_in(verb.sent)
    if kind is None and told is not None and told.kind != "election" and told.start < verb.i:
        kind, year = told.kind, year or told.year
        # "In the deputy leadership race ..., Ann Roe won on the third round": the party's leadership won
        leadership = leadership or (kind == "leadership election" and seat is None)
    return seat, kind, year, leadership


def _seat_named_for(ctx: _Context, verb: Token, seat: str | None) -> str | None:
    """"Ted Kennedy's seat" if nothing else; "entered Parliament for Sheffield Brightside" names it better than any object."""
    if seat is None:
        seat = possessive_seat(ctx.doc, verb.i, verb.sent.end, ctx.person_at)
    if verb.lemma_.lower() in ("enter", "elect", "return"):
        target = next((c for c in verb.children if c.lower_ == "for" and c.i > verb.i), None)
        named = _seat_after(ctx.doc, target.i, ctx.lexicon) if target is not None else None
        if named and not ctx.lexicon.party_of(named):
            seat = named
    return seat


def _for_whom(ctx: _Context, verb: Token, seat: str | None, party: str | None) -> tuple[str | None, str | None]:
    """"held Y for Labour" names the party, "elected MP for Y" the seat; a deeper "for" ("Minister for Housing") is not theirs;
    "won Y on a Labour ticket" names the party too."""
    party = _ticket_party(ctx, verb) or party
    for child in verb.subtree:
        if child.lower_ == "for" and child.i > verb.i and child.sent == verb.sent and (
                child.head == verb or (child.head.dep_ in ("oprd", "attr", "dobj") and child.head.head == verb)):
            target = next(iter(child.children), None)
            if target is not None:
                if ctx.party_at(target):
                    party = ctx.party_at(target)
                elif seat is None and target.is_title:
                    seat = _seat_before(ctx.doc, target.i + 1)
    return seat, party


def _ticket_party(ctx: _Context, verb: Token) -> str | None:
    """"won the seat in 2017 on a Labour ticket", "won the seat on an Ashmoor First ticket": the party a win was on,
    the "on ... ticket" hung on the verb or on the seat it won. A party's short name the parser left untagged in the phrase
    ("on a Jubilee ticket") is the one party the article tags by that name, or a longer one, elsewhere ("the Jubilee
    Party")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    tickets = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
               for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "ticket"]
    for ticket in tickets:
        words = [t for t in ticket.subtree if t.i < ticket.i and t.dep_ not in ("det", "poss")]
        tagged = next((ctx.party_at(t) for t in words if ctx.party_at(t)), None)
        if tagged:
            return tagged
        said = " ".join(t.text for t in words)
        elsewhere = {ctx.party_at(e.root) for e in ctx.doc.ents
                     if e.label_ == "PARTY" and (e.text == said or e.text.startswith(f"{said} "))} - {None}
        if len(elsewhere) == 1:
            return elsewhere.pop()
    return None


def _leadership_seat(verb: Token, party: str | None) -> str | None:
    """A leadership is the party's seat, and "was elected deputy leader" a contest of its own."""
    deputy = any(t.lower_ == "deputy" and (t.head.lower_ in ("leader", "leadership") or t.nbor(1).lower_ in ("leader", "leadership"))
                 for t in verb.subtree if t.i + 1 < len(t.doc))
    office = "Deputy Leader" if deputy else "Leader"
    return f"{office} of the {party}" if party else None


def _kind_won(verb: Token, kind: str | None, to_power: bool, leadership: bool) -> str | None:
    """A leadership won overrides any election named; "came to power", "entered Parliament" imply a general election."""
    if leadership:
        return "leadership election"
    if to_power:
        kind = kind or "general election"
    if verb.lemma_.lower() == "enter" and any(c.lower_ in ("parliament", "commons", "congress", "senate") for c in verb.children):
        kind = kind or "general election"
    return kind


def _outcome(verb: Token, lexicon: Lexicon) -> str | None:
    """"gained X from the Tories" is a gain, "held X" a hold; "took" is a gain only when it says from whom."""
    outcome = lexicon.seat_outcomes.get(verb.lemma_.lower())
    if outcome == "gain" and verb.lemma_.lower() == "take" and not any(c.lower_ == "from" for c in verb.children):
        return None
    return outcome


@rule("results.winner-of", "results", scope="token", examples=[
    example("Ann Roe (D) has been projected as winner of the Fenby special election.", "Fenby | Ann Roe | Democratic Party"),
    example("Tom Ure, the winner of the Fenby by-election, spoke.", "Fenby | Tom Ure | None"),
    example("Fenby Governor Tom Ure of the Labour Party was declared the winner on Monday.", "Fenby | Tom Ure | Labour Party"),
    example("Labour election winner Tom Ure is set to become prime minister.", "None | Tom Ure | Labour Party"),
    example("Ann Roe, the Labour candidate, was declared the winner of the Fenby constituency.", "Fenby | Ann Roe | Labour Party"),
    example("Ann Roe was declared the winner of the Fenby by-election.", "Fenby | Ann Roe | None")])
def _winner_of(ctx: _Context, noun: Token) -> ElectionFact | None:
    """"X was declared the winner of the Y election", "X, the winner of the Y by-election": who a contest's
    winner is said to be. Only a contest the text names is one ("the winner of the lottery" is not), or the
    office the winner holds ("Fenby Governor Ann Roe was declared the winner": she kept it); "Labour election
    winner Ann Roe" won a country's general election."""
    if noun.lower_ != "winner" or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "compound" and noun.head.i in ctx.person_at and any(c.lower_ == "election" for c in noun.children):
        return _election_winner(ctx, noun)
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    # "of the Fenby by-election", however the parser hangs "by-election" on the noun
    after = [t.i for t in noun.subtree if of is not None and t.i >= of.i]
    reach = max(after) + 1 if after else -1  # "the winner of the Fenby by-election" with "by-election" hung on the verb
    election = next((e for e in ctx.elections if any(e.start <= i < e.end for i in after) or e.start == reach), None)
    verb, person = noun.head, None
    if noun.dep_ == "pobj" and verb.lower_ == "as":  # "was projected as the winner"
        verb = verb.head
    if noun.dep_ == "appos":
        person = noun.head
    elif verb.pos_ in ("VERB", "AUX") and not _hedged(verb, ctx.lexicon) and (noun.dep_ in ("attr", "oprd", "pobj") or (
            noun.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in verb.children))):  # "was declared the winner"
        person = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    winner = ctx.person_at.get(person.i) if person is not None else None
    if winner is None or person is None:
        return None
    party = ctx.party_of_person.get(winner)
    if election is None and of is not None:
        return _winner_of_place(ctx, noun, of, winner, party)
    if election is None:
        office = _held_office(ctx, person)
        if office is None or not office[0]:
            return _declared_in(ctx, noun, winner, party)
        return ctx.fact("results.winner-of", noun.sent, _Win(winner, party, office[0], None, office[1]))
    seat = election.seat or ctx.primary or (next(iter(ctx.seat_names.values())) if len(ctx.seat_names) == 1 else None)
    return ctx.fact("results.winner-of", noun.sent, _Win(winner, party, seat, election.year, election.kind))


def _winner_of_place(ctx: _Context, noun: Token, place: Token, winner: str, party: str | None) -> ElectionFact | None:
    """"was declared the winner of the Fenby constituency", "the winner of the Hale seat": a seat's own noun (a
    constituency, a seat, a ward) and the proper name before it, which is the seat."""
    if place.lower_ not in ctx.lexicon.place_of_nouns or place.lower_ in ("city", "town", "village", "borough"):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in place.children) or _a_prize_told(ctx, noun.sent):
        return None  # "the winner of the Ashmoor division of the chess league", "of the Fenby ward in a garden contest"
    name = [t for t in place.subtree if t.i < place.i and t.pos_ == "PROPN"]
    if not name or ctx.lexicon.party_of(name[0].text):
        return None
    seat = ctx.doc[name[0].i : name[-1].i + 1].text  # "the Fenby—Hale constituency", "the Fenby town seat": its name
    return ctx.fact("results.winner-of", noun.sent, _Win(winner, party, ctx.seat_names.get(fold(seat), seat)))


def _declared_in(ctx: _Context, noun: Token, winner: str, party: str | None) -> ElectionFact | None:
    """"In Hale, Ann Roe was declared the winner": the place the sentence opens with is the contest's."""
    opening = opening_place(ctx.doc, noun.sent, ctx.lexicon, ctx.person_at)
    if opening is None or ctx.lexicon.party_of(opening):
        return None
    return ctx.fact("results.winner-of", noun.sent, _Win(winner, party, ctx.seat_names.get(fold(opening), opening)))


def _election_winner(ctx: _Context, noun: Token) -> ElectionFact | None:
    """"SPD election winner Ann Roe": a party's winner of the election, its country's general election."""
    winner = ctx.person_at[noun.head.i]
    party = next((ctx.party_at(c) for c in noun.children if ctx.party_at(c)), None) or ctx.party_of_person.get(winner)
    if party is None or any(e.seat for e in ctx.elections if e.start <= noun.i < e.end + 1):
        return None
    return ctx.fact("results.winner-of", noun.sent, _Win(winner, party, None, None, "general election", explicit=True))


@rule("results.victory-noun", "results", scope="token", examples=[
    example("Labour's victory in the Fenby by-election was narrow.", "Fenby | None | Labour Party")])
def _noun_result(ctx: _Context, noun: Token) -> ElectionFact | None:
    """"Labour's victory in Stoke", "its victory against Ukip in the X by-election", "Owens' win",
    "the election of Republican Tom Ure"."""
    if (noun.lower_ not in ctx.lexicon.victory_nouns and noun.lower_ not in ("election", "re-election")) or noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if any(c.dep_ == "amod" and c.lower_ in ctx.lexicon.coming_contest_words for c in noun.children):
        return None  # "Fenby's next local election is due in 2027": a contest still to come, nobody's win
    if owner is None and noun.lower_ in ("election", "re-election"):
        preps = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]  # "swung the election for X"
        of = next((c for c in preps if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if owner is None or owner.i not in ctx.person_at:
            return None
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ctx.lexicon.victory_taking_verbs \
            and noun.lower_ in ("victory", "win") and not _hedged(noun.head, ctx.lexicon):
        owner = _subject(noun.head)  # "Labor claims victory in Fenby"
    if owner is None:
        return None
    against = {ctx.party_at(t) for t in noun.subtree if ctx.party_at(t) and t.i > noun.i}
    # "the election of Labour's Tom Ure": the party at the name
    party = ctx.party_at(owner) or next((ctx.party_at(c) for c in owner.children if c.dep_ == "poss" and ctx.party_at(c)), None)
    if party is None and owner.lower_ == "its":
        party = ctx.last_party_before(noun.sent.start, {p for p in against if p})
    winner = ctx.person_at.get(owner.i)
    if winner and not party:
        party = ctx.party_of_person.get(winner)
    if party is None and winner is None:
        return None
    election = None
    for tok in [noun, *noun.subtree]:
        election = next((e for e in ctx.elections if e.start <= tok.i < e.end), None) or election
    if election is not None and election.seat:
        return ctx.fact("results.victory-noun", noun.sent, _Win(winner, party, election.seat, election.year, election.kind))
    place = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"), None)
    named = _named_place(ctx, place) if place is not None else None
    if winner is None and named and not ctx.lexicon.party_of(named) and fold(named) in ctx.seat_names:
        return ctx.fact("results.victory-noun", noun.sent, _Win(None, party, named))  # "Labor's victory in Perth", a contest told
    if winner is None:
        return None  # a party's win needs its seat named with it
    # "a surprise win in Fenby Valley"; "Owens' win": the contest named just before, or the article's only by-election
    seat = (named if named and not ctx.lexicon.party_of(named) else None) or ctx.recent_seat(noun.i) or (
        ctx.primary if ctx.single_contest else None)
    won = _Win(winner, party, seat, election.year if election else None, election.kind if election else None)
    return ctx.fact("results.victory-noun", noun.sent, won)


#: verbs a contest is "won by" someone with: not "held by", which is as often a tenure ("the seat, held by Labour since 1935")
_WON_BY_VERBS = ("win", "take", "capture", "gain", "seize", "snatch", "retain", "clinch")


@rule("results.won-by", "results", scope="token", examples=[
    example("The Fenby by-election was held on Thursday, won by Labour's Ann Roe.", "Fenby | Ann Roe | Labour Party"),
    example("The Hale seat was taken by the Liberal Democrats.", "Hale | None | Liberal Democrats"),
    example("Kelby, won by Tom Ure for the Liberal Democrats, was close.", "Kelby | Tom Ure | Liberal Democrats")])
def _passive_win(ctx: _Context, verb: Token) -> ElectionFact | None:
    """A passive win: "the by-election, won by Labour's Ann Roe", "the seat was taken by the Greens": the agent
    won the contest or seat the verb is said of (its subject, the noun it qualifies, or its main clause's subject)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _WON_BY_VERBS or _hedged(verb, ctx.lexicon) \
            or negated(verb):
        return None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    contest = _passive_contest(verb)
    if agent is None or contest is None:
        return None
    winner = ctx.person_at.get(agent.i)
    party = ctx.party_at(agent) or next((ctx.party_at(c) for c in agent.children if c.dep_ == "poss" and ctx.party_at(c)), None)
    if winner is None and party is None:
        return None
    _, party = _for_whom(ctx, verb, None, party)
    party = party or (ctx.party_of_person.get(winner) if winner else None)
    election = next((e for e in ctx.elections if e.start <= contest.i < e.end), None)
    if election is not None:
        seat, kind, year = _contest_seat(ctx, election, contest), election.kind, election.year
    else:
        seat, kind, year = _passive_seat(ctx, verb, contest), None, None
        seat = seat if seat is not None and _election_told(ctx, seat, party) else None  # "the Fenby Cup was won by Ann Roe"
    if seat is None or ctx.lexicon.party_of(seat):
        return None
    won = _Win(winner, party, seat, year or _clause_year(verb), kind, outcome=_outcome(verb, ctx.lexicon))
    return ctx.fact("results.won-by", verb.sent, won)


def _passive_contest(verb: Token) -> Token | None:
    """What a passive win is said of: "Fenby was won by", "the seat, won by", "the vote was held on Monday, won by"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.dep_ in ("advcl", "conj") and verb.head is not verb:
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _passive_seat(ctx: _Context, verb: Token, contest: Token) -> str | None:
    """The seat a passive win's contest word names: a seat word's, a district's, or a place's own name."""
    if _is_seat_word(contest, ctx.lexicon):
        return _seat_word_seat(ctx, verb, contest)
    if _district_code(ctx, contest):
        return contest.text
    if contest.pos_ == "PROPN" and contest.is_title and (contest.i not in ctx.person_at or ctx.person_at[contest.i] == contest.text):
        place = _name_of(ctx.doc, contest)
        return ctx.seat_names.get(fold(place)) or place
    return None


@rule("results.victory-to", "results", scope="token", examples=[
    example("Labour's Ann Roe cruised to victory in the riding of Fenby.", "Fenby | Ann Roe | Labour Party"),
    example("The Fenby by-election was on Monday. Voters gave Green candidate Tom Ure a decisive win over Labour.",
            "Fenby | Tom Ure | Green Party")])
def _victory_to(ctx: _Context, noun: Token) -> ElectionFact | None:
    """A victory the sentence hands to a person: "X cruised to victory in Y" (the one who went to it won),
    "voters gave X a decisive win over Y" (the one it was given to won)."""
    if noun.lower_ not in ctx.lexicon.victory_nouns or noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
        return None
    verb, winner_tok = noun.head, None
    if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() in ctx.lexicon.sweeping_verbs:
        verb = verb.head  # "cruised to victory": not "led the party to victory", whose object won
        winner_tok = _subject(verb) if not any(c.dep_ == "dobj" for c in verb.children) else None
    elif noun.dep_ == "dobj" and verb.lemma_.lower() in ("give", "hand"):
        winner_tok = next((c for c in verb.children if c.dep_ == "dative"), None)
    if winner_tok is None or verb.pos_ != "VERB" or _hedged(verb, ctx.lexicon):
        return None
    winner = ctx.person_at.get(winner_tok.i)
    if winner is None:
        return None
    party = next((ctx.party_at(t) for t in winner_tok.subtree if ctx.party_at(t) and t.i <= winner_tok.i), None) \
        or ctx.party_of_person.get(winner)
    election = next((e for t in noun.subtree for e in ctx.elections if e.start <= t.i < e.end), None)
    seat = election.seat if election is not None else _victory_place(ctx, noun, verb)
    given = verb.lemma_.lower() in ("give", "hand")  # "voters gave X a win": the article's own contest's voters
    seat = seat or ctx.recent_seat(noun.i) or (ctx.primary if ctx.single_contest or given else None)
    won = _Win(winner, party, seat, election.year if election else None, election.kind if election else None)
    return ctx.fact("results.victory-to", noun.sent, won)


def _victory_place(ctx: _Context, noun: Token, verb: Token) -> str | None:
    """Where a victory was: "to victory in the southern riding of Y", "in Y"."""
    for head in (noun, verb):
        place = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                      if g.dep_ == "pobj"), None)
        if place is None:
            continue
        if _is_seat_word(place, ctx.lexicon) and ctx.doc[place.i + 1 : place.i + 2].text == "of":
            return _seat_word_seat(ctx, verb, place)
        return _named_place(ctx, place)
    return None


@rule("roles.primary-nominee", "results", examples=[
    example("Ann Roe won the Democratic nomination for the Ohio Senate seat.", "Ann Roe | candidate | Democratic Party")])
def primary_nominees(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """The winner of a primary is the party's candidate."""
    found: dict[str, RoleFact] = {}
    for result in so_far.won:
        if result.winner and result.kind == "primary":
            found.setdefault(result.winner, RoleFact(result.winner, "candidate", result.party, result.evidence, "current",
                                                     "stated" if result.party else None, ("roles.primary-nominee",)))
    return list(found.values())


def chosen_as_officer(ctx: ArticleContext, result: ElectionFact) -> bool:
    """A result whose sentence has a chamber elect its winner "as" a post that is no member's title ("the state parliament
    elected Tom Ure as premier of Saxony")."""
    span = ctx.doc.char_span(result.evidence.start, result.evidence.end, alignment_mode="expand")
    chambers = ctx.lexicon.chambers

    def by_a_chamber(verb: Token) -> bool:
        voters = [c for c in verb.children if c.dep_ == "nsubj"] + [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        return any(v.lower_ in chambers for v in voters)
    return span is not None and any(
        g.pos_ in ("NOUN", "PROPN") and g.lower_ not in ctx.lexicon.member_titles
        for v in span if v.lemma_.lower() in ("elect", "re-elect", "reelect") and v.pos_ == "VERB" and by_a_chamber(v)
        for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj")


@rule("roles.officer-from-result", "results", examples=[
    example("Ann Roe was elected governor of Kelby. Jo Platt won the race for lieutenant governor.",
            "Jo Platt | lieutenant governor | None")])
def officers_of(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """Whoever won the contest for a place's office holds it: the winner of a lieutenant gubernatorial election is
    its lieutenant governor (the office is the first word of data/lexicon.json "contest_offices" naming its kind)."""
    office_of: dict[str, str] = {}
    for word, kind in ctx.lexicon.contest_offices.items():
        office_of.setdefault(kind, word)
    held = {(r.person, r.role) for r in so_far.roles}
    found: dict[tuple[str, str], RoleFact] = {}
    for result in so_far.won:
        role = office_of.get(result.kind)
        if not result.winner or role is None or any(re.search(rf"\b{role}\b", r) for p, r in held if p == result.winner):
            continue  # the article names the office already, however ("Kelby governor", "governor-elect")
        status = "former" if ctx.published and result.year and result.year < ctx.published.year - 5 else "current"
        found.setdefault((result.winner, role), RoleFact(result.winner, role, result.party, result.evidence, status,
                                                         "stated" if result.party else None, ("roles.officer-from-result",)))
    return list(found.values())


@rule("roles.leader-from-result", "results", examples=[
    example("Ann Roe won the United Conservative Party leadership race in Alberta.", "Ann Roe | leader | United Conservative Party")])
def leaders_of(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """Whoever won a party's leadership contest leads it (its deputy leadership: is its deputy leader)."""
    results, roles, published = so_far.won, so_far.roles, ctx.published
    held = {(r.person, r.role) for r in roles}
    found: dict[tuple[str, str], RoleFact] = {}
    for result in results:
        if result.kind != "leadership election" or not result.winner or not result.party or not result.seat:
            continue
        role = "deputy leader" if result.seat.startswith("Deputy Leader of") else "leader" if result.seat.startswith("Leader of") else ""
        status = "former" if published and result.year and result.year < published.year - 5 else "current"
        if role and (result.winner, role) not in held:
            found.setdefault((result.winner, role), RoleFact(result.winner, role, result.party, result.evidence, status,
                                                             "stated", ("roles.leader-from-result",)))
    return list(found.values())


@rule("roles.runner-up", "results", examples=[
    example("Ann Roe won the Fenby by-election. Labour's Tom Ure came second.", "Tom Ure | candidate | Labour Party")])
def runners_up(article: ArticleContext, so_far: Found) -> list[RoleFact]:
    """The other candidates a result names: "Labour's Jamie Kerr came second", "Tim Oduya was eliminated after
    the first count", "30 per cent for Labour's Rafael Moreno", "Lonegan polled 44 per cent". A winner is
    not listed again as a candidate."""
    doc, lexicon, roles = article.doc, article.lexicon, so_far.roles
    winners = {e.winner for e in so_far.won if e.winner}
    members = {f.person for f in roles if f.role.split(" for ")[0] in lexicon.member_titles}
    known = {f.person: f.party for f in sorted(roles, key=lambda f: f.party_basis != "stated") if f.party}
    found: list[RoleFact] = []

    def add(mention: Mention | None, anchor: Token, share: bool = False) -> None:
        if mention is None:
            return
        person = article.name(mention)
        if person in winners or (share and person in members):
            return  # "the late Mr Ure took 61 per cent at the last election": the sitting member, not a runner
        party = affiliation_at(doc, mention, lexicon) or known.get(person)
        found.append(RoleFact(person, "candidate", party, evidence_for(anchor.sent), "current",
                              "stated" if party else None, ("roles.runner-up",)))

    for mention in article.mentions:  # "... received 302 votes and Liberal Democrat Josh Tennant 118": a tally list
        after = doc[mention.end] if mention.end < len(doc) else None
        if after is not None and after.like_num and affiliation_at(doc, mention, lexicon) and any(
                t.lower_ in lexicon.vote_nouns for t in doc[mention.start].sent):
            add(mention, after, share=True)
    for tok in doc:
        runner, share = _runner_at(article, tok)
        add(runner, tok, share)
    return found


def _runner_at(article: ArticleContext, tok: Token) -> tuple[Mention | None, bool]:
    """A losing candidate at `tok`, and whether by a vote share (a sitting member's old share is no candidacy)."""
    by_token = article.by_token
    if tok.pos_ == "VERB" and tok.lemma_ in ("come", "finish", "trail", "place") and any(
            t.lower_ in article.lexicon.placings for t in article.doc[tok.i + 1 : min(tok.i + 4, tok.sent.end)]):
        return _subject_mention(article, tok), False  # "came a distant second"
    if tok.pos_ == "VERB" and tok.lemma_ == "eliminate" and any(c.dep_ == "auxpass" for c in tok.children):
        return _subject_mention(article, tok), False
    if tok.pos_ == "VERB" and tok.lemma_ in ("poll", "receive", "get", "take", "secure", "have", "gain", "win") and any(
            t.lower_ in article.lexicon.vote_nouns for c in tok.children if c.dep_ == "dobj" for t in c.subtree):
        return _subject_mention(article, tok), True  # "Lonegan had 44 per cent"
    if (tok.lower_ == "of" and tok.head.lower_ == "ahead" and any(t.lower_ in article.lexicon.vote_nouns or t.like_num for t in tok.sent)) \
            or (tok.lower_ == "for" and tok.head.lower_ in article.lexicon.vote_nouns):
        # "won 1,208 votes, ahead of the Liberal Democrat Fiona Strand on 902", "30 per cent for Labour's Rafael Moreno"
        return next((by_token[c.i] for c in tok.children if c.dep_ == "pobj" and c.i in by_token), None), False
    return None, False


def _subject_mention(article: ArticleContext, verb: Token) -> Mention | None:
    """The person a verb is about, through "who" and "he"/"she" as well as a named subject."""
    return subject_person(article.doc, verb, article.by_token, list(article.mentions), dict(article.resolved), article.lexicon)


@rule("settle.leadership-contest-party", "settle")
def inside_the_contest(roles: list[RoleFact], elections: list[ElectionFact]) -> list[RoleFact]:
    """In an article about one party's leadership contest, its candidates and leaders whose party the text left
    to inference are that party's: "Ms Muir and Mr Rennie were eliminated", "Iain Buchanan stood down as leader"."""
    parties = {e.party for e in elections if e.kind == "leadership election" and e.party}
    if len(parties) != 1:
        return roles
    party = parties.pop()
    out = []
    for fact in roles:
        if fact.role in ("candidate", "leader", "deputy leader") and (
                fact.party is None or (fact.party_basis or "").startswith("inferred")):
            fact = replace(fact, party=party, party_basis="inferred from the leadership contest")
        out.append(fact)
    return out
