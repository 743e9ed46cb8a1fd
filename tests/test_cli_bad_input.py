"""Bad input to every ``lightwatch`` verb: one table, real subprocesses (issue 13, "CLI bad-input table").

Each cell of ``TABLE`` is a verb x a kind of bad input. A case that applies builds its command line in
a fresh temporary working directory; the verb must then exit with code 2 and print exactly one line
on stderr that names the bad input, leave no partial file and touch nothing (the directory,
symlink targets included, is snapshotted before and after). A case that does not apply to a verb
is an :class:`NA` with the reason. ``test_table_covers_every_verb`` keeps the table complete when a
verb is added to ``monitor.cli.COMMANDS`` (``k8s render`` has rows where the layout has that verb).

Kinds: missing, empty, directory, corrupt (random bytes or broken syntax), wrong-kind (a valid file
of another kind), unwritable output, symlinked output, output == input, and bad-value (an option
value outside its range, for verbs whose inputs are not files).

Unwritable output: root may write anywhere a mode bit forbids, so as root the folder is ``/proc/sys``
(the kernel refuses new files there); otherwise a 0o555 folder in the working directory.

How a case runs: a fresh ``python -m monitor.cli`` costs ~0.3 s of CPU (3-7 s where the verb loads torch and
Lightning), so most cases run ``monitor.cli.main(argv)`` in a process forked from a server that imported torch
and Lightning once (tests/forked_ranks.py: the same environment and working directory, stdout / stderr as real
fds 1 / 2 into files, the exit code of its ``SystemExit`` or of its death), checked exactly as a fresh process
is. What only a fresh interpreter shows is what a module prints while it is imported (torch's or Lightning's
warnings): the server imported those already. So one case of every verb still runs as a real fresh
subprocess, as the user runs it (:func:`_fresh_cases`): the verb's first applicable case in the table's order,
except where :data:`FRESH_INSTEAD` names another (compress's first cases fail before torch loads; its
``--model-class`` case is the one bad-input path that imports torch and then Lightning).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from monitor.cli import COMMANDS
from tests.forked_ranks import Rank, read_logs, wait_all

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("missing", "empty", "directory", "corrupt", "wrong-kind", "unwritable output", "symlinked output",
         "output == input", "bad-value")


@dataclass(frozen=True)
class NA:
    """A kind of bad input that does not apply to a verb, and why."""

    reason: str


# --------------------------------------------------------------------------- the working directory
@dataclass
class Work:
    """A temporary working directory with one file of every kind the cases need."""

    dir: Path
    ckpt: Path | None  # a real Lightning checkpoint of the demo's model (shared, outside ``dir``; compress only)

    def file(self, name: str, content: bytes | str = b"") -> Path:
        p = self.dir / name
        p.write_bytes(content.encode() if isinstance(content, str) else content)
        return p

    def folder(self, name: str, with_file: bool = True) -> Path:
        p = self.dir / name
        p.mkdir()
        if with_file:
            (p / "keep.txt").write_text("not to be touched\n")
        return p

    def link(self, name: str, target: Path) -> Path:
        p = self.dir / name
        p.symlink_to(target)
        return p

    def corrupt(self, name: str) -> Path:
        return self.file(name, random.Random(0).randbytes(2048))

    def unwritable(self, name: str) -> Path:
        if os.geteuid() == 0:
            return Path("/proc/sys") / name
        ro = self.dir / "readonly"
        ro.mkdir(exist_ok=True)
        ro.chmod(0o555)
        return ro / name

    def good_csv(self, name: str = "series.csv") -> Path:
        rows = "".join(f"{1_700_000_000 + 10 * i},{1000 + (i % 7)}\n" for i in range(60))
        return self.file(name, "timestamp,value\n" + rows)

    def good_ckpt(self, name: str = "model.ckpt") -> Path:
        p = self.dir / name
        shutil.copy(self.ckpt, p)
        return p

    def am_config(self, name: str = "alertmanager.yml") -> Path:
        import dashboards

        return self.file(name, dashboards.ALERTMANAGER_FILE.read_bytes())


Case = Callable[[Work], tuple[list[str], Path | str]]  # -> (argv after `lightwatch`, what the line must name)

_STACK_PORTS = ["--prometheus-port", "0", "--alertmanager-port", "0", "--pushgateway-port", "0"]
_COMPRESS_FAST = ["--size-ratio", "0.5", "--hutchinson-samples", "2", "--calib-batches", "1", "--distill-steps", "0"]


def _stack_up(w: Work, *extra: str, data_dir: Path | None = None) -> list[str]:
    return ["stack", "up", "--data-dir", str(data_dir or w.dir / "stackdata"), *_STACK_PORTS, *extra]


def _stack_corrupt_state(w: Work):
    data = w.folder("stackdata", with_file=False)
    state = w.file("stackdata/stack.json", "{not json")
    return _stack_up(w, data_dir=data), state


def _stack_state(w: Work, verb: str, content: str | None):
    """``stack down|status`` on a data dir whose stack.json holds ``content`` (``None``: is a folder)."""
    data = w.folder("stackdata", with_file=False)
    state = w.folder("stackdata/stack.json") if content is None else w.file("stackdata/stack.json", content)
    return ["stack", verb, "--data-dir", str(data)], state


def _stack_out_is_in(w: Work):
    data = w.folder("stackdata", with_file=False)
    inp = w.am_config("stackdata/prometheus.yml")  # the stack writes DATA_DIR/prometheus.yml
    return _stack_up(w, "--alertmanager-config", str(inp), data_dir=data), inp


def _anomaly(sub: str, out: str) -> dict[str, Case | list[Case] | NA]:
    """The eight file cases of ``anomaly score`` / ``anomaly report`` (same contract, other output)."""
    def run(w: Work, inp: Path, out_path: Path | None = None) -> list[str]:
        return ["anomaly", sub, str(inp), "--out", str(out_path or w.dir / out), "--model", "cusum"]

    return {
        "missing": lambda w: (run(w, w.dir / "missing.csv"), w.dir / "missing.csv"),
        "empty": lambda w: (run(w, w.file("empty.csv")), w.dir / "empty.csv"),
        "directory": lambda w: (run(w, w.folder("adir")), w.dir / "adir"),
        "corrupt": lambda w: (run(w, w.corrupt("corrupt.csv")), w.dir / "corrupt.csv"),
        "wrong-kind": lambda w: (run(w, w.file("other.csv", "a,b\n1,2\n3,4\n")), w.dir / "other.csv"),
        "unwritable output": lambda w: (run(w, w.good_csv(), w.unwritable(out)), w.unwritable(out)),
        "symlinked output": lambda w: (run(w, w.good_csv(), w.link(out, w.file("victim" + Path(out).suffix,
                                                                                "keep me\n"))), w.dir / out),
        "output == input": lambda w: (run(w, w.good_csv(), w.dir / "series.csv"), w.dir / "series.csv"),
        "bad-value": NA("its options are choices argparse checks; the file cases above are its inputs"),
    }


NO_FILES = "reads no input file"
TABLE: dict[str, dict[str, Case | list[Case] | NA]] = {
    "demo": {
        **{k: NA(f"{NO_FILES} (the digits data set ships with scikit-learn)") for k in KINDS[:5]},
        **{k: NA("writes no named output (a fresh temporary folder)") for k in KINDS[5:8]},
        "bad-value": [
            lambda w: (["demo", "--no-stack", "--hidden", "0"], "--hidden"),
            lambda w: (["demo", "--no-stack", "--hold", "nan"], "--hold"),
            lambda w: (["demo", "--no-stack", "--run-name", "r" * 100_000], "--run-name"),
        ],
    },
    "stack up": {
        "missing": lambda w: (_stack_up(w, "--alertmanager-config", str(w.dir / "missing.yml")), w.dir / "missing.yml"),
        "empty": lambda w: (_stack_up(w, "--alertmanager-config", str(w.file("empty.yml"))), w.dir / "empty.yml"),
        "directory": lambda w: (_stack_up(w, "--alertmanager-config", str(w.folder("adir"))), w.dir / "adir"),
        "corrupt": [
            lambda w: (_stack_up(w, "--alertmanager-config", str(w.file("bad.yml", "route: [\n  - :\n"))),
                       w.dir / "bad.yml"),
            _stack_corrupt_state,
        ],
        "wrong-kind": lambda w: (_stack_up(w, "--alertmanager-config", str(w.file("list.yml", "- a\n- b\n"))),
                                 w.dir / "list.yml"),
        "unwritable output": lambda w: (_stack_up(w, data_dir=w.unwritable("stackdata")), w.unwritable("stackdata")),
        "symlinked output": lambda w: (_stack_up(w, data_dir=w.link("stackdata", w.folder("victim"))),
                                       w.dir / "stackdata"),
        "output == input": _stack_out_is_in,
        "bad-value": lambda w: (_stack_up(w, "--target", "bad target!!"), "bad target!!"),
    },
    **{f"stack {verb}": {
        "missing": NA("a data dir with no stack recorded is not bad input: `down` has nothing to stop (exit 0), "
                      "`status` says none is recorded (exit 1)"),
        "empty": lambda w, verb=verb: _stack_state(w, verb, ""),
        "directory": lambda w, verb=verb: _stack_state(w, verb, None),
        "corrupt": lambda w, verb=verb: _stack_state(w, verb, "{not json"),
        "wrong-kind": [
            lambda w, verb=verb: _stack_state(w, verb, '["prometheus", "alertmanager"]'),
            lambda w, verb=verb: (["stack", verb, "--data-dir", str(w.file("stackdata", "x\n"))], w.dir / "stackdata"),
        ],
        **{k: NA("writes no named output: it reads DATA_DIR/stack.json (`down` then stops what it records)")
           for k in ("unwritable output", "symlinked output", "output == input")},
        "bad-value": NA("its one option is the data dir, covered above"),
    } for verb in ("down", "status")},
    "dashboards build": {
        **{k: NA(f"{NO_FILES}: the files are generated from code") for k in ("missing", "empty", "directory",
                                                                               "corrupt")},
        "wrong-kind": lambda w: (["dashboards", "build", "--out", str(w.file("afile.txt", "x\n"))],
                                 w.dir / "afile.txt"),  # the output folder is a regular file
        "unwritable output": lambda w: (["dashboards", "build", "--out", str(w.unwritable("build"))],
                                        w.unwritable("build")),
        "symlinked output": lambda w: (["dashboards", "build", "--out", str(w.link("build", w.folder("victim")))],
                                       w.dir / "build"),
        "output == input": NA(f"{NO_FILES}"),
        "bad-value": NA("its one option is a folder, covered above"),
    },
    "compress": {
        "missing": lambda w: (["compress", str(w.dir / "missing.ckpt"), *_COMPRESS_FAST], w.dir / "missing.ckpt"),
        "empty": lambda w: (["compress", str(w.file("empty.ckpt")), *_COMPRESS_FAST], w.dir / "empty.ckpt"),
        "directory": lambda w: (["compress", str(w.folder("adir")), *_COMPRESS_FAST], w.dir / "adir"),
        "corrupt": [
            lambda w: (["compress", str(w.corrupt("random.ckpt")), *_COMPRESS_FAST], w.dir / "random.ckpt"),
            lambda w: (["compress", str(w.good_ckpt()), "--data", str(w.corrupt("data.pt")), *_COMPRESS_FAST],
                       w.dir / "data.pt"),
        ],
        "wrong-kind": [
            lambda w: (["compress", str(w.file("text.ckpt", "hello\n")), *_COMPRESS_FAST], w.dir / "text.ckpt"),
            lambda w: (["compress", str(_torch_save(w, "plain.ckpt", {"weights": [1.0, 2.0]})), *_COMPRESS_FAST],
                       w.dir / "plain.ckpt"),
            lambda w: (["compress", str(w.good_ckpt()), "--model-class", "monitor.demo_model:NoSuchModel",
                        *_COMPRESS_FAST], "NoSuchModel"),
        ],
        "unwritable output": lambda w: (["compress", str(w.good_ckpt()), "--out-dir", str(w.unwritable("pqcf")),
                                         *_COMPRESS_FAST], w.unwritable("pqcf")),
        "symlinked output": lambda w: (["compress", str(w.good_ckpt()), "--out-dir",
                                        str(w.link("pqcf", w.folder("victim"))), *_COMPRESS_FAST], w.dir / "pqcf"),
        "output == input": lambda w: (["compress", str(w.good_ckpt()), "--out-dir", str(w.dir / "model.ckpt"),
                                       *_COMPRESS_FAST], w.dir / "model.ckpt"),
        "bad-value": lambda w: (["compress", str(w.good_ckpt()), "--size-ratio", "7", "--distill-steps", "0"],
                                ("--size-ratio", "size_ratio")),
    },
    "anomaly score": _anomaly("score", "scored.csv"),
    "anomaly report": _anomaly("report", "plot.png"),
    "anomaly watch": {
        **{k: NA(f"{NO_FILES}: its input is a Prometheus URL and a query") for k in KINDS[:5]},
        **{k: NA("writes no file (it serves gauges)") for k in KINDS[5:8]},
        "bad-value": [
            lambda w: (["anomaly", "watch", "--prometheus", "http://127.0.0.1:9", "--query", "up",
                        "--interval", "inf", "--polls", "1", "--port", "0"], "--interval"),
            lambda w: (["anomaly", "watch", "--prometheus", "http://127.0.0.1:9", "--query", "up",
                        "--interval", "nan", "--polls", "1", "--port", "0"], "--interval"),
        ],
    },
}


def _build_copy(w: Work, name: str = "build", *, corrupt: str | None = None, dir_for: str | None = None) -> Path:
    """A copy of the generated dashboards/rules folder, optionally with one file corrupted or a folder."""
    import dashboards

    dst = w.dir / name
    shutil.copytree(dashboards.BUILD_DIR, dst)
    if corrupt:
        (dst / corrupt).write_bytes(random.Random(0).randbytes(2048))
    if dir_for:
        (dst / dir_for).unlink()
        (dst / dir_for).mkdir()
    return dst


def _k8s(w: Work, *extra: str, build: Path | None = None, out: Path | None = None) -> list[str]:
    argv = ["k8s", "render", "--out", str(out or w.dir / "manifests")]
    return argv + (["--build-dir", str(build)] if build is not None else []) + list(extra)


if any(name == "k8s" for name, _, _ in COMMANDS):  # `lightwatch k8s render`, where the layout has it
    TABLE["k8s render"] = {
        "missing": lambda w: (_k8s(w, build=w.dir / "nobuild"), w.dir / "nobuild"),
        "empty": lambda w: (_k8s(w, build=w.folder("emptybuild", with_file=False)), w.dir / "emptybuild"),
        "directory": lambda w: (_k8s(w, build=_build_copy(w, dir_for="alertmanager.yml")), "alertmanager.yml"),
        "corrupt": [
            lambda w: (_k8s(w, build=_build_copy(w, corrupt="alertmanager.yml")), "alertmanager.yml"),
            lambda w: (_k8s(w, build=_build_copy(w, corrupt="rules/lightwatch-alerts.yml")), "lightwatch-alerts.yml"),
        ],
        "wrong-kind": lambda w: (_k8s(w, build=w.file("build.txt", "x\n")), w.dir / "build.txt"),
        "unwritable output": lambda w: (_k8s(w, out=w.unwritable("manifests")), w.unwritable("manifests")),
        "symlinked output": lambda w: (_k8s(w, out=w.link("manifests", w.folder("victim"))), w.dir / "manifests"),
        "output == input": lambda w: (_k8s(w, build=_build_copy(w), out=w.dir / "build"), w.dir / "build"),
        "bad-value": lambda w: (_k8s(w, "--ranks-per-pod", "0"), "--ranks-per-pod"),
    }


def _torch_save(w: Work, name: str, obj) -> Path:
    """``torch.save(obj, w.dir / name)``, in a forked process (:func:`_torch_save_main`): this one need not import
    torch for one file."""
    p = w.dir / name
    with tempfile.TemporaryFile("w+") as log:
        rank = Rank("tests.test_cli_bad_input:_torch_save_main", [str(p), obj], env=dict(os.environ), cwd=w.dir,
                    log=log, stdout=log)
        assert wait_all([rank], 120) == [0], f"torch.save failed:\n{read_logs([log])}"
    return p


def _torch_save_main(argv: list) -> int:
    """In a forked process: ``torch.save(argv[1], argv[0])``."""
    import torch

    torch.save(argv[1], argv[0])
    return 0


#: a verb's case that runs as a fresh process instead of its first applicable one (module docstring):
#: compress's first cases fail before torch loads; a --model-class that does not exist loads torch (the
#: checkpoint) and Lightning (the module it names) before the one line
FRESH_INSTEAD = {"compress": "compress-wrong-kind-2"}


def _cases():
    fresh = _fresh_cases()
    for verb, row in TABLE.items():
        for kind, cell in row.items():
            if isinstance(cell, NA):
                continue
            cells = cell if isinstance(cell, list) else [cell]
            for i, case in enumerate(cells):
                case_id = f"{verb}-{kind}" + (f"-{i}" if len(cells) > 1 else "")
                yield pytest.param(verb, kind, case, case_id in fresh, id=case_id)


def _fresh_cases() -> set[str]:
    """The ids of the cases that run as fresh ``python -m monitor.cli`` processes: one per verb."""
    fresh = {}
    for verb, row in TABLE.items():
        for kind, cell in row.items():
            if not isinstance(cell, NA):
                fresh.setdefault(verb, f"{verb}-{kind}" + ("-0" if isinstance(cell, list) and len(cell) > 1 else ""))
    return set({**fresh, **FRESH_INSTEAD}.values())


# --------------------------------------------------------------------------- snapshots
def _snapshot(root: Path) -> dict[str, tuple]:
    """Every entry below ``root``: kind, mode, and content hash or link target (mtimes of files too)."""
    out: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath, name)
            st = p.lstat()
            rel = str(p.relative_to(root))
            if p.is_symlink():
                out[rel] = ("link", os.readlink(p))
            elif p.is_dir():
                out[rel] = ("dir", st.st_mode)
            else:
                out[rel] = ("file", st.st_mode, st.st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
    return out


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory) -> Path:
    """A real Lightning checkpoint of the demo's model (one training step), trained in a forked process
    (:func:`_train_checkpoint`): the fork server imported Lightning already, this process need not."""
    root = tmp_path_factory.mktemp("ckpt")
    with open(root / "train.log", "a+") as log:
        rank = Rank("tests.test_cli_bad_input:_train_checkpoint", [str(root)],
                    env=dict(os.environ, OMP_NUM_THREADS="1"), cwd=root, log=log, stdout=log)
        assert wait_all([rank], 300) == [0], f"training the checkpoint failed:\n{read_logs([log])}"
    return root / "model.ckpt"


def _train_checkpoint(argv: list[str]) -> int:
    """In a forked process: train the demo's model one step and save ``argv[0]/model.ckpt``."""
    import pytorch_lightning as pl

    from monitor.demo_model import DigitsDataModule, DigitsMLP

    root = Path(argv[0])
    trainer = pl.Trainer(max_steps=1, accelerator="cpu", devices=1, logger=False, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, limit_val_batches=0,
                         default_root_dir=root)
    trainer.fit(DigitsMLP(hidden=16), datamodule=DigitsDataModule(batch_size=16))
    trainer.save_checkpoint(root / "model.ckpt")
    return 0


