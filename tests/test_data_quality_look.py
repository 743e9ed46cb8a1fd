"""``benchmarks/data_quality_look.py`` against the results page (``docs/results/data-quality.md``).

The script recomputes a blind round's look from the committed results; the page holds what the lost throw-away
scripts printed. Here: rounds 62's and 63's four tables equal the tables of their look sections byte for byte, the
figures their rule bullets state come out of the script, and the records through rounds 62 and 63 equal the "before
this round" records of the next round's rules (rounds 63's and 64's), the predictions' held / failed rounds included.
A round whose results are not committed exits 2 with one line. Reads JSON only (no detector, no training).
"""

from __future__ import annotations

import re

import pytest

from benchmarks import data_quality_look as look

DOC = look.DOC.read_text()
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """0-99 as the page spells counts in prose ("ninety-two")."""
    return ONES[n] if n < 20 else TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")


def section(heading: str) -> str:
    """The page's section whose heading line starts with ``heading``, up to the next ``## `` heading."""
    match = re.search(rf"^{re.escape(heading)}.*$", DOC, re.M)
    assert match, f"no section {heading!r} in {look.DOC}"
    end = DOC.find("\n## ", match.end())
    return DOC[match.start():end if end >= 0 else None]


def tables(text: str) -> list[str]:
    blocks, current = [], []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    return blocks


def flat(text: str) -> str:
    return " ".join(text.split())


def prose(rounds: list[str]) -> str:
    """The page's way of listing spans: "a, b and c"."""
    return rounds[0] if len(rounds) == 1 else ", ".join(rounds[:-1]) + " and " + rounds[-1]


def below(x: float) -> str:
    """A summed-F1 gap as the page writes it (0.763; 0.590 as 0.59)."""
    return f"{x:.3f}".rstrip("0")


@pytest.mark.parametrize("rnd", [62, 63])
def test_the_four_tables_equal_the_look_sections(rnd):
    printed = look.look(rnd).split("\n\n")
    assert printed[:4] == tables(section(f"## Session 34: round {rnd}'s one look"))


def test_the_command_line_of_round_63s_look_prints_its_tables(capsys):
    assert look.main(["63", "--sets", "maturity5,ketosis4,banknote6,pointmc6", "--ordered", "maturity5,ketosis4"]) == 0
    printed = capsys.readouterr().out
    assert printed.split("\n\n")[:4] == tables(section("## Session 34: round 63's one look"))
    assert printed == look.look(63) + "\n"


@pytest.mark.parametrize("rnd", [62, 63])
def test_the_rule_figures_of_the_look_come_out_of_the_script(rnd):
    text, rec = flat(section(f"## Session 34: round {rnd}'s one look")), look.records(rnd)
    sets, ordered = look.round_sets(rnd)
    steps = {b: look.noisy_f1("noise", rnd, sets, m) for b, m in look.BAYES}
    epochs = {b: look.noisy_f1("noise", rnd, sets, m, "8 epochs") for b, m in look.BAYES}
    bayes = {b: rec["bayes"][(b, "steps")] + rec["bayes"][(b, "8 epochs")] for b, _ in look.BAYES}
    assert f"Over rounds 14-{rnd}, both schedules: **0.25: {bayes['0.25']}, off: {bayes['off']}**" in text
    assert (f"Summed noisy F1 at 1,500 steps {steps['0.25']:.3f} against {steps['off']:.3f} (8 epochs "
            f"{epochs['0.25']:.3f} against {epochs['off']:.3f})") in text
    (o_under, o_f1), (p_under, p_f1), k = rec["ordered"][look.ORDERED], rec["ordered"][look.PLAIN], rec["ordered_sets"]
    assert (f"under 1 % on **{o_under} of {k}** sets against the plain test's **{p_under} of {k}**; summed F1 "
            f"**{o_f1:.3f} against {p_f1:.3f}**") in text
    twelve = {m: look.noisy_f1("ordinal", rnd, ordered, m) for m in (look.ORDERED, look.PLAIN)}
    assert (f"with the higher summed F1 over their 12 noisy cells ({twelve[look.ORDERED]:.3f} against "
            f"{twelve[look.PLAIN]:.3f})") in text
    f = rec["filter"]
    assert f"over rounds 18-{rnd}'s {words(f['sets'])} blind ordered sets" in text
    assert f"at 30 % gained on {words(f['gain'])}" in text
    assert f"lowered accuracy on {words(len(f['lower']))} ({', '.join(f['lower'])}, all within the spread)" in text
    assert f"beyond the spread on {words(f['beyond'])}." in text
    (s_cells, s_f1), (p_cells, p_f1) = rec["strict"][look.STRICT], rec["strict"][look.PLAIN]
    assert f"**{s_cells} cells against {p_cells}**, summed noisy F1 **{below(p_f1 - s_f1)} below**" in text
    outcomes = look.predictions(rnd, sets, ordered, None)
    for number, (held, *_) in outcomes.items():
        assert f"Prediction ({number}) {'held' if held else 'failed'}:" in text
    unordered = [s for s in sets if s not in ordered]
    plain = [look.noisy_f1("ordinal", rnd, [s], look.PLAIN) for s in unordered]
    variant = [look.noisy_f1("ordinal", rnd, [s], look.ORDERED) for s in unordered]
    assert (f"summed F1 ({sum(plain):.3f}: {unordered[0]} {plain[0]:.3f}, {unordered[1]} {plain[1]:.3f}) is above the "
            f"ordered variant's ({sum(variant):.3f}: {variant[0]:.3f}, {variant[1]:.3f})") in text


