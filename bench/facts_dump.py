"""Every fact kg extracts from a directory of gold articles, one JSON line each, sorted.

A refactoring of kg/extract must leave this output unchanged (compare two runs with `diff`). Parsed docs are
cached in a spaCy DocBin beside the output's cache directory, so a second run only re-runs extraction.

    python bench/facts_dump.py ../shared/corpus/dev ../shared/corpus/seed > /tmp/facts.jsonl
    python bench/facts_dump.py --no-rules ...     # leave the rule names out (to compare with code older than them)
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

from spacy.tokens import DocBin

from kg.article import parse_date
from kg.evaluate import load_gold
from kg.extract import extract
from kg.nlp import analyse_many, load_pipeline

CACHE = Path(".cache/facts_dump")


def _docs(texts: list[str]) -> list:  # type: ignore[type-arg]
    nlp = load_pipeline()
    key = hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(analyse_many(texts, nlp))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=True).to_disk(path)
    return docs


def _row(article: str, kind: str, fact: object, rules: bool) -> str:
    data = dataclasses.asdict(fact)  # type: ignore[call-overload]
    if not rules:
        data.pop("rules", None)
    return json.dumps({"article": article, "kind": kind, **data}, sort_keys=True, default=str, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--no-rules", action="store_true")
    args = parser.parse_args()
    records = [r for d in args.dirs for r in load_gold(d)]
    nlp = load_pipeline()
    rows = []
    for record, doc in zip(records, _docs([r["text"] for r in records]), strict=True):
        published = parse_date(record["published"], record["id"]) if record.get("published") else None
        facts = extract(doc, nlp, published)
        for kind in ("roles", "elections", "triggers", "merges"):
            rows += [_row(record["id"], kind, f, not args.no_rules) for f in getattr(facts, kind)]
        rows.append(json.dumps({"article": record["id"], "kind": "contest", "contest": facts.contest}))
    sys.stdout.write("".join(f"{row}\n" for row in sorted(rows)))


if __name__ == "__main__":
    main()
