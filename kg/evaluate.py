"""Scoring extraction against gold-annotated articles (the format of the shared corpus's SCHEMA.md).

Each article is ingested into a fresh in-memory store and read back through the named queries, so
what is scored is what a user would get from `kg query`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from kg.article import make_article, parse_date
from kg.errors import InputError
from kg.extract.lexicon import fold, load_lexicon
from kg.extract.registry import RULES
from kg.ingest import frozen_pipeline, process
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


@cache
def _party_or_nationality() -> re.Pattern[str]:
    """Every party name and nationality word as one pattern, longest first (compiled once: there are thousands)."""
    phrases = sorted(_party_words() | _NATIONALITY, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases if p) + r")\b")


def norm_role(role: str) -> str:
    text = fold(role).replace("member of parliament", "mp")
    text = re.split(r"\b(?:of|for)\b", text)[0]
    text = _party_or_nationality().sub(" ", text)
    words = [w for w in text.split() if w not in ("former", "ex", "party")]
    return " ".join(words)


def same_party(found: str | None, gold: str | None, country: str | None = None) -> bool:
    """Whether a found party is the gold's. Names are compared through the gazetteer's aliases; a gold name
    that is no country's default by the schema's convention ("Democratic Alliance", not "Labour Party") means
    that party of the article's `country`, as a reader takes it, so kg's "Democratic Alliance (South Africa)"
    is the gold's "Democratic Alliance" in a South African article and not in a Greek one."""
    if gold is None:
        return True
    if not found:
        return False
    lexicon = load_lexicon()
    mine, theirs = fold(lexicon.canonical_party(found)), fold(lexicon.canonical_party(gold))
    if mine == theirs:
        return True
    if country is None or _default_elsewhere(gold, country):
        return False
    meant = _variants().get(fold(gold), {}).get(country)
    bare, _, qualifier = found.rstrip(")").partition(" (")
    return (meant is not None and fold(meant) == mine) or (
        fold(bare) == fold(gold) and _country_of_qualifier().get(fold(qualifier)) == country)


@cache
def _variants() -> dict[str, dict[str, str]]:
    """The names several countries' parties share, folded ("Peoples Democratic Party" is "People's ...")."""
    out: dict[str, dict[str, str]] = {}
    for name, by_country in load_lexicon().national_variants.items():
        out.setdefault(fold(name), {}).update(by_country)
    return out


@cache
def _country_of_qualifier() -> dict[str, str]:
    """"south africa" -> "ZA": the countries the gazetteer's names carry in brackets ("Labour Party (Nigeria)")."""
    found: dict[str, set[str]] = {}
    for party in load_lexicon().parties:
        if party.country and party.name.endswith(")") and " (" in party.name:
            found.setdefault(fold(party.name.rstrip(")").rpartition(" (")[2]), set()).add(party.country)
    return {name: countries.pop() for name, countries in found.items() if len(countries) == 1}


def _default_elsewhere(gold: str, country: str) -> bool:
    """A bare name that by convention means one country's party ("Labour Party" is the UK's) means it anywhere."""
    lexicon = load_lexicon()
    party = next((p for p in lexicon.parties if p.name == lexicon.canonical_party(gold)), None)
    return party is not None and party.country not in (None, country) and not party.world


def gold_country(gold: dict[str, list[dict[str, Any]]]) -> str | None:
    """The country of an article as its gold rows tell it: the countries its party names carry ("Labour Party
    (Nigeria)"), else the countries of the parties they name; kg's own reading of the article has no say. A tie goes to
    the country of the party the gold names first (a set's order would make it follow Python's string hashing)."""
    lexicon, qualified = load_lexicon(), _country_of_qualifier()
    names = list(dict.fromkeys(row["party"] for kind in TYPES for row in gold.get(kind, [])
                               if isinstance(row, dict) and isinstance(row.get("party"), str)))
    stated = Counter(qualified.get(fold(n.rstrip(")").rpartition(" (")[2])) for n in names if n.endswith(")"))
    by_party = {p.name: p.country for p in lexicon.parties}
    known = Counter(by_party.get(lexicon.canonical_party(n)) for n in names)
    for votes in (stated, known):
        votes.pop(None, None)
        if votes:
            return votes.most_common(1)[0][0]
    return None


def _seat_key(seat: str) -> str:
    text = re.sub(r"\b(by[- ]?election|byelection|special election|election|\d{4})\b", " ", seat, flags=re.I)
    return fold(text)


