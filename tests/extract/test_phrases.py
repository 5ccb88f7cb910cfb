"""Role phrases and what their own words say: label, party, former (kg/extract/phrases.py)."""

import pytest

from kg.extract.lexicon import load_lexicon
from kg.extract.phrases import outside_politics, role_phrases
from kg.nlp import analyse
from tests.extract.conftest import roles


def test_former_status(facts_of):
    facts = facts_of("Former Labour MP Alan Brisk opened the museum.")
    (fact,) = [f for f in facts.roles if f.person == "Alan Brisk"]
    assert fact.status == "former" and fact.role == "mp"


def test_shadow_role_keeps_prefix(facts_of):
    facts = facts_of("The Labour shadow chancellor, Mary Okafor, spoke first.")
    assert any(f.person == "Mary Okafor" and f.role == "shadow chancellor" for f in facts.roles)


def test_non_political_title_is_not_a_role(facts_of):
    facts = facts_of("Designer Pam Lowry showed her collection in London.")
    assert not facts.roles


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


def test_member_for_a_seat_but_not_member_of_the_public(facts_of):
    facts = facts_of("Sir Tom Ure was replaced as member for Ashby and Hale by the outspoken Lee Fenn. "
                     "A member of the public, Jo Fitch, complained.")
    assert not any(f.person == "Jo Fitch" for f in facts.roles)
    held = {(f.person, f.status) for f in facts.roles if f.role == "mp for ashby and hale"}
    assert {("Tom Ure", "former"), ("Lee Fenn", "current")} <= held


def test_party_at_the_end_of_a_qualifier(facts_of):
    facts = facts_of("Ben Lowe, agent for Fenby Vale Tories, said the seat was safe.")
    assert any(f.person == "Ben Lowe" and f.role.startswith("agent") and f.party == "Conservative Party"
               for f in facts.roles)


def test_a_duration_is_not_part_of_the_role(facts_of):
    facts = facts_of("Sir Alan Pryor was born in 1920. He had represented the town as an MP for 20 years.")
    assert any(f.person == "Alan Pryor" and f.role == "mp" for f in facts.roles)


def test_irish_and_australian_titles(facts_of):
    facts = facts_of("Fianna Fáil TD Mary Brennan met Opposition Leader Peter Dutt and Labor leader Tony Albert.")
    got = {(f.person, f.role, f.party) for f in facts.roles}
    assert ("Mary Brennan", "td", "Fianna Fáil") in got
    assert ("Tony Albert", "leader", "Australian Labor Party") in got
    assert any(person == "Peter Dutt" and role == "opposition leader" for person, role, _ in got)


def test_lower_case_representative_is_no_office(facts_of):
    facts = facts_of("Mr Lee Fenn agreed to act as their representative in Kelby.")
    assert not any(f.role.startswith("representative") for f in facts.roles)


def test_abbreviated_portfolio_is_spelt_out(facts_of):
    facts = facts_of("Former NI minister Nigel Harker has died.")
    assert any(f.person == "Nigel Harker" and f.role == "northern ireland minister" for f in facts.roles)


def test_the_partys_office_is_for_the_party_named_before(facts_of):
    facts = facts_of("The Scottish Conservatives met in Perth. The party's chief whip, Rebecca Lorne, said so.")
    assert ("Rebecca Lorne", "chief whip", "Conservative Party") in roles(facts)


def test_more_offices(facts_of):
    facts = facts_of("Green group leader Hannah Lowther said so. Fairfax County supervisor Jerome Whitfeld lost. "
                     "Lt. Gov. Daniel Reyes was sworn in.")
    assert ("Hannah Lowther", "group leader", "Green Party") in roles(facts)
    assert any(f.person == "Jerome Whitfeld" and f.role == "county supervisor" for f in facts.roles)
    assert any(f.person == "Daniel Reyes" and f.role == "lieutenant governor" for f in facts.roles)


