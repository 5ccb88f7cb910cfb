"""Which party a fact names: party names by country (kg/nlp.py) and the party a role is held for (kg/extract/parties.py)."""

import datetime as dt

from kg.extract.lexicon import load_lexicon
from tests.extract.conftest import roles


def test_party_as_a_title_before_a_name(facts_of):
    facts = facts_of("Republican Tom Quill beat Democrat Martha Coyle in the Ashby special election.")
    assert any(e.winner == "Tom Quill" and e.party == "Republican Party" for e in facts.elections)


def test_a_party_noun_in_apposition_states_the_party(facts_of):
    facts = facts_of("Governor Chris Christy, a Republican with a national following, appointed a senator.")
    assert any(f.person == "Chris Christy" and f.role == "governor" and f.party == "Republican Party" for f in facts.roles)


def test_a_neighbouring_caption_lends_no_party(facts_of):
    facts = facts_of("13/34 20 February 2017 A protest against US President Don Trumble in London Getty Images\n\n"
                     "14/34 20 February 2017 Former Labour MP Tristan Hurst at the museum PA wire")
    assert any(f.person == "Don Trumble" and f.role == "president" and f.party is None for f in facts.roles)


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


def test_us_conservative_party_is_new_york_state_party(facts_of):
    facts = facts_of("In the Congress race, Dale Hartman ran on the Conservative Party line against Democrat Ann Ruiz.")
    assert ("Dale Hartman", "candidate", "Conservative Party of New York State") in roles(facts)


def test_defection_makes_the_new_party_current(facts_of):
    facts = facts_of("Conservative MP Alan Brisk has defected to Labour. He said he was delighted.")
    assert ("Alan Brisk", "mp", "Labour Party") in roles(facts)
    assert any(f.person == "Alan Brisk" and f.party == "Conservative Party" and f.status == "former" for f in facts.roles)


def test_founding_a_party_makes_it_theirs(facts_of):
    text = ("Former radio presenter Robert Penhallow will stand in the Kelby seat of Fenwick. "
            "Mr Penhallow revealed his plans on the day he launched his new party, Veritas, having left Ukip.")
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


def test_party_at_one_name_is_not_inferred_for_another(facts_of):
    facts = facts_of("Republican Jason Whitcombe won the seat, ousting interim Sen. Roberto Quintana.")
    assert not any(f.person == "Roberto Quintana" and f.party == "Republican Party" for f in facts.roles)


def test_whose_candidate(facts_of):
    facts = facts_of("The Liberal Democrats, whose candidate Tom Beddowes came third, blamed the weather. "
                     "Mr Beddowes is a councillor in Ashby.")
    assert any(f.person == "Tom Beddowes" and f.party == "Liberal Democrats" for f in facts.roles)


def test_a_word_that_names_a_party_only_as_a_title(facts_of):
    facts = facts_of("Green candidate Ellie Fong agreed. The green belt is safe, said Jo Green.")
    assert ("Ellie Fong", "candidate", "Green Party") in roles(facts)
    assert not any(f.party == "Green Party" and f.person != "Ellie Fong" for f in facts.roles)


def test_the_headline_party_is_its_spokesperson_s(facts_of):
    facts = facts_of("Labour plans parental leave boost\n\nParental leave is to grow, the Trade and Industry Secretary "
                     "Ann Roe said. The Tories mocked the plan.")
    assert ("Ann Roe", "trade and industry secretary", "Labour Party") in roles(facts)


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


# The world's parties (data/gazetteer): recognised, and resolved by the article's country.


def _parties(text: str) -> set[tuple[str, str]]:
    from kg.nlp import analyse

    return {(e.text, e.ent_id_) for e in analyse(text).ents if e.label_ == "PARTY"}


def test_a_world_party_is_recognised_with_its_wikidata_and_country() -> None:
    assert ("Likud", "Likud") in _parties("Miriam Dahan of Likud spoke in Jerusalem.")
    likud = next(p for p in load_lexicon().parties if p.name == "Likud")
    assert likud.country == "IL" and likud.wikidata


def test_labour_in_an_irish_article_is_irish_labour() -> None:
    text = "The Taoiseach met Labour leader Ann Ferris in Dublin. Labour TDs backed the Dáil motion."
    assert ("Labour", "Labour Party (Ireland)") in _parties(text)


def test_labour_in_a_new_zealand_article() -> None:
    text = "In New Zealand, Labour leader Tom Kerr said the New Zealand economy needs help."
    assert ("Labour", "New Zealand Labour Party") in _parties(text)


def test_labour_with_no_country_evidence_is_the_default() -> None:
    assert ("Labour", "Labour Party") in _parties("Labour said it would vote against the bill.")


def test_a_shared_name_with_no_country_stays_unresolved() -> None:
    found = _parties("The Socialist Party won the vote.")
    assert ("Socialist Party", "Socialist Party") in found
    assert next(p for p in load_lexicon().parties if p.name == "Socialist Party").country is None


