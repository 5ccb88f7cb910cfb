"""Event dates from what a sentence says, read against the article's publication date.

News states dates relative to the day it is published ("on Thursday", "last year's by-election",
"resigned in December"); a fact's event date is kept apart from that publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

# The calendar's names are kept here, not in data/lexicon.json: they are facts of the English language, not a
# list kg tunes (nothing is ever added to them), and the regexes below are built from these one lists.
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = "|".join(_MONTHS)
#: "in May" is too often the verb ("may") to date an event by
_MONTH_NOT_MAY = "|".join(m for m in _MONTHS if m != "may")
_FULL = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH}),? (\d{{4}})\b|\b({_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", re.I)
_ON_WEEKDAY = re.compile(rf"\bon ({'|'.join(_WEEKDAYS)})\b")
_IN_MONTH = re.compile(rf"\b(?:in|last|this|since) ({_MONTH_NOT_MAY})\b(?! \d)")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def year_of(tok: Token) -> int | None:
    """The year a token writes as four digits ("2019" in "resigned in 2019"), else None: one test for every rule that
    reads years off tokens ("1,200" or "20,000" is no year; "four" is a number but no year)."""
    return int(tok.text) if tok.like_num and len(tok.text) == 4 and tok.text.isdigit() else None


def _month_before(month: int, published: dt.date, last: bool) -> int:
    """The year of the latest such month on or before publication ("in December" read in February)."""
    year = published.year if month <= published.month else published.year - 1
    return year - 1 if last and month == published.month else year


def event_date(sent: Span, published: dt.date | None) -> tuple[dt.date | None, int | None]:
    """(date, year) an event in `sent` happened, as far as the sentence and publication date say."""
    text = " ".join(sent.text.split())
    full = _FULL.search(text)
    if full:
        day, month, year = (full.group(1), full.group(2), full.group(3)) if full.group(1) else (
            full.group(5), full.group(4), full.group(6))
        try:
            date = dt.date(int(year), _MONTHS[month.lower()], int(day))
            return date, date.year
        except ValueError:
            pass
    lowered = text.lower()
    if published is not None:
        if re.search(r"\b(yesterday|last night)\b", lowered):
            day = published - dt.timedelta(days=1)
            return day, day.year
        if re.search(r"\b(today|tonight|this morning|earlier today)\b", lowered):
            return published, published.year
        weekday = _ON_WEEKDAY.search(lowered)
        if weekday:
            back = (published.weekday() - _WEEKDAYS[weekday.group(1)]) % 7 or 7
            day = published - dt.timedelta(days=back)
            return day, day.year
        if re.search(r"\blast year(?:'s|’s)?\b", lowered):
            return None, published.year - 1
        month = _IN_MONTH.search(lowered)
        if month and not _YEAR.search(lowered[month.end(): month.end() + 6]):
            return None, _month_before(_MONTHS[month.group(1)], published, month.group(0).startswith("last"))
    # "held the seat since 1950", "since the party's big win in 1966" date the holding, not this event
    years = [int(m.group(1)) for m in _YEAR.finditer(text)
             if not re.search(r"\b(since|until|till|before|from|between|and)\s+$", text[: m.start()].lower())
             and not _held_since(text[: m.start()].lower())]
    return None, (years[0] if years else None)


def _held_since(before: str) -> bool:
    """"since the party's big win in 1966" dates a holding; "since she won the by-election in 2019" dates her win."""
    held = re.search(r"\b(since|until|till)\b([^,;:.]{0,40})\bin\s+$", before)
    return held is not None and not re.search(r"\b(won|elected|re-elected|returned)\b", held.group(2))
