"""One article as the rules read it: its doc, people, role phrases, country, date and elections.

Built once per article by kg.extract.pipeline and never changed afterwards: rules read it and return
facts; none of them edits a list another rule reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.lexicon import Lexicon
from kg.extract.model import ElectionFact, ElectionMention, Merge, RoleFact, TriggerFact
from kg.extract.people import Mention
from kg.extract.phrases import RolePhrase


@dataclass(frozen=True)
class ArticleContext:
    doc: Doc
    nlp: Language
    lexicon: Lexicon
    published: dt.date | None
    #: person mentions, in the order found (names the model missed after a title come last)
    mentions: tuple[Mention, ...]
    #: mention -> the fullest name it refers to in this article
    resolved: Mapping[Mention, str]
    #: role phrases ("shadow chancellor", "MP for Fenby") with what their own words say
    phrases: tuple[RolePhrase, ...]
    #: the country the article is about, from its parties and cue words (kg.extract.government.article_country)
    country: str | None
    #: the same, or failing any cue, the one country whose heads of government the article names
    government_country: str | None
    #: the elections the text names ("the Copeland by-election"), found once for every rule
    elections: tuple[ElectionMention, ...]

    def name(self, mention: Mention) -> str:
        return self.resolved.get(mention, mention.name)

    @cached_property
    def by_token(self) -> dict[int, Mention]:
        """token index -> the person mention covering it."""
        return {i: m for m in self.mentions for i in range(m.start, m.end)}

    @cached_property
    def by_start(self) -> dict[int, Mention]:
        return {m.start: m for m in self.mentions}

    @cached_property
    def year(self) -> int | None:
        """The year the article is written in: its date's, else the latest year it names (a result years before it
        is past, not a race)."""
        if self.published:
            return self.published.year
        return max((int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", self.doc.text)), default=None)

    @cached_property
    def person_at(self) -> dict[int, str]:
        """token index -> the resolved name of the person mention covering it."""
        return {i: self.name(m) for m in self.mentions for i in range(m.start, m.end)}


@dataclass
class Found:
    """What the stages have found so far; each stage adds to it, in the order of kg.extract.registry.STAGES."""

    merges: list[Merge] = field(default_factory=list)
    #: (mention, role phrase, rule name): the roles stage's output before parties are settled
    pairs: list[tuple[Mention, RolePhrase, str]] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    elections: list[ElectionFact] = field(default_factory=list)
    #: every result with a winner: the settled elections, and a winner the settling set aside ("won the seat" of an
    #: earlier contest), who still won something; the results stage's role rules read these
    won: list[ElectionFact] = field(default_factory=list)
    triggers: list[TriggerFact] = field(default_factory=list)