def test_prefix_between_modifiers(facts_of):
    facts = facts_of("Peter Hale, the chief deputy whip, is running. The row over former deputy chief whip Chris Pinner grew.")
    found = {(f.person, f.role, f.status) for f in facts.roles}
    assert ("Peter Hale", "chief deputy whip", "current") in found
    assert ("Chris Pinner", "deputy chief whip", "former") in found


def test_lower_case_representative_only_before_a_name(facts_of):
    facts = facts_of("The seat fell vacant on the death of Fenby representative Jo Platt. Their representative in Fenby spoke.")
    assert [(f.person, f.role) for f in facts.roles] == [("Jo Platt", "representative")]


def test_house_of_representatives_is_no_role(facts_of):
    facts = facts_of("Tom Ure, the minority leader in the Fenby House of Representatives, is a Democrat.")
    assert {f.role for f in facts.roles if f.person == "Tom Ure"} == {"minority leader"}


def test_abbreviated_generic_title_is_an_office(facts_of):
    facts = facts_of("Mary Jones was leading Del. Susan Miller by 65,000 votes.")
    assert ("Susan Miller", "delegate") in {(f.person, f.role) for f in facts.roles}


def test_offices_of_government_staff_and_cities(facts_of):
    facts = facts_of("White House chief of staff Ann Roe spoke. State Comptroller Tom Ure agreed. "
                     "City Clerk Jim Dane and Governor General Ed Hale did not.")
    found = {(f.person, f.role) for f in facts.roles}
    assert {("Ann Roe", "white house chief of staff"), ("Tom Ure", "state comptroller"), ("Jim Dane", "city clerk"),
            ("Ed Hale", "governor general")} <= found


def test_a_companys_chief_of_staff_is_no_office(facts_of):
    facts = facts_of("The bank's chief of staff, Ann Roe, resigned.")
    assert not facts.roles


def test_a_prefix_before_a_party_word_belongs_to_the_title(facts_of):
    facts = facts_of("Deputy Labour leader Ann Roe spoke. The shadow Tory chancellor, Tom Ure, agreed.")
    found = {(f.person, f.role, f.party) for f in facts.roles}
    assert ("Ann Roe", "deputy leader", "Labour Party") in found
    assert ("Tom Ure", "shadow chancellor", "Conservative Party") in found
    assert not any(r in ("leader", "chancellor") for _, r, _ in found)


def test_abbreviated_titles_of_two_words(facts_of):
    facts = facts_of("The ceremony was led by Gov. Gen. Ann Roe, with Lt. Gov. Tom Ure beside her.")
    found = {(f.person, f.role) for f in facts.roles}
    assert {("Ann Roe", "governor general"), ("Tom Ure", "lieutenant governor")} <= found
    assert ("Ann Roe", "governor") not in found


def test_the_incumbent_is_a_role(facts_of):
    facts = facts_of("Ann Roe beat longtime incumbent Tom Ure in 2010.")
    assert ("Tom Ure", "incumbent") in {(f.person, f.role) for f in facts.roles}


def test_an_acting_office_is_not_the_office(facts_of):
    facts = facts_of("Acting Prime Minister Ann Roe spoke on Monday.")
    assert ("Ann Roe", "acting prime minister") in {(f.person, f.role) for f in facts.roles}


def test_party_officers_titles(facts_of):
    facts = facts_of("Green Party Secretary-General Orla Venn and Green Party co-leader Pia Strand spoke.")
    assert ("Orla Venn", "secretary-general") in {(f.person, f.role) for f in facts.roles}
    assert ("Pia Strand", "co-leader") in {(f.person, f.role) for f in facts.roles}


def test_party_chief_but_chief_still_modifies_other_titles(facts_of):
    found = {(f.person, f.role) for text in ("Green Party chief Orla Venn spoke.", "Labour chief whip Tom Ure spoke.",
                                             "Chief Minister Ed Cole spoke.") for f in facts_of(text).roles}
    assert {("Orla Venn", "chief"), ("Tom Ure", "chief whip"), ("Ed Cole", "chief minister")} <= found
    assert not roles(facts_of("The police chief Ben Arlo said the road was closed."))
    facts = facts_of("It was attended by Home Minister Tom Ure, several Labour chief ministers and others.")
    assert not any(f.role == "chief" for f in facts.roles)


