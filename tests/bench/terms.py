"""A small copy of the open data's EveryPolitician terms, for the benches that read members from them."""

from __future__ import annotations

from pathlib import Path

_HEAD = "id,name,sort_name,email,twitter,facebook,group,group_id,area_id,area,chamber,term,start_date,end_date\n"


def write_terms(root: Path, rows: dict[str, list[str]]) -> Path:
    """`rows`: "Country/House" -> its members' CSV lines (under the EveryPolitician header); `root` is returned, laid
    out as ../shared/opendata is."""
    for chamber, lines in rows.items():
        folder = root / "everypolitician" / chamber
        folder.mkdir(parents=True)
        (folder / "term-11.csv").write_text(_HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return root
