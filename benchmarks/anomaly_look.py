"""One blind look at a generator, recomputed from committed results: its tables, rule figures and records.

Each blind look at a generator N is written up in ``docs/results/anomaly.md`` ("Session S: generator N's one
look"): three tables, a bullet for each of the rules (1)-(19) written before the look ((20), the burst rule's
record, from generator 109's rules on; (21), its sum over the ten looks 119-128 only, from generator 119's
rules on), and records carried over every blind look so far, which the next generator's rules repeat as
"before this look". The scripts that computed those figures were thrown away; this one recomputes them from
the committed files only, so each figure can be checked and the next write-up needs no retyping. It reads
``benchmarks/results/anomaly_heldoutK.json`` (K = 14..N) and ``anomaly_known_change.json`` (rule 2), writes
nothing and prints markdown to stdout.

    python benchmarks/anomaly_look.py 68               # look 68; records through 68 (its look included)
    python benchmarks/anomaly_look.py 68 --through 67  # look 68 beside the records before it

A missing per-look file (a look not run yet) is one line on stderr and exit status 2.

How the records are defined (as the look sections define them, from "Generator 28 ... and its rules" on):

* A part's record is the sum over its blind looks of *on minus off*, each look's 8 rows summed: summed F1,
  events caught, and the difference of the two rows' mean false alarms per 10k (mean over the 8 rows).
* Whether a look's default had the part on is read from its JSON: an ``ablation: ...`` row means the part
  was the default (on = ours, off = the ablation); an ``option: ...`` row means it was off (on = the
  option, off = ours). So the looks where a part was off by default count with the right sign, whatever
  the row was called then: the residual chart at 18, 21 and 27, the late re-baseline at 22, the late fall
  check at 23 and 26 on (an ablation at 24-25), ``settle_noise=3`` through 46 and at 48-49, the hold of raised
  points at 73-151 (an ablation at 14-72 and from 152 on: off by default from generator 72's look to 151's).
* Each record starts at the part's first blind look: forecasters and the hold of raised points 14, the
  deep-change rule 15 (``rules/heldoutK`` rows, told: today's rule minus the session-15 rule), the residual
  chart 18, the late re-baseline 22, the late fall check 23, ``shelf_follow`` and ``settle_noise`` 25.
* Prediction lists start where each prediction was first written (see ``PREDICTIONS``); counts ("held on
  46 of the 55 looks 14-68") start where the doc counts them.
* Records sum exact per-look differences; a look's own bullets state the difference of the printed
  figures (3 decimals for F1, 2 for mean false alarms), so both are printed that way.

Checked against the doc (``tests/test_anomaly_look.py``: looks 67 and 68). Beyond those, the records the
rules sections of generators 47-69 state agree, except the deep-change record through 61 and 62, which
the doc gives as +7.818 and +7.667: it added each look's rounded difference to the rounded record
(+7.529 + 0.289, then − 0.151); the exact sums are +7.8173 and +7.6664 (from 63 on the two agree again).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
FIRST = 14  # the first look in the 8-row layout every record uses
ROWS = ("short", "short+phase", "short+changes", "short+phase+changes",
        "long", "long+phase", "long+changes", "long+phase+changes")
UNTOLD = ("short", "short+phase", "long", "long+phase")  # each one's told row adds "+changes"
PHASE = ("short+phase", "short+phase+changes", "long+phase", "long+phase+changes")
OURS = "ours: ThroughputDetector(lstm)"
NAIVE, ETS, MAD = "ablation: naive forecaster", "ablation: ETS forecaster", "baseline: rolling median/MAD"
TODAY = "changes passed, today's rule (a deep change is the new level)"
S15 = "changes passed, session-15 rule (deep values left out)"
MARGIN_GOAL, MARGIN_FIRST = 0.03, 28  # rule (3)'s met / missed list starts at generator 28
HOLD_COUNT_FIRST = 28  # "its ablation summed above the default on 24 of the 41 looks 28-68"
#: rule (5)'s false-alarm comparison: mean rates per 10k within this are as many (the rates are counts over
#: equal lengths, so two settings with equal counts can differ by a float's rounding, 1e-16)
FA_TIE = 1e-9
MINUS = "\u2212"


class MissingResult(Exception):
    """A committed result file (or a look's rows in it) that a figure needs is not there."""


@dataclass(frozen=True)
class Part:
    """A detector part judged by its record: the row prefixes that turn it off or on at a look."""

    label: str
    first: int
    ablation: str | None  # the row while the part is the default (off = this row)
    option: str | None  # the row while it is off by default (on = this row)


PARTS = {
    "naive": Part("naive forecaster", 14, NAIVE, None),
    "ets": Part("ETS forecaster", 14, ETS, None),
    "chart": Part("residual chart", 18, "ablation: no residual chart", "option: residual"),
    "rebase": Part("late re-baseline", 22, "ablation: no late re-baseline", "option: late re-baseline"),
    "fall": Part("late fall check", 23, "ablation: no late fall check", "option: late fall check"),
    "hold": Part("hold of raised points", 14, "ablation: no hold of raised points",
                 "option: hold of raised points"),
    "shelf": Part("shelf_follow=60 option", 25, None, "option: shelf_follow=60"),
    "settle": Part("settle noise", 25, "ablation: no settle noise", "option: settle_noise=3"),
    # rule (20), from generator 109's rules on: the burst rule (``burst_dip``), judged like the others
    "burst": Part("burst rule", 14, "ablation: no burst rule", "option: burst rule"),
}
#: rule (20)'s report beside its record: the sum over the last looks (a part's margin fading shows here first)
RECENT = 10
#: rule (21), written after generator 118's look and before any look it counts: the burst rule's sum over the ten
#: looks from generator 119 on only (a window fixed in advance, so the looks that showed the fade decide nothing)
FORWARD_FIRST, FORWARD_LOOKS = 119, 10


# -- reading ---------------------------------------------------------------------------------------------

def load_look(k: int, results: Path = RESULTS) -> dict:
    """``{row: {detector: metrics}}`` of generator ``k``'s look."""
    path = results / f"anomaly_heldout{k}.json"
    if not path.is_file():
        raise MissingResult(f"{path} not found: generator {k}'s look has not been run (or not committed)")
    data = json.loads(path.read_text())
    missing = [f"held-out{k}/{row}" for row in ROWS if f"held-out{k}/{row}" not in data]
    if missing:
        raise MissingResult(f"{path} has no {', '.join(missing)}")
    return {row: data[f"held-out{k}/{row}"] for row in ROWS}


def load_looks(through: int, results: Path = RESULTS) -> dict[int, dict]:
    """Looks 14..``through``; a missing ``through`` is named first, before any gap on the way to it."""
    last = load_look(through, results)
    return {k: load_look(k, results) for k in range(FIRST, through)} | {through: last}


def load_known_change(results: Path = RESULTS) -> dict:
    path = results / "anomaly_known_change.json"
    if not path.is_file():
        raise MissingResult(f"{path} not found")
    return json.loads(path.read_text())


def find(look: dict, prefix: str) -> str | None:
    names = [n for n in look["short"] if n.startswith(prefix)]
    if len(names) > 1:
        raise ValueError(f"{prefix!r} matches {names}")
    return names[0] if names else None


def on_off(look: dict, part: Part, k: int) -> tuple[str, str]:
    """The (on, off) rows of ``part`` at look ``k``, whichever was the default then."""
    if part.ablation and (name := find(look, part.ablation)):
        return OURS, name
    if part.option and (name := find(look, part.option)):
        return name, OURS
    raise MissingResult(f"generator {k}'s look has no row for the {part.label}")


def totals(look: dict, name: str, rows=ROWS) -> tuple[float, int, float]:
    """Summed F1, events caught and mean false alarms per 10k of ``name`` over ``rows``."""
    return (sum(look[r][name]["f1"] for r in rows), sum(look[r][name]["caught"] for r in rows),
            sum(look[r][name]["false_alarms_per_10k"] for r in rows) / len(rows))


def diff(look: dict, on: str, off: str) -> tuple[float, int, float]:
    """On minus off, exact: what a record sums."""
    return tuple(a - b for a, b in zip(totals(look, on), totals(look, off)))


def shown_diff(look: dict, on: str, off: str) -> tuple[float, int, float]:
    """On minus off as the look's bullets state it: the difference of the two rows' printed figures."""
    (f_on, c_on, a_on), (f_off, c_off, a_off) = totals(look, on), totals(look, off)
    return round(f_on, 3) - round(f_off, 3), c_on - c_off, round(a_on, 2) - round(a_off, 2)


def told_rows(kc: dict, k: int) -> dict | None:
    keys = [f"rules/heldout{k}/{r}" for r in UNTOLD]
    return {r: kc[key] for r, key in zip(UNTOLD, keys)} if all(key in kc for key in keys) else None


# -- formatting ------------------------------------------------------------------------------------------

def signed(x: float, fmt: str = ".3f") -> str:
    text = format(abs(x), fmt)
    return ("+" if x >= 0 or float(text.replace(",", "")) == 0 else MINUS) + text


def span(looks: list[int]) -> str:
    """``[21, ..., 38, 40, 42, 43]`` -> "21-38, 40, 42 and 43" (a run of three or more as a range)."""
    parts, i = [], 0
    while i < len(looks):
        j = i
        while j + 1 < len(looks) and looks[j + 1] == looks[j] + 1:
            j += 1
        parts += [f"{looks[i]}-{looks[j]}"] if j - i >= 2 else [str(x) for x in looks[i:j + 1]]
        i = j + 1
    if not parts:
        return "none"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def triple(f1: float, caught: int, fa: float) -> str:
    return f"{signed(f1)} / {signed(caught, ',')} / {signed(fa, '.2f')}"


# -- records ---------------------------------------------------------------------------------------------

@dataclass
class Record:
    f1: float
    caught: int
    fa: float
    looks: list[int]
    per_look: dict[int, tuple[float, int, float]]

    def text(self) -> str:
        if not self.looks:
            return "(no blind look yet)"
        first, last = self.looks[0], self.looks[-1]
        return f"{triple(self.f1, self.caught, self.fa)} over {len(self.looks)} looks ({first}-{last})"


def part_record(looks: dict[int, dict], key: str, through: int) -> Record:
    part, per = PARTS[key], {}
    for k in range(part.first, through + 1):
        per[k] = diff(looks[k], *on_off(looks[k], part, k))
    return Record(sum(v[0] for v in per.values()), sum(v[1] for v in per.values()),
                  sum(v[2] for v in per.values()), sorted(per), per)


def deep_record(kc: dict, through: int) -> tuple[float, int, list[int], list[int]]:
    """Rule (2): told rows' summed F1 and catches, today's rule minus the session-15 rule, 15..through."""
    f1 = caught = 0
    had, missing = [], []
    for k in range(15, through + 1):
        rows = told_rows(kc, k)
        if rows is None:
            missing.append(k)
            continue
        had.append(k)
        f1 += sum(r[TODAY]["f1"] - r[S15]["f1"] for r in rows.values())
        caught += sum(r[TODAY]["caught"] - r[S15]["caught"] for r in rows.values())
    return f1, caught, had, missing


def margins(look: dict) -> tuple[float, float]:
    row = look["long+phase"]
    return row[OURS]["f1"] - row[NAIVE]["f1"], row[OURS]["f1"] - row[ETS]["f1"]


def above_both(look: dict, setting: str) -> int:
    return sum(1 for r in ROWS if r.startswith(setting)
               and look[r][OURS]["f1"] > max(look[r][NAIVE]["f1"], look[r][ETS]["f1"]))


def _settle(look: dict, k: int) -> tuple[float, int, float]:
    return diff(look, *on_off(look, PARTS["settle"], k))


# Predictions (10)-(19): (text, whether it held on a look, first look of its held/failed lists, first look
# of its count). The lists start where the prediction was first written: (10) in generator 21's rules,
# (12) 25's, (15) 42's (counted over 28-, as rule (8)'s record), (16) 43's, (17) 44's, (18) 45's.
PREDICTIONS = {
    10: ("the naive ablation has fewer false alarms per 10k than the default on at least 5 of the 8 rows",
         lambda L, k: sum(L[r][NAIVE]["false_alarms_per_10k"] < L[r][OURS]["false_alarms_per_10k"]
                          for r in ROWS) >= 5, 21, 21),
    11: ("the default catches more events than the naive ablation",
         lambda L, k: totals(L, OURS)[1] > totals(L, NAIVE)[1], 14, 14),
    12: ("on the four +phase rows shelf_follow=60 has a lower mean false-alarm rate than the default",
         lambda L, k: totals(L, find(L, "option: shelf_follow=60"), PHASE)[2] < totals(L, OURS, PHASE)[2], 25, 25),
    13: ("the default sums above both forecaster ablations",
         lambda L, k: totals(L, OURS)[0] > max(totals(L, NAIVE)[0], totals(L, ETS)[0]), 14, 14),
    14: ("the told+phase goals are not both met",
         lambda L, k: not (goal_met(L, "short") and goal_met(L, "long")), 14, 14),
    15: ("without the hold of raised points the detector sums above itself with the hold (until generator 72's look "
         'and from 152\'s the ablation "no hold of raised points" above the default)',
         lambda L, k: diff(L, *on_off(L, PARTS["hold"], k))[0] < 0, 42, HOLD_COUNT_FIRST),
    16: ("knowing the phase does not lower the default's untold F1 on both pause settings",
         lambda L, k: not all(L[f"{s}+phase"][OURS]["f1"] < L[s][OURS]["f1"] for s in ("short", "long")), 43, 43),
    17: ("told of its listed changes, the default catches at least as many events as untold on each of the four rows",
         lambda L, k: all(L[told(r)][OURS]["caught"] >= L[r][OURS]["caught"] for r in UNTOLD), 44, 44),
    18: ("the default's mean false alarms per 10k over the 8 rows is above 2",
         lambda L, k: totals(L, OURS)[2] > 2, 45, 45),
    19: ("settle_noise=3 and settle_noise=0 differ by less than 0.1 in summed F1",
         lambda L, k: abs(_settle(L, k)[0]) < 0.1, 25, 25),
}
GOALS = {"short": (0.95, 0.2), "long": (0.90, 1.0)}  # told+phase: F1 at least, false alarms per 10k at most


def told(row: str) -> str:
    return row + "+changes"


def goal_met(look: dict, setting: str) -> bool:
    e = look[f"{setting}+phase+changes"][OURS]
    return e["f1"] >= GOALS[setting][0] and e["false_alarms_per_10k"] <= GOALS[setting][1]


def predictions(looks: dict[int, dict], through: int) -> dict[int, dict]:
    """Per prediction: looks it held / failed on from its list start, and the count from its count start."""
    out = {}
    for n, (_, fn, list_first, count_first) in PREDICTIONS.items():
        held = {k: fn(looks[k], k) for k in range(min(list_first, count_first), through + 1)}
        out[n] = {"held": [k for k, h in held.items() if h and k >= list_first],
                  "failed": [k for k, h in held.items() if not h and k >= list_first],
                  "count": (sum(h for k, h in held.items() if k >= count_first), through - count_first + 1),
                  "count_first": count_first}
    return out


def records(looks: dict[int, dict], kc: dict, through: int) -> dict:
    """Every record the rules use, over the looks from each record's start through ``through``."""
    rec = {key: part_record(looks, key, through) for key in PARTS}
    chart = rec["chart"].per_look
    span_ = range(FIRST, through + 1)
    return {
        "through": through, "parts": rec, "deep": deep_record(kc, through),
        "margin_met": [k for k in range(MARGIN_FIRST, through + 1) if min(margins(looks[k])) >= MARGIN_GOAL],
        "margin_missed": [k for k in range(MARGIN_FIRST, through + 1) if min(margins(looks[k])) < MARGIN_GOAL],
        "above_short": (sum(above_both(looks[k], "short") for k in span_), 4 * len(span_)),
        "above_long": (sum(above_both(looks[k], "long") for k in span_), 4 * len(span_)),
        "chart_fa": ([k for k, v in chart.items() if v[2] < -FA_TIE],
                     [k for k, v in chart.items() if abs(v[2]) <= FA_TIE],
                     [k for k, v in chart.items() if v[2] > FA_TIE]),
        "hold_above": [k for k in range(HOLD_COUNT_FIRST, through + 1) if rec["hold"].per_look[k][0] < 0],
        "predictions": predictions(looks, through),
    }


def record_lines(r: dict) -> list[str]:
    p, n = r["parts"], r["through"]
    f1, caught, had, missing = r["deep"]
    fewer, same, more = r["chart_fa"]
    deep = f"{signed(f1)} F1 / {signed(caught, ',')} caught over {len(had)} looks" if had else "no looks"
    lines = [f"## Records through generator {n}", "",
             f"- (2) deep-change rule, told rows' summed F1 under it minus under the session-15 rule "
             f"(generators 15-{n}): {deep}"
             + (f"; no `--rules-on` rows for {span(missing)}" if missing else ""),
             f"- (3) LSTM margin on long+phase >= {MARGIN_GOAL} met on {span(r['margin_met'])}; "
             f"missed on {span(r['margin_missed'])}",
             f"- (3) rows where the default is above both forecaster ablations ({FIRST}-{n}): "
             f"{r['above_short'][0]} of {r['above_short'][1]} short, {r['above_long'][0]} of {r['above_long'][1]} long",
             f"- (4) default minus naive {p['naive'].text()}; minus ETS {p['ets'].text()}",
             f"- (5) residual chart {p['chart'].text()}; fewer false alarms on {len(fewer)} of "
             f"{len(p['chart'].looks)} looks, as many on {span(same)}, more on {span(more)}",
             f"- (6) late re-baseline {p['rebase'].text()}",
             f"- (7) late fall check {p['fall'].text()}",
             f"- (8) hold of raised points (on minus off) {p['hold'].text()}; the setting without it above the "
             f"setting with it on {len(r['hold_above'])} of the {max(n - HOLD_COUNT_FIRST + 1, 0)} looks "
             f"{HOLD_COUNT_FIRST}-{n}",
             f"- (9) shelf_follow=60 minus default {p['shelf'].text()}",
             f"- (9) settle_noise=3 minus settle_noise=0 {p['settle'].text()}"]
    for m, q in r["predictions"].items():
        held, of = q["count"]
        count = f"held on {held} of the {of} looks {q['count_first']}-{n}" if of > 0 else "no look yet"
        lines.append(f"- ({m}) held on {span(q['held'])}; failed on {span(q['failed'])} ({count})")
    burst = p["burst"]

    def summed(ks: list[int]) -> str:  # (20)'s last looks and (21)'s window: F1 / caught, and looks below zero
        got = [burst.per_look[k] for k in ks]
        return (f"({ks[0]}-{ks[-1]}) {signed(sum(v[0] for v in got))} / {signed(sum(v[1] for v in got), ',')}, "
                f"below zero on {sum(v[0] < 0 for v in got)}")

    recent = burst.looks[-RECENT:]
    lines.append(f"- (20) burst rule (on minus off) {burst.text()}; over the last {len(recent)} looks "
                 f"{summed(recent)}")
    window = f"{FORWARD_FIRST}-{FORWARD_FIRST + FORWARD_LOOKS - 1}"
    ahead = [k for k in burst.looks if FORWARD_FIRST <= k < FORWARD_FIRST + FORWARD_LOOKS]
    if len(ahead) == FORWARD_LOOKS:  # the window is closed: its sum decided once, after its tenth look
        stays = sum(burst.per_look[k][0] for k in ahead) >= 0
        lines.append(f"- (21) burst rule (on minus off) over the looks {window}: all {FORWARD_LOOKS} taken "
                     f"{summed(ahead)}; complete: it decided after generator {ahead[-1]}'s look "
                     f"({'the rule stays' if stays else 'burst_dip=0'})")
    elif ahead:
        lines.append(f"- (21) burst rule (on minus off) over the looks {window} so far: {len(ahead)} of "
                     f"{FORWARD_LOOKS} {summed(ahead)}")
    else:
        lines.append(f"- (21) burst rule (on minus off) over the looks {window}: no look yet")
    return lines


# -- one look ---------------------------------------------------------------------------------------------

def row_table(look: dict, k: int) -> list[str]:
    lines = [f"| set (generator {k}) | events | caught | precision | recall | F1 | FA / 10k | runs / caught | "
             "naive F1 / FA | ETS F1 / FA | median/MAD F1 / FA |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in ROWS:
        e = look[r][OURS]
        others = " | ".join(f"{look[r][n]['f1']:.3f} / {look[r][n]['false_alarms_per_10k']:.2f}"
                            for n in (NAIVE, ETS, MAD))
        lines.append(f"| {r} | {e['events']} | {e['caught']} | {e['precision']:.3f} | {e['recall']:.3f} | "
                     f"**{e['f1']:.3f}** | {e['false_alarms_per_10k']:.2f} | {e['runs_per_caught_event']:.2f} | "
                     f"{others} |")
    return lines


def summed_table(look: dict) -> list[str]:
    sums = sorted(((totals(look, n), n) for n in look["short"]), key=lambda t: (-t[0][0], t[1]))  # tie: by name
    return ["| detector | summed F1 | caught | mean FA / 10k |", "|---|---|---|---|"] + [
        f"| {n} | {f1:.3f} | {c} | {fa:.2f} |" for (f1, c, fa), n in sums]


NEIGHBOURS = (("default (chart on)", lambda L, k: OURS),
              ("no late re-baseline", lambda L, k: on_off(L, PARTS["rebase"], k)[1]),
              ("late fall check (option)", lambda L, k: on_off(L, PARTS["fall"], k)[0]),
              ("no residual chart", lambda L, k: on_off(L, PARTS["chart"], k)[1]),
              ("`shelf_follow=60` (option)", lambda L, k: on_off(L, PARTS["shelf"], k)[0]))
NEIGHBOURS_FIRST = 28  # this table's columns since generator 28's look (chart on, fall check an option)


def neighbour_table(look: dict, k: int) -> list[str]:
    if k < NEIGHBOURS_FIRST:
        return [f"(this table's columns date from generator {NEIGHBOURS_FIRST}'s look; not printed for {k})"]
    names = [pick(look, k) for _, pick in NEIGHBOURS]
    lines = ["| row | " + " | ".join(label for label, _ in NEIGHBOURS) + " |", "|---" * (len(NEIGHBOURS) + 1) + "|"]
    for r in ROWS:
        cells = [f"{look[r][n]['f1']:.3f} / {look[r][n]['false_alarms_per_10k']:.2f} / {look[r][n]['caught']}"
                 for n in names]
        lines.append(f"| {r} | " + " | ".join(cells) + " |")
    return lines


def _on_this_look(look: dict, key: str, k: int) -> str:
    part = PARTS[key]
    try:
        on, off = on_off(look, part, k)
    except MissingResult:
        return "no row at this look"
    other = off if on == OURS else on
    return f"{triple(*shown_diff(look, on, off))} ({other}: {totals(look, other)[0]:.3f})"


def look_lines(look: dict, kc: dict, k: int) -> list[str]:
    """Every figure the look's rule bullets use, as plain lines."""
    f1, caught, fa = totals(look, OURS)
    events = sum(look[r][OURS]["events"] for r in ROWS)
    sp, lp = look["short+phase+changes"][OURS], look["long+phase+changes"][OURS]
    gains = [round(look[told(r)][OURS]["f1"], 3) - round(look[r][OURS]["f1"], 3) for r in UNTOLD]
    runs = [look[r][OURS]["runs_per_caught_event"] for r in ROWS]
    told_sum = sum(look[told(r)][OURS]["f1"] for r in UNTOLD)
    untold_sum = sum(look[r][OURS]["f1"] for r in UNTOLD)
    mn, me = (round(look["long+phase"][OURS]["f1"], 3) - round(look["long+phase"][n]["f1"], 3) for n in (NAIVE, ETS))
    lines = [f"## Generator {k}'s look: the rules' figures", "",
             f"- default sums {f1:.3f} with {fa:.2f} false alarms per 10k, catching {caught} of {events} event-rows; "
             f"told+phase short {sp['f1']:.3f} with {sp['false_alarms_per_10k']:.2f}, long {lp['f1']:.3f} with "
             f"{lp['false_alarms_per_10k']:.2f}; told minus untold F1 per row {signed(min(gains), '.2f')} to "
             f"{signed(max(gains), '.2f')}; "
             f"alert runs per caught event {min(runs):.2f}-{max(runs):.2f}",
             f"- (1) told summed F1 {told_sum:.3f} against untold {untold_sum:.3f} ("
             + ", ".join(f"{r} {signed(g)}" for r, g in zip(UNTOLD, gains)) + ")"]
    rows = told_rows(kc, k)
    if rows is None:
        lines.append(f"- (2) no rules/heldout{k} rows in anomaly_known_change.json "
                     f"(`python benchmarks/anomaly_known_change.py --rules-on heldout{k}`)")
    else:
        s15, s16 = (sum(r[x]["f1"] for r in rows.values()) for x in (S15, TODAY))
        lines.append("- (2) told, session-15 / session-16 rule: " + ", ".join(
            f"{r} {e[S15]['f1']:.3f} ({e[S15]['caught']}) / {e[TODAY]['f1']:.3f} ({e[TODAY]['caught']})"
            for r, e in rows.items()) + f"; summed {s15:.3f} / {s16:.3f} ({signed(s16 - s15)})")
    lines += [
        f"- (3) long+phase default {look['long+phase'][OURS]['f1']:.3f}, naive {look['long+phase'][NAIVE]['f1']:.3f}, "
        f"ETS {look['long+phase'][ETS]['f1']:.3f}: margin {signed(mn)} / {signed(me)} "
        f"({'met' if min(margins(look)) >= MARGIN_GOAL else 'missed'}); default above both ablations on "
        f"{above_both(look, 'short')} of 4 short rows, {above_both(look, 'long')} of 4 long",
        f"- (4) default minus naive ({totals(look, NAIVE)[0]:.3f}) {triple(*shown_diff(look, OURS, NAIVE))}; "
        f"minus ETS ({totals(look, ETS)[0]:.3f}) {triple(*shown_diff(look, OURS, ETS))}",
        f"- (5) residual chart on minus off {_on_this_look(look, 'chart', k)}",
        f"- (6) late re-baseline on minus off {_on_this_look(look, 'rebase', k)}",
        f"- (7) late fall check on minus off {_on_this_look(look, 'fall', k)}",
        f"- (8) hold of raised points on minus off {_on_this_look(look, 'hold', k)}",
        f"- (9) settle_noise=3 minus settle_noise=0 {_on_this_look(look, 'settle', k)}; "
        f"shelf_follow=60 minus default {_on_this_look(look, 'shelf', k)}"]
    shelf = find(look, "option: shelf_follow=60")
    naive_fewer = sum(look[r][NAIVE]["false_alarms_per_10k"] < look[r][OURS]["false_alarms_per_10k"] for r in ROWS)
    figures = {
        10: f"naive has fewer false alarms per 10k on {naive_fewer} of the 8 rows",
        11: f"default catches {caught}, naive {totals(look, NAIVE)[1]}",
        12: (f"+phase rows' mean false alarms per 10k: shelf_follow=60 {totals(look, shelf, PHASE)[2]:.2f}, "
             f"default {totals(look, OURS, PHASE)[2]:.2f}") if shelf else "no shelf_follow=60 row",
        13: f"default {f1:.3f}, naive {totals(look, NAIVE)[0]:.3f}, ETS {totals(look, ETS)[0]:.3f}",
        14: f"short {sp['f1']:.3f} with {sp['false_alarms_per_10k']:.2f}, long {lp['f1']:.3f} with "
            f"{lp['false_alarms_per_10k']:.2f} (goals: F1 >= {GOALS['short'][0]} with <= {GOALS['short'][1]}, "
            f">= {GOALS['long'][0]:.2f} with <= {GOALS['long'][1]:.0f})",
        15: f"no hold minus hold {signed(-shown_diff(look, *on_off(look, PARTS['hold'], k))[0])}",
        16: "untold F1 " + ", ".join(f"{s} {look[s][OURS]['f1']:.3f} -> {look[s + '+phase'][OURS]['f1']:.3f}"
                                     for s in ("short", "long")),
        17: "told caught " + " / ".join(str(look[told(r)][OURS]["caught"]) for r in UNTOLD) + " against untold "
            + " / ".join(str(look[r][OURS]["caught"]) for r in UNTOLD) + " (short / short+phase / long / long+phase)",
        18: f"mean false alarms per 10k {fa:.2f}",
        19: "settle_noise=3 and settle_noise=0 differ by "
            + (f"{abs(shown_diff(look, *on_off(look, PARTS['settle'], k))[0]):.3f}" if k >= PARTS["settle"].first
               else "n/a") + " in summed F1",
    }
    for n, (text, fn, _, _) in PREDICTIONS.items():
        try:
            verdict = "held" if fn(look, k) else "failed"
        except (MissingResult, KeyError):
            verdict = "n/a"
        lines.append(f"- ({n}) {verdict}: {figures[n]} [{text}]")
    lines.append(f"- (20) burst rule on minus off {_on_this_look(look, 'burst', k)}")
    return lines


def report(k: int, through: int, results: Path = RESULTS) -> str:
    """The whole printout: three tables, the look's rule figures and the records through ``through``."""
    load_look(k, results)  # the look asked for is the missing file named, if it is one
    looks = load_looks(max(k, through), results)
    kc = load_known_change(results)
    look = looks[k]
    out = row_table(look, k) + ["", "Summed over the 8 rows (F1 / events caught / mean false alarms per 10k):", ""]
    out += summed_table(look) + [""] + look_lines(look, kc, k) + ["", "Per row, the default of the look against "
                                                                   "its neighbours (F1 / FA per 10k / caught):", ""]
    out += neighbour_table(look, k) + [""] + record_lines(records(looks, kc, through))
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("generator", type=int, help="the look to print (its anomaly_heldoutN.json must exist)")
    parser.add_argument("--through", type=int, default=None,
                        help="records through this look, included (default: the look printed)")
    args = parser.parse_args(argv)
    through = args.generator if args.through is None else args.through
    if min(args.generator, through) < FIRST:
        parser.error(f"looks before generator {FIRST} are not in the 8-row layout the records use")
    try:
        text = report(args.generator, through)
    except MissingResult as exc:
        print(f"anomaly_look: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
