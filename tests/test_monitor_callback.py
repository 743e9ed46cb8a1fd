"""PrometheusMonitor on real (short) Lightning runs, read back from a fresh registry."""

from __future__ import annotations

import json
import logging
import time
from types import SimpleNamespace

import pytest
from prometheus_client import CollectorRegistry
from monitor._lightning import pl
import torch
import torch.nn.functional as F
from monitor._lightning import sub as _lightning_sub
ModelCheckpoint = _lightning_sub("callbacks").ModelCheckpoint

from monitor import metrics as M
from monitor.callbacks import PrometheusMonitor, _data_parallel_size
from monitor.demo_model import DigitsDataModule, DigitsMLP
from monitor.eventlog import LOGGER_NAME


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.events = []

    def emit(self, record):
        fields = getattr(record, "lightwatch_fields", None)
        if fields:
            self.events.append(fields)


@pytest.fixture
def events():
    handler = _Collect()
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    yield handler.events
    logger.removeHandler(handler)


def _trainer(callbacks, steps=20, **kw):
    kw.setdefault("enable_checkpointing", False)
    return pl.Trainer(max_steps=steps, accelerator="cpu", devices=1, callbacks=callbacks, logger=False,
                      enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0, **kw)


def _value(registry, name, **labels):
    return registry.get_sample_value(name, {"run": "t", "rank": "0", **labels})


def test_fills_the_catalogue_from_a_real_run(registry, events):
    pl.seed_everything(0)
    mon = PrometheusMonitor(run_name="t", registry=registry, port=0, log_every_n_steps=5, tokens_per_sample=64)
    _trainer([mon], steps=20, limit_val_batches=2, val_check_interval=10).fit(
        DigitsMLP(hidden=32), datamodule=DigitsDataModule(batch_size=16))
    assert _value(registry, "lightwatch_samples_total") == 20 * 16
    assert _value(registry, "lightwatch_tokens_total") == 20 * 16 * 64
    assert _value(registry, "lightwatch_optimizer_steps_total") == 20
    assert _value(registry, "lightwatch_step_duration_seconds_count") == 20
    assert _value(registry, "lightwatch_data_wait_seconds_count") == 20
    for phase in ("forward", "backward", "optimizer"):
        assert _value(registry, "lightwatch_phase_duration_seconds_count", phase=phase) == 20
    assert _value(registry, "lightwatch_global_step") == 20
    loss = _value(registry, "lightwatch_loss")
    assert loss is not None and 0 < loss < 3
    assert _value(registry, "lightwatch_grad_norm") > 0
    assert _value(registry, "lightwatch_learning_rate", optimizer="0") == pytest.approx(1e-3)
    assert _value(registry, "lightwatch_validation_duration_seconds_count") == 2
    assert _value(registry, "lightwatch_last_step_timestamp_seconds") > 1.7e9
    assert _value(registry, "lightwatch_process_cpu_seconds_total") is None  # collectors leave with teardown
    info = _value(registry, "lightwatch_run_info", model="DigitsMLP", precision="32-true (Precision)",
                  strategy="SingleDeviceStrategy", world_size="1")
    assert info == 1.0
    assert _value(registry, "lightwatch_mfu_ratio") is None  # no flops given, no CUDA: absent, not zero
    assert _value(registry, "lightwatch_gpu_power_watts", device="cuda:0") is None
    names = [e["event"] for e in events]
    assert "run_start" in names and "run_end" in names and "exporter_started" in names


def test_mfu_and_flops_when_known(registry):
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=5,
                            flops_per_sample=1e6, peak_flops=1e12)
    _trainer([mon], steps=10, limit_val_batches=0).fit(DigitsMLP(hidden=16), datamodule=DigitsDataModule(batch_size=8))
    flops = _value(registry, "lightwatch_achieved_flops_per_second")
    assert flops > 0 and _value(registry, "lightwatch_mfu_ratio") == pytest.approx(flops / 1e12)


