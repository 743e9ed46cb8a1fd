"""A blind data-quality round's one look, recomputed from the committed results: its tables and rule figures.

Each look at a blind round N (``docs/results/data-quality.md``, section "Session S: round N's one look") shows four
tables and the figures its rules use. They were computed by throw-away scripts; this one recomputes them from the
committed results only, so a look can be checked and the next round's "before this round" records recounted rather
than carried by hand. It reads, and writes nothing:

- ``benchmarks/results/data_quality_actions.json``: the noise part (the default ``confident``, Bayes test 0.25, and
  ``confident_odds0``, off; two seeds, 1,500 steps and 8 epochs), the filter part (plain flags, five seeds) and
  ``filter_ordered`` (the flags of ``ordered=True``);
- ``data_quality_ordinal.json`` and ``data_quality_strict.json``: part ``roundN``, ``odds0.25`` (the plain rule)
  against ``ordered:deep0.05+margin8`` and ``strict0.01``;
- each round's module ``benchmarks/data_quality_roundK.py`` (read as text, not imported): its sets and ``ORDERED``;
- each round's description in the results page: its author's 10-neighbour baseline error per set (predictions 12
  and 13 pick a set by it; ``--baselines`` gives them for round N instead).

It prints, in this order: the look's four tables (Bayes test 0.25 / off; plain / ordered; the filter table; plain /
strict), byte for byte as the page shows them (checked on rounds 34-63; earlier looks laid some tables out
otherwise); the round's figures (cells met, summed F1, prediction inputs and outcomes); the records through round N
over every round the rules count. Goals (issue 17): a noisy cell meets both at seed-mean precision >= 0.85 and recall
>= 0.80, a clean run when under 1 % of its rows are flagged; F1 is that of the seed-mean precision and recall;
"beyond the spread": the seed-mean change exceeds the seeds' sd (ddof 1). One stated figure does not come out: round
63's look gives strict's summed noisy F1 as "0.173 lower on this round"; its one changed cell costs 0.1724 (0.173 is
the difference of the rounded records, 0.763 - 0.590).

    python benchmarks/data_quality_look.py 63 --sets maturity5,ketosis4,banknote6,pointmc6 --ordered maturity5,ketosis4

Exit 2, with one line naming what is missing, when a round's results (or its sets) are not committed yet.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
DOC = ROOT / "docs" / "results" / "data-quality.md"
#: (rate, kind) of the seven cells; 0 % is the clean run (the rows' ``kind`` is "-")
NOISE = ((0.0, "-"), (0.05, "symmetric"), (0.15, "symmetric"), (0.3, "symmetric"),
         (0.05, "class-dependent"), (0.15, "class-dependent"), (0.3, "class-dependent"))
NOISY = NOISE[1:]
HEAD = ["5 % sym", "15 % sym", "30 % sym", "5 % cd", "15 % cd", "30 % cd"]
PRECISION, RECALL, CLEAN = 0.85, 0.80, 0.01
#: the Bayes test's two settings in the noise part: (label in the look's table, the rows' method)
BAYES = (("0.25", "confident"), ("off", "confident_odds0"))
SCHEDULES = (("1,500 steps", "steps"), ("8 epochs", "8 epochs"))
PLAIN, ORDERED, STRICT = "odds0.25", "ordered:deep0.05+margin8", "strict0.01"
#: the first round each record and prediction counts (the rules' "over the blind rounds 14-N" and "held on rounds
#: 20-..."): rule 1's Bayes record, rule 2's ordered record, rule 3's filter record, rule 7's strict record, and the
#: predictions by number
FIRST = {"bayes": 14, "ordered": 23, "filter": 18, "strict": 23,
         4: 20, 5: 18, 6: 20, 8: 34, 9: 36, 10: 40, 11: 41, 12: 42, 13: 44}


class Missing(Exception):
    """Results (or a round's sets or baselines) the look needs and the committed files lack."""


# --------------------------------------------------------------------------- reading
def _round(split: str) -> int | None:
    """The round of a held-out row's ``split`` ("held-out, round 63" -> 63), else None."""
    return int(split[16:]) if split.startswith("held-out, round ") else None


@lru_cache(maxsize=None)
def results(folder: Path = RESULTS) -> dict:
    """The three results files' rows the looks use: ``index`` by (source, round, set, method, schedule, rate, kind)
    for the noise cells (source "noise", "ordinal" or "strict"), ``filter`` by (round, set, rate) for the plain and
    the ordered filter rows."""
    index: dict[tuple, list[dict]] = {}
    actions = json.loads((folder / "data_quality_actions.json").read_text())
    parts = [("noise", _round(r["split"]), r) for r in actions["noise"] if r["method"] in dict(BAYES).values()]
    for name in ("ordinal", "strict"):
        stored = json.loads((folder / f"data_quality_{name}.json").read_text())
        parts += [(name, int(part[5:]), r) for part, rows in stored.items() if re.fullmatch(r"round\d+", part)
                  for r in rows if r["method"] in (PLAIN, ORDERED, STRICT)]
    for source, rnd, r in parts:
        if rnd is not None:
            index.setdefault((source, rnd, r["data"], r["method"], r["schedule"], r["noise"], r["kind"]), []).append(r)
    filters: dict[str, dict[tuple, list[dict]]] = {"plain": {}, "ordered": {}}
    for store, key in (("filter", "plain"), ("filter_ordered", "ordered")):
        for r in actions.get(store, []):
            if _round(r["split"]) is not None:
                filters[key].setdefault((_round(r["split"]), r["data"], r["noise"]), []).append(r)
    return {"index": index, "filter": filters}


@lru_cache(maxsize=None)
def round_sets(rnd: int) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(sets in the module's order, its ORDERED sets) from ``benchmarks/data_quality_roundK.py``'s text; None if no
    module. Rounds before 17 name no ordered sets."""
    path = ROOT / "benchmarks" / f"data_quality_round{rnd}.py"
    if not path.exists():
        return None
    src = path.read_text()
    gens = re.search(r"^GENERATORS = \{(.*?)\}", src, re.M | re.S)
    ordered = re.search(r"^ORDERED = \((.*?)\)", src, re.M | re.S)
    return (tuple(re.findall(r'"(\w+)":', gens.group(1))) if gens else (),
            tuple(re.findall(r'"(\w+)"', ordered.group(1))) if ordered else ())


@lru_cache(maxsize=None)
def _doc() -> str:
    return " ".join(DOC.read_text().split())


def baselines(rnd: int, sets: tuple[str, ...]) -> dict[str, float]:
    """The author's scaled 10-neighbour baseline error (%) per set, from the section "Round N (...)" of the results
    page ("errs on a / b / c / d % of their rows", in the order the sets are listed)."""
    doc = _doc()
    start = doc.find(f"## Round {rnd} (")
    end = doc.find(" ## ", start)
    text = doc[start:end if end >= 0 else None] if start >= 0 else ""
    m = re.search(r"baseline errs on ([\d.]+(?: / [\d.]+)*) %", text)
    if m is None or len(m.group(1).split(" / ")) != len(sets):
        raise Missing(f"round {rnd}: no baseline errors for {', '.join(sets)} in the section 'Round {rnd} (' of "
                      f"{DOC.relative_to(ROOT)} (give --baselines)")
    return dict(zip(sets, map(float, m.group(1).split(" / "))))


# --------------------------------------------------------------------------- cells
def _mean(xs) -> float:
    """The exact mean, rounded once (``statistics.mean`` sums exactly): a seed mean on a rounding tie (round 57's
    hullfoul5 flag precision, 0.935) then shows as the looks show it, where a float sum's last bit would tip it."""
    return float(statistics.mean(xs))


def _sd(xs) -> float:
    return float(statistics.stdev(xs))


def f1(cell: tuple[float, float]) -> float:
    p, r = cell
    return 2 * p * r / (p + r) if p + r else 0.0


@lru_cache(maxsize=None)
def cell(source: str, rnd: int, name: str, method: str, noise: tuple, schedule: str = "steps"):
    """Seed mean: the share of clean rows flagged at 0 %, else (precision, recall), an empty flag set's precision 0."""
    rows = results()["index"].get((source, rnd, name, method, schedule, *noise))
    if not rows:
        raise Missing(f"{source} rows of {name} ({method}, {schedule}, {noise[0]:g} {noise[1]}) in round {rnd}")
    if not noise[0]:
        return _mean([r["flagged_share"] for r in rows])
    return _mean([r["precision"] or 0.0 for r in rows]), _mean([r["recall"] for r in rows])


def meets(value) -> bool:
    return value < CLEAN if isinstance(value, float) else value[0] >= PRECISION and value[1] >= RECALL


def show(value) -> str:
    text = f"{100 * value:.2f} %" if isinstance(value, float) else f"{value[0]:.2f} / {value[1]:.2f}"
    return f"**{text}**" if meets(value) else text


def met_cells(source, rnd, name, method, schedule="steps", noise=NOISE) -> list[tuple]:
    return [c for c in noise if meets(cell(source, rnd, name, method, c, schedule))]


def noisy_f1(source, rnd, names, method, schedule="steps") -> float:
    return sum(f1(cell(source, rnd, n, method, c, schedule)) for n in names for c in NOISY)


@lru_cache(maxsize=None)
def change(rnd: int, name: str, ordered: bool = False, noise: float = 0.3, what: str = "retrain"):
    """Clean held-out accuracy change against no filtering, points: (seed mean, seeds' sd)."""
    rows = results()["filter"]["ordered" if ordered else "plain"].get((rnd, name, noise))
    if not rows:
        raise Missing(f"{'filter_ordered' if ordered else 'filter'} rows of {name} in round {rnd}")
    deltas = [100 * (r[f"acc_{what}"] - r["acc_none"]) for r in rows]
    return _mean(deltas), _sd(deltas)


def show_change(mean_sd: tuple[float, float]) -> str:
    text = f"{mean_sd[0]:+.1f} ± {mean_sd[1]:.1f}"
    return f"**{text}**" if abs(mean_sd[0]) > mean_sd[1] else text


def cell_name(noise: tuple) -> str:
    return "0 %" if not noise[0] else HEAD[NOISY.index(noise)]


def _row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


# --------------------------------------------------------------------------- the look's tables
def bayes_table(rnd: int, sets, ordered) -> str:
    out = [_row(["set", "Bayes test", "0 % clean flagged", *HEAD]), "|---" * 9 + "|"]
    for name in sets:
        for label, method in BAYES:
            out.append(_row([f"{name} (ordered)" if name in ordered else name, label,
                             *(show(cell("noise", rnd, name, method, c)) for c in NOISE)]))
    return "\n".join(out)


def variant_table(source: str, rnd: int, sets, variant: str, label: str) -> str:
    out = [_row(["set (seeds 0-1)", "variant", "0 %", *HEAD]), "|---" * 9 + "|"]
    for name in sets:
        for method, shown in ((PLAIN, "plain"), (variant, label)):
            out.append(_row([name, shown, *(show(cell(source, rnd, name, method, c)) for c in NOISE)]))
    return "\n".join(out)


def filter_table(rnd: int, sets, ordered) -> str:
    out = [_row(["set", "noise", "no filtering", "plain flags (retrain / drop)",
                 "`ordered=True` flags (retrain / drop)", "flag precision plain → ordered",
                 "flagged plain → ordered"]), "|---" * 7 + "|"]
    for name in sets:
        for noise in (0.15, 0.3):
            kinds = (False, True) if name in ordered else (False,)
            rows = [results()["filter"]["ordered" if k else "plain"].get((rnd, name, noise)) for k in kinds]
            if not all(rows):
                raise Missing(f"filter rows of {name} at {noise:g} in round {rnd}")
            acts = [" / ".join(show_change(change(rnd, name, k, noise, w)) for w in ("retrain", "drop")) for k in kinds]
            prec = [f"{_mean([r['flag_precision'] or 0.0 for r in rs]):.2f}" for rs in rows]
            flagged = [f"{_mean([r['flagged'] for r in rs]):.0f}" for rs in rows]
            none = _mean([100 * r["acc_none"] for r in rows[0]])
            out.append(_row([name, f"{round(100 * noise)}%", f"{none:.1f} %", acts[0], acts[1] if len(acts) > 1 else "",
                             " → ".join(prec), " → ".join(flagged)]))
    return "\n".join(out)


# --------------------------------------------------------------------------- the rules' figures
def _where(name: str, noise: tuple, value) -> str:
    return f"{name} {cell_name(noise)} ({show(value).strip('*')})"


def predictions(rnd: int, sets, ordered, base: dict[str, float] | None) -> dict[int, tuple[bool, str, str]]:
    """Predictions (4)-(13) that count on round ``rnd``: number -> (held, the figures it rests on, the sets that
    failed it where the page names them: prediction 9's)."""
    unordered = [s for s in sets if s not in ordered]
    clean = {s: cell("noise", rnd, s, "confident", NOISE[0]) for s in sets}
    out: dict[int, tuple] = {}

    def shares(names):
        return " + ".join(f"{100 * clean[s]:.2f}" for s in names) + " %"

    if rnd >= FIRST[4]:
        out[4] = (sum(clean[s] for s in ordered) > sum(clean[s] for s in unordered),
                  f"ordered {shares(ordered)}, unordered {shares(unordered)} of clean rows flagged at 0 %")
    if rnd >= FIRST[5]:
        moves = {s: change(rnd, s) for s in sets}
        beyond = [s for s in sets if moves[s][0] > moves[s][1]]
        out[5] = (len(beyond) <= 2, f"retrain at 30 % sym raises beyond the spread on {len(beyond)} of {len(sets)} ("
                  + ", ".join(f"{s} {show_change(moves[s]).strip('*')}" for s in sets) + ")")
    if rnd >= FIRST[6]:
        plain = {s: noisy_f1("ordinal", rnd, [s], PLAIN) for s in unordered}
        variant = {s: noisy_f1("ordinal", rnd, [s], ORDERED) for s in unordered}
        out[6] = (sum(plain.values()) > sum(variant.values()),
                  f"unordered sets' summed noisy F1 plain {sum(plain.values()):.3f} ("
                  + ", ".join(f"{s} {v:.3f}" for s, v in plain.items()) + f") against ordered "
                  f"{sum(variant.values()):.3f} (" + ", ".join(f"{v:.3f}" for v in variant.values()) + ")")
    if rnd >= FIRST[8]:
        changed = [(s, c) for s in sets for c in NOISY
                   if cell("strict", rnd, s, PLAIN, c) != cell("strict", rnd, s, STRICT, c)]
        out[8] = (not any(c[0] >= 0.15 for _, c in changed), "strict changes " + (", ".join(
            f"{s} {cell_name(c)} {show(cell('strict', rnd, s, PLAIN, c)).strip('*')} → "
            f"{show(cell('strict', rnd, s, STRICT, c)).strip('*')}" for s, c in changed) or "no noisy cell"))
    if rnd >= FIRST[9]:
        low = [s for s in ordered if clean[s] <= 0.05]
        out[9] = (not low, f"ordered sets flag {shares(ordered)} of clean rows at 0 %", ", ".join(low))
    if rnd >= FIRST[10]:
        moves = {s: change(rnd, s) for s in ordered}
        out[10] = (any(m < 0 for m, _ in moves.values()), "retrain at 30 % sym on the ordered sets: "
                   + ", ".join(f"{s} {show_change(v).strip('*')}" for s, v in moves.items()))
    if rnd >= FIRST[11]:
        values = {(s, c): cell("noise", rnd, s, "confident", c) for s in ordered for c in NOISY}
        hits = [k for k, v in values.items() if meets(v)]
        best = max(values, key=lambda k: f1(values[k]))
        out[11] = (not hits, f"ordered sets' noisy cells meeting both goals: {len(hits)}; best by F1 "
                   + _where(*best, values[best]))
    if rnd >= min(FIRST[12], FIRST[13]) and base is None:  # the module's order is the description's
        base = baselines(rnd, (round_sets(rnd) or (tuple(sets),))[0])
    if rnd >= FIRST[12] and unordered:
        easy = min(unordered, key=base.get)
        values = {c: cell("noise", rnd, easy, "confident", c) for c in NOISY}
        hits = [c for c in NOISY if meets(values[c])]
        near = max((c for c in NOISY if c not in hits), key=lambda c: f1(values[c]), default=None)
        out[12] = (len(hits) >= 2, f"{easy} (baseline {base[easy]:g} %) meets both goals on {len(hits)} of 6 noisy "
                   "cells" + "".join(f"; {_where(easy, c, values[c])}" for c in hits)
                   + (f"; nearest other {_where(easy, near, values[near])}" if near else ""))
    if rnd >= FIRST[13] and len(ordered) == 2:
        easier, harder = sorted(ordered, key=base.get)
        out[13] = (clean[easier] < clean[harder], f"{easier} (baseline {base[easier]:g} %) flags "
                   f"{100 * clean[easier]:.2f} %, {harder} ({base[harder]:g} %) {100 * clean[harder]:.2f} %")
    return out


def round_figures(rnd: int, sets, ordered, base=None) -> list[str]:
    """The figures the look's rule bullets use, as plain lines."""
    lines = []
    for label, schedule in SCHEDULES:
        met = []
        for b, m in BAYES:
            hits = [_where(s, c, cell("noise", rnd, s, m, c, schedule)) for s in sets
                    for c in met_cells("noise", rnd, s, m, schedule)]
            met.append(f"{b} {len(hits)}" + (f" ({', '.join(hits)})" if hits else ""))
        summed = " against ".join(f"{b} {noisy_f1('noise', rnd, sets, m, schedule):.3f}" for b, m in BAYES)
        lines.append(f"rule (1), {label}: cells meeting both goals {'; '.join(met)}; summed noisy F1 {summed}")
    shares = {s: (cell("ordinal", rnd, s, ORDERED, NOISE[0]), cell("ordinal", rnd, s, PLAIN, NOISE[0]))
              for s in ordered}
    lines.append("rule (2): ordered variant flags " + ", ".join(
        f"{s} {100 * o:.2f} % (plain {100 * p:.2f} %)" for s, (o, p) in shares.items())
        + f"; under 1 %: {', '.join(s for s in ordered if shares[s][0] < CLEAN) or 'none'}; summed F1 over the "
        f"ordered sets' {len(NOISY) * len(ordered)} noisy cells {noisy_f1('ordinal', rnd, ordered, ORDERED):.3f} "
        f"against plain {noisy_f1('ordinal', rnd, ordered, PLAIN):.3f}")
    for s in ordered:
        prec = [_mean([r["flag_precision"] or 0.0 for r in results()["filter"][k][(rnd, s, 0.3)]])
                for k in ("ordered", "plain")]
        lines.append(f"rule (3): {s} at 30 % sym, retrain without the ordered flags "
                     f"{show_change(change(rnd, s, True)).strip('*')}, plain flags "
                     f"{show_change(change(rnd, s)).strip('*')}; flags right {100 * prec[0]:.0f} % (plain "
                     f"{100 * prec[1]:.0f} %)")
    cells7 = {m: [(s, c) for s in sets for c in met_cells("strict", rnd, s, m)] for m in (STRICT, PLAIN)}
    lines.append("rule (7): cells meeting both goals " + ", ".join(
        f"{m} {len(v)} (" + ", ".join(_where(s, c, cell('strict', rnd, s, m, c)) for s, c in v) + ")"
        for m, v in cells7.items()) + f"; summed noisy F1 strict minus plain "
        f"{noisy_f1('strict', rnd, sets, STRICT) - noisy_f1('strict', rnd, sets, PLAIN):+.3f}")
    for number, (held, figures, *_) in predictions(rnd, sets, ordered, base).items():
        lines.append(f"prediction ({number}) {'held' if held else 'failed'}: {figures}")
    return lines


def spans(rounds) -> list[str]:
    """Rounds as the page writes them: runs of three or more as "a-b", others one by one."""
    runs: list[list[int]] = []
    for r in sorted(rounds):
        if runs and runs[-1][-1] == r - 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    items: list[str] = []
    for run in runs:
        items += [f"{run[0]}-{run[-1]}"] if len(run) > 2 else [str(r) for r in run]
    return items


@lru_cache(maxsize=None)
def records(through: int) -> dict:
    """The records through round ``through`` over every round the rules count (each round's sets and ordered sets
    from its module; baselines from its description)."""
    def sets_of(rnd):
        found = round_sets(rnd)
        if found is None:
            raise Missing(f"benchmarks/data_quality_round{rnd}.py (round {rnd}'s sets)")
        return found

    out: dict = {"through": through}
    rounds = range(FIRST["bayes"], through + 1)
    out["bayes"] = {(b, schedule): sum(len(met_cells("noise", r, s, m, schedule))
                                       for r in rounds for s in sets_of(r)[0])
                    for b, m in BAYES for _, schedule in SCHEDULES}
    rounds = range(FIRST["ordered"], through + 1)
    ordered = [(r, s) for r in rounds for s in sets_of(r)[1]]
    out["ordered"] = {m: (sum(cell("ordinal", r, s, m, NOISE[0]) < CLEAN for r, s in ordered),
                          sum(noisy_f1("ordinal", r, [s], m) for r, s in ordered)) for m in (ORDERED, PLAIN)}
    out["ordered_sets"] = len(ordered)
    moves = {s: change(r, s, True) for r in range(FIRST["filter"], through + 1) for s in sets_of(r)[1]}
    out["filter"] = {"sets": len(moves), "gain": sum(m > 0 for m, _ in moves.values()),
                     "lower": [s for s, (m, _) in moves.items() if m < 0],
                     "beyond": sum(m > sd for m, sd in moves.values())}
    rounds = range(FIRST["strict"], through + 1)
    out["strict"] = {m: (sum(len(met_cells("strict", r, s, m)) for r in rounds for s in sets_of(r)[0]),
                         sum(noisy_f1("strict", r, sets_of(r)[0], m) for r in rounds)) for m in (STRICT, PLAIN)}
    held: dict[int, dict[int, tuple]] = {}
    for r in range(min(v for k, v in FIRST.items() if isinstance(k, int)), through + 1):
        sets, ordered_sets = sets_of(r)
        for number, outcome in predictions(r, sets, ordered_sets, None).items():
            held.setdefault(number, {})[r] = outcome
    out["predictions"] = held
    return out


def record_lines(rec: dict) -> list[str]:
    n = rec["through"]
    bayes = {b: sum(v for (bb, _), v in rec["bayes"].items() if bb == b) for b, _ in BAYES}
    lines = [f"(1) rounds {FIRST['bayes']}-{n}, both schedules, cells meeting both goals: "
             + ", ".join(f"{b}: {v}" for b, v in bayes.items()) + " (1,500 steps "
             + ", ".join(f"{b} {rec['bayes'][(b, 'steps')]}" for b, _ in BAYES) + "; 8 epochs "
             + ", ".join(f"{b} {rec['bayes'][(b, '8 epochs')]}" for b, _ in BAYES)
             + f"); off needs {bayes['0.25'] - bayes['off'] + 1} more cells than 0.25 on round {n + 1} to lead"]
    (o_under, o_f1), (p_under, p_f1) = rec["ordered"][ORDERED], rec["ordered"][PLAIN]
    k = rec["ordered_sets"]
    lines.append(f"(2) ordered sets of rounds {FIRST['ordered']}-{n}: {ORDERED} under 1 % at 0 % on {o_under} of {k} "
                 f"sets against the plain test's {p_under} of {k}; summed noisy F1 {o_f1:.3f} against {p_f1:.3f}")
    f = rec["filter"]
    lines.append(f"(3) ordered sets of rounds {FIRST['filter']}-{n}: {f['sets']} sets; retraining without the "
                 f"ordered flags at 30 % sym gains on {f['gain']}, lowers on {len(f['lower'])}"
                 + (f" ({', '.join(f['lower'])})" if f["lower"] else "") + f", beyond the spread on {f['beyond']}")
    (s_cells, s_f1), (p_cells, p_f1) = rec["strict"][STRICT], rec["strict"][PLAIN]
    lines.append(f"(7) rounds {FIRST['strict']}-{n}: {STRICT} meets {s_cells} cells against {PLAIN}'s {p_cells}; "
                 f"summed noisy F1 {p_f1 - s_f1:.3f} below")
    for number, outcomes in sorted(rec["predictions"].items()):
        held = [r for r, (ok, *_) in outcomes.items() if ok]
        failed = [r for r, (ok, *_) in outcomes.items() if not ok]
        named = {r: o[2] for r, o in outcomes.items() if not o[0] and len(o) > 2 and o[2]}
        failed = [f"{r} ({named[r]})" for r in failed] if named else spans(failed)
        lines.append(f"({number}) held {', '.join(spans(held)) or 'none'}; failed {', '.join(failed) or 'none'}")
    return lines


# --------------------------------------------------------------------------- command line
def check(rnd: int, sets, ordered) -> None:
    """Raise :class:`Missing` naming every result of round ``rnd`` the look needs and the files lack."""
    index, filters = results()["index"], results()["filter"]
    lacking = {"data_quality_actions.json noise": [s for s in sets if ("noise", rnd, s, "confident", "steps",
                                                                       *NOISE[0]) not in index],
               "data_quality_actions.json filter": [s for s in sets if (rnd, s, 0.3) not in filters["plain"]],
               "data_quality_actions.json filter_ordered": [s for s in ordered
                                                            if (rnd, s, 0.3) not in filters["ordered"]],
               f"data_quality_ordinal.json round{rnd}": [s for s in sets if ("ordinal", rnd, s, ORDERED, "steps",
                                                                             *NOISE[0]) not in index],
               f"data_quality_strict.json round{rnd}": [s for s in sets if ("strict", rnd, s, STRICT, "steps",
                                                                            *NOISE[0]) not in index]}
    lacking = {k: v for k, v in lacking.items() if v}
    if lacking:
        raise Missing(f"round {rnd}'s look is not in benchmarks/results/ (not run yet?): no rows in "
                      + "; ".join(f"{k} for {', '.join(v)}" for k, v in lacking.items()))


def look(rnd: int, sets=None, ordered=None, base=None) -> str:
    """The whole printout for round ``rnd``: sets and ordered sets default to the round's module, else to the sets of
    its stored noise rows (ordered: none)."""
    found = round_sets(rnd)
    if sets is None:
        sets = found[0] if found else tuple(dict.fromkeys(k[2] for k in results()["index"] if k[:2] == ("noise", rnd)))
    if not sets:
        raise Missing(f"round {rnd}'s look is not in benchmarks/results/: no rows of round {rnd} in "
                      "data_quality_actions.json, data_quality_ordinal.json or data_quality_strict.json, and no "
                      f"benchmarks/data_quality_round{rnd}.py names its sets")
    ordered = tuple(ordered) if ordered is not None else (found[1] if found else ())
    if not set(ordered) <= set(sets):
        raise ValueError(f"--ordered {', '.join(ordered)}: not all in --sets {', '.join(sets)}")
    check(rnd, sets, ordered)
    parts = [bayes_table(rnd, sets, ordered), variant_table("ordinal", rnd, sets, ORDERED, "ordered"),
             filter_table(rnd, sets, ordered), variant_table("strict", rnd, sets, STRICT, "strict"),
             "\n".join([f"Round {rnd}'s figures:"] + [f"- {x}" for x in round_figures(rnd, sets, ordered, base)]),
             "\n".join([f"Records through round {rnd}:"] + [f"- {x}" for x in record_lines(records(rnd))])]
    return "\n\n".join(parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("round", type=int, help="the round whose look to print (its results must be committed)")
    ap.add_argument("--sets", help="comma-separated sets in the look's order (default: the round's module)")
    ap.add_argument("--ordered", help="comma-separated ordered sets among them (default: the module's ORDERED)")
    ap.add_argument("--baselines", help="set=error%%,... the author's baseline errors for predictions 12 and 13 "
                                        "(default: the round's description in docs/results/data-quality.md)")
    args = ap.parse_args(argv)
    try:
        base = {k: float(v) for k, v in (x.split("=") for x in args.baselines.split(","))} if args.baselines else None
    except ValueError:
        print(f"--baselines={args.baselines!r}: use set=error,... (e.g. maturity5=44.4)", file=sys.stderr)
        return 2
    try:
        print(look(args.round, tuple(args.sets.split(",")) if args.sets else None,
                   tuple(s for s in args.ordered.split(",") if s) if args.ordered is not None else None, base))
    except (Missing, ValueError) as err:
        print(f"data_quality_look: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
