"""Each rule on sentences written for the test (never text from the evaluation corpus)."""


def roles(facts):
    return {(f.person, f.role, f.party) for f in facts.roles}


def test_title_before_name_with_party(facts_of):
    facts = facts_of("Labour candidate Jane Hollis lost to Tory MP Peter Grange.")
    assert ("Jane Hollis", "candidate", "Labour Party") in roles(facts)
    assert ("Peter Grange", "mp", "Conservative Party") in roles(facts)


def test_former_status(facts_of):
    facts = facts_of("Former Labour MP Alan Brisk opened the museum.")
    (fact,) = [f for f in facts.roles if f.person == "Alan Brisk"]
    assert fact.status == "former" and fact.role == "mp"


def test_apposition_after_name(facts_of):
    facts = facts_of("Rosa Pell, the Liberal Democrat spokeswoman for health, said the plan was wrong.")
    assert any(f.person == "Rosa Pell" and f.role.startswith("spokeswoman") and f.party == "Liberal Democrats"
               for f in facts.roles)


def test_as_role(facts_of):
    facts = facts_of("Conservative members voted to keep Harold Penn as leader of the party.")
    assert any(f.person == "Harold Penn" and f.role.startswith("leader") for f in facts.roles)


def test_shadow_role_keeps_prefix(facts_of):
    facts = facts_of("The Labour shadow chancellor, Mary Okafor, spoke first.")
    assert any(f.person == "Mary Okafor" and f.role == "shadow chancellor" for f in facts.roles)


def test_non_political_title_is_not_a_role(facts_of):
    facts = facts_of("Designer Pam Lowry showed her collection in London.")
    assert not facts.roles


def test_surname_resolved_to_unique_full_name(facts_of):
    facts = facts_of("Tory candidate Helen Marsh spoke. Later Ms Marsh won the Ashby by-election.")
    assert any(m.mention == "Marsh" and m.entity == "Helen Marsh" for m in facts.merges)
    assert any(e.winner == "Helen Marsh" for e in facts.elections)


def test_ambiguous_surname_not_merged(facts_of):
    facts = facts_of("Labour MP John Reid met Labour MP Sarah Reid. Mr Reid said he would stand as leader.")
    assert not any(m.entity in ("John Reid", "Sarah Reid") and m.mention == "Reid" for m in facts.merges)


def test_election_result_with_seat(facts_of):
    facts = facts_of("Liberal Democrat candidate Tom Ames won the Fenwick by-election with a majority of 900.")
    (result,) = facts.elections
    assert (result.seat, result.winner, result.party, result.kind) == ("Fenwick", "Tom Ames", "Liberal Democrats", "by-election")


def test_forecast_is_not_a_result(facts_of):
    facts = facts_of("Polls suggest Labour candidate Tom Ames could win the Fenwick by-election.")
    assert not facts.elections


def test_party_victory_without_named_winner(facts_of):
    facts = facts_of("Labour's victory in the Haddon by-election surprised everyone.")
    assert any(e.seat == "Haddon" and e.party == "Labour Party" and e.winner is None for e in facts.elections)


def test_trigger_resignation(facts_of):
    facts = facts_of("The Kelby by-election was triggered by the resignation of Labour MP Ruth Dale.")
    (trigger,) = facts.triggers
    assert (trigger.person, trigger.cause, trigger.seat) == ("Ruth Dale", "resignation", "Kelby")


def test_trigger_death(facts_of):
    facts = facts_of("A by-election in Marlow North was called after the death of Conservative MP Ian Fry.")
    (trigger,) = facts.triggers
    assert (trigger.person, trigger.cause, trigger.seat) == ("Ian Fry", "death", "Marlow North")


def test_resignation_without_by_election_triggers_nothing(facts_of):
    facts = facts_of("Labour chairman Ray Holt resigned from the cabinet on Monday.")
    assert not facts.triggers


def test_photo_credit_and_gallery_counter_are_not_facts(facts_of):
    facts = facts_of("1/20 3 March 2017 Labour MP Ann Lowe visits a school in Leeds PA wire\n\n"
                     "2/20 3 March 2017 Storm Doris hits the coast Getty Images")
    assert ("Ann Lowe", "mp", "Labour Party") in roles(facts)
    assert not any("Doris" in f.person for f in facts.roles)


def test_every_fact_has_evidence_inside_the_text(facts_of):
    text = "The Kelby by-election was triggered by the resignation of Labour MP Ruth Dale."
    facts = facts_of(text)
    for fact in (*facts.roles, *facts.triggers):
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text


def test_predicate_role_through_pronoun(facts_of):
    facts = facts_of("Labour MP Dora Quist spoke on Monday. She served as foreign secretary in the 1990s.")
    fact = next(f for f in facts.roles if f.role == "foreign secretary")
    assert fact.person == "Dora Quist" and fact.status == "former"


def test_predicate_role_through_who(facts_of):
    facts = facts_of("Mr Benn Ortiz, who became party chairman last year, was not available.")
    assert any(f.person == "Benn Ortiz" and f.role == "party chairman" for f in facts.roles)


def test_entered_parliament_for_seat(facts_of):
    facts = facts_of("Labour MP Carl Fenn entered Parliament for Gatley West in 1992, after contesting the Hale seat in 1987.")
    assert any(e.winner == "Carl Fenn" and e.seat == "Gatley West" and e.year == 1992 for e in facts.elections)


def test_held_the_seat_of_with_possessive_party(facts_of):
    facts = facts_of("Labour's Nina Ross held the seat of Marston and Hale North with ease.")
    assert any(e.winner == "Nina Ross" and e.seat == "Marston and Hale North" and e.party == "Labour Party"
               for e in facts.elections)


def test_newly_elected_member_for_seat(facts_of):
    facts = facts_of("He shared an office with the newly elected MP for Fenby, Tom Ure, a Labour man.")
    assert any(e.winner == "Tom Ure" and e.seat == "Fenby" for e in facts.elections)


def test_trigger_without_seat_in_sentence_uses_the_articles_seat(facts_of):
    facts = facts_of("Voters in the Ashcombe parliamentary by-election went to the polls. "
                     "The by-election was triggered by the death of Labour MP Rhys Tait.")
    (trigger,) = facts.triggers
    assert trigger.seat == "Ashcombe" and trigger.person == "Rhys Tait"


def test_member_title_after_the_name(facts_of):
    facts = facts_of("Tributes were paid to Jim Halloran MP, who represented the town for years.")
    assert any(f.person == "Jim Halloran" and f.role == "mp" for f in facts.roles)


def test_place_before_member_title_is_not_part_of_the_role(facts_of):
    facts = facts_of("Fenby North MP Lucy Vance tweeted her sympathy.")
    assert any(f.person == "Lucy Vance" and f.role == "mp" for f in facts.roles)