@pytest.mark.parametrize("rnd", [62, 63])
def test_the_records_through_a_round_are_the_next_rules_before_this_round(rnd):
    text = flat(section(f"## Round {rnd + 1} ("))
    rec = look.records(rnd)
    bayes = {b: rec["bayes"][(b, "steps")] + rec["bayes"][(b, "8 epochs")] for b, _ in look.BAYES}
    assert (f"Before round {rnd + 1}: 0.25: {bayes['0.25']}, off: {bayes['off']}; off would need "
            f"{bayes['0.25'] - bayes['off'] + 1} more cells than 0.25 on round {rnd + 1}") in text
    (o_under, o_f1), (p_under, p_f1), k = rec["ordered"][look.ORDERED], rec["ordered"][look.PLAIN], rec["ordered_sets"]
    assert f"(before this round: {o_under} of {k} sets against {p_under} of {k}; {o_f1:.3f} against {p_f1:.3f})" in text
    f = rec["filter"]
    assert (f"({words(f['sets'])} before this round: gaining on {words(f['gain'])} at 30 % symmetric noise, "
            f"lowering on {words(len(f['lower']))}, beyond the spread on {words(f['beyond'])})") in text
    (s_cells, s_f1), (p_cells, p_f1) = rec["strict"][look.STRICT], rec["strict"][look.PLAIN]
    assert f"(before this round {s_cells} cells against {p_cells}, {below(p_f1 - s_f1)} below" in text
    for number, outcomes in rec["predictions"].items():
        held = look.spans([r for r, (ok, *_) in outcomes.items() if ok])
        failed = [(r, o[2] if len(o) > 2 else "") for r, o in outcomes.items() if not o[0]]
        failed = ([f"{r}'s {who}" for r, who in failed] if any(who for _, who in failed)
                  else look.spans([r for r, _ in failed]))
        stated = f"held on rounds {prose(held)}" + (f", failed on {prose(failed)}" if failed else "")
        assert f"({number}) A prediction that can fail ({stated})" in text, number


def test_the_printed_records_of_round_63():
    lines = look.record_lines(look.records(63))
    assert lines[0].startswith("(1) rounds 14-63, both schedules, cells meeting both goals: 0.25: 180, off: 86")
    assert "on 25 of 82 sets against the plain test's 3 of 82; summed noisy F1 260.996 against 225.809" in lines[1]
    assert "92 sets" in lines[2]
    assert "gains on 89, lowers on 3 (lead6, pas8, varroa5), beyond the spread on 64" in lines[2]
    assert "strict0.01 meets 129 cells against odds0.25's 103; summed noisy F1 0.763 below" in lines[3]
    assert "(9) held 36-43, 45-49, 51-63; failed 44 (fishfresh4), 50 (glaucoma5)" in lines


def test_a_round_without_committed_results_exits_2_with_one_line(capsys):
    assert look.main(["999"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "round 999" in err and "benchmarks/results/" in err
    assert look.main(["999", "--sets", "maturity5,banknote6", "--ordered", "maturity5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "data_quality_actions.json noise for maturity5, banknote6" in err