def same_seat(found: str | None, gold: Any) -> bool:
    if gold is None:
        return True
    options = gold if isinstance(gold, list) else [gold]
    key = _seat_key(found or "")
    return bool(key) and any((k := _seat_key(o)) and (k in key or key in k) for o in options)


def matches(kind: str, found: dict[str, str], gold: dict[str, Any], country: str | None = None) -> bool:
    if kind == "person_role_party":
        roles = gold["role"] if isinstance(gold["role"], list) else [gold["role"]]
        return (same_person(found["person"], gold["person"]) and norm_role(found["role"]) in {norm_role(r) for r in roles}
                and same_party(found.get("party") or None, gold.get("party"), country))
    if kind == "election_seat_winner":
        return (same_seat(found.get("seat"), gold.get("seat"))
                and (gold.get("winner") is None or same_person(found.get("winner"), gold["winner"]))
                and same_party(found.get("party") or None, gold.get("party"), country))
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
class RuleTally:
    """How a rule did: facts it made (distinct, as scored), and how many of them matched gold."""

    produced: int = 0
    matched: int = 0
    alone: int = 0  # facts no other rule made: what the rule adds on its own

    @property
    def precision(self) -> float:
        return self.matched / self.produced if self.produced else 0.0


@dataclass
class ArticleScore:
    id: str
    tallies: dict[str, Tally]
    missed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    extra: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    group: str = ""
    rules: dict[str, RuleTally] = field(default_factory=dict)


def _key(kind: str, row: dict[str, str]) -> tuple[str, ...]:
    if kind == "person_role_party":
        return (" ".join(_name(row["person"])), norm_role(row["role"]), fold(row.get("party") or ""))
    if kind == "election_seat_winner":
        return (_seat_key(row.get("seat") or ""), " ".join(_name(row.get("winner"))), fold(row.get("party") or ""))
    return (" ".join(_name(row["person"])), _seat_key(row.get("seat") or ""))


def _rules_of(rows: list[dict[str, str]]) -> list[str]:
    return sorted({r for row in rows for r in (row.get("rules") or "").split(", ") if r})


#: a required gold row matched outweighs any number of optional ones (a row file has far fewer than this many)
_REQUIRED_WEIGHT = 10_000


def _pairs(kind: str, found: list[dict[str, str]], gold_rows: list[dict[str, Any]], country: str | None) -> dict[int, int]:
    """Found row -> gold row, as many required gold rows matched as can be, then as many optional ones: the most a
    one-to-one pairing allows. Matching each found row in turn to the first gold row it fits could give a gold row to a
    found row that fits two, leaving unmatched the one found row that fits it alone: the score then followed the order
    of the rows."""
    graph = nx.Graph()
    for i, row in enumerate(found):
        for j, gold in enumerate(gold_rows):
            if matches(kind, row, gold, country):
                graph.add_edge(("found", i), ("gold", j), weight=1 if gold.get("optional") else _REQUIRED_WEIGHT)
    pairs = {}
    for a, b in nx.max_weight_matching(graph):
        (_, i), (_, j) = sorted((a, b))  # ("found", i) sorts before ("gold", j)
        pairs[i] = j
    return pairs


def score_rows(kind: str, found_rows: list[dict[str, str]], gold_rows: list[dict[str, Any]],
               rules: dict[str, RuleTally] | None = None, country: str | None = None) -> tuple[Tally, list, list]:  # type: ignore[type-arg]
    """Match found rows to gold rows (each gold row at most once); `rules` gets each rule's tally when given, `country`
    is the article's (gold_country), in which a bare gold party name is read."""
    same: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in found_rows:
        same.setdefault(_key(kind, row), []).append(row)
    keys = sorted(same)
    unique = [same[key][0] for key in keys]
    pairs = _pairs(kind, unique, gold_rows, country)
    rules = {} if rules is None else rules
    tally = Tally(required=sum(1 for g in gold_rows if not g.get("optional")))
    extra = []
    for n, row in enumerate(unique):
        hit = pairs.get(n)
        names = _rules_of(same[keys[n]])
        if hit is None:
            tally.found += 1
            extra.append(row)
            for name in names:
                rules.setdefault(name, RuleTally()).produced += 1
                rules[name].alone += len(names) == 1
            continue
        if not gold_rows[hit].get("optional"):  # an optional match counts for nobody, rules included
            tally.found += 1
            tally.matched += 1
            for name in names:
                rules.setdefault(name, RuleTally()).produced += 1
                rules[name].matched += 1
                rules[name].alone += len(names) == 1
    used = set(pairs.values())
    missed = [g for i, g in enumerate(gold_rows) if i not in used and not g.get("optional")]
    return tally, missed, extra


