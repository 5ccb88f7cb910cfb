"""The member a result makes, titled as the seat's chamber is in its country (kg.extract.members; data/roles.json
"national_members", "state_members", "ward_members"), and no member where kg cannot know the title. Sentences
invented for the test."""

import pytest


def _members(facts, person="Tom Ure"):
    return {f.role for f in facts.roles if f.person == person and "roles.member-from-result" in f.rules}


@pytest.mark.parametrize(("text", "title"), [
    ("Ann Roe won the Fenby by-election for Labour.", "mp"),
    ("In Pakistan, Tom Ure of the PTI won the NA-12 Fenby National Assembly by-election by 3,000 votes.", "mna"),
    ("Tom Ure of the UMNO retained the Fenby state seat in Kedah, Malaysia, in a by-election.", "assemblyman"),
    ("In France, Tom Ure won the Fenby by-election for the Socialist Party.", "deputy"),
    ("In Japan, Tom Ure won the Fenby by-election for the Liberal Democratic Party.", "mp"),  # most news: MPs
    ("Ontario Liberal Tom Ure captured Fenby in yesterday's provincial byelection, the first time a Queen's Park seat "
     "has changed hands since Ontario voted.", "mpp"),
    ("Tom Ure of the JMM won the Fenby seat in the Jharkhand assembly election in India.", "mla"),
    # the seat named elsewhere in the article as an assembly's, though the article names a Lok Sabha seat too
    ("In India, by-elections were held for the Hale Lok Sabha seat and two assembly seats. Tom Ure of the BJP won the "
     "Fenby by-election. Fenby is an assembly constituency in the north.", "mla"),
    ("Tom Ure won the Fenby ward by-election for ODM, beating Ann Roe of Jubilee, in Nairobi, Kenya.", "mca"),
    # a province named "Free State" is no state seat's cue
    ("In South Africa, Tom Ure won the Free State by-election for the Democratic Alliance.", "mp"),
    # a state cue in another clause of the sentence is another contest's, not the seat's
    ("Tom Ure won the Fenby by-election for Labour, a year before the assembly election.", "mp"),
    # "National Assembly by-election" holds a state cue ("assembly by-election") inside the national house's
    ("In Zimbabwe, Tom Ure of Zanu PF won the Fenby National Assembly by-election.", "mp"),
    # Nigeria's House of Representatives: representatives, not MPs
    ("In Nigeria, Tom Ure won the Fenby Federal Constituency by-election for the House of Representatives for the "
     "All Progressives Congress.", "representative"),
])
def test_a_winner_holds_the_title_of_the_seat_s_chamber_in_its_country(facts_of, text, title):
    person = "Ann Roe" if text.startswith("Ann Roe") else "Tom Ure"
    assert _members(facts_of(text), person) == {title}


def test_a_seat_on_a_council_makes_a_councillor_not_a_member_of_parliament(facts_of):
    facts = facts_of("The Liberal Democrats took a seat on Fenby Borough Council, with Tom Ure winning the Hale "
                     "by-election by 38 votes.")
    assert "mp" not in _members(facts)


@pytest.mark.parametrize("text", [
    # a by-election in an article about both houses' seats, in a country whose two titles differ
    "In Pakistan, by-elections were held for two National Assembly seats and three provincial assembly seats. "
    "Tom Ure of the PTI won the Fenby by-election.",
    "In India, by-elections were held for the Hale seat in the Lok Sabha and the Fenby assembly seat. Tom Ure of the BJP "
    "won Hale by 4,000 votes.",
])
def test_no_member_where_kg_cannot_know_the_title(facts_of, text):
    assert not _members(facts_of(text))
