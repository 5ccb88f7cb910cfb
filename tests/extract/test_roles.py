"""Whose role a role phrase is (kg/extract/roles.py): titles, appositions, predicates, verbs, predecessors."""

from tests.extract.conftest import roles


def test_title_before_name_with_party(facts_of):
    facts = facts_of("Labour candidate Jane Hollis lost to Tory MP Peter Grange.")
    assert ("Jane Hollis", "candidate", "Labour Party") in roles(facts)
    assert ("Peter Grange", "mp", "Conservative Party") in roles(facts)


def test_apposition_after_name(facts_of):
    facts = facts_of("Rosa Pell, the Liberal Democrat spokeswoman for health, said the plan was wrong.")
    assert any(f.person == "Rosa Pell" and f.role.startswith("spokeswoman") and f.party == "Liberal Democrats"
               for f in facts.roles)


def test_as_role(facts_of):
    facts = facts_of("Conservative members voted to keep Harold Penn as leader of the party.")
    assert any(f.person == "Harold Penn" and f.role.startswith("leader") for f in facts.roles)


def test_predicate_role_through_pronoun(facts_of):
    facts = facts_of("Labour MP Dora Quist spoke on Monday. She served as foreign secretary in the 1990s.")
    fact = next(f for f in facts.roles if f.role == "foreign secretary")
    assert fact.person == "Dora Quist" and fact.status == "former"


def test_predicate_role_through_who(facts_of):
    facts = facts_of("Mr Benn Ortiz, who became party chairman last year, was not available.")
    assert any(f.person == "Benn Ortiz" and f.role == "party chairman" for f in facts.roles)


def test_member_title_after_the_name(facts_of):
    facts = facts_of("Tributes were paid to Jim Halloran MP, who represented the town for years.")
    assert any(f.person == "Jim Halloran" and f.role == "mp" for f in facts.roles)


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


def test_definite_role_refers_to_the_articles_main_person(facts_of):
    facts = facts_of("Ukip's Lee Fenn launched a new party on Monday. Mr Fenn spoke in Kelby. "
                     "The East Anglia MEP, who left Ukip in March, hopes to shake up politics.")
    assert any(f.person == "Lee Fenn" and f.role == "mep" for f in facts.roles)


def test_apposition_ends_at_a_relative_pronoun(facts_of):
    facts = facts_of("Sir Alan Pryor, the Tory backbencher who challenged the leader in 1989, has died.")
    assert any(f.person == "Alan Pryor" and f.role == "backbencher" and f.party == "Conservative Party"
               for f in facts.roles)


def test_standing_against_someone_makes_both_candidates(facts_of):
    facts = facts_of("Lee Fenn is to stand against Labour MP Jo Platt at the next general election.")
    assert {"Lee Fenn", "Jo Platt"} <= {f.person for f in facts.roles if f.role == "candidate"}


def test_conjoined_subjects_share_a_predicate_role(facts_of):
    facts = facts_of("Tom Ure and former state House Speaker Lee Fenn are vying to be the Republican nominee for governor.")
    nominees = {f.person for f in facts.roles if f.role.startswith("candidate")}
    assert {"Tom Ure", "Lee Fenn"} <= nominees


def test_reshuffle_promoted_to(facts_of):
    facts = facts_of("In the reshuffle, Tory MP Ann Garvey was promoted to foreign secretary.")
    assert any(f.person == "Ann Garvey" and f.role == "foreign secretary" for f in facts.roles)


def test_headline_role_is_the_lead_persons(facts_of):
    facts = facts_of("Tory leader quits legal post\n\nDavid McLaren has resigned as a partner in a law firm. "
                     "Mr McLaren said he was proud.")
    assert any(f.person == "David McLaren" and f.role == "leader" and f.party == "Conservative Party"
               for f in facts.roles)


def test_evidence_of_a_pronoun_role_is_the_sentence_stating_it(facts_of):
    text = "Tom Ure spoke. He became an MP for his home seat of Kelby when he was 31."
    facts = facts_of(text)
    fact = next(f for f in facts.roles if f.person == "Tom Ure")
    assert fact.evidence.text.startswith("He became an MP")
    assert any(e.winner == "Tom Ure" and e.seat == "Kelby" for e in facts.elections)