def test_own_candidate_is_a_candidate(facts_of):
    facts = facts_of("The Green Party fielded its own candidate, Orla Venn, in the by-election.")
    assert ("Orla Venn", "candidate", "Green Party") in roles(facts)


def test_two_capitalised_portfolios_and_a_title_word(facts_of):
    facts = facts_of("Pia Strand was named the Roads and Housing Cabinet Secretary on Monday.")
    assert ("Pia Strand", "roads and housing cabinet secretary") in {(f.person, f.role) for f in facts.roles}


def test_a_countrys_party_after_its_possessive(facts_of):
    facts = facts_of("Orla Venn, the leader of Freedonia's liberal Green Party, has won the election.")
    assert ("Orla Venn", "leader", "Green Party") in roles(facts)
    assert not roles(facts_of("Orla Venn, the president of Freedonia's biggest bank, spoke."))


def test_provincial_members_titles(facts_of):
    facts = facts_of("The riding became vacant after former PC MPP Ann Roe resigned her seat.")
    (fact,) = [f for f in facts.roles if f.person == "Ann Roe"]
    assert fact.role == "mpp" and fact.status == "former"
    facts = facts_of("Tom Ure, the MNA for Fenby, spoke.")
    assert ("Tom Ure", "mna for fenby") in {(f.person, f.role) for f in facts.roles}


def test_a_mayors_or_governors_place_is_no_part_of_the_office(facts_of):
    facts = facts_of("He beat former Fenby City Mayor Ann Roe and Deputy Governor Tom Ure.")
    found = {(f.person, f.role, f.status) for f in facts.roles}
    assert {("Ann Roe", "mayor", "former"), ("Tom Ure", "deputy governor", "current")} <= found


def test_a_compound_cut_by_its_hyphen_is_no_part_of_the_office(facts_of):
    facts = facts_of("Ann Roe will stand as the Fenby-Lea candidate. Tom Ure, a third-party candidate, also ran.")
    found = {(f.person, f.role) for f in facts.roles}
    assert {("Ann Roe", "candidate"), ("Tom Ure", "candidate")} <= found
    facts = facts_of("Ann Roe, the vice-president of the party, spoke.")
    assert ("Ann Roe", "vice-president") in {(f.person, f.role) for f in facts.roles}
    (fact,) = facts_of("Ex-Foreign Secretary Tom Ure spoke on Monday.").roles
    assert (fact.role, fact.status) == ("foreign secretary", "former")


def test_cabinet_secretary_abbreviated(facts_of):
    facts = facts_of("Dekow will take over from Defence CS Tom Ure, who resigned.")
    assert ("Tom Ure", "cabinet secretary") in {(f.person, f.role) for f in facts.roles}


def test_a_role_label_never_ends_in_a_possessive(nlp):
    doc = analyse("Mara Quell, the leader of Freedonia's biggest union, spoke. Tobin Ashgrove, the leader of Freedonia's "
                  "liberal Green Party, won.", nlp)
    labels = [p.label for p in role_phrases(doc, nlp, load_lexicon())]
    assert not any(label.endswith(("'s", "’s", " of", " for")) for label in labels)
    assert "leader" in labels


def test_qualifier_stops_before_a_second_title(facts_of):
    facts = facts_of("Minister for Transport and Labour TD Tom Ure reacted. The Minister for Trade and Industry spoke.")
    held = {(f.person, f.role) for f in facts.roles}
    assert ("Tom Ure", "td") in held and ("Tom Ure", "minister for transport") in held
    assert not any("labour td" in role for _, role in held)


