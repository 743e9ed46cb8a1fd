"""Out-of-sample probabilities for confident learning: K-fold probabilities of a cheap classifier on features.

cleanlab's ``find_label_issues`` expects ``pred_probs`` that are *out-of-sample* (each row's probabilities from
a model that never trained on it, usually K-fold cross-validation: cleanlab's
``estimate_cv_predicted_probabilities``). The confident rule's probabilities are recorded before each row's own
update in the epoch, which is only approximately so: the network has trained on the row in the earlier epochs.
Training K networks inside a user's training loop is not an option; this module does the cheap half of it
(session 12 of issue 17): the network's penultimate features of every training row (one no-grad pass,
:func:`penultimate_features`), then out-of-fold probabilities of scikit-learn's ``LogisticRegression`` on those
features against the *given* (noisy) labels (``cross_val_predict(..., method="predict_proba")``,
:func:`out_of_fold_probs`), then cleanlab (:func:`oof_flags`). The features themselves were shaped by training
on every row, so this is out-of-sample for the last layer only.

No Lightning here but its ``move_data_to_device`` (:func:`penultimate_features` takes a ``torch.nn.Module`` and
batches; :class:`OutOfFold` is the callback's side: when a pass runs, and how its flags meet the confident rule's).

Example::

    probs = out_of_fold_probs(features, labels, num_classes=10)   # (N, D) float, (N,) int -> (N, 10)
    flags = oof_flags(features, labels, num_classes=10)           # bool (N,): cleanlab on those
"""

from __future__ import annotations

import warnings
from typing import Any, Callable, Iterable

import numpy as np
import torch

from monitor.data_quality.stats import check_int

#: the ``noisy_oof`` values: ``"off"`` (default), ``"settled"`` (one pass at the epoch the fit levels off),
#: ``"latest"`` (a pass at every tracked epoch from then on)
OOF_WHEN = ("off", "settled", "latest")
#: how the out-of-fold flags meet the confident rule's: ``"and"`` (flag rows both flag), ``"replace"``
#: (the out-of-fold flags alone)
OOF_COMBINE = ("and", "replace")


def out_of_fold_probs(features: Any, labels: Any, num_classes: int, folds: int = 5, seed: int = 0) -> np.ndarray:
    """``(N, num_classes)`` out-of-fold probabilities of the given ``labels`` from a standardised multinomial
    ``LogisticRegression`` on ``features`` ``(N, D)``, ``folds``-fold stratified (fewer folds when a class has
    rows; a class absent from a fold's training part gets probability 0 there, before a floor of 1e-6)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x = np.asarray(features, dtype=np.float64).reshape(len(labels), -1)
    y = np.asarray(labels, dtype=np.int64).reshape(-1)
    counts = np.bincount(y, minlength=num_classes)
    k = int(min(check_int("folds", folds, 2), max(2, counts[counts > 0].min())))
    out = np.zeros((y.size, num_classes))
    for train, test in StratifiedKFold(k, shuffle=True, random_state=seed).split(x, y):
        model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=300))
        with warnings.catch_warnings():  # a class with fewer rows than folds; a fit that stops at max_iter
            warnings.simplefilter("ignore")
            model.fit(x[train], y[train])
        out[np.ix_(test, model.classes_)] = model.predict_proba(x[test])
    out = np.clip(out, 1e-6, None)
    return out / out.sum(1, keepdims=True)


def oof_flags(features: Any, labels: Any, num_classes: int, folds: int = 5, seed: int = 0,
              filter_by: str = "prune_by_noise_rate") -> tuple[np.ndarray, np.ndarray]:
    """cleanlab's ``find_label_issues`` on :func:`out_of_fold_probs`: ``(flags (N,) bool, probs (N, C))``."""
    from cleanlab.filter import find_label_issues

    probs = out_of_fold_probs(features, labels, num_classes, folds, seed)
    y = np.asarray(labels, dtype=np.int64).reshape(-1)
    return np.asarray(find_label_issues(y, probs, filter_by=filter_by, n_jobs=1), dtype=bool), probs


