"""DPSPrecision on CPU with real training: underflow, overflow, benign, resume, the step contract, bad input.

The fp16 baseline is Lightning's ``MixedPrecision("16-mixed", device="cpu")`` with its GradScaler:
``Trainer(precision="16-mixed")`` would silently run bf16 on CPU.
"""

from __future__ import annotations

import math
import warnings

import pytest
import torch
from pytorch_lightning.callbacks import ModelCheckpoint
from pytorch_lightning.plugins.precision import MixedPrecision

from lightning_plugins import DPSPolicy, DPSPrecision
from lightning_plugins.precision import FP16_SMALLEST_NORMAL, gradient_statistics
from lightning_plugins.precision_tasks import SyntheticTask, fit_task, task_config
from monitor import metrics as M

RUN = {"run": "dps", "rank": "0"}


def _dps(registry, **kw) -> DPSPrecision:
    return DPSPrecision(registry=registry, run_name="dps", **kw)


def _mean(xs):
    return sum(xs) / len(xs)


def _smooth(xs, w=10):  # trailing moving average
    return [_mean(xs[max(0, i - w + 1): i + 1]) for i in range(len(xs))]


def _value(registry, spec, **labels):
    return registry.get_sample_value(spec.series, {**RUN, **labels})


def test_fp16_baseline_is_really_fp16_on_cpu():
    # the trap: Lightning's precision="16-mixed" becomes bf16 on CPU; MixedPrecision(device="cpu") is fp16
    a, b = torch.randn(4, 4), torch.randn(4, 4)
    with MixedPrecision("16-mixed", device="cpu").forward_context():
        assert (a @ b).dtype == torch.float16
    dps = DPSPrecision(device="cpu")
    with dps.forward_context():
        assert (a @ b).dtype == torch.float16
    dps.active = "bf16"
    with dps.forward_context():
        assert (a @ b).dtype == torch.bfloat16


def test_gradient_statistics_counts_tiny_nonzero_elements():
    p1, p2 = torch.nn.Parameter(torch.zeros(4)), torch.nn.Parameter(torch.zeros(3))
    p1.grad = torch.tensor([0.0, 1e-6, -2e-5, 0.5])       # 2 tiny of 3 non-zero
    p2.grad = torch.tensor([-3.0, FP16_SMALLEST_NORMAL, 0.0])  # the smallest normal itself is not tiny
    stats = gradient_statistics(torch.optim.SGD([p1, p2], lr=0.1))
    assert stats["nonzero"] == 5 and stats["underflow"] == 2
    assert stats["underflow_ratio"] == pytest.approx(2 / 5)
    assert stats["max_abs"] == 3.0 and stats["min_abs"] == pytest.approx(1e-6)
    # what fp16 holds in backward is |g| * scale: at 2**10 both tiny ones are normal, at 4 only 1e-6 is not
    assert gradient_statistics(torch.optim.SGD([p1, p2], lr=0.1), loss_scale=2.0 ** 10)["underflow"] == 0
    assert gradient_statistics(torch.optim.SGD([p1, p2], lr=0.1), loss_scale=4.0)["underflow"] == 1
    p1.grad[0] = float("nan")
    assert math.isnan(gradient_statistics(torch.optim.SGD([p1, p2], lr=0.1))["underflow_ratio"])