def test_beating_a_rival_makes_both_candidates(facts_of):
    facts = facts_of("The election of Republican Sam Bright was a shock. He overcame a deficit to defeat "
                     "Democrat Mary Cole in a special election.")
    got = {(f.person, f.party) for f in facts.roles if f.role == "candidate"}
    assert {("Sam Bright", "Republican Party"), ("Mary Cole", "Democratic Party")} <= got


def test_appointing_someone_is_not_holding_their_office(facts_of):
    facts = facts_of("Governor Lee Fenn appointed his attorney general, Tom Ure, to the Senate.")
    assert not any(f.person == "Lee Fenn" and f.role == "attorney general" for f in facts.roles)
    assert any(f.person == "Tom Ure" and f.role == "attorney general" for f in facts.roles)


def test_party_formed_by_a_person(facts_of):
    facts = facts_of("Veritas was formed by Mr Lee Fenn earlier this month.")
    assert [(f.person, f.role, f.party) for f in facts.roles] == [("Lee Fenn", "founder", "Veritas")]


def test_chosen_to_fight_the_seat_is_a_candidate(facts_of):
    facts = facts_of("Mr Lee Fenn, chosen to fight the seat in May, replaces a candidate who stood down.")
    assert any(f.person == "Lee Fenn" and f.role == "candidate" for f in facts.roles)


def test_chamber_roles(facts_of):
    facts = facts_of("Jo Platt won a by-election in May to finish the late Lee Fenn's Senate term.")
    assert ("Lee Fenn", "senator", "former") in {(f.person, f.role, f.status) for f in facts.roles}
    facts = facts_of("Governor Lee Fenn appointed his attorney general, Tom Ure, to the Senate temporarily.")
    assert any(f.person == "Tom Ure" and f.role == "senator" for f in facts.roles)
    facts = facts_of("Former minister Sara Quill was elevated to the House of Lords.")
    assert any(f.person == "Sara Quill" and f.role == "peer" for f in facts.roles)


def test_sacked_as_is_former(facts_of):
    facts = facts_of("Labour's Sam Tarrant, the MP for Ilford South, was sacked as shadow transport minister.")
    assert ("Sam Tarrant", "shadow transport minister", "former") in {(f.person, f.role, f.status) for f in facts.roles}


def test_reshuffle_replacing_someone(facts_of):
    facts = facts_of("Tory MP Ann Roe was appointed Home Secretary, replacing Jim Dane.")
    got = {(f.person, f.role, f.status) for f in facts.roles}
    assert ("Ann Roe", "home secretary", "current") in got
    assert ("Jim Dane", "home secretary", "former") in got


def test_leadership_challenge(facts_of):
    facts = facts_of("Sir Tom Ure, the Tory backbencher who challenged Ann Roe for the party leadership in 1994, "
                     "died on Friday.")
    got = {(f.person, f.role, f.party) for f in facts.roles}
    assert ("Tom Ure", "leadership challenger", "Conservative Party") in got
    assert ("Ann Roe", "leader", "Conservative Party") in got


def test_candidacy_for_a_party(facts_of):
    facts = facts_of("Mr Orrin Castle said he would contest Fenwick, in Kent, for Respect.")
    assert ("Orrin Castle", "candidate", "Respect Party") in roles(facts)


def test_candidacy_on_a_party_line(facts_of):
    facts = facts_of("Voters in the district backed Dale Hartman, who ran on the Republican ticket.")
    assert ("Dale Hartman", "candidate", "Republican Party") in roles(facts)


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


def test_definite_description_as_subject_is_the_article_subject(facts_of):
    facts = facts_of("Lee Fenn is to stand against Labour MP Jo Platt. The 50-year-old MP launched Respect in 2004.")
    assert any(f.person == "Lee Fenn" and f.role == "founder" and f.party == "Respect Party"
               and f.status == "current" for f in facts.roles)