def last_linear(module: torch.nn.Module) -> torch.nn.Linear | None:
    """The last ``nn.Linear`` in ``module``'s registration order (the classifier head of most models)."""
    found = None
    for sub in module.modules():
        if isinstance(sub, torch.nn.Linear):
            found = sub
    return found


@torch.no_grad()
def penultimate_features(module: torch.nn.Module, batches: Iterable[tuple[torch.Tensor, torch.Tensor]],
                         features: Callable[[torch.nn.Module, torch.Tensor], torch.Tensor] | None = None,
                         ) -> tuple[np.ndarray, np.ndarray]:
    """One no-grad pass over ``batches`` of ``(indices, inputs)`` in eval mode: ``(indices (n,), features (n, D))``.
    Features: ``features(module, inputs)`` if given, else the input of the last ``nn.Linear`` (a forward hook).
    The module's train/eval mode is restored."""
    head = None if features is not None else last_linear(module)
    if features is None and head is None:
        raise ValueError("noisy_oof needs a features callable: the model has no nn.Linear to read the input of")
    captured: list[torch.Tensor] = []
    hook = head.register_forward_hook(lambda _m, args, _out: captured.append(args[0].detach())) if head else None
    was_training = module.training
    module.eval()
    idx_out, feat_out = [], []
    try:
        for idx, inputs in batches:
            if features is not None:
                f = features(module, inputs)
            else:
                captured.clear()
                module(inputs)
                f = captured[-1]
            idx_out.append(idx.detach().reshape(-1).cpu())
            feat_out.append(f.detach().reshape(idx.shape[0], -1).float().cpu())
    finally:
        if hook is not None:
            hook.remove()
        module.train(was_training)
    if not idx_out:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 0))
    return torch.cat(idx_out).numpy().astype(np.int64), torch.cat(feat_out).numpy()


def check_choice(name: str, value: str, allowed: tuple) -> str:
    """``value`` if it is one of ``allowed``, else a ``ValueError`` naming ``name`` and the valid values."""
    if value not in allowed:
        raise ValueError(f"{name}={value!r}: use one of {', '.join(allowed)}")
    return value


