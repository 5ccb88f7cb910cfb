"""Time to first draw of `kg viz` pages in headless Chromium, for synthetic graphs of growing size.

    .venv/bin/python bench/viz_draw.py                       # 100 / 1,000 / 5,000 nodes, physics as kg viz decides
    .venv/bin/python bench/viz_draw.py --sizes 100,300,500,1000 --physics on,off --repeat 3

For each size a graph shaped like kg's (a few parties with many members, elections with their seat
and winner, roles, by-election triggers; ~1.2 edges per node) is rendered with kg.viz.render_html and
opened from disk. "draw" is the time from navigation start to vis-network's first "afterDrawing"
event (with physics on, vis-network draws only once the stabilisation is done, so this includes it);
"redraw" is the time one zoom step takes to draw afterwards (how explorable the page is); "python"
is the time render_html took (layout included); "search" is matching a name against every label, "answer"
typing into the search box up to the list of matches, "select" up to the redrawn view (first match
selected and centred, the rest dimmed, the details panel filled). Medians over --repeat runs, in seconds.
Needs Debian chromium (/usr/bin/chromium) and the playwright package; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.netgraph import ArticleInfo  # noqa: E402
from kg.viz import PHYSICS_LIMIT, render_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A kg-like graph of exactly n nodes: parties as hubs (Pareto-sized), elections, seats, roles, people."""
    rnd = random.Random(seed)
    graph = nx.MultiDiGraph()
    n_articles = max(1, n // 10)
    graph.graph["articles"] = {
        f"a{i}": ArticleInfo(f"a{i}", f"Article {i}", f"articles/{i}.txt", None) for i in range(n_articles)
    }
    counts = {"party": max(4, n // 150), "role": max(3, n // 40), "seat": n * 12 // 100, "election": n * 15 // 100}
    counts["person"] = n - sum(counts.values())
    ids: dict[str, list[str]] = {}
    for kind, k in counts.items():
        ids[kind] = []
        for i in range(k):
            node = f"https://w3id.org/polkg/id/{kind}/{kind}-{i}"
            aid = f"a{rnd.randrange(n_articles)}"
            graph.add_node(node, label=f"{kind.title()} {i}", type=kind, roles=set(), articles={aid},
                           evidence={(f"articles/{aid[1:]}.txt", f"A sentence that names {kind} {i}.")})
            ids[kind].append(node)

    def edge(s: str, o: str, rel: str) -> None:
        aid = next(iter(graph.nodes[s]["articles"]))
        graph.add_edge(s, o, key=rel, label=rel, articles={aid}, evidence={(f"articles/{aid[1:]}.txt", "A sentence.")})

    for i, election in enumerate(ids["election"]):
        edge(election, ids["seat"][i % len(ids["seat"])], "for seat")
        edge(election, rnd.choice(ids["party"]), "won by")
    for person in ids["person"]:
        party = ids["party"][min(int(rnd.paretovariate(1.2)) - 1, len(ids["party"]) - 1)]
        if rnd.random() < 0.8:
            edge(person, party, "member of (mp)")
            graph.nodes[person]["roles"].add("mp")
        else:
            edge(person, rnd.choice(ids["role"]), "holds role")
        if rnd.random() < 0.25:
            edge(person, rnd.choice(ids["election"]), "won")
        if rnd.random() < 0.05:
            edge(person, rnd.choice(ids["election"]), "resignation triggered")
    return graph


def measure(page, path: Path, timeout_s: float) -> tuple[float, float, float, float, float]:  # type: ignore[no-untyped-def]
    """(first draw, one zoom redraw, search, answer, select) in seconds for the page at `path`.

    "search" is the matching alone (kg.search over every label); "answer" is typing a letter up to the
    list of matches shown; "select" up to the view drawn again with the first match selected, centred,
    the rest dimmed and the details panel filled.
    """
    page.goto(path.as_uri())
    page.wait_for_function("window.kgFirstDraw && window.kgFitted", timeout=timeout_s * 1000)
    first = page.evaluate("window.kgFirstDraw") / 1000
    redraw = page.evaluate("""() => new Promise(resolve => {
        const t0 = performance.now();
        network.once("afterDrawing", () => resolve(performance.now() - t0));
        network.moveTo({scale: network.getScale() * 1.5});
    })""") / 1000
    search = page.evaluate("""() => { const t0 = performance.now();
        for (let i = 0; i < 10; i++) kg.search("person " + (17 * i + 3));
        return (performance.now() - t0) / 10; }""") / 1000
    answer, select = page.evaluate("""() => new Promise(resolve => {
        const box = document.getElementById("kg-search"), t0 = performance.now();
        box.value = "Person 42"; box.dispatchEvent(new Event("input"));
        const listed = document.querySelectorAll("#kg-results li").length ? performance.now() - t0 : NaN;
        const drawn = () => { if (kg.selected) { network.off("afterDrawing", drawn); resolve([listed, performance.now() - t0]); } };
        network.on("afterDrawing", drawn);
    })""")
    return first, redraw, search, answer / 1000, select / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--physics", default="auto", help="auto, on, off, or a comma-separated list of them")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for one first draw")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    sizes = [int(s) for s in args.sizes.split(",")]
    modes = args.physics.split(",")
    print(f"PHYSICS_LIMIT = {PHYSICS_LIMIT}; medians of {args.repeat} run(s), seconds")
    columns = ("nodes", "edges", "physics", "python", "draw", "redraw", "search", "answer", "select")
    print(" ".join(f"{c:>{6 if c in ('nodes', 'edges') else 8 if c == 'physics' else 7}}" for c in columns) + f"  {'MB':>5}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in sizes:
            graph = synthetic(n)
            for mode in modes:
                physics = None if mode == "auto" else mode == "on"
                used = (n <= PHYSICS_LIMIT) if physics is None else physics
                out = Path(tmp) / f"g{n}-{mode}.html"
                t0 = time.perf_counter()
                render_html(graph, out, f"synthetic graph of {n} nodes", physics=physics)
                python = time.perf_counter() - t0
                draws: list[float] = []
                redraws: list[float] = []
                searches: list[float] = []
                answers: list[float] = []
                selects: list[float] = []
                for _ in range(args.repeat):
                    page = browser.new_page(viewport={"width": 1400, "height": 900})
                    try:
                        first, redraw, search, answer, select = measure(page, out, args.timeout)
                    except Exception as exc:  # a timeout: report it rather than stop the whole run
                        print(f"{n:>6} {graph.number_of_edges():>6} {'on' if used else 'off':>8}  no draw within "
                              f"{args.timeout:.0f}s ({type(exc).__name__})")
                        page.close()
                        break
                    draws.append(first)
                    redraws.append(redraw)
                    searches.append(search)
                    answers.append(answer)
                    selects.append(select)
                    page.close()
                if draws:
                    print(f"{n:>6} {graph.number_of_edges():>6} {'on' if used else 'off':>8} {python:7.2f} "
                          f"{statistics.median(draws):7.2f} {statistics.median(redraws):7.3f} {statistics.median(searches):7.4f} "
                          f"{statistics.median(answers):7.3f} {statistics.median(selects):7.3f}  {out.stat().st_size / 1e6:5.1f}",
                          flush=True)
        browser.close()


if __name__ == "__main__":
    main()
