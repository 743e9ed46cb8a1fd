"""Cardinality of a real scrape, and a real Prometheus under >= 128 ranks' worth of series, on loopback.

Stage 1 (cardinality): run ``lightwatch demo`` (one process, every plugin) and the 3D demo
(``--parallel``, pp=2 dp=2 tp=1) and scrape their ``/metrics``; count series by metric family
(histograms: every ``_bucket``/``_sum``/``_count``/``_created`` sample is a series).

Stage 2 (load): the per-rank series set (the union of both captures, families of rank 0 and rank 1)
is the template of a *synthetic rank*; ``--processes`` worker processes each serve
``ranks / processes`` of them, one lightwatch :class:`~monitor.exporter.MetricsExporter` per rank on
its own loopback port (Prometheus targets need distinct host:port; a rank's exposition, labels and
size are those of a real rank, counters grow, gauges move). A real Prometheus finds them through
file_sd (16 ranks per ``node``), scrapes every ``--interval`` and evaluates the generated recording
and alerting rules (dashboards/build/rules) at the same interval, for ``--seconds``. Measured at
the end: Prometheus RSS (/proc), head series, scrape duration per target (``scrape_duration_seconds``
over the whole run), rule group evaluation time, and the latency of every dashboard panel query
(range query over the run at a 5 s step, ``$rank`` = All; best and median of 5) — at each load in
``--ranks``. The machine's load average is recorded too: on a shared machine the CPU-bound
figures (scrape and query latency, rule evaluation) are upper bounds.

Stage 3 (extrapolation): per-series costs from the two loads (see docs/scaling.md for the method).

Usage (about 6 minutes on 2 cores)::

    PYTHONPATH=. OMP_NUM_THREADS=1 python benchmarks/prometheus_load.py --ranks 32,128 --seconds 120

Writes benchmarks/results/prometheus_load.json.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prometheus_client.core import Metric  # noqa: E402
from prometheus_client.parser import text_string_to_metric_families  # noqa: E402

from monitor import promql, stack  # noqa: E402
from monitor.exporter import free_port  # noqa: E402

RANKS_PER_NODE = 16
CUMULATIVE = ("_total", "_count", "_sum", "_bucket")


# ------------------------------------------------------------------ stage 1: a real scrape
def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read().decode()


def _capture(cmd: list[str], urls: list[str], workdir: Path, timeout: float = 240.0) -> dict[str, str]:
    """Run ``cmd``; scrape every URL once a second while it runs; keep each URL's largest exposition."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")
    best: dict[str, str] = {}
    with open(workdir / "capture.log", "ab") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        try:
            while proc.poll() is None and time.monotonic() < deadline:
                for url in urls:
                    try:
                        text = _get(url)
                    except OSError:
                        continue
                    if text.count("\n") > best.get(url, "").count("\n"):
                        best[url] = text
                time.sleep(1.0)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
    return best


def count_by_family(text: str) -> dict[str, dict]:
    """family -> {"type", "series", "created"}: every sample line is one series (``created``: of them,
    prometheus_client's ``_created`` timestamps)."""
    out = {}
    for fam in text_string_to_metric_families(text):
        base = fam.name[: -len("_created")] if fam.name.endswith("_created") else None
        if base in out:  # the text format has no _created type: the parser makes a gauge family of them
            out[base]["series"] += len(fam.samples)
            out[base]["created"] += len(fam.samples)
        else:
            out[fam.name] = {"type": fam.type, "series": len(fam.samples), "created": 0}
    return out


