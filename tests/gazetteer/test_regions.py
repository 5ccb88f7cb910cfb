"""kg/gazetteer/regions.py: the regions withheld as a by-election's seat, less the open data's constituencies."""

from kg.gazetteer.regions import regions_of


def test_the_region_list_is_built_without_the_open_datas_constituencies(tmp_path):
    term = tmp_path / "everypolitician" / "Kelbia" / "House"
    term.mkdir(parents=True)
    (term / "term-1.csv").write_text("name,area\nAnn Roe,Sindh\n", encoding="utf-8")
    built = regions_of(tmp_path)
    assert "Sindh" not in built and "Balochistan" in built
