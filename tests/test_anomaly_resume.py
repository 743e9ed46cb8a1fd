"""AnomalyCallback checkpoints: written by a real Trainer, resumed by ``Trainer.fit(ckpt_path=...)``
under torch's default ``weights_only=True``, with the detector state restored exactly."""

from __future__ import annotations

import pytest
import torch

from anomaly.detector import ThroughputDetector


def _same(a, b, path="state") -> None:
    """Recursive equality of plain checkpoint state (tensors compared exactly)."""
    assert type(a) is type(b) or (isinstance(a, (int, float)) and isinstance(b, (int, float))), (path, a, b)
    if isinstance(a, torch.Tensor):
        assert a.dtype == b.dtype and a.shape == b.shape and torch.equal(a, b), path
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), (path, a.keys() ^ b.keys())
        for k in a:
            _same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{path}[{i}]")
    elif isinstance(a, float) and a != a:
        assert b != b, path
    else:
        assert a == b, (path, a, b)


def _plain(obj, path="state") -> None:
    """Only what ``weights_only=True`` loads: tensors, numbers, strings, None, lists, tuples, dicts."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            assert isinstance(k, (str, int)), (path, k)
            _plain(v, f"{path}.{k}")
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            _plain(v, f"{path}[{i}]")
    else:
        assert obj is None or isinstance(obj, (bool, int, float, str, torch.Tensor)), (path, type(obj))


@pytest.mark.parametrize("direction", ["down", "both"])
def test_detector_state_is_plain_and_round_trips(direction):
    import numpy as np

    rng = np.random.default_rng(0)
    v = 1000 * np.exp(0.02 * rng.standard_normal(700))
    v[400:420] = 0.0
    a = ThroughputDetector(direction=direction, seed=1)
    for i, x in enumerate(v[:600]):
        a.update(x, 10.0 * i)
    state = a.state_dict()
    _plain(state)
    b = ThroughputDetector()
    b.load_state_dict(state)
    _same(b.state_dict(), state)
    assert [a.update(x, 10.0 * (600 + i)) for i, x in enumerate(v[600:])] == \
        [b.update(x, 10.0 * (600 + i)) for i, x in enumerate(v[600:])]



def test_a_state_saved_before_the_reference_hold_still_loads():
    """Checkpoints written before session 8 have no ``above``/``tail``/``up_run`` and no reference_rise /
    reference_hold / reference_anchor parameters, and those before session 9 no burst state or burst_*
    parameters, and those before session 10 no settle / burst-hold state or parameters, and those before
    session 11 no rebase state or parameter, and those before session 12 no escalation state or parameter:
    they load (defaults) and the detector runs on."""
    import numpy as np

    v = 1000 * np.exp(0.02 * np.random.default_rng(3).standard_normal(500))
    a = ThroughputDetector()
    for i, x in enumerate(v[:400]):
        a.update(x, 10.0 * i)
    old = a.state_dict()
    for k in ("reference_rise", "reference_hold", "reference_anchor", "burst_dip", "burst_window", "burst_alpha",
              "burst_restart", "burst_hold", "settle", "adapt_warmup", "rebase", "escalate", "sustain"):
        del old["params"][k]
    for side in old["sides"]:
        del side["up_run"], side["ref"]["above"], side["ref"]["tail"], side["bursts"]
        for k in ("since", "burst_alarm", "adapted_at", "deep", "post", "plateau", "alarm_noise", "escal", "level"):
            del side[k]
    b = ThroughputDetector()
    b.load_state_dict(old)
    assert b.get_params() == ThroughputDetector().get_params()
    flags = [b.update(x, 10.0 * (400 + i)).is_anomaly for i, x in enumerate(v[400:])]
    assert not any(flags)
    assert b.state_dict()["sides"][0]["ref"]["above"] == 0

def test_refit_streamer_state_is_plain():
    import numpy as np

    det = ThroughputDetector("ets", warmup=20)
    for i, x in enumerate(1000 + np.arange(120) % 7):
        det.update(float(x), float(i))
    _plain(det.state_dict())


@pytest.mark.slow
def test_checkpoint_resumes_through_trainer_fit_with_default_weights_only(tmp_path, registry):
    import pytorch_lightning as pl
    from prometheus_client import CollectorRegistry
    from pytorch_lightning.callbacks import ModelCheckpoint

    from anomaly import AnomalyCallback
    from monitor.callbacks import PrometheusMonitor
    from monitor.demo_model import DigitsDataModule, DigitsMLP
    from tests.anomaly_windows import WindowFeed

    def fit(steps, extra, **kw):
        monitor = PrometheusMonitor(run_name="resume", registry=CollectorRegistry(), serve=False)
        feed = WindowFeed(every=2)
        cb = AnomalyCallback(feed, ThroughputDetector("lstm", warmup=5, window=3))
        pl.Trainer(max_steps=steps, accelerator="cpu", devices=1, logger=False, default_root_dir=tmp_path,
                   callbacks=[monitor, feed, cb, *extra(cb)], enable_progress_bar=False, enable_model_summary=False,
                   num_sanity_val_steps=0, limit_val_batches=0).fit(
            DigitsMLP(hidden=16), datamodule=DigitsDataModule(batch_size=32), **kw)
        return cb

    pl.seed_everything(0, verbose=False)
    first = fit(40, lambda cb: [ModelCheckpoint(dirpath=tmp_path / "ckpt", every_n_train_steps=40, save_top_k=-1)])
    path = tmp_path / "ckpt" / "epoch=0-step=40.ckpt"
    saved = torch.load(path)  # torch's default: weights_only=True
    key = next(k for k in saved["callbacks"] if "AnomalyCallback" in k)
    saved_state = saved["callbacks"][key]
    assert saved_state["detector"]["n"] == 20 == first.detector.state_dict()["n"]  # 40 batches, windows of 2
    _plain(saved_state)

    restored = {}

    class Probe(pl.Callback):
        def __init__(self, cb):
            self.cb = cb

        def on_train_start(self, trainer, pl_module):
            restored["state"] = self.cb.state_dict()

    resumed = fit(60, lambda cb: [Probe(cb)], ckpt_path=path)
    _same(restored["state"], saved_state)
    assert resumed.detector.state_dict()["n"] == 30  # and it went on scoring from there
