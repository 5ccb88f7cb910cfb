"""The gazetteers and word lists in data/, loaded once and folded for matching."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from kg.config import DATA_DIR
from kg.errors import KgError
from kg.extract.countries import english_names


@lru_cache(maxsize=1 << 16)  # called for most tokens of an article (trigger causes), and words repeat
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: how names are compared everywhere."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in stripped.replace("'", "").replace("’", ""))
    return " ".join(cleaned.split())


#: lower-case words inside a party's name ("Brothers of Italy Party")
PARTY_NAME_JOINERS = frozenset({"of", "the", "for", "and"})


def party_shaped(text: str) -> bool:
    """"New Reform Party", "Brothers of Italy Party": two to six words, capitalised but for joining words, the last
    "Party"."""
    words = text.split()
    return 2 <= len(words) <= 6 and words[-1] == "Party" and words[0][:1].isupper() and all(
        w[:1].isupper() or w in PARTY_NAME_JOINERS for w in words)


@dataclass(frozen=True)
class Party:
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None = None
    country: str | None = None
    contextual: bool = False
    #: from the world's data (data/gazetteer), not the hand-made list: its name may be a phrase other countries' parties use
    world: bool = False
    #: the last year the world's data saw it (Party Facts): a party no longer in being, whose shortened name news now
    #: gives to another of the country's parties (None: in being, or hand-made)
    year_last: int | None = None


@dataclass(frozen=True, eq=False)
class Lexicon:
    parties: tuple[Party, ...]
    party_by_alias: dict[str, str]
    bracket_abbreviations: dict[str, str]
    role_heads: tuple[str, ...]
    role_canonical: dict[str, str]
    generic_heads: frozenset[str]
    party_roles: frozenset[str]
    abbreviations: dict[str, str]
    title_heads: frozenset[str]
    role_verbs: dict[str, tuple[str, str]]
    party_organisation_words: frozenset[str]
    capitalised_heads: frozenset[str]
    modifier_stop: frozenset[str]
    verb_modifiers: frozenset[str]
    political_context: frozenset[str]
    honorifics: frozenset[str]
    peerage_titles: frozenset[str]
    name_titles: frozenset[str]  # lower case: "general" in "Attorney General Ann Roe", never part of a name
    name_suffixes: frozenset[str]  # "Sr." in "Tom Ure Sr.": part of the name, never its surname
    place_nouns: frozenset[str]  # "constituency" after "Fenby, Ashby and Lea": the names listed are places
    status_former: frozenset[str]
    win_verbs: frozenset[str]
    #: "swear in": a verb lemma and its particle that take an office by oath ("was sworn in as MP")
    oath_verbs: frozenset[str]
    #: (kind, how the text names it), in the order kinds are tried: "by-election" before plain "election"
    election_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    #: an office or its adjective ("governorship", "mayoral") -> the kind of contest for it ("gubernatorial election")
    contest_offices: dict[str, str]
    #: what a sentence calls the people it lists when it lists a contest's field ("the candidates include ...")
    field_nouns: frozenset[str]
    #: verbs that set two candidates against each other ("Ann Roe (R) defeated Tom Ure (D)")
    contest_verbs: frozenset[str]
    #: words that make a name a party's when the gazetteer does not know it ("Fenby First Party")
    party_name_words: frozenset[str]
    hypothetical: frozenset[str]
    trigger_verbs: frozenset[str]
    causes: dict[str, str]
    credits: tuple[str, ...]
    national_variants: dict[str, dict[str, str]]  # "Liberal" -> {"AU": "Liberal Party of Australia", ...}
    country_cues: dict[str, frozenset[str]]  # words that say which country an article is about
    title_aliases: dict[str, str]  # "Green" -> "Green Party", only directly before a role or a name
    # the word lists of the triggers and role phrases (data/lexicon.json, each key's "_key" says what it is for)
    conditional_words: frozenset[str] = frozenset()
    running_verbs: frozenset[str] = frozenset()
    contending_verbs: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()
    race_nouns: frozenset[str] = frozenset()
    seat_holders: frozenset[str] = frozenset()
    seat_holders_plural: frozenset[str] = frozenset()
    seat_words: frozenset[str] = frozenset()
    vacated_seat_nouns: frozenset[str] = frozenset()
    houses: frozenset[str] = frozenset()
    chamber_words: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    done_to_causes: frozenset[str] = frozenset()
    kin: frozenset[str] = frozenset()
    other_offices: frozenset[str] = frozenset()
    choosing_verbs: frozenset[str] = frozenset()
    replacing_verbs: frozenset[str] = frozenset()
    replacing_words: frozenset[str] = frozenset()
    appointing_verbs: frozenset[str] = frozenset()
    keeping_verbs: frozenset[str] = frozenset()
    held_places: frozenset[str] = frozenset()
    portfolio_heads: frozenset[str] = frozenset()
    early_words: frozenset[str] = frozenset()
    role_prefixes: tuple[str, ...] = ()
    modifying_heads: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    member_modifiers: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()
    #: verbs whose complement is only striven for ("was trying to keep the seat"): no result
    attempt_verbs: frozenset[str] = frozenset()
    #: an event noun whose owner left a seat for another office ("her victory", "his appointment") -> the cause
    event_causes: dict[str, str] = field(default_factory=dict)
    #: a verb and its particle that beat a rival ("edged out", "fended off")
    win_particle_verbs: frozenset[str] = frozenset()
    #: "NV" -> "Nevada": a district written "NV-4" is Nevada's 4th Congressional District
    us_state_codes: dict[str, str] = field(default_factory=dict)
    #: cue words that are institutions' titles many countries share ("Senator", "Governor"): a country's sign only
    #: in an article that names no country outright
    title_cues: frozenset[str] = frozenset()
    #: the words of a ministry's portfolio ("justice", "rural", "affairs"): a cabinet line-up's office is made of them
    portfolio_words: frozenset[str] = frozenset()
    #: "Lok Sabha", "Bundestag": legislatures by their own names, never people
    chamber_names: frozenset[str] = frozenset()
    #: "SP" -> {"IN": "Samajwadi Party"}: abbreviations that name a party only in an article about its country
    short_names: dict[str, dict[str, str]] = field(default_factory=dict)
    #: "CA-ON" -> (its cue words, its own parties by the names its news uses): a province's or state's parties
    regional_variants: dict[str, tuple[tuple[str, ...], dict[str, str]]] = field(default_factory=dict)
    #: "mha" -> where news uses it (data/roles.json "legislature_members"): the titles of members of legislatures and councils
    legislature_members: dict[str, str] = field(default_factory=dict)
    #: "mayor" -> where (data/roles.json "elected_officers"): offices of one holder won at the polls as a seat is
    elected_officers: dict[str, str] = field(default_factory=dict)
    #: "PK" -> "mna" (data/roles.json "national_members"): the title a seat of a country's national lower house gives
    national_members: dict[str, str] = field(default_factory=dict)
    #: "PK" -> "mpa", "CA-ON" -> "mpp" (data/roles.json "state_members"): the title of a state or provincial assembly's member
    state_members: dict[str, str] = field(default_factory=dict)
    #: "KE" -> "mca" (data/roles.json "ward_members"): a ward's member where not a councillor
    ward_members: dict[str, str] = field(default_factory=dict)
    #: words of a result that make its seat a state's or a province's ("state seat", "provincial byelection")
    state_seat_cues: tuple[str, ...] = ()
    #: words of a result that make its seat the national house's ("National Assembly", "parliamentary seat")
    national_seat_cues: tuple[str, ...] = ()

    # the word lists of the election and candidate rules (data/lexicon.json, each key's "_key" says what it is for)
    vote_nouns: frozenset[str] = frozenset()
    placings: frozenset[str] = frozenset()
    placing_verbs: frozenset[str] = frozenset()
    place_clause_joins: frozenset[str] = frozenset()
    #: data/roles.json "seat_member_words": "the sitting member, Ann Roe" -> the member's status
    seat_member_words: dict[str, str] = field(default_factory=dict)
    #: data/roles.json "seat_member_determiners": "the"/"its" before "sitting member" ("a former member" is anyone's)
    seat_member_determiners: frozenset[str] = frozenset()
    #: data/roles.json "seat_member_contexts": lemmas of a sentence that tells of a seat or its contest
    seat_member_contexts: frozenset[str] = frozenset()
    electing_verbs: frozenset[str] = frozenset()
    returning_verbs: frozenset[str] = frozenset()
    defeating_verbs: frozenset[str] = frozenset()
    declaring_verbs: frozenset[str] = frozenset()
    seat_taking_verbs: frozenset[str] = frozenset()
    #: verb lemma -> what it says of a seat ("gain" or "hold"): data key seat_outcomes, an object of lists by outcome
    seat_outcomes: dict[str, str] = field(default_factory=dict)
    victory_nouns: frozenset[str] = frozenset()
    victory_taking_verbs: frozenset[str] = frozenset()
    coming_contest_words: frozenset[str] = frozenset()
    sweeping_verbs: frozenset[str] = frozenset()
    share_nouns: frozenset[str] = frozenset()
    winnable_nouns: frozenset[str] = frozenset()
    span_nouns: frozenset[str] = frozenset()
    race_heads: frozenset[str] = frozenset()
    election_adjectives: frozenset[str] = frozenset()
    seat_object_nouns: frozenset[str] = frozenset()
    held_forms: frozenset[str] = frozenset()
    beside_contest_phrases: frozenset[str] = frozenset()
    preview_openings: frozenset[str] = frozenset()
    saying_win_verbs: frozenset[str] = frozenset()
    rival_nouns: frozenset[str] = frozenset()
    primary_objects: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    party_voters: frozenset[str] = frozenset()
    opponent_nouns: frozenset[str] = frozenset()
    leadership_words: frozenset[str] = frozenset()
    predecessor_verbs: frozenset[str] = frozenset()
    primary_contest_nouns: frozenset[str] = frozenset()
    tentative_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    #: lower-case words inside a place's name ("Fenby an der Hale", "Kelby-upon-Hale" written apart)
    place_particles: frozenset[str] = frozenset()
    #: currency signs before a number: a sum of money, never a count of votes
    currency_signs: frozenset[str] = frozenset()
    #: nouns whose per cent is no candidate's share of the vote ("turnout was 61%")
    not_share_nouns: frozenset[str] = frozenset()
    chambers: frozenset[str] = frozenset()
    chamber_adjectives: frozenset[str] = frozenset()
    contest_between_words: frozenset[str] = frozenset()
    place_of_nouns: frozenset[str] = frozenset()
    named_of_words: frozenset[str] = frozenset()
    #: member title -> its chamber's cues in an article's text, in the order they are tried (data key devolved_chambers)
    devolved_chambers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: member title -> the state seat's cues that give it where the country has no state title of its own (data/roles.json
    #: "state_seat_cues" but its "untitled" ones)
    assembly_cues: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the word lists of the parties, government, people and roles rules (data/lexicon.json, each key's "_key" says what it is for)
    distinguishing_words: frozenset[str] = frozenset()
    common_party_nouns: frozenset[str] = frozenset()
    margin_nouns: frozenset[str] = frozenset()
    taking_from_verbs: frozenset[str] = frozenset()
    departing_verbs: frozenset[str] = frozenset()
    opposing_verbs: frozenset[str] = frozenset()
    joining_verbs: frozenset[str] = frozenset()
    quitting_verbs: frozenset[str] = frozenset()
    standing_verbs: frozenset[str] = frozenset()
    ticket_words: frozenset[str] = frozenset()
    ministerial_heads: frozenset[str] = frozenset()
    not_ministerial: frozenset[str] = frozenset()
    replacing_forms: frozenset[str] = frozenset()
    government_nouns: frozenset[str] = frozenset()
    post_nominals: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    caption_words: frozenset[str] = frozenset()
    party_seat_verbs: frozenset[str] = frozenset()
    title_suffixes: frozenset[str] = frozenset()
    cause_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    spouses: frozenset[str] = frozenset()
    #: a child or sibling ("his son Tom"): a forename alone after it takes the family's surname
    kin_words: frozenset[str] = frozenset()
    #: a parent ("his father, Tom Ure"), and the words naming the parent or the child of two namesakes ("the elder Ure")
    parent_words: frozenset[str] = frozenset()
    elder_words: frozenset[str] = frozenset()
    younger_words: frozenset[str] = frozenset()
    #: a noun of an office's holder that names no office ("the incumbent"): the office is the contest's
    holder_words: frozenset[str] = frozenset()
    #: honorifics of other countries' usage ("Datuk Seri", "Alhaji", "Shri"): a name's title, not its forename
    courtesy_titles: frozenset[str] = frozenset()
    #: "MY" -> ("Tan Sri", "Tengku", ...): titles before a name by the country whose news writes them (two words read as one)
    honorifics_by_country: dict[str, tuple[str, ...]] = field(default_factory=dict)
    speech_verbs: frozenset[str] = frozenset()
    male_titles: frozenset[str] = frozenset()
    female_titles: frozenset[str] = frozenset()
    description_nouns: frozenset[str] = frozenset()
    copula_words: frozenset[str] = frozenset()
    link_words: frozenset[str] = frozenset()
    as_verbs: frozenset[str] = frozenset()
    causative_verbs: frozenset[str] = frozenset()
    former_verbs: frozenset[str] = frozenset()
    acting_verbs: frozenset[str] = frozenset()
    promoting_verbs: frozenset[str] = frozenset()
    giving_verbs: frozenset[str] = frozenset()
    post_nouns: frozenset[str] = frozenset()
    post_taking_verbs: frozenset[str] = frozenset()
    #: the words that tell a contest a council's: "the regional council by-election", "the 2020 council elections"
    council_contests: frozenset[str] = frozenset()
    #: a national contest's nouns after a national-level word ("the federal riding"): the sentence's parties are the nation's
    national_level_nouns: frozenset[str] = frozenset()
    party_offices: frozenset[str] = frozenset()
    shared_offices: frozenset[str] = frozenset()
    selecting_verbs: frozenset[str] = frozenset()
    role_bodies: frozenset[str] = frozenset()
    refusing_verbs: frozenset[str] = frozenset()
    legislator_titles: frozenset[str] = frozenset()
    one_holder_offices: frozenset[str] = frozenset()
    chamber_qualifiers: frozenset[str] = frozenset()
    plural_stop: frozenset[str] = frozenset()
    contender_nouns: frozenset[str] = frozenset()
    ministry_words: frozenset[str] = frozenset()
    secretary_countries: frozenset[str] = frozenset()
    nomination_words: frozenset[str] = frozenset()
    #: a head of government's office named bare after "the", by its words ("prime minister", "pm") -> the office
    office_words: dict[str, str] = field(default_factory=dict)
    #: country -> its nation's own parliament and government ("Westminster"), against which a region's cues are weighed
    national_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a body served on ("the council") -> its member's role ("councillor")
    body_members: dict[str, str] = field(default_factory=dict)
    #: a chamber before "seat" or "term" ("senate") -> the role its seat is ("senator")
    chamber_members: dict[str, str] = field(default_factory=dict)
    #: a chamber "member of" names ("house of commons") -> the role it is ("mp")
    member_of: dict[str, str] = field(default_factory=dict)
    #: a department's word ("department", "ministry") -> the title of who heads it ("secretary", "minister")
    department_heads: dict[str, str] = field(default_factory=dict)
    upper_chambers: frozenset[str] = frozenset()
    tally_verbs: frozenset[str] = frozenset()
    #: lemmas of a survey ("poll", "pollster"), whose figures are no count of votes
    survey_words: frozenset[str] = frozenset()
    #: words between "for" and a rival's name besides a party and a title ("the", "independent")
    rival_name_lead: frozenset[str] = frozenset()
    #: verbs of a bid only thought of or talked of ("had considered running", "is expected to be named the candidate")
    weighing_verbs: frozenset[str] = frozenset()
    #: words before a party's name that make it the nation's party, not the province's ("federal Liberal MP")
    national_level_words: frozenset[str] = frozenset()
    national_house_phrases: frozenset[str] = frozenset()
    council_nouns: frozenset[str] = frozenset()
    #: words of a local body's name heading a round-up's section as "<body>, <seat>" ("Kelby District Council, Fenby ward")
    local_body_words: frozenset[str] = frozenset()
    #: verbs of a seat taken from another party, a result only with a seat as their object ("flipped NV-4")
    flipping_verbs: frozenset[str] = frozenset()
    #: a verb's lemma that unseats its object ("expel") -> the cause it is ("disqualification")
    cause_verbs: dict[str, str] = field(default_factory=dict)
    #: nouns of a body no public office is filled or emptied by ("club", "board", "university")
    private_bodies: frozenset[str] = frozenset()
    #: words that set a place named with an office beside the article's own ("the mayor of neighbouring Kelby")
    neighbouring_words: frozenset[str] = frozenset()
    #: contest_offices' words of a state's or a province's office ("governor"), not a town's or a country's
    state_offices: frozenset[str] = frozenset()
    #: nouns after a head of government's possessive that tie the head to the article ("Ann Roe's party")
    led_nouns: frozenset[str] = frozenset()
    #: nouns of a sport's, show's or prize's contest and of things won that are no seat ("the Fenby Cup", "won the chair from")
    prizes: frozenset[str] = frozenset()
    #: nouns of a heading over a results table ("Results with all polls in for Fenby:", "The count in Hale:")
    tally_heading_nouns: frozenset[str] = frozenset()
    #: words of a results table's label that make it an earlier contest's count ("Last time (2022):")
    earlier_count_labels: frozenset[str] = frozenset()
    #: words before the place a results table's heading ends with ("Results for Kelby West:", "The count in Fenby:")
    heading_place_words: frozenset[str] = frozenset()
    #: a seat's outcome said after its party in a round-up's heading ("Fenby Marsh (Lab hold)", "Lab gain from Con")
    heading_outcomes: frozenset[str] = frozenset()
    #: place nouns that, won with only "the" before them, stand for the seat named before ("won the district in 2014")
    seat_place_nouns: frozenset[str] = frozenset()
    #: votes no seat's contest ("referendum", "primary"): "the district" won in their sentence is no seat's result
    other_contest_words: frozenset[str] = frozenset()
    #: nouns standing for a seat ("the seat of Kelby", "the Fenby constituency")
    seat_nouns: frozenset[str] = frozenset()
    #: seat nouns a number names ("District 86", "ward 14")
    numbered_seat_nouns: frozenset[str] = frozenset()
    #: words that make a chamber's name a kind of chamber, no place ("the Constituent Assembly election", "State Assembly")
    chamber_kind_words: frozenset[str] = frozenset()
    #: offices taken to leave the Commons ("took the Chiltern Hundreds"): a resignation, never a seat won
    leaving_offices: frozenset[str] = frozenset()
    #: words of a term given by appointment ("which requires Senate confirmation")
    appointed_words: frozenset[str] = frozenset()
    #: offices of a place its parliament or council chooses, or a general election fills ("premier") -> the contest's kind
    chosen_offices: dict[str, str] = field(default_factory=dict)
    #: nouns of a body whose vote chooses an office's holder ("the Fenby council elected Ann Roe as mayor")
    electing_bodies: frozenset[str] = frozenset()
    #: words by which a court or an election body takes a member's seat ("ruled she had been ineligible", "nullified")
    ruling_causes: frozenset[str] = frozenset()
    #: a person's pronouns a vacancy's leaver is named by ("he resigned", "his death")
    subject_pronouns: frozenset[str] = frozenset()
    possessive_pronouns: frozenset[str] = frozenset()
    #: words before a contest that make it one more, not the article's ("another by-election", "a new special election")
    further_contest_words: frozenset[str] = frozenset()
    #: a newsroom's job titles, the last word of a byline ("Ann Roe, Political Editor"): such a line is no heading
    byline_titles: frozenset[str] = frozenset()
    #: pronouns that open a relative clause of a person ("Ann Roe, who died")
    relative_pronouns: frozenset[str] = frozenset()
    #: determiners by which "the seat", "that riding" points at one just told of
    pointing_determiners: frozenset[str] = frozenset()
    #: articles left out of a place's name ("the City of Kelby")
    articles: frozenset[str] = frozenset()
    #: small words inside a place's name ("City of Kelby", "Hale and Kelby"), which a heading in capitals may hold
    place_joiners: frozenset[str] = frozenset()
    #: determiners that deny what they stand on ("no by-election date has been set")
    denying_determiners: frozenset[str] = frozenset()
    #: words before a contest that make it one held to fill a vacancy ("a partial election", "an early mayoral election")
    vacancy_contest_words: frozenset[str] = frozenset()
    #: words that always make a contest one seat's ("a partial legislative election")
    seat_contest_words: frozenset[str] = frozenset()
    #: the last word of a party's name kg may give as written when a country's name opens it ("... Movement")
    party_name_endings: frozenset[str] = frozenset()
    #: words before a country's name that open a party's name with it ("the Cameroon Renaissance Movement")
    nation_word_openers: frozenset[str] = frozenset()
    #: words of a contest's voters ("Voters in Fenby elected ...")
    voter_words: frozenset[str] = frozenset()
    #: the words before "seat" that leave it unnamed ("lost his seat", not "lost the Fenby seat")
    bare_seat_determiners: frozenset[str] = frozenset()
    #: words a seat under a local body's heading carries ("Fenby Marsh ward", "Ward 12"), unlike the body's other business
    body_heading_seat_words: frozenset[str] = frozenset()
    #: words of a whole house's vote, which "early" does not make one seat's ("an early parliamentary election")
    house_contest_words: frozenset[str] = frozenset()
    #: contest kinds "early" does not make a by-election ("an early presidential election")
    house_contest_kinds: frozenset[str] = frozenset()
    #: verbs that report a plan as settled, so its "would" is no supposing ("confirmed she would resign her seat")
    plan_verbs: frozenset[str] = frozenset()
    #: words just before a contest that name it as the way a seat is not filled ("rather than by by-election")
    contest_forgone: frozenset[str] = frozenset()
    #: words between a forgone contest's phrase and the contest ("rather than by by-election")
    forgone_means_words: frozenset[str] = frozenset()
    #: words after a party's head word in a name built head first ("the Congress of the People")
    party_head_links: frozenset[str] = frozenset()
    #: words before a plural contest that make it several contests besides ("other special elections in Fenby")
    other_determiners: frozenset[str] = frozenset()
    #: a preposition after a plural contest that puts its contests in a place ("elections in Fenby")
    place_prepositions: frozenset[str] = frozenset()
    #: signs between a seat's name and its number ("No. 44", "#4"), case kept
    seat_number_signs: frozenset[str] = frozenset()
    #: a court undoing a member's win ("whose victory was overturned"): verbs (lemmas), and the win nouns they undo
    overturning_verbs: frozenset[str] = frozenset()
    overturned_wins: frozenset[str] = frozenset()
    #: ways a seat is filled without a vote ("will fill it by co-option"): such a vacancy makes no by-election
    unvoted_fillings: frozenset[str] = frozenset()
    topic_shifts: frozenset[str] = frozenset()
    #: a member's crossing to another party, which loses the seat where an anti-defection law holds ("crossed the floor")
    crossing_verbs: frozenset[str] = frozenset()
    crossed_objects: frozenset[str] = frozenset()
    crossing_preps: frozenset[str] = frozenset()
    crossed_to_nouns: frozenset[str] = frozenset()
    #: a vacancy and the verbs by which it came about ("The vacancy arose when ...", "The vacancy followed the death of")
    vacancy_nouns: frozenset[str] = frozenset()
    vacancy_arising_verbs: frozenset[str] = frozenset()
    seat_losing_verbs: frozenset[str] = frozenset()
    #: an election as the day it is held, after "at" ("elected at the last election", "retired at the 2014 election")
    polling_nouns: frozenset[str] = frozenset()

    @cached_property
    def member_heads(self) -> frozenset[str]:
        """A member's title, from the one list of them (data/roles.json "legislature_members"): "MHA for Fenby" names
        a seat, "Fenby North MPP" is an MPP, and a result's winner is labelled with one."""
        return frozenset(self.legislature_members)

    @cached_property
    def member_titles(self) -> frozenset[str]:
        """The titles a result gives its winner: a member's, or an office of one holder voters fill ("mayor", data
        "elected_officers"). Kept under this name for the result rules that read it."""
        return self.member_heads | frozenset(self.elected_officers)

    def party_of(self, text: str) -> str | None:
        """The canonical party for an alias, case-sensitively first (Labour, not labour); a name shaped as a party's
        that kg does not know ("New Reform Party", which kg.extract.party_names took at its word) is its own."""
        found = self.party_by_alias.get(text) or self.party_by_alias.get(fold(text))
        return found or (text if party_shaped(text) or self.of_a_country(text) else None)

    def of_a_country(self, text: str) -> bool:
        """"United Democratic Alliance (Kenya)": a name kg gave a party of the article's country that its data lacks
        (kg.extract.party_names), with the country in brackets as the gazetteer's names carry it."""
        name, _, country = text.rstrip(")").rpartition(" (")
        return text.endswith(")") and bool(name) and name[:1].isupper() and country in qualifiers(self) \
            or _opened_by_a_country(text, self.party_name_endings)

    def canonical_party(self, name: str) -> str:
        return self.party_of(name) or name


