"""What triggered a by-election or a leadership contest (kg/extract/triggers.py)."""

import datetime as dt

from tests.extract.conftest import lexicon_with


def test_trigger_resignation(facts_of):
    facts = facts_of("The Kelby by-election resulted from the resignation of Labour MP Ruth Dale.")
    (trigger,) = facts.triggers
    assert (trigger.person, trigger.cause, trigger.seat) == ("Ruth Dale", "resignation", "Kelby")


def test_trigger_death(facts_of):
    facts = facts_of("A by-election in Marlow North was called after the death of Conservative MP Ian Fry.")
    (trigger,) = facts.triggers
    assert (trigger.person, trigger.cause, trigger.seat) == ("Ian Fry", "death", "Marlow North")


def test_resignation_without_by_election_triggers_nothing(facts_of):
    facts = facts_of("Labour chairman Ray Holt resigned from the cabinet on Monday.")
    assert not facts.triggers


def test_trigger_without_seat_in_sentence_uses_the_articles_seat(facts_of):
    facts = facts_of("Voters in the Ashcombe parliamentary by-election cast ballots today. "
                     "The by-election came about through the death of the Labour member Rhys Tait.")
    (trigger,) = facts.triggers
    assert trigger.seat == "Ashcombe" and trigger.person == "Rhys Tait"


def test_seat_known_by_its_late_holder(facts_of):
    facts = facts_of("Senator Ed Marlow died in August. Republican Tom Quill won a special election to complete "
                     "the late Ed Marlow's Senate term.")
    (trigger,) = facts.triggers
    assert (trigger.person, trigger.cause, trigger.seat) == ("Ed Marlow", "death", "Ed Marlow's Senate seat")


def test_leaders_death_triggers_leadership_election(facts_of):
    facts = facts_of("Labour leader Ian Fell was popular. After the death of leader Ian Fell in 1994, "
                     "Sam Brook had a clear run at the leadership.")
    (trigger,) = facts.triggers
    assert (trigger.person, trigger.cause, trigger.seat) == ("Ian Fell", "death", "Leader of the Labour Party")


def test_chairman_quitting_triggers_nothing(facts_of):
    facts = facts_of("Labour chairman Ray Holt resigned, and the leadership was unaffected.")
    assert not facts.triggers


def test_trigger_year_is_the_by_elections_not_the_resignations(facts_of, nlp):
    import datetime as dt

    from kg.extract import extract
    from kg.nlp import analyse

    doc = analyse("The Kelby by-election was sparked by the resignation of Jamie Rees, who quit in December.", nlp)
    (trigger,) = extract(doc, nlp, dt.date(2017, 2, 24)).triggers
    assert trigger.election == "2017 Kelby by-election"


def test_death_in_a_holders_term_triggers_the_reported_contest(facts_of):
    facts = facts_of("Fenby Mayor Cory Boone has been chosen as the next Senator for Kelby after he won a special "
                     "election. Boone was elected to finish out the term of Frank Lauder, whose death in June led to a "
                     "short campaign.")
    assert [(t.person, t.cause, t.seat) for t in facts.triggers] == [("Frank Lauder", "death", "Kelby")]


def test_elevation_to_the_lords_of_someone_triggers(facts_of):
    facts = facts_of("The Kelby by-election was caused by the elevation to the Lords of Tory MP Peter Haines.")
    assert [(t.person, t.cause, t.seat) for t in facts.triggers] == [("Peter Haines", "elevation to the Lords", "Kelby")]


def test_the_contest_was_triggered_when(facts_of):
    facts = facts_of("The SNP's Kirsty Dalgety won the Fife Central by-election. The contest was triggered when the "
                     "sitting MSP, Alasdair Rennock, stood down.")
    assert any(t.person == "Alasdair Rennock" and t.seat == "Fife Central" for t in facts.triggers)


def test_going_to_the_polls_after_a_recall_petition(facts_of):
    facts = facts_of("Labour's Amy Lomax won the Kettering North by-election. Voters went to the polls after a recall "
                     "petition against their MP, Dean Foyle, was signed by 12 per cent of them.")
    assert any(t.person == "Dean Foyle" and t.cause == "recall" and t.seat == "Kettering North" for t in facts.triggers)


def test_the_winner_replaces_someone_who_stood_down(facts_of):
    facts = facts_of("Sarah Okoro won the Rotherham West by-election for Labour. She replaces Dennis Walsh, who stood "
                     "down in September after 19 years.")
    assert any(t.person == "Dennis Walsh" and t.cause == "resignation" and t.seat == "Rotherham West" for t in facts.triggers)