def score_article(record: dict[str, Any], model: str | None = None) -> ArticleScore:
    published = parse_date(record["published"], record.get("id", "?")) if record.get("published") else None
    article = make_article(record["text"], record.get("id", "gold"), date=published, article_id=record.get("id"))
    store = memory_store()
    for _, _, graph in process([article], model):
        store.put_graph(graph)
    queries = named_queries()
    result = ArticleScore(article.id, {}, group=str(record.get("group") or ""))
    country = gold_country(record["gold"])
    for kind in TYPES:
        columns, rows = rows_of(store.query(queries[_QUERY_OF[kind]].text.replace("{{name}}", '""')))
        found = [dict(zip(columns, row, strict=False)) for row in rows]
        tally, missed, extra = score_rows(kind, found, record["gold"].get(kind, []), result.rules, country)
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

    def by_group(self) -> dict[str, dict[str, Tally]]:
        """Per group (the gold articles' `group` field), each fact type's tally and "overall"."""
        groups: dict[str, dict[str, Tally]] = {}
        for article in self.articles:
            tallies = groups.setdefault(article.group or "(no group)", {kind: Tally() for kind in (*TYPES, "overall")})
            for kind, tally in article.tallies.items():
                tallies[kind].add(tally)
                tallies["overall"].add(tally)
        return dict(sorted(groups.items()))

    def by_rule(self) -> dict[str, RuleTally]:
        """Every registered rule that makes facts, with what it made and matched here (0 when it never fired)."""
        found = {name: RuleTally() for name, rule in RULES.items() if rule.makes_facts}
        for article in self.articles:
            for name, tally in article.rules.items():
                total = found.setdefault(name, RuleTally())
                total.produced += tally.produced
                total.matched += tally.matched
                total.alone += tally.alone
        return dict(sorted(found.items(), key=lambda item: (-item[1].produced, item[0])))

    def as_dict(self) -> dict[str, Any]:
        def t(x: Tally) -> dict[str, float | int]:
            return {"precision": round(x.precision, 4), "recall": round(x.recall, 4), "f1": round(x.f1, 4),
                    "matched": x.matched, "found": x.found, "required": x.required}
        return {"overall": t(self.overall), "by_type": {k: t(v) for k, v in self.totals.items()},
                "by_group": {g: {k: t(v) for k, v in kinds.items()} for g, kinds in self.by_group().items()},
                "by_rule": {name: {"produced": r.produced, "matched": r.matched, "alone": r.alone,
                                   "precision": round(r.precision, 4)}
                            for name, r in self.by_rule().items()},
                "articles": {a.id: {k: t(v) for k, v in a.tallies.items()} for a in self.articles},
                "date": dt.date.today().isoformat()}


#: Each fact type's fields: those it needs, and those that may be a list of strings (any other field: a string or null).
_GOLD_FIELDS = {"person_role_party": (("person", "role"), ("role",)), "election_seat_winner": ((), ("seat",)),
                "resignation_triggers_election": (("person",), ("seat",))}


def _gold_field_error(kind: str, number: int, row: object) -> str | None:
    """What is wrong with one gold fact (a JSON object of strings), or None."""
    if not isinstance(row, dict):
        return f"'{kind}' fact {number} is not a JSON object"
    needed, lists = _GOLD_FIELDS[kind]
    for name in needed:
        if not row.get(name):
            return f"'{kind}' fact {number} has no '{name}'"
    for name, value in row.items():
        if name in ("note", "optional"):
            continue
        listed = name in lists and isinstance(value, list) and all(isinstance(v, str) for v in value)
        ok = value is None or isinstance(value, str) or listed
        if not ok:
            return f"'{kind}' fact {number}: '{name}' should be a string" + (" or a list of strings" if name in lists else "")
    return None


