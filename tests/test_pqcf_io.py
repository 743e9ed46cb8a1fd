"""PQCF's edges (issues 13, 14, 16): bad input to ``lightwatch compress`` and ``compress()`` is one line /
one ``ValueError`` before any work; plain lists of batches; ``trtexec.sh`` quoting; no partial output
on failure; the run label from the Trainer's run context. (Stage lines instead of library noise, issue 16:
tests/test_cli_progress.py, which shares its piped ``lightwatch compress`` run.)"""

from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from lightning_plugins import PQCFCompression
from lightning_plugins.pqcf import compress
from monitor import cli
from monitor import metrics as M
from monitor.demo_model import DigitsMLP, digits_tensors
from pqcf_helpers import cpu_trainer, digits_checkpoint, digits_loaders, train_plain


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    """A Lightning checkpoint of a briefly trained digits MLP."""
    return digits_checkpoint(tmp_path_factory.mktemp("ckpt"))


# --------------------------------------------------------------------------- bad input (issue 13)
def _bad_checkpoints(tmp_path: Path) -> dict[str, Path]:
    files = {"empty": b"", "random": bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8)),
             "text": b"epoch=3 step=120\nthis is not a checkpoint\n"}
    out = {}
    for kind, data in files.items():
        out[kind] = tmp_path / f"{kind}.ckpt"
        out[kind].write_bytes(data)
    out["plain_state_dict"] = tmp_path / "plain.ckpt"  # torch.save(model.state_dict()): not Lightning's format
    torch.save(DigitsMLP(hidden=16).state_dict(), out["plain_state_dict"])
    return out


def _one_line_rc2(capsys, argv: list[str], names: str, out_dir: Path) -> str:
    rc = cli.main(argv)
    err = capsys.readouterr().err
    assert rc == 2, (argv, err)
    assert len(err.strip().splitlines()) == 1 and names in err and "Traceback" not in err, err
    assert not out_dir.exists(), "nothing may be written for bad input"
    return err


@pytest.mark.parametrize("kind", ["empty", "random", "text", "plain_state_dict"])
def test_cli_bad_checkpoint_is_one_line_rc2(kind, tmp_path, capsys):
    ckpt = _bad_checkpoints(tmp_path)[kind]
    out = tmp_path / "out"
    _one_line_rc2(capsys, ["compress", str(ckpt), "--size-ratio", "0.2", "--out-dir", str(out)], str(ckpt), out)


def test_cli_bad_model_class_and_data_are_one_line_rc2(checkpoint, tmp_path, capsys):
    import pickle

    ckpt = checkpoint
    out = tmp_path / "out"
    base = ["compress", str(ckpt), "--size-ratio", "0.3", "--out-dir", str(out)]
    for spec in ("monitor.demo_model:DigitsMLQ", "monitor.demo_modle:DigitsMLP", "monitor.demo_model",
                 "monitor.demo_model:digits_tensors"):
        _one_line_rc2(capsys, base + ["--model-class", spec], spec, out)
    # the class exists but the checkpoint's weights are another model's
    _one_line_rc2(capsys, base + ["--model-class", "lightning_plugins.models:TinyGPT"], str(ckpt), out)
    (xt, yt), (xh, yh) = digits_tensors()
    pickled = tmp_path / "data.pt"
    pickled.write_bytes(pickle.dumps({"x_train": xt.numpy(), "y_train": yt.numpy(), "x_heldout": xh.numpy(),
                                      "y_heldout": yh.numpy()}))
    _one_line_rc2(capsys, base + ["--data", str(pickled)], str(pickled), out)
    wrong = tmp_path / "wrong.pt"
    torch.save({"x_train": xt, "y_train": yt[:10], "x_heldout": xh, "y_heldout": yh}, wrong)
    _one_line_rc2(capsys, base + ["--data", str(wrong)], str(wrong), out)
    _one_line_rc2(capsys, base + ["--data", str(tmp_path / "nothing.pt")], "nothing.pt", out)
    not_dir = tmp_path / "file"
    not_dir.write_text("x")
    rc = cli.main(["compress", str(ckpt), "--size-ratio", "0.3", "--out-dir", str(not_dir)])
    assert rc == 2 and "--out-dir" in capsys.readouterr().err and not_dir.read_text() == "x"