def cardinality(workdir: Path) -> tuple[dict, list[str]]:
    py = sys.executable
    port = free_port()
    single = _capture([py, "-m", "monitor.cli", "demo", "--steps", "700", "--port", str(port), "--no-stack",
                       "--hold", "8"], [f"http://127.0.0.1:{port}/metrics"], workdir)
    port3 = free_port()
    parallel = _capture([py, "-m", "monitor.cli", "demo", "--parallel", "--steps", "120", "--port", str(port3),
                         "--no-stack"], [f"http://127.0.0.1:{port3 + r}/metrics" for r in range(2)], workdir)
    texts = {"demo (1 process, every plugin)": next(iter(single.values()), ""),
             "3D demo rank 0 (pp=2, dp=2, tp=1)": parallel.get(f"http://127.0.0.1:{port3}/metrics", ""),
             "3D demo rank 1": parallel.get(f"http://127.0.0.1:{port3 + 1}/metrics", "")}
    if not all(texts.values()):
        raise RuntimeError(f"a capture is empty: {[k for k, v in texts.items() if not v]}; see {workdir}/capture.log")
    families = {name: count_by_family(text) for name, text in texts.items()}
    lightwatch = {name: {f: c for f, c in fams.items() if f.startswith("lightwatch_")} for name, fams in families.items()}
    table = {}
    for name, fams in lightwatch.items():
        for fam, c in fams.items():
            table.setdefault(fam, {"type": c["type"]})[name] = c["series"]
    totals = {name: {"lightwatch_series": sum(c["series"] for c in fams.values()),
                     "all_series": sum(c["series"] for c in families[name].values()),
                     "created_series": sum(c["created"] for c in fams.values())}
              for name, fams in lightwatch.items()}
    return {"families": table, "totals": totals}, list(texts.values())


# ------------------------------------------------------------------ stage 2: synthetic ranks
class TemplateRank:
    """A collector replaying a captured exposition for one synthetic rank: counters grow, gauges move."""

    def __init__(self, families: list, rank: int, t0: float) -> None:
        self.families, self.rank, self.t0 = families, str(rank), t0

    def collect(self):
        dt = time.time() - self.t0
        for fam in self.families:
            m = Metric(fam.name, fam.documentation, fam.type, fam.unit)
            for s in fam.samples:
                labels = dict(s.labels)
                if "rank" in labels:
                    labels["rank"] = self.rank
                if "run" in labels:
                    labels["run"] = "load"
                v = s.value
                if s.name.endswith(CUMULATIVE):
                    v = v + v / 100.0 * dt  # monotone, and buckets stay cumulative
                elif not s.name.endswith("_created") and fam.type in ("gauge", "unknown"):
                    v = v * (1.0 + 0.01 * math.sin(dt + int(self.rank)))
                m.add_sample(s.name, labels, v)
            yield m


def _serve(template: str, ranks: list[int], ports: list[int], ready, stop) -> None:
    from prometheus_client import CollectorRegistry

    from monitor.exporter import MetricsExporter

    logging.getLogger("lightwatch").setLevel(logging.WARNING)  # no exporter_started line per synthetic rank
    families = list(text_string_to_metric_families(template))
    t0 = time.time()
    exporters = []
    for rank, port in zip(ranks, ports):
        reg = CollectorRegistry()
        reg.register(TemplateRank(families, rank, t0))
        exporters.append(MetricsExporter(port=port, registry=reg, rank=rank, run="load").start())
    ready.set()
    stop.wait()
    for e in exporters:
        e.stop(push=False)


def _rank_template(texts: list[str]) -> str:
    """One rank's exposition: the demo's families plus the 3D rank's families the demo lacks."""
    out, seen = [], set()
    for text in texts:
        for fam in text_string_to_metric_families(text):
            if fam.name.startswith("lightwatch_") and fam.name not in seen:
                seen.add(fam.name)
                out.append(fam)
    from prometheus_client.exposition import generate_latest

    class _Once:
        def collect(self):
            return out

    return generate_latest(_Once()).decode()


def _rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def _one(url: str, expr: str, t: float | None = None) -> float:
    res = promql.query(url, expr, time=t)
    return float(res[0]["value"][1]) if res else float("nan")


def dashboard_queries() -> list[tuple[str, str, str]]:
    from dashboards.queries import queries_of
    from tests.panel_queries import boards

    return [(title, f"{panel} [{ref}]", expr) for title, board in boards().items()
            for panel, ref, expr in queries_of(board)]


