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