def test_a_shared_name_resolved_by_country() -> None:
    assert ("Socialist Party", "Socialist Party (France)") in _parties("In France, the Socialist Party won the vote in Lyon.")


def test_hand_made_parties_gain_wikidata_ids() -> None:
    plaid = next(p for p in load_lexicon().parties if p.name == "Plaid Cymru")
    assert plaid.wikidata == "Q10691"


def test_ordinary_words_are_not_parties() -> None:
    assert not _parties("The FBI and the DA met the national team in green shirts.")


# Canada, Australia and New Zealand: the same short names, their own parties (data/parties.json national_variants).


def test_liberals_and_tories_in_a_canadian_article() -> None:
    found = _parties("In Ottawa, the Liberals held the Fenby riding and the Tories came second in Ontario.")
    assert ("Liberals", "Liberal Party of Canada") in found and ("Tories", "Conservative Party of Canada") in found


def test_national_and_labour_in_a_new_zealand_article() -> None:
    found = _parties("Labour lost in Auckland. National MP Jo Platt spoke in Wellington.")
    assert ("National", "New Zealand National Party") in found and ("Labour", "New Zealand Labour Party") in found


def test_northern_ireland_is_no_cue_for_ireland() -> None:
    found = _parties("In Northern Ireland, the Tory minister met Labour MPs in Belfast and Northern Ireland.")
    assert ("Labour", "Labour Party") in found


def test_labour_in_an_australian_article_is_labor() -> None:
    assert ("Labour", "Australian Labor Party") in _parties("In Canberra, Labour leader Ann Roe met the Greens in Brisbane.")


def test_greens_and_people_s_party_by_country() -> None:
    assert ("The Greens", "Australian Greens") in _parties("The Greens won Fenby in Melbourne, Australia.")
    assert ("People's Party", "People's Party of Canada") in _parties("The People's Party ran in Winnipeg and Calgary.")


def test_mp_alone_says_no_country() -> None:
    found = _parties("The National Party caucus met in New Zealand and chose the MP Ann Roe; every MP voted.")
    assert ("The National Party", "New Zealand National Party") in found


def test_news_agencies_are_not_parties() -> None:
    assert not _parties("Ann Roe told AAP and AFP that she would run.")


def test_a_title_word_the_tagger_took_for_an_organisation(facts_of):
    facts = facts_of("In Wellington, National candidate Ann Roe spoke in Auckland.")
    assert ("Ann Roe", "candidate", "New Zealand National Party") in roles(facts)


def test_a_lower_case_title_word_names_no_party(facts_of):
    facts = facts_of("In Wellington, the national candidate Ann Roe spoke in Auckland.")
    assert not any(f.party == "New Zealand National Party" for f in facts.roles)


def test_a_title_word_the_role_label_leaves_out(facts_of):
    facts = facts_of("In Wellington, National list MP Ann Roe beat Labour's Tom Ure in the Fenby by-election.")
    assert ("Ann Roe", "list mp", "New Zealand National Party") in roles(facts)
    assert not any(f.person == "Ann Roe" and f.party == "New Zealand Labour Party" for f in facts.roles)


def test_a_national_variant_as_a_title_word_in_its_country(facts_of):
    facts = facts_of("In New Delhi, Congress nominee Ann Roe beat the BJP's Tom Ure, with the Shiromani Akali Dal (SAD) "
                     "candidate third.")
    assert ("Ann Roe", "nominee", "Indian National Congress") in roles(facts)
    assert not any(f.person == "Ann Roe" and f.party == "Shiromani Akali Dal" for f in facts.roles)


def test_a_national_variant_names_no_party_in_another_country(facts_of):
    facts = facts_of("In Washington, Congress candidate Ann Roe spoke to Ohio Republicans.")
    assert not any(f.party == "Indian National Congress" for f in facts.roles)


def test_party_code_after_a_possessive_or_a_comma(facts_of):
    facts = facts_of("Ann Roe won 51% of the vote to incumbent Tom Ure's (R) 49%. Sen. Jim Dane, D-Ohio, said no.")
    found = {(f.person, f.role, f.party) for f in facts.roles}
    assert ("Tom Ure", "incumbent", "Republican Party") in found
    assert ("Jim Dane", "senator", "Democratic Party") in found


def _clause_test(nlp, text: str, person: str) -> bool:  # type: ignore[no-untyped-def]
    from kg.extract.parties import in_their_clause

    doc = nlp(text)
    party = next(e for e in doc.ents if e.label_ == "PARTY")
    start = next(t.i for t in doc if t.text == person.split()[0])
    return in_their_clause(party, (start, start + len(person.split())), doc)


def test_a_party_in_a_clause_the_person_hangs_from_is_not_theirs(nlp):  # type: ignore[no-untyped-def]
    assert not _clause_test(nlp, "Democrats held the Ashby seat for a century until Tom Quill won it in 2010.", "Tom Quill")
    assert not _clause_test(nlp, "The vote angered Democrats, who recalled the praise of President Don Trumble.", "Don Trumble")


