"""Extraction: plain functions from a spaCy Doc to Facts (see kg.extract.model)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.elections import election_mentions, extract_elections, inside_the_contest, members_of, runners_up
from kg.extract.government import article_country, complete_names, elected_heads, with_government
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.model import Facts, Merge
from kg.extract.parties import collapse
from kg.extract.people import evidence_for, find_mentions, resolve, spouses
from kg.extract.roles import extract_roles
from kg.extract.triggers import extract_triggers


def _unique(items: list) -> tuple:  # type: ignore[type-arg]
    seen: dict[object, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


def extract(doc: Doc, nlp: Language, published: dt.date | None = None, lexicon: Lexicon | None = None) -> Facts:
    """All facts of one article; mentions are resolved once and shared by every extractor."""
    lexicon = lexicon or load_lexicon()
    mentions = find_mentions(doc, lexicon)
    resolved, merges = resolve(doc, mentions)
    for complete, rule in ((lambda r: complete_names(doc, mentions, r, published), "known head of government"),
                           (lambda r: spouses(doc, mentions, r), "forename after 'his wife' takes the spouse's surname")):
        completed = complete(resolved)
        merges += [Merge(m.name, completed[m], rule, evidence_for(doc[m.start : m.end]))
                   for m in mentions if completed[m] != resolved.get(m, m.name)]
        resolved = completed
    roles = with_government(doc, lexicon, mentions, resolved, published, extract_roles(doc, nlp, lexicon, mentions, resolved))
    mentioned = election_mentions(doc)  # read by both the results and the triggers extractor: found once
    elections = extract_elections(doc, lexicon, mentions, resolved, roles, published, mentioned)
    roles = collapse(roles + members_of(elections, roles, published, article_country(doc, lexicon)) + elected_heads(elections, published)
                     + runners_up(doc, lexicon, mentions, resolved, elections, roles))
    roles = inside_the_contest(roles, elections)
    triggers = extract_triggers(doc, lexicon, mentions, resolved, published, roles, elections, mentioned)
    people = {f.person for f in roles} | {f.winner for f in elections} | {f.person for f in triggers}
    first_merges: dict[tuple[str, str], Merge] = {}
    for merge in merges:
        if merge.entity in people:
            first_merges.setdefault((merge.mention, merge.entity), merge)
    # the contest the article is about: of its by-elections, the one whose seat it names most often
    text = doc.text  # rebuilt from every token on each access: read it once
    contests = {e.election: text.count(e.seat or "\0") for e in elections if e.kind in ("by-election", "special election")}
    ranked = sorted(contests.items(), key=lambda item: -item[1])
    contest = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    return Facts(_unique(roles), _unique(elections), _unique(triggers), tuple(first_merges.values()), contest)