def test_abbreviated_us_titles(facts_of):
    facts = facts_of("Republican Sen. Tom Harlan and Gov. Rita Moss spoke.")
    assert ("Tom Harlan", "senator") in {(f.person, f.role) for f in facts.roles}
    assert ("Rita Moss", "governor") in {(f.person, f.role) for f in facts.roles}


def test_spokesman_on_portfolio_before_name(facts_of):
    facts = facts_of("It was attacked by the Tory spokesman on foreign affairs, Ian Drover.")
    assert any(f.person == "Ian Drover" and f.role.startswith("spokesman") and f.party == "Conservative Party"
               for f in facts.roles)


def test_capitalised_generic_title_before_a_name(facts_of):
    facts = facts_of("President Alvarez Quinn rode into office on a message of change.")
    assert any(f.person == "Alvarez Quinn" and f.role == "president" for f in facts.roles)


def test_peer_title_resolved_to_full_name(facts_of):
    facts = facts_of("Labour leader Owen Tarrant retired. Lord Tarrant said he was proud.")
    assert any(m.mention in ("Lord Tarrant", "Tarrant") and m.entity == "Owen Tarrant" for m in facts.merges)


def test_role_stated_by_a_verb(facts_of):
    facts = facts_of("Labour MP Owen Pryce spoke. He chaired the Labour Party in the 1990s and led the city council.")
    roles_of_pryce = {(f.role, f.party) for f in facts.roles if f.person == "Owen Pryce"}
    assert ("chairman", "Labour Party") in roles_of_pryce
    assert any(role == "council leader" for role, _ in roles_of_pryce)


def test_position_of_role(facts_of):
    facts = facts_of("Before she resigned the position of home secretary, Mary Okafor ran the department.")
    assert any(f.person == "Mary Okafor" and f.role == "home secretary" and f.status == "former" for f in facts.roles)


def test_participle_clause_role(facts_of):
    facts = facts_of("Named health secretary in 2001, Mr Alan Petrie reorganised the service.")
    assert any(f.person == "Alan Petrie" and f.role == "health secretary" for f in facts.roles)


def test_hyphenated_names_kept_and_resolved(facts_of):
    facts = facts_of("Ukip MEP Robert Dunn-Hale launched a party. Mr Dunn-Hale said Dunn would win.")
    assert any(f.person == "Robert Dunn-Hale" for f in facts.roles)
    assert any(m.mention == "Dunn-Hale" and m.entity == "Robert Dunn-Hale" for m in facts.merges)


def test_definite_role_refers_to_the_articles_main_person(facts_of):
    facts = facts_of("Ukip's Robert Dunn-Hale launched a new party on Monday. Mr Dunn-Hale spoke in Derby. "
                     "The East Midlands MEP, who quit Ukip, wants to change politics.")
    assert any(f.person == "Robert Dunn-Hale" and f.role == "mep" for f in facts.roles)


def test_the_seat_is_the_seat_named_just_before(facts_of):
    facts = facts_of("Rosa Kent is to contest the Derbyshire seat of Ambley. Labour's Ann Pole won the seat in 1997.")
    assert any(e.winner == "Ann Pole" and e.seat == "Ambley" and e.year == 1997 for e in facts.elections)


def test_seat_known_by_its_late_holder(facts_of):
    facts = facts_of("Senator Ed Marlow died in August. Republican Tom Quill won a special election to serve out "
                     "the late Ed Marlow's Senate term.")
    (trigger,) = facts.triggers
    assert (trigger.person, trigger.cause, trigger.seat) == ("Ed Marlow", "death", "Ed Marlow's Senate seat")


def test_reverse_apposition_with_a_name_the_model_missed(facts_of):
    facts = facts_of('The Shadow Secretary of State for the Family, Theresa May, said: "No."')
    assert any(f.person == "Theresa May" and f.role.startswith("shadow secretary") for f in facts.roles)


def test_member_for_a_seat_but_not_member_of_the_public(facts_of):
    facts = facts_of("Sir Ian Dorn was replaced as the member for Ashby and Hale by the flamboyant Alan Clarkson. "
                     "A member of the public, Jo Fitch, complained.")
    assert not any(f.person == "Jo Fitch" for f in facts.roles)
    held = {(f.person, f.status) for f in facts.roles if f.role == "mp for ashby and hale"}
    assert {("Ian Dorn", "former"), ("Alan Clarkson", "current")} <= held


def test_party_at_the_end_of_a_qualifier(facts_of):
    facts = facts_of("Russell Tandy, agent for Arundel and South Downs Tories, said the seat was safe.")
    assert any(f.person == "Russell Tandy" and f.role.startswith("agent") and f.party == "Conservative Party"
               for f in facts.roles)


def test_leadership_won_and_elected_leader(facts_of):
    facts = facts_of("Neil Harker won the Labour leadership in 1983.")
    assert any(e.winner == "Neil Harker" and e.seat == "Leader of the Labour Party" and e.year == 1983
               and e.election == "1983 Labour Party leadership election" for e in facts.elections)
    facts = facts_of("Conservative MP Ruth Ames was elected leader of the Conservative Party in 2005.")
    assert any(e.winner == "Ruth Ames" and e.kind == "leadership election" for e in facts.elections)


def test_leaders_death_triggers_leadership_election(facts_of):
    facts = facts_of("Labour leader Ian Fell was popular. After the death of leader Ian Fell in 1994, "
                     "Sam Brook had a clear run at the leadership.")
    (trigger,) = facts.triggers
    assert (trigger.person, trigger.cause, trigger.seat) == ("Ian Fell", "death", "Leader of the Labour Party")


def test_chairman_quitting_triggers_nothing(facts_of):
    facts = facts_of("Labour chairman Ray Holt resigned, and the leadership was unaffected.")
    assert not facts.triggers


def test_apposition_ends_at_a_relative_pronoun(facts_of):
    facts = facts_of("Sir Alan Pryor, the Tory backbencher who challenged the leader in 1989, has died.")
    assert any(f.person == "Alan Pryor" and f.role == "backbencher" and f.party == "Conservative Party"
               for f in facts.roles)


def test_a_duration_is_not_part_of_the_role(facts_of):
    facts = facts_of("Sir Alan Pryor was born in 1920. He had represented the town as an MP for 20 years.")
    assert any(f.person == "Alan Pryor" and f.role == "mp" for f in facts.roles)


def test_pronoun_refers_to_the_articles_main_person(facts_of):
    facts = facts_of("Former Labour prime minister Lord Pelham has died. Lord Pelham was 92. "
                     "Tony Marsh said he was a great man. He held each of the offices of chancellor and home secretary.")
    held = {f.role for f in facts.roles if f.person == "Lord Pelham"}
    assert {"chancellor", "home secretary"} <= held
    assert not any(f.person == "Tony Marsh" and f.role == "chancellor" for f in facts.roles)