def test_a_party_in_the_persons_own_clause_is_theirs(nlp):  # type: ignore[no-untyped-def]
    assert _clause_test(nlp, "Ann Petch, who won the Fenby seat for Labour in May, spoke on Friday.", "Ann Petch")
    assert _clause_test(nlp, "Ann Petch said she would stand for Labour in Fenby.", "Ann Petch")
    assert _clause_test(nlp, "Labour chose Ann Petch as its candidate in Fenby.", "Ann Petch")


# The article's country: named outright it outweighs another country's party phrase and titles many countries share.


def test_a_named_country_outweighs_another_country_s_party_phrase() -> None:
    text = ("Min-jun Park of the People Power Party lost to Democratic Party leader Ji-ho Han. People Power said "
            "South Korea had spoken.")
    assert ("Democratic Party", "Democratic Party (Hong Kong)") not in _parties(text)
    assert any(p.endswith("(South Korea)") for _, p in _parties(text))


def test_governors_and_senators_do_not_make_an_article_american() -> None:
    text = "Governor Ada Obi of the PDP beat Senator Tom Eze, the Governor said. Nigeria votes again in May. The PDP won."
    assert ("PDP", "People's Democratic Party (Nigeria)") in _parties(text)


def test_an_abbreviation_names_a_party_only_in_its_country() -> None:
    assert ("SP", "Samajwadi Party") in _parties("In India, SP candidate Ravi Verma won the Ashpur seat.")
    assert ("CDP", "Constitutional Democratic Party of Japan") in _parties("In Japan, the CDP fielded Aiko Sato in Tokyo.")
    assert not _parties("In Ohio, the SP unit arrested Dan Cole.")


def test_an_abbreviation_in_a_code_is_no_party() -> None:
    assert ("SP", "Samajwadi Party") not in _parties("In India, the SP-1 road near Ashpur was opened by Ravi Verma.")


def test_a_party_the_gazetteer_lags_behind_is_taken_at_its_word(facts_of):
    text = "In South Korea, Lee Dong-won, the leader of the Blue Heron Party, lost the vote in Seoul."
    assert ("Blue Heron Party", "Blue Heron Party") in _parties(text)
    assert ("Lee Dong-won", "leader", "Blue Heron Party") in roles(facts_of(text))


def test_another_country_s_party_inside_a_longer_name_is_not_that_party() -> None:
    found = _parties("In South Korea, Min-jun Park of the People Power Party spoke in Seoul.")
    assert ("People Power Party", "People Power Party") in found
    assert not any(p == "People Power (Hong Kong)" for _, p in found)


def test_a_known_party_with_party_added_keeps_its_name() -> None:
    assert ("Brothers of Italy Party", "Brothers of Italy") in _parties("In Italy, Ada Rossi of the Brothers of Italy Party spoke.")


def test_where_kg_knows_the_parties_by_hand_an_unknown_name_is_no_party() -> None:
    assert not any(p == "Tea Party" for _, p in _parties("In Ohio, the Tea Party backed Senator Dan Cole in Congress."))


def test_an_abbreviation_defined_in_brackets_is_that_party() -> None:
    found = _parties("In South Korea, the Blue Heron Party (NDP) won. Min-jun Park of the NDP spoke in Seoul.")
    assert ("NDP", "Blue Heron Party") in found


def test_a_defined_abbreviation_of_the_article_s_country_names_the_party_it_abbreviates() -> None:
    found = _parties("In Germany, the Social Democrats (SPD) won. Hans Weber of the SPD spoke in Berlin.")
    assert ("Social Democrats", "Social Democratic Party of Germany") in found  # not Ireland's Social Democrats


def test_a_province_s_own_parties_at_its_legislature() -> None:
    found = _parties("In Ontario, PC candidate Dana Fenwick beat Liberal candidate Rob Hale to become the MPP for Ashby.")
    assert ("PC", "Progressive Conservative Party of Ontario") in found and ("Liberal", "Ontario Liberal Party") in found
    federal = _parties("In Ottawa, Liberal candidate Rob Hale won the Ashby riding in Ontario.")
    assert ("Liberal", "Liberal Party of Canada") in federal


def test_another_country_s_party_of_that_name_is_not_guessed() -> None:
    # Zambia's United Democratic Alliance is in the gazetteer; Kenya's is not, and the article never names Zambia
    found = _parties("In Kenya, the United Democratic Alliance (UDA) won in Nairobi. UDA candidate Amos Kiprop spoke.")
    assert ("United Democratic Alliance", "United Democratic Alliance (Kenya)") in found
    assert ("UDA", "United Democratic Alliance (Kenya)") in found
    assert next(p for p in load_lexicon().parties if p.name == "United Democratic Alliance (Zambia)").country == "ZM"


