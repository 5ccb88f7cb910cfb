"""Round 18: a round-up's line of contests still to come ("Next week: By-elections in Kelby and Ashmoor", data
"preview_openings") names no contest the article is about (kg/extract/elections.py primary_seat, _previewed)."""

_ROUND_UP = """Ward by-elections: Labour holds one of two

Two municipal ward by-elections were held on Wednesday, and Labour kept only one of the seats it had held before.

FENBY LOCAL MUNICIPALITY, WARD 23
Lab 71.2% | Green 24.6% | Con 4.2%
Lab hold

Labour's Ann Roe comfortably held the ward, which fell vacant when Labour councillor Tom Ure resigned in May.

HALE MUNICIPALITY, WARD 7
Con 58.9% | Lab 37.5% | Green 3.6%
Con gain from Lab

Jo Platt won the ward for the Conservatives by 212 votes. The by-election followed the death in June of Labour
councillor Kay Dunn, who had won the ward in 2011 by just 38 votes.

Next week: four by-elections in Kelby and Ashmoor.
"""


def test_a_preview_line_gives_no_contest_its_seat(facts_of):
    facts = facts_of(_ROUND_UP)
    seats = {e.seat for e in facts.elections} | {t.seat for t in facts.triggers}
    assert not seats & {"Kelby", "Ashmoor"}


def test_primary_seat_skips_a_preview_line(nlp):
    from kg.extract.elections import election_mentions, primary_seat
    from kg.extract.lexicon import load_lexicon

    doc = nlp("Coming up: the Kelby by-election, the first in Kelby since 2019.\n\nAnn Roe won the Fenby by-election on Thursday.")
    lexicon = load_lexicon()
    assert primary_seat(doc, election_mentions(doc, lexicon), lexicon) == "Fenby"
