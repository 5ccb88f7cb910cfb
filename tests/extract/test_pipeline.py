"""The whole flow (kg/extract/pipeline.py, kg/nlp.py): evidence, photo captions, one fact said twice, several families at once."""

import datetime as dt

from tests.extract.conftest import roles


def test_photo_credit_and_gallery_counter_are_not_facts(facts_of):
    facts = facts_of("1/20 3 March 2017 Labour MP Ann Lowe visits a school in Leeds PA wire\n\n"
                     "2/20 3 March 2017 Storm Doris hits the coast Getty Images")
    assert ("Ann Lowe", "mp", "Labour Party") in roles(facts)
    assert not any("Doris" in f.person for f in facts.roles)


def test_every_fact_has_evidence_inside_the_text(facts_of):
    text = "The Kelby by-election was called after the resignation of Labour MP Ruth Dale."
    facts = facts_of(text)
    for fact in (*facts.roles, *facts.triggers):
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text


def test_one_member_role_said_twice_is_one_fact(facts_of):
    facts = facts_of("Labour's Jo Platt won the Fenby seat in 2005. "
                     "She vows to carry on as a hard-working constituency MP.")
    assert [f.role for f in facts.roles if f.person == "Jo Platt"] == ["constituency mp"]


def test_us_special_elections(facts_of):
    facts = facts_of("Democrat Connor Lambert won the special election in Pennsylvania's 18th Congressional District, "
                     "a seat vacated by Republican Rep. Tim Murfey, who resigned in October.")
    assert [(e.winner, e.party) for e in facts.elections] == [("Connor Lambert", "Democratic Party")]
    assert [(t.person, t.cause) for t in facts.triggers] == [("Tim Murfey", "resignation")]
    facts = facts_of("Republican Greg Gianford won Montana's special election for the House seat vacated by "
                     "Ryan Zinker, who became interior secretary.")
    assert [(t.person, t.seat) for t in facts.triggers] == [("Ryan Zinker", "Montana")]


def test_a_former_role_is_former_only(facts_of):
    """"Former Labour MP Tom Ure" and then "Tom Ure, the Labour MP": one role, former, never current and former."""
    facts = facts_of("Former Labour MP Tom Ure spoke. Tom Ure, the Labour MP, was there.")
    statuses = {f.status for f in facts.roles if (f.person, f.role) == ("Tom Ure", "mp")}
    assert statuses == {"former"}


def test_a_contest_named_short_is_the_contest_named_in_full(facts_of):
    """"the Fenby by-election" in an article about "the Fenby and Hale by-election": one election, not two."""
    facts = facts_of("Ann Roe won the Fenby and Hale by-election for Reform UK. The Fenby by-election came about through "
                     "the resignation of Tom Ure.")
    assert {t.election for t in facts.triggers} | {e.election for e in facts.elections} == {"Fenby and Hale by-election"}


def test_two_contests_in_one_article_stay_two(facts_of):
    facts = facts_of("Ann Roe won the Fenby and Hale by-election for Reform UK. Tom Ure held Fenby for Labour in 2019.",
                     dt.date(2025, 5, 2))
    assert {e.election for e in facts.elections} == {"2025 Fenby and Hale by-election", "2019 Fenby general election"}


def test_a_district_by_its_code_is_the_district_spelled_out(facts_of):
    facts = facts_of("Republican Ann Roe won Ohio's 9th Congressional District special election on Tuesday. The OH-9 "
                     "special election was called after Tom Ure resigned.")
    labels = {e.election for e in facts.elections} | {t.election for t in facts.triggers}
    assert labels == {"Ohio's 9th Congressional District special election"}


def test_the_results_stage_runs_its_role_rules_from_order_on_what_was_won(facts_of, monkeypatch):
    """A rule listed in ORDER["results"] is called with the article and what was found so far, and its roles kept:
    adding a rule to the stage is one line in ORDER, with no call to write in the pipeline."""
    from kg.extract.model import RoleFact
    from kg.extract.registry import ORDER, RULES, Rule

    seen = []

    def probe(ctx, so_far):
        seen.append(([e.winner for e in so_far.won], {f.role for f in so_far.roles if f.person == "Ann Roe"}))
        won = so_far.won[0]
        return [RoleFact(won.winner, "probe", won.party, won.evidence, rules=("roles.probe",))]

    monkeypatch.setitem(RULES, "roles.probe", Rule("roles.probe", "results", probe, ()))
    monkeypatch.setitem(ORDER, "results", (*ORDER["results"], "roles.probe"))
    facts = facts_of("Ann Roe won the Fenby by-election for Labour.")
    # the rules before it in the stage have run: the winner is already the seat's member
    assert seen == [(["Ann Roe"], {"mp"})]
    assert ("Ann Roe", "probe", "Labour Party") in roles(facts)


def test_a_candidate_without_a_party_in_a_partisan_contest_is_withheld(facts_of):
    facts = facts_of("Ann Roe of Labour won the Fenby by-election with 12,000 votes. The Conservatives' Tom Ure was second "
                     "with 9,000 votes. Jo Platt was third with 400 votes.")
    candidates = {(f.person, f.party) for f in facts.roles if f.role == "candidate"}
    assert ("Tom Ure", "Conservative Party") in candidates and ("Ann Roe", "Labour Party") in candidates
    assert not any(person == "Jo Platt" for person, _ in candidates)  # her party is somewhere kg did not read


def test_a_race_of_no_parties_keeps_its_candidates(facts_of):
    facts = facts_of("In the Fenby mayoral race, Ann Roe beat Tom Ure by 3,000 votes.")
    assert any(f.person == "Tom Ure" and f.role == "candidate" for f in facts.roles)


def test_a_person_read_as_a_verb_s_far_object_is_no_seat(facts_of):
    facts = facts_of("In the Fenby mayoral race, Ann Roe won with 12,000 votes, ahead of Tom Ure on 9,000 and Jo Platt on 400.")
    assert not any(e.seat == "Jo Platt" for e in facts.elections)