def test_appointment_and_election_elsewhere_are_causes(facts_of):
    facts = facts_of("The by-election was forced when the sitting MP, Sir Anthony Grenville, was appointed to a public post.")
    assert any(t.person == "Anthony Grenville" and t.cause == "appointment" for t in facts.triggers)
    facts = facts_of("The by-election was caused by the election of Fine Gael TD Mary Hollis to the European Parliament.")
    assert any(t.person == "Mary Hollis" for t in facts.triggers)


def test_resignation_of_the_seat_by_its_holder(facts_of):
    facts = facts_of("Ann Roe has won a Fenby by-election brought on by the resignation of the Fenby seat by "
                     "ex-home secretary Tom Ure.")
    assert [(t.person, t.cause, t.seat) for t in facts.triggers] == [("Tom Ure", "resignation", "Fenby")]


def test_seat_vacated_by_its_holder_not_the_loser_beside_it(facts_of):
    facts = facts_of("Ann Roe won the Fenby special election on Tuesday. Roe defeated Judge Ben Hale for the seat "
                     "vacated by veteran Senator Tom Ure.")
    assert [t.person for t in facts.triggers] == ["Tom Ure"]


def test_resigning_to_run_for_the_seat_vacates_nothing(facts_of):
    facts = facts_of("Ann Roe won the Fenby special election on Tuesday. Ben Hale resigned from the bench last month "
                     "to stand for the open Senate seat.")
    assert not facts.triggers


def test_new_member_chosen_after_a_death_speaks_of_the_contest(facts_of):
    facts = facts_of("The Fenby by-election was held on Thursday. Voters in Fenby chose a new MP following the "
                     "death of Tom Ure.")
    assert [(t.person, t.cause, t.seat) for t in facts.triggers] == [("Tom Ure", "death", "Fenby")]


def test_new_member_without_a_vacancy_triggers_nothing(facts_of):
    facts = facts_of("The Fenby by-election was held on Thursday. Ann Roe was announced as Fenby's new MP on Friday.")
    assert not facts.triggers


def test_late_holder_in_one_of_several_results_is_that_seats_trigger(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for Labour. "
                     "The race for Marsh Hill saw Jo Platt, daughter of the late Tom Platt who held the seat for the "
                     "Liberals, easily recapture the seat.")
    assert any(t.person == "Tom Platt" and t.cause == "death" and t.seat == "Marsh Hill" for t in facts.triggers)


def test_a_seat_that_fell_vacant(facts_of):
    facts = facts_of("The Fenby by-election was held on Saturday. Fenby became vacant after the resignation of "
                     "Greens MP Tom Ure in November.")
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Tom Ure", "resignation", "Fenby")}
    facts = facts_of("The Fenby by-election is on Saturday. The job became vacant after Tom Ure resigned.")
    assert not facts.triggers  # a job is no seat


def test_two_contests_named_together_stay_two(facts_of):
    """"the Fenby and Hale by-elections" are two contests: Hale's vacancy is Hale's, not one seat "Fenby and Hale"."""
    facts = facts_of("The Fenby and Hale by-elections are on Saturday. Hale became vacant after the resignation "
                     "of Ann Roe.")
    assert {(t.person, t.seat, t.election) for t in facts.triggers} == {("Ann Roe", "Hale", "Hale by-election")}


def test_a_move_to_another_office_triggers_the_contest_it_names(facts_of):
    facts = facts_of("Ann Roe won the Fenby special election. Roe's victory will now trigger a new special election, "
                     "this time for her seat in the state Senate.")
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Ann Roe", "election to another office", "state Senate")}
    facts = facts_of("Tom Ure was elected mayor of Fenby in May. His election as mayor triggered the Hale by-election.")
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Tom Ure", "election to another office", "Hale")}


def test_a_win_that_was_caused_is_no_vacancy(facts_of):
    facts = facts_of("Ann Roe's win in the Fenby by-election was caused by a swing to Labour.")
    assert not facts.triggers


def test_a_seat_filled_by_appointment_after_a_vacancy(facts_of):
    facts = facts_of("Ann Roe won the Fenby special election, beating incumbent Tom Ure. The governor appointed Ure after "
                     "Jo Platt resigned at the end of 2019.")
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Jo Platt", "resignation", "Fenby")}