def test_a_default_name_is_not_another_country_s_party_in_a_world_article() -> None:
    assert ("Democratic Party", "Democratic Party (Japan)") in _parties("In Japan, the Democratic Party lost in Tokyo and Osaka.")


def test_a_name_kg_gave_a_party_of_the_article_s_country_is_a_party() -> None:
    lexicon = load_lexicon()
    assert lexicon.party_of("United Democratic Alliance (Kenya)") == "United Democratic Alliance (Kenya)"
    assert lexicon.party_of("Tom Ure (Fenby)") is None


def test_another_country_s_party_named_like_a_word_is_no_party_in_a_hand_made_country() -> None:
    # the gazetteer has a party called "Opposition" (Panama); a Northern Irish article never names Panama
    found = _parties("The SDLP has been designated as the opposition at Stormont, with Ann Roe picked as Leader of the Opposition.")
    assert ("SDLP", "Social Democratic and Labour Party") in found and not any(t == "Opposition" for t, _ in found)


def test_a_party_colleague_shares_the_party_stated_for_the_one_named_before(facts_of):
    facts = facts_of("The DUP's Ann Roe has been elected deputy first minister at Stormont, while her party colleague "
                     "Tom Ure is the new assembly speaker.", dt.date(2024, 2, 3))
    assert ("Tom Ure", "assembly speaker", "Democratic Unionist Party") in roles(facts)


def test_a_party_colleague_of_the_clause_s_subject(facts_of):
    facts = facts_of("Ann Roe (Fianna Fáil) won the by-election in Fenby. She takes over the seat left empty by party colleague "
                     "Tom Ure, who became an MEP.")
    assert ("Tom Ure", "mep", "Fianna Fáil") in roles(facts)


def test_a_party_after_a_name_is_theirs_and_an_abbreviation_ending_a_sentence_is_read(facts_of):
    facts = facts_of("The Labour Party held Oyo in Nigeria. Governor Seyi Okafor of the PDP defeated rivals "
                     "including Senator Tunde Ojo of the APC.")
    got = roles(facts)
    assert ("Tunde Ojo", "senator", "All Progressives Congress") in got  # not the PDP nor Labour named near him
    assert ("Seyi Okafor", "governor", "People's Democratic Party (Nigeria)") in got


def test_a_party_named_twice_in_a_sentence_is_not_the_first_person_s_alone(facts_of):
    facts = facts_of("In Italy, Gino Rossi from FdI became the defence minister, while the retired judge and FdI "
                     "member Carla Neri became the justice minister. Tito Verdi from the Forza Italia spoke in Rome.")
    assert any(f.person == "Carla Neri" and f.role == "justice minister" and f.party == "Brothers of Italy" for f in facts.roles)


def test_an_abbreviation_of_another_country_s_party_is_spelled_out_for_the_article_s_country() -> None:
    # South Africa's United Democratic Movement is in the gazetteer; a Kenyan article's "UDM" is Kenya's party of that name
    assert ("UDM", "United Democratic Movement (Kenya)") in _parties("In Kenya, UDM’s Tom Ochieng came second in Nairobi.")


def test_a_party_s_code_as_a_possessive_in_its_own_country() -> None:
    irish = _parties("In the Dáil by-election in Fenby East, FF's Tom Ure got 1,476 votes on the third count.")
    assert ("FF", "Fianna Fáil") in irish
    assert not any(t == "FF" for t, _ in _parties("In Ohio, FF's Tom Ure got 1,476 votes for the Republicans."))


def test_a_party_beaten_by_a_margin_is_not_the_winner_s(facts_of):
    facts = facts_of("Ann Roe had served as housing minister in Scotland. She had held Fenby in 2021 by a majority of 3,917 over Labour.")
    assert not any(f.person == "Ann Roe" and f.party == "Labour Party" for f in facts.roles)
    assert not any(e.winner == "Ann Roe" and e.party == "Labour Party" for e in facts.elections)


def test_a_party_code_as_an_ordinary_word_is_no_party(facts_of):
    # "PC" is Plaid Cymru's code, but "the PC's actions" are a police constable's: a code counts only bare, owning a person
    facts = facts_of("Tom Ure, the MP for Fenby, said the PC's actions at Westminster were brave.")
    assert not any(f.person == "Tom Ure" and f.party == "Plaid Cymru" for f in facts.roles)
    assert not any(t == "PC" for t, _ in _parties("Tom Ure, the MP for Fenby, said the PC's actions at Westminster were brave."))


def test_a_party_something_came_from_is_not_the_person_s(facts_of):
    # "from the Labour Party" hangs on the letter, "from the SNP" on the criticism: neither is Tom Ure's party
    for text in ("Tom Ure, the MP for Fenby, said a letter to Tom Ure from the Labour Party was leaked.",
                 "Tom Ure, the MP for Fenby, faced criticism of Tom Ure from the SNP in Hale."):
        facts = facts_of(text)
        assert not any(f.person == "Tom Ure" and f.party in ("Labour Party", "Scottish National Party")
                       and (f.party_basis or "").startswith("stated") for f in facts.roles), text