def test_letters_after_a_name_are_not_the_name(facts_of):
    facts = facts_of("Labour MP Jim Dobbs MP died on Saturday.")
    assert {f.person for f in facts.roles} == {"Jim Dobbs"}


def test_took_a_named_seat(facts_of):
    facts = facts_of("Labour MP Owen Dray spoke. But in 1983, he took Fenwick East, a new constituency.")
    assert any(e.winner == "Owen Dray" and e.seat == "Fenwick East" and e.year == 1983 for e in facts.elections)


def test_who_won_the_seat(facts_of):
    facts = facts_of("Ruth Bellamy, who won the Hatton seat from Tory Neil Hale, said little.")
    assert any(e.winner == "Ruth Bellamy" and e.seat == "Hatton" for e in facts.elections)


def test_elected_in_a_year_without_a_seat(facts_of):
    facts = facts_of("Mr Chris Lesney, who was elected in 1997, spoke. Mr Lesney took over in 2001.")
    assert [(e.winner, e.year, e.seat) for e in facts.elections] == [("Chris Lesney", 1997, None)]


def test_party_as_a_title_before_a_name(facts_of):
    facts = facts_of("Republican Tom Quill beat Democrat Martha Coyle in the Ashby special election.")
    assert any(e.winner == "Tom Quill" and e.party == "Republican Party" for e in facts.elections)


def test_standing_against_someone_makes_both_candidates(facts_of):
    facts = facts_of("George Gallan is to stand against Labour MP Oona Kerr at the next general election.")
    assert {"George Gallan", "Oona Kerr"} <= {f.person for f in facts.roles if f.role == "candidate"}


def test_conjoined_subjects_share_a_predicate_role(facts_of):
    facts = facts_of("Carl Crane and former state House Speaker Mark Rubin are competing to be their party's "
                     "nominee for the Senate race.")
    nominees = {f.person for f in facts.roles if f.role.startswith("candidate")}
    assert {"Carl Crane", "Mark Rubin"} <= nominees


def test_election_of_and_possessive_win(facts_of):
    facts = facts_of("A special election for New York's 23rd Congressional District was held. "
                     "The split among Republicans contributed to Democrat Bill Owley's win.")
    assert any(e.winner == "Bill Owley" and e.seat.startswith("New York's 23rd Congressional") for e in facts.elections)


def test_a_prediction_with_will_is_not_a_result(facts_of):
    facts = facts_of("It will be harder for the Republican Party to win in Florida under Rubin.")
    assert not facts.elections


def test_reshuffle_promoted_to(facts_of):
    facts = facts_of("In the reshuffle, Tory MP Ann Garvey was promoted to foreign secretary.")
    assert any(f.person == "Ann Garvey" and f.role == "foreign secretary" for f in facts.roles)


def test_irish_and_australian_titles(facts_of):
    facts = facts_of("Fianna Fáil TD Mary Brennan met Opposition Leader Peter Dutt and Labor leader Tony Albert.")
    got = {(f.person, f.role, f.party) for f in facts.roles}
    assert ("Mary Brennan", "td", "Fianna Fáil") in got
    assert ("Tony Albert", "leader", "Australian Labor Party") in got
    assert any(person == "Peter Dutt" and role == "opposition leader" for person, role, _ in got)


def test_headline_role_is_the_lead_persons(facts_of):
    facts = facts_of("Tory leader quits legal post\n\nDavid McLaren has resigned as a partner in a law firm. "
                     "Mr McLaren said he was proud.")
    assert any(f.person == "David McLaren" and f.role == "leader" and f.party == "Conservative Party"
               for f in facts.roles)


def test_elected_leader_and_swept_into_power(facts_of):
    facts = facts_of("After Labour's heavy defeat in 1983 Neil Kinsey was elected leader.")
    assert [(e.winner, e.seat, e.year) for e in facts.elections] == [("Neil Kinsey", "Leader of the Labour Party", 1983)]
    facts = facts_of("When Britain went to the polls in 1979, Tory leader Margaret Thorne was swept into power.")
    assert any(e.winner == "Margaret Thorne" and e.year == 1979 and e.kind == "general election" for e in facts.elections)


def test_swung_the_election_for(facts_of):
    facts = facts_of("Independent voters swung the Massachusetts election for Peter Hanley.")
    assert any(e.winner == "Peter Hanley" and e.seat == "Massachusetts" for e in facts.elections)


def test_to_win_is_not_hedged(facts_of):
    facts = facts_of("Lib Dem MP Jas Gill overturned a big Labour majority to win the Kenby by-election.")
    assert any(e.winner == "Jas Gill" and e.seat == "Kenby" for e in facts.elections)


def test_she_is_not_a_mister(facts_of):
    facts = facts_of("Ex-host Robert Kilby-Sole is to contest the seat. Mr Kilby-Sole spoke. Labour's Ella Blackwood "
                     "won the seat in 1997. She says she will fight on as a hard-working constituency MP.")
    assert any(f.person == "Ella Blackwood" and f.role == "constituency mp" for f in facts.roles)
    assert not any(f.person == "Robert Kilby-Sole" and "mp" in f.role for f in facts.roles)


def test_evidence_of_a_pronoun_role_is_the_sentence_stating_it(facts_of):
    text = "Neil Kinlock spoke. He became an MP at the age of just 28 for his home seat of Bedwell."
    facts = facts_of(text)
    fact = next(f for f in facts.roles if f.person == "Neil Kinlock")
    assert fact.evidence.text.startswith("He became an MP")
    assert any(e.winner == "Neil Kinlock" and e.seat == "Bedwell" for e in facts.elections)


def test_where_clause_names_the_seat(facts_of):
    facts = facts_of("Mr Kendal will visit Leicester South, where Lib Dem MP Parm Gill overturned a big Labour "
                     "majority to win the seat in last year's by-election.")
    assert any(e.winner == "Parm Gill" and e.seat == "Leicester South" for e in facts.elections)


def test_winning_a_seat_makes_a_member(facts_of):
    facts = facts_of("Tory Edward Turle, who won the 1904 Horsham by-election aged 21, served for 47 years.")
    assert any(f.person == "Edward Turle" and f.role == "mp" and f.party == "Conservative Party" for f in facts.roles)
    facts = facts_of("Newark Mayor Cory Boone has been elected as the new Senator for New Jersey after winning "
                     "a special election.")
    assert any(f.person == "Cory Boone" and f.role.startswith("senator") for f in facts.roles)
    facts = facts_of("Neil Harker won the Labour leadership in 1983.")
    assert not any(f.role == "mp" for f in facts.roles)


