"""The loss-based noisy-label rules (no probabilities needed) and the bookkeeping every detector shares.

- :class:`LossMixtureDetector` (``noisy_method="mixture"``): a two-component Gaussian mixture over each
  sample's loss rank (per epoch, normalised to [0, 1], averaged over the tracked epochs); samples whose
  posterior of the high-loss component exceeds 0.5 are flagged (the DivideMix split).
- :class:`NoisySampleTracker` (``noisy_method="small_loss"``): the seed's rule, the ``tail_fraction`` of
  highest losses each epoch, flagged once a sample was in the tail in ``persistence`` of its epochs (needs a
  noise-rate guess).

Moved out of :mod:`monitor.data_quality.noise` (which re-exports them) in session 11. No Lightning here.
"""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from monitor.data_quality.stats import check_fraction, check_int

class _EpochDetector:
    """Shared bookkeeping: sample count, warm-up epochs, the epoch counter."""

    needs_probs = False

    def __init__(self, num_samples: int, warmup_epochs: int) -> None:
        self.num_samples = check_int("num_samples", num_samples, 1)
        self.warmup_epochs = check_int("warmup_epochs", warmup_epochs, 0)
        self.epochs_seen = 0

    def _tracked(self, losses_or_probs: np.ndarray, what: str) -> bool:
        if losses_or_probs.shape[0] != self.num_samples:
            raise ValueError(f"{what} has {losses_or_probs.shape[0]} rows, expected num_samples={self.num_samples}")
        self.epochs_seen += 1
        return self.epochs_seen > self.warmup_epochs

    def _check_state(self, state: Mapping) -> None:
        if int(state["num_samples"]) != self.num_samples:
            raise ValueError(f"checkpoint tracked {state['num_samples']} samples, this run has {self.num_samples}")
        self.epochs_seen = int(state["epochs_seen"])


class LossMixtureDetector(_EpochDetector):
    """Two-component Gaussian mixture over per-sample loss ranks averaged across epochs.

    Each tracked epoch the seen samples' losses become ranks in [0, 1] (scale-free: the loss level
    falls as training goes on). A ``GaussianMixture(2)`` (scikit-learn) over the mean rank gives
    each sample's posterior of the high-rank component; posterior > ``threshold`` is flagged.
    """

    def __init__(self, num_samples: int, *, warmup_epochs: int = 1, threshold: float = 0.5, seed: int = 0) -> None:
        super().__init__(num_samples, warmup_epochs)
        self.threshold = check_fraction("threshold", threshold)
        self.seed = seed
        self.rank_sum = np.zeros(num_samples)
        self.seen = np.zeros(num_samples, dtype=np.int64)
        self._flagged = np.zeros(0, dtype=np.int64)

    def add_epoch(self, *, losses: Any = None, probs: Any = None, labels: Any = None, features: Any = None) -> int:
        """One epoch's per-sample losses ``(N,)`` (NaN: unseen)."""
        losses = np.asarray(losses, dtype=np.float64).reshape(-1)
        if not self._tracked(losses, "losses"):
            return 0
        rows = np.flatnonzero(np.isfinite(losses))
        if rows.size >= 2:
            v = losses[rows]
            self.rank_sum[rows] += (v - v.min()) / max(v.max() - v.min(), 1e-12)
            self.seen[rows] += 1
        self._flagged = self._find()
        return int(self._flagged.size)

    def _find(self) -> np.ndarray:
        from sklearn.mixture import GaussianMixture

        rows = np.flatnonzero(self.seen > 0)
        if rows.size < 10:
            return np.zeros(0, dtype=np.int64)
        x = (self.rank_sum[rows] / self.seen[rows])[:, None]
        if getattr(self, "_gm", None) is None:  # warm-started from the previous epoch's fit
            self._gm = GaussianMixture(2, random_state=self.seed, warm_start=True)
        gm = self._gm.fit(x)
        high = int(np.argmax(gm.means_.ravel()))
        return rows[gm.predict_proba(x)[:, high] > self.threshold]

    def flagged(self) -> np.ndarray:
        return self._flagged

    def state_dict(self) -> dict:
        return {"num_samples": self.num_samples, "epochs_seen": self.epochs_seen, "rank_sum": self.rank_sum.tolist(),
                "seen": self.seen.tolist()}

    def load_state_dict(self, state: Mapping) -> None:
        self._check_state(state)
        self.rank_sum = np.asarray(state["rank_sum"], dtype=np.float64)
        self.seen = np.asarray(state["seen"], dtype=np.int64)
        self._flagged = self._find() if self.seen.any() else np.zeros(0, dtype=np.int64)


class NoisySampleTracker(_EpochDetector):
    """Small-loss criterion over epochs: flag samples whose loss stays in the top tail.

    Each tracked epoch, the ``round(tail_fraction * seen)`` samples with the highest loss among
    those seen that epoch are "in the tail" (ties broken by index). A sample is flagged once it was in the tail in at least
    ``persistence`` of the epochs it was seen in (after ``warmup_epochs``). Networks fit clean
    labels before they memorise wrong ones (Arpit et al. 2017; Han et al. 2018, Co-teaching), so a
    persistently high loss marks a likely mislabelled or corrupt sample.

    Example::

        t = NoisySampleTracker(num_samples=1000, tail_fraction=0.1)
        t.add_epoch(losses)          # (1000,) float, NaN where a sample was not seen
        t.flagged()                  # sorted dataset indices
    """

    def __init__(self, num_samples: int, *, tail_fraction: float = 0.1, persistence: float = 0.5,
                 warmup_epochs: int = 1) -> None:
        super().__init__(num_samples, warmup_epochs)
        self.tail_fraction = check_fraction("tail_fraction", tail_fraction)
        self.persistence = check_fraction("persistence", persistence)
        self.tail_counts = np.zeros(num_samples, dtype=np.int64)
        self.seen_counts = np.zeros(num_samples, dtype=np.int64)

    def add_epoch(self, losses: Any = None, *, probs: Any = None, labels: Any = None, features: Any = None) -> int:
        """Record one epoch's per-sample losses (NaN = not seen); returns the flagged count."""
        losses = np.asarray(losses, dtype=np.float64).reshape(-1)
        if not self._tracked(losses, "losses"):
            return 0
        seen = np.flatnonzero(~np.isnan(losses))
        if seen.size >= 2:
            k = max(1, int(round(self.tail_fraction * seen.size)))
            order = seen[np.argsort(-losses[seen], kind="stable")]  # highest loss first; ties by index
            self.tail_counts[order[:k]] += 1
            self.seen_counts[seen] += 1
        return int(self.flagged().size)

    def flagged(self) -> np.ndarray:
        seen = self.seen_counts > 0
        share = np.divide(self.tail_counts, np.maximum(self.seen_counts, 1))
        return np.flatnonzero(seen & (share >= self.persistence) & (self.tail_counts > 0))

    def state_dict(self) -> dict:
        return {"num_samples": self.num_samples, "epochs_seen": self.epochs_seen,
                "tail_counts": self.tail_counts.tolist(), "seen_counts": self.seen_counts.tolist()}

    def load_state_dict(self, state: Mapping) -> None:
        self._check_state(state)
        self.tail_counts = np.asarray(state["tail_counts"], dtype=np.int64)
        self.seen_counts = np.asarray(state["seen_counts"], dtype=np.int64)