def test_process_metrics_are_served_while_running(registry):
    seen = {}

    class Peek(pl.Callback):
        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
            seen["cpu"] = registry.get_sample_value("lightwatch_process_cpu_seconds_total", {"run": "t", "rank": "0"})
            seen["rss"] = registry.get_sample_value("lightwatch_process_resident_memory_bytes",
                                                    {"run": "t", "rank": "0"})

    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False)
    _trainer([mon, Peek()], steps=3, limit_val_batches=0).fit(DigitsMLP(hidden=16),
                                                              datamodule=DigitsDataModule(batch_size=8))
    assert seen["cpu"] > 0 and seen["rss"] > 10e6


class NaNAt(DigitsMLP):
    """Produces a NaN loss at the given batches (weights are not updated from it: lr stays tiny)."""

    def __init__(self, bad_steps):
        super().__init__(hidden=16)
        self.bad_steps = set(bad_steps)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        if self.global_step in self.bad_steps:
            loss = loss * torch.tensor(float("nan"))
        return loss

    def configure_optimizers(self):
        # SGD on a NaN gradient makes the weights NaN; skip the step when the loss is not finite
        return torch.optim.SGD(self.parameters(), lr=1e-2)

    def on_before_optimizer_step(self, optimizer):
        for p in self.parameters():
            if p.grad is not None:
                torch.nan_to_num_(p.grad, nan=0.0, posinf=0.0, neginf=0.0)


def test_nonfinite_loss_is_counted_logged_and_training_goes_on(registry, events):
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=4)
    trainer = _trainer([mon], steps=12, limit_val_batches=0)
    trainer.fit(NaNAt({2, 3, 9}), datamodule=DigitsDataModule(batch_size=8))
    assert trainer.global_step == 12
    assert _value(registry, "lightwatch_nonfinite_loss_total") == 3
    bad = [e for e in events if e["event"] == "nonfinite_loss"]
    assert sum(e["count"] for e in bad) == 3
    json.dumps(bad)  # the event is valid JSON even with a NaN loss in it


def test_stop_on_nonfinite_stops_the_run(registry):
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=2,
                            stop_on_nonfinite=True)
    trainer = _trainer([mon], steps=50, limit_val_batches=0)
    trainer.fit(NaNAt({3}), datamodule=DigitsDataModule(batch_size=8))
    assert trainer.global_step < 50


def test_checkpoint_writes_are_timed(tmp_path, registry, events):
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False)
    ckpt = ModelCheckpoint(dirpath=tmp_path, every_n_train_steps=5, save_top_k=-1)
    trainer = _trainer([mon, ckpt], steps=10, limit_val_batches=0, enable_checkpointing=True)
    trainer.fit(DigitsMLP(hidden=16), datamodule=DigitsDataModule(batch_size=8))
    assert _value(registry, "lightwatch_checkpoint_duration_seconds_count") == 2
    assert len([e for e in events if e["event"] == "checkpoint_saved"]) == 2
    assert "save_checkpoint" not in trainer.__dict__  # the wrapper is removed on teardown


def test_bf16_mixed_precision_run_is_monitored(registry):
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False)
    _trainer([mon], steps=5, limit_val_batches=0, precision="bf16-mixed").fit(
        DigitsMLP(hidden=16), datamodule=DigitsDataModule(batch_size=8))
    assert _value(registry, "lightwatch_samples_total") == 40


@pytest.mark.parametrize("kw, match", [
    (dict(log_every_n_steps=0), "log_every_n_steps=0 must be an int >= 1"),
    (dict(log_every_n_steps=2.5), "log_every_n_steps=2.5"),
    (dict(port=-5), "not a valid TCP port"),
    (dict(tokens_per_sample=0), "tokens_per_sample=0 must be a positive number"),
    (dict(flops_per_sample=-1.0), "flops_per_sample"),
])
def test_bad_arguments_fail_at_construction(kw, match):
    with pytest.raises(ValueError, match=match):
        PrometheusMonitor(**kw)