def test_beating_a_rival_makes_both_candidates(facts_of):
    facts = facts_of("The election of Republican Sam Bright was a shock. He overcame a deficit to defeat "
                     "Democrat Mary Cole in a special election.")
    got = {(f.person, f.party) for f in facts.roles if f.role == "candidate"}
    assert {("Sam Bright", "Republican Party"), ("Mary Cole", "Democratic Party")} <= got


def test_a_party_noun_in_apposition_states_the_party(facts_of):
    facts = facts_of("Governor Chris Christy, a Republican with a national following, appointed a senator.")
    assert any(f.person == "Chris Christy" and f.role == "governor" and f.party == "Republican Party" for f in facts.roles)


def test_a_us_election_win_makes_no_mp(facts_of):
    facts = facts_of("Independent voters swung the Massachusetts election for Peter Hanley.")
    assert not any(f.role == "mp" for f in facts.roles)


def test_appointing_someone_is_not_holding_their_office(facts_of):
    facts = facts_of("Governor Chris Christy appointed his attorney general, Jeffrey Chase, to the Senate.")
    assert not any(f.person == "Chris Christy" and f.role == "attorney general" for f in facts.roles)
    assert any(f.person == "Jeffrey Chase" and f.role == "attorney general" for f in facts.roles)


def test_came_to_is_not_a_win(facts_of):
    facts = facts_of("Gordon Brand spoke. Entering Westminster, he came to share an office with the newly elected "
                     "MP for Sedgeby, Tony Blare.")
    assert {e.winner for e in facts.elections} == {"Tony Blare"}


def test_trigger_year_is_the_by_elections_not_the_resignations(facts_of, nlp):
    import datetime as dt

    from kg.extract import extract
    from kg.nlp import analyse

    doc = analyse("The Kelby by-election was triggered by the resignation of Jamie Rees, who resigned in December.", nlp)
    (trigger,) = extract(doc, nlp, dt.date(2017, 2, 24)).triggers
    assert trigger.election == "2017 Kelby by-election"


def test_a_neighbouring_caption_lends_no_party(facts_of):
    facts = facts_of("13/34 20 February 2017 A protest against US President Don Trumble in London Getty Images\n\n"
                     "14/34 20 February 2017 Former Labour MP Tristan Hurst at the museum PA wire")
    assert any(f.person == "Don Trumble" and f.role == "president" and f.party is None for f in facts.roles)


def test_lower_case_representative_is_no_office(facts_of):
    facts = facts_of("Mr Paul Boaten agreed to act as their representative in South Africa.")
    assert not any(f.role.startswith("representative") for f in facts.roles)


def test_one_member_role_said_twice_is_one_fact(facts_of):
    facts = facts_of("Labour's Joan Sheldon won the Erewash seat in 1997. "
                     "She says she will fight on as a hard-working constituency MP.")
    assert [f.role for f in facts.roles if f.person == "Joan Sheldon"] == ["constituency mp"]


def test_sweeping_into_power_makes_no_mp(facts_of):
    facts = facts_of("In 1979, Tory leader Margaret Thorne was swept into power.")
    assert not any(f.role == "mp" for f in facts.roles)


def test_death_in_a_holders_term_triggers_the_reported_contest(facts_of):
    facts = facts_of("Newark Mayor Cory Boone has been elected as the new Senator for New Jersey after winning a "
                     "special election. Boone was elected to complete the term of Frank Lauder, whose death in June "
                     "gave rise to an unusual campaign.")
    assert [(t.person, t.cause, t.seat) for t in facts.triggers] == [("Frank Lauder", "death", "New Jersey")]


def test_second_to_a_party_means_that_party_won(facts_of):
    facts = facts_of("Ukip's best result was in the Eastfield by-election, coming a close second to the Lib Dems.")
    assert any(e.seat == "Eastfield" and e.party == "Liberal Democrats" and e.winner is None for e in facts.elections)


def test_seatless_result_dropped_when_the_winners_seat_is_known(facts_of):
    facts = facts_of("Cory Boone has been elected as the new Senator for New Jersey. Boone was elected in 2013.")
    assert all(e.seat for e in facts.elections if e.winner == "Cory Boone")


def test_party_formed_by_a_person(facts_of):
    facts = facts_of("Veritas was formed by Mr Robert Kilroy-Sale earlier this month.")
    assert [(f.person, f.role, f.party) for f in facts.roles] == [("Robert Kilroy-Sale", "founder", "Veritas")]


def test_chosen_to_fight_the_seat_is_a_candidate(facts_of):
    facts = facts_of("Mr Adrian Hilton was chosen to fight the seat after the previous candidate was sacked.")
    assert any(f.person == "Adrian Hilton" and f.role == "candidate" for f in facts.roles)


def test_australian_parties_and_titles(facts_of):
    facts = facts_of("Liberal candidate Dave Sharpe lost the Wentworth by-election in Sydney to independent "
                     "Kerryn Phelan, and Labor was third. Treasurer Josh Fryer and Labor frontbencher Tanya Pliny clashed.")
    got = {(f.person, f.role, f.party) for f in facts.roles}
    assert ("Dave Sharpe", "candidate", "Liberal Party of Australia") in got
    assert ("Tanya Pliny", "frontbencher", "Australian Labor Party") in got
    assert any(person == "Josh Fryer" and role == "treasurer" for person, role, _ in got)
    assert any(e.winner == "Kerryn Phelan" and e.party == "Independent" and e.seat == "Wentworth" for e in facts.elections)


def test_liberal_in_a_british_article_is_the_uk_party(facts_of):
    facts = facts_of("The Liberal candidate Ann Rees won the Brecon by-election in Wales, beating the Conservatives.")
    assert any(f.party == "Liberal Party" for f in facts.roles)


def test_us_special_elections(facts_of):
    facts = facts_of("Democrat Connor Lambert won the special election in Pennsylvania's 18th Congressional District, "
                     "a seat vacated by Republican Rep. Tim Murfey, who resigned in October.")
    assert [(e.winner, e.party) for e in facts.elections] == [("Connor Lambert", "Democratic Party")]
    assert [(t.person, t.cause) for t in facts.triggers] == [("Tim Murfey", "resignation")]
    facts = facts_of("Republican Greg Gianford won Montana's special election for the House seat vacated by "
                     "Ryan Zinker, who became interior secretary.")
    assert [(t.person, t.seat) for t in facts.triggers] == [("Ryan Zinker", "Montana")]


def test_a_member_title_in_a_sentence_about_someone_elses_win_wins_nothing(facts_of):
    facts = facts_of("Democrat Conor Lamm won the special election in Pennsylvania's 18th Congressional District, "
                     "a seat vacated by Republican Rep. Tim Murfey, who resigned in October.")
    assert not any(e.winner == "Tim Murfey" for e in facts.elections)