def _stop_started_servers(workdir: Path) -> None:
    """Stop what a verb started in ``workdir`` by mistake: ``stack down`` on every data dir in it, then
    any process still running with a path below ``workdir`` on its command line or as its working
    directory (by pid: only the servers this test's command started can name this fresh folder)."""
    import signal
    import time

    for state in workdir.rglob("stack.json"):
        _lightwatch(["stack", "down", "--data-dir", str(state.parent)], workdir, fresh=False)
    marker = str(workdir)
    deadline = time.monotonic() + 10
    while True:
        pids = []
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit() and int(proc.name) != os.getpid():
                try:
                    cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                    cwd = os.readlink(proc / "cwd")  # a pushgateway names no path: its working directory does
                except OSError:
                    continue
                if (marker in cmd or cwd.startswith(marker)) and "monitor.cli" not in cmd:
                    pids.append(int(proc.name))
        if not pids or time.monotonic() > deadline:
            break
        for pid in pids:
            try:
                os.kill(pid, signal.SIGTERM if time.monotonic() < deadline - 5 else signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.5)


def _lightwatch(argv: list[str], cwd: Path, fresh: bool = True) -> subprocess.CompletedProcess:
    """``lightwatch *argv`` in ``cwd``: a fresh ``python -m monitor.cli``, or (``fresh=False``) ``main(argv)`` in a
    process forked from the preloaded server with the same environment, working directory and exit code, its
    stdout and stderr files (outside ``cwd``: the snapshot must not see them)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")
    if fresh:
        return subprocess.run([sys.executable, "-m", "monitor.cli", *argv], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=180)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        (code,) = wait_all([Rank("monitor.cli:main", argv, env=env, cwd=cwd, log=err, stdout=out)], 180)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(argv, code, out.read(), err.read())


@pytest.mark.parametrize("verb, kind, case, fresh", list(_cases()))
def test_bad_input_is_one_line_exit_2_and_touches_nothing(verb, kind, case, fresh, tmp_path, request):
    # only compress reads the trained checkpoint: other verbs' rows do not wait for its training
    work = Work(tmp_path / "cwd", request.getfixturevalue("checkpoint") if verb == "compress" else None)
    work.dir.mkdir()
    argv, named = case(work)
    before = _snapshot(work.dir)
    try:
        out = _lightwatch(argv, work.dir, fresh)
        after = _snapshot(work.dir)
    finally:
        if verb == "stack up":  # a stack started by mistake must not outlive the test
            _stop_started_servers(work.dir)
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert out.returncode == 2, f"rc {out.returncode}; stderr tail: {out.stderr[-1500:]}"
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}: {out.stderr[-1500:]}"
    names = named if isinstance(named, tuple) else (str(named), Path(str(named)).name)
    assert any(n in lines[0] for n in names), f"{lines[0]!r} does not name {named}"
    changed = sorted(set(before.items()) ^ set(after.items()))
    assert not changed, f"touched: {changed[:6]}"


def test_table_covers_every_verb_and_kind():
    verbs = {v.split()[0] for v in TABLE}
    commands = {name for name, _, _ in COMMANDS}
    assert verbs >= commands, f"verbs without rows: {sorted(commands - verbs)}"
    for verb, row in TABLE.items():
        assert set(row) == set(KINDS), f"{verb}: cells {sorted(set(KINDS) - set(row))} missing"
        for kind, cell in row.items():
            assert not isinstance(cell, NA) or cell.reason, f"{verb}/{kind}: not applicable without a reason"
    # every verb keeps one case a fresh process (a FRESH_INSTEAD id that names no case would leave it none)
    fresh = [p.values[0] for p in _cases() if p.values[3]]
    assert sorted(fresh) == sorted(TABLE), f"fresh cases per verb: {sorted(fresh)}"
