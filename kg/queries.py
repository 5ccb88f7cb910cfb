"""Named queries (kg/queries/*.rq), query resolution and result formatting.

A query is a built-in name, a path to a .rq file, or SPARQL text. `{{param}}` placeholders in a
query are filled with user values as escaped SPARQL literals, never pasted in raw.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal
from rdflib.query import Result

from kg.config import QUERY_DIR
from kg.errors import InputError, QueryError
from kg.store import KgStore, is_update

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
FORMATS = ("table", "csv", "json")
#: Built-in queries that look an entity up by name: the parameter, the entity's class and what it is called.
LOOKUPS = {"person": ("name", "kgo:Person", "person"), "party-people": ("party", "kgo:Party", "party")}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str


def named_queries() -> dict[str, NamedQuery]:
    found = {}
    for path in sorted(QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0].lstrip("# ").strip() if text else ""
        found[path.stem] = NamedQuery(path.stem, first, text)
    return found


def _looks_like_sparql(text: str) -> bool:
    return bool(re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|PREFIX|LOAD|CLEAR|DROP)\b", text, re.I))


def resolve_query(q: str, params: dict[str, str] | None = None) -> str:
    """Turn the user's Q into SPARQL text with its parameters bound."""
    queries = named_queries()
    if q in queries:
        text = queries[q].text
    elif q.endswith(".rq") or (len(q) < 300 and Path(q).is_file()):
        path = Path(q)
        if not path.is_file():
            raise InputError(f"{q}: no such query file; give a built-in name (kg query --list), a .rq file or SPARQL text")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = f"not UTF-8 (byte {exc.start})" if isinstance(exc, UnicodeDecodeError) else exc.strerror or str(exc)
            raise InputError(f"{q}: cannot read the query file ({why}); save it as UTF-8 text") from None
    elif _looks_like_sparql(q) or is_update(q):  # an update is recognised, to be refused as one
        text = q
    else:
        known = ", ".join(queries)
        raise QueryError(f"unknown query '{q}'; built-in queries are: {known}")
    return bind_params(text, params or {})


def bind_params(text: str, params: dict[str, str]) -> str:
    wanted = set(_PLACEHOLDER.findall(text))
    unknown = set(params) - wanted
    if unknown:
        raise InputError(f"this query takes no parameter {', '.join(sorted(unknown))}; it takes: {', '.join(sorted(wanted)) or 'none'}")
    return _PLACEHOLDER.sub(lambda m: Literal(params.get(m.group(1), "")).n3(), text)


def parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"--param '{pair}' is not NAME=VALUE; write it as e.g. --param name=\"Jeremy Corbyn\"")
        name, value = pair.split("=", 1)
        params[name.strip()] = value
    return params


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def rows_of(result: Result) -> tuple[list[str], list[list[str]]]:
    if result.type == "ASK":
        return ["answer"], [[str(bool(result.askAnswer)).lower()]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph
        assert graph is not None
        return ["subject", "predicate", "object"], [[str(s), str(p), str(o)] for s, p, o in graph]
    columns = [str(v) for v in (result.vars or [])]
    rows = [[_cell(row[i]) for i in range(len(columns))] for row in result]  # type: ignore[index]
    return columns, rows


def format_rows(columns: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return out.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(columns, row, strict=False)) for row in rows], indent=2, ensure_ascii=False) + "\n"
    if fmt == "table":
        widths = [min(60, max([len(c)] + [len(r[i]) for r in rows])) for i, c in enumerate(columns)]

        def line(cells: list[str]) -> str:
            return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()

        body = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in rows]
        return "\n".join(body) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
    raise InputError(f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}")


def lookup_hint(store: KgStore, name: str, params: dict[str, str]) -> str | None:
    """What to say when a lookup by name (`kg query person -p name=galloway`) found nothing: the names it may
    have meant, as `kg path` suggests them ("did you mean: George Galloway?"). None for other queries."""
    if name not in LOOKUPS:
        return None
    param, cls, kind = LOOKUPS[name]
    wanted = params.get(param, "").strip()
    if not wanted:
        return None
    from kg.netview import close_labels

    labels = {str(row[0]) for row in store.query(f"SELECT DISTINCT ?l WHERE {{ ?x a {cls} ; rdfs:label ?l }}")}  # type: ignore[index]
    close = close_labels(wanted, labels)
    if close:
        return f"no {kind} named '{wanted}'; did you mean: {', '.join(close)}?"
    return f"no {kind} named '{wanted}'; kg query {'person-roles' if kind == 'person' else 'party-people'} lists them"