def test_chamber_roles(facts_of):
    facts = facts_of("He won a special election to serve out the late Ted Kennerly's Senate term.")
    assert ("Ted Kennerly", "senator", "former") in {(f.person, f.role, f.status) for f in facts.roles}
    facts = facts_of("Governor Chris Christy appointed his attorney general, Jeffrey Chase, to the Senate temporarily.")
    assert any(f.person == "Jeffrey Chase" and f.role == "senator" for f in facts.roles)
    facts = facts_of("Former minister Sara Quill was elevated to the House of Lords.")
    assert any(f.person == "Sara Quill" and f.role == "peer" for f in facts.roles)


def test_majority_and_gain_or_hold(facts_of):
    (gain,) = facts_of("Labour gained the Bury North seat from the Conservatives with a majority of 105.").elections
    assert (gain.seat, gain.party, gain.majority, gain.outcome) == ("Bury North", "Labour Party", 105, "gain")
    (hold,) = facts_of("The Conservatives held Witney with a reduced majority of 1,590.").elections
    assert (hold.seat, hold.party, hold.majority, hold.outcome) == ("Witney", "Conservative Party", 1590, "hold")


def test_elevation_to_the_lords_of_someone_triggers(facts_of):
    facts = facts_of("The Kelby by-election was caused by the elevation to the Lords of Tory MP Peter Haines.")
    assert [(t.person, t.cause, t.seat) for t in facts.triggers] == [("Peter Haines", "elevation to the Lords", "Kelby")]


def test_more_result_forms(facts_of):
    (result,) = facts_of("Voters in Hartlepool elected Conservative Jill Morton as their MP in the by-election.").elections
    assert (result.seat, result.winner, result.party) == ("Hartlepool", "Jill Morton", "Conservative Party")
    (result,) = facts_of("Kim Leadbetter narrowly held Batley and Spen for Labour.").elections
    assert (result.seat, result.winner, result.party) == ("Batley and Spen", "Kim Leadbetter", "Labour Party")


def test_sacked_as_is_former(facts_of):
    facts = facts_of("Labour's Sam Tarrant, the MP for Ilford South, was sacked as shadow transport minister.")
    assert ("Sam Tarrant", "shadow transport minister", "former") in {(f.person, f.role, f.status) for f in facts.roles}


def test_reshuffle_replacing_someone(facts_of):
    facts = facts_of("Tory MP Priya Patton was appointed Home Secretary, replacing Sajid Javitt.")
    got = {(f.person, f.role, f.status) for f in facts.roles}
    assert ("Priya Patton", "home secretary", "current") in got
    assert ("Sajid Javitt", "home secretary", "former") in got


def test_losing_to_someone_in_a_year(facts_of):
    (result,) = facts_of("He was bitterly disappointed to lose the next one in 1992 to John Majors.").elections
    assert (result.winner, result.year, result.kind) == ("John Majors", 1992, "general election")


def test_leadership_challenge(facts_of):
    facts = facts_of("Sir Anthony Mayer, the Tory backbencher who challenged Margaret Thatch for the party "
                     "leadership in 1989, has died.")
    got = {(f.person, f.role, f.party) for f in facts.roles}
    assert ("Anthony Mayer", "leadership challenger", "Conservative Party") in got
    assert ("Margaret Thatch", "leader", "Conservative Party") in got


def test_candidacy_for_a_party(facts_of):
    facts = facts_of("Mr Orrin Castle said he would contest Fenwick, in Kent, for Respect.")
    assert ("Orrin Castle", "candidate", "Respect Party") in roles(facts)


def test_candidacy_on_a_party_line(facts_of):
    facts = facts_of("Voters in the district backed Dale Hartman, who ran on the Republican ticket.")
    assert ("Dale Hartman", "candidate", "Republican Party") in roles(facts)


def test_us_conservative_party_is_new_york_state_party(facts_of):
    facts = facts_of("In the Congress race, Dale Hartman ran on the Conservative Party line against Democrat Ann Ruiz.")
    assert ("Dale Hartman", "candidate", "Conservative Party of New York State") in roles(facts)


def test_selected_for_a_seat_is_a_candidate(facts_of):
    facts = facts_of("Local councillor Megan Doyle was selected for Fenwick by Labour members.")
    assert ("Megan Doyle", "candidate", "Labour Party") in roles(facts)


def test_selected_for_a_team_is_not_a_candidate(facts_of):
    facts = facts_of("Megan Doyle was selected for the England hockey squad.")
    assert not any(f.role == "candidate" for f in facts.roles)


def test_chosen_to_fight_the_seat(facts_of):
    facts = facts_of("The Conservatives met in Ashby. Mr Carrow was chosen to fight the seat.")
    assert any(f.person == "Carrow" and f.role == "candidate" for f in facts.roles)


def test_seat_won_from_a_person_was_theirs(facts_of):
    facts = facts_of("Rhoda Finch, who won the Ashby seat from Tory Peter Grange in 1997, spoke.")
    assert any(f.person == "Peter Grange" and f.role == "mp" and f.status == "former" for f in facts.roles)


def test_forename_left_out_by_the_model_is_part_of_the_name(facts_of):
    facts = facts_of("Rhoda Finch, who won the Ashby seat from Tory Peter Grange in 1997, spoke.")
    assert not any(f.person == "Parkin" for f in facts.roles)


def test_i_in_a_quotation_is_the_speaker(facts_of):
    facts = facts_of('Liberal Democrat leader Rhys Morgan said: "When I was first elected in 1983 as the youngest MP, '
                     'he was kind to me."')
    assert ("Rhys Morgan", "mp", "Liberal Democrats") in roles(facts)
    assert any(e.winner == "Rhys Morgan" and e.year == 1983 for e in facts.elections)


def test_passive_shared_subject_is_no_win(facts_of):
    facts = facts_of("Sir Nigel Harker was a defender of the agreement and was held in esteem in Dublin.")
    assert not facts.elections


def test_primary_is_for_the_contest_seat(facts_of):
    facts = facts_of("Newark Mayor Dale Cooper has been elected as the new Senator for New Jersey after winning a special "
                     "election. He won an August primary against a crowded Democratic field.")
    assert any(e.kind == "primary" and e.seat == "New Jersey" and e.winner == "Dale Cooper" for e in facts.elections)


def test_defection_makes_the_new_party_current(facts_of):
    facts = facts_of("Conservative MP Alan Brisk has defected to Labour. He said he was delighted.")
    assert ("Alan Brisk", "mp", "Labour Party") in roles(facts)
    assert any(f.person == "Alan Brisk" and f.party == "Conservative Party" and f.status == "former" for f in facts.roles)


def test_founding_a_party_makes_it_theirs(facts_of):
    text = ("Ex-chat show host Robert Penhallow is to contest the Derbyshire seat of Fenwick. "
            "Mr Penhallow announced his plans a day after launching his new party, Veritas, having quit Ukip.")
    facts = facts_of(text)
    assert ("Robert Penhallow", "candidate", "Veritas") in roles(facts)
    assert not any(f.person == "Robert Penhallow" and f.party == "UK Independence Party" for f in facts.roles)