def load(template: str, n_ranks: int, processes: int, seconds: float, interval: str, workdir: Path) -> dict:
    import dashboards

    work = workdir / f"load-{n_ranks}"
    sd = work / "sd"
    sd.mkdir(parents=True)
    ports = [free_port() for _ in range(n_ranks)]
    ctx = mp.get_context("spawn")
    stop = ctx.Event()
    workers = []
    for p in range(processes):
        ranks = list(range(p, n_ranks, processes))
        ready = ctx.Event()
        w = ctx.Process(target=_serve, args=(template, ranks, [ports[r] for r in ranks], ready, stop), daemon=True)
        w.start()
        workers.append((w, ready))
    for w, ready in workers:
        if not ready.wait(120):
            raise RuntimeError("a synthetic exporter process did not start")
    by_node: dict[str, list[str]] = {}
    for r, port in enumerate(ports):
        by_node.setdefault(f"node-{r // RANKS_PER_NODE:03d}", []).append(f"127.0.0.1:{port}")
    (sd / "targets.json").write_text(json.dumps([{"targets": t, "labels": {"job": "lightwatch", "node": n}}
                                                 for n, t in by_node.items()]))
    rules = sorted(str(p) for p in dashboards.RULES_DIR.glob("*.yml"))
    prom_port = free_port()
    self_job = {"job_name": "prometheus", "static_configs": [{"targets": [f"127.0.0.1:{prom_port}"]}]}
    cfg = stack.prometheus_config(file_sd_files=[str(sd / "*.json")], scrape_interval=interval, rule_files=rules,
                                  extra_scrape_configs=[self_job])
    prom = stack.start_prometheus(cfg, work / "prometheus", port=prom_port)
    try:
        t_start = time.time()
        rss = []
        while time.time() - t_start < seconds:
            rss.append(_rss_bytes(prom.process.pid))
            time.sleep(5)
        t_end = time.time()
        rng = f"{int(t_end - t_start) - 10}s"
        up = _one(prom.url, 'count(up{job="lightwatch"} == 1)')
        result = {
            "ranks": n_ranks, "processes": processes, "seconds": round(t_end - t_start, 1), "interval": interval,
            "targets_up": up,
            # share of scrapes that succeeded over the run (a scrape past scrape_timeout = interval fails)
            "scrape_success_ratio": _one(prom.url, f'avg(avg_over_time(up{{job="lightwatch"}}[{rng}]))'),
            "prometheus_cpu_cores": _one(prom.url, f'rate(process_cpu_seconds_total{{job="prometheus"}}[{rng}])'),
            "machine_load_average_1m": os.getloadavg()[0],
            "head_series": _one(prom.url, "prometheus_tsdb_head_series"),
            "lightwatch_series": _one(prom.url, 'count({__name__=~"lightwatch_.+", job="lightwatch"})'),
            "recorded_series": _one(prom.url, 'count({__name__=~".+:.+"})'),
            "samples_per_scrape": _one(prom.url, 'avg(scrape_samples_scraped{job="lightwatch"})'),
            "rss_bytes_end": rss[-1], "rss_bytes_max": max(rss),
            "scrape_duration_s": {
                "mean": _one(prom.url, f'avg(avg_over_time(scrape_duration_seconds{{job="lightwatch"}}[{rng}]))'),
                "p99_of_targets_max": _one(prom.url, f'quantile(0.99, max_over_time(scrape_duration_seconds{{job="lightwatch"}}[{rng}]))'),
                "max": _one(prom.url, f'max(max_over_time(scrape_duration_seconds{{job="lightwatch"}}[{rng}]))'),
            },
            "rule_groups_last_duration_s": {  # mean over the run of each group's evaluation time
                s["metric"]["rule_group"].split(";")[-1]: float(s["value"][1]) for s in promql.query(
                    prom.url, f'avg_over_time(prometheus_rule_group_last_duration_seconds{{job="prometheus"}}[{rng}])')},
            "rule_group_iterations_missed": _one(prom.url, "sum(prometheus_rule_group_iterations_missed_total)"),
            "rule_eval_p99_s": _one(prom.url, 'max(prometheus_rule_evaluation_duration_seconds{quantile="0.99"})'),
        }
        lat = []
        for title, panel, expr in dashboard_queries():
            filled = expr.replace("$run", "load").replace("$rank", ".*")
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                promql.query_range(prom.url, filled, t_start, t_end, 5)
                times.append(time.perf_counter() - t0)
            # best of 5: the run least disturbed by the other processes on the shared machine
            lat.append({"dashboard": title, "panel": panel, "seconds": min(times),
                        "median_seconds": statistics.median(times)})
        result["dashboard_queries"] = lat
        qs = sorted(x["seconds"] for x in lat)
        result["dashboard_query_s"] = {"count": len(qs), "median": statistics.median(qs),
                                       "p95": qs[min(len(qs) - 1, int(0.95 * len(qs)))], "max": qs[-1]}
        return result
    finally:
        prom.stop()
        stop.set()
        for w, _ in workers:
            w.join(10)
            if w.is_alive():
                w.kill()


