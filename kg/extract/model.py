"""The facts extractors return: small frozen dataclasses with no rdflib in them.

Every fact carries its Evidence, so the graph can say which sentence of which article it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: the kinds of contest a vacancy makes (data/lexicon.json election_kinds values): what every trigger is of, and the
#: contests whose seat an article's unnamed by-election takes
VACANCY_KINDS = frozenset({"by-election", "special election"})


@dataclass(frozen=True)
class Evidence:
    """A sentence of the article: `start`/`end` are character offsets into the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class RoleFact:
    """person holds role (for party); `party_basis` says whether the party was stated or inferred."""

    person: str
    role: str
    party: str | None
    evidence: Evidence
    status: str = "current"
    party_basis: str | None = None
    #: the registered rules (kg.extract.registry) that made this fact; two when two rules agree
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class ElectionFact:
    """An election's result: who (or which party) won which seat, and when."""

    election: str
    kind: str
    seat: str | None
    winner: str | None
    party: str | None
    evidence: Evidence
    date: dt.date | None = None
    year: int | None = None
    majority: int | None = None
    outcome: str | None = None
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriggerFact:
    """A vacancy (resignation, death, ...) of a person that triggered an election for a seat."""

    person: str
    cause: str
    seat: str | None
    election: str
    evidence: Evidence
    year: int | None = None
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class ElectionMention:
    """An election the text names, [start, end) in tokens: "the 2017 Copeland by-election"."""

    start: int
    end: int
    kind: str
    seat: str | None
    year: int | None


@dataclass(frozen=True)
class Merge:
    """A mention that was resolved to an entity, and the rule that did it (for auditing)."""

    mention: str
    entity: str
    rule: str
    evidence: Evidence


@dataclass(frozen=True)
class Facts:
    roles: tuple[RoleFact, ...] = ()
    elections: tuple[ElectionFact, ...] = ()
    triggers: tuple[TriggerFact, ...] = ()
    merges: tuple[Merge, ...] = field(default=())
    #: the by-election or special election the article is about, whose candidates its "candidate" roles are
    contest: str | None = None

    def __len__(self) -> int:
        return len(self.roles) + len(self.elections) + len(self.triggers)