def test_a_running_mate_takes_the_principal_s_party(facts_of):
    # the principal's party is stated; Democrats named nearby are not the delegate's
    text = ("Republican Kay Dane is the next governor of Fenby. Along with her, Dane's running mates, Ann Roe and Del. "
            "Tom Ure, won their races too. The Democrats gave up four seats in the House of Delegates.")
    facts = facts_of(text, published=dt.date(2017, 11, 9))
    assert ("Tom Ure", "delegate", "Republican Party") in roles(facts)
    assert ("Tom Ure", "delegate", "Democratic Party") not in roles(facts)


def test_standing_for_another_party_after_quitting_is_the_move(nlp):
    from kg.extract.parties import party_moves
    from kg.extract.people import find_mentions, resolve
    from kg.nlp import analyse

    lexicon = load_lexicon()
    doc = analyse("Fisheries Minister Ann Roe told us she had left Labour and would run for the Greens in Fenby.", nlp)
    mentions = find_mentions(doc, lexicon)
    assert party_moves(doc, mentions, resolve(doc, mentions)[0], load_lexicon())["Ann Roe"] == ("Green Party", {"Labour Party"})
    # standing for a party with no party left is no move: a candidacy, not a defection
    doc = analyse("Ann Roe will stand for the Greens in Fenby.", nlp)
    mentions = find_mentions(doc, lexicon)
    assert "Ann Roe" not in party_moves(doc, mentions, resolve(doc, mentions)[0], load_lexicon())


def test_a_candidacy_after_quitting_is_for_the_new_party_and_the_office_for_the_old(facts_of):
    facts = facts_of("Fisheries Minister Ann Roe confirmed on Friday that she had left Labour to run for the Greens.")
    got = roles(facts)
    assert ("Ann Roe", "candidate", "Green Party") in got
    assert ("Ann Roe", "candidate", "Labour Party") not in got
    assert ("Ann Roe", "fisheries minister", "Labour Party") in got
    assert ("Ann Roe", "fisheries minister", "Green Party") not in got


def test_a_party_officer_in_a_defection_story_is_of_the_party_left(facts_of):
    text = ("Ann Roe is leaving Labour to run for the Liberal Democrats in Kelby. On Friday she wrote to quit the Labour "
            "Party.\n\nThe Liberal Democrats were glad of her. The Liberal Democrats called her a strong recruit.\n\n"
            "In Hale, Deputy Party Leader Tom Ure said he was sorry to lose her.")
    facts = facts_of(text, published=dt.date(2019, 9, 14))
    assert ("Tom Ure", "deputy party leader", "Labour Party") in roles(facts)


def test_a_party_told_only_of_a_former_role_yields_to_the_contest_s(facts_of):
    text = ("In Calgary the candidates were: Tom Ure, a former MLA for Fenby and former Wildrose Party leader; Ann Roe, "
            "a former Finance Minister. Ann Roe won the United Conservative Party leadership race.")
    got = roles(facts_of(text))
    assert ("Tom Ure", "candidate", "United Conservative Party") in got
    assert ("Tom Ure", "candidate", "Wildrose Party") not in got
    assert ("Tom Ure", "leader", "Wildrose Party") in got  # the past role keeps the party it was held for


def test_a_province_s_party_named_in_several_words_is_the_province_s() -> None:
    found = _parties("At Queen's Park, Progressive Conservative MPP Dana Fenwick spoke for Ashby.")
    assert ("Progressive Conservative", "Progressive Conservative Party of Ontario") in found
    assert not any(party == "Conservative Party of Canada" for _, party in found)
    whole = _parties("At Queen's Park, the Progressive Conservative Party of Ontario met.")
    assert ("Progressive Conservative Party of Ontario", "Progressive Conservative Party of Ontario") in whole


def test_provincial_branches_are_not_the_federal_party() -> None:
    found = _parties("In Canada, the Ontario NDP, the BC NDP and the Alberta NDP met the federal NDP in Ottawa.")
    assert ("Ontario NDP", "Ontario New Democratic Party") in found
    assert ("BC NDP", "British Columbia New Democratic Party") in found
    assert ("Alberta NDP", "Alberta New Democratic Party") in found
    assert ("NDP", "New Democratic Party of Canada") in found


def test_provincial_and_small_parties_kg_knows_by_their_news_names() -> None:
    quebec = _parties("In Quebec City, the CAQ beat the Parti Québécois and the Quebec Liberals; the Bloc Québécois watched.")
    assert {("CAQ", "Coalition Avenir Québec"), ("Parti Québécois", "Parti Québécois"),
            ("Quebec Liberals", "Quebec Liberal Party"), ("Bloc Québécois", "Bloc Québécois")} <= quebec
    assert ("Saskatchewan Party", "Saskatchewan Party") in _parties("In Regina, the Saskatchewan Party held Fenby.")
    nz = _parties("In Wellington, the ACT Party and the Opportunity Party gained votes.")
    assert {("ACT Party", "ACT New Zealand"), ("Opportunity Party", "The Opportunity Party")} <= nz


