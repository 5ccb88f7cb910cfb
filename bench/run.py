"""kg's benchmarks, in one command: ingestion against bare spaCy, queries against native pyoxigraph, load, view.

    .venv/bin/python bench/run.py            # the full sizes (1M triples, 10,000 articles; most of an hour on 2 cores)
    .venv/bin/python bench/run.py --quick    # small sizes, about a minute: a smoke test of the figures

Prints a table, then as its last line one JSON object: `ingest_vs_spacy` (kg's articles/s, reading files,
parsing, extracting and writing the store, over bare `nlp.pipe` of the full pipeline as shipped,
`spacy.load(model)` with nothing disabled, on the same texts; goal >= 1.0) and `query_vs_native` (the worst ratio of
kg's query time to pyoxigraph's own `Store.query` on the same on-disk data; goal <= 1.5) and `cluster_efficiency`
(`kg add --cluster` throughput at 2 Dask workers / (2 x at 1 worker), bench/cluster.py), with the rest.
Every article, name and fact is synthetic (bench/synth.py). Timings are wall clock, best or median of
repeated runs, because the machine may be shared; CPU-time ratios are given beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph  # noqa: E402

from bench.synth import World, article_facts, article_text, make_world  # noqa: E402
from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES  # noqa: E402
from kg.queries import named_queries, rows_of  # noqa: E402

ROLES_PER_PARTY = """# Roles per party: how many role assignments, and how many people, each party has.
SELECT ?party (COUNT(DISTINCT ?a) AS ?roles) (COUNT(DISTINCT ?p) AS ?people)
WHERE { ?a a kgo:RoleAssignment ; kgo:party ?pt ; kgo:person ?p . ?pt rdfs:label ?party . }
GROUP BY ?party ORDER BY DESC(?roles)
"""
QUERY_NAMES = ("person-roles", "election-winners", "by-election-triggers", "roles-per-party")


@dataclass(frozen=True)
class Sizes:
    ingest_articles: int
    rounds: int
    query_triples: int
    rdflib_triples: int
    repeats: int
    load_articles: int
    load_workers: int
    view_nodes: tuple[int, ...]
    cluster_articles: int


QUICK = Sizes(ingest_articles=40, rounds=1, query_triples=100_000, rdflib_triples=20_000, repeats=3,
              load_articles=60, load_workers=1, view_nodes=(1_000, 5_000),
              cluster_articles=20)
FULL = Sizes(ingest_articles=300, rounds=2, query_triples=1_000_000, rdflib_triples=1_000_000, repeats=5,
             load_articles=10_000, load_workers=2, view_nodes=(1_000, 5_000, 20_000),
             cluster_articles=200)


def queries() -> dict[str, str]:
    named = named_queries()
    found = {name: named[name].text for name in QUERY_NAMES[:3]}
    found["roles-per-party"] = ROLES_PER_PARTY
    return found


# ---- helpers ------------------------------------------------------------------------------------------------
def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
        todo.extend(children.get(current, []))
    return total


def _median_time(run: Callable[[], object], repeats: int) -> float:
    run()  # warm: caches, lazily built matchers, page cache
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---- ingestion ----------------------------------------------------------------------------------------------
def bench_ingest(sizes: Sizes, world: World, work: Path, workers: int) -> dict[str, float]:
    """kg's ingestion of article files against bare spaCy over the same texts, same processes.

    The baseline is what a user would write: the model as shipped (`spacy.load`, every component it enables),
    not kg's pipeline, so that what kg leaves out or does more cheaply counts in kg's favour, and its own
    components, extraction and store writes against it.
    """
    import spacy

    from kg.config import model_name
    from kg.ingest import ingest
    from kg.nlp import load_pipeline
    from kg.store import open_store

    folder = work / f"ingest-{workers}"
    folder.mkdir()
    texts = [article_text(world, i) for i in range(sizes.ingest_articles)]
    for number, text in enumerate(texts):
        (folder / f"article-{number:05d}.txt").write_text(text, encoding="utf-8")
    nlp = spacy.load(model_name())
    for pipeline in (nlp, load_pipeline()):
        for _ in pipeline.pipe(texts[:4]):  # warm
            pass
    bare_wall, kg_wall, bare_cpu, kg_cpu = [], [], [], []
    for round_ in range(sizes.rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
            pass
        bare_wall.append(time.perf_counter() - wall)
        bare_cpu.append(time.process_time() - cpu)
        store = open_store(str(work / f"ingest-store-{workers}-{round_}"), write=True)
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            report = ingest([str(folder)], store, batch_size=32, workers=workers)
            kg_wall.append(time.perf_counter() - wall)
            kg_cpu.append(time.process_time() - cpu)
        finally:
            store.close()
        assert len(report.added) == len(texts), report
    n = len(texts)
    result = {"articles": n, "bare_per_s": n / min(bare_wall), "kg_per_s": n / min(kg_wall)}
    result["ratio"] = result["kg_per_s"] / result["bare_per_s"]
    if workers == 1:  # one process: its CPU time is all the work, whatever else the machine is doing
        result["cpu_ratio"] = min(bare_cpu) / min(kg_cpu)
    return result


# ---- the query corpus ---------------------------------------------------------------------------------------
def corpus(triples: int, world: World, cache: Path) -> Path:
    """N-Quads in kg's store layout: `triples` quads of synthetic articles mapped by kg's own mapping (one named
    graph each) and the ontology graph, then the default graph kg keeps, their merge (each triple once)."""
    from rdflib import Graph

    from kg.article import make_article
    from kg.config import ONTOLOGY_FILE
    from kg.mapping import article_to_graph

    path = cache / f"corpus-v3-{triples}.nq"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    written = 0
    merged: set[str] = set()
    with tmp.open("w", encoding="utf-8") as out:
        ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
        for line in ontology.serialize(format="nt").splitlines():
            if line.strip():
                out.write(f"{line[:-1].rstrip()} <{ONTOLOGY_GRAPH}> .\n")
                merged.add(line.strip())
                written += 1
        number = 0
        while written < triples:
            title, day, facts = article_facts(world, number)
            article = make_article(f"{title}\n\nSynthetic article {number}.", f"https://news.example/{number}", date=day, title=title)
            graph = article_to_graph(article, facts)
            name = graph.identifier
            for line in graph.serialize(format="nt").splitlines():
                if line.strip() and written < triples:
                    out.write(f"{line[:-1].rstrip()} <{name}> .\n")
                    merged.add(line.strip())
                    written += 1
            number += 1
        for line in sorted(merged):
            out.write(line + "\n")
    tmp.rename(path)
    return path


def build_store(nquads: Path, folder: Path) -> tuple[float, int]:
    """A kg store directory loaded with pyoxigraph's bulk loader; (seconds, bytes on disk)."""
    from kg.store import FORMAT_VERSION, MARKER

    folder.mkdir(parents=True)
    (folder / MARKER).write_text(json.dumps({"format_version": FORMAT_VERSION, "kind": "kg store"}) + "\n")
    start = time.perf_counter()
    store = pyoxigraph.Store(str(folder / "oxigraph"))
    store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store
    return time.perf_counter() - start, _du(folder)