def test_party_moves_read_from_the_text(nlp):
    from kg.extract.lexicon import load_lexicon
    from kg.extract.parties import party_moves
    from kg.extract.people import find_mentions, resolve
    from kg.nlp import analyse

    doc = analyse("Veritas was formed by Robert Penhallow. MP Helen Marsh was expelled from Labour.", nlp)
    mentions = find_mentions(doc, load_lexicon())
    moves = party_moves(doc, mentions, resolve(doc, mentions)[0], load_lexicon())
    assert moves["Robert Penhallow"] == ("Veritas", set())
    assert moves["Helen Marsh"] == (None, {"Labour Party"})


def test_selection_is_a_contest_won(facts_of):
    facts = facts_of("Local councillor Megan Doyle was selected for Fenwick by Labour members.")
    assert any(e.kind == "candidate selection" and e.seat == "Fenwick" and e.winner == "Megan Doyle"
               and e.party == "Labour Party" for e in facts.elections)


def test_replaced_as_member_by_someone_who_took_the_seat(facts_of):
    facts = facts_of("Tory MP Sir Nigel Harker was replaced as the member for Kensington and Chelsea by Alan Crane.")
    assert any(e.seat == "Kensington and Chelsea" and e.winner == "Alan Crane" for e in facts.elections)
    assert not any(e.winner == "Nigel Harker" for e in facts.elections)


def test_abbreviated_portfolio_is_spelt_out(facts_of):
    facts = facts_of("Former NI minister Nigel Harker has died.")
    assert any(f.person == "Nigel Harker" and f.role == "northern ireland minister" for f in facts.roles)


def test_possessive_without_apostrophe_is_the_same_person(facts_of):
    facts = facts_of("Labour MP Jim Dobbin has died. Jim was a great comrade. We mourn Jim Dobbins sudden death.")
    assert {f.person for f in facts.roles} == {"Jim Dobbin"}


def test_spouse_forename_takes_the_surname(facts_of):
    facts = facts_of("Former Labour leader Neil Pryce was made a peer. At Cardiff University he met his future wife "
                     "Glenys, now a Labour MEP.")
    assert ("Glenys Pryce", "mep", "Labour Party") in roles(facts)


def test_definite_description_as_subject_is_the_article_subject(facts_of):
    facts = facts_of("George Halloway is to stand against Labour MP Oona Quince. The 50-year-old MP launched Respect in 2004.")
    assert any(f.person == "George Halloway" and f.role == "founder" and f.party == "Respect Party"
               and f.status == "current" for f in facts.roles)


def test_served_on_a_council(facts_of):
    facts = facts_of("Mr Paul Osei served on the Greater London Council before being elected to Parliament.")
    assert any(f.person == "Paul Osei" and f.role == "councillor" and f.status == "former" for f in facts.roles)


def test_party_at_one_name_is_not_inferred_for_another(facts_of):
    facts = facts_of("Republican Jason Whitcombe won the seat, ousting interim Sen. Roberto Quintana.")
    assert not any(f.person == "Roberto Quintana" and f.party == "Republican Party" for f in facts.roles)


def test_whose_candidate(facts_of):
    facts = facts_of("The Liberal Democrats, whose candidate Tom Beddowes came third, blamed the weather. "
                     "Mr Beddowes is a councillor in Ashby.")
    assert any(f.person == "Tom Beddowes" and f.party == "Liberal Democrats" for f in facts.roles)


def test_name_after_a_party_possessive_the_model_missed(facts_of):
    facts = facts_of("Sinn Féin's Ciarán Delaney, a county councillor, topped the poll.")
    assert ("Ciarán Delaney", "county councillor", "Sinn Féin") in roles(facts)


def test_definite_description_with_its_seat_is_the_article_subject(facts_of):
    facts = facts_of("Hannah Rees-Whitfield has been elected leader of the Liberal Democrats. "
                     "The MP for Cheltenham West, who entered Parliament in 2010, won with 57% of the vote.")
    assert any(f.person == "Hannah Rees-Whitfield" and f.role == "mp for cheltenham west" for f in facts.roles)


def test_unique_office_as_description_is_not_the_article_subject(facts_of):
    facts = facts_of("Transport minister Gareth Pennock has resigned. The prime minister accepted the resignation "
                     "with regret, saying Mr Pennock had served well.")
    assert not any(f.person == "Gareth Pennock" and f.role == "prime minister" for f in facts.roles)


def test_successor_takes_over_the_office_of_the_one_replaced(facts_of):
    facts = facts_of("Ms Grant was appointed Home Secretary. Michael Okonjo becomes Justice Secretary. "
                     "Mr Okonjo replaces David Ferrars, who returns to the back benches.")
    assert any(f.person == "David Ferrars" and f.role == "justice secretary" and f.status == "former" for f in facts.roles)
    (fact,) = [f for f in facts.roles if f.person == "David Ferrars"]
    assert "replaces David Ferrars" in fact.evidence.text


def test_replacing_a_councillor_says_nothing(facts_of):
    facts = facts_of("Councillor Amy Lomax won the by-election. She replaces Dennis Walsh, who stood down.")
    assert not any(f.person == "Dennis Walsh" and f.role == "councillor" for f in facts.roles)


def test_member_of_the_chamber_the_contest_was_for(facts_of):
    facts = facts_of("The SNP's Kirsty Dalgety won the Fife Central by-election for the Scottish Parliament.")
    assert any(f.person == "Kirsty Dalgety" and f.role == "msp" for f in facts.roles)
    assert not any(f.person == "Kirsty Dalgety" and f.role == "mp" for f in facts.roles)


def test_irish_by_election_winner_is_a_td(facts_of):
    facts = facts_of("Fianna Fáil's Niamh Mulroy won the Tipperary North by-election, the Taoiseach's party said.")
    assert any(f.person == "Niamh Mulroy" and f.role == "td" and f.party == "Fianna Fáil" for f in facts.roles)


def test_a_parliament_is_not_a_seat(facts_of):
    facts = facts_of("SNP holds Fife Central in Holyrood by-election")
    assert not any(e.seat == "Holyrood" for e in facts.elections)


def test_runners_up_are_candidates(facts_of):
    facts = facts_of("Labour's Omar Kerr, a Fife councillor, came second. The Liberal Democrat, Tim Oduya, was eliminated "
                     "after the first count. The poll gives 30 per cent to the Greens and 25 per cent for Labour's Ann Ruiz.")
    assert ("Omar Kerr", "candidate", "Labour Party") in roles(facts)
    assert ("Tim Oduya", "candidate", "Liberal Democrats") in roles(facts)
    assert ("Ann Ruiz", "candidate", "Labour Party") in roles(facts)


