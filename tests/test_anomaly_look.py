"""``benchmarks/anomaly_look.py`` against ``docs/results/anomaly.md``: generators 67's and 68's three tables byte for
byte, the records through 67 and 68 as the doc states them (the next generator's rules, "before this look", and the
look's own bullets for the false-alarm sums the rules leave out), and one line with exit 2 for a look not run.

Everything is read from the committed files; nothing runs a detector (well under a second)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks import anomaly_look as al
from benchmarks.anomaly_misses import SEEN

DOC = (Path(__file__).resolve().parents[1] / "docs" / "results" / "anomaly.md").read_text()
NUM = r"([+−][\d,.]+)"  # a signed figure as the doc writes it: "+2,525", "−0.33"


@pytest.fixture(scope="module")
def looks() -> dict[int, dict]:
    return al.load_looks(68)


@pytest.fixture(scope="module")
def known_change() -> dict:
    return al.load_known_change()


def _section(heading: str) -> str:
    """The text under the first ``## `` heading matching ``heading`` (a regex), up to the next ``## ``."""
    match = re.search(rf"^## {heading}.*$", DOC, re.M)
    assert match, heading
    end = DOC.find("\n## ", match.end())
    return DOC[match.end():end]


def _table(section: str, first: str) -> list[str]:
    lines = section.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    table = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        table.append(line)
    return table


def _flat(text: str) -> str:
    return " ".join(text.split())


def _grab(text: str, pattern: str) -> tuple[str, ...]:
    match = re.search(pattern, text)
    assert match, pattern
    return match.groups()


def _looks(text: str) -> set[int]:
    """ "21-38, 40, 42 and 44-47" -> the generators it names."""
    out: set[int] = set()
    for item in re.split(r", | and ", text.strip()) if text.strip() else []:
        a, _, b = item.partition("-")
        out |= set(range(int(a), int(b or a) + 1))
    return out


@pytest.mark.parametrize("k", [67, 68])
def test_the_three_tables_are_the_docs_byte_for_byte(k, looks, known_change):
    section = _section(rf"Session \d+: generator {k}'s one look")
    printed = al.report(k, k)
    for first, ours in ((f"| set (generator {k}) |", al.row_table(looks[k], k)),
                        ("| detector | summed F1 |", al.summed_table(looks[k])),
                        ("| row | default (chart on) |", al.neighbour_table(looks[k], k))):
        table = _table(section, first)
        assert ours == table
        assert "\n".join(table) + "\n" in printed


