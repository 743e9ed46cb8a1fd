"""Session 12 of issue 17: out-of-fold probabilities beside the confident rule (``noisy_oof``).

Real training (CPU, the digits MLP of test_data_quality_actions, fixed seeds); the 2-rank run is in
test_data_quality_actions (``test_two_ranks_publish_the_gauges_of_one_process`` runs the option too).
"""

from __future__ import annotations

import numpy as np
import pytest
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from monitor.data_quality import IndexedDataset
from monitor.data_quality.oof import OutOfFold, oof_flags, out_of_fold_probs, penultimate_features
from tests.test_data_quality_actions import RUN, Classifier, _flipped_digits, _trainer


def test_out_of_fold_probs_are_sklearns_cross_val_predict():
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 6))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(int) + (x[:, 2] > 1).astype(int)
    ours = out_of_fold_probs(x, y, 3, folds=5, seed=0)
    theirs = cross_val_predict(make_pipeline(StandardScaler(), LogisticRegression(max_iter=300)), x, y,
                               cv=StratifiedKFold(5, shuffle=True, random_state=0), method="predict_proba")
    np.testing.assert_allclose(ours, np.clip(theirs, 1e-6, None) / np.clip(theirs, 1e-6, None).sum(1, keepdims=True),
                               rtol=1e-9, atol=1e-12)
    # a class of 3 rows: 3 folds, not an error
    y[:3] = 3
    assert out_of_fold_probs(x, y, 4).shape == (300, 4)
    flags, probs = oof_flags(x, (x[:, 0] > 0).astype(int) ^ (np.arange(300) < 30), 2)  # the first 30 flipped
    assert flags[:30].mean() > 0.8 and flags[30:].mean() < 0.05 and probs.shape == (300, 2)


def test_penultimate_features_are_the_last_linear_input_and_restore_the_mode():
    net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 3))
    net.train()
    x = torch.randn(10, 4)
    idx, feats = penultimate_features(net, [(torch.arange(5), x[:5]), (torch.arange(5, 10), x[5:])])
    np.testing.assert_array_equal(idx, np.arange(10))
    # eval: no dropout. Not bit-exact: two batches of 5 rows and one of 10 round float32 matmuls differently
    # (BLAS blocking), by up to a few ulps; a dropout mask would differ by whole values
    np.testing.assert_allclose(feats, torch.relu(net[0](x)).detach().numpy(), rtol=1e-5, atol=1e-6)
    assert net.training
    _, mine = penultimate_features(net, [(torch.arange(10), x)], features=lambda m, b: m[0](b))
    assert mine.shape == (10, 8)
    with pytest.raises(ValueError, match="features callable"):
        penultimate_features(nn.ReLU(), [(torch.arange(10), x)])
    with pytest.raises(ValueError, match="noisy_oof='sometimes'"):
        OutOfFold("sometimes")
    with pytest.raises(ValueError, match="noisy_oof_combine"):
        OutOfFold("settled", "or")


class _NoForward(Classifier):
    forward = pl.LightningModule.forward  # Lightning's: raises, the module has no forward of its own


@pytest.mark.parametrize("combine", ["and", "replace"])
def test_oof_pass_in_training_flags_and_checkpoints(tmp_path, registry, combine):
    from monitor import DataQualityMonitor

    pl.seed_everything(0, verbose=False)
    x, y, flip = _flipped_digits(0.15)
    loader = DataLoader(IndexedDataset(TensorDataset(x, y)), batch_size=64, shuffle=True,
                        generator=torch.Generator().manual_seed(0))
    dq = DataQualityMonitor(RUN, registry=registry, num_classes=10, every_n_steps=10, reference_batches=5,
                            noisy_oof="settled", noisy_oof_combine=combine, noisy_path=tmp_path / "noisy.json")
    trainer = _trainer(tmp_path, [dq], max_epochs=8)
    trainer.fit(Classifier(64, 10), loader)
    assert dq.noisy.fit.settled is not None and dq.oof.passes == 1 and dq.oof.broken is None
    flagged, own, oof = (np.asarray(a, dtype=np.int64) for a in (dq.noisy_indices, dq.noisy.flagged(), dq.oof.flags))
    expected = oof if combine == "replace" else np.intersect1d(own, oof)
    np.testing.assert_array_equal(flagged, expected)
    tp = int(flip[flagged].sum())
    precision, recall = tp / max(flagged.size, 1), tp / int(flip.sum())
    print(f"\n15 % flipped digits, noisy_oof='settled', {combine}: {flagged.size} flagged, precision {precision:.3f}, "
          f"recall {recall:.3f}; the pass took {dq.oof.seconds:.2f} s")
    assert precision >= 0.8 and recall >= 0.6
    # the checkpoint holds plain values (torch's default weights_only=True) and restores the pass's flags
    ckpt = tmp_path / "dq.ckpt"
    trainer.save_checkpoint(ckpt)
    state = torch.load(ckpt)["callbacks"][dq.state_key]
    again = DataQualityMonitor(RUN, registry=registry, num_classes=10, noisy_oof="settled", noisy_oof_combine=combine)
    again.load_state_dict(state)
    np.testing.assert_array_equal(again.oof.flags, dq.oof.flags)
    assert again.noisy_indices == dq.noisy_indices and not again.oof.due(dq.noisy)  # one pass for "settled"


def test_a_model_without_forward_skips_the_pass_and_keeps_training(tmp_path, registry):
    from monitor import DataQualityMonitor, metrics as M

    pl.seed_everything(0, verbose=False)
    x, y, _ = _flipped_digits(0.15)
    loader = DataLoader(IndexedDataset(TensorDataset(x, y)), batch_size=64, shuffle=True,
                        generator=torch.Generator().manual_seed(0))
    dq = DataQualityMonitor(RUN, registry=registry, num_classes=10, every_n_steps=10, reference_batches=5,
                            noisy_oof="latest", noisy_path=tmp_path / "noisy.json")
    _trainer(tmp_path, [dq], max_epochs=8).fit(_NoForward(64, 10), loader)  # no forward(): the pass fails once
    assert dq.oof.broken is not None and dq.oof.flags is None
    assert dq.noisy_indices == dq.noisy.flagged().tolist()  # the confident rule's flags stand
    assert registry.get_sample_value(M.DATA_SKIPPED_BATCHES.series, {"run": RUN, "rank": "0", "reason": "error"}) == 1


def test_benchmark_refuses_unknown_sets_before_any_work(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "oof.json"
    proc = subprocess.run([sys.executable, str(root / "benchmarks" / "data_quality_oof.py"), "--sets", "nope",
                           "--out", str(out)], capture_output=True, text=True, cwd=root, timeout=300)
    assert proc.returncode == 2 and "--sets: unknown data set(s) nope" in proc.stderr and not out.exists()