def _opened_by_a_country(text: str, endings: frozenset[str]) -> bool:
    """"Cameroon Renaissance Movement": a name kg gave, as the text wrote it, a party of the article's country that its
    data lacks, whose own name opens with the country's English name (CLDR) and ends as parties' names do (data
    "party_name_endings")."""
    words = text.split()
    return 3 <= len(words) <= 7 and words[-1] in endings and all(w[:1].isupper() or w in PARTY_NAME_JOINERS for w in words) \
        and any(text.startswith(f"{country} ") for country in english_names() if len(country.split()) < len(words) - 1)


@cache
def qualifiers(lexicon: Lexicon) -> dict[str, str]:
    """"Kenya" -> "KE": the countries the gazetteer's names carry in brackets ("Democratic Party (Kenya)"), each one
    country's only."""
    found: dict[str, set[str]] = {}
    for party in lexicon.parties:
        if party.country and party.world and party.name.endswith(")") and " (" in party.name:
            found.setdefault(party.name.rstrip(")").rpartition(" (")[2], set()).add(party.country)
    return {name: countries.pop() for name, countries in found.items() if len(countries) == 1}


class DataError(KgError):
    """A data file under data/ is malformed: the message names the file, the line and the fix."""

    exit_code = 5


_WORDS = "a list of strings"
_MAP = "an object of strings"
_LISTS = "an object of lists of strings"
#: Each data file's fields and what each must hold; a field starting with "_" is a comment.
SCHEMA: dict[str, dict[str, str]] = {
    "lexicon.json": {  # one field a line: contributors add lists here
        "election_kinds": _LISTS,
        "honorifics": _WORDS,
        "peerage_titles": _WORDS,
        "name_titles": _WORDS,
        "name_suffixes": _WORDS,
        "chamber_names": _WORDS,
        "place_nouns": _WORDS,
        "status_former": _WORDS,
        "win_verbs": _WORDS,
        "oath_verbs": _WORDS,
        "contest_offices": _MAP,
        "field_nouns": _WORDS,
        "contest_verbs": _WORDS,
        "party_name_words": _WORDS,
        "common_party_nouns": _WORDS,
        "hypothetical": _WORDS,
        "trigger_verbs": _WORDS,
        "causes": _LISTS,
        "conditional_words": _WORDS,
        "running_verbs": _WORDS,
        "contending_verbs": _WORDS,
        "contest_nouns": _WORDS,
        "race_nouns": _WORDS,
        "seat_holders": _WORDS,
        "seat_holders_plural": _WORDS,
        "seat_words": _WORDS,
        "vacated_seat_nouns": _WORDS,
        "houses": _WORDS,
        "chamber_words": _WORDS,
        "holding_verbs": _WORDS,
        "done_to_causes": _WORDS,
        "kin": _WORDS,
        "other_offices": _WORDS,
        "choosing_verbs": _WORDS,
        "replacing_verbs": _WORDS,
        "replacing_words": _WORDS,
        "appointing_verbs": _WORDS,
        "keeping_verbs": _WORDS,
        "held_places": _WORDS,
        "portfolio_heads": _WORDS,
        "early_words": _WORDS,
        "role_prefixes": _WORDS,
        "modifying_heads": _WORDS,
        "place_heads": _WORDS,
        "member_modifiers": _WORDS,
        "institutions": _WORDS,
        "credits": _WORDS,
        "attempt_verbs": _WORDS,
        "event_causes": _LISTS,
        "win_particle_verbs": _WORDS,
        "us_state_codes": _MAP,
        "vote_nouns": _WORDS,
        "placings": _WORDS,
        "placing_verbs": _WORDS,
        "place_clause_joins": _WORDS,
        "electing_verbs": _WORDS,
        "returning_verbs": _WORDS,
        "defeating_verbs": _WORDS,
        "declaring_verbs": _WORDS,
        "seat_taking_verbs": _WORDS,
        "seat_outcomes": _LISTS,
        "victory_nouns": _WORDS,
        "victory_taking_verbs": _WORDS,
        "coming_contest_words": _WORDS,
        "sweeping_verbs": _WORDS,
        "share_nouns": _WORDS,
        "winnable_nouns": _WORDS,
        "span_nouns": _WORDS,
        "race_heads": _WORDS,
        "election_adjectives": _WORDS,
        "seat_object_nouns": _WORDS,
        "held_forms": _WORDS,
        "beside_contest_phrases": _WORDS,
        "preview_openings": _WORDS,
        "saying_win_verbs": _WORDS,
        "rival_nouns": _WORDS,
        "primary_objects": _WORDS,
        "naming_verbs": _WORDS,
        "party_voters": _WORDS,
        "opponent_nouns": _WORDS,
        "leadership_words": _WORDS,
        "predecessor_verbs": _WORDS,
        "primary_contest_nouns": _WORDS,
        "tentative_words": _WORDS,
        "name_particles": _WORDS,
        "place_particles": _WORDS,
        "currency_signs": _WORDS,
        "not_share_nouns": _WORDS,
        "chambers": _WORDS,
        "chamber_adjectives": _WORDS,
        "contest_between_words": _WORDS,
        "place_of_nouns": _WORDS,
        "named_of_words": _WORDS,
        "devolved_chambers": _LISTS,
        "distinguishing_words": _WORDS,
        "margin_nouns": _WORDS,
        "taking_from_verbs": _WORDS,
        "departing_verbs": _WORDS,
        "opposing_verbs": _WORDS,
        "joining_verbs": _WORDS,
        "quitting_verbs": _WORDS,
        "standing_verbs": _WORDS,
        "ticket_words": _WORDS,
        "office_words": _MAP,
        "ministerial_heads": _WORDS,
        "not_ministerial": _WORDS,
        "national_cues": _LISTS,
        "replacing_forms": _WORDS,
        "government_nouns": _WORDS,
        "post_nominals": _WORDS,
        "compass_words": _WORDS,
        "caption_words": _WORDS,
        "party_seat_verbs": _WORDS,
        "title_suffixes": _WORDS,
        "cause_nouns": _WORDS,
        "body_nouns": _WORDS,
        "spouses": _WORDS,
        "kin_words": _WORDS,
        "parent_words": _WORDS,
        "elder_words": _WORDS,
        "younger_words": _WORDS,
        "holder_words": _WORDS,
        "courtesy_titles": _WORDS,
        "honorifics_by_country": _LISTS,
        "speech_verbs": _WORDS,
        "male_titles": _WORDS,
        "female_titles": _WORDS,
        "description_nouns": _WORDS,
        "copula_words": _WORDS,
        "link_words": _WORDS,
        "as_verbs": _WORDS,
        "causative_verbs": _WORDS,
        "former_verbs": _WORDS,
        "acting_verbs": _WORDS,
        "promoting_verbs": _WORDS,
        "giving_verbs": _WORDS,
        "post_nouns": _WORDS,
        "post_taking_verbs": _WORDS,
        "party_offices": _WORDS,
        "shared_offices": _WORDS,
        "selecting_verbs": _WORDS,
        "body_members": _MAP,
        "role_bodies": _WORDS,
        "refusing_verbs": _WORDS,
        "legislator_titles": _WORDS,
        "one_holder_offices": _WORDS,
        "chamber_members": _MAP,
        "chamber_qualifiers": _WORDS,
        "member_of": _MAP,
        "plural_stop": _WORDS,
        "contender_nouns": _WORDS,
        "ministry_words": _WORDS,
        "department_heads": _MAP,
        "secretary_countries": _WORDS,
        "nomination_words": _WORDS,
        "upper_chambers": _WORDS,
        "tally_verbs": _WORDS,
        "survey_words": _WORDS,
        "rival_name_lead": _WORDS,
        "weighing_verbs": _WORDS,
        "national_level_words": _WORDS,
        "national_house_phrases": _WORDS,
        "council_nouns": _WORDS,
        "local_body_words": _WORDS,
        "flipping_verbs": _WORDS,
        "cause_verbs": _LISTS,
        "private_bodies": _WORDS,
        "neighbouring_words": _WORDS,
        "state_offices": _WORDS,
        "led_nouns": _WORDS,
        "prizes": _WORDS,
        "tally_heading_nouns": _WORDS,
        "earlier_count_labels": _WORDS,
        "heading_place_words": _WORDS,
        "heading_outcomes": _WORDS,
        "seat_place_nouns": _WORDS,
        "other_contest_words": _WORDS,
        "seat_nouns": _WORDS,
        "numbered_seat_nouns": _WORDS,
        "chamber_kind_words": _WORDS,
        "leaving_offices": _WORDS,
        "appointed_words": _WORDS,
        "chosen_offices": _MAP,
        "electing_bodies": _WORDS,
        "ruling_causes": _WORDS,
        "subject_pronouns": _WORDS,
        "possessive_pronouns": _WORDS,
        "further_contest_words": _WORDS,
        "byline_titles": _WORDS,
        "relative_pronouns": _WORDS,
        "pointing_determiners": _WORDS,
        "articles": _WORDS,
        "place_joiners": _WORDS,
        "denying_determiners": _WORDS,
        "vacancy_contest_words": _WORDS,
        "seat_contest_words": _WORDS,
        "party_name_endings": _WORDS,
        "nation_word_openers": _WORDS,
        "voter_words": _WORDS,
        "bare_seat_determiners": _WORDS,
        "body_heading_seat_words": _WORDS,
        "house_contest_words": _WORDS,
        "house_contest_kinds": _WORDS,
        "plan_verbs": _WORDS,
        "contest_forgone": _WORDS,
        "forgone_means_words": _WORDS,
        "party_head_links": _WORDS,
        "other_determiners": _WORDS,
        "place_prepositions": _WORDS,
        "seat_number_signs": _WORDS,
        "overturning_verbs": _WORDS,
        "overturned_wins": _WORDS,
        "unvoted_fillings": _WORDS,
        "topic_shifts": _WORDS,
        "crossing_verbs": _WORDS,
        "crossed_objects": _WORDS,
        "crossing_preps": _WORDS,
        "crossed_to_nouns": _WORDS,
        "vacancy_nouns": _WORDS,
        "vacancy_arising_verbs": _WORDS,
        "seat_losing_verbs": _WORDS,
        "polling_nouns": _WORDS,
        "council_contests": _WORDS,
        "national_level_nouns": _WORDS,
    },
    "roles.json": {"heads": _WORDS, "modifier_stop": _WORDS, "canonical": _MAP, "generic_heads": _WORDS,
                   "political_context": _WORDS, "party_roles": _WORDS, "verb_modifiers": _WORDS, "abbreviations": _MAP,
                   "title_heads": _WORDS, "role_verbs": _LISTS, "party_organisation_words": _WORDS,
                   "capitalised_heads": _WORDS, "portfolio_words": _WORDS, "seat_member_words": _MAP,
                   "seat_member_determiners": _WORDS, "seat_member_contexts": _WORDS,
                   "legislature_members": _MAP, "elected_officers": _MAP,
                   "national_members": _MAP, "state_members": _MAP, "ward_members": _MAP, "state_seat_cues": _LISTS,
                   "national_seat_cues": _WORDS},
    "parties.json": {"parties": "a list of objects", "bracket_abbreviations": _MAP, "national_variants": "an object",
                     "title_aliases": _MAP, "regional_variants": "an object", "short_name_standings": _WORDS},
}
_OPTIONAL = {"attempt_verbs", "event_causes", "win_particle_verbs", "us_state_codes", "contest_offices", "capitalised_heads",
             "bracket_abbreviations", "national_variants", "title_aliases", "regional_variants", "portfolio_words",
             "chosen_offices", "electing_bodies", "seat_member_words",
             "seat_member_determiners", "seat_member_contexts", "short_name_standings"}