def test_served_on_a_council(facts_of):
    facts = facts_of("Before entering Parliament, Mr Lee Fenn served on Kelby City Council for a decade.")
    assert any(f.person == "Lee Fenn" and f.role == "councillor" and f.status == "former" for f in facts.roles)


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


def test_elected_leader_of_a_party(facts_of):
    facts = facts_of("Hannah Reeves has been elected leader of the Liberal Democrats, beating Callum Ferris by 57% to 43%. "
                     "She succeeds Sir Peter Hallam, who stood down in June.")
    assert ("Hannah Reeves", "leader", "Liberal Democrats") in roles(facts)
    assert ("Callum Ferris", "candidate", "Liberal Democrats") in roles(facts)
    assert any(f.person == "Peter Hallam" and f.role == "leader" and f.party == "Liberal Democrats"
               and f.status == "former" for f in facts.roles)


def test_promoted_to_an_office_the_parser_took_for_a_verb(facts_of):
    facts = facts_of("Bridget Okafor was promoted to chancellor in the reshuffle.")
    assert any(f.person == "Bridget Okafor" and f.role == "chancellor" for f in facts.roles)


def test_replaced_by_someone_who_takes_the_office(facts_of):
    facts = facts_of("Graham Thorne, the chancellor, is replaced by Bridget Okafor.")
    assert any(f.person == "Bridget Okafor" and f.role == "chancellor" and f.status == "current" for f in facts.roles)
    assert any(f.person == "Graham Thorne" and f.role == "chancellor" and f.status == "former" for f in facts.roles)


def test_sworn_in_as_member(facts_of):
    facts = facts_of("Ann Roe was sworn in as MP for Fenby on Monday. Tom Ure was sworn in as the new senator for Ohio.")
    assert ("Ann Roe", "mp for fenby", None) in roles(facts)
    assert ("Tom Ure", "senator for ohio", None) in roles(facts)
    assert "roles.sworn-in" in next(f for f in facts.roles if f.person == "Ann Roe").rules


def test_sworn_in_gives_the_role_to_the_one_sworn_in_not_to_who_swore_them_in(facts_of):
    facts = facts_of("Speaker Jo Hart swore Tom Ure in as MP for Arden.")
    assert ("Tom Ure", "mp for arden", None) in roles(facts)
    assert not any(f.person == "Jo Hart" and f.role.startswith("mp") for f in facts.roles)


def test_sworn_in_without_as_a_role_gives_no_role(facts_of):
    facts = facts_of("Ann Roe was sworn in on Monday as crowds watched in Fenby.")
    assert not [f for f in facts.roles if "roles.sworn-in" in f.rules]


def test_apposition_after_a_bracketed_party_code(facts_of):
    facts = facts_of("Jim Dane (R-Ohio), the House Budget Committee chairman, said on Monday he would run.")
    assert any(f.person == "Jim Dane" and f.role.endswith("budget committee chairman") and f.party == "Republican Party"
               for f in facts.roles)


def test_possessive_title_in_apposition_is_someone_elses(facts_of):
    facts = facts_of("Ed Hale, the prime minister's chief of staff, was appointed health secretary.")
    assert not any(f.person == "Ed Hale" and f.role == "prime minister" for f in facts.roles)


def test_plural_title_before_a_list_of_names(facts_of):
    facts = facts_of("Former Labour MPs Ed Hale and Jo Platt joined the new party.")
    found = {(f.person, f.role, f.party, f.status) for f in facts.roles}
    assert ("Ed Hale", "mp", "Labour Party", "former") in found
    assert ("Jo Platt", "mp", "Labour Party", "former") in found


def test_plural_title_keeps_no_descriptive_modifier(facts_of):
    facts = facts_of("The rival candidates Kim Forde and Ash Regal debated on Monday.")
    assert {f.role for f in facts.roles if f.rules == ("roles.plural-title",)} <= {"candidate"}


def test_plain_plural_secretaries_are_no_office(facts_of):
    facts = facts_of("Secretaries Ann Roe and Jim Dane typed the minutes.")
    assert not facts.roles