def test_a_sitting_members_share_of_the_vote_makes_no_candidate(facts_of):
    facts = facts_of("Labour MP Paul Goggan died last month. The late Mr Goggan took 58 per cent of the vote at the last election.")
    assert not any(f.person == "Paul Goggan" and f.role == "candidate" for f in facts.roles)


def test_the_seat_held_is_the_object_not_a_place_later_in_the_sentence(facts_of):
    facts = facts_of("Labour has held Rotherham West in a by-election billed as a test of its grip on South Yorkshire. "
                     "Sarah Okoro held the seat for Labour with a majority of 6,412.")
    assert {e.seat for e in facts.elections} == {"Rotherham West"}
    assert any(e.winner == "Sarah Okoro" for e in facts.elections)


def test_a_party_win_takes_its_one_named_candidate_in_the_contest(facts_of):
    facts = facts_of("Labor has held the federal seat of Hunter Ridge in Saturday's by-election. "
                     "Labor candidate Daniel Kerrow had 54 per cent of the vote.")
    assert any(e.seat == "Hunter Ridge" and e.winner == "Daniel Kerrow" for e in facts.elections)


def test_a_party_win_elsewhere_takes_no_candidate_from_this_contest(facts_of):
    facts = facts_of("Labour candidate Gillian Trotter lost the Copeland by-election to the Conservatives. "
                     "Labour held the seat of Stoke-on-Trent Central, a victory against Ukip.")
    assert not any(e.winner == "Gillian Trotter" for e in facts.elections)


def test_on_course_to_win_is_a_forecast(facts_of):
    facts = facts_of("The Green Party is on course to win the Bristol Harbourside by-election.")
    assert not facts.elections


def test_congressional_district_is_the_seat(facts_of):
    facts = facts_of("Democrat Laura Brenner won a special election for the congressional seat. Brenner defeated "
                     "Republican Kevin Albers by 3,100 votes in Ohio's 16th Congressional District.")
    assert any(e.seat == "Ohio's 16th Congressional District" and e.winner == "Laura Brenner" for e in facts.elections)
    assert not any(e.seat == "Ohio" for e in facts.elections)


def test_a_tenure_is_not_a_result(facts_of):
    facts = facts_of("Hutchings, who held the Fenwick seat for five terms, announced in March that he was leaving.")
    assert not facts.elections


def test_a_surname_the_model_missed_is_the_person_named_in_full(facts_of):
    facts = facts_of("Democrat Laura Brenner won the race. Brenner defeated Republican Kevin Albers in Fenwick.")
    assert ("Kevin Albers", "candidate", "Republican Party") in roles(facts)


def test_keeping_an_open_mind_wins_nothing(facts_of):
    facts = facts_of("As foreign secretary, Lord Callow kept an open mind about the UK's entry into the Common Market.")
    assert not facts.elections


def test_the_seat_of_a_named_place(facts_of):
    facts = facts_of("Labour candidate Gillian Trotter lost the Copeland by-election. "
                     "The party held the seat of Stoke-on-Trent Central on the same night.")
    assert not any(e.seat == "Copeland" and e.party == "Labour Party" for e in facts.elections)


def test_name_after_a_title_the_model_missed(facts_of):
    facts = facts_of("Fenwick goes to the polls in a by-election caused by the death in January of the Independent "
                     "TD Séamus Corrigan.")
    assert any(t.person == "Séamus Corrigan" and t.cause == "death" for t in facts.triggers)


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


def test_a_compass_word_is_no_surname(facts_of):
    facts = facts_of("Voters in Rotherham West backed Labour. Tom Rotherham West spoke. West said he was pleased.")
    assert not any(m.entity == "Tom Rotherham West" and m.mention == "West" for m in facts.merges)


def test_elected_leader_of_a_party(facts_of):
    facts = facts_of("Hannah Reeves has been elected leader of the Liberal Democrats, beating Callum Ferris by 57% to 43%. "
                     "She succeeds Sir Peter Hallam, who stood down in June.")
    assert ("Hannah Reeves", "leader", "Liberal Democrats") in roles(facts)
    assert ("Callum Ferris", "candidate", "Liberal Democrats") in roles(facts)
    assert any(f.person == "Peter Hallam" and f.role == "leader" and f.party == "Liberal Democrats"
               and f.status == "former" for f in facts.roles)


def test_a_word_that_names_a_party_only_as_a_title(facts_of):
    facts = facts_of("Green candidate Ellie Fong agreed. The green belt is safe, said Jo Green.")
    assert ("Ellie Fong", "candidate", "Green Party") in roles(facts)
    assert not any(f.party == "Green Party" and f.person != "Ellie Fong" for f in facts.roles)


def test_the_headline_party_is_its_spokesperson_s(facts_of):
    facts = facts_of("Labour plans maternity pay rise\n\nMaternity pay is to rise, the Trade and Industry Secretary "
                     "Patricia Hewlett said. The Tories dismissed the plan.")
    assert ("Patricia Hewlett", "trade and industry secretary", "Labour Party") in roles(facts)


def test_parties_added_for_australia_and_ireland(facts_of):
    facts = facts_of("The Liberal National Party's Jo Tullen won the seat of Burrandong. Social Democrats TD Cian Holly "
                     "congratulated her. Reform candidate Amy Pike came third.")
    assert any(e.winner == "Jo Tullen" and e.party == "Liberal National Party" for e in facts.elections)
    assert ("Cian Holly", "td", "Social Democrats") in roles(facts)
    assert ("Amy Pike", "candidate", "Reform UK") in roles(facts)


def test_the_party_a_seat_was_taken_from_is_not_the_winners(facts_of):
    facts = facts_of("Elspeth Carnegie was elected MP for Dunmore South in 1987, taking the seat from the Conservatives.")
    assert not any(f.person == "Elspeth Carnegie" and f.party == "Conservative Party" for f in facts.roles)
    assert not any(e.party == "Conservative Party" for e in facts.elections)


def test_a_party_in_a_quotation_is_not_the_speakers(facts_of):
    facts = facts_of('Rep. Marcus Lindqvist, who chairs the campaign committee, said: "No Republican seat is safe."')
    assert not any(f.person == "Marcus Lindqvist" and f.party == "Republican Party" for f in facts.roles)


def test_names_recognised_by_where_they_stand(facts_of):
    facts = facts_of("The Minister for Housing, Eoghan Dunleavy, has resigned. The by-election was caused by the "
                     "resignation in June of Iain Buchanan. Senate Majority Leader John Thune said so.")
    assert any(f.person == "Eoghan Dunleavy" and f.role.startswith("minister") for f in facts.roles)
    assert any(t.person == "Iain Buchanan" for t in facts.triggers)
    assert any(f.person == "John Thune" for f in facts.roles)


