"""Event dates read against the publication date (kg.extract.dates)."""

import datetime as dt

import pytest

from kg.extract.dates import event_date
from kg.nlp import analyse

FRIDAY = dt.date(2017, 2, 24)


@pytest.mark.parametrize("sentence,expected", [
    ("Labour won the Fenby by-election on Thursday.", (dt.date(2017, 2, 23), 2017)),
    ("The result was announced yesterday.", (dt.date(2017, 2, 23), 2017)),
    ("It was last year's by-election.", (None, 2016)),
    ("He resigned in December.", (None, 2016)),
    ("She was elected on 5 May 2005.", (dt.date(2005, 5, 5), 2005)),
    ("The party has held the seat since 1935.", (None, None)),
    ("He won the seat in 1997.", (None, 1997)),
])
def test_event_dates(nlp, sentence, expected):
    sent = next(analyse(sentence, nlp).sents)
    assert event_date(sent, FRIDAY) == expected