def test_a_minister_appointed_after_a_resignation_triggers_nothing(facts_of):
    facts = facts_of("Ann Roe won the Fenby special election. The prime minister appointed Tom Ure to the cabinet after "
                     "Jo Platt resigned.")
    assert not facts.triggers


def _triples(facts):
    return {(t.person, t.cause, t.seat) for t in facts.triggers}


def test_a_seat_that_fell_vacant_on_an_appointment_is_the_seat_it_names(facts_of):
    """The one appointed left the seat, not the president who appointed her; the seat is the one named before "seat"."""
    facts = facts_of("Three by-elections were held on Thursday. The Hale parliamentary seat fell vacant after Ruth Dale was "
                     "appointed as Health Secretary by President Omar Brandt.")
    assert _triples(facts) == {("Ruth Dale", "appointment", "Hale")}


def test_two_people_who_vacated_two_seats_each_trigger_their_own(facts_of):
    facts = facts_of("The Fenby and Hale by-elections were held on Sunday. Bypolls were held in Fenby and Hale because "
                     "Ian Fry and Tom Ure vacated the seats.")
    assert _triples(facts) == {("Ian Fry", "resignation", "Fenby"), ("Tom Ure", "resignation", "Hale")}


def test_several_who_vacated_seats_no_list_pairs_trigger_nothing(facts_of):
    """Which of two people left which seat is not said: no vacancy is invented for either."""
    facts = facts_of("Two by-elections are due. The vote will fill the seats vacated by Senator Ann Roe and Senator Tom Ure.")
    assert not facts.triggers


def test_a_seat_vacated_by_a_death_in_the_race_a_sentence_is_set_in(facts_of):
    facts = facts_of("Three by-elections are held on Sunday. In the race in Hale, Ann Roe seeks the seat that was "
                     "vacated by the death of ex-Speaker Tom Ure.")
    assert _triples(facts) == {("Tom Ure", "death", "Hale")}


def test_the_by_election_among_several_is_the_one_named_last(facts_of):
    facts = facts_of("Three by-elections are held on Sunday. The Hale election is fought by nine contestants. "
                     "The by-election comes after the resignation of Mo Hart.")
    assert _triples(facts) == {("Mo Hart", "resignation", "Hale")}


def test_a_member_who_quit_the_house_left_the_seat_the_article_says_he_held(facts_of):
    """The one who quit, not the one named in a clause inside the cause ("a faction led by Ann Roe")."""
    facts = facts_of("Three by-elections are held on Sunday. The Hale seat, long held by Tom Ure, is contested "
                     "by two. Ure quit the party and the Lower House over payments from a faction led by Ann Roe.")
    assert _triples(facts) == {("Tom Ure", "resignation", "Hale")}


def test_the_agent_of_a_vacated_seat_left_it_not_the_loser_named_before(facts_of):
    facts = facts_of("The Fenby special election was held. Jo Platt defeated Judge Ray Holt for the seat vacated by long-serving "
                     "Senator Ian Fell.")
    assert {t.person for t in facts.triggers} == {"Ian Fell"}


def test_a_hypothetical_resignation_triggers_nothing(facts_of):
    facts = facts_of("A special election in Fenby is due. If Ann Roe is confirmed and resigns from the House, a special "
                     "election would follow.")
    assert not facts.triggers
    facts = facts_of("A snap election would be triggered if President Tom Ure resigned.")
    assert not facts.triggers


def test_a_snap_election_for_an_office_is_triggered_by_its_holders_removal(facts_of):
    facts = facts_of("The snap election was sparked by the impeachment of ex-President Tom Ure, who left office in "
                     "April 2025.")
    assert _triples(facts) == {("Tom Ure", "removal from office", "President")}
    assert facts.triggers[0].election == "2025 presidential election"


def test_a_snap_election_called_by_a_president_is_no_vacancy(facts_of):
    facts = facts_of("The snap election was called by President Tom Ure.")
    assert not facts.triggers


def test_the_winner_taking_over_from_a_new_mayor(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. It was her third attempt, taking over the seat from new Hale Mayor "
                     "Tom Ure.")
    assert _triples(facts) == {("Tom Ure", "election to another office", "Fenby")}