#: word lists of lexicon.json whose order the rules read (first match wins); the others are sets
_ORDERED_LISTS = {"role_prefixes", "credits"}


def _holds(value: object, kind: str) -> bool:
    def words(v: object) -> bool:
        return isinstance(v, list) and all(isinstance(w, str) for w in v)

    def entries(v: object) -> dict[str, object]:
        return {k: x for k, x in v.items() if not k.startswith("_")} if isinstance(v, dict) else {}

    checks = {_WORDS: lambda: words(value), _MAP: lambda: isinstance(value, dict) and all(
        isinstance(x, str) for x in entries(value).values()),
        _LISTS: lambda: isinstance(value, dict) and all(words(x) for x in entries(value).values()),
        "an object": lambda: isinstance(value, dict),
        "a list of objects": lambda: isinstance(value, list) and all(isinstance(p, dict) for p in value)}
    return checks[kind]()


def _line_of(text: str, key: str) -> int:
    at = text.find(f'"{key}"')
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _read(name: str, data_dir: Path) -> dict:  # type: ignore[type-arg]
    """A data file, checked against SCHEMA: a typo is one line naming the file and the line, not a traceback."""
    path = data_dir / name
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except OSError as exc:
        raise DataError(f"{path}: cannot read kg's data ({exc.strerror}); reinstall kg or restore the file") from None
    except (ValueError, UnicodeDecodeError) as exc:
        where = f"{path}:{exc.lineno}" if isinstance(exc, json.JSONDecodeError) else str(path)
        raise DataError(f"{where}: not valid JSON ({exc}); fix the file") from None
    if not isinstance(data, dict):
        raise DataError(f"{path}:1: must hold a JSON object of fields ({', '.join(SCHEMA[name])})")
    schema = SCHEMA[name]
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if key not in schema:
            raise DataError(f"{path}:{_line_of(text, key)}: unknown field {key!r}; the fields are {', '.join(schema)}")
        if not _holds(value, schema[key]):
            raise DataError(f"{path}:{_line_of(text, key)}: {key!r} must be {schema[key]}")
    missing = [k for k in schema if k not in data and k not in _OPTIONAL]
    if missing:
        raise DataError(f"{path}: missing field(s) {', '.join(missing)}")
    return data  # type: ignore[no-any-return]