# ------------------------------------------------------------------ stage 3: extrapolation
def extrapolate(a: dict, b: dict, targets=(1024, 8192)) -> dict:
    """Linear in series between the two measured loads (method: docs/scaling.md)."""
    ds = b["head_series"] - a["head_series"]
    per_series_rss = (b["rss_bytes_max"] - a["rss_bytes_max"]) / ds
    series_per_rank = (b["head_series"] - a["head_series"]) / (b["ranks"] - a["ranks"])
    # CPU seconds are not inflated by waiting for a core the way wall-clock rule/query times are
    cpu_per_series = max(0.0, b["prometheus_cpu_cores"] - a["prometheus_cpu_cores"]) / ds
    out = {"bytes_per_head_series": per_series_rss, "head_series_per_rank": series_per_rank,
           "prometheus_cpu_cores_per_head_series": cpu_per_series}
    lat_a = {(q["dashboard"], q["panel"]): q["seconds"] for q in a["dashboard_queries"]}
    for n in targets:
        series = b["head_series"] + series_per_rank * (n - b["ranks"])
        rules = {g: v + max(0.0, v - a["rule_groups_last_duration_s"].get(g, 0)) / (b["ranks"] - a["ranks"])
                 * (n - b["ranks"]) for g, v in b["rule_groups_last_duration_s"].items()}
        lat = []
        for q in b["dashboard_queries"]:
            la = lat_a[(q["dashboard"], q["panel"])]
            slope = max(0.0, (q["seconds"] - la) / (b["ranks"] - a["ranks"]))
            lat.append(q["seconds"] + slope * (n - b["ranks"]))
        lat.sort()
        out[str(n)] = {"head_series": series, "rss_gib": (b["rss_bytes_max"] + per_series_rss * (series - b["head_series"])) / 2**30,
                       "samples_per_s": series / _seconds(b["interval"]), "rule_eval_s_total": sum(rules.values()),
                       "prometheus_cpu_cores": b["prometheus_cpu_cores"] + cpu_per_series * (series - b["head_series"]),
                       "dashboard_query_s_median": statistics.median(lat), "dashboard_query_s_max": lat[-1]}
    return out


def _seconds(interval: str) -> float:
    return float(interval[:-1]) * {"s": 1, "m": 60}[interval[-1]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ranks", default="32,128", help="comma-separated loads (synthetic ranks); two for the fit")
    ap.add_argument("--processes", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=120.0)
    ap.add_argument("--interval", default="2s", help="scrape and rule evaluation interval (1-5 s)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "prometheus_load.json"))
    ap.add_argument("--extrapolate-only", action="store_true",
                    help="recompute the extrapolation of the loads stored in --out (no measurement)")
    args = ap.parse_args()
    if args.extrapolate_only:
        stored = json.loads(Path(args.out).read_text())
        stored["extrapolation"] = extrapolate(stored["loads"][0], stored["loads"][-1])
        Path(args.out).write_text(json.dumps(stored, indent=1))
        print(json.dumps(stored["extrapolation"], indent=1))
        return 0
    loads = [int(x) for x in args.ranks.split(",")]
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lightwatch-load-") as tmp:
        workdir = Path(tmp)
        card, texts = cardinality(workdir)
        print(json.dumps(card["totals"], indent=1), flush=True)
        template = _rank_template(texts)
        per_rank = sum(1 for line in template.splitlines() if line and not line.startswith("#"))
        results = []
        for n in loads:
            r = load(template, n, args.processes, args.seconds, args.interval, workdir)
            print(json.dumps({k: v for k, v in r.items() if k != "dashboard_queries"}, indent=1), flush=True)
            results.append(r)
    out = {"command": " ".join([Path(sys.argv[0]).name] + sys.argv[1:]), "cardinality": card,
           "synthetic_rank_series": per_rank, "loads": results,
           "extrapolation": extrapolate(results[0], results[-1]) if len(results) > 1 else None,
           "wall_seconds": round(time.monotonic() - t0, 1), "cpus": os.cpu_count()}
    Path(args.out).write_text(json.dumps(out, indent=1))
    print(json.dumps(out["extrapolation"], indent=1))
    print(f"wrote {args.out} in {out['wall_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
