"""Session 21 (issue 17): ``strict``, the confident rule reporting a strict twin's flags while they are few.

Constructs of `tests/grade_construct.py`, no benchmark set: six grades cut from a latent score (rows near a cut
belong to either neighbour; the model's probabilities are the posterior of the grade given the score, a little
sharper each epoch), without noise and with 30 % of the rows flipped ``c -> c + 1``."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from monitor.data_quality.noise import ConfidentLearningDetector, make_detector
from monitor.data_quality.ordinal import STRICT_DEEP, STRICT_OPTIONS, STRICT_RULE, check_strict
from tests.grade_construct import K, construct, run

pytest.importorskip("cleanlab")


def strict_twin(n: int) -> ConfidentLearningDetector:
    """What the option's twin is: the ordered rule at the strict rule's parameters."""
    det = ConfidentLearningDetector(n, K, ordered=True)
    det.ordinal_rule, det.ordinal_deep, det.ordinal_options = STRICT_RULE, STRICT_DEEP, dict(STRICT_OPTIONS)
    return det


def test_off_by_default_and_the_same_flags():
    probs, labels, _, x = construct(0, rate=0.3)
    det = make_detector("confident", labels.size, num_classes=K)
    assert det.strict == 0.0 and det._strict is None and "strict_twin" not in det.state_dict()
    assert np.array_equal(run(det, probs, labels, x), run(ConfidentLearningDetector(labels.size, K), probs, labels, x))


@pytest.mark.parametrize("seed, rate", [(2, 0.0), (1, 0.3)])
def test_reports_the_strict_flags_only_while_they_are_few(seed, rate):
    probs, labels, _, x = construct(seed, rate=rate)
    plain = run(ConfidentLearningDetector(labels.size, K), probs, labels, x)
    strict = run(strict_twin(labels.size), probs, labels, x)
    det = make_detector("confident", labels.size, num_classes=K, strict=0.01)
    flagged = run(det, probs, labels, x)
    assert np.array_equal(det._strict.flagged(), strict)
    few = strict.size < 0.01 * labels.size
    assert np.array_equal(flagged, strict if few else plain)
    if rate == 0.0:  # grades without noise: the plain rule reads boundary rows as noise (93), the strict one not (7)
        assert few and plain.size > 5 * strict.size
    else:  # 30 % noise: the strict rule still finds more than 1 % of the rows, so the plain flags are reported
        assert not few and flagged.size == plain.size


def test_the_share_decides_on_the_seen_rows():
    probs, labels, _, x = construct(2, rate=0.3)
    det = make_detector("confident", labels.size, num_classes=K, strict=0.99)  # any strict count is "few"
    assert np.array_equal(run(det, probs, labels, x), det._strict.flagged())


@pytest.mark.parametrize("cut", [3, 9])
def test_state_round_trips_under_weights_only(tmp_path, cut):
    probs, labels, _, _ = construct(3)
    whole = ConfidentLearningDetector(labels.size, K, strict=0.01)
    run(whole, probs, labels)
    det = ConfidentLearningDetector(labels.size, K, strict=0.01)
    run(det, probs[:cut], labels)
    torch.save(det.state_dict(), tmp_path / "state.pt")
    restored = ConfidentLearningDetector(labels.size, K, strict=0.01)
    restored.load_state_dict(torch.load(tmp_path / "state.pt"))  # the default weights_only
    assert np.array_equal(run(restored, probs[cut:], labels), whole.flagged())
    assert np.array_equal(restored._strict.flagged(), whole._strict.flagged())


def test_a_state_saved_without_it_starts_the_twin_and_keeps_the_strict_rule():
    probs, labels, _, _ = construct(4)
    plain = ConfidentLearningDetector(labels.size, K)
    run(plain, probs[:3], labels)
    det = ConfidentLearningDetector(labels.size, K, strict=0.01)
    det.load_state_dict(plain.state_dict())
    assert det._strict.ordered is True and det._strict.ordinal_rule == STRICT_RULE
    assert det._strict.ordinal_deep == STRICT_DEEP and det._strict.ordinal_options == STRICT_OPTIONS
    run(det, probs[3:], labels)
    again = ConfidentLearningDetector(labels.size, K)  # built without the option: keeps its own, ignores the twin
    again.load_state_dict(det.state_dict())
    assert again._strict is None


def test_bad_values_are_named():
    assert check_strict(0) == 0.0 and check_strict(0.01) == 0.01
    for bad in (-0.01, 1.0, True, "0.01", None, float("nan")):
        with pytest.raises(ValueError, match=r"noisy_strict=.* must be a share of rows in \[0, 1\)"):
            check_strict(bad)
    for ordered in (True, "auto"):
        with pytest.raises(ValueError, match="needs noisy_ordered=False"):
            make_detector("confident", 10, num_classes=3, strict=0.01, ordered=ordered)


def test_the_benchmark_shares_cleanlab_work_without_changing_flags():
    from benchmarks.data_quality_ordinal import _share

    probs, labels, _, x = construct(5, rate=0.05)

    def dets():
        out = [ConfidentLearningDetector(labels.size, K), strict_twin(labels.size),
               ConfidentLearningDetector(labels.size, K, strict=0.01)]
        return out

    alone, shared = dets(), dets()
    _share(shared)
    for a, b in zip(alone, shared):
        assert np.array_equal(run(a, probs, labels, x), run(b, probs, labels, x))


def test_deep_all_scales_every_pair_and_deep_only_neighbours():
    from monitor.data_quality.ordinal import deep_noise_matrix, ordinal_likely_wrong

    rng = np.random.default_rng(0)
    true = rng.dirichlet(np.full(4, 0.3), size=400)
    labels = rng.integers(0, 4, size=400)
    matrix = np.full((4, 4), 0.05) + 0.8 * np.eye(4)
    near = deep_noise_matrix(labels, true, matrix, 0.05)
    every = deep_noise_matrix(labels, true, matrix, 0.05, every_pair=True)
    far = np.abs(np.subtract.outer(np.arange(4), np.arange(4))) > 1
    assert np.allclose(near[far], matrix[far])  # "deep" leaves pairs two or more indices apart alone
    assert (every[far] < matrix[far]).all()  # "deep-all" scales them too
    assert np.allclose(every[~far & ~np.eye(4, dtype=bool)], near[~far & ~np.eye(4, dtype=bool)])
    wrong = ordinal_likely_wrong(labels, true, matrix, 0.25, "deep-all", 0.05)
    assert wrong.sum() <= ordinal_likely_wrong(labels, true, matrix, 0.25, "deep", 0.05).sum()


def test_the_benchmark_permutes_class_indices_on_request(monkeypatch, tmp_path):
    """``--permute-classes SEED`` (the index-order control written for round 23's rule): the run sees each label
    relabelled by one fixed permutation, rows go to ``PART_permSEED``; a negative seed is refused."""
    import sys

    import benchmarks.data_quality_ordinal as O

    monkeypatch.setattr(sys, "argv", ["x", "--part", "tuning", "--permute-classes", "-1"])
    assert O.main() == 2
    seen = {}

    def fake_corrupt(y, rate, kind, classes, rng):
        seen["y"] = y.copy()
        raise RuntimeError("stop")  # the relabelling happens before the noise: nothing else to run

    monkeypatch.setattr(O, "corrupt", fake_corrupt)
    _, y, _, _ = O.load("digits", 0)
    for permute, want in ((None, y), (23, np.random.default_rng(23).permutation(10)[y])):
        with pytest.raises(RuntimeError, match="stop"):
            O.cell(("digits", (0.0, "-"), 0, (), None, permute))
        assert np.array_equal(seen["y"], want)
    assert not np.array_equal(want, y)


# --------------------------------------------------------------------------- session 23: the callback's default
def _monitor(**kw):
    from prometheus_client import CollectorRegistry

    from monitor import DataQualityMonitor

    return DataQualityMonitor("strict", registry=CollectorRegistry(), num_classes=3, **kw)


def test_the_callback_default_is_off_since_round_34s_look_and_an_option_for_unordered_classes():
    from monitor.data_quality.ordinal import STRICT_DEFAULT

    assert STRICT_DEFAULT == 0.0 and _monitor().noisy_options["strict"] == 0.0
    assert _monitor(noisy_ordered=False).noisy_options["strict"] == 0.0
    assert _monitor(noisy_ordered=False, noisy_strict=0.01).noisy_options["strict"] == 0.01
    for ordered in (True, "auto"):
        assert _monitor(noisy_ordered=ordered).noisy_options["strict"] == 0.0
        assert _monitor(noisy_ordered=ordered, noisy_strict=0).noisy_options["strict"] == 0.0
    for value, want in ((0, 0.0), (0.0, 0.0), (0.05, 0.05), (np.float64(0.02), 0.02)):
        strict = _monitor(noisy_strict=value).noisy_options["strict"]
        assert strict == want and type(strict) is float
    # the detector it makes gets it (and keeps its own default, 0, when built directly)
    assert make_detector("confident", 10, num_classes=3, **_monitor(noisy_strict=0.01).noisy_options).strict == 0.01
    assert make_detector("confident", 10, num_classes=3, **_monitor().noisy_options).strict == 0.0
    assert make_detector("confident", 10, num_classes=3).strict == 0.0
    assert make_detector("mixture", 10, **_monitor().noisy_options).flagged().size == 0  # the loss rules ignore it


def test_the_callback_names_a_bad_noisy_strict():
    for ordered in (True, "auto"):
        with pytest.raises(ValueError, match=r"noisy_strict=0.01 needs noisy_ordered=False"):
            _monitor(noisy_ordered=ordered, noisy_strict=0.01)
    for bad in (-1, 1.5, True, "0.01", float("nan")):
        with pytest.raises(ValueError, match=r"noisy_strict=.* must be a share of rows in \[0, 1\)"):
            _monitor(noisy_strict=bad)
    with pytest.raises(ValueError, match="noisy_ordered='yes'"):  # a bad noisy_ordered is named first
        _monitor(noisy_ordered="yes")


def test_the_twin_state_is_lean_and_round_trips(tmp_path):
    from monitor.data_quality.noise import TWIN_SHARED

    probs, labels, _, x = construct(1, rate=0.05)
    whole = ConfidentLearningDetector(labels.size, K, strict=0.01)
    run(whole, probs, labels, x)
    det = ConfidentLearningDetector(labels.size, K, strict=0.01)
    run(det, probs[:6], labels, x)
    state = det.state_dict()
    assert not set(TWIN_SHARED) & set(state["strict_twin"])  # the per-row arrays once, in the detector's state
    assert {"best", "last", "recent", "share", "fit", "ordered"} <= set(state["strict_twin"])
    assert state["strict_twin"]["ordered"] is True and state["ordered"] is False
    full = {**state, "strict_twin": det._strict.state_dict()}
    assert len(json.dumps(state["strict_twin"])) < 0.2 * len(json.dumps(full["strict_twin"]))
    torch.save(state, tmp_path / "state.pt")
    for saved in (torch.load(tmp_path / "state.pt"), full):  # the lean form (weights_only) and the full one (before)
        restored = ConfidentLearningDetector(labels.size, K, strict=0.01)
        restored.load_state_dict(saved)
        assert np.array_equal(restored.flagged(), det.flagged())
        assert np.array_equal(restored._strict.flagged(), det._strict.flagged())
        assert restored._strict.ordered is True and restored._strict.ordinal_rule == STRICT_RULE
        assert restored._strict.state_dict() == det._strict.state_dict()
        assert np.array_equal(run(restored, probs[6:], labels, x), whole.flagged())
        assert np.array_equal(restored._strict.flagged(), whole._strict.flagged())


def test_the_twin_shares_the_kNN_view_without_changing_flags():
    probs, labels, _, x = construct(2, rate=0.3)
    det = ConfidentLearningDetector(labels.size, K, strict=0.01)
    alone = ConfidentLearningDetector(labels.size, K)
    assert np.array_equal(run(det, probs, labels, x), run(alone, probs, labels, x))  # 30 %: the plain flags
    assert det._knn_cache is det._strict._knn_cache and det._knn_cache is not None
    assert np.array_equal(det._knn_cache[2], alone._knn_cache[2])


def test_the_strict_option_resumes_from_a_checkpoint(tmp_path):
    """``Trainer.fit(ckpt_path=...)`` with ``noisy_strict=0.01`` (the default where classes are unordered from round
    24's look to round 34's, an option since): the strict twin comes back (lean, weights_only) and the resumed run
    flags what the run without a break flags."""
    import pytorch_lightning as pl
    import torch.nn.functional as F
    from prometheus_client import CollectorRegistry
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset

    from monitor import DataQualityMonitor
    from monitor.data_quality import IndexedDataset

    class Net(pl.LightningModule):
        def __init__(self):
            super().__init__()
            torch.manual_seed(0)
            self.net = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 4))

        def training_step(self, batch, batch_idx):
            logits = self.net(batch[0])
            return {"loss": F.cross_entropy(logits, batch[1]), "sample_logits": logits.detach()}

        def configure_optimizers(self):
            return torch.optim.Adam(self.parameters(), lr=1e-2)

    g = torch.Generator().manual_seed(0)
    y = torch.randint(0, 4, (400,), generator=g)
    x = torch.randn(400, 8, generator=g) + 1.5 * F.one_hot(y, 8).float()
    y[:20] = (y[:20] + 1) % 4  # 5 % flipped
    loader = DataLoader(IndexedDataset(TensorDataset(x, y)), batch_size=50)

    def fit(epochs, ckpt=None):
        dq = DataQualityMonitor("strict", registry=CollectorRegistry(), num_classes=4, reference_batches=2,
                                noisy_path=tmp_path / "noisy.json", noisy_write_interval=0, noisy_strict=0.01)
        trainer = pl.Trainer(max_epochs=epochs, accelerator="cpu", devices=1, logger=False, enable_checkpointing=False,
                             enable_progress_bar=False, enable_model_summary=False, default_root_dir=tmp_path,
                             callbacks=[dq])
        trainer.fit(Net(), loader, ckpt_path=ckpt)
        return dq, trainer

    straight, _ = fit(8)
    first, trainer = fit(4)
    trainer.save_checkpoint(tmp_path / "dq.ckpt")
    saved = torch.load(tmp_path / "dq.ckpt")["callbacks"]  # the default weights_only
    noisy = next(v for k, v in saved.items() if "DataQualityMonitor" in k)["noisy"]["state"]
    assert noisy["strict_twin"] and "prob_sum" not in noisy["strict_twin"]
    resumed, _ = fit(8, tmp_path / "dq.ckpt")
    assert resumed.noisy.strict == 0.01 and resumed.noisy.epochs_seen == resumed.noisy._strict.epochs_seen == 8
    assert resumed.noisy_indices == straight.noisy_indices
    assert np.array_equal(resumed.noisy._strict.flagged(), straight.noisy._strict.flagged())
    assert json.loads((tmp_path / "noisy.json").read_text())["criterion"]["strict"] == 0.01