def native_rows(store: pyoxigraph.Store, sparql: str) -> list[list[str | None]]:
    """pyoxigraph's own answer, rows of lexical values: the least a caller does to use it."""
    result = store.query(sparql, prefixes={k: str(v) for k, v in PREFIXES.items()})
    return [[None if term is None else term.value for term in solution] for solution in result]  # type: ignore[union-attr]


def bench_queries(sizes: Sizes, nquads: Path, folder: Path) -> dict[str, Any]:
    from kg.store import open_store

    texts = queries()
    kg_ms, native_ms, rows = {}, {}, {}
    store = open_store(str(folder))
    try:
        for name, sparql in texts.items():
            kg_ms[name] = 1000 * _median_time(lambda s=sparql: rows_of(store.query(s)), sizes.repeats)  # type: ignore[misc]
            rows[name] = len(rows_of(store.query(sparql))[1])
        # oxrdflib's rdflib path, what KgStore.query did before its native SELECT path, for the record
        rdflib_path = {name: 1000 * _median_time(lambda s=sparql: rows_of(store.dataset.query(s, initNs=PREFIXES)), 1)  # type: ignore[misc]
                       for name, sparql in texts.items()}
    finally:
        store.close()
    native = pyoxigraph.Store.read_only(str(folder / "oxigraph"))
    for name, sparql in texts.items():
        native_ms[name] = 1000 * _median_time(lambda s=sparql: native_rows(native, s), sizes.repeats)  # type: ignore[misc]
        assert len(native_rows(native, sparql)) == rows[name], name
    return {"kg_ms": kg_ms, "native_ms": native_ms, "oxrdflib_ms": rdflib_path, "rows": rows,
            "ratios": {name: kg_ms[name] / native_ms[name] for name in texts}}


