"""kg add --cluster against plain kg add: throughput at 1 and 2 Dask workers, peak memory per worker, a server's update rate.

    .venv/bin/python bench/cluster.py                    # 200 articles (a few minutes on 2 cores)
    .venv/bin/python bench/cluster.py --articles 10000 --memory-only   # the long run: flat memory per worker
    .venv/bin/python bench/run.py --skip ...             # the same figures as a section of kg's benchmarks

Each figure is wall clock over the same generated articles (bench/synth.py), the cluster already started and its
workers warm (the pipeline loaded), so what is timed is the run a team repeats, not the cluster's start-up:
- `plain_per_s`: `kg.ingest.ingest` in one process (plain `kg add`), embedded store;
- `cluster_1_per_s`, `cluster_2_per_s`: `kg add --cluster` over a loopback cluster of 1 and 2 single-threaded workers,
  embedded store (the workers parse, extract and map; the client writes); `cluster_efficiency` = cluster_2 / (2 x cluster_1);
- `server_2_per_s`: 2 workers writing to an `oxigraph serve` store themselves;
- `server_updates_per_s`: how many article updates the server takes a second from one writer (the ceiling of any cluster);
- `worker_peak_rss_mb`: each worker's peak resident memory (VmHWM) after the runs.
Prints a table, then one JSON line. The machine may be shared: the load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synth import article_text, make_world  # noqa: E402


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class _MemorySampler:
    """Each worker's resident memory every few seconds of a timed run (started once the pipeline is loaded and
    warm): flat memory means the last tenth of the samples is not above the first tenth."""

    def __init__(self, client: Any, every: float = 5.0) -> None:
        import threading

        self.client, self.every, self.samples = client, every, []  # type: list[list[float]]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        start = time.perf_counter()
        while not self._stop.wait(self.every):
            try:
                self.samples.append(sorted(self.client.run(_rss_mb).values()))
            except Exception:  # noqa: BLE001 - a sample missed while a worker is busy is not a result
                continue
            # each sample on stderr as it is taken, so a long run stopped early still shows its curve
            print(f"{time.perf_counter() - start:7.0f} s  worker RSS {self.samples[-1]} MB", file=sys.stderr, flush=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict[str, Any]:
        if len(self.samples) < 4:
            return {"samples": len(self.samples)}
        tenth = max(1, len(self.samples) // 10)
        early = max(max(sample) for sample in self.samples[:tenth])
        late = max(max(sample) for sample in self.samples[-tenth:])
        return {"samples": len(self.samples), "rss_mb_first_tenth": early, "rss_mb_last_tenth": late,
                "rss_growth": late / early}


def _timed_cluster(address: str, folder: Path, store: Path, warm: Path, sampler: _MemorySampler | None = None) -> float:
    from kg.distributed import ingest_on_cluster
    from kg.store import open_store

    with open_store(str(store.with_name(store.name + "-warm")), write=True) as opened:  # the pipeline loaded on every worker
        ingest_on_cluster([str(warm)], opened, address)
    if sampler:
        sampler.start()
    with open_store(str(store), write=True) as opened:
        start = time.perf_counter()
        report = ingest_on_cluster([str(folder)], opened, address)
        elapsed = time.perf_counter() - start
    if sampler:
        sampler.stop()
    assert not report.failed and len(report.added) == len(list(folder.iterdir())), report
    return elapsed


def _serve(location: Path) -> tuple[subprocess.Popen[bytes], str]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    binary = Path(sys.executable).with_name("oxigraph")
    process = subprocess.Popen([str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, f"http://127.0.0.1:{port}/query"
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("oxigraph serve did not start") from None
            time.sleep(0.05)


def _server_update_rate(url: str, folder: Path, limit: int) -> float:
    """Article updates a second from one writer: the graphs made first, so only the server's writes are timed."""
    from kg.article import read_articles
    from kg.ingest import process
    from kg.store import open_store

    graphs = [graph for _, _, graph in process(list(read_articles([str(folder)]))[:limit])]
    with open_store(url, write=True) as store:
        start = time.perf_counter()
        for graph in graphs:
            store.put_graph(graph)
        return len(graphs) / (time.perf_counter() - start)


def _write_articles(work: Path, articles: int) -> tuple[Path, Path]:
    world = make_world()
    folder, warm = work / "articles", work / "warm"
    folder.mkdir()
    warm.mkdir()
    for number in range(articles):
        (folder / f"article-{number:05d}.txt").write_text(article_text(world, number), encoding="utf-8")
    for number in range(4):
        (warm / f"warm-{number}.txt").write_text(article_text(world, 900_000 + number), encoding="utf-8")
    return folder, warm