def test_plural_title_list_names_may_carry_titles(facts_of):
    facts = facts_of("Labour MPs Mr Ed Hale and Ms Jo Platt joined the new party.")
    assert {("Ed Hale", "mp"), ("Jo Platt", "mp")} <= {(f.person, f.role) for f in facts.roles}


def test_name_the_model_missed_before_a_linked_role(facts_of):
    facts = facts_of("The changes:\nOrla Quennell-Baird becomes heritage minister\nDerwin Ashcombe becomes Treasury Board president")
    assert ("Orla Quennell-Baird", "heritage minister", None) in roles(facts)
    assert ("Derwin Ashcombe", "treasury board president", None) in roles(facts)


def test_modal_and_stay_link_a_name_to_a_role(facts_of):
    facts = facts_of("Mr Pelham would stay Finance Minister. Ann Roe will become health minister on Monday.")
    assert {p for p, r, _ in roles(facts) if r == "finance minister"} == {"Pelham"}
    assert ("Ann Roe", "health minister", None) in roles(facts)


def test_capitalised_words_before_a_linked_role_mid_sentence_are_no_name(facts_of):
    facts = facts_of("After the vote Fenby Council becomes the housing authority, and Tom Ure spoke.")
    assert not any(f.person.startswith("Fenby") for f in facts.roles)


def test_apposition_of_two_titles_the_model_partly_took_for_a_name(facts_of):
    facts = facts_of("Orrin Vasquez, former Health Minister and MLA for Fenby Ridge, finished second in the last round of voting.")
    assert ("Orrin Vasquez", "mla for fenby ridge", None) in roles(facts)
    assert ("Orrin Vasquez", "health minister", None) in roles(facts)


def test_apposition_naming_another_person_is_not_the_first_persons(facts_of):
    facts = facts_of("Orrin Vasquez, Tom Ure, the chief whip, and Jim Dane spoke.")
    assert ("Orrin Vasquez", "chief whip") not in {(f.person, f.role) for f in facts.roles}


def test_portfolio_passed_from_one_minister_to_another(facts_of):
    facts = facts_of("In the cabinet reshuffle, Ann Roe and Jim Dane had their health and transport portfolios "
                     "stripped and given to Tom Ure.")
    found = {(f.person, f.role, f.status) for f in facts.roles}
    assert {("Ann Roe", "health minister", "former"), ("Jim Dane", "transport minister", "former"),
            ("Tom Ure", "health minister", "current"), ("Tom Ure", "transport minister", "current")} <= found
    assert ("Ann Roe", "transport minister", "former") not in found


def test_a_portfolio_that_is_no_office_or_outside_a_ministry_is_no_role(facts_of):
    facts = facts_of("The cabinet met. Ann Roe kept her large property portfolio.")
    assert not facts.roles
    facts = facts_of("Ann Roe kept her education portfolio of paintings.")
    assert not facts.roles


def test_plural_abbreviated_title_before_a_list_of_names(facts_of):
    facts = facts_of("Already, Republican Sens. Ann Roe, Jim Dane and Tom Ure have said no.")
    assert {("Ann Roe", "senator", "Republican Party"), ("Jim Dane", "senator", "Republican Party"),
            ("Tom Ure", "senator", "Republican Party")} <= roles(facts)


def test_a_plural_title_ending_a_sentence_is_not_the_next_sentences_people(facts_of):
    facts = facts_of("They met the ministers. Ann Roe and Tom Ure spoke later.")
    assert not facts.roles


def test_a_role_given_to_an_object_is_the_objects_not_the_givers(facts_of):
    facts = facts_of("Labour MP Sara Lund spoke. She promoted Ann Roe to chancellor and appointed Tom Ure as health minister.")
    found = roles(facts)
    assert ("Ann Roe", "chancellor", None) in {(p, r, None) for p, r, _ in found}
    assert any(p == "Tom Ure" and r == "health minister" for p, r, _ in found)
    assert not any(p == "Sara Lund" and r in ("chancellor", "health minister") for p, r, _ in found)