def _rdflib_worker(nquads: str, triples: int, repeats: int) -> None:
    """In a subprocess (it may be slow): rdflib's in-memory Graph, the union of the graphs, on the same queries."""
    from rdflib import Graph

    lines = []
    for quad in pyoxigraph.parse(path=nquads, format=pyoxigraph.RdfFormat.N_QUADS):
        if len(lines) >= triples or isinstance(quad.graph_name, pyoxigraph.DefaultGraph):  # named-graph quads come first
            break
        lines.append(f"{quad.subject} {quad.predicate} {quad.object} .\n")
    start = time.perf_counter()
    graph = Graph()
    graph.parse(data="".join(lines), format="nt")
    load = time.perf_counter() - start
    native = pyoxigraph.Store()
    native.load(input="".join(lines), format=pyoxigraph.RdfFormat.N_TRIPLES)
    out: dict[str, Any] = {"triples": len(graph), "load_s": load, "rdflib_ms": {}, "native_ms": {}}
    ns = {k: str(v) for k, v in PREFIXES.items()}
    for name, sparql in queries().items():
        out["rdflib_ms"][name] = 1000 * _median_time(lambda s=sparql: list(graph.query(s, initNs=PREFIXES)), max(1, repeats // 3))  # type: ignore[misc]
        out["native_ms"][name] = 1000 * _median_time(lambda s=sparql: list(native.query(s, prefixes=ns)), repeats)  # type: ignore[misc]
        print(json.dumps({"partial": name}), flush=True)
    print(json.dumps(out), flush=True)


def bench_rdflib(sizes: Sizes, nquads: Path, timeout: float) -> dict[str, Any]:
    command = [sys.executable, __file__, "--rdflib-worker", str(nquads), str(sizes.rdflib_triples), str(sizes.repeats)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"triples": sizes.rdflib_triples, "error": f"did not finish within {timeout:.0f} s"}
    except subprocess.CalledProcessError as exc:
        return {"triples": sizes.rdflib_triples, "error": exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else "failed"}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# ---- load: `kg add` of many articles, as a user runs it ---------------------------------------------------------
def bench_load(sizes: Sizes, world: World, work: Path) -> dict[str, Any]:
    folder = work / "load"
    folder.mkdir()
    for number in range(sizes.load_articles):
        (folder / f"article-{number:05d}.txt").write_text(article_text(world, 100_000 + number), encoding="utf-8")
    store = work / "load-store"
    command = [sys.executable, str(ROOT / "main.py"), "--store", str(store), "add", str(folder), "--workers", str(sizes.load_workers)]
    peak = 0
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(process.pid))
            stop.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"kg add failed ({process.returncode}): {err.strip()[-500:]}")
    return {"articles": sizes.load_articles, "workers": sizes.load_workers, "seconds": elapsed,
            "per_s": sizes.load_articles / elapsed, "peak_rss_mb": peak / 2**20, "store_mb": _du(store) / 2**20,
            "summary": out.strip().splitlines()[-1]}