def test_unwritable_targets_path_fails_at_construction(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        PrometheusMonitor(file_sd=tmp_path / "missing" / "targets.json")


def test_data_parallel_size_from_strategy_attributes():
    tr = lambda strategy, ws: SimpleNamespace(strategy=strategy, world_size=ws)  # noqa: E731
    assert _data_parallel_size(tr(SimpleNamespace(data_parallel_size=2), 8)) == 2
    assert _data_parallel_size(tr(SimpleNamespace(_data_parallel_size=4), 8)) == 4
    assert _data_parallel_size(tr(SimpleNamespace(), 4)) == 4  # plain DDP: every rank its own samples


# ---------------------------------------------------------------------------- batches without tensors
class CharModel(pl.LightningModule):
    """Batches are lists of raw strings, tokenised inside training_step (bytes -> embedding)."""

    def __init__(self):
        super().__init__()
        self.emb = torch.nn.EmbeddingBag(256, 8)
        self.head = torch.nn.Linear(8, 2)

    def training_step(self, batch, batch_idx):
        assert isinstance(batch, list) and isinstance(batch[0], str)
        ids = [torch.tensor(list(s.encode()), dtype=torch.long) for s in batch]
        offsets = torch.tensor([0] + [len(t) for t in ids[:-1]]).cumsum(0)
        logits = self.head(self.emb(torch.cat(ids), offsets))  # (B, 2)
        target = torch.tensor([len(s) % 2 for s in batch])
        return F.cross_entropy(logits, target)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)

    def train_dataloader(self):
        texts = [f"sample number {i}" + "!" * (i % 5) for i in range(64)]
        return torch.utils.data.DataLoader(texts, batch_size=8)


def test_batches_of_strings_are_counted_as_unsized_and_training_goes_on(registry, events):
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=2)
    trainer = _trainer([mon], steps=6, limit_val_batches=0)
    trainer.fit(CharModel())
    assert trainer.global_step == 6
    assert _value(registry, "lightwatch_unsized_batches_total") == 6
    assert _value(registry, "lightwatch_samples_total") == 0  # not guessed
    assert _value(registry, "lightwatch_optimizer_steps_total") == 6
    assert 0 < _value(registry, "lightwatch_loss") < 5
    unsized = [e for e in events if e["event"] == "unsized_batch"]
    assert len(unsized) == 1 and unsized[0]["batch_type"] == "list"  # logged once, not per batch


def test_tokens_callable_sizes_string_batches_and_its_errors_never_stop_training(registry):
    calls = {"n": 0}

    def tokens(batch):  # counts characters; fails on every third batch
        calls["n"] += 1
        if calls["n"] % 3 == 0:
            raise RuntimeError("tokenizer exploded")
        return sum(len(s) for s in batch)

    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, tokens_per_sample=tokens)
    trainer = _trainer([mon], steps=6, limit_val_batches=0)
    trainer.fit(CharModel())
    assert trainer.global_step == 6
    assert _value(registry, "lightwatch_tokens_total") > 0
    # 6 batches without a tensor, plus 2 whose token count raised
    assert _value(registry, "lightwatch_unsized_batches_total") == 8


# ---------------------------------------------------------------------------- run_name is a bounded label
@pytest.mark.parametrize("run_name, match", [
    ("x" * 100_000, "at most 128"),
    ("", "non-empty string"),
    ("   ", "non-empty string"),
    (42, "non-empty string"),
])
def test_run_name_is_validated_at_construction(run_name, match):
    with pytest.raises(ValueError, match=match):
        PrometheusMonitor(run_name=run_name, serve=False)


def test_longest_allowed_run_name_keeps_metrics_small(registry):
    from prometheus_client import generate_latest

    from monitor.context import MAX_RUN_NAME

    name = "r" * MAX_RUN_NAME
    mon = PrometheusMonitor(run_name=name, registry=registry, serve=False)
    _trainer([mon], steps=3, limit_val_batches=0).fit(DigitsMLP(hidden=8), datamodule=DigitsDataModule(batch_size=8))
    body = generate_latest(registry)
    assert registry.get_sample_value("lightwatch_samples_total", {"run": name, "rank": "0"}) == 24
    assert len(body) < 100_000


# ---------------------------------------------------------------------------- one throughput: monitor windows
class PeriodicValidation(DigitsMLP):
    def validation_step(self, batch, batch_idx):
        time.sleep(0.05)  # a validation loop that takes measurable time
        return super().validation_step(batch, batch_idx)