def test_taking_over_from_someone_says_they_held_the_office(facts_of):
    facts = facts_of("Ann Roe will become health minister, taking over from Tom Ure.")
    found = {(f.person, f.role, f.status) for f in facts.roles}
    facts = facts_of("Jim Dane was appointed chancellor. He takes over from Ed Hale.")
    found |= {(f.person, f.role, f.status) for f in facts.roles}
    assert ("Tom Ure", "health minister", "former") in found and ("Ed Hale", "chancellor", "former") in found
    assert not any(p == "Tom Ure" and s == "current" for p, _, s in found)


def test_taking_over_a_thing_replaces_nobody(facts_of):
    facts = facts_of("Ann Roe was appointed chancellor. She took over the budget from Tom Ure's office.")
    assert not any(f.person == "Tom Ure" for f in facts.roles)


def test_plural_title_listing_its_holders_after_be(facts_of):
    facts = facts_of("The candidates were: Tom Ure, a former mayor; Jo Platt, a lawyer; and Ed Hale, a farmer.")
    assert {("Tom Ure", "candidate"), ("Jo Platt", "candidate"), ("Ed Hale", "candidate")} <= {
        (f.person, f.role) for f in facts.roles}


def test_a_semicolon_list_that_does_not_open_each_item_with_a_name_gives_nobody(facts_of):
    facts = facts_of("The candidates were: local people; Tom Ure, a former mayor; and Ed Hale, a farmer.")
    assert not any(f.role == "candidate" for f in facts.roles)


def test_apposition_through_another_persons_possessive(facts_of):
    facts = facts_of("Jim Dane, Ann Roe's campaign manager, spoke. Tom Ure, the prime minister's chief of staff, left.")
    found = {(f.person, f.role) for f in facts.roles}
    assert ("Jim Dane", "campaign manager") in found
    assert ("Ann Roe", "campaign manager") not in found and ("Tom Ure", "prime minister") not in found


def test_two_titles_joined_before_one_name(facts_of):
    facts = facts_of("It follows the resignation of former justice minister and Green Party member Orla Venn.")
    (fact,) = [f for f in facts.roles if f.person == "Orla Venn"]
    assert fact.role == "justice minister" and fact.status == "former"
    facts = facts_of("Deputy Prime Minister and Foreign Minister Pia Strand flew to Rome.")
    assert {("Pia Strand", "deputy prime minister"), ("Pia Strand", "foreign minister")} <= {
        (f.person, f.role) for f in facts.roles}


def test_a_determined_title_before_and_is_someone_elses(facts_of):
    facts = facts_of("The row between the minister and Labour MP Pia Strand grew.")
    assert [(f.person, f.role) for f in facts.roles] == [("Pia Strand", "mp")]
    facts = facts_of("Tom Ure is set to become chancellor and Green Party chief Ann Roe nominated as finance minister.")
    assert ("Ann Roe", "chancellor") not in {(f.person, f.role) for f in facts.roles}


def test_appointed_to_the_posts_of_goes_to_the_object(facts_of):
    facts = facts_of("Ben Arlo appointed Ann Roe to the posts of finance minister and the deputy prime minister.")
    found = {(f.person, f.role) for f in facts.roles}
    assert {("Ann Roe", "deputy prime minister"), ("Ann Roe", "finance minister")} <= found
    assert not any(person == "Ben Arlo" for person, _ in found)
    # an object kg does not know as a person is still the one given the post, never the subject
    facts = facts_of("Ben Arlo appointed Pia Strand to the posts of finance minister and the deputy prime minister.")
    assert not any(f.person == "Ben Arlo" for f in facts.roles)


def test_capitalised_title_then_comma_and_name(facts_of):
    facts = facts_of("The seats were vacated by Fenby State Governor, Ann Roe, last year.")
    assert ("Ann Roe", "governor") in {(f.person, f.role) for f in facts.roles}


def test_possessive_title_then_comma_and_name(facts_of):
    facts = facts_of("Jim Dane's spokesman, Tom Ure, spoke in Fenby.")
    assert ("Tom Ure", "spokesman") in {(f.person, f.role) for f in facts.roles}
    assert not any(f.person == "Jim Dane" for f in facts.roles)