@pytest.mark.parametrize("k", [67, 68])
def test_the_records_through_a_look_are_the_ones_the_doc_states(k, looks, known_change):
    rules = _flat(_section(rf"Generator {k + 1} \(written .*\) and its rules"))
    bullets = _flat(_section(rf"Session \d+: generator {k}'s one look"))
    r = al.records(looks, known_change, k)
    p = {key: (al.signed(v.f1), al.signed(v.caught, ","), al.signed(v.fa, ".2f"), str(len(v.looks)))
         for key, v in r["parts"].items()}
    f1, caught, had, missing = r["deep"]
    assert not missing
    assert (al.signed(f1), al.signed(caught, ","), str(len(had))) == _grab(
        rules, rf"\(2\).*?\(before this look {NUM} F1 / {NUM} caught over (\d+) looks\)")

    met, missed = _grab(rules, r"\(3\).*?\(met on generators (.*?); missed on (.*?)\)")
    assert (set(r["margin_met"]), set(r["margin_missed"])) == (_looks(met), _looks(missed))
    assert tuple(map(str, r["above_short"] + r["above_long"])) == _grab(
        rules, r"\(over generators 14-\d+: (\d+) of (\d+) short, (\d+) of (\d+) long\)")

    stated = _grab(rules, rf"default minus naive \*\*{NUM}\*\* \(caught {NUM}\), minus ETS \*\*{NUM}\*\* \({NUM}\) "
                          rf"over (\d+) looks")
    assert (p["naive"][0], p["naive"][1], p["ets"][0], p["ets"][1], p["naive"][3]) == stated
    assert p["ets"][3] == stated[-1]

    fewer, same, more = r["chart_fa"]
    assert (p["chart"][0], p["chart"][1], str(len(fewer)), p["chart"][3], str(same[0]), str(more[0])) == _grab(
        rules, rf"\(5\).*?before this look {NUM} / {NUM} caught / fewer on (\d+) of (\d+) looks, as many on "
               rf"generator (\d+), more on (\d+)\)")
    assert len(same) == len(more) == 1
    assert p["chart"][2] == _grab(bullets, rf"its record's false alarms {NUM}\)")[0]

    for key, rule in (("rebase", 6), ("fall", 7)):
        assert (p[key][0], p[key][1], p[key][3]) == _grab(
            rules, rf"\({rule}\) The late .*?before this look {NUM} / {NUM} over (\d+)\)")
        first = al.PARTS[key].first
        assert (p[key][3], p[key][0], p[key][1], p[key][2]) == _grab(
            bullets, rf"Rule \({rule}\).*?its record over (\d+) looks \({first}-{k}\): \*\*{NUM} / {NUM} / {NUM}\*\*")

    assert p["hold"] + (str(len(r["hold_above"])), str(k - 27)) == _grab(
        rules, rf"\(8\).*?before this look \*\*{NUM}\*\* / {NUM} / {NUM} over (\d+); its ablation summed above the "
               rf"default on (\d+) of the (\d+) looks 28-{k}\)")
    assert p["shelf"] == _grab(rules, rf"\(9\) `shelf_follow=60` .*?before this look {NUM} / {NUM} / {NUM} over (\d+)")
    assert p["settle"] == _grab(rules, rf"`settle_noise=3` stays the default .*?before this look {NUM} / {NUM} / "
                                       rf"{NUM} over (\d+)\)")
    assert (p["shelf"][3], p["shelf"][:3]) == (str(k - 24), _grab(
        bullets, rf"its record over \d+ looks \(25-{k}\): \*\*{NUM} / {NUM} / {NUM}\*\*"))

    for n, q in r["predictions"].items():
        stated = _grab(rules, rf"\({n}\) A prediction that can fail \((.*?)\):")[0]
        if m := re.fullmatch(r"held on (\d+) of the (\d+) looks (\d+)-\d+(?:, failed on (.*))?", stated):
            assert tuple(map(str, q["count"])) + (str(q["count_first"]),) == m.groups()[:3], n
            if m[4]:  # (13) states its count only
                assert set(q["failed"]) == _looks(m[4]), n
            continue
        m = re.fullmatch(r"held on (?:generators )?(.*?)(?: except (.*?))?(?:, failed on (.*))?", stated)
        assert m, stated
        assert set(q["held"]) == _looks(m[1]) - _looks(m[2] or ""), n
        assert set(q["failed"]) == _looks(m[3] or ""), n


def test_the_records_print_in_the_docs_range_style(looks, known_change):
    printed = "\n".join(al.record_lines(al.records(looks, known_change, 68)))
    assert "met on 28-30, 32, 33, 39-41, 43-47, 51, 53-60, 63 and 65-68; missed on 31, 34-38, 42, 48-50, 52, 61, 62 " \
           "and 64" in printed
    assert "(10) held on 21-38, 40, 42, 44-47, 49-54, 57-62, 64, 65, 67 and 68; failed on 39, 41, 43, 48, 55, 56, 63 " \
           "and 66" in printed
    assert "residual chart +21.296 / −199 / −58.06 over 51 looks (18-68)" in printed