def test_lower_case_title_right_before_a_known_name(facts_of):
    facts = facts_of("The Labour leader said former president Ann Roe would speak. Club president John Hale stayed away.")
    held = {(f.person, f.role, f.status) for f in facts.roles}
    assert ("Ann Roe", "president", "former") in held
    assert not any(person == "John Hale" for person, _, _ in held)


def test_lower_case_portfolio_of_a_minister_before_the_name(facts_of):
    facts = facts_of("Labour's minister for communities Ann Roe spoke in Fenby. Tom Ure was minister for years.")
    held = {(f.person, f.role) for f in facts.roles}
    assert ("Ann Roe", "minister for communities") in held
    assert ("Tom Ure", "minister for years") not in held


def test_its_title_belongs_to_the_party_the_sentence_names(facts_of):
    facts = facts_of("The Green Party's treasurer Ann Roe will join the cabinet as health minister while its regional "
                     "chairman, Tom Ure, takes the transport brief.")
    assert any(f.person == "Tom Ure" and f.role == "regional chairman" and f.party and f.party.startswith("Green Party")
               for f in facts.roles)
    company = facts_of("The company's profits rose while its chairman, Tom Ure, resigned.")
    assert not company.roles


def test_its_is_not_a_party_named_in_another_clause(facts_of):
    facts = facts_of("The firm, which gave money to Labour, said its chairman, Tom Ure, had resigned.")
    assert not any(f.person == "Tom Ure" and f.party == "Labour Party" for f in facts.roles)


def test_the_institutions_in_data_make_a_generic_head_political(nlp, tmp_path):
    """"leader of the senedd" is an office once "senedd" is in data/lexicon.json "institutions": the list is data."""
    from tests.extract.conftest import lexicon_with

    doc = analyse("The leader of the senedd, Ann Roe, spoke.", nlp)
    assert not role_phrases(doc, nlp, load_lexicon())
    assert [p.core for p in role_phrases(doc, nlp, lexicon_with(tmp_path, institutions=["senedd"]))] == ["leader"]


def test_the_shared_hypothetical_reads_modals_and_conditions(nlp):
    """The one detector of unreal events the rules share: a modal on the verb, or "if"/"unless" over it."""
    from kg.extract.phrases import hypothetical

    lexicon = load_lexicon()

    def verb(text: str, lemma: str) -> bool:
        return hypothetical(next(t for t in analyse(text, nlp) if t.lemma_ == lemma), lexicon)

    assert verb("Tom Ure would resign from the House.", "resign")
    assert verb("If Tom Ure resigns, Fenby will vote again.", "resign")
    assert verb("Unless Ann Roe is expelled, she stays.", "expel")
    assert not verb("Tom Ure resigned from the House.", "resign")
    assert not verb("Ann Roe was expelled, so Fenby votes again.", "expel")


def test_one_word_place_before_mayor_is_its_place(facts_of):
    facts = facts_of("Fenby Mayor Tom Ure opened the new library on Tuesday.")
    assert ("Tom Ure", "mayor of fenby") in {(f.person, f.role) for f in facts.roles}


def test_title_words_before_mayor_are_no_place(facts_of):
    facts = facts_of("Lord Mayor Tom Ure and Lieutenant Governor Ann Roe spoke.")
    labels = {(f.person, f.role) for f in facts.roles}
    assert ("Tom Ure", "lord mayor") in labels and ("Ann Roe", "lieutenant governor") in labels


def test_a_federal_deputy_is_an_office(facts_of):
    facts = facts_of("Former federal deputy Ann Roe topped the poll in Fenby with 52 per cent.")
    assert any(f.person == "Ann Roe" and f.role == "federal deputy" for f in facts.roles)


def test_a_party_chairperson_is_an_office_and_a_school_one_is_not(facts_of):
    facts = facts_of("At the count, Labour's county chairperson Ann Roe demanded a recount, while the school's chairperson, "
                     "Tom Ure, left early.")
    labels = {(f.person, f.role) for f in facts.roles}
    assert ("Ann Roe", "county chairperson") in labels and not any(p == "Tom Ure" for p, _ in labels)