def test_a_move_told_only_by_a_candidacy_moves_the_candidacy_alone(facts_of):
    facts = facts_of("Labour MP Ann Roe is leaving Labour, and she will run for the Greens in Hale.")
    got = roles(facts)
    assert ("Ann Roe", "candidate", "Green Party") in got
    assert ("Ann Roe", "mp", "Labour Party") in got
    assert ("Ann Roe", "mp", "Green Party") not in got
    # a defection proper still moves the seat: "has defected to" (test_defection_makes_the_new_party_current)


def test_a_province_s_legislature_makes_the_ndp_the_province_s() -> None:
    found = _parties("At the Alberta legislature in Edmonton, NDP member Dana Fenwick spoke for Kelby.")
    assert ("NDP", "Alberta New Democratic Party") in found
    federal = _parties("In Ottawa, NDP member Dana Fenwick spoke for the Kelby riding in Alberta.")
    assert ("NDP", "New Democratic Party of Canada") in federal


def test_a_party_turned_party_is_a_move(facts_of):
    facts = facts_of("Senator Ann Roe, a Republican-turned-Democrat, spoke in Fenby.", published=dt.date(2010, 5, 20))
    assert any(f.person == "Ann Roe" and f.role == "senator" and f.party == "Democratic Party" and f.status == "current"
               for f in facts.roles)
    assert not any(f.person == "Ann Roe" and f.party == "Republican Party" and f.status == "current" for f in facts.roles)


def test_a_national_assembly_in_a_federal_story_keeps_the_federal_parties(facts_of):
    facts = facts_of("In Ottawa, Prime Minister Ann Roe of the Liberals attacked the National Assembly vote in Quebec City. "
                     "Liberal MP Tom Ure agreed.")
    parties = {f.party for f in facts.roles if f.person in ("Ann Roe", "Tom Ure")}
    assert "Liberal Party of Canada" in parties and "Quebec Liberal Party" not in parties


def test_a_minister_appointed_after_a_defection_serves_the_new_party(facts_of):
    facts = facts_of("Ann Roe defected to Labour from the Greens last year. "
                     "On Monday the Labour government appointed Ann Roe as health minister.")
    assert not any(f.person == "Ann Roe" and "minister" in f.role and f.party == "Green Party" for f in facts.roles)
    assert any(f.person == "Ann Roe" and f.role == "health minister" and f.party == "Labour Party" for f in facts.roles)


def test_a_beaten_party_is_not_the_articles_main_party(facts_of):
    facts = facts_of("Labour took Kelby from the Conservatives and won a majority over the Conservatives in Hale. "
                     "The count ran late. Turnout was low. Councillor Tom Ure thanked the staff.")
    assert not any(f.person == "Tom Ure" and f.party == "Conservative Party" for f in facts.roles)


def test_a_native_party_name_capitalised_as_news_writes_it(facts_of):
    facts = facts_of("In Paris, the Rassemblement National candidate, Ann Roe, was eliminated in the Fenby by-election.")
    assert ("Ann Roe", "candidate", "National Rally (France)") in roles(facts)


def test_a_party_name_without_its_leading_the(facts_of):
    facts = facts_of("In Rome, Tom Ure beat the Olive Tree candidate, Jo Platt, by 812 votes.")
    assert ("Jo Platt", "candidate", "Ulivo") in roles(facts)


def test_a_party_acronym_with_its_faction_in_brackets(facts_of):
    facts = facts_of("In Patna, the JD(U)'s Ann Roe defeated the RJD's Tom Ure in the Fenby assembly by-election.")
    assert any(f.person == "Ann Roe" and f.party == "Janata Dal (United)" for f in facts.roles)
    assert not any(f.person == "Ann Roe" and f.party == "Rashtriya Janata Dal" for f in facts.roles)


def test_whose_gives_the_role_to_the_party_it_hangs_from(facts_of):
    facts = facts_of("In Berlin, Germany, the pro-business Free Democrats (FDP), whose state leader Ann Roe had hinted at talks "
                     "with the CDU last week, said they would stay in opposition. The SPD agreed.")
    assert ("Ann Roe", "state leader", "Free Democratic Party (Germany)") in roles(facts)
    assert not any(f.person == "Ann Roe" and f.party != "Free Democratic Party (Germany)" for f in facts.roles)