def test_a_look_not_run_is_one_line_and_exit_2(capsys):
    assert al.main(["999"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "anomaly_heldout999.json not found" in captured.err
    blind = SEEN[1] + 1  # the first generator whose one look has not been taken: no results file yet
    assert al.main(["68", "--through", str(blind)]) == 2
    assert f"anomaly_heldout{blind}.json not found" in capsys.readouterr().err


def test_the_hold_read_from_its_option_row_once_it_is_off_by_default(looks):
    """From generator 73's look the hold of raised points is off by default: "ours" runs without it and an ``option:``
    row with it. The same look relabelled that way gives the same record entry and prediction (15)."""
    old = looks[68]
    ablation = al.find(old, al.PARTS["hold"].ablation)
    option = "option: hold of raised points (reference_hold=200, reference_anchor=150)"
    new = {row: {(option if name == al.OURS else al.OURS if name == ablation else name): m
                 for name, m in dets.items()} for row, dets in old.items()}
    assert al.on_off(new, al.PARTS["hold"], 73) == (option, al.OURS)
    assert al.diff(new, *al.on_off(new, al.PARTS["hold"], 73)) == al.diff(old, al.OURS, ablation)
    assert al.PREDICTIONS[15][1](new, 73) == al.PREDICTIONS[15][1](old, 68)



def test_equal_false_alarm_counts_are_as_many_not_more(known_change):
    """Rule (5)'s false-alarm record compares mean rates per 10k. On generator 76's look the chart had one false alarm
    more on the long row and one fewer on long+changes: as many, though the float means differ by about 1e-16."""
    looks = al.load_looks(76)
    on, off = al.on_off(looks[76], al.PARTS["chart"], 76)
    assert 0 < abs(al.diff(looks[76], on, off)[2]) < 1e-12  # the float's rounding the record must not read as "more"
    fewer, same, more = al.records(looks, known_change, 76)["chart_fa"]
    assert 76 in same and 76 not in more and 76 not in fewer
    assert more == [56]


def test_the_burst_rule_record_is_the_ablation_rows_summed(looks, known_change):
    """Rule (20) (from generator 109's rules): the burst rule's record, read straight from each look's file as the
    default's rows minus the ablation "no burst rule"'s, and its last ten looks printed beside it."""
    f1 = caught = 0.0
    for k in range(14, 69):
        data = json.loads((al.RESULTS / f"anomaly_heldout{k}.json").read_text())
        for row in al.ROWS:
            dets = data[f"held-out{k}/{row}"]
            f1 += dets[al.OURS]["f1"] - dets["ablation: no burst rule"]["f1"]
            caught += dets[al.OURS]["caught"] - dets["ablation: no burst rule"]["caught"]
    burst = al.records(looks, known_change, 68)["parts"]["burst"]
    assert (round(burst.f1, 9), burst.caught, burst.looks) == (round(f1, 9), caught, list(range(14, 69)))
    printed = "\n".join(al.record_lines(al.records(looks, known_change, 68)))
    assert f"- (20) burst rule (on minus off) {burst.text()}; over the last 10 looks (59-68) " in printed
    assert "- (20) burst rule on minus off " in "\n".join(al.look_lines(looks[68], known_change, 68))


def test_the_burst_rule_forward_window_counts_only_looks_from_119(looks, known_change):
    """Rule (21) (from generator 119's rules): the burst rule's sum over the ten looks 119-128 only, written before
    any of them. Through 68 no look of its window exists, so it reports none; through 121 it sums 119-121 alone,
    read straight from each look's file as the default's rows minus the ablation "no burst rule"'s."""
    printed = "\n".join(al.record_lines(al.records(looks, known_change, 68)))
    assert "- (21) burst rule (on minus off) over the looks 119-128: no look yet" in printed
    def burst_sum(ks):  # the default's rows minus the ablation "no burst rule"'s, read from each look's file
        f1 = caught = 0.0
        for k in ks:
            data = json.loads((al.RESULTS / f"anomaly_heldout{k}.json").read_text())
            for row in al.ROWS:
                dets = data[f"held-out{k}/{row}"]
                f1 += dets[al.OURS]["f1"] - dets["ablation: no burst rule"]["f1"]
                caught += dets[al.OURS]["caught"] - dets["ablation: no burst rule"]["caught"]
        return f1, caught

    f1, caught = burst_sum(range(119, 122))
    printed = "\n".join(al.record_lines(al.records(al.load_looks(121), known_change, 121)))
    assert (f"- (21) burst rule (on minus off) over the looks 119-128 so far: 3 of 10 (119-121) "
            f"{al.signed(f1)} / {al.signed(int(round(caught)), ',')}, below zero on ") in printed
    # once its tenth look (128) is taken, the window is closed: it prints its whole sum and the one decision
    f1, caught = burst_sum(range(119, 129))
    printed = "\n".join(al.record_lines(al.records(al.load_looks(128), known_change, 128)))
    decision = "the rule stays" if f1 >= 0 else "burst_dip=0"
    assert (f"- (21) burst rule (on minus off) over the looks 119-128: all 10 taken (119-128) "
            f"{al.signed(f1)} / {al.signed(int(round(caught)), ',')}, below zero on ") in printed
    assert f"; complete: it decided after generator 128's look ({decision})" in printed
    assert "so far" not in printed.split("- (21)")[1]
