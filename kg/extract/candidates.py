"""The field of a contest: the candidates a result table or a list of contenders names, each with their party.

"Ann Roe (Labour) 12,345 votes" and "Tom Ure - Reform UK - 412" on lines of their own, "The candidates include
Ann Roe for the SNP, Tom Ure for Scottish Labour and Jo Platt (Scottish Family Party)", "Ann Roe (R) defeated
Tom Ure (D)": each person so listed is a `candidate` of the party the list gives them. A party the gazetteer
does not know is kept as the text names it ("Fenby Independents Party"). The winner is listed too: whoever won
a contest stood in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ArticleContext, Found
from kg.extract.government import party_countries
from kg.extract.lexicon import Lexicon, fold
from kg.extract.model import ElectionFact, Evidence, RoleFact
from kg.extract.patterns import load_matcher
from kg.extract.people import Mention, affiliation_at, affiliations, antecedent, evidence_for, party_named_after, subject_person
from kg.extract.phrases import hypothetical, outside_politics
from kg.extract.registry import example, rule

#: words of a party's name that may stand in lower case ("Party of the Poor", "Fenby and District Party")
_PARTY_LOWER = {"of", "the", "and", "for", "&", "in"}
_DASH = r"(?:\s+[-–—]\s*|\s*[-–—]\s+)"
_VOTES = r"(?P<votes>\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:votes?|first preferences?))?"
_SHARE = r"(?:\s*(?:[-–—,]\s*)?\(?\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\)?)?"
_TAIL = rf"{_VOTES}{_SHARE}\s*\.?\s*$"
_LINES = (
    re.compile(rf"^(?P<name>[^\W\d_][^()\d]*?)\s*\((?P<party>[^()\d]+)\)\s*[-–—,:]?\s*{_TAIL}"),  # Ann Roe (Lab) 12,345
    re.compile(rf"^(?P<name>[^\W\d_][^()\d]*?){_DASH}(?P<party>[^\W\d_][^()\d]*?){_DASH}{_TAIL}"),  # Ann Roe - Labour - 12,345
    re.compile(rf"^(?P<name>[^\W\d_][^()\d,]*?)\s*(?:,|{_DASH})\s*(?P<party>[^\W\d_][^()\d,]*?)\s*,\s*{_TAIL}"),  # Ann Roe, Labour, 12,345
    re.compile(rf"^(?P<name>[^\W\d_][^()\d,]*?)\s*(?:,|{_DASH}|:)\s*{_TAIL}"),  # Ann Roe, 12,345 - 40 percent (no party)
)
_AGAINST = {"against", "over", "versus", "vs", "vs."}


def _is_name(text: str, ctx: ArticleContext) -> bool:
    if ctx.lexicon.party_of(text) or any(fold(w) in {"total", "turnout", "majority"} for w in text.split()):
        return False
    return _name_words(text, ctx.lexicon.name_particles)


def _name_words(text: str, particles: Collection[str]) -> bool:
    """Words a table prints a person's name in: two to six, capitalised but for a name's particles ("Ann de Roe")."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in particles for w in words) and words[-1][:1].isupper()


def party_first(outside: str, inside: str, party_of: Callable[[str], object], particles: Collection[str]) -> tuple[str, str] | None:
    """(name, party) of a table's item printed party first with its candidate in brackets ("SNP (Ann Roe) 1,912",
    "Labour (Ann de Roe) 1,412"): the words outside the brackets a party by the caller's reader, the words inside
    none, and a person's name (particles allowed); None for an item printed name first ("Ann Roe (SNP)"). The one
    reader of such items, for the candidates' tables here and the results' tables (elections._name_and_party), so
    both take the same words for the name."""
    outside, inside = outside.strip(), inside.strip()
    if party_of(outside) and not party_of(inside) and _name_words(inside, particles):
        return inside, outside
    return None


def _clean_name(text: str, ctx: ArticleContext) -> str:
    """The name without an honorific or a peer's title in front ("Lady Jo Platt" -> "Jo Platt")."""
    words = text.split()
    while len(words) > 2 and (words[0] in ctx.lexicon.honorifics or words[0] in ctx.lexicon.peerage_titles):
        words = words[1:]
    return " ".join(words)


def _named_party(ctx: ArticleContext, text: str, start: int) -> str | None:
    """A party as a list gives it: an alias (settled by the article's country, as the parser's PARTY entity is),
    a bracket code ("Lab", "R-Ohio"), or a name the gazetteer lacks, kept as written ("The Fenby Party")."""
    text = re.split(r"\.\s", text.strip())[0].strip(" .,;:")  # "Freedom Alliance. No Lockdowns." (a ballot slogan)
    text = re.sub(r"^[Tt]he\s+", "", text)
    tagged = _tagged_party(ctx, text, start)
    if tagged is not None:
        return tagged
    lexicon = ctx.lexicon
    code = text.split("-")[0].strip()
    known = lexicon.party_of(text) or lexicon.bracket_abbreviations.get(code)
    if known:  # "(Lab)" in an Irish article is Ireland's Labour Party
        variants = lexicon.national_variants
        return variants.get(text, {}).get(ctx.country or "") or variants.get(known, {}).get(ctx.country or "") or known
    words = text.split()
    if 1 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in _PARTY_LOWER for w in words) and words[0][:1].isupper() \
            and any(w.lower() in ctx.lexicon.party_name_words for w in words):
        return text
    return None  # "(Fenby)", "(Reuters)": a place or a credit in brackets, not a party


