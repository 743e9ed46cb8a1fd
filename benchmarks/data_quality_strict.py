"""Session 21 (issue 17): the strict rule on every set, and ``strict`` (its flags while it flags few rows), tabled.

Reads ``benchmarks/results/data_quality_strict.json`` (written by ``data_quality_ordinal.py --out`` with the
``strict`` variants; every row a run of one set, noise cell and seed, all variants replayed on the same
per-epoch probabilities) and prints, per group, cells meeting both goals (7 per set: 0 % met under 1 % of the
rows flagged, a noisy cell met at seed-mean precision >= 0.85 and recall >= 0.8), sets under 1 % at 0 % and the
summed F1 of seed-mean precision and recall over the noisy cells.

Besides the rows run, ``hybrid:<twin>@<share>`` is composed per run: the ``<twin>`` row where it flagged under
``<share>`` of the rows, else the plain row (what the detector option ``strict=<share>`` reports with that twin;
``strict0.01`` ran as the option itself and is checked against its composition). The share and the twin are chosen
on the tuning part (``strict_tuning``: most cells met, then highest summed F1, then the smaller share), and the
seen rounds (13-21, and 22 where stored) are reported as a check, ordered and unordered sets apart.

    python benchmarks/data_quality_strict.py [--results FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_actions import NOISE, round_of  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_strict.json"
ORDINAL = Path(__file__).resolve().parent / "results" / "data_quality_ordinal.json"
PLAIN = "odds0.25"
#: the twins a hybrid can use (the ordered rule's rows on any set) and the shares of the rows it is chosen among
TWINS = {"deep+margin": "ordered:deep0.05+margin8", "deep0.05": "ordered:deep0.05"}
SHARES = (0.005, 0.01, 0.015, 0.02, 0.03)
#: twins added after the first tables (composed and shown, not among the choice's candidates)
LATER_TWINS = {"deep-all0.05": "ordered:deep-all0.05"}
#: the sets whose classes are ordered grades (declared by their authors; session 20's ``DECLARED``)
ORDERED = ("ordT5", "ordT6", "ordT7", "ordT6w", "ordT8w", "wear5", "retina5", "credit7", "storm6", "otolith7",
           "fibrosis5", "pave7", "avalanche5", "banana7", "lameness5", "cefr6", "quake5", "frailty7", "vei6",
           "clarity8", "wheat6", "timber8")


def runs(result: dict, ordinal: dict | None = None) -> dict:
    """{(set, noise, kind, seed): {method: row}} over every part, with the composed hybrids. ``ordinal``: the rows of
    ``data_quality_ordinal.json``'s round parts (13 .., the same training runs: the plain and deep+margin rows
    stored since sessions 17-20), under those of ``result``."""
    out: dict = {}
    parts = [rows for part, rows in (ordinal or {}).items() if part.startswith("round")]
    # the class-permutation controls (``PART_permSEED``) are the same sets relabelled: tabled apart (``control``)
    parts += [rows for part, rows in result.items() if part != "seconds" and "_perm" not in part]
    for rows in parts:
        for r in rows:
            out.setdefault((r["data"], r["noise"], r["kind"], r["seed"]), {})[r["method"]] = r
    for key, methods in list(out.items()):
        if PLAIN not in methods or not all(twin in methods for twin in TWINS.values()):
            del out[key]  # compared on the runs with every row to compose from (the same runs for each method)
            continue
        for label, twin in {**TWINS, **LATER_TWINS}.items():
            if twin in methods:
                for share in SHARES:
                    use = methods[twin]["flagged"] < share * methods[twin]["rows"]
                    methods[f"hybrid:{label}@{share}"] = methods[twin] if use else methods[PLAIN]
        # noticed on the seen rounds, not chosen (deep 0.05 lost 10 cells to the plain rule on the tuning sets): the
        # strict flags while under 1 %, else deep 0.05's instead of the plain rule's
        few = methods[TWINS["deep+margin"]]["flagged"] < 0.01 * methods[PLAIN]["rows"]
        methods["hybrid:deep+margin@0.01>deep0.05"] = methods[TWINS["deep+margin"]] if few else methods[TWINS["deep0.05"]]
    return out


def score(pool: dict, names: list, method: str) -> tuple[int, int, float]:
    """(cells met, sets under 1 % at 0 %, summed noisy F1) of ``method`` over ``names`` (seed means)."""
    met, clean, f1 = 0, 0, 0.0
    for name in names:
        for rate, kind in NOISE:
            sel = [m[method] for (n, r, k, _), m in pool.items() if n == name and r == rate
                   and (k == kind or not rate) and method in m]
            if not sel:
                continue
            if not rate:
                ok = np.mean([r["flagged_share"] for r in sel]) < 0.01
                met, clean = met + ok, clean + ok
                continue
            p, rc = np.mean([r["precision"] or 0.0 for r in sel]), np.mean([r["recall"] for r in sel])
            met += p >= 0.85 and rc >= 0.8
            f1 += 2 * p * rc / (p + rc) if p + rc else 0.0
    return int(met), int(clean), round(float(f1), 2)


def groups(pool: dict) -> dict:
    names = sorted({k[0] for k in pool})
    tuning = [n for n in names if round_of(n) is None]
    seen = [n for n in names if round_of(n) is not None and 13 <= round_of(n) <= 22]
    return {"tuning ordered": [n for n in tuning if n in ORDERED],
            "tuning unordered": [n for n in tuning if n not in ORDERED],
            "seen ordered": [n for n in seen if n in ORDERED], "seen unordered": [n for n in seen if n not in ORDERED]}


def choose(pool: dict, tuning: list) -> str:
    """The hybrid chosen on ``tuning``: most cells met, then highest summed F1, then the smaller share."""
    labels = [f"hybrid:{t}@{s}" for t in TWINS for s in SHARES]
    scores = {m: score(pool, tuning, m) for m in labels}
    return max(labels, key=lambda m: (scores[m][0], scores[m][2], -float(m.split("@")[1])))


def control(result: dict) -> list[str]:
    """Rows of the class-permutation control: per set in a ``PART_permSEED`` part, the plain rule and ``strict0.01``
    on the same classes as stored and relabelled by the fixed permutation (cells met, share flagged at 0 %, summed
    noisy F1). A gain that rests on look-alike classes at neighbouring indices leaves with the permutation."""
    lines = ["| set | classes | plain: cells / 0 % flagged / F1 | strict0.01: cells / 0 % flagged / F1 |",
             "|---|---|---|---|"]
    for part in sorted(p for p in result if "_perm" in p):
        base = part.split("_perm")[0]
        for label, rows in (("as stored", result.get(base, [])), (f"permuted ({part.split('_perm')[1]})",
                                                                   result[part])):
            pool: dict = {}
            names = sorted({r["data"] for r in result[part]})
            for r in rows:
                if r["data"] in names:
                    pool.setdefault((r["data"], r["noise"], r["kind"], r["seed"]), {})[r["method"]] = r
            for name in names:
                cols = []
                for m in (PLAIN, "strict0.01"):
                    met, _, f1 = score(pool, [name], m)
                    zero = [v[m]["flagged_share"] for k, v in pool.items() if k[0] == name and not k[1] and m in v]
                    cols.append(f"{met} / {100 * float(np.mean(zero)):.2f} % / {f1:.2f}")
                lines.append(f"| {name} ({base}) | {label} | " + " | ".join(cols) + " |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--results", default=str(RESULT))
    ap.add_argument("--ordinal", default=str(ORDINAL), help="the ordinal benchmark's results (its round parts)")
    args = ap.parse_args()
    result = json.loads(Path(args.results).read_text()) if Path(args.results).exists() else {}
    pool = runs(result, json.loads(Path(args.ordinal).read_text()))
    differs = [k for k, m in pool.items() if "strict0.01" in m and "hybrid:deep+margin@0.01" in m and any(
        m["strict0.01"][f] != m["hybrid:deep+margin@0.01"][f] for f in ("flagged", "precision", "recall"))]
    print(f"strict0.01 (the option) against its composition: {len(differs)} of "
          f"{sum('strict0.01' in m for m in pool.values())} runs differ {differs[:5]}")
    sets = groups(pool)
    tuning = sets["tuning ordered"] + sets["tuning unordered"]
    chosen = choose(pool, tuning) if tuning else None
    methods = [PLAIN, "ordered:deep0.05+margin8", "ordered:deep0.02", "ordered:deep0.05", "ordered:deep0.1",
               "ordered:deep", "strict0.01"] + [f"hybrid:{t}@{s}" for t in TWINS for s in SHARES] + \
        ["hybrid:deep+margin@0.01>deep0.05", "ordered:deep-all0.05"] + [f"hybrid:{t}@{s}" for t in LATER_TWINS
                                                                        for s in SHARES]
    print(f"chosen on tuning: {chosen}\n")
    count = {g: sum(k[0] in n for k in pool) for g, n in sets.items()}
    print("| method | " + " | ".join(f"{g} ({len(n)} sets, {count[g]} runs): cells / sets < 1 % at 0 % / noisy F1"
                                      for g, n in sets.items()) + " |")
    print("|---|" + "---|" * len(sets))
    for m in methods:
        if not all(m in v for v in pool.values()):  # a method run on part of the runs is not compared
            continue
        cols = []
        for names in sets.values():
            met, clean, f1 = score(pool, names, m)
            cols.append(f"{met} / {clean} / {f1:.2f}")
        print(f"| {m}{' (chosen)' if m == chosen else ''} | " + " | ".join(cols) + " |")
    if any("_perm" in p for p in result):
        print("\nclass-permutation control (the same sets, classes relabelled before the noise):\n")
        print("\n".join(control(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