# ---- the HTML view --------------------------------------------------------------------------------------------
def synthetic_network(nodes: int, world: World) -> Any:
    """A networkx graph shaped like kg.netgraph.to_networkx's: people, parties, seats, elections, roles."""
    import random

    import networkx as nx

    rng = random.Random(nodes)
    graph = nx.MultiDiGraph()
    kinds = [("party", 0.01), ("role", 0.02), ("seat", 0.12), ("election", 0.15), ("person", 0.70)]
    names: dict[str, list[str]] = {}
    for kind, share in kinds:
        count = max(2, int(nodes * share))
        pool = world.seats if kind in ("seat", "election") else world.people
        names[kind] = [f"https://w3id.org/polkg/id/{kind}/{i}" for i in range(count)]
        for i, iri in enumerate(names[kind]):
            label = {"party": f"Party {i}", "role": f"role {i}", "seat": pool[i % len(pool)],
                     "election": f"{2000 + i % 24} {pool[i % len(pool)]} by-election", "person": pool[i % len(pool)]}[kind]
            graph.add_node(iri, label=label, type=kind, roles={"MP"} if kind == "person" else set(),
                           evidence={(f"https://news.example/{i}", f"{label} was mentioned in a sentence about the campaign.")})
    for person in names["person"]:
        for _ in range(rng.randrange(1, 3)):
            target = rng.choice(names["party"] + names["election"])
            relation = "member of (MP)" if "/party/" in target else "won"
            graph.add_edge(person, target, key=relation, label=relation, evidence={("https://news.example/1", "A sentence.")})
    for election in names["election"]:
        graph.add_edge(election, rng.choice(names["seat"]), key="for seat", label="for seat",
                       evidence={("https://news.example/2", "A sentence.")})
    return graph


def bench_view(sizes: Sizes, world: World, work: Path) -> dict[str, Any]:
    from kg.viz import render_html

    found: dict[str, Any] = {}
    for nodes in sizes.view_nodes:
        graph = synthetic_network(nodes, world)
        out = work / f"view-{nodes}.html"
        try:
            start = time.perf_counter()
            render_html(graph, out, f"bench: {nodes} nodes")
            found[str(nodes)] = {"seconds": time.perf_counter() - start, "edges": graph.number_of_edges(),
                                 "mb": out.stat().st_size / 2**20}
        except Exception as exc:  # kg/viz.py is being reworked; a failure is a figure too
            found[str(nodes)] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    return found


