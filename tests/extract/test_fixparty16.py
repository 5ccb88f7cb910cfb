"""Round 16's review of the parties and members rules, fixed: each test is a reviewer's sentence (invented names)."""

from tests.extract.conftest import roles


def test_a_council_election_named_after_the_result_leaves_the_seat_an_mp(facts_of):
    found = roles(facts_of("Ann Roe won the Fenby by-election for Labour on Thursday. Fenby's council elections will be "
                           "held in May."))
    assert ("Ann Roe", "mp", "Labour Party") in found
    assert ("Ann Roe", "councillor", "Labour Party") not in found


def test_a_federal_riding_keeps_the_nations_parties_in_a_provincial_article(facts_of):
    found = roles(facts_of("FREDERICTON — Conservative Ann Roe held the federal riding of Fenby on Monday, beating "
                           "Liberal Tom Ure. Roe sat in the New Brunswick legislature as a PC from 2010 to 2018."))
    assert any(r[0] == "Tom Ure" and r[2] == "Liberal Party of Canada" for r in found)
    assert not any(r[0] == "Tom Ure" and r[2] == "New Brunswick Liberal Association" for r in found)


def test_mixed_case_initials_are_a_party_not_a_word(facts_of):
    found = roles(facts_of("Ann Roe of PiS won the Fenby seat, beating Tom Ure of the Civic Platform."))
    assert any(r[0] == "Ann Roe" and r[2] == "Law and Justice (Poland)" for r in found)
    assert not any(r[0] == "Ann Roe" and r[2] == "Civic Platform" for r in found)


def test_initials_written_in_mixed_case_are_no_ordinary_word():
    from kg.extract.government import ordinary_word
    assert not ordinary_word("PiS") and not ordinary_word("MoDem") and not ordinary_word("LeU")
    assert ordinary_word("Opposition")


def test_the_dictionary_of_ordinary_words_needs_no_pipeline_loaded_first():
    import subprocess
    import sys
    code = "from kg.extract.government import ordinary_word; print(ordinary_word('Opposition'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


def test_a_school_prefect_holds_no_office(facts_of):
    found = roles(facts_of("Ann Roe, the prefect of Fenby Grammar School, won the debating prize."))
    assert not any(r[0] == "Ann Roe" for r in found)