def _plain(work: Path, folder: Path, warm: Path, articles: int) -> float:
    from kg.ingest import ingest
    from kg.store import open_store

    with open_store(str(work / "plain-warm"), write=True) as store:
        ingest([str(warm)], store)
    with open_store(str(work / "plain"), write=True) as store:
        start = time.perf_counter()
        ingest([str(folder)], store)
        return articles / (time.perf_counter() - start)


def _server_figures(client: Any, address: str, work: Path, folder: Path, articles: int) -> dict[str, Any]:
    from kg.distributed import ingest_on_cluster
    from kg.store import open_store

    result: dict[str, Any] = {}
    server, url = _serve(work / "server")
    try:
        start = time.perf_counter()
        with open_store(url, write=True) as store:
            report = ingest_on_cluster([str(folder)], store, address)
        result["server_2_per_s"] = len(report.added) / (time.perf_counter() - start)
        result["worker_peak_rss_mb"] = sorted(client.run(_peak_rss_mb).values())
        server.terminate()
        server.wait()
        server, url = _serve(work / "server-rate")
        result["server_updates_per_s"] = _server_update_rate(url, folder, min(articles, 100))
    finally:
        server.terminate()
        server.wait()
    return result


def measure(articles: int, memory_only: bool = False) -> dict[str, Any]:
    """All the cluster figures over `articles` generated articles; `memory_only`: just 2 workers into an embedded
    store, sampling each worker's memory through the run (the long run for flat memory)."""
    from distributed import Client, LocalCluster

    result: dict[str, Any] = {"articles": articles, "cpus": os.cpu_count()}
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="kg-bench-cluster-") as tmp:
        work = Path(tmp)
        folder, warm = _write_articles(work, articles)
        if not memory_only:
            result["plain_per_s"] = _plain(work, folder, warm, articles)
        for workers in (2,) if memory_only else (1, 2):
            loads.append(os.getloadavg()[0])
            with LocalCluster(n_workers=workers, threads_per_worker=1, host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster, \
                    Client(cluster) as client:
                address = cluster.scheduler_address
                sampler = _MemorySampler(client)
                seconds = _timed_cluster(address, folder, work / f"cluster-{workers}", warm, sampler)
                result[f"cluster_{workers}_per_s"] = articles / seconds
                if workers == 2:
                    result["worker_memory"] = sampler.summary()
                    result["worker_peak_rss_mb"] = sorted(client.run(_peak_rss_mb).values())
                if workers == 2 and not memory_only:
                    result.update(_server_figures(client, address, work, folder, articles))
        loads.append(os.getloadavg()[0])
    if not memory_only:
        result["cluster_efficiency"] = result["cluster_2_per_s"] / (2 * result["cluster_1_per_s"])
    result["load_average"] = [round(load, 1) for load in loads]
    return result


def rows(result: dict[str, Any]) -> list[tuple[str, str]]:
    """The figures as (name, value) lines, for this script's table and bench/run.py's."""
    named = [("plain_per_s", "plain kg add (1 process)", "{:.2f} articles/s"),
             ("cluster_1_per_s", "kg add --cluster, 1 worker", "{:.2f} articles/s"),
             ("cluster_2_per_s", "kg add --cluster, 2 workers", "{:.2f} articles/s"),
             ("cluster_efficiency", "cluster_efficiency", "{:.3f}"),
             ("server_2_per_s", "2 workers writing to oxigraph serve", "{:.2f} articles/s"),
             ("server_updates_per_s", "oxigraph serve updates, 1 writer", "{:.1f} articles/s")]
    found = [(label, form.format(result[key])) for key, label, form in named if key in result]
    found.append(("peak RSS per worker", ", ".join(f"{mb:.0f} MB" for mb in result["worker_peak_rss_mb"])))
    memory = result.get("worker_memory", {})
    if "rss_growth" in memory:
        found.append(("worker RSS, first vs last tenth of the run",
                      f"{memory['rss_mb_first_tenth']:.0f} -> {memory['rss_mb_last_tenth']:.0f} MB (x{memory['rss_growth']:.3f}, "
                      f"{memory['samples']} samples)"))
    found.append(("load average (1 min) before each part", ", ".join(map(str, result["load_average"]))))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--memory-only", action="store_true", help="only 2 workers, sampling their memory (the long run)")
    args = parser.parse_args()
    result = measure(args.articles, args.memory_only)
    found = rows(result)
    width = max(len(name) for name, _ in found)
    for name, value in found:
        print(f"{name:<{width}}  {value}")
    print(json.dumps({key: round(value, 4) if isinstance(value, float) else value for key, value in result.items()}))


if __name__ == "__main__":
    main()