def test_a_member_of_a_named_parliament_is_one_title_not_the_parliament(facts_of):
    # a head written "member of the X" ends in a capital: it keeps its lower-case words, which are the title's own
    facts = facts_of("Ann Roe, a Labour member of the European Parliament, said the plan would fail.")
    assert ("Ann Roe", "mep", "Labour Party") in {(f.person, f.role, f.party) for f in facts.roles}
    assert not [f for f in facts.roles if "parliament" in f.role]


def test_a_lower_case_word_before_a_capitalised_title_is_still_no_part_of_it(facts_of):
    facts = facts_of("Ann Roe met her counterpart Foreign Minister Tom Ure on Monday.")
    assert not [f for f in facts.roles if f.role.startswith("counterpart")]


def test_outside_politics_is_a_private_body_or_a_prize_in_any_inflection() -> None:
    """One check for "no public office, seat or race": the candidacy, result and trigger rules each asked it their own
    way (the trigger rules read no prize; the candidacy rules no plural)."""
    lexicon = load_lexicon()
    assert outside_politics(analyse("The golf clubs voted to expel him."), lexicon)
    assert outside_politics(analyse("Ann Roe won the Fenby Cup."), lexicon)
    assert not outside_politics(analyse("The Fenby council voted to expel him."), lexicon)
    assert not outside_politics(analyse("Ann Roe won the Fenby by-election."), lexicon)


@pytest.mark.parametrize(("text", "label"), [
    # a word that describes the holder (gender, origin, terms served) is no part of the office
    ("Ann Roe will be the city's first woman mayor.", "mayor"),
    ("Ann Roe, a two-term senator, said the plan would fail.", "senator"),
    # a verb the model read as a noun before the title
    ("Early results from Fenby show challenger Ann Roe comfortably ahead of the mayor.", "challenger"),
    # a party's initials kg does not know are whose the office is, not which office
    ("The new minister is Ann Roe, a doctor and KO lawmaker from Fenby.", "lawmaker"),
    ("XYZ candidate Ann Roe said the plan would fail.", "candidate"),
])
def test_a_label_holds_the_office_alone(facts_of, text, label):
    labels = {f.role for f in facts_of(text).roles if f.person == "Ann Roe"}
    assert label in labels and not [r for r in labels if r.endswith(f" {label}")]


@pytest.mark.parametrize(("text", "label"), [
    ("Ann Roe, the MMC for transport, said the plan would fail.", "mmc"),  # initials that are the title stay
    ("Gov. Gen. Ann Roe opened the session.", "governor general"),
    ("Ann Roe, the shadow home secretary, said the plan would fail.", "shadow home secretary"),
])
def test_titles_in_capitals_and_modifiers_of_the_office_stay(facts_of, text, label):
    assert label in {f.role for f in facts_of(text).roles if f.person == "Ann Roe"}


def test_hyphened_compound_around_a_head_is_no_role_and_no_crash(facts_of):
    # the matcher takes "candidate-" out of "two-candidate-preferred"; cutting the compound's start left a phrase of
    # one hyphen, which crashed every article with an Australian preference count
    facts = facts_of("Ann Roe won the two-candidate-preferred count in Fenby.")
    assert all(f.role.strip("-") for f in facts.roles)
    assert any(r.seat == "Fenby" and r.winner == "Ann Roe" for r in facts.elections)


@pytest.mark.parametrize("text", [
    "Tom Ure met the Fenby-MP-elect group in Kelby.",
    "Ann Roe, the x-mayor-elect of Ashmoor, spoke to Lee Hale.",
])
def test_elect_compound_cut_from_its_head_is_no_role_and_no_crash(facts_of, text):
    # the match "MP-elect" glued to a word before lost its first word ("MP") as a modifier of a compound, leaving
    # "-elect" alone: its "elect" had no word to join, which raised IndexError and ended the article
    facts = facts_of(text)
    assert all(f.role.strip("-") not in ("elect", "") for f in facts.roles)