def _tagged_party(ctx: ArticleContext, text: str, start: int) -> str | None:
    """The party the parser tagged these words as (its PARTY entity, settled by the article's country), where the
    text prints them at `start`: the one entity, and all of the words."""
    span = ctx.doc.char_span(start, start + len(text), alignment_mode="expand")
    ents = [e for e in span.ents if e.label_ == "PARTY" and e.ent_id_] if span is not None else []
    return ents[0].ent_id_ if len(ents) == 1 and ents[0].text == text else None


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each non-blank line of a text with where it starts: a results table is read a line per candidate (here and by
    kg.extract.elections)."""
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            yield offset + (len(line) - len(line.lstrip())), stripped
        offset += len(line) + 1


def _fact(person: str, party: str | None, evidence: Evidence, rule_name: str) -> RoleFact:
    return RoleFact(person, "candidate", party, evidence, "current", "stated" if party else None, (rule_name,))


@dataclass(frozen=True)
class TableRow:
    """One candidate's line of a results table: where the line starts and the line, the candidate as printed and where
    the name ends, the party as the table's reader reads it (_named_party, read once; None for none or one it cannot
    read), which of _LINES it matched, its votes, and the label a line prints before its candidate ("Fenby Marsh: Ann
    Roe (Lab) 412": "Fenby Marsh"; "" for none)."""

    start: int
    line: str
    printed: str
    name_end: int
    party: str | None
    number: int
    votes: int
    label: str


#: a label a table's line prints before its candidate, and the colon after it: "Fenby Marsh: Ann Roe (Lab) 412" (a
#: round-up printing each row with its ward), "First preferences: Ann Roe (Lab) 412" (a table's heading run into its
#: first row)
_ROW_LABEL = re.compile(r"^(?P<label>[^\W\d_][^():;\d]{0,60}?):\s+(?=[^\W\d_])")


def table_rows(ctx: ArticleContext) -> list[TableRow]:
    """The candidates' lines of the article's results tables, in order (the one reader of them: the candidates here,
    and a round-up's headed tables in kg.extract.elections). A line may open with a label and a colon before its
    candidate; the label is no part of the name, and is kept apart as the row's."""
    rows = []
    counted = False  # whether the line above the table ("First preferences:", not "Donations:") names a count
    for start, line in text_lines(ctx.doc.text):
        item, lead = None, _ROW_LABEL.match(line)
        for offset, text in (*(((lead.end(), line[lead.end():]),) if lead else ()), (0, line)):
            for number, pattern in enumerate(_LINES):
                match = pattern.match(text)
                item = _row_item(ctx, start + offset, match, counted) if match and not _a_year(match) else None
                if match is not None and item is not None:
                    votes = int(match["votes"].replace(",", ""))
                    printed_label = lead["label"].strip() if lead is not None and offset else ""
                    rows.append(TableRow(start + offset, text, *item, number, votes, printed_label))
                    break
            if item is not None:
                break
        counted = counted if item is not None else _says_a_count(ctx, re.findall(r"[\w-]+", line.lower()))
    return rows


def row_name(ctx: ArticleContext, row: TableRow) -> str:
    """The candidate a table's row names, less an honorific or a peer's title, as the candidates' table reads it."""
    return _clean_name(row.printed, ctx)


@rule("roles.candidate-tally", "results", examples=[
    example("Tom Ure (Labour) 12,345 votes\nAnn Roe (Fenby First Party) 5,988 votes\nJo Platt (LD) 352 votes",
            "Ann Roe | candidate | Fenby First Party", "Jo Platt | candidate | Liberal Democrats"),
    example("Ann Roe - Reform UK - 412\n\nTom Ure - The Green Party - 297", "Ann Roe | candidate | Reform UK",
            "Tom Ure | candidate | Green Party")])
def tallied(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A result table, a line for each candidate: "Ann Roe (Labour) 12,345 votes", "Tom Ure - Reform UK - 412",
    "Jo Platt, 5,142 - 1 percent", a line with a label before its candidate ("Fenby Marsh: Ann Roe (Lab) 412"). Two
    such lines make a table; a line of a table that names no party needs the parser to have read its name as a
    person's."""
    rows = table_rows(ctx)
    if len(rows) < 2:
        return []
    found: list[RoleFact] = []
    stated = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    partisan = any(e.label_ == "PARTY" for e in ctx.doc.ents)  # a mayoral race may name no party at all
    with_party = [row.number < len(_LINES) - 1 for row in rows]
    named = {ctx.name(m) for m in ctx.mentions}
    for at, row in enumerate(rows):
        start, line, name = row.start, row.line, row_name(ctx, row)
        party = row.party
        if with_party[at]:
            if party is None:
                continue
        elif not (_parsed_as_person(ctx, start, row.name_end) or name in named):
            continue  # a name the parser missed in the table, but read as a person's elsewhere in the article, stands
        else:  # "Jo Platt, 5,142 - 1 percent": the party stated at her name elsewhere; none in a race without parties
            party = stated.get(name) or _leadership_party(so_far)
            # a row between rows with parties is a candidate who stood under none ("Jo Platt - 248" in a ballot's list)
            if party is None and partisan and not (0 < at < len(rows) - 1 and with_party[at - 1] and with_party[at + 1]):
                continue
        found.append(_fact(name, party, Evidence(start, start + len(line), line), "roles.candidate-tally"))
    return found


def _row_item(ctx: ArticleContext, start: int, match: re.Match[str], counted: bool) -> tuple[str, int, str | None] | None:
    """A table line's candidate as printed, where the name ends, and its party read (None: none, or none known); an
    item printed party first ("SNP (Ann Roe) 1,912", "DA – Ann Roe – 412 (51.0%)") read by party_first, only in a
    contest's table (_a_contest_table; `counted`: the line above the table names a count, read once per table).
    None when the line names no person."""
    name = match["name"].strip()
    if "party" not in match.groupdict() or match["party"] is None:
        return (name, start + match.end("name"), None) if _is_name(name, ctx) else None
    party_of = _party_reader(ctx, {text.strip(): start + match.start(group) + len(text) - len(text.lstrip())
                                   for group in ("party", "name") if (text := match[group])})
    if match.re in (_LINES[0], _LINES[1]):
        pair = party_first(name, match["party"], party_of, ctx.lexicon.name_particles)
        if pair is not None:
            if not (counted or _a_contest_table(ctx, match.string)):
                return None
            return pair[0], start + match.end("party"), party_of(pair[1])
    if not _is_name(name, ctx):
        return None
    return name, start + match.end("name"), party_of(match["party"].strip())


def _party_reader(ctx: ArticleContext, places: dict[str, int]) -> Callable[[str], str | None]:
    """party_first's reader for an item whose words' places are known (a table's match, a round-up's tokens): each
    text read once (_named_party) where the item prints it, as party_first asks of a text more than once."""
    read: dict[str, str | None] = {}

    def party_of(text: str) -> str | None:
        if text not in read:
            read[text] = _named_party(ctx, text, places[text])
        return read[text]

    return party_of


def _a_contest_table(ctx: ArticleContext, line: str) -> bool:
    """Whether a party-first line ("Labour (Jo Platt) 1,412") is a contest's count: it gives a share or says votes or
    preferences (or the line above its table names a count, a result or a contest: "First preferences:", "Fenby
    by-election result", which table_rows reads once per table). A party's donations, members or spending print the
    same shape ("Donations:\nConservative (Tom Ure) 1,412"), and name no candidate."""
    return "%" in line or _says_a_count(ctx, re.findall(r"[a-z]+", line.lower()))


def _says_a_count(ctx: ArticleContext, words: list[str]) -> bool:
    """Whether a table's words (lower case) name a count, a result or a contest: "preferences", "result", "by-election"."""
    lexicon = ctx.lexicon
    return any(w in lexicon.tally_heading_nouns or _count_word(w, lexicon) or _contest_word(w, lexicon) for w in words)


_GLUED = re.compile(rf"^(?P<lead>[^\W\d_][^()\d:,]*?)\s*:\s*{_TAIL}")


@rule("roles.candidate-tally-glued", "results", examples=[
    example("Fenby result\nAnn Roe Labour: 15,359 (54.07%)\nTom Ure Reform UK: 11,347 (39.95%)\nOthers: 384 (1.35%)",
            "Ann Roe | candidate | Labour Party", "Tom Ure | candidate | Reform UK")])
def glued(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A result table that sets the party after the name with no mark between: "Ann Roe Labour: 15,359 (54.07%)".
    The party is the longest known party name that ends the words before the colon, leaving a name of two words
    or more; two such lines make a table."""
    rows = []
    for start, line in text_lines(ctx.doc.text):
        match = _GLUED.match(line)
        split = _split_glued(ctx, match["lead"], start) if match and not _a_year(match) else None
        if split:
            rows.append((_clean_name(split[0], ctx), split[1], Evidence(start, start + len(line), line)))
    if len(rows) < 2:
        return []
    return [_fact(name, party, evidence, "roles.candidate-tally-glued") for name, party, evidence in rows]


def _split_glued(ctx: ArticleContext, lead: str, start: int) -> tuple[str, str] | None:
    """"Ann Roe Reform UK" -> ("Ann Roe", "Reform UK"): a name, then a party the article's parse or the lexicon knows."""
    # each word where the line has it: a party's words set apart by two spaces or a no-break space ("Reform\xa0UK")
    # are not in the line as the words joined by one space, so the party is read as written, from its first word
    words = list(re.finditer(r"\S+", lead))
    for cut in range(2, len(words)):
        name, at = " ".join(w[0] for w in words[:cut]), words[cut].start()
        party = _known_party(ctx, lead[at:], start + at)
        if party and _is_name(name, ctx):
            return name, party
    return None


def _known_party(ctx: ArticleContext, text: str, start: int) -> str | None:
    """A party's name as written, settled by the article's country as the parser's PARTY entity is; no guessing
    at capitalised words here, as they may be the end of a name."""
    return _tagged_party(ctx, text, start) or ctx.lexicon.national_variants.get(text, {}).get(ctx.country or "") \
        or ctx.lexicon.party_of(text)


def _a_year(match: re.Match[str]) -> bool:
    """"Ann Roe (Fenby First Party) 2019": a year after a name, not the votes of a result."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", match["votes"])) and "vote" not in match.group(0)


def _parsed_as_person(ctx: ArticleContext, start: int, end: int) -> bool:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" or t.i in ctx.by_token for t in span)


def _bracket_party(ctx: ArticleContext, mention: Mention) -> str | None:
    """"Ann Roe (Fenby First Party)": a party named in brackets right after the name, known or not."""
    doc = ctx.doc
    if mention.end >= len(doc) or doc[mention.end].text != "(":
        return None
    close = next((t.i for t in doc[mention.end + 1 : min(mention.end + 9, len(doc))] if t.text == ")"), None)
    if close is None or close == mention.end + 1:
        return None
    inside = doc[mention.end + 1 : close]
    return _named_party(ctx, inside.text, inside.start_char)


def _party_after(ctx: ArticleContext, mention: Mention) -> str | None:
    """"Ann Roe for the SNP", "Tom Ure as an independent": the party a list gives right after a name."""
    doc, i, articles = ctx.doc, mention.end, ctx.lexicon.articles
    if i + 2 < len(doc) and doc[i].lower_ == "as" and doc[i + 1].lower_ in articles and doc[i + 2].lower_ == "independent" \
            and doc[i + 2].ent_type_ != "PARTY":
        return "Independent"
    as_a = i + 2 < len(doc) and doc[i].lower_ == "as" and doc[i + 1].lower_ in articles
    k = party_named_after(doc, i, ("for", "of", "as") if as_a else ("for", "of"), articles)
    return doc[k].ent_id_ or ctx.lexicon.party_of(doc[k].text) if k is not None else None


def _listed_party(ctx: ArticleContext, mention: Mention) -> str | None:
    """The party the list gives right after the name first: in "Ann Roe for the SNP, Tom Ure for Labour", Tom Ure
    stands in apposition to "the SNP" before him, and is not its candidate."""
    party = _party_after(ctx, mention) or affiliation_at(ctx.doc, mention, ctx.lexicon) or _bracket_party(ctx, mention) \
        or _code_before(ctx, mention)
    return _in_country(ctx, party) if party else None


def _in_country(ctx: ArticleContext, party: str) -> str:
    """A party the parser names by a form of its name ("The Greens") as the article's country has it: in an Irish
    article "Tom Ure of the Greens" stands for the Green Party (Ireland)."""
    variants = ctx.lexicon.national_variants
    if ctx.country is None or ctx.country in variants.get(party, {}):
        return variants.get(party, {}).get(ctx.country or "", party)
    bare = re.sub(r"^[Tt]he\s+", "", party)
    known = ctx.lexicon.party_of(bare) if bare != party else None
    return variants.get(known, {}).get(ctx.country, party) if known else party


def _clean(person: str) -> str:
    return person.split(" (")[0].strip()


@rule("roles.candidate-list", "results", examples=[
    example("The candidates include Ann Roe for the SNP, Tom Ure for Labour, and Jo Platt (Fenby First Party).",
            "Ann Roe | candidate | Scottish National Party", "Tom Ure | candidate | Labour Party",
            "Jo Platt | candidate | Fenby First Party"),
    example("Other contenders are Ann Roe (Reform UK) and Tom Ure as an independent.",
            "Ann Roe | candidate | Reform UK", "Tom Ure | candidate | Independent")])
def listed(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A sentence that lists a contest's field: "The candidates include Ann Roe for the SNP, Tom Ure for Labour",
    "Other contenders are Ann Roe (Reform UK), Tom Ure (Green Party) and Jo Platt as an independent", "Also standing
    are Ann Roe for the Greens and Tom Ure for Reform UK". Two or more people, each with a party, after a word for
    candidates or contenders, a verb of standing (not "would stand") or the participle of one of selecting ("Nominated
    were Ann Roe for the PLP and ...")."""
    found: list[RoleFact] = []
    for sent in ctx.doc.sents:
        listed_here = [(m, p) for m in _mentions_in(ctx, sent) if (p := _listed_party(ctx, m))]
        cue = next((t for t in sent if t.lemma_.lower() in ctx.lexicon.field_nouns or t.lower_ in ctx.lexicon.field_nouns
                    or _standing_verb(ctx, t) or _selecting_participle(ctx, t)), None)
        if len(listed_here) < 2 or cue is None or cue.i > listed_here[0][0].start:
            continue  # "Ann Roe (Lab) and Tom Ure (Con) endorsed the candidates": the field is what the cue introduces
        if _tentative(ctx, cue):
            continue  # "Possible candidates include ...", "The candidates could be ...": a field talked of
        for mention, party in listed_here + _titled_items(ctx, listed_here) + _joined_without_party(ctx, sent, listed_here):
            person = _clean(ctx.name(mention))
            if not _past_or_quoted(ctx, mention):
                found.append(_fact(person, party, evidence_for(sent), "roles.candidate-list"))
    return found


def _titled_items(ctx: ArticleContext, listed_here: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """"..., Sinn Féin's Jo Platt and the Independent councillor Kay Dunn": an item of the list whose party is its title's,
    joined to the list's first item as another item (not a title elsewhere in the sentence: "backed by Labour leader X")."""
    taken = {m for m, _ in listed_here}
    first = listed_here[0][0]
    joined = _joined_names(ctx, ctx.doc[first.start : first.end].root)
    return [(m, _in_country(ctx, p)) for m in joined if m not in taken and (p := _titled_party(ctx, m))]


def _tentative(ctx: ArticleContext, cue: Token) -> bool:
    """A field only talked of: its noun has a tentative word ("possible candidates") or its verb is a hypothetical's
    ("the candidates could be", "the contenders would include")."""
    return any(c.lower_ in ctx.lexicon.tentative_words for c in cue.children) \
        or cue.head.pos_ in ("VERB", "AUX") and _hypothetical(ctx, cue.head)


def _standing_verb(ctx: ArticleContext, token: Token) -> bool:
    """"Also standing are Ann Roe for the Greens and ...": a verb of standing that a list of people follows."""
    return token.lemma_ in ctx.lexicon.standing_verbs and token.pos_ == "VERB" and _candidacy_sense(token) and not _hypothetical(ctx, token)


def _selecting_participle(ctx: ArticleContext, token: Token) -> bool:
    """"Nominated at the town hall were Ann Roe for the PLP and Tom Ure for the FNM": the participle of a verb of
    selecting that a list of people follows names the field as "the candidates" would (the tense a past act's,
    not "would be nominated")."""
    return token.tag_ == "VBN" and token.lemma_ in ctx.lexicon.selecting_verbs and not _hypothetical(ctx, token) \
        and _speaks_of_a_contest(ctx, token.sent)


def _speaks_of_a_contest(ctx: ArticleContext, sent: Span) -> bool:
    """Whether the sentence, its paragraph or the paragraph before tells of a contest or a candidacy ("Four candidates
    were nominated for the Fenby by-election." then a paragraph "Nominated at the town hall were ..."): one nominated
    for an award or a shortlist is no candidate, though the list reads the same ("Nominated for the Kelby civic awards
    were Ann Roe for Labour and ...")."""
    text = ctx.doc.text
    start = text.rfind("\n\n", 0, max(text.rfind("\n\n", 0, sent.start_char), 0)) + 1
    end = text.find("\n\n", sent.end_char)
    paragraph = ctx.doc.char_span(start, end if end >= 0 else len(text), alignment_mode="expand")
    lexicon = ctx.lexicon
    return any(_contest_word(t.lemma_.lower(), lexicon) or t.lemma_.lower() in lexicon.field_nouns
               or (t.lemma_ in lexicon.standing_verbs and _candidacy_sense(t))
               for t in (paragraph if paragraph is not None else sent))


def _candidacy_sense(verb: Token) -> bool:
    """"Standing down were ...", "Running the count were ...": with a particle or an object "stand"/"run" is some
    other act than being a candidate."""
    return not any(c.dep_ in ("prt", "dobj") for c in verb.children)


def _joined_without_party(ctx: ArticleContext, sent: Span, listed_here: list[tuple[Mention, str]]) -> list[tuple[Mention, None]]:
    """"The candidates are Ann Roe (Labour), Tom Ure (Reform UK) and Jo Platt": a name the list joins to its other
    items with no party of its own stood too, for a party the text does not give."""
    covered = {i for m, _ in listed_here for i in range(m.start, m.end)}
    taken = {m for m, _ in listed_here}
    doc = ctx.doc
    return [(m, None) for m in _mentions_in(ctx, sent) if m not in taken and m.start > listed_here[0][0].start
            and doc[m.end - 1].dep_ == "conj" and doc[m.end - 1].head.i in covered]


def _mentions_in(ctx: ArticleContext, sent: Span) -> list[Mention]:
    return sorted((m for m in ctx.mentions if sent.start <= m.start < sent.end), key=lambda m: m.start)


def _past_or_quoted(ctx: ArticleContext, mention: Mention) -> bool:
    """"former MP Ann Roe (Lab)", "the late Tom Ure": a past office-holder, not one of the field."""
    before = ctx.doc[max(mention.start - 3, 0) : mention.start]
    return any(t.lower_ in ctx.lexicon.status_former for t in before)


@rule("roles.candidate-pair", "results", examples=[
    example("In the regular election, Ann Roe (D) led Tom Ure (R) 50.2% to 49.8%.",
            "Tom Ure | candidate | Republican Party"),
    example("Labour's Ann Roe - an aide of Jo Platt - lost to Tom Ure of the Green Party by 400 votes.",
            "Ann Roe | candidate | Labour Party", "Tom Ure | candidate | Green Party")])
def paired(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """Two candidates set against each other, each with a party stated at the name: "Ann Roe (R) defeated Tom Ure
    (D)", "Republican Ann Roe led Democrat Tom Ure 52% to 48%", "SP's Ann Roe lost to BJP leader Tom Ure", "Ann Roe
    of the APC polled 52% to defeat Tom Ure of the PDP and Jo Platt of the SDP". Not a hypothetical ("would beat",
    "if Ann Roe stood against") nor a survey's ("A poll shows Ann Roe leading Tom Ure")."""
    found: list[RoleFact] = []
    for tok in ctx.doc:
        sides = _contest_sides(ctx, tok)
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head  # "if Ann Roe stood against Tom Ure"
        if sides and (verb.pos_ in ("VERB", "AUX") and _hypothetical(ctx, verb) or _surveyed(ctx, tok)):
            continue
        if sides and _years_before(ctx, tok.sent):  # "won the seat in 2019 defeating Tom Ure": her seat is her history
            sides = sides[:1] if _lost_to(tok) else sides[1:]
        for mention, party in sides:
            person = _clean(ctx.name(mention))
            if not _past_or_quoted(ctx, mention):
                found.append(_fact(person, party, evidence_for(tok.sent), "roles.candidate-pair"))
    return found


def _contest_sides(ctx: ArticleContext, tok: Token) -> list[tuple[Mention, str]]:
    """The people either side of a contest verb, each with its party stated at the name: its subject (else the
    nearest name before it, as the parser often misreads "Ann Roe (D) led Tom Ure (R)") and the people it sets
    against them ("to defeat his rivals Tom Ure of the PDP and Jo Platt of the SDP"; else the nearest name after)."""
    if not (tok.pos_ == "VERB" and (tok.lemma_ in ctx.lexicon.contest_verbs or _lost_to(tok)) or tok.lower_ in _AGAINST):
        return []
    here = _mentions_in(ctx, tok.sent)
    before = [m for m in here if m.end <= tok.i]
    after = [m for m in here if m.start > tok.i]
    if not before and after and ctx.elections and not _about_leadership(tok.sent):
        # "The former officer beat Labour's Tom Ure", "she lost Fenby to Tom Ure of the Greens": the named side
        return [(m, p) for m in after if _governed(tok, ctx.doc[m.end - 1]) and _the_object(tok, ctx.doc[m.end - 1])
                and (p := party_at(ctx, m))]
    if not before or not after:
        return []
    subject = _subject_of(ctx, tok)
    # "Ann Roe - an aide of Tom Ure - lost to ...": the verb's own subject before the nearest name
    first = subject if subject in before else before[-1]
    own = first if subject in before else None
    party = party_at(ctx, first)
    governed = [m for m in after if _governed(tok, ctx.doc[m.end - 1])]
    against = [(m, p) for m in governed or after[:1] if (p := party_at(ctx, m)) and p != party]
    if party is None and governed and against and not _about_leadership(tok.sent):
        return against  # "Tom Ure was re-elected to defeat Ann Roe of the PDP": the side whose party is stated
    if party is None or not against or own is None and len(against) > 1:
        return []  # both sides named with their (different) parties: a contest, not a party's own business
    return [(first, party), *against]


def _about_leadership(sent: Span) -> bool:
    """"Ann Roe defeated Labour's Tom Ure for the leadership": a contest inside one party, not for a seat."""
    return any(t.lower_ in ("leader", "leadership", "deputy", "selection", "primary", "nomination") for t in sent)


def _subject_of(ctx: ArticleContext, verb: Token) -> Mention | None:
    """The named subject of a contest verb, or of the verb it completes ("polled 52% to defeat ...")."""
    for node in (verb, verb.head) if verb.dep_ in ("xcomp", "advcl") else (verb,):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:  # "Ann Roe - an aide of Jo Platt - lost": the parser may take the aside for the subject
            return ctx.by_token.get(subject.i) or next((ctx.by_token[t.i] for t in subject.subtree if t.i in ctx.by_token), None)
    return None


def _governed(verb: Token, token: Token) -> bool:
    """Whether the contest verb governs the name without a clause of its own between ("who has the backing of X")."""
    while token.i != verb.i:
        if token.head.i == token.i or token.dep_ in ("relcl", "ccomp", "advcl", "acl") and token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def _the_object(verb: Token, token: Token) -> bool:
    """Whether the name is what the verb acts on, not a word inside its object: "defeated Tom Ure's motion", "beat
    the motion of Tom Ure" set no person against anyone."""
    while token.i != verb.i:
        if token.dep_ == "poss" or token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return False
        token = token.head
    return True


def _years_before(ctx: ArticleContext, sent: Span) -> bool:
    """Whether a sentence tells a race of a year before the article's: its winner's seat is the winner's history,
    as in roles.candidate-winner; the loser still stood in it."""
    now = ctx.year
    return now is not None and any(int(y) < now - 1 for y in re.findall(r"\b(?:19|20)\d\d\b", sent.text))


def _lost_to(verb: Token) -> bool:
    """"Ann Roe lost to Tom Ure", "lost the seat to Tom Ure", "lost Fenby to Tom Ure": the contest told from the loser's
    side (what was lost a seat or a place, not "lost her job to")."""
    if verb.lemma_ != "lose" or verb.i + 1 >= len(verb.doc):
        return False
    lost = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.doc[verb.i + 1].lower_ == "to" or len(lost) == 1 and (lost[0].pos_ == "PROPN" or lost[0].lower_ in ("seat", "it")) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def party_at(ctx: ArticleContext, mention: Mention) -> str | None:
    """The party a contest names at a candidate: as affiliation_at reads it, and also "SP leader Ann Roe" (a party's
    title before the name), "BJP's actress-turned-politician Ann Roe", "Labour Party (LP)'s Ann Roe" and "Ann Roe
    of the PDP"."""
    return affiliation_at(ctx.doc, mention, ctx.lexicon) or _titled_party(ctx, mention) or _possessor_party(ctx, mention) \
        or _of_party(ctx, mention)


def _party_token(ctx: ArticleContext, token: Token) -> str | None:
    return ctx.lexicon.party_of(token.ent_id_ or token.text) if token.ent_type_ == "PARTY" else None


def _titled_party(ctx: ArticleContext, mention: Mention) -> str | None:
    """"SP leader Ann Roe": a role phrase right before the name that names its party."""
    return next((p.party for p in ctx.phrases if p.end == mention.start and p.party), None)


def _possessor_party(ctx: ArticleContext, mention: Mention) -> str | None:
    """"BJP's actress-turned-politician Ann Roe", "Labour Party (LP)'s Ann Roe": a party's possessive before the name,
    with at most a bracketed code and a few lower-case words of description between."""
    doc, k = ctx.doc, mention.start - 1
    while k > 0 and mention.start - k <= 5 and (doc[k].is_lower and doc[k].is_alpha or doc[k].text == "-"):
        k -= 1
    if k < 1 or doc[k].text not in ("'s", "’s", "'", "’"):
        return None
    k -= 1
    if doc[k].text == ")" and k >= 3 and doc[k - 2].text == "(":
        k -= 3  # "Labour Party (LP)'s"
    return _party_token(ctx, doc[k]) if k >= 0 else None


def _of_party(ctx: ArticleContext, mention: Mention) -> str | None:
    """"Ann Roe of the PDP": the party after the name (in a contest, the one she stood for)."""
    k = party_named_after(ctx.doc, mention.end)
    return _party_token(ctx, ctx.doc[k]) if k is not None else None


#: results that tell no race between candidates for one seat: a general election's many seats (a bare "election"
#: is mostly one, told without the word; a member's own seat in it is news of the member), a party's selection or
#: leadership vote (its field is the party's members, named elsewhere)
_NOT_A_RACE = {"general election", "election", "candidate selection", "leadership election"}


@rule("roles.candidate-winner", "results", examples=[
    example("Ann Roe won the Fenby by-election for Labour on Thursday. The Reform UK candidate, Tom Ure, came second.",
            "Ann Roe | candidate | Labour Party", published="2024-05-03")])
def winners(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """Whoever won a race the article tells as a race stood in it: "Ann Roe won the Fenby by-election for Labour.
    The Reform UK candidate, Tom Ure, came second" makes her Labour's candidate too. A race is told as one when
    the article names someone else standing; a seat won years before ("took the seat in 1997") is a member's
    history, not a candidacy."""
    now, roles = ctx.year, so_far.roles
    found: list[RoleFact] = []
    for result in so_far.won:
        if not result.winner or (result.year and now and result.year < now - 1):
            continue
        if result.kind in _NOT_A_RACE and not (result.kind in _SEAT_RACES and _race_told_with(result, roles)):
            continue
        if result.seat and any(_standing(f) and f.person != result.winner for f in roles) and not _predecessor(ctx, result):
            found.append(_fact(result.winner, result.party, result.evidence, "roles.candidate-winner"))
    return found


#: results of many seats that a sentence may still tell as one seat's race, its loser named beside its winner
_SEAT_RACES = {"general election", "election"}


def _race_told_with(result: ElectionFact, roles: list[RoleFact]) -> bool:
    """"the BJP's Ann Roe won the Fenby seat ..., while Congress nominee Tom Ure finished a distant second": a general
    election's seat told as a race, another candidate standing in the sentence that tells its result."""
    at = result.evidence
    return any(_standing(f) and f.person != result.winner and f.evidence.start < at.end and at.start < f.evidence.end for f in roles)


def _predecessor(ctx: ArticleContext, result: ElectionFact) -> bool:
    """"won the seat vacated by Tom Ure": a result's winner named in its sentence only as the one who held the seat
    before is the predecessor, who did not stand in this contest."""
    doc, evidence = ctx.doc, result.evidence
    named = [m for m in ctx.mentions if evidence.start <= doc[m.start].idx < evidence.end and ctx.name(m) == result.winner]
    held = ctx.lexicon.predecessor_verbs
    return bool(named) and all(m.start >= 2 and doc[m.start - 1].lower_ == "by" and doc[m.start - 2].lemma_ in held for m in named)


def _standing(fact: RoleFact) -> bool:
    return fact.status == "current" and "candidate" in fact.role.split()


_POSSESSIVE = {"'s", "’s", "'", "’"}


@rule("roles.running-mate", "results", examples=[
    example("Republican Jim Dane won the race for governor. Dane's running mates, Ann Roe and Tom Ure, won too.",
            "Ann Roe | running mate | Republican Party", "Tom Ure | running mate | Republican Party"),
    example("Ann Roe was Tom Ure's running mate in 2022.", "Ann Roe | running mate | None")])
def running_mates(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"Dane's running mates, Ann Roe and Tom Ure", "Ann Roe was Dane's running mate": a running mate stands on the
    ticket of the person named, so for that person's party as the article states it, else as their other roles
    have it (never a party merely named near the mate, which may be the rival's)."""
    doc, roles = ctx.doc, so_far.roles
    stated = affiliations(doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    for fact in roles:
        if fact.party and fact.party_basis == "stated":
            stated.setdefault(fact.person, fact.party)
    inferred: dict[str, set[str]] = {}  # else the one party the article's roles of that person give them
    for fact in roles:
        if fact.party:
            inferred.setdefault(fact.person, set()).add(fact.party)
    titles = {*ctx.lexicon.abbreviations, *ctx.lexicon.honorifics}
    found: list[RoleFact] = []
    for tok in doc:
        if tok.lower_ not in ("mate", "mates") or tok.i < 3 or doc[tok.i - 1].lower_ != "running" \
                or doc[tok.i - 2].text not in _POSSESSIVE or tok.i - 3 not in ctx.by_token:
            continue
        principal = ctx.name(ctx.by_token[tok.i - 3])
        party = stated.get(principal) or (next(iter(inferred[principal])) if len(inferred.get(principal, ())) == 1 else None)
        basis = None if party is None else "stated" if principal in stated else "the party of the running mate's principal"
        mates = _listed_after(ctx, tok.i + 1, titles)
        if not mates and tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "Ann Roe was Dane's running mate"
            mates = [ctx.by_token[c.i] for c in tok.head.children if c.dep_ == "nsubj" and c.i in ctx.by_token]
        for mate in mates:
            evidence = evidence_for(doc[tok.i : tok.i + 1].sent)
            found.append(RoleFact(_clean(ctx.name(mate)), "running mate", party, evidence, "current", basis, ("roles.running-mate",)))
    return found


def _listed_after(ctx: ArticleContext, start: int, titles: set[str]) -> list[Mention]:
    """People listed from `start`: ", Ann Roe and Del. Tom Ure" (each name may have its title)."""
    doc, by_start, k = ctx.doc, ctx.by_start, start + (start < len(ctx.doc) and ctx.doc[start].text == ",")
    listed: list[Mention] = []
    while k in by_start or (k + 1 in by_start and doc[k].text in titles):
        k += 0 if k in by_start else 1
        listed.append(by_start[k])
        k = by_start[k].end
        k += k < len(doc) and doc[k].text == ","
        k += k < len(doc) and doc[k].lower_ in ("and", "or")
    return listed


#: what may follow a name in a list of parties' candidates ("ADC, Ann Roe; APC, Tom Ure and PDP, Jo Platt.")
_LIST_END = {";", ",", ".", "and", "”", "\"", "'", "’", ")"}


def _party_ending(ctx: ArticleContext, i: int) -> tuple[int, str | None] | None:
    """The party whose name ends at token `i`: (its first token, the party in the article's country), the party None
    for an abbreviation in capitals kg cannot read ("ACCORD"), which still marks the list's shape."""
    doc = ctx.doc
    tok = doc[i]
    if tok.ent_type_ == "PARTY":
        start = i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        ident = tok.ent_id_ or doc[start : i + 1].text
        # an abbreviation the parser marked but no data resolves ("ADP") is no party kg can name
        return start, None if ident == tok.text and tok.text.isupper() else ctx.lexicon.party_of(ident)
    if re.fullmatch(r"[A-Z]{2,7}", tok.text) and tok.ent_type_ != "PERSON":
        return i, None
    return None


def _name_run(ctx: ArticleContext, start: int, stop: int) -> tuple[int, str] | None:
    """The name that starts at token `start` in a list ("Ann Roe", "Musa K Okafor"): (its end, the name as the
    article resolves it), ending where the list goes on (";", ",", "and", the sentence's end)."""
    doc = ctx.doc
    mention = ctx.by_start.get(start)
    if mention is not None and mention.end <= stop:
        end, name = mention.end, _clean(ctx.name(mention))
    else:
        end = start
        while end < stop and (doc[end].is_title or re.fullmatch(r"[A-Z]\.?", doc[end].text) or doc[end].text == "-"
                              or doc[end].lower_ in ctx.lexicon.name_particles and end > start):
            end += 1
        name = doc[start:end].text
    if end > start and (end == stop or doc[end].text in _LIST_END) and _is_name(name, ctx) and name.split()[-1].isalpha():
        return end, name
    return None


def _pairs_in(ctx: ArticleContext, sent: Span, labels: dict[int, set[str]]) -> list[tuple[str, str | None, bool]]:
    """(name, party, whether a verb put the name up) for each "PARTY, Name" and "PARTY has sponsored Name" in a
    sentence: the party's name at the start of an item of the list (after ";", ":", "and" or "namely")."""
    doc = ctx.doc
    found = []
    for i in range(sent.start, sent.end - 2):
        if doc[i + 1].text == ",":
            party = _party_ending(ctx, i)
            if party is None or (party[0] > sent.start and doc[party[0] - 1].lower_ not in (";", ":", "and", "namely")):
                continue
            named = _name_run(ctx, i + 2, sent.end)
            if named:
                found.append((named[1], party[1], False))
        elif "FIELD" in labels.get(i, ()) and doc[i].pos_ == "VERB":
            subject = next((c for c in doc[i].children if c.dep_ == "nsubj"), None)
            party = _party_ending(ctx, subject.i) if subject is not None else None
            named = _name_run(ctx, i + 1, sent.end) if party else None
            if party and named:
                found.append((named[1], party[1], True))
    return found


@rule("roles.candidate-by-party", "results", examples=[
    example("In Fenby, the document said the APC has sponsored Ann Roe; APGA, Tom Ure; and PDP, Jo Platt.",
            "Ann Roe | candidate | All Progressives Congress", "Tom Ure | candidate | All Progressives Grand Alliance",
            "Jo Platt | candidate | People's Democratic Party (Nigeria)")])
def by_party(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A field listed party by party, each party's name first: "the ADP has sponsored Ann Roe; APC, Tom Ure; and PDP,
    Jo Platt", "contested by three parties, namely: ADC, Ann Roe; APC, Tom Ure and PDP, Jo Platt". Two such items
    or more, in a sentence that lists them with semicolons or says a party put them up. An abbreviation is the party
    of the article's country; one kg cannot read gives no fact, as it would name the wrong party."""
    labels = _labels_at(ctx, "candidacy")
    found: list[RoleFact] = []
    for sent in ctx.doc.sents:
        pairs = _pairs_in(ctx, sent, labels)
        if len(pairs) < 2 or not (any(fielded for *_, fielded in pairs) or any(t.text == ";" for t in sent)):
            continue
        found += [_fact(name, party, evidence_for(sent), "roles.candidate-by-party") for name, party, _ in pairs if party]
    return found


def _labels_at(ctx: ArticleContext, name: str) -> dict[int, set[str]]:
    """token index -> the labels of data/patterns/<name>.jsonl its word has."""
    vocab = ctx.doc.vocab
    found: dict[int, set[str]] = {}
    for key, start, _ in load_matcher(vocab, name)(ctx.doc):
        found.setdefault(start, set()).add(vocab.strings[key])
    return found


_ITEM = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|for))*?"
_RESPECTIVELY = re.compile(
    rf"(?P<parties>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})\s+(?:with|fielding|presenting)\s+"
    rf"(?P<names>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})\s+as\s+(?:their|its|the)\s+"
    r"(?:\w+\s+)?candidates?\s*,?\s*respectively")


@rule("roles.candidate-respectively", "results", examples=[
    example("Three parties are contesting the election in Fenby, namely: APC, APGA and PDP with Ann Roe, Tom Ure and "
            "Jo Platt as their candidates, respectively.",
            "Ann Roe | candidate | All Progressives Congress", "Tom Ure | candidate | All Progressives Grand Alliance",
            "Jo Platt | candidate | People's Democratic Party (Nigeria)")])
def respectively(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """Parties, then their candidates in the same order: "ADC, APC and PDP with Ann Roe, Tom Ure and Jo Platt as
    their candidates, respectively". Each party is paired with the name in its place; a list whose lengths differ,
    or whose items are not parties and names, gives nothing."""
    found: list[RoleFact] = []
    for sent in ctx.doc.sents:
        if "respectively" not in sent.text:
            continue
        for match in _RESPECTIVELY.finditer(sent.text):
            parties = _items(match, "parties", sent.start_char)
            names = _items(match, "names", sent.start_char)
            if len(parties) != len(names) or len(names) < 2:
                continue
            for (name, _), (party_text, at) in zip(names, parties, strict=True):
                party = _known_party(ctx, party_text, at)
                if party and _is_name(name, ctx):
                    found.append(_fact(name, party, evidence_for(sent), "roles.candidate-respectively"))
    return found


def _items(match: re.Match[str], group: str, offset: int) -> list[tuple[str, int]]:
    """The items of a list "A, B and C" in a match's group, each with its offset in the doc."""
    items = []
    at = match.start(group)
    for part in re.split(r"(\s*,\s*and\s+|\s*,\s*|\s+and\s+)", match[group]):
        if part and not re.fullmatch(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+", part):
            items.append((part.strip(), offset + at))
        at += len(part)
    return items


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _votes_after(doc: Doc, k: int) -> int | None:
    """The token after a count of votes at `k` ("7,416", "47", "1,274 votes"), or None when `k` holds no count."""
    if k >= len(doc) or not _NUMBER.fullmatch(doc[k].text) or re.fullmatch(r"(?:19|20)\d\d", doc[k].text):
        return None
    return k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ("votes", "vote"))


def _share_after(doc: Doc, k: int) -> int | None:
    """The token after a share of the vote at `k` ("11.2%", "7.5 per cent"), or None."""
    if k + 1 >= len(doc) or not re.fullmatch(r"\d{1,2}(?:\.\d+)?", doc[k].text):
        return None
    if doc[k + 1].text in ("%", "percent"):
        return k + 2
    return k + 3 if k + 2 < len(doc) and doc[k + 1].lower_ == "per" and doc[k + 2].lower_ == "cent" else None


def _of_party_end(ctx: ArticleContext, mention: Mention) -> int | None:
    """"Ann Roe of the Green Party (2,960)": the token after the party that "of" names after a name."""
    doc, k = ctx.doc, mention.end
    if _of_party(ctx, mention) is None:
        return None
    k += 1 + (doc[k + 1].lower_ == "the" and doc[k + 1].ent_type_ != "PARTY")
    k += 1
    while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "PARTY":
        k += 1
    return k


def _inline_item(ctx: ArticleContext, mention: Mention) -> tuple[str | None, bool] | None:
    """Whether a name is an item of a tally told in a sentence: the party the item gives, and whether it counts a share
    rather than votes. "Tom Ure (FF) 7,416" (the party in brackets, then the votes), "Ind Jo Platt (47)", "Kay Dunn
    (1,274 votes)", "Jo Platt of the Greens (2,960)", "the Socialists' Ann Roe (6.1%)" (the count in brackets, the
    party at the name if any)."""
    doc = ctx.doc
    k = _of_party_end(ctx, mention) or mention.end
    if k + 2 >= len(doc) or doc[k].text != "(":
        return None
    votes, share = _votes_after(doc, k + 1), _share_after(doc, k + 1)
    counted = votes if votes is not None else share
    if counted is not None and counted < len(doc) and doc[counted].text == ")":
        return party_at(ctx, mention) or _code_before(ctx, mention), votes is None
    close = next((t.i for t in doc[k + 1 : min(k + 6, len(doc))] if t.text == ")"), None)
    if k != mention.end or close is None or close == k + 1:
        return None
    bare_share = _decimal_share(doc, close + 1)
    if _votes_after(doc, close + 1) is None and not bare_share:
        return None
    party = _bracket_party(ctx, mention)
    return (party, bare_share) if party else None


def _decimal_share(doc: Doc, k: int) -> bool:
    """"Tom Ure (Greens) 8.4": a share told without its unit, a number with one decimal place, as a live count's
    primary votes are (a share: only where the sentence tells no survey, see _a_survey)."""
    return k < len(doc) and re.fullmatch(r"\d{1,2}\.\d", doc[k].text) is not None


def _party_first_item(ctx: ArticleContext, mention: Mention) -> str | None:
    """"LD (Ann Roe) 834": a council round-up's tally, the party first and its candidate's name in brackets."""
    doc = ctx.doc
    if mention.start < 2 or doc[mention.start - 1].text != "(" or mention.end >= len(doc) or doc[mention.end].text != ")" \
            or _votes_after(doc, mention.end + 1) is None:
        return None
    end = mention.start - 1
    start = end
    while start > max(end - 3, doc[mention.start].sent.start) and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
        start -= 1
    inside = doc[mention.start : mention.end]
    # the words where the item has them: each party's name that ends at the bracket, and the name inside it
    party_of = _party_reader(ctx, {doc[first:end].text: doc[first].idx for first in range(start, end)} | {inside.text: inside.start_char})
    for first in range(start, end):  # the longest party's name that ends at the bracket: "Plaid Cymru", "Reform UK"
        pair = party_first(doc[first:end].text, inside.text, party_of, ctx.lexicon.name_particles)
        if pair is not None:
            return party_of(pair[1])
    return None


def _bare_counts(ctx: ArticleContext, sent: Span) -> int:
    """The items of a round-up's tally that name a party and its votes only: "Con 611", "Plaid Cymru 301"."""
    doc = ctx.doc
    return sum(1 for t in sent if t.i + 1 < sent.end and (t.ent_type_ == "PARTY" or t.text in ctx.lexicon.bracket_abbreviations)
               and _votes_after(doc, t.i + 1) is not None and (t.i + 1 >= len(doc) or doc[t.i + 1].text != "("))


def _code_before(ctx: ArticleContext, mention: Mention) -> str | None:
    """"Ind Jo Platt": a ballot's party code right before a name ("Ind", "FF", "SF")."""
    if mention.start == 0:
        return None
    before = ctx.doc[mention.start - 1]
    return ctx.lexicon.bracket_abbreviations.get(before.text) if before.text[:1].isupper() else None


@rule("roles.candidate-tally-inline", "results", examples=[
    example("Ann Roe won the Fenby by-election for Fine Gael. Ms Roe received 8,841 first preference votes, Tom Ure (FF) 7,416, "
            "Jo Platt (SF) 2,873 and Kay Dunn (Lab) 1,046.", "Tom Ure | candidate | Fianna Fáil",
            "Jo Platt | candidate | Sinn Féin", "Kay Dunn | candidate | Labour Party (Ireland)"),
    example("Ann Roe won Fenby. She beat three other candidates: Tom Ure (38,215 votes), Jo Platt (1,274 votes), and "
            "Kay Dunn (986 votes).", "Tom Ure | candidate | None", "Jo Platt | candidate | None"),
    example("Ann Roe won the Fenby by-election. Primary votes so far: Ann Roe (Labour) 38.9, Tom Ure (Reform UK) 14.2, "
            "Jo Platt (Green Party) 8.4.", "Tom Ure | candidate | Reform UK", "Jo Platt | candidate | Green Party")])
def tallied_inline(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A tally told in a sentence rather than a table: "Tom Ure (FF) 7,416, Jo Platt (SF) 2,873", "Ind Kay Dunn (47)
    and Green Party's Sam Boyle (423)", "three other candidates: Tom Ure (38,215 votes), Jo Platt (1,274 votes)", "Jo
    Platt of the Greens (11.2%)", and a council round-up's "LD (Ann Roe) 834, Con 611, Lab 140" (the party first, the
    name in brackets). Two such items or more in one sentence, counting a round-up's bare "Con 611"; shares count only
    in an article about an election and a sentence that tells no survey or hypothetical ("a poll put Ann Roe (45%)
    ahead"); an item without a party in an article that names parties gives nothing, as the candidate's party is then
    unknown rather than none."""
    partisan = any(e.label_ == "PARTY" for e in ctx.doc.ents)
    stated = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    found: list[RoleFact] = []
    for sent in ctx.doc.sents:
        here = _mentions_in(ctx, sent)
        items = [(m, *item) for m in here if (item := _inline_item(ctx, m))]
        items += [(m, party, False) for m in here if (party := _party_first_item(ctx, m))]
        if len(items) + (_bare_counts(ctx, sent) if items else 0) < 2 or any(share for *_, share in items) and _a_survey(ctx, sent):
            continue
        for mention, party, _ in items:
            person = _clean(ctx.name(mention))
            party = party or stated.get(person)
            if party or not partisan:  # votes counted: "former Mayor Tom Ure (38,215 votes)" stood, whatever he was
                found.append(_fact(person, party, evidence_for(sent), "roles.candidate-tally-inline"))
        found += [_fact(name, party, evidence_for(sent), "roles.candidate-tally-inline") for name, party in _unread_items(ctx, sent)]
    return found


def _unread_items(ctx: ArticleContext, sent: Span) -> list[tuple[str, str]]:
    """Items of a tally whose name the parser did not read as a person's, between items it did: "Ann Roe (Plaid Cymru) 812,
    Carys Howells (Lab) 655, Tom Ure (Con) 201" -- a run of capitalised words after a comma, a semicolon or a colon, then a
    party in brackets and a count. Only in a tally that names people."""
    doc, found = ctx.doc, []
    for bracket in (t for t in sent if t.text == "(" and t.i - 1 not in ctx.by_token and t.i > sent.start):
        start = bracket.i
        while start > sent.start and bracket.i - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        close = next((t.i for t in doc[bracket.i + 1 : min(bracket.i + 7, sent.end)] if t.text == ")"), None)
        if start == bracket.i or close is None or start > sent.start and doc[start - 1].text not in (",", ";", ":") \
                or _votes_after(doc, close + 1) is None:
            continue
        name = doc[start : bracket.i].text
        inside = doc[bracket.i + 1 : close]
        party = _named_party(ctx, inside.text, inside.start_char) if inside.text else None
        if party and _is_name(name, ctx) and not ctx.lexicon.party_of(name):
            found.append((_clean_name(name, ctx), party))
    return found if any(m.start >= sent.start and m.end <= sent.end for m in ctx.mentions) else []


def _a_survey(ctx: ArticleContext, sent: Span) -> bool:
    """"A poll put Ann Roe (45%) ahead of Tom Ure (40%)": shares of a survey or of a hypothetical, not of a count."""
    return not ctx.elections or any(t.lemma_.lower() in ctx.lexicon.survey_words or t.lower_ in ctx.lexicon.hypothetical for t in sent)


def _leadership_party(so_far: Found) -> str | None:
    """The party whose leadership the article's contests were for, when every result it tells is that party's own
    leadership vote: its field are that party's members ("Labour leadership results: Ann Roe - 68,302")."""
    parties = {f.party for f in so_far.won}
    if so_far.won and all("leadership" in f.kind for f in so_far.won) and len(parties) == 1:
        return parties.pop()
    return None


@rule("roles.candidate-rivals", "results", examples=[
    example("Ann Roe was elected Labour's deputy leader. She beat three rivals - Tom Ure, who came second, Jo Platt and "
            "finally Kay Dunn.", "Jo Platt | candidate | Labour Party", "Kay Dunn | candidate | Labour Party")])
def rivals(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """The people a winner beat, listed after the word for them: "beat four rivals - Tom Ure, who came second, Jo
    Platt and finally Kay Dunn", "defeated three challengers: A, B and C". Each stood in the contest, for the party
    stated at the name, else (in a party's leadership vote) the party whose leadership it was; none is given without
    a party in an article that names parties, nor for a contest years before the article."""
    doc = ctx.doc
    partisan = any(e.label_ == "PARTY" for e in doc.ents)
    leadership = _leadership_party(so_far)
    found: list[RoleFact] = []
    for tok in doc:
        verb = tok.head
        if tok.lemma_.lower() not in ctx.lexicon.rival_nouns or tok.tag_ != "NNS" or tok.dep_ != "dobj" \
                or verb.lemma_ not in ctx.lexicon.contest_verbs or _years_before(ctx, tok.sent):
            continue
        listed = [m for m in _mentions_in(ctx, tok.sent) if m.start > tok.i]
        if not listed or listed[0].start > tok.i + 3:
            continue  # "beat his rivals in the polls, said Ann Roe": the list follows the noun at once
        for mention in (m for m in listed if not _in_a_clause(ctx.doc[m.start : m.end].root, verb)):
            party = party_at(ctx, mention) or leadership
            if party or not partisan:
                found.append(_fact(_clean(ctx.name(mention)), party, evidence_for(tok.sent), "roles.candidate-rivals"))
    return found


_CLAUSES = ("relcl", "ccomp", "advcl", "acl", "xcomp", "csubj")


def _in_a_clause(token: Token, verb: Token) -> bool:
    """Whether a name lies in a clause of its own below the contest's verb, not in the list of rivals: "three rivals -
    Tom Ure, Jo Platt and Kay Dunn - who said Sam Lee was to blame" (the parser hangs a list's names on the noun, on
    one another or on the verb itself, so the clause is the surer sign). A name the parser joined to a clause's verb
    ("opponents Tom Ure of the PDP who scored 900 and Jo Platt of the SDP") is the list going on."""
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        return False
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in _CLAUSES:
            return True
        token = token.head
    return False


def _share_follows(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """Whether a count of votes or a share follows token `i` closely: "with 51,873 votes", "on 19.4 per cent"."""
    window = doc[i : min(i + 6, len(doc))]
    if window and window[0].lower_ == "on" and any(t.lower_ == "with" for t in window[1:5]):
        window = doc[window[0].i + [t.lower_ for t in window].index("with", 1) : min(i + 9, len(doc))]  # "on the final ballot with 46%"
    return any(t.lower_ in ("with", "on") for t in window[:3]) and any(t.like_num for t in window) \
        and any(t.lower_ in lexicon.vote_nouns for t in window)


def _place_end(doc: Doc, k: int, lexicon: Lexicon) -> int | None:
    """The token after a place in a count at `k` ("second", "runner-up" as one token or as three), else None."""
    if k < len(doc) and doc[k].lower_ in lexicon.placings:
        return k + 1
    if k + 2 < len(doc) and doc[k].lower_ == "runner" and doc[k + 1].text == "-" and doc[k + 2].lower_ == "up":
        return k + 3
    return None


def _ahead_follows(doc: Doc, k: int) -> bool:
    """Whether a place is set against another's or in a count right after token `k`: "was third, ahead of Tom Ure",
    "was second behind Ann Roe", "was third on primary votes"."""
    k += k < len(doc) and doc[k].text == ","
    words = [t.lower_ for t in doc[k : k + 3]]
    return words[:2] == ["ahead", "of"] or words[:1] == ["behind"] or len(words) == 3 and words[0] == "on" \
        and words[1] in ("primary", "first") and words[2] in ("votes", "preferences", "preference")


def _bare_count(ctx: ArticleContext, mention: Mention) -> bool:
    """"Ann Roe mustered 1,175", "Tom Ure collected 3,960", "the independent Jo Platt gathered 731": a count of votes told as a bare
    number after a verb of data/lexicon.json's tally_verbs whose subject is the name, in an article about an election;
    not a hypothetical ("would get 5,000")."""
    root = ctx.doc[mention.start : mention.end].root
    root = root.head if root.dep_ == "appos" else root  # "The Tory, Tom Ure, got 8,000"
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ not in ctx.lexicon.tally_verbs or not ctx.elections \
            or _hypothetical(ctx, verb) or not _of_the_count(ctx, verb):
        return False
    counts = [c for c in verb.children if c.dep_ == "dobj" and _NUMBER.fullmatch(c.text) and not list(c.children)]
    # a one-digit figure is too few voters for a public poll's count told without the word "votes": "got 3" is a
    # score, a seat tally or a rank; a four-digit 19xx/20xx is a year
    return any(len(c.text) > 1 and not re.fullmatch(r"(?:19|20)\d\d", c.text) for c in counts)


def _of_the_count(ctx: ArticleContext, verb: Token) -> bool:
    """Whether a bare count or place is told of the election's count: its sentence names votes or the contest, else
    nothing sets it on another occasion ("in the marathon", "at a rally", "received 5,000 from donors" are no votes)."""
    lexicon = ctx.lexicon
    if any(t.lower_ in lexicon.vote_nouns or t.lemma_.lower().split("-")[-1] in lexicon.contest_nouns for t in verb.sent):
        return True
    return not any(c.dep_ == "prep" and c.lower_ != "behind" for c in verb.children)


def _copula_of(ctx: ArticleContext, mention: Mention) -> int | None:
    """The "was" a name is the subject of: "Ann Roe was", "Ann Roe, a former minister, was"."""
    doc, end = ctx.doc, mention.end
    root = doc[mention.start : mention.end].root
    return end if end < len(doc) and doc[end].lemma_ == "be" else \
        root.head.i if root.dep_ == "nsubj" and root.head.lemma_ == "be" else None


def _placed(ctx: ArticleContext, mention: Mention) -> bool:
    """"Ann Roe was second on 19.4 per cent", "followed by Ann Roe aka Jay with 51,873 votes": a place in a count."""
    doc, end = ctx.doc, mention.end
    verb = _copula_of(ctx, mention)
    if verb is not None and verb + 1 < len(doc):  # "Ann Roe was second", "was the runner-up with 46 per cent"
        after = _place_end(doc, verb + 1 + (doc[verb + 1].lower_ == "the"), ctx.lexicon)
        return after is not None and _share_follows(doc, after, ctx.lexicon)
    if mention.start >= 2 and doc[mention.start - 1].lower_ == "by" and doc[mention.start - 2].lemma_ == "follow":
        end += 2 if end + 1 < len(doc) and doc[end].lower_ == "aka" else 0  # "Ann Roe aka Jay": her other name
        return _share_follows(doc, end, ctx.lexicon)
    return False


def _placed_loosely(ctx: ArticleContext, mention: Mention) -> bool:
    """A place told without its count, in an article about an election: "was third, ahead of Tom Ure", "was third on
    primary votes", "was a distant third" (not "a third-generation farmer"), "The runner-up, with 29.5%, was Ann Roe"."""
    doc, lexicon = ctx.doc, ctx.lexicon
    node = doc[mention.start : mention.end].root
    while node.dep_ in ("appos", "compound") and node.head.i != node.i:  # "was the former senator Ann Roe"
        node = node.head
    verb = _copula_of(ctx, mention) or (node.head.i if node.dep_ in ("attr", "nsubj") and node.head.lemma_ == "be" else None) \
        or (node.head.i if node.dep_ == "nsubj" and node.head.lemma_ in lexicon.placing_verbs else None)
    if not ctx.elections or verb is None or verb + 2 >= len(doc) or not _of_the_count(ctx, doc[verb]):
        return False
    others = [c for c in doc[verb].children if c.dep_ == "nsubj" and not mention.start <= c.i < mention.end and c.i != node.i]
    if any(_place_end(doc, t.i, lexicon) is not None for c in others for t in c.subtree):
        return True  # "The runner-up was Ann Roe"
    k = verb + 1
    if doc[k].lower_ in ("a", "the") and doc[k + 1].pos_ == "ADJ" and doc[k + 1].lower_ not in lexicon.placings:
        after = _place_end(doc, k + 2, lexicon)  # "a distant third", "a close second"
        if after is not None and (after == len(doc) or doc[after].pos_ not in ("NOUN", "PROPN") and doc[after].text != "-"):
            return True
    after = _place_end(doc, k + (doc[k].lower_ == "the"), lexicon)
    return after is not None and (_ahead_follows(doc, after) or _clause_ends(doc, after, lexicon) and _told_alone(ctx, doc[verb]))


def _clause_ends(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """Whether a place ends its clause at token `k` ("Act's Jo Platt was third.", "Tom Ure finished fourth, and ..."):
    a place nothing qualifies is the count's, where "third in the marathon" or "second term" is another sense."""
    if k >= len(doc) or doc[k].text in (".", ";", "!"):
        return True
    return doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in lexicon.place_clause_joins


#: the dependencies of a frame set before a clause ("In a poll of members last year, ...", "Asked to rank the
#: issues, Ann Roe put housing first; Tom Ure was second"), which may tell of another occasion than the count
_FRAMES = ("prep", "advcl", "ccomp", "npadvmod", "parataxis")


def _told_alone(ctx: ArticleContext, verb: Token) -> bool:
    """Whether a place with nothing after it is the count's: no frame goes before its verb (or the verb it is
    joined to) but the contest's or a place's ("In the by-election, ..."). A place framed by a poll of members or a
    ranking of issues is theirs, with no count to set it in; a clause after the place ("..., while Jo Platt
    withdrew") frames nothing."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return all(_frames_the_contest(ctx, c) for v in verbs for c in v.children if c.dep_ in _FRAMES and c.i < v.i)


def _frames_the_contest(ctx: ArticleContext, frame: Token) -> bool:
    """"In the by-election", "in Fenby": a preposition whose object is the contest (not "a poll") or a place."""
    objects = [c for c in frame.children if c.dep_ == "pobj"] if frame.dep_ == "prep" else []
    contests = ctx.lexicon.race_nouns | ctx.lexicon.contest_nouns
    return bool(objects) and all(o.ent_type_ in ("GPE", "LOC") or o.lemma_.lower() in contests
                                 and not any(d.morph.get("Definite", []) == ["Ind"] for d in o.children) for o in objects)


@rule("roles.candidate-placed", "results", examples=[
    example("Labour's Ann Roe won the Fenby mayoralty. Conservative Tom Ure was second on 19.4 per cent.",
            "Tom Ure | candidate | Conservative Party"),
    example("Ann Roe was re-elected with 648,210 votes, followed by Tom Ure with 51,873 votes.", "Tom Ure | candidate | None"),
    example("Ann Roe won the Fenby by-election. Tom Ure of the Greens was fourth behind Jo Platt. Reform UK's Kay Dunn mustered 1,175.",
            "Tom Ure | candidate | Green Party", "Kay Dunn | candidate | Reform UK")])
def placed(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A place in a count with its votes: "Conservative Tom Ure was second on 19.4 per cent", "followed by Tom Ure
    with 51,873 votes", "Tom Ure was runner-up in the last round with 44.8% of the vote"; in an article about an
    election, a place told without its count ("was third, ahead of Jo Platt", "was third on primary votes", "was a
    distant third", "The runner-up was Jo Platt") and a bare count ("Kay Dunn mustered 1,175", "collected 3,960"). The party
    stated at the name or elsewhere in the article, else (in a party's leadership vote) the party whose leadership it
    was; a candidate the text gives no party stays without one (a reader is told none), but a place without its count
    or a bare count, without a party in an article that names parties, gives nothing: the party is unread, not none."""
    partisan = any(e.label_ == "PARTY" for e in ctx.doc.ents)
    stated = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    found: list[RoleFact] = []
    for mention in ctx.mentions:
        counted = _placed(ctx, mention)
        if (counted or _placed_loosely(ctx, mention) or _bare_count(ctx, mention)) \
                and not _years_before(ctx, ctx.doc[mention.start].sent):
            person = _clean(ctx.name(mention))
            party = party_at(ctx, mention) or stated.get(person) or _leadership_party(so_far)
            if party is None and partisan and not counted:
                continue
            found.append(_fact(person, party, evidence_for(ctx.doc[mention.start].sent), "roles.candidate-placed"))
    return found


def _party_in(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The one party named in tokens [start, end) ("for the Labour leadership", "for leader of the SNP"), read in the
    article's country as the parser's PARTY entities are."""
    named = {ctx.lexicon.party_of(e.ent_id_ or e.text) for e in ctx.doc.ents if e.label_ == "PARTY" and start <= e.start < end}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


@rule("roles.candidate-for-leader", "results", examples=[
    example("Tom Ure, Jo Platt and Kay Dunn are standing for the Labour deputy leadership.",
            "Tom Ure | candidate | Labour Party", "Jo Platt | candidate | Labour Party", "Kay Dunn | candidate | Labour Party")])
def for_leader(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """People standing for a party's leadership, one or several: "Tom Ure, Jo Platt and Kay Dunn are standing for
    deputy leader", "Ann Roe is running for the SNP leadership". Their party is the one the office names, else the
    one stated at each name or elsewhere in the article, else the party whose leadership vote the article's results
    tell; a hypothetical ("would stand", "may run") is none."""
    stated = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    found: list[RoleFact] = []
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in ctx.lexicon.standing_verbs or not _candidacy_sense(verb) or _hypothetical(ctx, verb):
            continue
        office = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        words = list(office.subtree) if office is not None else []
        leadership = ctx.lexicon.leadership_words
        if not any(t.lower_ in leadership for t in words) or any(t.lower_ in ("seat", "mayor", "election") for t in words) \
                or not _a_party_s(ctx, words):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        people = [ctx.by_token[t.i] for t in ([subject, *subject.conjuncts] if subject is not None else []) if t.i in ctx.by_token]
        for mention in people:
            person = _clean(ctx.name(mention))
            party = _party_in(ctx, words[0].i, words[-1].i + 1) or party_at(ctx, mention) or stated.get(person) \
                or _leadership_party(so_far) or _party_in(ctx, 0, len(ctx.doc))  # at last, the article's one party
            if party:  # a party's leadership: a candidate without one is a party not read, not a party none
                found.append(_fact(person, party, evidence_for(verb.sent), "roles.candidate-for-leader"))
    return found


def _a_party_s(ctx: ArticleContext, words: list[Token]) -> bool:
    """Whether the office is a party's: "for deputy leader", "for the SNP leadership", "for leader of the SNP" -- not
    "for leader of the council", whose "of" names no party."""
    owners = [t for w in words if w.lower_ == "of" for t in w.children if t.dep_ == "pobj"]
    return all(_party_in(ctx, t.left_edge.i, t.right_edge.i + 1) for t in owners)


#: negations on a verb that deny a candidacy: "did not stand", "never ran"
_DENIALS = frozenset({"not", "n't", "never"})
#: the future, which data/lexicon.json's "hypothetical" counts (a result to come is none) but a candidacy has: "Ann Roe
#: will face Tom Ure in November", "she will stand in the by-election" name a race's field
_FUTURE = frozenset({"will", "shall", "'ll"})


def weighed_bid(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of standing or naming hangs on a verb of data/lexicon.json "weighing_verbs": "had considered running
    for the seat as a Labour candidate", "is expected to be named the candidate", "was urged to stand" tell a bid thought
    of or talked of, not made. Read by the candidacy rules here; roles.verb and roles.predicate read
    the same through data/patterns/role_links.jsonl (SUPPOSED, MAYBE)."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "dobj", "advcl") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in lexicon.weighing_verbs:
            return True
    return False


#: nouns of a public race, beside a count of votes: "defeating the incumbent in a runoff", "won the race"
_RACE_WORDS = {"race", "runoff", "run-off", "primary", "election", "by-election", "poll", "polls", "ballot", "caucus"}


def public_race(sent: Span) -> bool:
    """Whether a sentence tells a public race: a race's noun, or a count of votes ("5,214 votes to 4,870", "52%") -- not
    "a vote of shareholders". Read by roles.verb (kg/extract/roles.py) for a winner who beat someone."""
    doc = sent.doc
    return any(t.lower_ in _RACE_WORDS or t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("votes", "%", "percent", "per")
               for t in sent)


def _hypothetical(ctx: ArticleContext, verb: Token) -> bool:
    """"would stand", "may run", "refused to stand", "had considered running": not a candidacy ("will stand" is one)."""
    aux = {w for c in verb.children if c.dep_ in ("aux", "neg") for w in (c.lower_, c.lemma_)}  # "he'd": "would"
    # the shared modals and subordinators (kg.extract.phrases.hypothetical), and a candidacy denied ("never ran")
    return hypothetical(verb, ctx.lexicon) or weighed_bid(verb, ctx.lexicon) or bool(aux & (ctx.lexicon.conditional_words | _DENIALS)
                                                   or aux & ctx.lexicon.hypothetical - _FUTURE) \
        or verb.dep_ == "xcomp" and verb.head.lemma_ != "be" \
        or verb.dep_ == "ccomp" and verb.head.lemma_ in ctx.lexicon.hypothetical  # "predicted he'd get 8000 votes"


def _copula_pair(ctx: ArticleContext, noun: Token) -> tuple[Mention, Token] | None:
    """"His opponent is Ann Roe" / "Ann Roe is his opponent": (the person named, the possessor of the noun)."""
    verb = noun.head
    if noun.tag_ != "NN" or verb.lemma_ != "be" or noun.dep_ not in ("nsubj", "attr"):
        return None
    other = next((c for c in verb.children if c.dep_ == ("attr" if noun.dep_ == "nsubj" else "nsubj")), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if other is None or owner is None or other.i not in ctx.by_token:
        return None
    return ctx.by_token[other.i], owner


def _contest_before(ctx: ArticleContext, sent: Span) -> bool:
    """Whether an election is named by the end of the noun's sentence ("... vying in the Fenby by-election. Tom Ure is
    backed by the LDP. His opponent is Jo Platt"): "Her rival at school was Tom Ure" before any contest is named is
    no contest's."""
    return any(e.start < sent.end for e in ctx.elections)


@rule("roles.candidate-opponent", "results", examples=[
    example("Two candidates are vying in the Fenby by-election. Tom Ure is backed by the LDP. His opponent is Jo Platt, 43.",
            "Jo Platt | candidate | None", "Tom Ure | candidate | None")])
def opponents(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"His opponent is Jo Platt", "Jo Platt is Tom Ure's rival": in an article about an election, both the one
    named and the one whose opponent she is stand in it. The party stated at each name or elsewhere in the article,
    else none (a reader is told none)."""
    if not ctx.elections:
        return []
    stated = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    found: list[RoleFact] = []
    for noun in ctx.doc:
        pair = _copula_pair(ctx, noun) if noun.lower_ in ctx.lexicon.opponent_nouns else None
        if pair is None or _years_before(ctx, noun.sent) or not _contest_before(ctx, noun.sent):
            continue
        named, owner = pair
        rival = ctx.by_token.get(owner.i) if owner.pos_ != "PRON" else \
            antecedent(ctx.doc, owner, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
        for mention in (named, rival):
            if mention is not None:
                person = _clean(ctx.name(mention))
                party = party_at(ctx, mention) or stated.get(person)
                found.append(_fact(person, party, evidence_for(noun.sent), "roles.candidate-opponent"))
    return found


#: prepositions that bring in the other side of a contest ("lost the primary to", "a challenge from", "ran against")
_OTHER_SIDE = {"to", "from", "against", "by", "over"}


def _primary_party(ctx: ArticleContext, noun: Token) -> str | None:
    """The party a primary is named for: "the Democratic primary", "a GOP primary challenge"."""
    return _party_in(ctx, noun.left_edge.i, noun.i)


def _nomination_party(ctx: ArticleContext, sent: Span) -> str | None:
    """The one party whose nomination a sentence names: "won the Republican nomination ..., edging Tom Ure in a five-way
    primary" -- the primary is that nomination's."""
    named = {_party_in(ctx, t.left_edge.i, t.i) for t in sent if t.lemma_ == "nomination"}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


def _primary_verb(noun: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """(the verb a primary hangs on, the noun of the contest): "beat Ann Roe in the primary", "lost the primary to",
    "faces a primary challenge from" -- through the contest's noun and a preposition, at most."""
    contest = noun.head if noun.dep_ in ("compound", "amod", "nmod") and noun.head.lemma_ in lexicon.primary_contest_nouns else noun
    up = contest.head
    if contest.dep_ == "pobj" and up.dep_ == "prep":
        up = up.head
        if up.dep_ == "dobj" and up.pos_ in ("PROPN", "NOUN"):  # "ousted Ann Roe in the primary": the parser hangs it on her
            up = up.head
    elif contest.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
        return None
    return (up, contest) if up.pos_ in ("VERB", "AUX") else None


def _sides(ctx: ArticleContext, verb: Token, contest: Token) -> list[Mention]:
    """The people a primary sets against each other: the verb's subject (or, after "to oust", the subject of the verb
    it completes), its object, and whoever "to", "from", "against", "by" bring in at the verb or the contest's noun."""
    doc, people = ctx.doc, []
    subject = subject_person(doc, verb, ctx.by_token, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    if subject is None and verb.dep_ in ("xcomp", "advcl"):
        subject = subject_person(doc, verb.head, ctx.by_token, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    people.append(subject)
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    for node in (verb, contest):
        heads += [p for c in node.children if c.dep_ in ("prep", "agent") and c.lower_ in _OTHER_SIDE
                  for p in c.children if p.dep_ == "pobj"]
    for head in heads:
        people += [ctx.by_token.get(t.i) for t in (head, *head.conjuncts)]
    return list(dict.fromkeys(m for m in people if m is not None))


def _told_as_past(ctx: ArticleContext, sent: Span, verb: Token, contest: Token) -> bool:
    """"in the GOP primary five years ago", "in the 2004 primary": a primary of years before is a candidate's history."""
    # only an "ago" of the primary's own verb or noun: "Roe, who quit two years ago, beat Ure" is of today
    return _years_before(ctx, sent) or any(t.lower_ == "ago" and t.head.i in (verb.i, contest.i) for t in sent)


def _unrelated_object(ctx: ArticleContext, verb: Token, contest: Token) -> bool:
    """"ran Tom Ure's campaign in the primary": the verb's object is neither a person nor a contest, so the
    subject stood in nothing."""
    return any(c.dep_ == "dobj" and c.i != contest.i and ctx.by_token.get(c.i) is None
               and c.lemma_.lower() not in ctx.lexicon.contest_nouns | ctx.lexicon.race_nouns
               and c.lemma_.lower() not in ctx.lexicon.primary_objects for c in verb.children)


@rule("roles.candidate-primary", "results", examples=[
    example("Tom Ure came from behind to oust Ann Roe in the Democratic primary.",
            "Tom Ure | candidate | Democratic Party", "Ann Roe | candidate | Democratic Party"),
    example("Ann Roe lost the Republican primary to Tom Ure.",
            "Ann Roe | candidate | Republican Party", "Tom Ure | candidate | Republican Party"),
    example("Republican Ann Roe faces a primary challenge from Tom Ure.",
            "Ann Roe | candidate | Republican Party", "Tom Ure | candidate | Republican Party")])
def primaries(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A party's primary sets its people against each other: "Tom Ure ousted Ann Roe in the Democratic primary",
    "Ann Roe lost the primary to Tom Ure", "Ann Roe faces a primary challenge from Tom Ure". Each side stood in it for
    the party the primary is named for, else the party stated at one of them (a primary is one party's); a
    hypothetical ("could face a primary") or a primary of years before gives none, and so does a verb that sets nobody
    against anyone ("endorsed Ann Roe in the primary"): the verbs are data/lexicon.json's contest_verbs and the
    PRIMARY words of data/patterns/candidacy.jsonl."""
    labels = _labels_at(ctx, "candidacy")
    found: list[RoleFact] = []
    for noun in ctx.doc:
        if noun.lower_ not in ("primary", "primaries") or noun.pos_ not in ("NOUN", "ADJ", "PROPN"):
            continue
        at = _primary_verb(noun, ctx.lexicon)
        if at is None or not (at[0].lemma_ in ctx.lexicon.contest_verbs or "PRIMARY" in labels.get(at[0].i, ())) \
                or _hypothetical(ctx, at[0]) or _told_as_past(ctx, noun.sent, *at) or _unrelated_object(ctx, *at):
            continue
        sides = _sides(ctx, *at)
        party = _primary_party(ctx, noun) or _party_in(ctx, at[1].left_edge.i, at[1].i) \
            or next((p for m in sides if (p := party_at(ctx, m))), None) or _nomination_party(ctx, noun.sent)
        if party is None:
            continue  # a primary is one party's: a candidate without it is a party not read, not a party none
        found += [_fact(_clean(ctx.name(m)), party, evidence_for(noun.sent), "roles.candidate-primary") for m in sides]
    return found


def _nominated_for(verb: Token, lexicon_heads: set[str]) -> Token | None:
    """The office a nomination is for: "nominated Ann Roe for speaker", "as its candidate" (a role's head word)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "as")):
        office = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if office is not None and office.lower_ in lexicon_heads:
            return office
    return None


def _nominated(ctx: ArticleContext, verb: Token) -> list[Mention]:
    """The people a nomination names: the object(s) of "nominated Ann Roe and Tom Ure", the subject of "was nominated"."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return list(dict.fromkeys(m for h in heads for t in (h, *h.conjuncts) if (m := ctx.by_token.get(t.i)) is not None))


def _nominating_party(ctx: ArticleContext, verb: Token) -> str | None:
    """The party that nominates: the subject of "Republicans nominated", the agent of "was nominated by Labour"."""
    for child in verb.children:
        who = child if child.dep_ == "nsubj" else next((p for p in child.children if p.dep_ == "pobj"), None) \
            if child.dep_ == "agent" else None
        if who is not None and who.ent_type_ == "PARTY":
            return _party_token(ctx, who)
    return None


@rule("roles.nominated", "results", examples=[
    example("House Republicans nominated Ann Roe for speaker on Friday.", "Ann Roe | nominee | Republican Party"),
    example("Tom Ure was nominated as the Labor candidate for Fenby.", "Tom Ure | candidate | Australian Labor Party")])
def nominated(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"Republicans nominated Ann Roe for speaker", "Tom Ure was nominated as the Labor candidate": a nomination for an
    office makes its nominee (a candidate, when the office is a candidacy), for the party that nominates, else the
    party the office names, else the one stated at the name. The office must be a role ("nominated for an award" is
    none), the nomination not a hypothetical ("could nominate") nor of years before."""
    heads = set(ctx.lexicon.role_heads)
    found: list[RoleFact] = []
    for verb in ctx.doc:
        if verb.lemma_ != "nominate" or verb.pos_ != "VERB" or _hypothetical(ctx, verb) or _years_before(ctx, verb.sent):
            continue
        office = _nominated_for(verb, heads)
        if office is None:
            continue
        role = "candidate" if office.lemma_ in ("candidate", "candidacy") else "nominee"
        for mention in _nominated(ctx, verb):
            party = _nominating_party(ctx, verb) or _party_in(ctx, office.left_edge.i, office.right_edge.i + 1) \
                or party_at(ctx, mention)
            evidence = evidence_for(verb.sent)
            found.append(RoleFact(_clean(ctx.name(mention)), role, party, evidence, "current", "stated" if party else None,
                                  ("roles.nominated",)))
    return found


def _field_named(ctx: ArticleContext, noun: Token) -> list[Mention]:
    """The people a field's noun introduces: "Other contenders include Ann Roe and Tom Ure" -- the verb's object and
    the names joined to it, not a name in a clause of its own ("Tom Ure, who once beat Jo Platt"). "The candidates are
    ..." is roles.plural-title's and roles.candidate-list's to read."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "include" or any(c.lower_ in ctx.lexicon.tentative_words for c in noun.children):
        return []
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    named = [ctx.by_token.get(t.i) for h in heads for t in (h, *h.conjuncts)]
    return list(dict.fromkeys(m for m in named if m is not None))


@rule("roles.candidate-field", "results", examples=[
    example("Two candidates are vying in the Fenby by-election. Other contenders include Senator Tom Ure and Jo Platt, who "
            "came close to beating Kay Dunn last time.", "Tom Ure | candidate | None", "Jo Platt | candidate | None")])
def field(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A contest's field named without a party at each name: "Other contenders include Senator Tom Ure and Jo Platt".
    Each one listed stood, for the party stated at the name or elsewhere in
    the article, else none; a field of maybes ("possible contenders include") is none, nor is a list in an article that
    names no election."""
    if not ctx.elections:
        return []
    stated = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    found: list[RoleFact] = []
    for noun in ctx.doc:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in ctx.lexicon.field_nouns or _years_before(ctx, noun.sent):
            continue
        named = _field_named(ctx, noun)
        if len(named) < 2:
            continue
        for mention in named:
            person = _clean(ctx.name(mention))
            party = party_at(ctx, mention) or stated.get(person)
            found.append(_fact(person, party, evidence_for(noun.sent), "roles.candidate-field"))
    return found


#: words that may stand between "as" and a candidacy's noun ("as the preferred Labor candidate", "as its new nominee")
_AS_WORDS = {"the", "a", "an", "its", "their", "his", "her", "preferred", "new", "official", "endorsed", "chosen", "party", "'s"}


def _as_candidate(ctx: ArticleContext, start: int) -> Mention | None:
    """The person named right before "as" in front of a candidacy's phrase starting at `start`: "Ann Roe as preferred
    Labor candidate" (the party's name and a few words of description may come between)."""
    doc, k = ctx.doc, start - 1
    while k > 0 and start - k <= 5 and (doc[k].lower_ in _AS_WORDS or doc[k].ent_type_ == "PARTY"):
        k -= 1
    if k < 1 or doc[k].lower_ != "as":
        return None
    return ctx.by_token.get(k - 1) if ctx.by_token.get(k - 1) is not None and ctx.by_token[k - 1].end == k else None


def _naming(ctx: ArticleContext, verb: Token) -> bool:
    """Whether a verb names a candidate ("picks Tom Ure as its candidate"); "rejected" or "dropped" does not."""
    return verb.lemma_.lower() in ctx.lexicon.appointing_verbs or verb.lemma_.lower() in ctx.lexicon.naming_verbs


@rule("roles.named-as-candidate", "results", examples=[
    example("Hale poll latest: Day names Ann Roe as preferred Labor candidate for the seat",
            "Ann Roe | candidate | Australian Labor Party")])
def named_as_candidate(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"Ann Roe as preferred Labor candidate", "picks Tom Ure as its candidate": a name set right before "as" and a
    candidacy's phrase holds it, whatever verb (if any: a headline's "names" is often read as a noun) introduces it;
    for the party the phrase names, else none. A hypothetical verb ("would pick Ann Roe as") gives none."""
    found: list[RoleFact] = []
    for phrase in ctx.phrases:
        if phrase.core not in ("candidate", "nominee") or phrase.status != "current":
            continue
        mention = _as_candidate(ctx, phrase.start)
        verb = ctx.doc[mention.start : mention.end].root.head if mention is not None else None
        if mention is None or verb is not None and verb.pos_ == "VERB" and (_hypothetical(ctx, verb) or not _naming(ctx, verb)) \
                or _years_before(ctx, ctx.doc[phrase.start].sent):
            continue
        evidence = evidence_for(ctx.doc[phrase.start].sent)
        # "the Christian Democrats chose Ann Roe as their candidate": the party that names her, when her phrase names none
        party = phrase.party or (_chooser(ctx, verb) if verb is not None and verb.pos_ == "VERB" else None)
        found.append(RoleFact(_clean(ctx.name(mention)), phrase.core, party, evidence, "current",
                              "stated" if party else None, ("roles.named-as-candidate",)))
    return found



_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def _count_end(doc: Doc, k: int) -> int | None:
    """The token after a count at `k` ("8,568", "8,568 votes", "45.7 per cent", "45%"), else None (a year is no count)."""
    if k >= len(doc) or not _COUNT.fullmatch(doc[k].text) or re.fullmatch(r"(?:19|20)\d\d", doc[k].text):
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ in ("votes", "vote", "%", "percent"):
        return k + 1
    return k + 2 if k + 1 < len(doc) and doc[k].lower_ == "per" and doc[k + 1].lower_ == "cent" else k


def _named_after_for(ctx: ArticleContext, k: int) -> Mention | None:
    """The person "for" at `k` brings in: "for Labour's Tom Ure", "for Republican Jo Platt", "for the independent Ann Roe",
    "for the Greens' Ann Roe"."""
    doc = ctx.doc
    if k >= len(doc) or doc[k].lower_ != "for":
        return None
    titles = {*ctx.lexicon.abbreviations, *ctx.lexicon.honorifics}
    j = k + 1
    while j < min(k + 10, len(doc)):
        if j in ctx.by_start:
            return ctx.by_start[j]
        if doc[j].text == "(" and doc[j - 1].text in _POSSESSIVE and j + 2 < len(doc) and doc[j + 2].text == ")":
            j += 3  # "for the Fenby Party's (FP) Ann Roe": the party's short name in brackets after its possessive
            continue
        if not (doc[j].lower_ in ctx.lexicon.rival_name_lead or doc[j].ent_type_ == "PARTY" or doc[j].text in titles
                or doc[j].text in _POSSESSIVE and doc[j - 1].ent_type_ == "PARTY"):
            return None
        j += 1
    return None


def _surveyed(ctx: ArticleContext, token: Token) -> bool:
    """Whether a sentence tells a survey's figures at `token`: a verb above it (or it) has a poll or survey for its
    subject ("A poll shows Ann Roe leading"), or the sentence names a survey, a pollster or polling ("poll" alone is
    often the election itself)."""
    verbs = [t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in ctx.lexicon.survey_words for s in subjects for t in s.subtree) \
        or any(t.lemma_.lower() in ctx.lexicon.survey_words - {"poll"} for t in token.sent)


def _a_survey_or_ballot(ctx: ArticleContext, to: Token) -> bool:
    """Whether the count at "to" is a survey's, a hypothetical's, or a body's vote ("the council voted 7 to 2 for Ann
    Roe" counts its members, who chose her, not a field she stood in)."""
    verb = next((t for t in to.ancestors if t.pos_ in ("VERB", "AUX")), to.head)  # "voted 7 to 2": "to" hangs on "2"
    return verb.lemma_ == "vote" or verb.pos_ in ("VERB", "AUX") and _hypothetical(ctx, verb) or _surveyed(ctx, to)


def _counted_against(ctx: ArticleContext, to: Token) -> Mention | None:
    """The other side of "N votes to M for Tom Ure" at the word "to": a count comes just before it (in its sentence),
    a count of votes right after it (not a share: "52 to 48 per cent for Ann Roe" is as often a poll's or a rating's),
    then "for" and the name; or the name's own count, "58 percent to Tom Ure's 41 percent"."""
    doc = ctx.doc
    if not any(_count_end(doc, t.i) is not None for t in doc[max(to.sent.start, to.i - 8) : to.i]):
        return None
    owner = ctx.by_start.get(to.i + 1)  # "58 percent of the vote to Republican Tom Ure's 41 percent"
    owner = owner or (ctx.by_start.get(to.i + 2) if to.i + 2 < len(doc) and doc[to.i + 1].ent_type_ == "PARTY" else None)
    if owner is not None and owner.end + 1 < len(doc) and doc[owner.end].text in _POSSESSIVE \
            and _count_end(doc, owner.end + 1) is not None:
        return owner
    end = _count_end(doc, to.i + 1)
    if end is None or not re.fullmatch(r"[\d,]+", doc[to.i + 1].text) or end > to.i + 2 and doc[end - 1].lower_ != "votes":
        return None
    return _named_after_for(ctx, end)


@rule("roles.candidate-votes-to", "results", examples=[
    example("Ann Roe won the Fenby by-election. The count put her on 9,316 votes to 7,054 for Labour's Tom Ure.",
            "Tom Ure | candidate | Labour Party"),
    example("The county tally credited Ann Roe with 4,127 votes, or 52 percent, to 3,806 for Republican Tom Ure, a retired nurse.",
            "Tom Ure | candidate | Republican Party"),
    example("Ann Roe of the Fenby Party polled 24,611 votes against 9,874 for Labour's Tom Ure, and 1,203 for the Green "
            "Party's (GP) Jo Platt, the returning officer announced.",
            "Tom Ure | candidate | Labour Party", "Jo Platt | candidate | Green Party")])
def votes_to(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A count set against another's: "put Ann Roe on 9,316 votes to 7,054 for Labour's Tom Ure", "credited Ann Roe
    with 4,127 votes to 3,806 for Republican Tom Ure", "58 percent of the vote to Republican Tom Ure's 41 percent": the one the
    second count is for stood, for the party stated at the name.
    A name without its party there gives nothing (such counts are as often a party room's ballot or a chamber's vote
    as a field's), nor does a count of years before, a survey's, a hypothetical's, or "the council voted 7 to 2 for"."""
    found: list[RoleFact] = []
    for to in ctx.doc:
        if to.lower_ not in ("to", "against") or _years_before(ctx, to.sent) or _a_survey_or_ballot(ctx, to):
            continue
        against = _counted_against(ctx, to)
        for person in [*([against] if against is not None else []), *_further_counts(ctx, to, against)]:
            party = party_at(ctx, person)
            if party:
                found.append(_fact(_clean(ctx.name(person)), party, evidence_for(to.sent), "roles.candidate-votes-to"))
    return found


def _further_counts(ctx: ArticleContext, to: Token, first: Mention | None) -> list[Mention]:
    """"9,316 votes to 7,054 for Labour's Tom Ure and 1,203 for the Greens' Jo Platt": the counts the sentence goes on to
    set against the first count (the one before "to"), each a count of votes in thousands "for" its candidate, up to
    the next verb of saying or semicolon."""
    doc, found = ctx.doc, []
    if not any(_count_end(doc, t.i) is not None for t in doc[max(to.sent.start, to.i - 8) : to.i]):
        return []
    for tok in doc[to.i + 2 : to.sent.end]:
        if tok.text == ";" or tok.lemma_ in ctx.lexicon.speech_verbs:
            break
        end = _count_end(doc, tok.i) if re.fullmatch(r"\d{1,3}(?:,\d{3})+", tok.text) else None
        person = _named_after_for(ctx, end) if end is not None else None
        if person is not None and person != first:
            found.append(person)
    return found


#: verbs by which someone stands in a party's contest for its nomination: "is seeking the Democratic nomination",
#: "is running for the Republican nomination" (winning it is roles.primary-nominee's)
_SEEKING_VERBS = {"seek", "pursue", "contest", "run", "vie", "compete", "challenge"}


def _seeker(ctx: ArticleContext, noun: Token) -> Mention | None:
    """The person a verb of seeking sets after a party's nomination: "Ann Roe is seeking the Democratic nomination",
    "Ann Roe, who is running for the Republican nomination"."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in _SEEKING_VERBS or _hypothetical(ctx, verb):
        return None
    return subject_person(ctx.doc, verb, ctx.by_token, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)


@rule("roles.seeking-nomination", "results", examples=[
    example("The Fenby special election is in May. Tom Ure, who is seeking the Republican nomination, spoke on Monday.",
            "Tom Ure | candidate | Republican Party")])
def seeking_nomination(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"Ann Roe is seeking the Democratic nomination", "is running for the Republican nomination": whoever seeks a
    party's nomination stands in its contest for it, a candidate of that party. Not a hypothetical ("plans to seek",
    "may run for"), one of years before, nor a nomination that names no party."""
    found: list[RoleFact] = []
    for noun in ctx.doc:
        if noun.lemma_ != "nomination" or _years_before(ctx, noun.sent):
            continue
        party = _party_in(ctx, noun.left_edge.i, noun.i)
        seeker = _seeker(ctx, noun) if party else None
        if seeker is not None:
            found.append(_fact(_clean(ctx.name(seeker)), party, evidence_for(noun.sent), "roles.seeking-nomination"))
    return found


#: verbs whose passive tells a candidate out of the count: "were eliminated", "were beaten by Ann Roe"
_OUT_VERBS = {"eliminate", "defeat", "beat", "oust", "unseat", "knock", "trounce", "rout"}
#: verbs a place in the count goes with: "came third", "finished behind Ann Roe"
_PLACE_VERBS = {"come", "finish", "place", "end"}


def _loser_verb(ctx: ArticleContext, verb: Token) -> bool:
    """Whether a verb tells its subject's part in a count or a field: "were eliminated", "were defeated", "came
    third", "finished behind", "trailed", "lost to", "are standing in the by-election", "contested the seat"."""
    lemma, doc = verb.lemma_, verb.doc
    if verb.pos_ != "VERB" and not (lemma == "be" and verb.pos_ == "AUX"):
        return False
    if lemma in _OUT_VERBS:
        return any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in _PLACE_VERBS:
        after = doc[verb.i + 1 : min(verb.i + 5, verb.sent.end)]
        return any(t.lower_ in ctx.lexicon.placings or t.lower_ == "behind" for t in after)
    if lemma == "trail" or _lost_to(verb):
        return True
    if lemma in ctx.lexicon.contending_verbs and lemma in _VYING_VERBS or lemma in ("be", "appear"):
        return any(p.lower_ == ("for" if lemma in _VYING_VERBS else "on") and _a_field_s(ctx, o)
                   for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    if lemma in ctx.lexicon.standing_verbs:  # not "stood by the decision", "ran into trouble"; "by" of "by-election" is
        return _candidacy_sense(verb) and not any(c.dep_ == "prep" and c.lower_ in _NOT_STANDING and not _hyphened(c)
                                                  for c in verb.children)
    return lemma == "contest" and any(c.dep_ == "dobj" and (c.lemma_.lower() in ctx.lexicon.race_nouns or c.lower_ == "seat"
                                                            or c.pos_ == "PROPN" and c.ent_type_ != "PERSON") for c in verb.children)


def _another_field(ctx: ArticleContext, verb: Token) -> bool:
    """Whether the verb names a field of its own that is no public race: "eliminated from Celebrity Masterchef", "came
    first in the fun run" -- not "in the by-election", "in the first round", "in Fenby"."""
    fields = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "from") for o in p.children if o.dep_ == "pobj"
              and o.ent_type_ not in ("GPE", "LOC", "DATE", "TIME") and o.lower_ not in ("round", "stage")]
    # the words from the field or the verb on, as the parser may hang "by-election" apart from "in the Fenby"
    start = min([verb.i, *(f.left_edge.i for f in fields)])
    return bool(fields) and not any(_a_seat_or_race(ctx, t) and t.pos_ != "PROPN" or t.lower_ in _COUNT_WORDS
                                    for t in verb.doc[start : verb.sent.end])


#: data/lexicon.json's contending verbs that tell a field striving for something ("are battling for the two remaining
#: seats"), not those of a wish ("hope", "aim")
_VYING_VERBS = {"vie", "compete", "battle", "fight", "jostle"}


def _a_field_s(ctx: ArticleContext, noun: Token) -> bool:
    """Whether a field strives for this, or stands on it: seats, a place, a race ("battling for the last seat"), the
    ballot ("are on the ballot")."""
    lemma = noun.lemma_.lower()
    return lemma in ("seat", "place", "ballot", "nomination") or lemma in ctx.lexicon.race_nouns


#: prepositions after "stand" or "run" that make some other act than standing in a contest
_NOT_STANDING = {"by", "with", "behind", "beside", "on", "up", "into", "over", "through", "around", "across", "out", "off", "down"}


def _hyphened(token: Token) -> bool:
    """"by" of "by-election" that the tokenizer split off and the parser hung on the verb."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-"


def _joined_names(ctx: ArticleContext, subject: Token) -> list[Mention]:
    """The people of a list that is a verb's subject: "Sinn Féin's Ann Roe, Tom Ure of the Greens and Labour's Jo
    Platt" -- the subject's name and every name joined to it as another item ("conj", or "appos" as the parser often
    reads a list's second item), not a name inside an item ("Ann Roe, an aide of Tom Ure")."""
    people: list[Mention] = []
    todo = [subject]
    while todo:  # through a bracketed party too: "Tom Ure (Con) and Jo Platt" hangs her name on "Con"
        token = todo.pop(0)
        mention = ctx.by_token.get(token.i)
        if mention is not None and mention not in people:
            people.append(mention)
        todo += [c for c in token.children if c.dep_ in ("conj", "appos")]
    return people


@rule("roles.candidate-joined", "results", examples=[
    example("Sinn Féin's Ann Roe, Tom Ure of Fianna Fáil and Labour's Jo Platt were eliminated in the Fenby by-election.",
            "Ann Roe | candidate | Sinn Féin", "Tom Ure | candidate | Fianna Fáil",
            "Jo Platt | candidate | Labour Party (Ireland)"),
    example("Tom Ure won the Fenby by-election. Labour's Ann Roe and Jo Platt of the Greens came a distant third and fourth.",
            "Ann Roe | candidate | Labour Party", "Jo Platt | candidate | Green Party")])
def joined(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A list of people, each with a party stated at the name, as the subject of a verb that tells them in a count or
    a field: "Sinn Féin's Ann Roe, Tom Ure of the Greens and Labour's Jo Platt were eliminated", "Ann Roe (Lab) and
    Tom Ure (Con) came second and third", "X of the SDP and Y of the PDP also stood". Every item stood, not only the
    first. In an article that names an election, with two items or more whose parties are stated at the names; not a
    hypothetical ("would stand"), a denial, a survey's, nor a contest of years before."""
    stated = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    found: list[RoleFact] = []
    for verb in ctx.doc:
        if not _loser_verb(ctx, verb) or _hypothetical(ctx, verb) or _surveyed(ctx, verb) or _years_before(ctx, verb.sent):
            continue
        if not ctx.elections and verb.lemma_ not in _VYING_VERBS | {"be", "appear"}:
            continue  # "battling for the two remaining seats", "are on the ballot" name the contest themselves
        if _another_field(ctx, verb):
            continue  # "came first and second in the charity fun run": the article's election is not this field's
        # every subject the parser gives: a curly apostrophe ("the Social Democrats’ Kay Dunn") may split the list in two
        people = list(dict.fromkeys(m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in _joined_names(ctx, c)))
        parties = [_listed_party(ctx, m) or party_at(ctx, m) for m in people]
        if len(people) < 2 or sum(p is not None for p in parties) < 2:
            continue
        for mention, party in zip(people, parties, strict=True):
            person = _clean(ctx.name(mention))
            party = party or stated.get(person)
            if party is not None and not _past_or_quoted(ctx, mention):
                found.append(_fact(person, party, evidence_for(verb.sent), "roles.candidate-joined"))
    return found


#: words by which a sentence tells a count of votes: "topped the poll and was elected on the first count"
_COUNT_WORDS = {"count", "recount", "votes", "vote", "preferences", "preference", "ballot", "ballots", "quota"}


def _count_word(word: str, lexicon: Lexicon) -> bool:
    """A word (lower case) that tells a count of votes: one of _COUNT_WORDS or data "vote_nouns" ("percent")."""
    return word in _COUNT_WORDS or word in lexicon.vote_nouns


def _contest_word(word: str, lexicon: Lexicon) -> bool:
    """A word (lower case) that names a contest: data "contest_nouns" ("poll", "race"), or any word of an election
    ("by-election", "elections")."""
    return word in lexicon.contest_nouns or "election" in word


def _counted_sentence(ctx: ArticleContext, sent: Span) -> bool:
    """Whether a sentence tells an election's count: it names votes, a count or the contest ("the by-election")."""
    lexicon = ctx.lexicon
    words = [t for t in sent if t.lemma_.lower() != "poll"]  # "the poll" is as often a survey
    return any(_count_word(t.lower_, lexicon) or t.lemma_.lower().split("-")[-1] in lexicon.contest_nouns
               or t.lower_ in lexicon.race_nouns for t in words) \
        or any(e.start >= sent.start and e.end <= sent.end for e in ctx.elections)


def _own_count_verb(verb: Token) -> bool:
    """"topped the poll", "lost the seat" / "lost her seat" (not "lost her seat on the board" or "at the cabinet table",
    "lost the seat to X", whose other side roles.candidate-pair reads): a verb that tells its subject's own part in a count."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.pos_ != "VERB" or not objects:
        return False
    noun = objects[0]
    if verb.lemma_ == "top":
        return noun.lemma_ == "poll" and any(c.lower_ == "the" for c in noun.children) and not any(c.dep_ == "prep" for c in noun.children)
    return verb.lemma_ == "lose" and noun.lemma_ == "seat" and not any(
        c.dep_ == "prep" and (c.lower_ == "to" or c.lower_ == "on" and not _a_date(c) or c.lower_ in ("in", "at") and not _in_a_contest(c))
        for c in (*noun.children, *verb.children))


def _a_date(prep: Token) -> bool:
    """"on Friday": a preposition that dates the event rather than places the seat ("on the board")."""
    return all(t.ent_type_ in ("DATE", "TIME") for t in prep.children if t.dep_ == "pobj")


def _in_a_contest(prep: Token) -> bool:
    """"in the by-election", "in the election count" -- not "in the reshuffle", "in the cabinet"."""
    return any(t.lemma_.lower().split("-")[-1] in ("election", "count", "poll", "vote", "ballot", "race", "contest") for t in prep.subtree)


def _years_told(ctx: ArticleContext, verb: Token) -> bool:
    """Whether the verb's own words name a year before the article's (not a clause on its object: "lost the seat he had
    held since 1989" tells this year's count)."""
    now = ctx.year
    own = [t for t in verb.subtree if not any(a.dep_ in ("relcl", "acl") and a.i != verb.i for a in t.ancestors if a.i in
                                              {x.i for x in verb.subtree})]
    return now is not None and any(re.fullmatch(r"(?:19|20)\d\d", t.text) and int(t.text) < now - 1 for t in own)


@rule("roles.candidate-own-count", "results", examples=[
    example("Counting continues in Fenby, where Sinn Féin's Ann Roe topped the poll and was elected on the first count.",
            "Ann Roe | candidate | Sinn Féin"),
    example("In Fenby, Labour's Ann Roe was returned on the ninth count, but Fine Gael's Tom Ure lost the seat he had held "
            "since 1989.", "Tom Ure | candidate | Fine Gael", published="1997-06-08")])
def own_count(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"Sinn Féin's Ann Roe topped the poll", "Fine Gael's Tom Ure lost the seat he had held since 1989": a person's own
    part in a count, told in a sentence about the count (votes, a count, the contest), makes them one of its field, for
    the party stated at the name. Not a survey's poll ("topped a poll of members"), a seat on a board, a hypothetical, a
    count of years before, nor a name without its party (a member recalled "lost his seat" too, without standing)."""
    found: list[RoleFact] = []
    for verb in ctx.doc:
        if not _own_count_verb(verb) or _hypothetical(ctx, verb) or _surveyed(ctx, verb) or not _counted_sentence(ctx, verb.sent) \
                or _years_told(ctx, verb):
            continue
        if verb.lemma_ == "lose" and any(ctx.lexicon.causes.get(t.lower_) in ("recall", "disqualification") for t in verb.sent):
            continue  # "lost his seat after a recall petition": unseated without a count
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        mention = ctx.by_token.get(subject.i) if subject is not None else None
        party = (_listed_party(ctx, mention) or party_at(ctx, mention)) if mention is not None else None
        if mention is not None and party and not _past_or_quoted(ctx, mention):
            found.append(_fact(_clean(ctx.name(mention)), party, evidence_for(verb.sent), "roles.candidate-own-count"))
    return found


#: verbs by which an office-holder stands again: "is seeking a second term", "is running for re-election"
_AGAIN_VERBS = {"seek", "pursue", "run", "stand", "contest"}
#: words that make a term one to come: "a second term", "another term", "a fresh term"
_TERM_WORDS = {"second", "third", "fourth", "fifth", "another", "fresh", "new", "further", "full"}


def _again_sought(verb: Token) -> bool:
    """Whether a verb seeks a further term: "seeking a second term", "running for re-election", "stand for another term"."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return any(_re_election(n) or n.lemma_ == "term" and any(c.lower_ in _TERM_WORDS for c in n.children) for n in nouns)


def _re_election(noun: Token) -> bool:
    """"re-election", "reelection", and "re - election" as the tokenizer may split it."""
    doc = noun.doc
    return noun.lower_ in ("re-election", "reelection") or noun.lower_ in ("re", "-") and noun.i + 2 < len(doc) \
        and doc[noun.i + 1].text == "-" and doc[noun.i + 2].lower_ == "election" \
        or noun.lower_ == "election" and noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "re"


def _a_public_term(ctx: ArticleContext, verb: Token) -> bool:
    """Whether the term sought is one a public vote fills: not "as chair of the Fenby Rotary Club", nor a term "which
    requires Senate confirmation"."""
    if any(t.lower_ in ctx.lexicon.appointed_words for t in verb.sent):
        return False
    terms = [verb, *(c for c in verb.children if c.dep_ == "dobj"),
             *(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj")]
    offices = [c for t in terms for c in t.children if c.lower_ == "as" and c.dep_ == "prep"]  # "a term as chair of the club"
    return not any(outside_politics(a.subtree, ctx.lexicon) for a in offices)


def _party_held(so_far: Found, person: str) -> str | None:
    """The one party the article's current roles of a person state: the mayor's party when "the PSOE mayor, Ann Roe" seeks
    a second term."""
    parties = {f.party for f in so_far.roles if f.person == person and f.party and f.status == "current" and f.party_basis == "stated"}
    return parties.pop() if len(parties) == 1 else None


@rule("roles.seeking-term", "results", examples=[
    example("The Socialist (PSOE) mayor, Ann Roe, is seeking a second term.", "Ann Roe | candidate | Spanish Socialist Workers Party"),
    example("Republican Gov. Tom Ure is running for re-election in November.", "Tom Ure | candidate | Republican Party")])
def seeking_term(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"The PSOE mayor, Ann Roe, is seeking a second term", "Gov. Tom Ure is running for re-election": an office-holder who
    seeks a further term stands in its contest, for the party stated at the name or in the title the article gives them.
    Not a hypothetical or a denial ("will not seek re-election", "may run for a second term", "plans to seek"), nor one of
    years before."""
    stated = affiliations(ctx.doc, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    found: list[RoleFact] = []
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in _AGAIN_VERBS or not _again_sought(verb) or _hypothetical(ctx, verb) \
                or _years_before(ctx, verb.sent) or not _a_public_term(ctx, verb):
            continue
        mention = subject_person(ctx.doc, verb, ctx.by_token, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
        if mention is None:
            continue
        person = _clean(ctx.name(mention))
        if len(person.split()) < 2:
            continue  # "Governors seeking re-election": a plural the parser took for a name, not a person the text names
        party = party_at(ctx, mention) or stated.get(person) or _party_held(so_far, person)
        found.append(_fact(person, party, evidence_for(verb.sent), "roles.seeking-term"))
    return found


#: what a party picks someone to do in a contest: "selected Ann Roe to defend a majority of 9,870", "to fight Fenby"
_CONTEST_TASKS = {"defend", "contest", "fight", "hold", "retain", "stand", "run", "challenge", "regain", "win", "take"}


def _a_contest_task(ctx: ArticleContext, task: Token) -> bool:
    """Whether what the person is picked to do is a contest's: "to stand", "to fight the by-election", "to defend a
    majority", "to take Fenby" -- not "to run its press office", "to challenge the ruling", "to take questions"."""
    objects = [c for c in task.children if c.dep_ == "dobj"]
    return all(_a_seat_or_race(ctx, o) or o.lemma_.lower() == "majority" for o in objects)


def _a_seat_or_race(ctx: ArticleContext, noun: Token) -> bool:
    """A seat's or a race's noun ("the seat", "the by-election"), or a place's name ("Fenby") not an organisation's."""
    lemma = noun.lemma_.lower().split("-")[-1]
    return lemma in _SEAT_WORDS or lemma in ctx.lexicon.race_nouns or lemma in ctx.lexicon.contest_nouns \
        or noun.lower_ in _RACE_WORDS or noun.pos_ == "PROPN" and noun.ent_type_ not in ("PERSON", "DATE", "PARTY", "ORG") \
        and not outside_politics(noun.subtree, ctx.lexicon)


def _chooser(ctx: ArticleContext, verb: Token) -> str | None:
    """The party that chooses: the subject of "Labour has selected", the agent of "was selected by Labour"."""
    for child in verb.children:
        who = child if child.dep_ == "nsubj" else next((p for p in child.children if p.dep_ == "pobj"), None) \
            if child.dep_ == "agent" else None
        if who is not None and who.ent_type_ == "PARTY":
            return _in_country(ctx, _party_token(ctx, who) or who.text)
    return None


@rule("roles.selected-to-contest", "results", examples=[
    example("Labour has selected Ann Roe, a local GP, to defend a majority of 9,870.", "Ann Roe | candidate | Labour Party"),
    example("Tom Ure was chosen by the Liberal Democrats to fight the Fenby by-election.", "Tom Ure | candidate | Liberal Democrats")])
def selected_to_contest(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"Labour has selected Ann Roe, a local GP, to defend a majority", "Tom Ure was chosen by the Greens to fight Fenby": a
    party that picks someone to do a contest's work (defend, contest, fight, hold) makes them its candidate. The party
    must be the one choosing; not a hypothetical ("could select") nor a choice of years before."""
    found: list[RoleFact] = []
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in ctx.lexicon.selecting_verbs or _hypothetical(ctx, verb) \
                or _years_before(ctx, verb.sent):
            continue
        task = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ in _CONTEST_TASKS
                     and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") and _a_contest_task(ctx, c)), None)
        party = _chooser(ctx, verb) if task is not None else None
        if party is None:
            continue
        for mention in _nominated(ctx, verb):
            found.append(_fact(_clean(ctx.name(mention)), party, evidence_for(verb.sent), "roles.selected-to-contest"))
    return found


#: verbs by which a seat changes hands: "took Fenby off National's Tom Ure", "won the seat from Labour's Ann Roe"
_TAKING_VERBS = {"take", "win", "gain", "capture", "seize", "snatch", "claim", "grab", "wrest"}


def _taken_from(ctx: ArticleContext, verb: Token) -> Mention | None:
    """The person a seat was taken "off" or "from": "took the Fenby electorate off National's Tom Ure" (read along the
    words, as the parser often takes "off" for a particle of a verb it made of "electorate"). What was taken must be a
    seat: a seat's word or a place's name, not "the microphone"."""
    doc = ctx.doc
    if verb.pos_ != "VERB" or verb.lemma_ not in _TAKING_VERBS:
        return None
    for k in range(verb.i + 1, min(verb.i + 8, verb.sent.end - 1)):
        if k in ctx.by_token or doc[k].text in (",", ";", ".", "("):
            return None
        if doc[k].lower_ in ("off", "from"):
            taken = doc[verb.i + 1 : k]
            seat = any(t.lemma_.lower() in _SEAT_WORDS or t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "DATE", "PARTY")
                       for t in taken) and not outside_politics(taken, ctx.lexicon)  # "the Fenby Cup", "the chair of the Hale committee"
            return _person_after(ctx, k) if seat else None
    return None


#: words that name what a count is for: "took the Fenby electorate off", "won the seat from"
_SEAT_WORDS = {"seat", "constituency", "electorate", "ward", "district", "riding", "division", "mayoralty", "governorship"}


def _person_after(ctx: ArticleContext, k: int) -> Mention | None:
    """The person named right after token `k`, past a party's possessive and a few words of title ("off National's Tom
    Ure", "from the Tory Ann Roe")."""
    doc = ctx.doc
    for j in range(k + 1, min(k + 9, len(doc))):
        if j in ctx.by_start:
            return ctx.by_start[j]
        if not (doc[j].ent_type_ == "PARTY" or doc[j].text in _POSSESSIVE or doc[j].lower_ in ctx.lexicon.rival_name_lead
                or doc[j].is_title):
            return None
    return None


@rule("roles.candidate-seat-taken", "results", examples=[
    example("Reform UK's Ann Roe won the seat from Labour's Tom Ure by 1,411 votes.",
            "Ann Roe | candidate | Reform UK", "Tom Ure | candidate | Labour Party")])
def seat_taken(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """"Labour's Ann Roe took Fenby off National's Tom Ure", "won the seat from the Greens' Tom Ure": a seat taken from a
    person in a count sets two candidates against each other, each for the party stated at the name (two different
    parties; else it is no contest kg can read). Not a hypothetical nor a count of years before."""
    found: list[RoleFact] = []
    for verb in ctx.doc:
        loser = _taken_from(ctx, verb)
        if loser is None or _hypothetical(ctx, verb) or _years_before(ctx, verb.sent):
            continue
        winner = subject_person(ctx.doc, verb, ctx.by_token, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
        sides = [(m, party_at(ctx, m)) for m in (winner, loser) if m is not None]
        if len(sides) == 2 and all(p for _, p in sides) and sides[0][1] != sides[1][1]:
            found += [_fact(_clean(ctx.name(m)), p, evidence_for(verb.sent), "roles.candidate-seat-taken") for m, p in sides]
    return found


def _vote_count(doc: Doc, k: int, lexicon: Lexicon) -> int | None:
    """The token after a count of votes at `k`: a number with its unit ("8,568 votes", "45.7 per cent", "45%") or grouped
    in thousands ("18,402", "3,21,560"); not a year, a sum of money, nor a bare small number ("aged 38")."""
    end = _count_end(doc, k)
    if end is None or k > 0 and doc[k - 1].text in lexicon.currency_signs:
        return None
    return end if end > k + 1 or "," in doc[k].text else None


def _about_a_contest(ctx: ArticleContext, sent: Span) -> bool:
    """Whether a sentence's figures are a contest's: it names the vote ("of the vote", "votes", "preferences"), a place
    in it ("second"), a contest ("the poll", "the race"), a verb of winning, beating or tallying, or figures for several
    -- so a percentage or a grouped number alone ("a 2 per cent cut", "12,000 days") is no count of votes."""
    lexicon = ctx.lexicon
    if sum(_vote_count(ctx.doc, t.i, lexicon) is not None for t in sent) >= 2:
        return True  # "Roe 52.4%, Ure 31.9%, with Labor's Jo Platt on 15.7%": the figures of several are a tally
    words = (lexicon.vote_nouns - {"cent", "%", "percent"}) | lexicon.placings | lexicon.contest_nouns
    verbs = lexicon.tally_verbs | lexicon.contest_verbs | lexicon.defeating_verbs | lexicon.seat_taking_verbs
    return any(t.lower_ in words or t.lemma_.lower() in words or (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs)
               for t in sent)


def _tells_a_count(ctx: ArticleContext, sent: Span) -> bool:
    """Whether a sentence reports a count of votes (not a survey's or a hypothetical's): a count with its unit or grouped in
    thousands, in an article about an election or a sentence that names the vote ("53.9 percent of the vote"); a bare
    number a verb of data/lexicon.json's tally_verbs takes ("drew 311"), or people "eliminated on the second count", in an
    article that names an election."""
    lexicon = ctx.lexicon
    tallied = bool(ctx.elections) and any(
        t.like_num and t.dep_ == "dobj" and t.head.lemma_ in lexicon.tally_verbs and _count_end(ctx.doc, t.i) is not None
        or t.lemma_ == "eliminate" and any(w.lemma_ in ("count", "round", "ballot") for w in sent) for t in sent)
    if not tallied and not any(_vote_count(ctx.doc, t.i, lexicon) is not None for t in sent):
        return False
    if not tallied and not _about_a_contest(ctx, sent):
        return False  # "a 2 per cent cut", "an approval rating of 31 per cent", "donated 12,500": figures of no vote
    if _a_survey(ctx, sent) and not any(t.lower_ in ("vote", "votes", "count", "preferences") for t in sent):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and _hypothetical(ctx, t) for t in sent if t.dep_ == "ROOT")


def _described_party(ctx: ArticleContext, mention: Mention) -> str | None:
    """"Ann Roe of the presidential Fenby First party", "Tom Ure of the small Fenby Union (Hale)": the party "of the" names
    after a name with a few lower-case words of description before it."""
    doc, k = ctx.doc, mention.end
    if k + 2 >= len(doc) or doc[k + 1].lower_ != "the":
        return None
    k2 = party_named_after(doc, k, described=4)
    return _party_token(ctx, doc[k2]) if k2 is not None else None


def _bracketed_entity(ctx: ArticleContext, mention: Mention) -> str | None:
    """"Ann Roe (ABC-DEF)": the one party the parser marks inside the brackets right after a name, when the bracket's
    whole text is no party the lists know (a code the tokenizer split)."""
    doc, i = ctx.doc, mention.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((t.i for t in doc[i + 1 : min(i + 8, len(doc))] if t.text == ")"), None)
    if close is None:
        return None
    named = {p for t in doc[i + 1 : close] if (p := _party_token(ctx, t))}
    return named.pop() if len(named) == 1 else None


def _appositive_party(ctx: ArticleContext, mention: Mention) -> str | None:
    """"the Fine Gael candidate, Senator Ann Roe": the party of a candidacy's phrase the name stands in apposition to, past
    a title or a few lower-case words of description ("The Greens' candidate, software developer Tom Ure")."""
    doc = ctx.doc
    titles = {*ctx.lexicon.abbreviations, *ctx.lexicon.honorifics}
    for phrase in ctx.phrases:
        if not phrase.party or phrase.core not in ("candidate", "nominee") or phrase.end >= mention.start \
                or doc[phrase.end].text != "," or mention.start - phrase.end > 4:
            continue
        between = doc[phrase.end + 1 : mention.start]
        if all(t.is_lower or t.text in titles or any(p.start <= t.i < p.end for p in ctx.phrases) for t in between):
            return phrase.party
    return None


def count_party(ctx: ArticleContext, mention: Mention) -> str | None:
    """The party a count names at a candidate: as party_at reads it, a party in brackets or a ballot's code right at the
    name, and "of the <description> <party>"."""
    party = party_at(ctx, mention) or _bracket_party(ctx, mention) or _bracketed_entity(ctx, mention) \
        or _code_before(ctx, mention) or _described_party(ctx, mention) or _appositive_party(ctx, mention)
    party = _in_country(ctx, party) if party else None
    home = party_countries(ctx.lexicon).get(party or "")
    # a party of another country than the article's is a short name read as the wrong party ("Democrat" in a Thai count)
    return None if home and ctx.country and home != ctx.country else party


#: words that set a name against the count's leader: "won by 300 votes over the SNP's Tom Ure", "ahead of Ann Roe (Lab)"
_AGAINST_COUNT = _AGAINST | {"behind"}


def _count_after(ctx: ArticleContext, mention: Mention, sent: Span) -> bool:
    """Whether the name's own item of the count follows it: its votes or share ("Tom Ure of the Greens, 6 percent", "Ann Roe
    (Lab) on 21.7 percent", "the Fenby First's Jo Platt 19"), or its place ("came second", "third with 13.9%", "a distant
    third", "were eliminated"), before the next name, a semicolon or a verb of saying."""
    doc, lexicon = ctx.doc, ctx.lexicon
    later = [m.start for m in ctx.mentions if mention.end <= m.start < sent.end]
    stop = min([sent.end, mention.end + 12, *later])
    if mention.end < stop and _NUMBER.fullmatch(doc[mention.end].text) and not re.fullmatch(r"(?:19|20)\d\d", doc[mention.end].text):
        return True  # "the Greens' Jo Platt 17": a gapped item, the number right at the name
    for tok in doc[mention.end : stop]:
        if tok.text == ";" or tok.lemma_ in lexicon.speech_verbs or tok.lower_ in lexicon.not_share_nouns:
            return False  # "Labour's Ann Roe said ...", "hailed the 61 percent turnout": no share of hers
        if _vote_count(doc, tok.i, lexicon) is not None or tok.lemma_ in ("eliminate", "trail"):
            return True
        if tok.lower_ in lexicon.placings and (tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in ("NOUN", "PROPN")
                                                and doc[tok.i + 1].text != "-"):
            return True
    return False


def _set_against(ctx: ArticleContext, mention: Mention, sent: Span) -> bool:
    """Whether the name is the other side of a count: brought in by "over", "against", "behind", "ahead of", a contest
    verb ("defeating Liberal Tom Ure"), or "for" after a count ("9,100 for the Labour candidate, Ann Roe"), past the
    party, a title and a few words of description ("his nearest Congress rival")."""
    doc, k = ctx.doc, mention.start - 1
    titles = {*ctx.lexicon.abbreviations, *ctx.lexicon.honorifics}
    titled = {i for p in ctx.phrases if p.end <= mention.start for i in range(p.start, p.end)}  # "Senator", "Congress rival"
    while k > sent.start and mention.start - k <= 8 and k not in ctx.by_token and (
            doc[k].ent_type_ == "PARTY" or doc[k].text in _POSSESSIVE or doc[k].text in titles or doc[k].text in "()" or k in titled
            or doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _AGAINST_COUNT | {"for", "of"} and doc[k].pos_ != "VERB"
            or doc[k].text == "," and doc[k - 1].lemma_.lower() in ctx.lexicon.rival_nouns):
        k -= 1
    word = doc[k]
    if word.lower_ in _AGAINST_COUNT or word.lower_ == "of" and k > 0 and doc[k - 1].lower_ == "ahead":
        return True
    if word.pos_ == "VERB" and word.lemma_ in ctx.lexicon.contest_verbs:
        return True
    counts = range(max(sent.start, k - 4), k)
    return word.lower_ == "for" and k > sent.start and any(_vote_count(doc, j, ctx.lexicon) is not None for j in counts)


@rule("roles.candidate-counted", "results", examples=[
    example("Ann Roe won the Fenby by-election. In the first round Ann Roe led with 31 percent, the Fenby First's Tom Ure 17, "
            "and Jo Platt of the Labour Party, 5 percent.", "Jo Platt | candidate | Labour Party"),
    example("Ann Roe won the Fenby by-election with 48 per cent of the vote, defeating Conservative Tom Ure by 2,040 votes.",
            "Tom Ure | candidate | Conservative Party"),
    example("Ann Roe won the Fenby by-election by 300 votes over the SNP's Tom Ure, with Labour's Jo Platt a distant third.",
            "Tom Ure | candidate | Scottish National Party", "Jo Platt | candidate | Labour Party"),
    example("Ann Roe won the Fenby by-election. Libertarian Tom Ure drew about 1 percent of the vote.",
            "Tom Ure | candidate | Libertarian Party")])
def counted(ctx: ArticleContext, so_far: Found) -> list[RoleFact]:
    """A person tied to a party inside a sentence that reports a contest's count is a candidate of that party: "Labour's
    Ann Roe 19", "Tom Ure of the Greens, 6 percent", "Libertarian Jo Platt drew about 1%", "won by 300 votes over the
    SNP's Tom Ure", "Kay Dunn (Lab) was third on 13.0 percent". The party is stated at the name (a possessive, "of the",
    a party word before it, brackets or a ballot's code) and the name is in the count: its own votes, share or place
    follow it before the next name, or a contest's word sets it against the count's leader. In an article that names an
    election; not a survey's count nor a hypothetical's, and not the count's winner (roles.candidate-winner tells when a
    winner stood)."""
    winners = {r.winner for r in so_far.won if r.winner}
    found: list[RoleFact] = []
    for sent in ctx.doc.sents:
        if not ctx.elections or not _tells_a_count(ctx, sent):
            continue
        here = _mentions_in(ctx, sent)
        for mention, in_count in zip(here, _in_the_count(ctx, here, sent), strict=True):
            person = _clean(ctx.name(mention))
            if person in winners or len(person.split()) < 2:  # a surname the article never gives in full
                continue
            if ctx.doc[max(mention.start - 1, 0)].lower_ == "late":
                continue
            party = count_party(ctx, mention)
            if party and in_count:
                found.append(_fact(person, party, evidence_for(sent), "roles.candidate-counted"))
    return found


def _in_the_count(ctx: ArticleContext, here: list[Mention], sent: Span) -> list[bool]:
    """For each name of a sentence, whether it is in the count (_count_after, _set_against); a name joined by "and" to the
    next with no verb between shares that one's item: "Jo Platt of the Greens and Tom Ure, an Independent, were
    eliminated", "Ann Roe (Lab) and Tom Ure (Con) came second and third"."""
    doc = ctx.doc
    flags = [False] * len(here)
    for n in range(len(here) - 1, -1, -1):
        mention = here[n]
        flags[n] = _count_after(ctx, mention, sent) or _set_against(ctx, mention, sent)
        if not flags[n] and n + 1 < len(here):
            between = doc[mention.end : here[n + 1].start]
            flags[n] = flags[n + 1] and any(t.lower_ == "and" for t in between) and not any(t.pos_ in ("VERB", "AUX") for t in between)
    return flags