def _party(entry: dict, path: Path) -> Party:  # type: ignore[type-arg]
    if not isinstance(entry.get("name"), str) or not isinstance(entry.get("aliases"), list):
        raise DataError(f"{path}: the party {entry.get('name', entry)!r} needs a \"name\" and a list of \"aliases\"")
    return Party(entry["name"], tuple(entry["aliases"]), entry.get("wikidata"), entry.get("country"),
                 entry.get("contextual", False))


#: the world's parties, built from open data by `python -m kg.gazetteer.build` (see data/SOURCES.md)
GAZETTEER = Path("gazetteer") / "parties.json"


def _gazetteer(data_dir: Path) -> dict:  # type: ignore[type-arg]
    """The built gazetteer, or nothing where a data directory has none (a test's own data)."""
    path = data_dir / GAZETTEER
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"{path}: unreadable ({exc}); rebuild it with python -m kg.gazetteer.build") from None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), t) for k, t in (
            ("parties", list), ("hand", dict), ("unresolved", dict), ("national_variants", dict), ("cues", dict))):
        raise DataError(f"{path}: not a gazetteer built by kg.gazetteer.build; rebuild it")
    return data


def _with_gazetteer(parties: tuple[Party, ...], file: dict, gazetteer: dict) -> tuple[  # type: ignore[type-arg]
        tuple[Party, ...], dict[str, dict[str, str]], dict[str, frozenset[str]], dict[str, dict[str, str]]]:
    """The hand-made parties (enriched with their Wikidata ids and other names), then the world's and the unresolved
    shared names; national variants and country cues with the hand-made ones first and winning."""
    variants = dict(file.get("national_variants", {}).get("aliases", {}))
    cues = {k: frozenset(v) for k, v in file.get("national_variants", {}).get("cues", {}).items()}
    if not gazetteer:
        return parties, variants, cues, {}
    hand = gazetteer["hand"]
    enriched = tuple(Party(p.name, tuple(dict.fromkeys((*p.aliases, *hand[p.name]["aliases"]))), p.wikidata or hand[p.name]["wikidata"],
                           p.country, p.contextual) if p.name in hand else p for p in parties)
    world = tuple(Party(e["name"], tuple(e["aliases"]), e.get("wikidata"), e["country"], world=True, year_last=e.get("year_last"))
                  for e in gazetteer["parties"])
    unresolved = tuple(Party(name, tuple(aliases)) for name, aliases in gazetteer["unresolved"].items())
    merged = {alias: {**gazetteer["national_variants"].get(alias, {}), **variants.get(alias, {})}
              for alias in (*variants, *gazetteer["national_variants"])}
    for country, words in gazetteer["cues"].items():
        cues[country] = cues.get(country, frozenset()) | frozenset(words)
    return enriched + world + unresolved, merged, cues, dict(gazetteer.get("short_names", {}))