def _check_gold(record: dict[str, Any], path: Path) -> None:
    """A gold article kg can score: text a string, gold an object of fact lists, each fact with string fields."""
    problem = None
    if not isinstance(record["text"], str) or not record["text"].strip():
        problem = "'text' should be the article's text"
    elif not isinstance(record["gold"], dict):
        problem = "'gold' should be an object of fact lists"
    elif any(not isinstance(record.get(key), str | None) for key in ("id", "published")):
        problem = "'id' and 'published' should be strings"
    else:
        for kind in TYPES:
            rows = record["gold"].get(kind, [])
            if not isinstance(rows, list):
                problem = f"'{kind}' should be a list of facts"
                break
            problem = next((p for i, row in enumerate(rows, 1) if (p := _gold_field_error(kind, i, row))), None)
            if problem:
                break
    if problem:
        raise InputError(f"{path}: {problem} (see the corpus SCHEMA.md); fix or remove it")


def load_gold(directory: Path) -> list[dict[str, Any]]:
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory; give a directory of gold-annotated JSON articles")
    records = []
    for path in sorted(directory.glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            raise InputError(f"{path}: not valid JSON ({str(exc).splitlines()[0] if str(exc) else 'nested too deeply'}); "
                             "fix or remove it") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); fix or remove it") from None
        if not isinstance(record, dict) or "text" not in record or "gold" not in record:
            raise InputError(f"{path}: a gold article needs 'text' and 'gold' (see the corpus SCHEMA.md)")
        _check_gold(record, path)
        record.setdefault("id", path.stem)
        records.append(record)
    if not records:
        raise InputError(f"{directory}: holds no gold articles (*.json)")
    return records


def evaluate(directory: Path, model: str | None = None) -> Evaluation:
    records = load_gold(directory)
    with frozen_pipeline(model):  # one collection for the run, not one per article
        scores = [score_article(record, model) for record in records]
    totals = {kind: Tally() for kind in TYPES}
    overall = Tally()
    for score in scores:
        for kind, tally in score.tallies.items():
            totals[kind].add(tally)
            overall.add(tally)
    return Evaluation(scores, totals, overall)


def format_scores(result: Evaluation) -> str:
    lines = [f"{'fact type':32} {'P':>6} {'R':>6} {'F1':>6}  matched/found/required"]
    for kind, tally in [*result.totals.items(), ("overall (micro)", result.overall)]:
        lines.append(f"{kind:32} {tally.precision:6.3f} {tally.recall:6.3f} {tally.f1:6.3f}  "
                     f"{tally.matched}/{tally.found}/{tally.required}")
    return "\n".join(lines)


def format_by_group(result: Evaluation) -> str:
    """One line per group: articles, each fact type's F1, and the group's micro P / R / F1."""
    counts: dict[str, int] = {}
    for article in result.articles:
        counts[article.group or "(no group)"] = counts.get(article.group or "(no group)", 0) + 1
    lines = [f"{'group':18} {'articles':>8} {'roles F1':>9} {'results F1':>10} {'triggers F1':>11} "
             f"{'P':>6} {'R':>6} {'F1':>6}"]
    for group, tallies in result.by_group().items():
        o = tallies["overall"]
        lines.append(f"{group:18} {counts[group]:8d} {_f1_cell(tallies[TYPES[0]], 9)} {_f1_cell(tallies[TYPES[1]], 10)} "
                     f"{_f1_cell(tallies[TYPES[2]], 11)} {o.precision:6.3f} {o.recall:6.3f} {o.f1:6.3f}")
    return "\n".join(lines)


def _f1_cell(tally: Tally, width: int) -> str:
    """A type's F1, or "-" where the group has nothing of that type to score (no gold row and no fact found): a
    perfect 1.000 there would read as a type the group tests and kg gets right."""
    return f"{'-':>{width}}" if not tally.required and not tally.found else f"{tally.f1:{width}.3f}"


def format_by_rule(result: Evaluation) -> str:
    """Each rule's distinct facts, how many matched gold, its precision, and how many facts no other rule made
    ("alone": what removing the rule would lose); rules that never fired last."""
    lines = [f"{'rule':38} {'facts':>6} {'matched':>8} {'precision':>9} {'alone':>6}"]
    silent = []
    for name, tally in result.by_rule().items():
        if tally.produced:
            lines.append(f"{name:38} {tally.produced:6d} {tally.matched:8d} {tally.precision:9.3f} {tally.alone:6d}")
        else:
            silent.append(name)
    if silent:
        lines.append(f"never fired here ({len(silent)}): {', '.join(silent)}")
    return "\n".join(lines)