def test_whose_of_a_person_or_of_another_noun_gives_no_party(facts_of):
    facts = facts_of("Labour, whose members backed Ann Roe, the Liberal Democrat leader, lost the seat. "
                     "Tom Ure, whose wife Jo Platt is the Green leader, spoke.")
    assert ("Ann Roe", "leader", "Liberal Democrats") in roles(facts)
    assert not any(f.person == "Jo Platt" and f.party == "Labour Party" for f in facts.roles)


def test_a_party_name_kg_does_not_know_in_a_title(facts_of):
    facts = facts_of("Ann Roe, the Fenby Rivers Party candidate, finished fourth with 847 ballots in Hale, Ohio. Democrat Tom "
                     "Ure carried the Kelby special election for the Democratic Party.")
    assert ("Ann Roe", "candidate", "Fenby Rivers Party") in roles(facts)
    assert not any(f.person == "Ann Roe" and f.party == "Democratic Party" for f in facts.roles)


def test_a_common_noun_party_in_a_title_names_no_party(facts_of):
    facts = facts_of("Working Party chairman Tom Ure said the report on Fenby flooding was late.")
    assert not any(f.person == "Tom Ure" and f.party and "Working" in f.party for f in facts.roles)
    facts = facts_of("Tea Party candidate Ann Roe spoke in Hale, Ohio, on Monday.")
    assert not any(f.person == "Ann Roe" and f.party and "Tea" in f.party for f in facts.roles)


def test_a_lower_case_party_word_in_a_title_names_no_party(facts_of):
    facts = facts_of("In Ohio, the party candidate Ann Roe drew 1,408 votes.")
    assert not any(f.person == "Ann Roe" and f.party and "party" in f.party.lower() and f.party != "Democratic Party"
                   for f in facts.roles)


def test_a_party_the_article_defines_by_its_initials(facts_of):
    facts = facts_of("NAIROBI, Kenya - Kelby Reform Congress (KRC) candidate Ann Roe was third with 611 votes in the Fenby ward "
                     "by-election. The KRC's Tom Ure said it would appeal.")
    assert ("Ann Roe", "candidate", "Kelby Reform Congress (Kenya)") in roles(facts)
    assert not any(f.person == "Ann Roe" and f.party != "Kelby Reform Congress (Kenya)" for f in facts.roles)


def test_an_organisation_defined_by_its_initials_is_no_party(facts_of):
    facts = facts_of("NAIROBI, Kenya - The Kelby Election Observer Mission (KEOM) and the Fenby Civic Union (FCU) sent "
                     "observers. ODM candidate Ann Roe won the Hale ward by-election.")
    assert not any(f.party and ("Mission" in f.party or "Union" in f.party) for f in facts.roles)


def test_a_party_is_named_in_english_where_the_data_has_an_english_name(facts_of):
    facts = facts_of("In Germany, Chancellor Ann Roe of the Christlich Demokratische Union said the budget would pass.")
    assert any(f.person == "Ann Roe" and f.party == "Christian Democratic Union (Germany)" for f in facts.roles)


def test_the_german_cdu_is_the_party_not_its_joint_list(facts_of):
    facts = facts_of("In Germany, CDU leader Ann Roe said the budget would pass.")
    assert any(f.person == "Ann Roe" and f.party == "Christian Democratic Union (Germany)" for f in facts.roles)


def test_members_name_their_party_by_the_article_s_country(facts_of):
    german = facts_of("Ann Roe, a Social Democrat, was elected mayor of Hale, Germany.")
    assert any(f.person == "Ann Roe" and f.party == "Social Democratic Party of Germany" for f in german.roles)
    christian = facts_of("Tom Ure, a Christian Democrat, became premier of Kelby in Germany on Monday.")
    assert any(f.person == "Tom Ure" and f.party == "Christian Democratic Union (Germany)" for f in christian.roles)


def test_a_social_democrat_is_never_the_us_democratic_party(facts_of):
    facts = facts_of("Ann Roe, a Social Democrat, was elected mayor of Hale, Ohio.")
    assert all(f.party != "Democratic Party" for f in facts.roles)


def test_a_party_name_in_capitals_said_as_a_word(facts_of):
    facts = facts_of("Mexico's president Ann Roe of Morena said the plan would work.")
    assert any(f.person == "Ann Roe" and f.party == "National Regeneration Movement (Mexico)" for f in facts.roles)


def test_a_country_named_inside_a_us_state_s_name_is_no_cue(facts_of):
    facts = facts_of("In New Mexico, Democrat Ann Roe won the race for governor of New Mexico.")
    assert any(f.person == "Ann Roe" and f.party == "Democratic Party" for f in facts.roles)


def test_a_title_word_names_the_party_of_that_name_in_the_article_s_country(facts_of):
    facts = facts_of("In Germany, Green MP Ann Roe criticised the budget.")
    assert any(f.person == "Ann Roe" and f.party == "Alliance 90/The Greens" for f in facts.roles)