def test_taking_over_from_someone_with_no_departure_told_triggers_nothing(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. She takes over from Tom Ure.")
    assert not facts.triggers


def test_members_listed_after_they_were_said_to_have_left_each_vacated_their_seat(facts_of):
    facts = facts_of("Three by-elections were held on Saturday. Every MP bounced out of Parliament for breaking the rule stood "
                     "again.\n- Ann Roe (Fenby)\n- Tom Ure (Hale)\nThe exception is Jo Platt (Kelby), who retired.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Ann Roe", "Fenby"), ("Tom Ure", "Hale"), ("Jo Platt", "Kelby")}


def test_a_list_of_members_with_no_departure_told_is_no_vacancy(facts_of):
    facts = facts_of("Three by-elections were held on Saturday. Every MP spoke in the debate.\n- Ann Roe (Fenby)\n"
                     "- Tom Ure (Hale)\n")
    assert not facts.triggers


def test_a_result_told_with_the_vacancy_it_followed(facts_of):
    facts = facts_of("Four by-elections were held on Monday. Ann Roe won Fenby with 54 per cent of the vote, following "
                     "the resignation of former minister Tom Ure.")
    assert _triples(facts) == {("Tom Ure", "resignation", "Fenby")}


def test_the_winner_taking_over_from_one_who_resigned(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Roe will take over from Defence minister Tom Ure, member for "
                     "the area for a decade until he resigned to join cabinet.")
    assert _triples(facts) == {("Tom Ure", "resignation", "Fenby")}


def test_who_vacated_a_seat_is_named_by_the_verb_not_by_a_name_nearby(facts_of):
    facts = facts_of("Two by-elections are due. Ann Roe said the seat vacated by the party must be filled.")
    assert not {t.person for t in facts.triggers} & {"Ann Roe"}


def test_seats_vacated_by_two_are_the_seats_the_article_says_each_represented(facts_of):
    facts = facts_of("Two by-elections are due. The vote will fill the seats vacated by Senator Ann Roe and Senator Tom Ure. "
                     "Roe and Ure represented Fenby and Hale districts until they became ministers.")
    assert _triples(facts) == {("Ann Roe", "resignation", "Fenby"), ("Tom Ure", "resignation", "Hale")}


def test_representing_a_party_is_no_seat(facts_of):
    facts = facts_of("Two by-elections are due. The vote will fill the seats vacated by Senator Ann Roe and Senator Tom Ure. "
                     "Roe and Ure represented Labour at the conference.")
    assert not facts.triggers


def test_taking_over_from_a_description_then_the_name_it_describes(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Roe will take over from her brother in law, Defence CS Tom Ure "
                     "who had served the district for ten years and resigned on joining cabinet.")
    assert _triples(facts) == {("Tom Ure", "resignation", "Fenby")}


def test_candidates_vying_to_replace_one_who_died(facts_of):
    facts = facts_of("Two by-elections are due this month. In Fenby's 5th district, three hopefuls are vying to replace "
                     "ex-minister Tom Ure, who died last year.")
    assert _triples(facts) == {("Tom Ure", "death", "Fenby")}


def test_vying_to_replace_a_leader_who_left_no_seat_is_no_vacancy(facts_of):
    facts = facts_of("Two by-elections are due this month. Three hopefuls are vying to replace Tom Ure as party leader.")
    assert not facts.triggers


def test_a_party_in_brackets_is_no_seat(facts_of):
    facts = facts_of("Three by-elections were held on Saturday. Every MP bounced out of Parliament for breaking the rule stood "
                     "again.\n- Ann Roe (Labour)\n- Tom Ure (Hale)\n")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Hale")}


def test_the_place_a_late_member_represented_does_not_displace_the_contests_seat(facts_of):
    facts = facts_of("Ann Roe won the Fenby District 8 special election. Roe first won in a special election held "
                     "after the death of representative Tom Ure. Ure had represented Hale since 1990.")
    seats = {t.seat for t in facts.triggers}
    assert seats and all(seat.startswith("Fenby") for seat in seats)


def test_several_by_elections_each_vacancy_gets_the_seat_its_winner_took(facts_of):
    # "he fills the seat X left": the winner's seat, not the article's first contest; "the candidate" names no
    # one, so the by-election named last before is meant, never a European Parliament election named in passing
    facts = facts_of("Byelections were held in three constituencies on Friday. Labour's Jo Platt was elected in the Fenby "
                     "byelection. Sam Roe won the Hale byelection for the Greens. He had been the early front runner. "
                     "Roe said he was honoured. He fills the seat vacated in March by his colleague Tom Ure. "
                     "Ann Lee won the Kelby byelection. The candidate, who did well at the European Parliament elections, "
                     "took the seat vacated by Ian Fry.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Hale"), ("Ian Fry", "Kelby")}


