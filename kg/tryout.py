"""What kg makes of a few sentences, for someone writing or debugging a rule: the facts with their rules, and
optionally the parse the rules read (tokens, role phrases, people)."""

from __future__ import annotations

import datetime as dt

from kg.extract.lexicon import load_lexicon
from kg.extract.pipeline import build_context, extract, render
from kg.nlp import analyse, load_pipeline


def try_text(text: str, published: dt.date | None = None, model: str | None = None, parse: bool = False) -> list[str]:
    """Lines to print: each fact as rule examples write it, with its rules; with `parse`, the parse first."""
    nlp = load_pipeline(model)
    doc = analyse(text, nlp)
    lines = _parse_lines(doc, nlp, published) if parse else []
    facts = extract(doc, nlp, published)
    for kind, found in (("role", facts.roles), ("result", facts.elections), ("trigger", facts.triggers)):
        lines += [f"{kind:8} {render(f):60} {', '.join(f.rules)}" for f in found]
    return lines or ["no facts"]


def _parse_lines(doc, nlp, published: dt.date | None) -> list[str]:  # type: ignore[no-untyped-def]
    ctx, _ = build_context(doc, nlp, published, load_lexicon())
    lines = [f"{'i':>3} {'token':16} {'pos':6} {'tag':5} {'dep':10} {'head':>4} {'lemma':14} ent"]
    lines += [f"{t.i:3d} {t.text[:16]:16} {t.pos_:6} {t.tag_:5} {t.dep_:10} {t.head.i:4d} {t.lemma_[:14]:14} "
              f"{t.ent_type_}{'=' + t.ent_id_ if t.ent_id_ else ''}" for t in doc if not t.is_space]
    lines += [f"person   [{m.start}:{m.end}] {m.name!r} -> {ctx.name(m)!r}" for m in ctx.mentions]
    lines += [f"phrase   [{p.start}:{p.end}] {doc[p.start:p.end].text!r} label={p.label!r} party={p.party} "
              f"status={p.status}" for p in ctx.phrases]
    lines += [f"election [{e.start}:{e.end}] kind={e.kind!r} seat={e.seat!r} year={e.year}" for e in ctx.elections]
    return [*lines, f"country  {ctx.country}", ""]