# ---- the run --------------------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: about a minute")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-cache",
                        help="where generated corpora are kept between runs")
    parser.add_argument("--skip", action="append", default=[], choices=["ingest", "query", "rdflib", "load", "view", "cluster"],
                        help="leave out a section (repeatable)")
    parser.add_argument("--rdflib-worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rdflib_worker:
        _rdflib_worker(args.rdflib_worker[0], int(args.rdflib_worker[1]), int(args.rdflib_worker[2]))
        return
    sizes = QUICK if args.quick else FULL
    args.cache.mkdir(parents=True, exist_ok=True)
    world = make_world()
    result: dict[str, Any] = {"mode": "quick" if args.quick else "full", "machine": {
        "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}}
    table: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        if "ingest" not in args.skip:
            _say(f"ingest: {sizes.ingest_articles} articles, kg vs bare spaCy...")
            single = bench_ingest(sizes, world, work, workers=1)
            result["ingest"] = {"workers_1": single}
            result["ingest_vs_spacy"] = round(single["ratio"], 3)
            table += [("ingest: bare spaCy nlp.pipe (1 process)", f"{single['bare_per_s']:.2f} articles/s"),
                      ("ingest: kg (1 process)", f"{single['kg_per_s']:.2f} articles/s"),
                      ("ingest_vs_spacy (wall; CPU-time ratio)", f"{single['ratio']:.3f}; {single['cpu_ratio']:.3f}")]
            if not args.quick:
                double = bench_ingest(sizes, world, work, workers=2)
                result["ingest"]["workers_2"] = double
                table += [("ingest: bare spaCy, 2 processes", f"{double['bare_per_s']:.2f} articles/s"),
                          ("ingest: kg --workers 2", f"{double['kg_per_s']:.2f} articles/s (ratio {double['ratio']:.3f})")]
        if "query" not in args.skip or "rdflib" not in args.skip:
            _say(f"query corpus: {sizes.query_triples:,} triples...")
            nquads = corpus(sizes.query_triples, world, args.cache)
        if "query" not in args.skip:
            seconds, size = build_store(nquads, work / "query-store")
            result["bulk_load"] = {"triples": sizes.query_triples, "seconds": seconds, "store_mb": size / 2**20}
            table.append((f"bulk load {sizes.query_triples:,} triples (pyoxigraph)", f"{seconds:.1f} s, {size / 2**20:.0f} MB on disk"))
            _say("queries: kg vs native pyoxigraph...")
            found = bench_queries(sizes, nquads, work / "query-store")
            result["query"] = found
            result["query_vs_native"] = round(max(found["ratios"].values()), 3)
            for name in found["kg_ms"]:
                table.append((f"query {name} ({found['rows'][name]:,} rows)",
                              f"kg {found['kg_ms'][name]:.1f} ms, native {found['native_ms'][name]:.1f} ms, "
                              f"x{found['ratios'][name]:.2f} (via oxrdflib {found['oxrdflib_ms'][name]:.1f} ms)"))
            table.append(("query_vs_native (worst)", f"{result['query_vs_native']:.3f}"))
        if "rdflib" not in args.skip:
            _say(f"rdflib in-memory Graph: {sizes.rdflib_triples:,} triples...")
            found = bench_rdflib(sizes, nquads, timeout=1800)
            result["rdflib"] = found
            if "error" in found:
                table.append((f"rdflib in-memory at {sizes.rdflib_triples:,} triples", found["error"]))
            else:
                table.append((f"rdflib in-memory Graph load {found['triples']:,} triples", f"{found['load_s']:.1f} s"))
                for name, ms in found["rdflib_ms"].items():
                    table.append((f"rdflib {name}", f"{ms:.1f} ms (x{ms / found['native_ms'][name]:.1f} in-memory pyoxigraph)"))
        if "load" not in args.skip:
            _say(f"load: kg add of {sizes.load_articles:,} articles, --workers {sizes.load_workers}...")
            found = bench_load(sizes, world, work)
            result["load"] = found
            table.append((f"load: kg add {found['articles']:,} articles (--workers {found['workers']})",
                          f"{found['seconds']:.1f} s ({found['per_s']:.2f}/s), peak RSS {found['peak_rss_mb']:.0f} MB, "
                          f"store {found['store_mb']:.1f} MB"))
        if "view" not in args.skip:
            _say("view: render_html...")
            found = bench_view(sizes, world, work)
            result["view"] = found
            for nodes, figures in found.items():
                table.append((f"view: render_html {int(nodes):,} nodes",
                              figures.get("error") or f"{figures['seconds']:.2f} s ({figures['edges']:,} edges, {figures['mb']:.1f} MB)"))
        if "cluster" not in args.skip:
            _say(f"cluster: kg add --cluster over {sizes.cluster_articles} articles at 1 and 2 Dask workers...")
            from bench import cluster

            found = cluster.measure(sizes.cluster_articles)
            result["cluster"] = found
            result["cluster_efficiency"] = round(found["cluster_efficiency"], 3)
            table += [(f"cluster: {name}", value) for name, value in cluster.rows(found)]
    width = max(len(name) for name, _ in table) if table else 10
    for name, value in table:
        print(f"{name:<{width}}  {value}")
    print(json.dumps(_rounded(result), default=str))


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(item) for item in value]
    return value


if __name__ == "__main__":
    main()