def test_underflow_task_switches_to_bf16_and_tracks_fp32(registry):
    steps, every = 200, 25
    fp32 = fit_task(SyntheticTask(task_config("underflow"), steps), steps=steps)
    fp16 = fit_task(SyntheticTask(task_config("underflow"), steps),
                    [MixedPrecision("16-mixed", device="cpu")], steps=steps)
    plugin = _dps(registry, check_every=every)
    dps = fit_task(SyntheticTask(task_config("underflow"), steps), [plugin], steps=steps)

    # bounded reaction: the first check (step 25) already sees every non-zero gradient below 2**-14
    assert plugin.history[0] == {"step": every, "from": "fp16", "to": "bf16", "reason": "underflow"}
    assert len(plugin.history) == 1 and dps.dtypes[-1] == "bf16"
    # tolerance: over the second half the 10-step moving average stays within 0.1 of fp32's (DPS lost
    # its first 25 steps to fp16), and the mean of the last 20 losses is within 5 % of fp32's
    gap = max(abs(a - b) for a, b in list(zip(_smooth(dps.losses), _smooth(fp32.losses)))[steps // 2:])
    assert gap < 0.1, gap
    assert _mean(dps.losses[-20:]) == pytest.approx(_mean(fp32.losses[-20:]), rel=0.05)
    # real fp16 stalls: every gradient flushes to zero, the loss stays near its start
    assert _mean(fp16.losses[-20:]) > 0.9 * fp16.losses[0]
    assert _mean(fp16.losses[-20:]) > 3 * _mean(fp32.losses[-20:])

    assert _value(registry, M.DPS_SWITCHES, from_dtype="fp16", to_dtype="bf16") == 1.0
    assert registry.get_sample_value(M.DPS_ACTIVE_DTYPE.name, {**RUN, M.DPS_ACTIVE_DTYPE.name: "bf16"}) == 1.0
    assert _value(registry, M.DPS_UNDERFLOW) > 0.5
    assert _value(registry, M.DPS_SKIPPED_STEPS) == 0.0
    assert registry.get_sample_value(M.DPS_STATS_DURATION.name + "_count", RUN) == steps // every


def test_overflow_task_skips_nonfinite_steps_switches_and_converges(registry):
    steps, every = 200, 25
    cfg = task_config("overflow")  # inputs x1e5 from step 40: fp16 activations exceed 65504
    fp16 = fit_task(SyntheticTask(cfg, steps), [MixedPrecision("16-mixed", device="cpu")], steps=steps)
    assert all(math.isnan(x) for x in fp16.losses[cfg.overflow_from + 1:])  # the task really overflows fp16
    fp32 = fit_task(SyntheticTask(cfg, steps), steps=steps)
    plugin = _dps(registry, check_every=every)
    dps = fit_task(SyntheticTask(cfg, steps), [plugin], steps=steps)

    assert dps.weights_finite  # checked after every step: no NaN ever reached the weights
    (switch,) = plugin.history
    assert switch["to"] == "bf16" and switch["reason"] == "overflow"
    assert switch["step"] <= cfg.overflow_from + 2 * every
    assert 0 < plugin.skipped_steps == plugin.nonfinite_steps <= 2 * every
    assert not any(math.isnan(x) for x in dps.losses[switch["step"]:])
    assert _mean(dps.losses[-20:]) < 0.3 * dps.losses[0]
    assert _mean(dps.losses[-20:]) == pytest.approx(_mean(fp32.losses[-20:]), rel=0.1)
    assert _value(registry, M.DPS_SKIPPED_STEPS) == plugin.skipped_steps
    assert _value(registry, M.DPS_NONFINITE_GRAD_STEPS) == plugin.nonfinite_steps
    # the scaler backed off during the skipped fp16 steps and keeps that state in bf16
    assert plugin.scaler.get_scale() == 65536.0 / 2 ** plugin.skipped_steps
    assert _value(registry, M.DPS_LOSS_SCALE) == plugin.scaler.get_scale()


def test_benign_task_stays_fp16_without_flapping(registry):
    steps = 500
    policy = DPSPolicy(min_steps_between_switches=20)  # even a loose hysteresis must not be needed
    plugin = _dps(registry, check_every=10, policy=policy)
    trace = fit_task(SyntheticTask(task_config("benign"), steps), [plugin], steps=steps)
    assert plugin.history == [] and set(trace.dtypes) == {"fp16"}
    assert _mean(trace.losses[-50:]) < 0.7 * _mean(trace.losses[:10])
    assert plugin.last_check["underflow_ratio"] < policy.release_factor * policy.underflow_ratio
    assert _value(registry, M.DPS_SWITCHES, from_dtype="fp16", to_dtype="bf16") == 0.0
    assert registry.get_sample_value(M.DPS_ACTIVE_DTYPE.name, {**RUN, M.DPS_ACTIVE_DTYPE.name: "fp16"}) == 1.0


def _resume_task(steps):
    # underflows until step 30 (-> bf16 at 5), then calm: back to fp16 once calm for 20 steps (at 50)
    return SyntheticTask(task_config("underflow", loss_factor_until=30), steps)


def _resume_plugin(registry):
    return _dps(registry, check_every=5, policy=DPSPolicy(calm_steps=20, min_steps_between_switches=10))


def test_resume_reproduces_the_next_20_steps_bit_for_bit(registry, tmp_path):
    # saved at step 42: mid-window (checks every 5), mid calm period, 8 steps before a switch
    ckpt = ModelCheckpoint(dirpath=tmp_path, every_n_train_steps=42, save_top_k=-1, save_last=False)
    plugin_a = _resume_plugin(registry)
    task_a = _resume_task(62)
    full = fit_task(task_a, [plugin_a], steps=62, callbacks=[ckpt], enable_checkpointing=True)
    assert [h["step"] for h in plugin_a.history] == [5, 50]  # the resumed stretch holds a switch
    (path,) = [p for p in tmp_path.iterdir() if "step=42" in p.name]
    saved = torch.load(path, weights_only=True)["DPSPrecision"]  # plain values: loads under the default
    assert saved["active"] == "bf16" and saved["step"] == 42

    plugin_b = _resume_plugin(registry)
    task_b = _resume_task(62)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*resuming from a checkpoint that ended before the epoch.*")
        resumed = fit_task(task_b, [plugin_b], steps=62, ckpt_path=str(path))
    assert len(resumed.losses) == 20
    assert resumed.losses == full.losses[42:]
    assert resumed.dtypes == full.dtypes[42:] and resumed.dtypes[0] == "bf16" and resumed.dtypes[-1] == "fp16"
    assert resumed.scales == full.scales[42:]
    assert plugin_b.state_dict() == plugin_a.state_dict()
    for pa, pb in zip(task_a.parameters(), task_b.parameters()):
        assert torch.equal(pa, pb)


@pytest.mark.parametrize("missing, kept", [("bf16", "fp16"), ("fp16", "bf16")])
def test_unsupported_half_type_warns_once_and_stays(registry, monkeypatch, missing, kept):
    import lightning_plugins.precision as P

    real = P._device_supports
    monkeypatch.setattr(P, "_device_supports", lambda device, dtype: dtype != P.DTYPES[missing] and real(device, dtype))
    plugin = _dps(registry, check_every=5, policy=DPSPolicy(min_steps_between_switches=5))
    cfg = task_config("overflow" if missing == "bf16" else "underflow", overflow_from=0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        trace = fit_task(SyntheticTask(cfg, 20), [plugin], steps=20)
    assert len([w for w in caught if f"{missing} autocast is not supported" in str(w.message)]) == 1
    assert set(trace.dtypes) == {kept} and plugin.history == []
    if missing == "bf16":  # stuck in fp16 on an overflowing task: every step skipped, none applied
        assert plugin.skipped_steps == 20 and trace.weights_finite


class _WithScheduler(SyntheticTask):
    def configure_optimizers(self):
        opt = super().configure_optimizers()
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=5, gamma=0.9)
        return {"optimizer": opt, "lr_scheduler": {"scheduler": sched, "interval": "step"}}


def test_skipped_first_steps_do_not_trip_the_scheduler_warning(registry):
    # overflow from step 0: the first fp16 steps are all skipped while the scheduler steps every batch
    cfg = task_config("overflow", overflow_from=0)
    with warnings.catch_warnings(record=True) as baseline:
        warnings.simplefilter("always")
        fit_task(_WithScheduler(cfg, 10), [MixedPrecision("16-mixed", device="cpu")], steps=10)
    assert any("before `optimizer.step()`" in str(w.message) for w in baseline)  # the warning DPS avoids
    plugin = _dps(registry, check_every=5, policy=DPSPolicy(min_steps_between_switches=5))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        trace = fit_task(_WithScheduler(cfg, 30), [plugin], steps=30)
    assert not [w for w in caught if "before `optimizer.step()`" in str(w.message)]
    assert plugin.skipped_steps == 5 and plugin.history[0]["step"] == 5 and trace.weights_finite


@pytest.mark.parametrize("algorithm", ["norm", "value"])
def test_clipping_acts_on_unscaled_gradients_with_accumulation(registry, algorithm):
    # SGD lr 0.1, clip 1e-3: the update is exactly lr * clip when clipping sees unscaled gradients
    # (on scaled ones it would be 65536x smaller)
    clip, lr = 1e-3, 0.1
    task = SyntheticTask(task_config("benign", optimizer="sgd", lr=lr), 4)
    plugin = _dps(registry, check_every=1)
    before = [p.detach().clone() for p in task.parameters()]
    fit_task(task, [plugin], steps=1, accumulate_grad_batches=2, gradient_clip_val=clip,
             gradient_clip_algorithm=algorithm)
    deltas = torch.cat([(p.detach() - b).flatten() for p, b in zip(task.parameters(), before)])
    size = deltas.norm() if algorithm == "norm" else deltas.abs().max()
    assert float(size) == pytest.approx(lr * clip, rel=1e-3)
    assert plugin.step == 1 and plugin.active == "fp16"


class _TwoOptimizers(SyntheticTask):
    """Manual optimization: the first layer and the rest have their own optimizer."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.automatic_optimization = False

    def training_step(self, batch, batch_idx):
        opt_a, opt_b = self.optimizers()
        for opt in (opt_a, opt_b):
            loss = super().training_step(batch, batch_idx)
            opt.zero_grad()
            self.manual_backward(loss)
            opt.step()

    def configure_optimizers(self):
        first = list(self.net[0].parameters())
        rest = [p for p in self.parameters() if all(p is not q for q in first)]
        return torch.optim.Adam(first, lr=3e-3), torch.optim.Adam(rest, lr=3e-3)


def test_multiple_optimizers_manual_optimization(registry):
    cfg = task_config("overflow", overflow_from=10)
    plugin = _dps(registry, check_every=10, policy=DPSPolicy(min_steps_between_switches=10))
    task = _TwoOptimizers(cfg, 80)
    trace = fit_task(task, [plugin], steps=80)  # global_step counts both optimizers' steps
    assert trace.weights_finite
    assert plugin.step == 80 and plugin.history[0]["reason"] == "overflow" and plugin.active == "bf16"
    assert _mean(trace.losses[-5:]) < 0.6 * trace.losses[0]


@pytest.mark.parametrize("kwargs, match", [
    (dict(check_every=0), "check_every"),
    (dict(check_every=2.5), "check_every"),
    (dict(initial_dtype="fp8"), "initial_dtype"),
    (dict(initial_dtype=torch.float32), "initial_dtype"),
    (dict(device="tpu-ish"), "device"),
    (dict(policy="aggressive"), "policy"),
    (dict(scaler=1.0), "scaler"),
])
def test_bad_plugin_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        DPSPrecision(**kwargs)


@pytest.mark.parametrize("kwargs, match", [
    (dict(underflow_ratio=1.5), "underflow_ratio"),
    (dict(underflow_ratio=0.0), "underflow_ratio"),
    (dict(overflow_ratio=-0.1), "overflow_ratio"),
    (dict(release_factor=2.0), "release_factor"),
    (dict(min_loss_scale=0.0), "min_loss_scale"),
    (dict(calm_steps=-1), "calm_steps"),
    (dict(calm_backoff=0.5), "calm_backoff"),
    (dict(min_steps_between_switches=0), "min_steps_between_switches"),
    (dict(overflow_streak=0), "overflow_streak"),
    (dict(calm_steps=100, max_calm_steps=10), "max_calm_steps"),
])
def test_bad_policy_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        DPSPolicy(**kwargs)


def test_policy_hysteresis_and_backoff():
    policy = DPSPolicy(calm_steps=100, min_steps_between_switches=50)
    state = policy.initial_state()

    def check(step, active, underflow, since, nonfinite=0):
        return _check(step=step, active=active, underflow_ratio=underflow, nonfinite_steps=nonfinite,
                      steps_since_switch=since)

    assert policy.decide(check(50, "fp16", 0.9, None), state) == ("bf16", "underflow")
    assert policy.decide(check(100, "bf16", 0.3, 50), state) is None  # 0.3 is not calm (< 0.25 needed)
    assert state.calm_steps == 0
    assert policy.decide(check(150, "bf16", 0.1, 100), state) is None  # calm for 50 of 100 steps
    assert policy.decide(check(200, "bf16", 0.1, 150), state) == ("fp16", "calm")
    # too early to leave again (hysteresis), then fp16 fails within the calm period: leave, and the
    # next calm period doubles
    assert policy.decide(check(210, "fp16", 0.0, 10, nonfinite=10), state) is None
    assert policy.decide(check(250, "fp16", 0.0, 50, nonfinite=50), state) == ("bf16", "overflow")
    assert state.calm_required == 200
    # sporadic overflows (GradScaler calibrating) stay in fp16; a trailing streak of 8 does not
    fresh = policy.initial_state()
    assert policy.decide(check(50, "fp16", 0.0, None, nonfinite=5), fresh) is None
    assert policy.decide(_check(step=100, active="fp16", underflow_ratio=0.0, nonfinite_steps=8,
                                nonfinite_streak=8, steps_since_switch=None), fresh) == ("bf16", "overflow")


def _check(**kw):
    from lightning_plugins.precision import GradCheck

    base = dict(window_steps=50, nonfinite_streak=0, loss_scale=65536.0, max_abs_grad=1.0, min_abs_grad=1e-6)
    return GradCheck(**{**base, **kw})


def test_demo_provoke_option():
    from monitor.demo import parse_provoke

    assert parse_provoke("500:100") == (500, 100) and parse_provoke("off") is None
    for bad in ("500", "a:b", "-1:10", "5:0"):
        with pytest.raises(ValueError, match="--dps-provoke"):
            parse_provoke(bad)


@pytest.mark.timeout(240)
def test_ddp_ranks_take_the_same_decisions(tmp_path):
    """2-process CPU/gloo DDP where only rank 1's inputs overflow fp16: the all-reduce carries the
    non-finite gradients to rank 0, and both ranks skip the same steps, switch at the same step and
    end with bit-identical weights."""
    import json
    import subprocess

    from tests.forked_ranks import read_logs, torchrun_ranks, wait_all

    # the 2 ranks with torchrun's environment, forked from a server that imported Lightning once
    # (tests/forked_ranks.py): the ranks' decisions are checked here, not the launch
    ranks, logs = torchrun_ranks("tests.scripts.train_dps_ddp:main",
                                 ["--out", str(tmp_path), "--steps", "120", "--check-every", "20", "--overflow-rank", "1"],
                                 2, tmp_path / "logs")
    try:
        codes = wait_all(ranks, timeout=200)
    except subprocess.TimeoutExpired:
        codes = None
    text = read_logs(logs, tail=3000)
    for log in logs:
        log.close()
    assert codes == [0, 0], f"exit codes {codes}:\n{text}"
    r0, r1 = (json.loads((tmp_path / f"rank{r}.json").read_text()) for r in (0, 1))
    overflow_from = task_config("overflow").overflow_from
    assert r0["max_input"] < 100 < 1e4 < r1["max_input"]  # only rank 1's own data overflows fp16
    (switch,) = r0["history"]
    assert switch["to"] == "bf16" and switch["reason"] == "overflow" and overflow_from < switch["step"] <= overflow_from + 40
    assert r0["history"] == r1["history"] and r0["dtypes"] == r1["dtypes"] and r0["scales"] == r1["scales"]
    assert 0 < r0["skipped_steps"] == r1["skipped_steps"] == r0["nonfinite_steps"] == r1["nonfinite_steps"]
    assert r0["weights_finite"] and r1["weights_finite"]
    assert r0["params_sha256"] == r1["params_sha256"]


def test_monitor_names_the_run_once(registry):
    """DPSPrecision() given no registry / run_name reports under the attached PrometheusMonitor's."""
    from monitor import PrometheusMonitor

    monitor = PrometheusMonitor(run_name="exp1", registry=registry, serve=False)
    fit_task(SyntheticTask(task_config("benign"), 12), [DPSPrecision(check_every=5)], steps=12, callbacks=[monitor])
    samples = [s for metric in registry.collect() for s in metric.samples if s.name.startswith("lightwatch_")]
    assert any(s.name.startswith("lightwatch_dps_") for s in samples)
    assert {s.labels.get("run") for s in samples} == {"exp1"}, sorted({s.name for s in samples if s.labels.get("run") != "exp1"})
