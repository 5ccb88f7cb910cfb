"""Round 19 (wave two): a breakaway party named as its parent with a bracketed suffix ("Sena (UBT)", "NCP (SP)",
"Apna Dal (S)") is its own party (data/parties.json), not the parent whose name it begins with."""


def _parties(facts):  # type: ignore[no-untyped-def]
    return {f.person: f.party for f in facts.roles}


def test_a_bracketed_suffix_names_the_breakaway_party(facts_of):
    facts = facts_of("Sena (UBT) spokesperson Tom Ure said the Fenby result proved it. NCP (SP) candidate Ann Roe "
                     "lost the Kelby assembly bypoll.")
    parties = _parties(facts)
    assert parties.get("Tom Ure") == "Shiv Sena (Uddhav Balasaheb Thackeray)"
    assert parties.get("Ann Roe") == "Nationalist Congress Party (Sharadchandra Pawar)"


def test_a_short_letter_in_brackets_names_the_breakaway_party(facts_of):
    facts = facts_of("Apna Dal (S) nominee Kay Dunn won the Hale assembly bypoll in Uttar Pradesh.")
    assert _parties(facts).get("Kay Dunn") == "Apna Dal (Sonelal)"


def test_the_parent_alone_stays_the_parent(facts_of):
    facts = facts_of("Shiv Sena candidate Lee Hale lost the Ashmoor assembly bypoll in Maharashtra.")
    assert _parties(facts).get("Lee Hale") == "Shiv Sena"