def test_possessive_leadership_in_a_party_sentence(facts_of):
    facts = facts_of("Labour held both seats, ending the pressure on Ann Roe's leadership.")
    assert ("Ann Roe", "leader", "Labour Party") in roles(facts)
    assert not facts_of("Ann Roe's leadership bid collapsed.").roles
    assert not facts_of("Ann Roe praised Tom Ure's leadership during the floods.").roles


def test_leader_of_the_government_is_an_office(facts_of):
    facts = facts_of("Ann Roe was made leader of the government, the reshuffle list showed.")
    assert ("Ann Roe", "leader") in {(f.person, f.role) for f in facts.roles}
    assert not facts_of("Ann Roe is president of the club.").roles


def test_a_campaign_for_an_office_makes_candidates(facts_of):
    facts = facts_of("Ann Roe, Tom Ure and Jim Dane have each launched Senate campaigns for the seat Lee Fenn is leaving.")
    assert {"Ann Roe", "Tom Ure", "Jim Dane"} <= {f.person for f in facts.roles if f.role == "candidate"}
    (fact,) = facts_of("Tom Ure suspended his presidential campaign in Fenby last week.").roles
    assert (fact.person, fact.role, fact.status) == ("Tom Ure", "candidate", "former")
    assert not facts_of("Ann Roe launched a campaign against the tax.").roles


def test_a_title_before_a_name_is_not_the_subjects(facts_of):
    facts = facts_of("Jim Dane named Green Party president Ann Roe as minister of cooperative governance.")
    assert ("Ann Roe", "president") in {(f.person, f.role) for f in facts.roles}
    assert not any(f.person == "Jim Dane" for f in facts.roles)


def test_cabinet_line_up_one_office_a_line(facts_of):
    facts = facts_of("The new executive's ministers were confirmed. The full list is:\n"
                     "Justice – Mara Quell, Fenby Party\nEconomy – Tobin Ashgrove (Greens)\n"
                     "Finance Minister: Lorna Vail, Labour\n")
    assert ("Mara Quell", "justice minister", "Fenby Party") in roles(facts)
    assert ("Tobin Ashgrove", "economy minister", "Green Party") in roles(facts)
    assert ("Lorna Vail", "finance minister", "Labour Party") in roles(facts)


def test_cabinet_line_up_needs_a_list_in_an_article_about_ministers(facts_of):
    lone = facts_of("The cabinet met on Monday.\nUpdate: Mara Quell, Fenby Party\n")
    assert not any(f.person == "Mara Quell" for f in lone.roles)
    credits = facts_of("The festival opened on Monday.\nPhotography – Mara Quell\nWords – Tobin Ashgrove\n")
    assert not credits.roles


def test_a_seat_list_or_credits_after_a_minister_named_are_no_line_up(facts_of):
    seats = facts_of("The prime minister called the election in May. The winners in the key seats were:\n"
                     "Fenbyshire – Ann Roe (Labour)\nPort Kelby – Tom Ure (Green Party)\nHale County – Jo Platt, Labour\n"
                     "New Fenby – Ann Lee (Labour)\n")
    assert not any("minister" in f.role for f in seats.roles)
    credits = facts_of("The minister Ann Roe opened the festival.\nPhotography – Mara Quell\nWords – Tobin Ashgrove\n")
    assert not any(f.person in ("Mara Quell", "Tobin Ashgrove") for f in credits.roles)


def test_a_line_up_title_ending_in_a_role_head_gets_no_minister(facts_of):
    facts = facts_of("Who's who in the shadow cabinet:\nLeader: Ann Roe\nDeputy Leader: Tom Ure (Labour)\n")
    assert not any(f.role.endswith("minister") for f in facts.roles)


def test_plural_title_then_are_and_party_codes(facts_of):
    facts = facts_of("The executive was restored. The two junior ministers are Mary Quell (SF) and Peter Ashgrove (DUP).")
    assert ("Mary Quell", "junior minister", "Sinn Féin") in roles(facts)
    assert ("Peter Ashgrove", "junior minister", "Democratic Unionist Party") in roles(facts)


