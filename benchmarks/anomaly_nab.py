"""Benchmark: lightwatch's detector on NAB (held-out real series), scored to NAB's published rules.

The 23 files of ``/work/shared/nab`` (realAdExchange, realTraffic, realTweets) go through the CLI's own
path (``anomaly.cli.read_csv`` + ``score_rows(..., "lstm", "both")``, i.e. ``lightwatch anomaly score
FILE --direction both``). A file the CLI refuses (duplicate timestamps, a traceback) is skipped and
listed; the NAB score is then normalised over the files scored. Two readings of the detector's output:

* every flagged row is a detection (NAB scores a detector's per-row output this way: each flagged row
  outside a window is a false positive);
* only the first row of each alert run (the moment an alert would page).

Null and perfect detectors over all files are printed as a check (0 and 100 by construction).
Results: ``benchmarks/results/anomaly_nab.json`` (scores, per-file raw scores, each file's alert runs).

    python benchmarks/anomaly_nab.py        # ~180k points; 3-4 CPU-minutes
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly import cli  # noqa: E402
from anomaly.evaluation import alert_runs  # noqa: E402
from anomaly.nab import NAB_ROOT, PROFILES, first_rows, load_corpus, score_corpus, score_rows  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "anomaly_nab.json"
ROWS = ("every flagged row (as NAB scores a detector)", "alert starts only", "null detector (all files)",
        "perfect detector (all files)")


def _perfect(f) -> np.ndarray:
    d = np.zeros(len(f.values), bool)
    for a, _ in f.windows:
        d[a] = True
    return d


def nab_section(limit_files: int | None = None) -> dict:
    """Our detector on NAB through ``anomaly.cli`` (read_csv + score_rows, --direction both)."""
    files = load_corpus()[:limit_files] if limit_files else load_corpus()
    per_row, starts, refused, runs, t0 = {}, {}, {}, {}, time.perf_counter()
    for f in files:
        try:
            _, ts, vs = cli.read_csv(NAB_ROOT / "data" / f.name)
            res = cli.score_rows(ts, vs, "lstm", "both")
        except (ValueError, OverflowError) as exc:  # today's CLI refuses some real files
            refused[f.name] = f"{type(exc).__name__}: {exc}"
            continue
        flags = np.array([r.is_anomaly for r in res], bool)
        per_row[f.name], starts[f.name], runs[f.name] = flags, first_rows(flags), alert_runs(flags)
    per_file = {name: score_rows(d, {f.name: f for f in files}[name].windows, PROFILES["standard"]).raw
                for name, d in per_row.items()}
    return {"files": len(files), "scored": len(per_row), "refused": refused, "wall_s": time.perf_counter() - t0,
            ROWS[0]: score_corpus(files, per_row), ROWS[1]: score_corpus(files, starts),
            ROWS[2]: score_corpus(files, {f.name: np.zeros(len(f.values), bool) for f in files}),
            ROWS[3]: score_corpus(files, {f.name: _perfect(f) for f in files}),
            "per_file_raw_standard": per_file, "alert_runs": runs, "profiles": PROFILES}


def print_nab(nab: dict) -> None:
    print(f"\nNAB (held-out, {nab['scored']}/{nab['files']} files scored; refused: {len(nab['refused'])})")
    print("| NAB detector | standard | reward_low_FP_rate | reward_low_FN_rate | TP windows | FP rows | FN windows |")
    print("|---|---|---|---|---|---|---|")
    for k in ROWS:
        s = nab[k]
        print(f"| {k} | {s['standard']['score']:.1f} | {s['reward_low_FP_rate']['score']:.1f} | "
              f"{s['reward_low_FN_rate']['score']:.1f} | {s['standard']['tp']} | {s['standard']['fp']} | "
              f"{s['standard']['fn']} |")
    for name, why in nab["refused"].items():
        print(f"- refused: {name}: {why}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--files", type=int, default=None, help="only the first N files (a smoke test)")
    p.add_argument("--out", type=Path, default=OUT)
    a = p.parse_args(argv)
    res = nab_section(a.files)
    print_nab(res)
    print(f"\nwall {res['wall_s']:.0f}s")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=2, sort_keys=True, default=float) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