def test_windows_are_published_once_per_window_with_pauses(tmp_path, registry):
    records = []
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=4)
    mon.subscribe(records.append)
    ckpt = ModelCheckpoint(dirpath=tmp_path, every_n_train_steps=6, save_top_k=-1)
    trainer = _trainer([mon, ckpt], steps=10, limit_val_batches=1, val_check_interval=5,
                       enable_checkpointing=True)
    trainer.fit(PeriodicValidation(hidden=16), datamodule=DigitsDataModule(batch_size=8))
    # windows of 4, 4 and the partial window of 2 at teardown: one call each, never per batch
    assert [r.batches for r in records] == [4, 4, 2]
    assert [r.global_step for r in records] == [4, 8, 10]
    assert sum(r.samples for r in records) == 10 * 8
    assert all(r.seconds > 0 and 0 <= r.pause_seconds <= r.seconds for r in records)
    # validation after batch 5 and the checkpoint after batch 6 fall in the second window
    assert records[1].pause_seconds >= 0.05 and records[0].pause_seconds == 0
    assert records[1].samples_per_second == pytest.approx(records[1].samples / records[1].seconds)
    assert records == sorted(records, key=lambda r: r.timestamp)
    assert _value(registry, "lightwatch_samples_per_second") == pytest.approx(records[-1].samples_per_second)
    share = _value(registry, M.WINDOW_PAUSE_RATIO.name)  # the sidecar's phase
    assert share == pytest.approx(records[-1].pause_seconds / records[-1].seconds, rel=1e-3) and 0 <= share <= 1
    assert not hasattr(mon, "last_rates")


def test_a_failing_listener_is_logged_once_and_never_stops_training(registry, events):
    good = []

    def bad(record):
        raise RuntimeError("listener bug")

    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=2)
    mon.subscribe(bad)
    mon.subscribe(good.append)
    trainer = _trainer([mon], steps=8, limit_val_batches=0)
    trainer.fit(DigitsMLP(hidden=8), datamodule=DigitsDataModule(batch_size=8))
    assert trainer.global_step == 8 and len(good) == 4
    failed = [e for e in events if e["event"] == "window_listener_failed"]
    assert len(failed) == 1 and "listener bug" in failed[0]["error"]
    with pytest.raises(TypeError):
        mon.subscribe("not callable")


# ---------------------------------------------------------------------------- per-step cost, same exposition
def _locked_metric_writes(monkeypatch, steps: int) -> int:
    """Calls of prometheus_client's locked value writes (Counter.inc, Gauge.set, Histogram.observe) in a fit."""
    from prometheus_client import values

    calls = {"n": 0}
    for name in ("inc", "set"):
        original = getattr(values.MutexValue, name)

        def counted(self, *args, _original=original, **kwargs):
            calls["n"] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(values.MutexValue, name, counted)
    registry = CollectorRegistry()
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=1000)
    _trainer([mon], steps=steps, limit_val_batches=0).fit(DigitsMLP(hidden=8), datamodule=DigitsDataModule(batch_size=8))
    assert _value(registry, "lightwatch_step_duration_seconds_count") == steps
    return calls["n"]


def test_per_step_hooks_take_no_metric_lock(monkeypatch):
    # every per-step write is an append (monitor.buffered) or a float read at collection: the number
    # of locked writes in a run does not grow with its steps (13 per step before: 5 observations of
    # 2 locked adds each, the samples and optimizer-steps counters, the last-step gauge)
    assert _locked_metric_writes(monkeypatch, 10) == _locked_metric_writes(monkeypatch, 30)


