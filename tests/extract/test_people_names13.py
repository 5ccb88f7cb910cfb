"""Names from anywhere read whole (round 13): titles outside the model's entity, particles, names cut short."""

from kg.extract.lexicon import load_lexicon
from kg.extract.people import find_mentions
from kg.nlp import analyse


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(analyse(text), load_lexicon())]


def test_the_last_word_of_a_title_of_several_words_is_no_name_word():
    assert _names("Dato' Sri Ann Roe told reporters the vote would go ahead.") == ["Ann Roe"]


def test_a_religious_or_pilgrim_s_title_is_no_name_word(facts_of):
    facts = facts_of("The death of Labour MP Haji Tom Ure, who had held the Fenby seat since 2002, forced a by-election.")
    assert "Tom Ure" in {f.person for f in facts.roles}
    assert not any(f.person.startswith("Haji") for f in facts.roles)
    assert _names("The Green candidate, Ustaz Jo Platt, polled 6,586 votes.") == ["Jo Platt"]


def test_a_surname_after_a_particle_is_part_of_the_name():
    assert "Tom Ure ibn Kelby" in _names("MP Tom Ure ibn Kelby said the vote would go ahead.")


def test_a_particle_needs_a_name_after_it():
    assert _names("Labour MP Ann Roe de facto runs the party.") == ["Ann Roe"]


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(facts_of):
    facts = facts_of("Labour MP Pamela Goldsmith-Jones spoke at the rally in Fenby on Sunday. "
                     "Later, Goldsmith-Jones said the party would win.")
    assert any(m.mention == "Goldsmith-Jones" and m.entity == "Pamela Goldsmith-Jones" for m in facts.merges)


def test_a_hyphenated_word_counts_once_in_a_name_before_a_clause():
    assert "Kwame Ofori-Atta Platt" in _names(
        "The seat fell vacant in August with the death of Kwame Ofori-Atta Platt, 61, who had represented it.")


def test_a_name_cut_short_after_its_first_mention_is_the_fuller_name(facts_of):
    facts = facts_of("Labour's Mohd Zaini Abdul Rahman won the Fenby seat, defeating Jo Platt. "
                     "Mohd Zaini, the deputy chief of the party's Kelby division, polled 9,402 votes.")
    assert any(m.mention == "Mohd Zaini" and m.entity == "Mohd Zaini Abdul Rahman" for m in facts.merges)
    assert {f.winner for f in facts.elections} == {"Mohd Zaini Abdul Rahman"}


def test_a_name_is_not_fuller_by_a_suffix_a_place_or_a_third_word():
    from kg.extract.people import _cut_short
    assert _cut_short({"Tom Ure", "Tom Ure Abdul Jr."}, frozenset(), load_lexicon()) == {}
    assert _cut_short({"Tom Ure", "Tom Ure Abdul Fenby"}, frozenset({"Fenby"}), load_lexicon()) == {}
    assert _cut_short({"Tom Ure", "Tom Ure Kelbyson"}, frozenset(), load_lexicon()) == {}  # a third word is as often a place's
    assert _cut_short({"Ann Roe", "Ann Roe Abdul Kelby", "Ann Roe Abdul Platt"}, frozenset(), load_lexicon()) == {}  # two: neither
    assert _cut_short({"Ann Roe", "Ann Roe Abdul Kelby"}, frozenset(), load_lexicon(), {"Ann Roe Abdul Kelby": 9, "Ann Roe": 2}) == {}
    assert _cut_short({"Ann Roe", "Ann Roe Abdul Kelby"}, frozenset(), load_lexicon()) == {"Ann Roe": "Ann Roe Abdul Kelby"}


def test_a_british_generational_suffix_is_no_surname(facts_of):
    facts = facts_of("Labour MP Tom Ure Jnr said the vote would go ahead. Ure said he was proud.")
    assert any(m.mention == "Ure" and m.entity == "Tom Ure Jnr" for m in facts.merges)


def test_a_spanish_y_joins_two_surnames():
    assert _names("Ann Roe y Platt, a member of parliament, said the vote would go ahead.") == ["Ann Roe y Platt"]


def test_a_name_the_model_took_for_an_organisation_is_a_person_who_speaks_by_surname():
    from bench.name_coverage import unknown_names_pipeline
    from kg.extract.pipeline import build_context
    nlp = unknown_names_pipeline()  # a name in no list, as news from elsewhere gives it

    def names(text: str) -> list[tuple[str, str]]:
        ctx, _ = build_context(analyse(text, nlp), nlp, None, load_lexicon())
        return [(m.name, ctx.name(m)) for m in ctx.mentions]

    said = names("Loukas Papadimos spoke at the rally in the capital on Sunday. Later, Papadimos said the party would win.")
    assert said == [("Loukas Papadimos", "Loukas Papadimos"), ("Papadimos", "Loukas Papadimos")]
    assert names("Fenby Council raised its rates on Sunday. Later, Council said the rise was fair.") == []


def test_a_long_name_after_a_party_s_possessive_runs_into_the_model_s_reading_of_its_last_words():
    names = _names("The candidates are Fianna Fáil's Ann Roe, Tom Ure of the Greens, Sinn Féin's Pádraig Mac Giolla Platt "
                   "and the Independent councillor Jo Kelby.")
    assert "Pádraig Mac Giolla Platt" in names and "Giolla Platt" not in names