def test_a_head_of_government_named_says_the_country_when_nothing_else_does(facts_of):
    facts = facts_of("Labour’s Ann Roe took the Fenby electorate off National’s Tom Ure by 1,411 votes on Saturday, one of "
                     "many seats to fall to Jacinda Ardern’s party.")
    assert any(e.winner == "Ann Roe" and e.party == "New Zealand Labour Party" for e in facts.elections)


def test_the_greens_with_their_article_are_the_greens_of_the_article_s_country(facts_of):
    german = facts_of("In Germany, Anja Roe, co-leader of the Greens, called Tom Ure a man of yesterday.")
    assert any(f.person == "Anja Roe" and f.party == "Alliance 90/The Greens" for f in german.roles)
    irish = facts_of("The candidates in Dublin are Fianna Fáil's Ann Roe, Tom Ure of the Greens and Sinn Féin's Jo Platt.")
    assert any(f.person == "Tom Ure" and f.party == "Green Party (Ireland)" for f in irish.roles)


def test_a_federal_party_in_a_provincial_article_is_the_nation_s(facts_of):
    facts = facts_of("Ontario Liberal Leader Ann Roe campaigned in Brampton alongside federal Liberal MP Tom Ure, while "
                     "Progressive Conservative candidate Jo Platt, the riding's MPP, knocked on doors at Queen's Park.")
    got = {(f.person, f.party) for f in facts.roles}
    assert ("Tom Ure", "Liberal Party of Canada") in got and ("Ann Roe", "Ontario Liberal Party") in got
    assert ("Jo Platt", "Progressive Conservative Party of Ontario") in got


def test_a_party_name_with_a_curly_apostrophe(facts_of):
    facts = facts_of("Former senator Ann Roe of the Workers’ Party (PT) was elected governor of Hale in Brazil on Sunday.")
    assert any(f.person == "Ann Roe" and f.party == "Workers' Party (Brazil)" for f in facts.roles)


def test_a_party_named_with_its_country_after_of(facts_of):
    facts = facts_of("In Germany, Ann Roe of the Christian Democratic Union of Germany was elected mayor of Hale.")
    assert any(f.person == "Ann Roe" and f.party == "Christian Democratic Union (Germany)" for f in facts.roles)


def test_an_independent_s_code_in_brackets(facts_of):
    facts = facts_of("Rep. Ann Roe (I-Vt.) signed on as a co-sponsor, and Rep. Tom Ure, I-Maine, voted no.")
    got = {(f.person, f.party) for f in facts.roles}
    assert ("Ann Roe", "Independent") in got and ("Tom Ure", "Independent") in got


def test_i_the_pronoun_is_no_party(facts_of):
    facts = facts_of("I think Ann Roe, the Labour MP for Fenby, is right.")
    assert {(f.person, f.party) for f in facts.roles} == {("Ann Roe", "Labour Party")}


def test_a_shared_name_with_no_country_is_the_party_that_dwarfs_the_others(facts_of):
    facts = facts_of("In Berlin, CDU leader Ann Roe said the plan would work.")
    assert any(f.person == "Ann Roe" and f.party == "Christian Democratic Union (Germany)" for f in facts.roles)
    togo = facts_of("In Togo, ANC leader Ann Roe said the vote was rigged.")  # the article's country still decides
    assert all(f.party != "African National Congress" for f in togo.roles)


def test_a_provincial_minister_s_title_is_no_party(facts_of):
    facts = facts_of("PIETERMARITZBURG — Ann Roe was the ANC's chief whip in the legislature until March, when she was "
                     "appointed MEC for health.")
    assert any(f.person == "Ann Roe" and f.party == "African National Congress" for f in facts.roles)


def test_a_foreign_leader_merely_named_does_not_set_the_party_s_country(facts_of):
    cases = {"Labour MP Ann Roe met Narendra Modi during a trade visit.": ("Ann Roe", "Labour (Moopanar)"),
             "Green MP Jo Platt praised Jacinda Ardern's climate policy.": ("Jo Platt", "Green Party of Aotearoa New Zealand"),
             "National MP Tom Ure said Scott Morrison was wrong.": ("Tom Ure", "National Party of Australia")}
    for text, (person, foreign) in cases.items():
        facts = facts_of(text, dt.date(2019, 5, 1))
        assert any(f.person == person for f in facts.roles), text
        assert not any(f.person == person and f.party == foreign for f in facts.roles), text


def test_a_head_of_government_under_a_bare_title_says_the_country_when_nothing_else_does(facts_of):
    facts = facts_of("Labour MP Ann Roe welcomed the budget. Prime Minister Jacinda Ardern said it was fair.", dt.date(2019, 5, 1))
    assert any(f.person == "Ann Roe" and f.party == "New Zealand Labour Party" for f in facts.roles)
    foreign = facts_of("Labour MP Ann Roe met Kelbian Prime Minister Narendra Modi during a trade visit.", dt.date(2019, 5, 1))
    assert not any(f.person == "Ann Roe" and f.party == "Labour (Moopanar)" for f in foreign.roles)
