"""When the fit of the given labels has levelled off: the confident rule's judging gate (session 11).

A network fits the pattern of the clean labels first and memorises the wrong ones later. While it is still
fitting the clean pattern, its misfit clean rows look like label noise, and confident learning flags them
with a high confident share: on the sets that flagged a tenth or more of their clean rows, the share peaked
at epochs 1-12 of 39-68 (session 10's diagnosis). :class:`FitLevel` keeps each tracked epoch's agreement of
the model's predicted class with the given label (the before-update probabilities of the training forward
pass: the training accuracy on the given labels) and says from which epoch on it has levelled off: the first
epoch of the first ``epochs`` + 1 epochs (4) over which it rose by at most ``tol`` (0.015). With
``noisy_judge="settled"`` (the default) the confident rule chooses its peak among those epochs only;
``noisy_judge="peak"`` is the former rule (any tracked epoch). The rise per epoch depends on the steps in an epoch: a run of very short epochs levels off
at once (the former rule then), a run that never levels off reports its latest epoch's flags.

Plain floats and ints only (``weights_only=True`` checkpoints). No Lightning here.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np

from monitor.data_quality.stats import check_fraction, check_int

#: the ``noisy_judge`` values: ``"settled"`` (default since session 11) and ``"peak"`` (the former rule)
JUDGES = ("settled", "peak")


class FitLevel:
    """The last ``epochs`` + 1 tracked epochs' agreement (argmax of the probabilities = given label, over the
    rows seen that epoch) and ``settled``: the first epoch (the detector's epoch count) of the first ``epochs``
    + 1 epochs over which the agreement rose by at most ``tol`` -- the epoch the fit had levelled off at
    (``None`` until then; it stays once reached). The detector scores an epoch a few epochs after it (its
    window), so :meth:`admit` holds the scored epochs that may still turn out to lie on the level.

    Example::

        fit = FitLevel(epochs=3, tol=0.015)
        fit.add(epoch, probs, labels)     # each tracked epoch: (n, C) probabilities, (n,) given labels
        fit.allows(epoch)                 # may the confident rule judge at this epoch?
    """

    def __init__(self, epochs: int = 3, tol: float = 0.015) -> None:
        self.epochs = check_int("settle_epochs", epochs, 1)
        self.tol = check_fraction("settle_tol", tol)
        self.history: list[list] = []  # [epoch, agreement] of the last epochs + 1 tracked epochs with rows
        self.settled: int | None = None
        self.pending: list[list] = []  # scored epochs [epoch, score, flag indices] that may still be admitted

    def add(self, epoch: int, probs: np.ndarray, labels: np.ndarray) -> None:
        """Fold in one tracked epoch (``probs`` ``(n, C)`` and ``labels`` ``(n,)`` of the rows seen in it)."""
        if not labels.size:
            return
        self.history = (self.history + [[int(epoch), float((probs.argmax(1) == labels).mean())]])[-(self.epochs + 1):]
        if self.settled is None and len(self.history) > self.epochs \
                and self.history[-1][1] - self.history[0][1] <= self.tol:
            self.settled = self.history[0][0]

    def allows(self, epoch: int) -> bool:
        """Whether ``epoch`` comes at or after the epoch the fit levelled off."""
        return self.settled is not None and epoch >= self.settled

    def admit(self, candidate: list, now: int) -> list[list]:
        """The scored epochs (``[epoch, ...]``, ``candidate`` the latest, scored at epoch ``now``) the confident
        rule may judge at now, in epoch order; the others that may still lie on the level are held."""
        self.pending.append(candidate)
        if self.settled is None:  # a level found later starts at now + 1 - epochs at the earliest
            self.pending = [c for c in self.pending if c[0] >= now + 1 - self.epochs]
            return []
        out, self.pending = [c for c in self.pending if self.allows(c[0])], []
        return out

    def state_dict(self) -> dict:
        return {"history": [list(h) for h in self.history], "settled": -1 if self.settled is None else self.settled,
                "pending": [list(c) for c in self.pending]}

    def load_state_dict(self, state: Mapping) -> None:
        self.history = [[int(e), float(v)] for e, v in state.get("history", [])][-(self.epochs + 1):]
        settled = int(state.get("settled", -1))
        self.settled = None if settled < 0 else settled
        self.pending = [[int(e), float(v), [int(i) for i in idx]] for e, v, idx in state.get("pending", [])]


def check_judge(judge: str) -> str:
    """``judge`` if it is one of :data:`JUDGES`, else a ``ValueError`` naming it."""
    if judge not in JUDGES:
        raise ValueError(f"noisy_judge={judge!r}: use one of {', '.join(JUDGES)}")
    return judge