def test_a_scrape_between_window_reads_sees_every_step(registry):
    seen = []

    class Scrape(pl.Callback):  # after the monitor in the list: reads what a scrape would see now
        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
            t = time.time()
            seen.append((t, {name: _value(registry, name) for name in (
                "lightwatch_step_duration_seconds_count", "lightwatch_data_wait_seconds_count",
                "lightwatch_samples_total", "lightwatch_optimizer_steps_total",
                "lightwatch_last_step_timestamp_seconds")},
                _value(registry, "lightwatch_phase_duration_seconds_count", phase="optimizer"),
                _value(registry, "lightwatch_step_duration_seconds_bucket", le="+Inf")))

    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=1000)  # no read
    _trainer([mon, Scrape()], steps=7, limit_val_batches=0).fit(DigitsMLP(hidden=8),
                                                                  datamodule=DigitsDataModule(batch_size=8))
    previous = 0.0
    for k, (t, v, optimizer, inf) in enumerate(seen, start=1):
        assert v["lightwatch_step_duration_seconds_count"] == k == inf == optimizer
        assert v["lightwatch_data_wait_seconds_count"] == k  # the first wait: epoch start to batch 1
        assert v["lightwatch_samples_total"] == 8 * k and v["lightwatch_optimizer_steps_total"] == k
        # the stall alert's gauge is the end of this very batch
        assert previous < v["lightwatch_last_step_timestamp_seconds"] <= t
        previous = v["lightwatch_last_step_timestamp_seconds"]


def test_a_second_fit_keeps_the_last_step_timestamp_until_its_first_step(registry):
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False)
    _trainer([mon], steps=2, limit_val_batches=0).fit(DigitsMLP(hidden=8), datamodule=DigitsDataModule(batch_size=8))
    first = _value(registry, "lightwatch_last_step_timestamp_seconds")
    other = PrometheusMonitor(run_name="t", registry=registry, serve=False)
    seen = []

    class Peek(pl.Callback):
        def on_train_start(self, trainer, pl_module):
            seen.append(_value(registry, "lightwatch_last_step_timestamp_seconds"))

    _trainer([other, Peek()], steps=2, limit_val_batches=0).fit(DigitsMLP(hidden=8),
                                                                datamodule=DigitsDataModule(batch_size=8))
    assert first > 1.7e9 and seen == [first]  # not 0: the stall alert never sees a jump back
    assert _value(registry, "lightwatch_last_step_timestamp_seconds") > first
    assert _value(registry, "lightwatch_step_duration_seconds_count") == 4  # counts continue on one registry


@pytest.mark.parametrize("batch", [
    (torch.zeros(8, 3), torch.zeros(8)),
    [torch.zeros(5, 2), torch.zeros(5, 7, 1)],
    torch.zeros(6, 4),
    torch.tensor(3.0),  # 0-d: Lightning says 1
    (torch.zeros(4, 2), torch.tensor(1.0)),  # a 0-d tensor inside
    (torch.zeros(4, 2), torch.zeros(9)),  # ambiguous: Lightning takes the first and warns
    (torch.zeros(3, 2), [torch.zeros(3)]),  # nested
    {"x": torch.zeros(2, 5), "y": torch.zeros(2)},
    ("text", torch.zeros(6, 1)),
    (),
], ids=lambda b: type(b).__name__)
def test_batch_size_is_lightnings(batch, registry):
    from monitor.callbacks import extract_batch_size

    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False)
    mon.metrics = M.bind(registry, run="t")
    try:
        want = extract_batch_size(batch)
    except Exception:
        want = None
    assert mon._batch_size(batch) == want


def test_window_read_with_losses_of_one_or_mixed_shapes(registry):
    mon = PrometheusMonitor(run_name="t", registry=registry, serve=False, log_every_n_steps=1000)
    trainer = _trainer([mon], steps=2, limit_val_batches=0)
    trainer.fit(DigitsMLP(hidden=8), datamodule=DigitsDataModule(batch_size=8))
    mon.metrics = M.bind(registry, run="t")
    mon._losses = [torch.tensor([1.0]), torch.tensor([float("nan")]), torch.tensor([2.5])]  # all (1,)
    mon._read(trainer)
    assert _value(registry, "lightwatch_loss") == 2.5 and _value(registry, "lightwatch_nonfinite_loss_total") == 1
    mon._losses = [torch.tensor(float("inf")), torch.tensor([0.5], dtype=torch.float64)]  # () and (1,)
    mon._read(trainer)
    assert _value(registry, "lightwatch_loss") == 0.5 and _value(registry, "lightwatch_nonfinite_loss_total") == 2