def test_district_numbered_after_its_place_is_the_places(facts_of):
    # the parser reads "No. 5 Lower House electoral district" as a second object of "In", beside the place
    facts = facts_of("Two by-elections due this month in Fenby and Hale will test the new party. In Fenby’s No. 3 Lower "
                     "House electoral district, a strip from Kelby Airport to the edge of Marlow, two contenders "
                     "are vying to succeed former Finance Minister and veteran party figure Tomas Urelli, who died in March.")
    assert [(t.person, t.cause, t.seat) for t in facts.triggers] == [("Tomas Urelli", "death", "Fenby")]


def test_resigning_for_a_new_post_vacates_the_members_seat_not_the_posts_place(facts_of):
    facts = facts_of("Labour has kept its seat in Fenby and Hale, its second by-election win in a month. "
                     "Tom Ure, who leads Kelby Council, retained the Marlow constituency with a majority of about 7,500. "
                     "The by-election was triggered when former Labour minister Ann Roe resigned in October to become "
                     "Marlow deputy mayor.")
    assert [(t.person, t.seat) for t in facts.triggers] == [("Ann Roe", "Fenby and Hale")]


def test_a_by_elections_place_told_after_its_name_is_its_seat(facts_of):
    facts = facts_of("Tom Ure retained the Marlow constituency for Labour. The previous by-election, in the City of Kelby a "
                     "fortnight ago, saw Jo Platt hold the seat for Labour in a contest brought on by the resignation of Ian Fry.")
    # the seat as the by-election's result names it ("the City of Kelby" is Kelby, as issue 14 has "the city of Exeter"
    # be Exeter): the vacancy and the result are of one contest, never of Marlow
    assert [(e.seat, e.winner) for e in facts.elections if e.winner == "Jo Platt"] == [("Kelby", "Jo Platt")]
    assert [(t.person, t.seat) for t in facts.triggers] == [("Ian Fry", "Kelby")]


def test_seat_vacated_by_a_relatives_death_named_by_forename(facts_of):
    # "vacated ... by the passing of X": the passing says how, so the vacancy is a death; "her father Sean" is a Roe
    facts = facts_of("Labour's Ann Roe won the Fenby by-election. Roe takes the seat vacated in the Fenby "
                     "constituency by the passing of her father Sean in January.")
    assert _triples(facts) == {("Sean Roe", "death", "Fenby")}


def test_recall_petition_unseats_the_member_a_pronoun_refers_to_not_the_winner(facts_of):
    facts = facts_of("Labour candidate Ann Roe is the new MP for Kelby after seeing off a challenge from the "
                     "Green Party by 412 votes. Ms Roe's victory marks a second win for Labour after Jo Platt won by 318 "
                     "votes in 2015. However, Ms Platt was convicted of perjury in October and dropped by Labour. She was "
                     "then jailed for two months, which triggered a recall petition by which her constituents "
                     "removed her from Parliament. Nine candidates stood at the by-election.",
                     dt.date(2017, 5, 4))  # undated, the latest year named (2015) would be the article's own contest's
    assert _triples(facts) == {("Jo Platt", "recall", "Kelby")}


def test_a_seat_held_until_its_holders_death(facts_of):
    facts = facts_of("The Hale by-election is on Thursday. Labour MP Tom Ure served the town from 2001 until his death in May.")
    assert _triples(facts) == {("Tom Ure", "death", "Hale")}


def test_among_several_by_elections_the_one_replaced_is_in_the_seat_the_successor_won(facts_of):
    facts = facts_of("The governing party won three by-elections on Friday. In Fenby the governing party's candidate Ann Roe "
                     "beat Jo Platt easily. In Hale, Sam Lee won the seat after garnering 8,204 votes. Lee will take over from "
                     "his cousin, Transport minister Tom Ure who had represented the area for 12 years before "
                     "resigning to join the cabinet.")
    assert _triples(facts) == {("Tom Ure", "resignation", "Hale")}


def test_election_to_another_chamber_or_office_makes_the_vacancy(facts_of):
    for text in ("The Fenby by-election was triggered when Tom Ure was elected to the European Parliament.",
                 "The Fenby by-election was caused by Tom Ure becoming an MEP.",
                 "The Fenby special election was called after Tom Ure was elected to the state Senate."):
        assert _triples(facts_of(text)) == {("Tom Ure", "election to another office", "Fenby")}, text


