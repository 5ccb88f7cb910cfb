"""Round 19's vacancies (kg/extract/triggers.py): a by-election named only as the way a seat is not filled
("rather than by by-election") is none of the article's contests."""


def test_a_contest_named_as_the_way_not_taken_is_no_contest_of_the_article(facts_of):
    text = ("Kay Dunn has been co-opted to the Assembly as the new member for Fenby. Ms Dunn fills the seat vacated by "
            "Tom Ure following his election to Parliament. Vacancies in the Assembly are filled by the party's "
            "nominating officer rather than by by-election.")
    assert not facts_of(text).triggers


def test_forgone_reads_the_words_before_the_contest():
    from kg.extract.lexicon import load_lexicon
    from kg.extract.triggers import _forgone
    from kg.nlp import analyse, load_pipeline

    doc = analyse("The seat is filled by the party rather than by by-election, not instead of a vote.", load_pipeline(None))
    start = next(t.i for t in doc if t.lower_ == "rather") + 3  # "rather than by | by-election"
    assert _forgone(doc, start - 1, load_lexicon())
    assert not _forgone(doc, 2, load_lexicon())
