"""Scoring extraction against gold-annotated articles (the format of the shared corpus's SCHEMA.md).

Each article is ingested into a fresh in-memory store and read back through the named queries, so
what is scored is what a user would get from `kg query`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.article import make_article, parse_date
from kg.errors import InputError
from kg.extract.lexicon import fold, load_lexicon
from kg.ingest import process
from kg.queries import named_queries, rows_of
from kg.store import memory_store

TYPES = ("person_role_party", "election_seat_winner", "resignation_triggers_election")
_QUERY_OF = {"person_role_party": "person-roles", "election_seat_winner": "election-winners",
             "resignation_triggers_election": "by-election-triggers"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "prof"}
_NATIONALITY = {"british", "uk", "us", "u s", "american", "australian", "irish", "scottish", "welsh", "english",
                "northern irish", "federal", "national"}


def _name(text: str | None) -> list[str]:
    words = fold(text or "").split()
    while words and words[0] in _TITLES and len(words) > 1:
        words = words[1:]
    return words


def same_person(a: str | None, b: str | None) -> bool:
    x, y = _name(a), _name(b)
    if not x or not y:
        return False
    return x == y or (x[0] == y[0] and x[-1] == y[-1])


def _party_words() -> set[str]:
    lexicon = load_lexicon()
    words = set()
    for party in lexicon.parties:
        for alias in (party.name, *party.aliases):
            words.add(fold(alias))
    return words


def norm_role(role: str) -> str:
    text = fold(role).replace("member of parliament", "mp")
    text = re.split(r"\b(?:of|for)\b", text)[0]
    for phrase in sorted(_party_words() | _NATIONALITY, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    words = [w for w in text.split() if w not in ("former", "ex", "party")]
    return " ".join(words)


def same_party(found: str | None, gold: str | None) -> bool:
    if gold is None:
        return True
    lexicon = load_lexicon()
    return bool(found) and fold(lexicon.canonical_party(found or "")) == fold(lexicon.canonical_party(gold))


def _seat_key(seat: str) -> str:
    text = re.sub(r"\b(by[- ]?election|byelection|special election|election|\d{4})\b", " ", seat, flags=re.I)
    return fold(text)


def same_seat(found: str | None, gold: Any) -> bool:
    if gold is None:
        return True
    options = gold if isinstance(gold, list) else [gold]
    key = _seat_key(found or "")
    return bool(key) and any((k := _seat_key(o)) and (k in key or key in k) for o in options)


def matches(kind: str, found: dict[str, str], gold: dict[str, Any]) -> bool:
    if kind == "person_role_party":
        roles = gold["role"] if isinstance(gold["role"], list) else [gold["role"]]
        return (same_person(found["person"], gold["person"]) and norm_role(found["role"]) in {norm_role(r) for r in roles}
                and same_party(found.get("party") or None, gold.get("party")))
    if kind == "election_seat_winner":
        return (same_seat(found.get("seat"), gold.get("seat"))
                and (gold.get("winner") is None or same_person(found.get("winner"), gold["winner"]))
                and same_party(found.get("party") or None, gold.get("party")))
    return same_person(found["person"], gold["person"]) and same_seat(found.get("seat"), gold.get("seat"))


@dataclass
class Tally:
    matched: int = 0
    found: int = 0
    required: int = 0

    def add(self, other: Tally) -> None:
        self.matched += other.matched
        self.found += other.found
        self.required += other.required

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    id: str
    tallies: dict[str, Tally]
    missed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    extra: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def _key(kind: str, row: dict[str, str]) -> tuple[str, ...]:
    if kind == "person_role_party":
        return (" ".join(_name(row["person"])), norm_role(row["role"]), fold(row.get("party") or ""))
    if kind == "election_seat_winner":
        return (_seat_key(row.get("seat") or ""), " ".join(_name(row.get("winner"))), fold(row.get("party") or ""))
    return (" ".join(_name(row["person"])), _seat_key(row.get("seat") or ""))


def score_rows(kind: str, found_rows: list[dict[str, str]], gold_rows: list[dict[str, Any]]) -> tuple[Tally, list, list]:  # type: ignore[type-arg]
    unique: dict[tuple[str, ...], dict[str, str]] = {}
    for row in found_rows:
        unique.setdefault(_key(kind, row), row)
    used: set[int] = set()
    tally = Tally(required=sum(1 for g in gold_rows if not g.get("optional")))
    extra = []
    for row in unique.values():
        hit = next((i for i, g in enumerate(gold_rows) if i not in used and not g.get("optional") and matches(kind, row, g)), None)
        if hit is None:
            hit = next((i for i, g in enumerate(gold_rows) if i not in used and g.get("optional") and matches(kind, row, g)), None)
        if hit is None:
            tally.found += 1
            extra.append(row)
            continue
        used.add(hit)
        if not gold_rows[hit].get("optional"):
            tally.found += 1
            tally.matched += 1
    missed = [g for i, g in enumerate(gold_rows) if i not in used and not g.get("optional")]
    return tally, missed, extra


def score_article(record: dict[str, Any], model: str | None = None) -> ArticleScore:
    published = parse_date(record["published"], record.get("id", "?")) if record.get("published") else None
    article = make_article(record["text"], record.get("id", "gold"), date=published, article_id=record.get("id"))
    store = memory_store()
    for _, _, graph in process([article], model):
        store.put_graph(graph)
    queries = named_queries()
    result = ArticleScore(article.id, {})
    for kind in TYPES:
        columns, rows = rows_of(store.query(queries[_QUERY_OF[kind]].text.replace("{{name}}", '""')))
        found = [dict(zip(columns, row, strict=False)) for row in rows]
        tally, missed, extra = score_rows(kind, found, record["gold"].get(kind, []))
        result.tallies[kind] = tally
        result.missed += [(kind, m) for m in missed]
        result.extra += [(kind, e) for e in extra]
    store.close()
    return result


@dataclass
class Evaluation:
    articles: list[ArticleScore]
    totals: dict[str, Tally]
    overall: Tally

    def as_dict(self) -> dict[str, Any]:
        def t(x: Tally) -> dict[str, float | int]:
            return {"precision": round(x.precision, 4), "recall": round(x.recall, 4), "f1": round(x.f1, 4),
                    "matched": x.matched, "found": x.found, "required": x.required}
        return {"overall": t(self.overall), "by_type": {k: t(v) for k, v in self.totals.items()},
                "articles": {a.id: {k: t(v) for k, v in a.tallies.items()} for a in self.articles},
                "date": dt.date.today().isoformat()}


def load_gold(directory: Path) -> list[dict[str, Any]]:
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory; give a directory of gold-annotated JSON articles")
    records = []
    for path in sorted(directory.glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: not valid JSON ({exc}); fix or remove it") from None
        if not isinstance(record, dict) or "text" not in record or "gold" not in record:
            raise InputError(f"{path}: a gold article needs 'text' and 'gold' (see the corpus SCHEMA.md)")
        record.setdefault("id", path.stem)
        records.append(record)
    if not records:
        raise InputError(f"{directory}: holds no gold articles (*.json)")
    return records


def evaluate(directory: Path, model: str | None = None) -> Evaluation:
    scores = [score_article(record, model) for record in load_gold(directory)]
    totals = {kind: Tally() for kind in TYPES}
    overall = Tally()
    for score in scores:
        for kind, tally in score.tallies.items():
            totals[kind].add(tally)
            overall.add(tally)
    return Evaluation(scores, totals, overall)