def test_winner_elected_to_the_chamber_in_the_by_election_is_no_vacancy(facts_of):
    assert not facts_of("Sinn Fein's Ann Roe was elected to the Dail on the sixth count in the Fenby byelection.").triggers


def test_member_elected_for_two_seats_vacates_the_one_not_kept(facts_of):
    facts = facts_of("Ann Roe, elected for both Fenby and Hale, chose to sit for Hale, triggering a by-election in Fenby.")
    assert _triples(facts) == {("Ann Roe", "election for another seat", "Fenby")}


def test_expulsion_from_a_party_leaves_no_seat_empty(facts_of):
    assert not facts_of("Tom Ure, who was expelled from the party in May, is standing in the Fenby by-election.").triggers


def test_defection_then_standing_down_is_a_resignation(facts_of):
    facts = facts_of("Tom Ure defected to Reform UK and stood down, triggering the Fenby by-election.")
    assert _triples(facts) == {("Tom Ure", "resignation", "Fenby")}


def test_the_winners_own_resignation_told_by_a_pronoun_is_no_vacancy(facts_of):
    # "He" is the winner: his leaving the council made no vacancy, and no one else named nearby left a seat
    facts = facts_of("Tom Ure won the Fenby by-election. Party leader Jo Platt praised him. He had resigned from the "
                     "council before the by-election.")
    assert not facts.triggers


def test_an_office_held_until_a_resignation_or_a_choice_of_no_place_is_no_vacancy(facts_of):
    assert not facts_of("The Hale by-election is on Thursday. Tom Ure served as health minister until his resignation "
                        "in 2019.").triggers
    assert not facts_of("Ann Roe, who won the Hale by-election, chose to represent her party at the count.").triggers


def test_a_kin_named_at_the_very_end_of_a_text_without_a_full_stop(facts_of):
    """A headline or a cut text may end on the forename: no reading past the end of the document."""
    facts = facts_of("The Fenby by-election follows the death of her father Sean", dt.date(2024, 5, 3))
    assert all(t.seat == "Fenby" for t in facts.triggers)


def test_resigning_for_a_post_keeps_the_seat_the_by_election_names(facts_of):
    # the seat is told with the by-election in the same sentence: a new post's place, even a like-named one, is no reason
    # to drop it ("Halesworth" holds "Hale" as a substring only)
    facts = facts_of("A by-election is being held in Hale after Tom Ure resigned to become Halesworth mayor.")
    assert _triples(facts) == {("Tom Ure", "resignation", "Hale")}
    facts = facts_of("A by-election is being held in Fenby after Tom Ure resigned to become mayor of Fenby.")
    assert _triples(facts) == {("Tom Ure", "resignation", "Fenby")}


def test_the_word_lists_in_data_drive_the_trigger_rules(nlp, tmp_path):
    """A kin word and a conditional word added to data/lexicon.json change what the rules read: the lists are data."""
    from kg.extract import extract
    from kg.nlp import analyse

    lexicon = lexicon_with(tmp_path, kin=["uncle"], conditional_words=["must"])
    uncle = analyse("Labour's Ann Roe won the Fenby by-election. Roe takes the seat vacated in the Fenby constituency by "
                    "the passing of her uncle Sean in January.", nlp)
    assert not _triples(extract(uncle, nlp))
    assert _triples(extract(uncle, nlp, None, lexicon)) == {("Sean Roe", "death", "Fenby")}
    must = analyse("A special election in Fenby is due. Tom Ure must resign from the House, and a special election follows.", nlp)
    assert _triples(extract(must, nlp)) == {("Tom Ure", "resignation", "Fenby")}
    assert not _triples(extract(must, nlp, None, lexicon))


def test_capitals_heading_with_a_stop_word_is_one_section_start(facts_of):
    # "ASHMOOR, THE MOOR" is a round-up's heading (its seat after the comma) and, for its stop word, a capitals line
    # of no place too: kept twice, its seat and None met in the sections' sort and raised TypeError
    facts = facts_of("KELBY, HALE NORTH\nThe Hale North by-election was caused by the death of councillor Tom Ure.\n"
                     "ASHMOOR, THE MOOR\nThe by-election in The Moor follows the resignation of councillor Jo Platt.")
    told = {(t.person, t.cause, t.seat) for t in facts.triggers}
    assert ("Tom Ure", "death", "Hale North") in told
    assert any(t.person == "Jo Platt" and t.cause == "resignation" for t in facts.triggers)