def test_cli_refuses_bad_paths_and_options_before_torch_loads(tmp_path):
    """Missing/empty inputs, a bad --out-dir and out-of-range options need no torch: rc 2 before it loads."""
    import subprocess

    empty = tmp_path / "empty.ckpt"
    empty.write_bytes(b"")
    probe = ("import sys; from monitor.cli import main; rc = main(sys.argv[1:]); "
             "print('torch loaded' if 'torch' in sys.modules else 'no torch'); sys.exit(rc)")
    root = Path(__file__).resolve().parents[1]
    for argv in (["compress", str(tmp_path / "missing.ckpt"), "--size-ratio", "0.5"],
                 ["compress", str(empty), "--size-ratio", "0.5"],
                 ["compress", str(empty), "--size-ratio", "0.5", "--out-dir", str(tmp_path / "no" / "such")],
                 ["compress", str(empty), "--size-ratio", "7"]):
        out = subprocess.run([sys.executable, "-c", probe, *argv], cwd=tmp_path, capture_output=True, text=True,
                             timeout=120, env={**os.environ, "PYTHONPATH": str(root)})
        assert out.returncode == 2 and out.stdout.strip() == "no torch", (argv, out.stdout, out.stderr)


def test_compress_takes_a_plain_list_of_batches(tmp_path):
    """compress() with lists of (x, y) batches: Lightning would read a list as several dataloaders."""
    torch.manual_seed(0)
    train, val = digits_loaders()
    net = DigitsMLP(hidden=32)
    train_plain(net, train, epochs=2)
    calib = [(x, y) for x, y in itertools.islice(train, 4)]
    heldout = [(x, y) for x, y in val]
    res = compress(net.eval(), calib, heldout, out_dir=tmp_path / "o", size_ratio=0.3, distill_steps=6,
                   hutchinson_samples=4, calib_batches=2, verbose=False)
    assert res.timings["distill"] > 0 and res.agreement >= 0.99 and res.accuracy["onnx"] > 0.5
    gen = ((x, y) for x, y in calib)
    with pytest.raises(ValueError, match="one-shot iterator"):
        compress(net, gen, heldout, out_dir=tmp_path / "g", size_ratio=0.3, distill_steps=6)


def test_inputs_are_checked_before_sensitivity(tmp_path, monkeypatch):
    q = sys.modules[compress.__module__]  # the module whose compress() runs the stages

    def no_sensitivity(*a, **k):
        raise AssertionError("sensitivity started before the inputs were checked")

    monkeypatch.setattr(q, "hutchinson_traces", no_sensitivity)
    train, val = digits_loaders()
    model = DigitsMLP(hidden=16)
    opts = dict(out_dir=tmp_path / "o", size_ratio=0.3, hutchinson_samples=4, calib_batches=1)
    cases = [
        ((train, [{"x": 1}]), "heldout_data batch 0"),
        (([(torch.randn(8, 64),)], val), "need targets"),
        (([(torch.randn(8, 10), torch.zeros(8, dtype=torch.long))], val), "calib_data: DigitsMLP cannot run"),
        ((train, [(torch.randn(4, 64), torch.zeros(4, dtype=torch.long)), (torch.randn(4, 3), None)]),
         "heldout_data"),
        ((train, []), "heldout_data must yield at least one batch"),
        ((42, val), "calib_data must be an iterable"),
    ]
    for (calib, heldout), match in cases:
        with pytest.raises(ValueError, match=match):
            compress(model, calib, heldout, **opts)
    with pytest.raises(ValueError, match="cannot be met"):  # from the byte counts alone
        compress(model, train, val, **{**opts, "size_ratio": 0.05})
    assert not (tmp_path / "o").exists()


# --------------------------------------------------------------------------- files written safely (issue 13)
def _small_compress(net, out_dir, **kw):
    train, val = digits_loaders()
    return compress(net.eval(), train, val, out_dir=out_dir, size_ratio=0.3, distill_steps=2, hutchinson_samples=4,
                    calib_batches=1, latency_repeats=1, verbose=False, **kw)


