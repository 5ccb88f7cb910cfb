import datetime as dt

import pytest

from kg.article import decode, expand_paths, make_article, read_articles
from kg.errors import InputError


def test_date_header_is_publication_date_not_text():
    article = make_article("date 2017-02-24 Labour held the seat.", "x")
    assert article.published == dt.date(2017, 2, 24)
    assert article.text == "Labour held the seat."


def test_date_option_overrides_header():
    article = make_article("date 2017-02-24\nText here.", "x", date=dt.date(2020, 1, 1))
    assert article.published == dt.date(2020, 1, 1)


def test_text_starting_with_the_word_date_is_kept():
    assert make_article("Date night at Westminster.", "x").text == "Date night at Westminster."


@pytest.mark.parametrize("header", ["date 2017-02-30 x", "date 2017-13-01 x", "date: 2017-2 x"])
def test_impossible_or_malformed_date_refused(header):
    with pytest.raises(InputError, match="date"):
        make_article(header, "x")


def test_empty_and_whitespace_refused():
    with pytest.raises(InputError, match="empty"):
        make_article("  \n\t ", "x")
    with pytest.raises(InputError, match="empty"):
        make_article("date 2017-02-24   ", "x")


def test_same_text_same_id_different_text_different_id():
    assert make_article("A.", "one").id == make_article("A.", "two").id
    assert make_article("A.", "x").id != make_article("B.", "x").id


def test_binary_and_bad_utf8_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\x00\x00", "f")
    with pytest.raises(InputError, match="UTF-8"):
        decode("Sinn F\xe9in".encode("latin-1"), "f")


def test_utf8_bom_and_utf16_decoded():
    assert decode("\ufeffHello".encode("utf-8"), "f") == "Hello"
    assert decode("Sinn Féin".encode("utf-16"), "f") == "Sinn Féin"


def test_html_given_as_text_is_reduced_to_its_text():
    article = make_article("<html><body><p>Labour won.</p><script>alert(1)</script></body></html>", "x")
    assert article.text == "Labour won."
    assert article.warnings


def test_size_limit(article_file):
    path = article_file("x" * 100)
    with pytest.raises(InputError, match="limit"):
        list(read_articles([str(path)], max_bytes=50))


def test_directory_without_articles_and_missing_path(tmp_path):
    with pytest.raises(InputError, match="no articles"):
        expand_paths([str(tmp_path)])
    with pytest.raises(InputError, match="no such file"):
        expand_paths([str(tmp_path / "missing.txt")])


def test_jsonl_articles(article_file):
    path = article_file('{"text": "Labour held Copeland.", "date": "2017-02-24", "id": "a1"}\n\n{"text": "B."}\n', "b.jsonl")
    articles = list(read_articles([str(path)]))
    assert [a.id for a in articles][0] == "a1"
    assert articles[0].published == dt.date(2017, 2, 24)
    assert len(articles) == 2


@pytest.mark.parametrize("header,expected", [
    ("Date: 2 May 2025", dt.date(2025, 5, 2)),
    ("date 2 May 2025", dt.date(2025, 5, 2)),
    ("Date: Friday, 2nd May 2025", dt.date(2025, 5, 2)),
    ("Date: 2 Sept. 2025", dt.date(2025, 9, 2)),
    ("Date: May 2, 2025", dt.date(2025, 5, 2)),
    ("DATE: 2025-05-02", dt.date(2025, 5, 2)),
    ("Date: 24/02/2017", dt.date(2017, 2, 24)),  # only one reading is a date: day first
    ("Date: 02/24/2017", dt.date(2017, 2, 24)),  # only one reading is a date: month first
    ("Date: 05/05/2017", dt.date(2017, 5, 5)),  # both readings are the same date
])
def test_common_date_header_forms(header, expected):
    article = make_article(f"{header}\n\nLabour held the seat.", "x")
    assert article.published == expected
    assert article.text == "Labour held the seat."


def test_refused_date_header_is_quoted_whole_with_the_forms_tried():
    with pytest.raises(InputError) as refused:
        make_article("Date: 2 Mai 2025\n\nLabour held the seat.", "x")
    message = str(refused.value)
    assert "'Date: 2 Mai 2025'" in message
    assert all(form in message for form in ("2025-05-02", "2 May 2025", "May 2, 2025", "24/02/2017"))


def test_numeric_date_read_both_ways_is_refused_not_guessed():
    with pytest.raises(InputError, match="2 May or 5 February") as refused:
        make_article("Date: 02/05/2025\n\nLabour held the seat.", "x")
    assert "2025-05-02" in str(refused.value)


def test_date_option_reads_the_same_forms():
    from kg.article import parse_date

    assert parse_date("2 May 2025", "--date") == parse_date("May 2, 2025", "--date") == dt.date(2025, 5, 2)
    with pytest.raises(InputError, match="not a real date"):
        parse_date("30 February 2025", "--date")
