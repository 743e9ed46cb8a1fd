"""Data-quality monitoring: drift statistics, the calibrated sampler, noisy samples, bad input.

Every Trainer run here is real (CPU, tiny models, fixed seeds); divergences are read back from a
fresh registry and compared with the DataDrift rule's thresholds, which are read from the generated
alert rules (dashboards/build/rules/lightwatch-alerts.yml, built from dashboards/config.py).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
import pytorch_lightning as pl
import torch
import torch.nn.functional as F
import yaml
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

import dashboards
from dashboards import rules as R
from dashboards.config import DEFAULT
from monitor import metrics as M
from monitor.data_quality import (
    BatchView,
    DuplicateWindow,
    IndexedDataset,
    NoisySampleTracker,
    WindowStats,
    compare,
    extract_batch,
    kl_divergence,
    psi,
    smoothed_distribution,
    summarize,
)
from tests.conftest import require_binary

# the one definition of the effect-size thresholds (dashboard colours) and of the drift test's alpha
PSI_ALERT_THRESHOLD = DEFAULT.data_drift_psi
FEATURE_DRIFT_ALERT_THRESHOLD = DEFAULT.data_drift_feature_shift
KL_ALERT_THRESHOLD = 0.1  # KL ~ PSI / 2 for small shifts
ALPHA = DEFAULT.data_drift_alpha

ROOT = Path(__file__).resolve().parents[1]
RULES = dashboards.RULES_DIR / R.ALERTS_FILE  # DataDrift lives with the other alerts (dashboards/rules.py)
RULE_TESTS = ROOT / "tests" / "rules" / "alerts-test.yaml"
RUN = "dq"
LBL = {"run": RUN, "rank": "0"}


def _trainer(tmp_path, callbacks, **kw) -> pl.Trainer:
    kw.setdefault("max_epochs", 1)
    return pl.Trainer(accelerator="cpu", devices=1, logger=False, enable_checkpointing=False,
                      enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0,
                      default_root_dir=tmp_path, callbacks=callbacks, **kw)


class LinearClassifier(pl.LightningModule):
    """Trains on ``(x, y[, idx])`` batches; any other batch trains only a bias (the monitor sees it)."""

    def __init__(self, features: int = 16, classes: int = 10, hidden: int = 0, lr: float = 1e-2) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(features, hidden), nn.ReLU(), nn.Linear(hidden, classes)) if hidden \
            else nn.Linear(features, classes)
        self.bias = nn.Parameter(torch.zeros(1))
        self.classes = classes
        self.lr = lr

    def training_step(self, batch, batch_idx):
        if isinstance(batch, (tuple, list)) and isinstance(batch[0], torch.Tensor) and len(batch) >= 2 \
                and batch[0].dim() == 2 and batch[0].shape[1] == self.net_in and batch[0].is_floating_point() \
                and isinstance(batch[1], torch.Tensor) and batch[1].dim() == 1 \
                and not batch[1].is_floating_point() and int(batch[1].max()) < self.classes:
            per = F.cross_entropy(self.forward(batch[0]), batch[1], reduction="none")
            return {"loss": per.mean() + 0 * self.bias.sum(), "sample_losses": per.detach()}
        return (self.bias - 1.0).pow(2).sum()

    @property
    def net_in(self) -> int:
        first = self.net[0] if isinstance(self.net, nn.Sequential) else self.net
        return first.in_features

    def forward(self, x):  # x: (B, F) -> logits (B, C)
        return self.net(x)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)


def _gaussian_batches(seed: int, n: int, shift: float = 0.0, label_probs=None, features: int = 16):
    g = torch.Generator().manual_seed(seed)
    probs = torch.full((10,), 0.1) if label_probs is None else torch.tensor(label_probs)
    y = torch.multinomial(probs, n, replacement=True, generator=g)
    x = torch.randn(n, features, generator=g) + shift + 0.1 * y[:, None]  # (n, F)
    return x, y


def _data_drift_rules() -> list[dict]:
    return [r for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]
            if r.get("alert") == "DataDrift"]


def _rule_thresholds() -> dict[str, float]:
    """``{signal: alpha}`` of the committed DataDrift rules (``min by (...) (PVALUE{..., signal="s"}) < A``)."""
    out = {}
    for r in _data_drift_rules():
        match = re.fullmatch(r'min by \([^)]*\) \((lightwatch_[a-z_]+)\{[^}]*signal="([a-z]+)"\}\) < ([0-9.e-]+)',
                             r["expr"])
        assert match and match[1] == M.DATA_DRIFT_PVALUE.series, r["expr"]
        out[match[2]] = float(match[3])
    return out


# --------------------------------------------------------------------------- statistics
def test_divergences_smoothing_and_known_values():
    p, q = np.array([0.5, 0.5]), np.array([0.9, 0.1])
    expected = 0.5 * np.log(0.5 / 0.9) + 0.5 * np.log(0.5 / 0.1)
    assert kl_divergence(p, q, eps=0) == pytest.approx(expected, rel=1e-12)
    assert psi(p, q, eps=0) == pytest.approx(kl_divergence(p, q, 0) + kl_divergence(q, p, 0), rel=1e-12)
    assert kl_divergence([10, 0, 5], [10, 0, 5]) == pytest.approx(0.0, abs=1e-12)
    assert np.isfinite(kl_divergence([1, 0], [0, 1]))  # empty bins: finite thanks to the smoothing
    assert smoothed_distribution([0, 0, 0]).tolist() == pytest.approx([1 / 3] * 3)
    with pytest.raises(ValueError, match="different numbers of bins"):
        kl_divergence([1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="non-negative"):
        psi([-1, 2], [1, 2])


def test_window_stats_nonfinite_duplicates_tokens_and_lengths():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(64, 8, generator=g)
    x[3, 2] = float("nan")
    x[5, 0] = float("inf")
    x[16:32] = x[:16]  # 16 exact duplicates of earlier rows
    stats = WindowStats(num_classes=4)
    assert stats.update(BatchView(inputs=x, labels=torch.randint(0, 4, (64,), generator=g))) == []
    s = stats.summary()
    assert s.nonfinite == 4  # the NaN and the inf, and their copies in rows 19 and 21
    assert compare(s, s).nonfinite_ratio == pytest.approx(4 / (64 * 8))
    assert DuplicateWindow(100).add(s.fingerprints) == 16
    assert DuplicateWindow(8).add(s.fingerprints) == 0  # the window is bounded: originals were evicted

    tokens = WindowStats(token_buckets=8, vocab_size=64, pad_token_id=0)
    ids = torch.tensor([[1, 9, 63, 0], [17, 0, 0, 0]])  # (B=2, T=4), 0 = padding
    tokens.update(BatchView(inputs=ids))
    ts = tokens.summary()
    assert ts.lengths == [3, 1]
    assert ts.token_counts.tolist() == [1, 1, 1, 0, 0, 0, 0, 1]  # ids*8//64: 0, 1, 7, 2


def test_drift_statistics_cross_alert_thresholds_only_when_shifted():
    x_ref, y_ref = _gaussian_batches(0, 4000)
    ref = summarize(x_ref, y_ref, num_classes=10)
    for seed in (1, 2, 3):
        same = summarize(*_gaussian_batches(seed, 1000), num_classes=10)
        shifted = summarize(*_gaussian_batches(seed, 1000, shift=0.8, label_probs=[0.3, 0.3] + [0.05] * 8),
                            num_classes=10)
        a, b = compare(same, ref), compare(shifted, ref)
        assert a.label_psi < PSI_ALERT_THRESHOLD and a.label_kl < KL_ALERT_THRESHOLD
        assert a.feature_shift_max < FEATURE_DRIFT_ALERT_THRESHOLD
        assert b.label_psi > PSI_ALERT_THRESHOLD and b.label_kl > KL_ALERT_THRESHOLD
        assert b.feature_shift_max > FEATURE_DRIFT_ALERT_THRESHOLD


# --------------------------------------------------------------------------- the callback in training
def _drift_run(tmp_path, registry, shifted: bool):
    from monitor import DataQualityMonitor

    x_ref, y_ref = _gaussian_batches(0, 20 * 64)
    x_new, y_new = _gaussian_batches(1, 40 * 64, shift=0.8 if shifted else 0.0,
                                     label_probs=[0.3, 0.3] + [0.05] * 8 if shifted else None)
    data = TensorDataset(torch.cat([x_ref, x_new]), torch.cat([y_ref, y_new]))
    loader = DataLoader(data, batch_size=64, shuffle=False)  # reference batches first, then the new data
    dq = DataQualityMonitor(RUN, registry=registry, num_classes=10, every_n_steps=20, reference_batches=20,
                            max_feature_labels=4)
    _trainer(tmp_path, [dq]).fit(LinearClassifier(), loader)
    return dq


@pytest.mark.parametrize("shifted", [False, True], ids=["same", "shifted"])
def test_monitor_drift_against_alert_thresholds(tmp_path, registry, shifted):
    dq = _drift_run(tmp_path, registry, shifted)
    assert _rule_thresholds() == {"label": ALPHA, "feature": ALPHA, "token": ALPHA}
    pvalues = [registry.get_sample_value(M.DATA_DRIFT_PVALUE.series, {**LBL, "signal": s}) for s in ("label", "feature")]
    assert [p < ALPHA for p in pvalues] == [shifted] * 2, pvalues
    label_psi = registry.get_sample_value(M.DATA_LABEL_PSI.series, LBL)
    label_kl = registry.get_sample_value(M.DATA_LABEL_KL.series, LBL)
    drift_max = registry.get_sample_value(M.DATA_FEATURE_DRIFT_MAX.series, LBL)
    assert dq.reference.samples == 20 * 64
    above = [label_psi > PSI_ALERT_THRESHOLD, label_kl > KL_ALERT_THRESHOLD, drift_max > FEATURE_DRIFT_ALERT_THRESHOLD]
    assert above == [shifted] * 3, (label_psi, label_kl, drift_max)
    per_feature = registry.get_sample_value(M.DATA_FEATURE_DRIFT.series, {**LBL, "feature": "0"})
    assert per_feature is not None and per_feature <= drift_max
    assert registry.get_sample_value(M.DATA_FEATURE_DRIFT.series, {**LBL, "feature": "4"}) is None  # capped at 4
    assert registry.get_sample_value(M.DATA_DUPLICATE.series, LBL) == 0.0
    assert registry.get_sample_value(M.DATA_NONFINITE_INPUT.series, LBL) == 0.0
    assert registry.get_sample_value(M.DATA_SKIPPED_BATCHES.series, {**LBL, "reason": "no_labels"}) is None


def test_monitor_token_drift_and_sequence_lengths(tmp_path, registry):
    from monitor import DataQualityMonitor

    g = torch.Generator().manual_seed(0)
    batches = []
    for i in range(40):
        hi = 500 if i < 20 else 1000  # later batches use token ids the reference never saw
        ids = torch.randint(1, hi, (16, 24), generator=g)  # (B, T)
        lengths = torch.randint(4, 25, (16,), generator=g)
        mask = (torch.arange(24)[None, :] < lengths[:, None]).long()  # (B, T)
        batches.append({"input_ids": ids * mask, "attention_mask": mask})
    loader = DataLoader(batches, batch_size=None)
    dq = DataQualityMonitor(RUN, registry=registry, every_n_steps=10, reference_batches=20, vocab_size=1000,
                            token_buckets=32, pad_token_id=0)
    _trainer(tmp_path, [dq]).fit(LinearClassifier(), loader)
    assert registry.get_sample_value(M.DATA_TOKEN_PSI.series, LBL) > PSI_ALERT_THRESHOLD
    count = registry.get_sample_value(M.DATA_SEQUENCE_LENGTH.series + "_count", LBL)
    assert count == 20 * 16  # every sample after the reference, observed once
    assert registry.get_sample_value(M.DATA_SEQUENCE_LENGTH.series + "_bucket", {**LBL, "le": "32.0"}) == count


# --------------------------------------------------------------------------- sampler
def _long_tail_labels() -> np.ndarray:
    counts = np.round(1000 * 20.0 ** (-np.arange(10) / 9)).astype(int)  # 1000 ... 50: 1:20 head to tail
    return np.repeat(np.arange(10), counts)


def test_sampler_brings_long_tail_close_to_uniform_and_caps_weights(registry):
    from monitor import KLCalibratedSampler

    labels = _long_tail_labels()
    counts = np.bincount(labels)
    assert counts.max() / counts.min() == 20
    s = KLCalibratedSampler(labels, max_weight=10.0, seed=0, registry=registry, run_name=RUN)
    drawn = np.bincount(labels[list(iter(s))], minlength=10)
    sampled_kl = kl_divergence(drawn, np.full(10, 0.1))
    print(f"\nsampler: KL before {s.kl_before:.4f}, after {s.kl_after:.6f}, sampled {sampled_kl:.4f}")
    assert s.kl_before > 0.2
    assert s.kl_after < 1e-3  # the stated bound: the expected sampled distribution
    assert sampled_kl < 0.01  # and one epoch of 3,400 draws
    assert registry.get_sample_value(M.SAMPLER_KL.series, {**LBL, "stage": "before"}) == pytest.approx(s.kl_before)
    assert registry.get_sample_value(M.SAMPLER_KL.series, {**LBL, "stage": "after"}) == pytest.approx(s.kl_after)
    assert registry.get_sample_value(M.SAMPLER_KL.series, {**LBL, "stage": "sampled"}) == pytest.approx(sampled_kl)
    assert list(iter(s)) != list(iter(s))  # the epoch advances

    capped = KLCalibratedSampler(labels, max_weight=3.0)
    assert capped.weights.max() <= 3.0 + 1e-12
    assert capped.weights.mean() == pytest.approx(1.0)
    assert s.kl_after < capped.kl_after < capped.kl_before  # the cap binds: closer, not all the way
    resumed = KLCalibratedSampler(labels, max_weight=3.0)
    first = list(iter(capped))
    resumed.load_state_dict({"epoch": 0, "seed": 0})
    assert list(iter(resumed)) == first
    assert resumed.state_dict() == capped.state_dict()


@pytest.mark.parametrize("kwargs, match", [
    (dict(labels=[0, 1, -1]), "labels must be >= 0"),
    (dict(labels=[[0, 1]]), "1-D"),
    (dict(labels=[0.5, 1.0]), "integer class ids"),
    (dict(labels=[0, 1], max_weight=0.5), "max_weight"),
    (dict(labels=[0, 1], target=[1, 2, 3]), "target must be"),
    (dict(labels=[0, 1], target="zipf"), "target='zipf'"),
    (dict(labels=[0, 3], num_classes=2), "num_classes=2"),
    (dict(labels=[0, 1], num_samples=5, replacement=False), "num_samples=5"),
])
def test_sampler_bad_input(kwargs, match):
    from monitor import KLCalibratedSampler

    labels = kwargs.pop("labels")
    with pytest.raises(ValueError, match=match):
        KLCalibratedSampler(labels, **kwargs)


# --------------------------------------------------------------------------- noisy samples
def test_noisy_sample_detector_finds_flipped_digits_labels(tmp_path, registry):
    from monitor import DataQualityMonitor
    from monitor.demo_model import digits_tensors

    pl.seed_everything(0, verbose=False)
    (x, y), _ = digits_tensors(0)
    g = torch.Generator().manual_seed(1)
    n, k = len(y), len(y) // 10
    flipped = torch.randperm(n, generator=g)[:k]
    noisy_y = y.clone()
    noisy_y[flipped] = (y[flipped] + torch.randint(1, 10, (k,), generator=g)) % 10  # always a wrong class
    loader = DataLoader(IndexedDataset(TensorDataset(x, noisy_y)), batch_size=64, shuffle=True,
                        generator=torch.Generator().manual_seed(0))
    path = tmp_path / "noisy.json"
    dq = DataQualityMonitor(RUN, registry=registry, num_classes=10, every_n_steps=10, reference_batches=5,
                            noisy_method="small_loss", noisy_tail_fraction=0.1, noisy_persistence=0.5,
                            noisy_warmup_epochs=1, noisy_path=path)
    _trainer(tmp_path, [dq], max_epochs=6).fit(LinearClassifier(features=64, hidden=128, lr=3e-3), loader)

    written = json.loads(path.read_text())
    flagged, truth = set(written["indices"]), set(flipped.tolist())
    precision = len(flagged & truth) / len(flagged)
    recall = len(flagged & truth) / len(truth)
    print(f"\nnoisy samples: {len(flagged)} flagged of {n}, {k} flipped; precision {precision:.3f}, "
          f"recall {recall:.3f}")
    assert precision >= 0.7 and recall >= 0.7
    assert 1 <= written["epochs_tracked"] <= 5 and written["run"] == RUN and written["count"] == len(flagged)
    assert registry.get_sample_value(M.DATA_NOISY_SAMPLES.series, LBL) == len(flagged)
    assert sorted(flagged) == dq.noisy_indices


def test_noisy_tracker_criterion_and_bad_input():
    t = NoisySampleTracker(10, tail_fraction=0.2, persistence=0.6, warmup_epochs=1)
    base = list(np.linspace(0.1, 0.2, 8))
    high = np.array(base + [5.0, 6.0])
    assert t.add_epoch(high) == 0  # warm-up epoch: not tracked
    assert t.add_epoch(high) == 2  # the top 20 %: samples 8 and 9
    t.add_epoch(np.array(base + [np.nan, 0.05]))  # 8 unseen; 9 now easy; top 2 of 9 seen: 6, 7
    assert t.flagged().tolist() == [8]  # 6, 7, 9: in the tail 1 of 2 epochs, under the persistence
    t.add_epoch(np.array(base + [7.0, 0.05]))  # top 2: 8 and 7 -> 7 in the tail 2 of 3 epochs
    assert t.flagged().tolist() == [7, 8]
    with pytest.raises(ValueError, match="expected num_samples=10"):
        t.add_epoch(np.zeros(3))
    for kwargs, match in [(dict(tail_fraction=0), "tail_fraction"), (dict(persistence=1.5), "persistence"),
                          (dict(warmup_epochs=-1), "warmup_epochs")]:
        with pytest.raises(ValueError, match=match):
            NoisySampleTracker(10, **kwargs)


# --------------------------------------------------------------------------- bad input
def _ragged_collate(items):
    return [torch.randn(int(n)) for n in items], torch.zeros(len(items), dtype=torch.long)


def test_bad_batches_are_counted_and_skipped_not_fatal(tmp_path, registry):
    from monitor import DataQualityMonitor

    good = [_gaussian_batches(i, 32) for i in range(10)]
    batches = (good[:5]
               + [(good[5][0],)] * 3  # no labels
               + [(good[6][0], good[6][1].float())]  # float labels
               + [(torch.randn(32, 12), good[7][1])] * 2  # another feature shape than the reference
               + [(good[8][0], torch.full((32,), 42))]  # labels out of range
               + [good[9]])
    ragged = [(torch.randn(int(n)), torch.tensor(0)) for n in (3, 5, 7, 9)]
    loaders = [DataLoader(batches, batch_size=None),
               DataLoader(ragged, batch_size=2, collate_fn=lambda items: ([t for t, _ in items],
                                                                          torch.stack([y for _, y in items])))]
    dq = DataQualityMonitor(RUN, registry=registry, num_classes=10, every_n_steps=1, reference_batches=5)
    trainer = _trainer(tmp_path, [dq])
    trainer.fit(LinearClassifier(), loaders[0])
    assert trainer.state.finished and trainer.global_step == len(batches)

    def skipped(reason):
        return registry.get_sample_value(M.DATA_SKIPPED_BATCHES.series, {**LBL, "reason": reason})

    assert skipped("no_labels") == 3
    assert skipped("bad_labels") == 1
    assert skipped("shape_mismatch") == 2
    assert skipped("label_out_of_range") == 1
    assert skipped("error") is None
    assert registry.get_sample_value(M.DATA_LABEL_PSI.series, LBL) is not None  # good batches still counted

    dq2 = DataQualityMonitor("ragged", registry=registry, num_classes=10, every_n_steps=1, reference_batches=1)
    trainer = _trainer(tmp_path, [dq2])
    trainer.fit(LinearClassifier(), loaders[1])
    assert trainer.state.finished
    lbl = {"run": "ragged", "rank": "0"}
    assert registry.get_sample_value(M.DATA_SKIPPED_BATCHES.series, {**lbl, "reason": "ragged"}) == 2
    assert registry.get_sample_value(M.DATA_SEQUENCE_LENGTH.series + "_count", lbl) == 2  # after the reference


def test_reference_of_another_shape_is_skipped_and_bad_options_raise(tmp_path, registry):
    from monitor import DataQualityMonitor

    ref = summarize(*_gaussian_batches(0, 256, features=8), num_classes=10)
    dq = DataQualityMonitor(RUN, registry=registry, reference=ref, num_classes=10, every_n_steps=2)
    x, y = _gaussian_batches(1, 256)  # 16 features, the reference has 8
    _trainer(tmp_path, [dq]).fit(LinearClassifier(), DataLoader(TensorDataset(x, y), batch_size=32))
    assert registry.get_sample_value(M.DATA_SKIPPED_BATCHES.series, {**LBL, "reason": "shape_mismatch"}) == 8
    assert registry.get_sample_value(M.DATA_FEATURE_DRIFT_MAX.series, LBL) is None
    assert registry.get_sample_value(M.DATA_LABEL_PSI.series, LBL) < PSI_ALERT_THRESHOLD  # labels still compared

    for kwargs, match in [
        (dict(reference=ref, num_classes=5), "reference has 10 label classes but num_classes=5"),
        (dict(reference=summarize(torch.randn(4, 2))), "no label counts"),
        (dict(reference="data.pt"), "reference must be"),
        (dict(every_n_steps=0), "every_n_steps"),
        (dict(max_feature_labels=65), "max_feature_labels"),
        (dict(noisy_tail_fraction=2.0), "noisy_tail_fraction"),
        (dict(duplicate_window=-1), "duplicate_window"),
        (dict(extract="inputs"), "extract"),
        (dict(noisy_method="guess"), "noisy_method"),
        (dict(noisy_method="confident", num_classes=None), "needs num_classes"),
        (dict(drift_rows=-1), "drift_rows"),
        (dict(noisy_select="best"), "noisy_select"),
    ]:
        kwargs.setdefault("num_classes", 10)
        with pytest.raises(ValueError, match=match):
            DataQualityMonitor(**kwargs)


def test_extract_batch_contract():
    x, y, i = torch.zeros(2, 3), torch.zeros(2, dtype=torch.long), torch.arange(2)
    v = extract_batch((x, y, i))
    assert v.inputs is x and v.labels is y and v.indices is i
    v = extract_batch({"input_ids": x, "labels": y, "index": i, "attention_mask": x})
    assert v.inputs is x and v.labels is y and v.indices is i and v.mask is x
    v = extract_batch({"pixels": x, "cls": y}, input_key="pixels", label_key="cls")
    assert v.inputs is x and v.labels is y
    assert extract_batch(x).labels is None
    assert IndexedDataset(TensorDataset(x, y))[1][2] == 1


# --------------------------------------------------------------------------- state
def test_resume_keeps_reference_and_noisy_state(tmp_path, registry):
    from monitor import DataQualityMonitor

    x, y = _gaussian_batches(0, 512)
    loader = DataLoader(IndexedDataset(TensorDataset(x, y)), batch_size=32, shuffle=True,
                        generator=torch.Generator().manual_seed(0))
    kw = dict(registry=registry, num_classes=10, every_n_steps=4, reference_batches=12, noisy_warmup_epochs=0,
              noisy_method="small_loss")
    dq = DataQualityMonitor(RUN, **kw)
    trainer = _trainer(tmp_path, [dq], max_epochs=2)
    trainer.fit(LinearClassifier(), loader)
    ckpt = tmp_path / "dq.ckpt"
    trainer.save_checkpoint(ckpt)
    assert dq.reference.samples == 12 * 32 and dq.noisy.epochs_seen == 2 and dq.noisy.num_samples == 512

    dq2 = DataQualityMonitor(RUN, **kw)
    _trainer(tmp_path, [dq2], max_epochs=3).fit(LinearClassifier(), loader, ckpt_path=ckpt)
    assert dq2.reference.samples == dq.reference.samples
    np.testing.assert_array_equal(dq2.reference.label_counts, dq.reference.label_counts)
    assert dq2.noisy.epochs_seen == 3
    assert (dq2.noisy.seen_counts == 3).all()  # every sample, every epoch, across the restart

    # a checkpoint taken while the reference is still being collected resumes the collection
    partial = DataQualityMonitor(RUN, **kw)
    partial._reset_run_state()
    partial.metrics = M.bind(registry, run=RUN)
    for b in range(5):  # hook calls without a Trainer: the hook reads nothing from it
        partial.on_train_batch_end(None, None, None, (x[b * 32:(b + 1) * 32], y[b * 32:(b + 1) * 32]), b)
    resumed = DataQualityMonitor(RUN, **kw)
    resumed.load_state_dict(partial.state_dict())
    resumed._reset_run_state()
    resumed.metrics = partial.metrics
    for b in range(5, 12):
        resumed.on_train_batch_end(None, None, None, (x[b * 32:(b + 1) * 32], y[b * 32:(b + 1) * 32]), b)
    whole = summarize(x[:12 * 32], y[:12 * 32], num_classes=10)
    np.testing.assert_array_equal(resumed.reference.label_counts, whole.label_counts)
    np.testing.assert_allclose(resumed.reference.feature_sum, whole.feature_sum)


# --------------------------------------------------------------------------- alert rule
def test_data_drift_rule_passes_promtool():
    """The generated DataDrift rules: promtool-clean, config thresholds, catalogue metrics, unit-tested."""
    promtool = require_binary("promtool")
    check = subprocess.run([promtool, "check", "rules", str(RULES)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    test = subprocess.run([promtool, "test", "rules", str(RULE_TESTS)], capture_output=True, text=True,
                          timeout=60, cwd=RULE_TESTS.parent)
    assert test.returncode == 0, test.stdout + test.stderr
    assert _rule_thresholds() == {"label": ALPHA, "feature": ALPHA, "token": ALPHA}
    assert M.DATA_DRIFT_PVALUE.series in {spec.series for spec in M.CATALOGUE.values()}
    rules = _data_drift_rules()
    assert {r["labels"]["signal"] for r in rules} == {"label", "feature", "token"}
    assert {r["for"] for r in rules} == {DEFAULT.data_drift_for}
    cases = RULE_TESTS.read_text()
    for signal in ("label", "feature", "token"):
        assert f"signal: {signal}" in cases, f"no promtool case for DataDrift signal={signal}"


def test_duplicate_window_matches_a_plain_deque():
    from collections import deque

    rng = np.random.default_rng(0)
    for size in (1, 3, 10, 50):
        chunks = [rng.integers(0, 30, size=int(rng.integers(0, 40))).tolist() for _ in range(20)]
        recent: deque[int] = deque(maxlen=size)
        expected = []
        for chunk in chunks:
            dup = 0
            for fp in chunk:
                dup += fp in recent
                recent.append(fp)
            expected.append(dup)
        window = DuplicateWindow(size)
        assert [window.add(c) for c in chunks] == expected


def test_sampler_in_training_is_bound_to_the_monitor_run(tmp_path, registry):
    from monitor import DataQualityMonitor, KLCalibratedSampler

    labels = _long_tail_labels()
    g = torch.Generator().manual_seed(0)
    data = TensorDataset(torch.randn(labels.size, 16, generator=g), torch.as_tensor(labels))
    sampler = KLCalibratedSampler(labels, max_weight=10.0)  # no run_name: the monitor binds it
    dq = DataQualityMonitor(RUN, registry=registry, num_classes=10, every_n_steps=10, reference_batches=10)
    _trainer(tmp_path, [dq], max_steps=30).fit(LinearClassifier(), DataLoader(data, batch_size=64, sampler=sampler))
    assert registry.get_sample_value(M.SAMPLER_KL.series, {**LBL, "stage": "before"}) > 0.2
    assert registry.get_sample_value(M.SAMPLER_KL.series, {**LBL, "stage": "sampled"}) < 0.01
    # the reference was taken from reweighted batches: the window matches it
    assert registry.get_sample_value(M.DATA_LABEL_PSI.series, LBL) < PSI_ALERT_THRESHOLD
    # sampling with replacement repeats tail rows: the duplicate share sees it
    assert registry.get_sample_value(M.DATA_DUPLICATE.series, LBL) > 0.0
    # the exposition passes promtool's metric lint (names, units, help)
    from prometheus_client import generate_latest

    lint = subprocess.run([require_binary("promtool"), "check", "metrics"], input=generate_latest(registry),
                          capture_output=True, timeout=60)
    assert lint.returncode == 0 and not lint.stdout.strip() and not lint.stderr.strip(), lint


@pytest.mark.gpu
def test_monitor_never_syncs_between_reads_on_cuda(registry):
    """GPU twin of the CPU tests: the per-batch path makes no host sync (CUDA sync debug mode)."""
    if not torch.cuda.is_available():
        pytest.skip("no CUDA device on this machine")
    from monitor import DataQualityMonitor
    from monitor.data_quality.tracking import EpochRecorder

    dev = torch.device("cuda")
    dq = DataQualityMonitor(RUN, registry=registry, num_classes=10, every_n_steps=1000, reference_batches=2)
    dq._reset_run_state()
    dq.metrics = M.bind(registry, run=RUN)
    dq._recorder = EpochRecorder(1000, 10)
    x, y = (t.to(dev) for t in _gaussian_batches(0, 64))
    batch = (x, y, torch.arange(64, device=dev))
    out = {"loss": torch.zeros((), device=dev), "sample_logits": torch.randn(64, 10, device=dev)}
    for i in range(3):  # the reference (its freeze reads once)
        dq.on_train_batch_end(None, None, out, batch, i)
    from tests.cuda_syncs import sync_sites

    def batches():
        for i in range(20):
            dq.on_train_batch_end(None, None, out, batch, i)

    sites = sync_sites(batches)
    assert not sites, f"host syncs in the per-batch path: {dict(sites)}"
    assert dq.metrics(M.DATA_SKIPPED_BATCHES, reason="error")._value.get() == 0
    dq._read()
    assert registry.get_sample_value(M.DATA_LABEL_PSI.series, LBL) < PSI_ALERT_THRESHOLD


def test_update_many_equals_one_update_per_batch():
    g = torch.Generator().manual_seed(0)
    views = []
    for i in range(12):
        x, y = _gaussian_batches(i, 16)
        if i % 5 == 1:
            y = None  # no labels
        if i % 5 == 2:
            x = torch.randn(16, 4, generator=g)  # another layout
        if i % 5 == 3:
            y = torch.full((16,), -100)  # an "ignore" label: out of range
        views.append(BatchView(inputs=x, labels=y))
    one, many = WindowStats(num_classes=10), WindowStats(num_classes=10)
    reasons_one = [r for v in views for r in one.update(v, expect_feature_dim=16)]
    reasons_many = many.update_many(views, expect_feature_dim=16)
    assert sorted(reasons_one) == sorted(reasons_many) == sorted(["no_labels"] * 3 + ["shape_mismatch"] * 2)
    a, b = one.summary(), many.summary()
    assert a.samples == b.samples and a.label_overflow == b.label_overflow == 32
    np.testing.assert_array_equal(a.label_counts, b.label_counts)
    np.testing.assert_allclose(a.feature_sum, b.feature_sum)
    np.testing.assert_allclose(a.feature_sumsq, b.feature_sumsq)
    assert sorted(a.fingerprints) == sorted(b.fingerprints)