def test_trtexec_script_quotes_every_path(tmp_path):
    """An --out-dir with a space and ';' stays one argument: bash -n accepts the script and a fake
    trtexec on PATH receives exactly the paths, with no injected command run."""
    import subprocess

    torch.manual_seed(0)
    out = tmp_path / "out dir;touch PWNED;x"
    res = _small_compress(DigitsMLP(hidden=16), out)
    script = out / "trtexec.sh"
    assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "trtexec"
    fake.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "$ARGV_FILE"\n')
    fake.chmod(0o755)
    work = tmp_path / "cwd"
    work.mkdir()
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "ARGV_FILE": str(tmp_path / "argv.txt")}
    run = subprocess.run(["sh", str(script)], cwd=work, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    argv = (tmp_path / "argv.txt").read_text().splitlines()
    assert argv[0] == f"--onnx={out / 'model_trt.onnx'}" and argv[-1] == f"--saveEngine={out / 'model.plan'}"
    assert "--int8" in argv and len(argv) == 8, argv
    assert not (work / "PWNED").exists() and not list(tmp_path.glob("**/PWNED"))
    assert res.export.trt_path == str(out / "model_trt.onnx") and Path(res.export.trt_path).is_file()


def test_failure_mid_run_leaves_no_partial_output(tmp_path, monkeypatch):
    """An error after the ONNX files were written (here in the latency timing) leaves out_dir as it
    was: absent when it did not exist, untouched when it did; no temporary folder stays behind."""
    q = sys.modules[compress.__module__]

    def broken(*a, **k):
        raise RuntimeError("ORT failed mid-run")

    monkeypatch.setattr(q, "ort_latency", broken)
    torch.manual_seed(0)
    net = DigitsMLP(hidden=16)
    with pytest.raises(RuntimeError, match="mid-run"):
        _small_compress(net, tmp_path / "new" / "out")
    assert list(tmp_path.iterdir()) == []
    old = tmp_path / "old"
    old.mkdir()
    (old / "report.json").write_text('{"old": true}')
    with pytest.raises(RuntimeError, match="mid-run"):
        _small_compress(net, old)
    assert [p.name for p in old.iterdir()] == ["report.json"] and (old / "report.json").read_text() == '{"old": true}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old"]
    monkeypatch.undo()
    res = _small_compress(net, old)  # a successful run replaces the files in an existing folder
    assert json.loads((old / "report.json").read_text())["agreement"] == res.agreement
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old"]


# --------------------------------------------------------------------------- one run label (issues 13/14)
def test_run_label_comes_from_the_trainers_monitor(tmp_path):
    """In a Trainer the attached PrometheusMonitor's run name and registry win over PQCF's own
    arguments (callback and compress()); outside a Trainer compress() keeps its arguments."""
    from prometheus_client import CollectorRegistry

    from monitor.callbacks import PrometheusMonitor

    torch.manual_seed(0)
    train, val = digits_loaders()
    reg, own = CollectorRegistry(), CollectorRegistry()
    monitor = PrometheusMonitor(run_name="exp1", registry=reg, serve=False)
    cb = PQCFCompression(tmp_path / "cb", at_epoch=0, size_ratio=0.3, distill_steps=2, hutchinson_samples=4,
                         calib_batches=1, latency_repeats=1, registry=own, run_name="other", verbose=False)
    model = DigitsMLP(hidden=16)
    with pytest.warns(UserWarning, match="run_name='other' ignored"):
        cpu_trainer(max_epochs=1, callbacks=[monitor, cb], enable_checkpointing=False, default_root_dir=tmp_path).fit(
            model, train, val)
    bits = M.PQCF_LAYER_BITS.series
    assert reg.get_sample_value(bits, {"run": "exp1", "rank": "0", "layer": "net.0"}) in (4, 8)
    assert own.get_sample_value(bits, {"run": "other", "rank": "0", "layer": "net.0"}) is None
    assert reg.get_sample_value(bits, {"run": "other", "rank": "0", "layer": "net.0"}) is None
    # compress() on a model attached to that trainer: the monitor's run too
    reg2 = CollectorRegistry()
    with pytest.warns(UserWarning, match="ignored"):
        compress(model, train, val, out_dir=tmp_path / "fn", size_ratio=0.3, distill_steps=0, hutchinson_samples=4,
                 calib_batches=1, latency_repeats=1, verbose=False, registry=reg2, run_name="fn")
    assert reg.get_sample_value(M.PQCF_COMPRESSION_RATIO.series, {"run": "exp1", "rank": "0"}) > 1
    assert reg2.get_sample_value(M.PQCF_COMPRESSION_RATIO.series, {"run": "fn", "rank": "0"}) is None
    # outside a Trainer: its own arguments
    compress(DigitsMLP(hidden=16), train, val, out_dir=tmp_path / "alone", size_ratio=0.3, distill_steps=0,
             hutchinson_samples=4, calib_batches=1, latency_repeats=1, verbose=False, registry=reg2, run_name="fn",
             rank=3)
    assert reg2.get_sample_value(M.PQCF_COMPRESSION_RATIO.series, {"run": "fn", "rank": "3"}) > 1


# --------------------------------------------------------------------------- output (issue 16)
# ``lightwatch compress``'s stage lines instead of library noise: tests/test_cli_progress.py
# (test_cli_shows_stage_lines_not_library_noise), beside the progress bar test whose piped run it shares.