def test_title_before_name_past_a_doubled_space(facts_of):
    facts = facts_of("Labour Deputy Leader  Mara Quell has been elected first minister.")
    assert ("Mara Quell", "deputy leader", "Labour Party") in roles(facts)


def test_title_before_a_name_with_an_elided_particle(facts_of):
    facts = facts_of("Labour Deputy Leader Mara O’Quinn has been elected.")
    assert ("Mara O’Quinn", "deputy leader", "Labour Party") in roles(facts)


def test_leader_of_the_opposition_is_no_party(facts_of):
    facts = facts_of("With the SDLP now the biggest party, Tom Ure was named Leader of the Opposition.")
    fact = next(f for f in facts.roles if f.person == "Tom Ure")
    assert fact.role == "opposition leader" and fact.party != "Opposition"


def test_fronted_title_before_an_honorific_name(facts_of):
    facts = facts_of("Mara Quell stood for Labour. A former city councillor, Ms Quell has lived in Fenby for 30 years.")
    fact = next(f for f in facts.roles if f.person == "Mara Quell" and f.role == "city councillor")
    assert fact.status == "former"


def test_late_member_opening_a_sentence_is_the_main_person(facts_of):
    facts = facts_of("Mara Quell died in March. Tributes were paid to Mara Quell. "
                     "The late MSP first took the seat in 2016.")
    fact = next(f for f in facts.roles if f.person == "Mara Quell" and f.role == "msp")
    assert fact.status == "former"


def test_stance_words_before_a_title_are_no_part_of_the_role(facts_of):
    facts = facts_of("Labour's soft left contender Mara Quell came last.")
    assert ("Mara Quell", "candidate", "Labour Party") in roles(facts)
    assert not any("left" in f.role for f in facts.roles)


def test_replaced_as_gives_the_office_to_both_sides(facts_of):
    facts = facts_of("Ann Roe has replaced Tom Ure, who was dismissed on Friday, as transport secretary.")
    held = {(f.person, f.role, f.status) for f in facts.roles}
    assert ("Ann Roe", "transport secretary", "current") in held
    assert ("Tom Ure", "transport secretary", "former") in held


def test_the_one_replaced_as_holds_the_office_once(facts_of):
    facts = facts_of("Ann Roe has replaced Tom Ure as Labour leader.")
    assert [f.role for f in facts.roles if f.person == "Tom Ure"] == ["leader"]


def test_replacing_after_a_joined_verb(facts_of):
    facts = facts_of("Ann Roe was made attorney general on Friday and will sit in cabinet, replacing Tom Ure, who resigned.")
    assert any(f.person == "Tom Ure" and f.role == "attorney general" and f.status == "former" for f in facts.roles)


def test_name_in_a_list_after_a_plural_title_the_model_missed(facts_of):
    facts = facts_of("Cabinet ministers including Gareth Hale, Nia Platt, Ingrid Fenby and Sam Ure said they would not resign.")
    people = {f.person for f in facts.roles if f.role == "cabinet minister"}
    assert {"Gareth Hale", "Nia Platt", "Ingrid Fenby", "Sam Ure"} <= people  # the model labels no "Gareth Hale"


def test_party_faction_led_by_a_person(facts_of):
    facts = facts_of("The alliance of the Labour Party faction led by Ann Roe and the Green Party group led by Tom Ure won "
                     "the election. The plan was led by Jo Platt.")
    assert ("Ann Roe", "leader", "Labour Party") in roles(facts)
    assert ("Tom Ure", "leader", "Green Party") in roles(facts)
    assert not any(f.person == "Jo Platt" for f in facts.roles)


def test_place_title_before_a_name_parsed_as_a_list_item(facts_of):
    facts = facts_of("The seats were vacated by Fenby State Governor, Ann Roe and his deputy, Tom Ure, at the Senate.")
    assert ("Ann Roe", "governor", None) in roles(facts)