class OutOfFold:
    """The callback's out-of-fold pass (``noisy_oof``): when it is due, what it flags, how that meets the
    confident rule's flags, and its checkpoint state (plain lists).

    ``when``: ``"off"``, ``"settled"`` (one pass, at the first epoch the confident rule's fit level
    (:class:`~monitor.data_quality.fit.FitLevel`) is known; the flags are kept after it) or ``"latest"`` (a pass
    at every tracked epoch from then on). ``combine``: ``"and"`` (the confident rule's flags that the out-of-fold
    rule also flags) or ``"replace"`` (the out-of-fold flags alone). ``features``: ``features(module, batch) ->
    (B, D)`` instead of the input of the last ``nn.Linear``. Before the first pass the confident rule's flags
    stand alone. Every rank computes the same flags from the gathered features (one ``all_reduce`` per pass).
    """

    def __init__(self, when: str = "off", combine: str = "and", features: Callable | None = None,
                 folds: int = 5) -> None:
        self.when = check_choice("noisy_oof", when, OOF_WHEN)
        self.combine = check_choice("noisy_oof_combine", combine, OOF_COMBINE)
        if features is not None and not callable(features):
            raise ValueError(f"noisy_oof_features={features!r} must be a callable (module, batch) -> (B, D) tensor")
        self.features = features
        self.folds = check_int("folds", folds, 2)
        self.flags: np.ndarray | None = None  # the dataset indices of the latest pass (None: no pass yet)
        self.passes, self.seconds = 0, 0.0  # passes run and the seconds of the latest
        self.broken: str | None = None  # why a pass failed (no more passes then)

    def due(self, detector: Any) -> bool:
        """Whether a pass runs now: on, the detector's fit has levelled off, and (``"settled"``) none ran yet."""
        fit = getattr(detector, "fit", None)
        return self.when != "off" and self.broken is None and getattr(fit, "settled", None) is not None \
            and (self.when == "latest" or self.flags is None)

    def run(self, module: torch.nn.Module, dataset: Any, labels: np.ndarray, *, extract: Callable, loader: Any = None,
            rank: int = 0, world: int = 1, sync: bool = False, num_classes: int | None = None) -> None:
        """One pass: this rank's rows ``rank::world`` of ``dataset`` (batched like ``loader``, with its workers),
        their features gathered to global indices (summed over the group when ``sync``), then :func:`oof_flags` on
        the rows with features and a label (``labels``: ``(N,)``, -1 unseen; ``num_classes``: default the largest
        label + 1)."""
        import time

        from monitor._lightning import sub
        from monitor.data_quality import distributed

        move_data_to_device = sub("utilities").move_data_to_device
        t0 = time.perf_counter()
        n = labels.size
        if n < 2 * self.folds * world:  # too few rows to fold (the same on every rank: no collective is skipped alone)
            self.flags, self.passes, self.seconds = np.zeros(0, dtype=np.int64), self.passes + 1, 0.0
            return
        device = next((p.device for p in module.parameters()), torch.device("cpu"))
        batches = torch.utils.data.DataLoader(
            dataset, batch_size=getattr(loader, "batch_size", None) or 256, sampler=list(range(rank, n, world)),
            collate_fn=getattr(loader, "collate_fn", None), num_workers=getattr(loader, "num_workers", 0) or 0)

        def pairs():
            for batch in batches:
                view = extract(batch)
                if view.indices is None:
                    raise ValueError("noisy_oof needs dataset indices in the batches (wrap the dataset in "
                                     "IndexedDataset)")
                yield view.indices, move_data_to_device(batch if self.features is not None else view.inputs, device)

        idx, feats = penultimate_features(module, pairs(), self.features)
        rows = torch.zeros(n, 1 + feats.shape[1], dtype=torch.float64)  # every rank has rows: the same width
        if idx.size:
            ok = (idx >= 0) & (idx < n)
            rows.index_add_(0, torch.from_numpy(idx[ok]),
                            torch.cat([torch.ones(int(ok.sum()), 1, dtype=torch.float64),
                                       torch.from_numpy(feats[ok]).double()], 1))
        if sync:
            rows = distributed.reduce_rows(rows)
        r = rows.numpy()
        use = np.flatnonzero((r[:, 0] > 0) & (labels >= 0))
        flags = np.zeros(0, dtype=np.int64)
        if use.size >= 2 * self.folds and np.unique(labels[use]).size > 1:
            mask, _ = oof_flags(r[use, 1:] / r[use, :1], labels[use], num_classes or int(labels.max()) + 1, self.folds)
            flags = use[mask]
        self.flags, self.passes, self.seconds = flags, self.passes + 1, time.perf_counter() - t0

    def combined(self, flagged: np.ndarray) -> np.ndarray:
        """The reported flags: the confident rule's ``flagged`` until a pass ran, then as ``combine`` says."""
        if self.flags is None:
            return np.asarray(flagged, dtype=np.int64)
        return self.flags if self.combine == "replace" else np.intersect1d(flagged, self.flags)

    def state_dict(self) -> dict:
        return {"when": self.when, "passes": self.passes, "flags": None if self.flags is None else self.flags.tolist()}

    def load_state_dict(self, state: dict | None) -> None:
        if not state or state.get("when") != self.when:  # another option or none: the pass runs again when due
            return
        self.passes = int(state.get("passes", 0))
        self.flags = None if state.get("flags") is None else np.asarray(state["flags"], dtype=np.int64)