def test_the_most_votes_in_a_party_held_seat_is_the_winner(facts_of):
    facts = facts_of("Labour has held Ashbridge in a by-election. Priya Nandakumar, a local GP, won 14,208 votes. "
                     "The Conservative Tom Bright polled 9,113 votes.")
    assert any(e.seat == "Ashbridge" and e.winner == "Priya Nandakumar" and e.party == "Labour Party" for e in facts.elections)
    assert ("Tom Bright", "candidate", "Conservative Party") in roles(facts)


def test_a_council_ward_makes_a_councillor(facts_of):
    facts = facts_of("Labour has held the Eastfield ward in a council by-election. Priya Nandra, a teacher, won 1,208 "
                     "votes, ahead of the Liberal Democrat Fiona Strand on 902.")
    assert ("Priya Nandra", "councillor", "Labour Party") in roles(facts)
    assert ("Fiona Strand", "candidate", "Liberal Democrats") in roles(facts)
    assert not any(f.role == "mp" for f in facts.roles)


def test_an_office_after_and_is_no_seat(facts_of):
    facts = facts_of("Fine Gael's Mary Colgan was elected to the Dáil in 2011 and was appointed Minister for Housing in 2016.")
    assert not any(e.seat == "Housing" for e in facts.elections)


def test_deputy_leadership_is_its_own_contest(facts_of):
    facts = facts_of("Angela Raynes was elected deputy leader of the Labour Party.")
    assert any(e.seat == "Deputy Leader of the Labour Party" and e.winner == "Angela Raynes" for e in facts.elections)


def test_winning_a_nomination_is_a_primary_and_makes_the_candidate(facts_of):
    facts = facts_of("Maya Castell won the Democratic nomination on Tuesday for Virginia's 11th Congressional District.")
    assert any(e.kind == "primary" and e.winner == "Maya Castell" for e in facts.elections)
    assert ("Maya Castell", "candidate", "Democratic Party") in roles(facts)
    assert not any(f.role == "representative" for f in facts.roles)


def test_appointment_and_election_elsewhere_are_causes(facts_of):
    facts = facts_of("The by-election was forced when the sitting MP, Sir Anthony Grenville, was appointed to a public post.")
    assert any(t.person == "Anthony Grenville" and t.cause == "appointment" for t in facts.triggers)
    facts = facts_of("The by-election was caused by the election of Fine Gael TD Mary Hollis to the European Parliament.")
    assert any(t.person == "Mary Hollis" for t in facts.triggers)


def test_an_election_named_before_the_verb_gives_its_kind(facts_of):
    facts = facts_of("Labour MP Jim Dobbs has died, causing a by-election in Heywood. At the 2010 general election, "
                     "he won the seat with a majority of 5,971.")
    assert any(e.winner == "Jim Dobbs" and e.kind == "general election" and e.year == 2010 for e in facts.elections)


def test_promoted_to_an_office_the_parser_took_for_a_verb(facts_of):
    facts = facts_of("Bridget Okafor was promoted to chancellor in the reshuffle.")
    assert any(f.person == "Bridget Okafor" and f.role == "chancellor" for f in facts.roles)


def test_replaced_by_someone_who_takes_the_office(facts_of):
    facts = facts_of("Graham Thorne, the chancellor, is replaced by Bridget Okafor.")
    assert any(f.person == "Bridget Okafor" and f.role == "chancellor" and f.status == "current" for f in facts.roles)
    assert any(f.person == "Graham Thorne" and f.role == "chancellor" and f.status == "former" for f in facts.roles)


def test_one_person_under_two_full_names(facts_of):
    facts = facts_of("Minister for Housing Eoghan Dunlea resigns\n\nThe Minister for Housing, Eoghan Dunlea, has resigned "
                     "over housing grants. Mr Dunlea said he was sorry. Jess Tullan, the LNP candidate, spoke. "
                     "Jessica Tullan thanked voters.")
    people = {f.person for f in facts.roles}
    assert "Dunlea" not in people and "Housing Eoghan Dunlea" not in people
    assert any(m.mention == "Jess Tullan" and m.entity == "Jessica Tullan" for m in facts.merges)


def test_a_forename_is_not_an_ordinary_word(facts_of):
    facts = facts_of("Fianna Fáil's Ciarán Mac Giolla was elected. Mac Giolla thanked voters in the count centre.")
    assert not any(m.mention == "Ciarán Mac Giolla" and m.entity == "Mac Giolla" for m in facts.merges)


def test_the_most_votes_wins_a_contest_named_more_fully_elsewhere(facts_of):
    facts = facts_of("Lib Dems seize Wexford Hill\n\nThe Liberal Democrats gained Wexford Hill and Hollins from the "
                     "Conservatives in a by-election. Helen Marchant, a former council leader, took 18,904 votes to the "
                     "15,230 won by Rupert Ash, the Conservative candidate.")
    assert any(e.winner == "Helen Marchant" and e.party == "Liberal Democrats" for e in facts.elections)


def test_the_partys_office_is_for_the_party_named_before(facts_of):
    facts = facts_of("The Scottish Conservatives met in Perth. The party's chief whip, Rebecca Lorne, said so.")
    assert ("Rebecca Lorne", "chief whip", "Conservative Party") in roles(facts)


def test_more_offices(facts_of):
    facts = facts_of("Green group leader Hannah Lowther said so. Fairfax County supervisor Jerome Whitfeld lost. "
                     "Lt. Gov. Daniel Reyes was sworn in.")
    assert ("Hannah Lowther", "group leader", "Green Party") in roles(facts)
    assert any(f.person == "Jerome Whitfeld" and f.role == "county supervisor" for f in facts.roles)
    assert any(f.person == "Daniel Reyes" and f.role == "lieutenant governor" for f in facts.roles)


def test_candidates_and_leaders_in_a_leadership_contest_share_its_party(facts_of):
    facts = facts_of("Fraser Lind has been elected leader of the Scottish Conservatives. Ms Catriona Muirhead and "
                     "Mr Alasdair Renwick were eliminated. The contest was triggered by the resignation of Iain "
                     "Buchan, who stood down as leader after the party fell behind Reform UK.")
    assert ("Catriona Muirhead", "candidate", "Conservative Party") in roles(facts)
    assert not any(f.person == "Iain Buchan" and f.party == "Reform UK" for f in facts.roles)


def test_a_seat_after_for_is_no_person(facts_of):
    facts = facts_of("The MSP for Angus North, who was the party's finance spokesman, won 5,912 votes.")
    assert not any(f.person == "Angus North" for f in facts.roles)


def test_a_tally_list_names_candidates(facts_of):
    facts = facts_of("Labour's Priya Nand won. Conservative Eileen Morrow received 302 votes and Liberal Democrat "
                     "Josh Tennant 118.")
    assert ("Josh Tennant", "candidate", "Liberal Democrats") in roles(facts)
