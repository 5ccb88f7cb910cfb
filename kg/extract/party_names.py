"""Which party a party name in an article is: the article's country decides.

"Liberal" is the Liberal Party in a British article and the Liberal Party of Australia in an Australian one;
"LDP" is Japan's Liberal Democratic Party in a Japanese article; "SP" is India's Samajwadi Party in an Indian one
and nothing at all elsewhere. A name several countries' parties share (data/parties.json and the gazetteer's
`national_variants`) and an abbreviation only an article about one country uses (the gazetteer's `short_names`:
two letters, or another country's party elsewhere) are settled by the country the article is about, and never
by a guess at another country's party.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.government import article_country
from kg.extract.lexicon import Lexicon

#: entities an abbreviation of the article's country may replace: the tagger's guesses at what "SP" or "DA" is
_REPLACEABLE = frozenset({"ORG", "NORP", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT", ""})


def _short_name(doc: Doc, i: int, shorts: dict[str, dict[str, str]], country: str) -> str | None:
    """The party an abbreviation at token `i` names in the article's country: a word in capitals standing alone
    ("SP candidate", "the DA's"), not part of a code or a name ("SP-1", "SP Singh" the tagger read as a person)."""
    token = doc[i]
    party = shorts.get(token.text, {}).get(country)
    if party is None or not token.text.isupper() or token.ent_type_ in ("PARTY", "PERSON"):
        return None
    joined = [t for t in (doc[i - 1] if i else None, doc[i + 1] if i + 1 < len(doc) else None)
              if t is not None and t.text in ("-", "/", ".") and not (t.i > i and token.whitespace_)]
    return None if joined else party


def settle(doc: Doc, lexicon: Lexicon) -> None:
    """Give each shared party name and abbreviation the party of the article's country, where it has one."""
    variants, shorts = lexicon.national_variants, lexicon.short_names
    if not any(e.label_ == "PARTY" and e.text in variants for e in doc.ents) and not any(t.text in shorts for t in doc):
        return
    country = article_country(doc, lexicon)
    if country is None:
        return
    ents = []
    for ent in doc.ents:
        choice = (variants.get(ent.text, {}).get(country) or shorts.get(ent.text, {}).get(country)) if ent.label_ == "PARTY" else None
        ents.append(Span(doc, ent.start, ent.end, label=ent.label_, span_id=choice) if choice else ent)
    found = [Span(doc, t.i, t.i + 1, label="PARTY", span_id=party) for t in doc if t.text in shorts
             and (party := _short_name(doc, t.i, shorts, country))]
    if found:
        taken = {s.start for s in found}
        ents = [e for e in ents if not (e.label_ in _REPLACEABLE and any(e.start <= i < e.end for i in taken))]
    doc.ents = filter_spans(ents + found)