@cache
def load_lexicon(data_dir: Path = DATA_DIR) -> Lexicon:
    parties_file = _read("parties.json", data_dir)
    parties_raw = parties_file["parties"]
    brackets = {k: v for k, v in parties_file.get("bracket_abbreviations", {}).items() if not k.startswith("_")}
    roles = _read("roles.json", data_dir)
    words = _read("lexicon.json", data_dir)
    parties, variants, cues, shorts = _with_gazetteer(tuple(_party(p, data_dir / "parties.json") for p in parties_raw), parties_file,
                                              _gazetteer(data_dir))
    by_alias: dict[str, str] = {}
    for party in parties:
        for alias in (party.name, *party.aliases):
            by_alias.setdefault(alias, party.name)
            by_alias.setdefault(fold(alias), party.name)
    causes = {fold(word): cause for cause, items in words["causes"].items() for word in items}
    # every plain word list of lexicon.json, by its SCHEMA line: a new list needs its field and its data only
    word_lists = {key: (tuple if key in _ORDERED_LISTS else frozenset)(words.get(key, []))
                  for key, kind in SCHEMA["lexicon.json"].items() if kind == _WORDS}
    return Lexicon(
        parties=parties,
        party_by_alias=by_alias,
        bracket_abbreviations=brackets,
        role_heads=tuple(roles["heads"]),
        role_canonical={fold(k): v for k, v in roles["canonical"].items()},
        generic_heads=frozenset(roles["generic_heads"]),
        party_roles=frozenset(roles["party_roles"]),
        abbreviations=dict(roles["abbreviations"]),
        title_heads=frozenset(roles["title_heads"]),
        party_organisation_words=frozenset(roles["party_organisation_words"]),
        capitalised_heads=frozenset(roles.get("capitalised_heads", [])),
        portfolio_words=frozenset(roles.get("portfolio_words", [])),
        seat_member_words={k: v for k, v in roles.get("seat_member_words", {}).items() if not k.startswith("_")},
        seat_member_determiners=frozenset(roles.get("seat_member_determiners", ())),
        seat_member_contexts=frozenset(roles.get("seat_member_contexts", ())),
        legislature_members={k: v for k, v in roles.get("legislature_members", {}).items() if not k.startswith("_")},
        elected_officers={k: v for k, v in roles.get("elected_officers", {}).items() if not k.startswith("_")},
        national_members={k: v for k, v in roles.get("national_members", {}).items() if not k.startswith("_")},
        state_members={k: v for k, v in roles.get("state_members", {}).items() if not k.startswith("_")},
        ward_members={k: v for k, v in roles.get("ward_members", {}).items() if not k.startswith("_")},
        state_seat_cues=tuple(c for k, v in roles.get("state_seat_cues", {}).items() if not k.startswith("_") for c in v),
        assembly_cues=tuple((k, tuple(v)) for k, v in roles.get("state_seat_cues", {}).items() if k[0] != "_" and k != "untitled"),
        national_seat_cues=tuple(roles.get("national_seat_cues", ())),
        role_verbs={k: (v[0], v[1]) for k, v in roles["role_verbs"].items() if not k.startswith("_")},
        modifier_stop=frozenset(roles["modifier_stop"]),
        verb_modifiers=frozenset(roles["verb_modifiers"]),
        political_context=frozenset(roles["political_context"]),
        election_kinds=tuple((k, tuple(v)) for k, v in words["election_kinds"].items() if not k.startswith("_")),
        contest_offices={k: v for k, v in words.get("contest_offices", {}).items() if not k.startswith("_")},
        causes=causes,
        national_variants=variants,
        title_aliases={k: v for k, v in parties_file.get("title_aliases", {}).items() if not k.startswith("_")},
        country_cues=cues,
        short_names=shorts,
        regional_variants={region: (tuple(entry.get("cues", ())), dict(entry.get("aliases", {})))
                           for region, entry in parties_file.get("regional_variants", {}).items() if not region.startswith("_")},
        title_cues=frozenset(parties_file.get("national_variants", {}).get("title_cues", [])),
        us_state_codes={k: v for k, v in words.get("us_state_codes", {}).items() if not k.startswith("_")},
        event_causes={w: cause for cause, ws in words.get("event_causes", {}).items() if not cause.startswith("_") for w in ws},
        seat_outcomes={w: kind for kind, ws in words["seat_outcomes"].items() if not kind.startswith("_") for w in ws},
        devolved_chambers=tuple((k, tuple(v)) for k, v in words["devolved_chambers"].items() if not k.startswith("_")),
        office_words={k: v for k, v in words["office_words"].items() if not k.startswith("_")},
        national_cues={k: tuple(v) for k, v in words["national_cues"].items() if not k.startswith("_")},
        body_members={k: v for k, v in words["body_members"].items() if not k.startswith("_")},
        chamber_members={k: v for k, v in words["chamber_members"].items() if not k.startswith("_")},
        member_of={k: v for k, v in words["member_of"].items() if not k.startswith("_")},
        department_heads={k: v for k, v in words["department_heads"].items() if not k.startswith("_")},
        honorifics_by_country={k: tuple(v) for k, v in words.get("honorifics_by_country", {}).items() if not k.startswith("_")},
        cause_verbs={w: cause for cause, ws in words["cause_verbs"].items() if not cause.startswith("_") for w in ws},
        chosen_offices={k: v for k, v in words.get("chosen_offices", {}).items() if not k.startswith("_")},
        **word_lists,  # type: ignore[arg-type]
    )
