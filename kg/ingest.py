"""Where the flow meets: article -> spaCy doc -> facts -> triples -> store.

All inputs are checked before anything is written, so a bad file in a batch leaves the store as it
was; each article is then written whole (see KgStore.put_graph).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Graph

from kg.article import Article, read_articles
from kg.config import max_bytes as default_max_bytes
from kg.extract import extract
from kg.extract.model import Facts
from kg.mapping import article_to_graph
from kg.nlp import analyse_many, load_pipeline
from kg.store import KgStore


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    facts: int = 0
    warnings: list[str] = field(default_factory=list)


def process(articles: Iterable[Article], model: str | None = None) -> Iterator[tuple[Article, Facts, Graph]]:
    """Run spaCy over the articles in batches and turn each into its facts and its named graph."""
    nlp = load_pipeline(model)
    pending = list(articles) if not isinstance(articles, list) else articles
    for article, doc in zip(pending, analyse_many((a.text for a in pending), nlp), strict=True):
        facts = extract(doc, nlp, article.published)
        yield article, facts, article_to_graph(article, facts)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: list[str],
    store: KgStore,
    *,
    date: dt.date | None = None,
    replace: bool = False,
    model: str | None = None,
    max_bytes: int | None = None,
    on_article: Callable[[Article, str], None] | None = None,
    batch_size: int = 32,
) -> IngestReport:
    limit = max_bytes or default_max_bytes()
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    for _ in read_articles(paths, date=date, max_bytes=limit, stdin=stdin):  # validate everything first
        pass
    report = IngestReport()
    seen: set[str] = set()

    def todo() -> Iterator[Article]:
        for article in read_articles(paths, date=date, max_bytes=limit, stdin=stdin):
            report.warnings.extend(article.warnings)
            if article.id in seen:
                report.skipped.append(article.source)
                if on_article:
                    on_article(article, "skipped")
                continue
            seen.add(article.id)
            present = store.has_article(article.id)
            if present and not replace:
                report.skipped.append(article.source)
                if on_article:
                    on_article(article, "skipped")
                continue
            yield article

    for batch in _batches(todo(), batch_size):
        for article, facts, graph in process(batch, model):
            existed = replace and store.has_article(article.id)
            store.put_graph(graph)
            report.facts += len(facts)
            (report.replaced if existed else report.added).append(article.source)
            if on_article:
                on_article(article, "replaced" if existed else "added")
    return report
