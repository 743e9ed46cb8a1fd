"""Noisy-label detection from what training already computes: three criteria, one interface.

- ``"confident"`` (default when the training step returns per-sample logits): confident learning
  (Northcutt et al. 2021) with cleanlab's ``find_label_issues`` on per-sample predicted
  probabilities, each recorded by the training forward pass *before* that sample's own update in
  the epoch, smoothed over epochs, and judged at the epoch where the flags are most confident
  (after the clean pattern is learnt, before wrong labels are memorised). No noise rate to give:
  cleanlab estimates the joint of given and true labels from the probabilities.
- ``"mixture"``: a two-component Gaussian mixture over each sample's loss rank (per epoch,
  normalised to [0, 1], averaged over the tracked epochs); samples whose posterior of the
  high-loss component exceeds 0.5 are flagged (the DivideMix split). Needs losses only.
- ``"small_loss"``: the seed's rule: the ``tail_fraction`` of highest losses each epoch, flagged
  once a sample was in the tail in ``persistence`` of its epochs (needs a noise-rate guess).

Size: over 500 lines because the confident rule's options act inside its one epoch loop, each documented there.

All keep plain arrays (checkpointable with ``weights_only=True``) and expose ``add_epoch``,
``flagged``, ``state_dict`` and ``load_state_dict``. No Lightning here.

Example::

    det = make_detector("confident", num_samples=1000, num_classes=10)
    det.add_epoch(probs=probs, labels=labels)    # (1000, 10) float and (1000,) int; NaN / -1 = unseen
    det.flagged()                                # sorted dataset indices
"""

from __future__ import annotations

import copy
import logging
from typing import Any, Mapping

import numpy as np

from monitor.data_quality.fit import FitLevel, check_judge
from monitor.data_quality.knn import knn_label_probs
from monitor.data_quality.ordinal import (ORDERED_ODDS, ORDINAL_DEEP, ORDINAL_OPTIONS, ORDINAL_RULE, STRICT_DEEP,
                                          STRICT_OPTIONS, STRICT_RULE, check_ordered, check_strict, decide_ordered,
                                          ordinal_likely_wrong)
from monitor.data_quality.loss_rules import LossMixtureDetector, NoisySampleTracker, _EpochDetector  # noqa: F401
from monitor.data_quality.stats import check_fraction, check_int

#: the `noisy_method` values (``"auto"`` picks ``"confident"`` when logits are given, else ``"mixture"``)
NOISE_METHODS = ("confident", "mixture", "small_loss")
#: the kNN check's default cost bound: above this many rows it is off (its exact neighbour search, once per
#: run, grows with N^2: 2 s at 20,000 rows, 12 s at 50,000, about 50 s at 100,000 on one CPU thread)
KNN_MAX_ROWS = 100_000


#: the state keys a strict twin holds alike with its detector (fed the same epochs): its checkpointed state leaves
#: them out (session 23, ``ConfidentLearningDetector._strict_state``)
TWIN_SHARED = ("num_samples", "epochs_seen", "prob_sum", "ema", "seen", "labels")


#: what a confused pair does once the fit has levelled off (``judge="settled"``): ``"drop"`` its flags (session
#: 12's default) or ``"void"`` the epoch (the session-11 rule: a pair that overlaps for good then flags nothing)
CONFUSED = ("drop", "void")
#: the *latest flags* (reported while no judged peak counts): ``"any"``, the latest epoch's even when it is void
#: (empty: the rule until session 15), or ``"identifiable"``, the latest epoch's that is not void
LATEST = ("any", "identifiable")


class ConfidentLearningDetector(_EpochDetector):
    """Confident learning (cleanlab) on per-sample probabilities, judged at the early-learning peak.

    Each tracked epoch the seen samples' probabilities (recorded before their own update) are folded
    into an exponential moving average (``smoothing``: the weight of the past, 0.5) and cleanlab's
    ``find_label_issues`` runs on it (``filter_by``, default ``"prune_by_noise_rate"``). A network
    first fits the pattern of the clean labels, then memorises the wrong ones (Arpit et al. 2017):
    early, many clean rows are still misfit and get flagged (low precision); late, the flipped rows
    are fit and no longer flagged (low recall). Between the two, most misfit rows are confidently
    misfit. So each epoch's *confident share* -- flagged rows / rows whose argmax is not the given
    label -- is computed, and with ``select="peak"`` (default) the flags of the epoch where it was
    highest are kept; an epoch's score is the lowest share of it and the ``confirm`` (2) epochs
    after it (a passing spike of a model that is still guessing does not count). A peak score below
    ``min_share`` (0.5) means no confident noise was found (e.g. clean data): then the latest
    epoch's flags are reported. An epoch counts for neither when the model has not learnt yet
    (:meth:`_unidentifiable`, round 7): its probabilities of the given labels are no better than the
    class frequencies; or its flags, read as relabellings to each row's most likely other class, move
    at least as many rows into some class as that class keeps (confident learning assumes each class's
    rows mostly keep their label); or they flag half or more of a class that is not rare and move those
    rows into a class they make more than a third of (round 6's test voided an epoch for any half-flagged
    class: in a long-tailed set the rows flipped into a rare class outnumber its own, every epoch was
    void and nothing was flagged). Once the fit has levelled off (``judge="settled"``) that last test no
    longer voids the epoch: with ``confused="drop"`` (session 12) only the confused pair's flags are dropped
    (two classes that overlap for good voided every epoch of some 30 %-noise runs, which flagged nothing).
    ``select="mean"`` is the former rule: cleanlab on the mean probabilities over all tracked epochs.

    **Judged once the fit has levelled off (session 11, ``judge="settled"``):** the peak is chosen among the
    epochs from the first of ``settle_epochs`` + 1 (4) epochs over which the agreement of the predicted with
    the given labels rose by at most ``settle_tol`` (0.015) (:class:`~monitor.data_quality.fit.FitLevel`,
    which holds the scored epochs until it knows); a model still fitting its clean pattern flags its misfit
    clean rows with a high share. Until then no peak counts (the latest flags are reported).
    ``judge="peak"``: any tracked epoch (the former rule).

    **Persistence (round 8, ``persist=2``):** a judged epoch's flag is kept where ``persist`` epochs of its window
    (it and the ``confirm`` after it; for the latest flags, the ``confirm`` before) report it. ``1``: round 7's.

    **A Bayes test of each flag (session 13, ``odds``; 0.25 the default from round 13's look to round 16's and again
    since round 17's; 0: off, the default between them):** a reported flag is kept only
    where its given label is at least ``odds`` times as likely wrong as right by cleanlab's estimated noise matrix
    and the noise-corrected probabilities (:meth:`_likely_wrong`); the confident share, and so the judged epoch,
    is computed before it. At low noise it keeps the flags of clean rows in class-overlap regions away; measured,
    it also costs recall at 5 % noise: on the tuning sets 0.25 meets 3 cells fewer than off (23 of 36 against 26);
    on the blind round 13, where 0.25 ran as a row beside the default (the test its author named before the
    look), 8 of 28 cells against 3, none lost, and every set under 1 % clean rows flagged: the default from then.
    Round 16's look, under the rule written before it (the other setting becomes the default if it meets more
    cells), gave off 4 cells against 0.25's 3, so off was the default for one round; round 17's rule, written
    before its look, counts the blind rounds 14-17 together (both schedules): 0.25 met 11 cells against off's 7,
    so 0.25 is the default again (``docs/results/data-quality.md``).

    **The latest flags of a void epoch (session 15, ``latest``).** While no judged peak counts, the latest flags
    are reported; ``latest="any"`` (default) empties them on a void last epoch, which under the 8-epoch schedule
    withheld every flag of some runs; ``latest="identifiable"`` keeps the latest identifiable epoch's flags.

    **Ordered classes (session 15, ``ordered=True``; default off).** On grades a clean-label model splits the rows
    near a grade boundary between the two grades, and cleanlab counts them as noise between neighbours; with
    ``ordered=True`` those noise-matrix entries count only rows deep in the other grade
    (:func:`~monitor.data_quality.ordinal.deep_noise_matrix`; since round 17's look a row counts as deep at a
    share of 0.05, and a flag whose most likely other grade is a neighbour needs 8 times the odds: rule
    ``"deep+margin"``, :data:`~monitor.data_quality.ordinal.ORDINAL_RULE`). It acts through the Bayes test, so with
    ``odds`` 0 (off) it turns the test on at :data:`ORDERED_ODDS` (0.25, the odds it was chosen at and the default),
    and it only removes flags; flips into a neighbouring grade of half-learnt rows are lost too: on round 17's
    ordered sets recall at 30 % class-dependent noise fell from 0.55-0.66 to 0.29-0.30 (``ordinal.py``).

    **Ordered or not, decided by the run (session 20, ``ordered="auto"``; default stays False).** An ``ordered=True``
    twin is fed the same epochs until the fit has levelled off; at that epoch the classes read as ordered grades
    where the model's doubt sits on index neighbours on both sides of each row's top class
    (:func:`~monitor.data_quality.ordinal.neighbour_ratio` of the smoothed probabilities at least
    :data:`~monitor.data_quality.ordinal.AUTO_RATIO`), and the twin's flags take over; else it is dropped. The
    decision is ``auto`` (``{"epoch", "ratio", "threshold", "ordered"}``), kept in the state and logged. Measured on
    the seen sets: grades read as ordered (278 of 280 runs), the tuning sets' unordered classes not, but most seen
    held-out unordered sets do too (their look-alike classes sit at neighbouring indices), where it costs what
    ``ordered=True`` costs; not advised (``docs/results/data-quality.md``, session 20).

    **The strict rule while it flags few rows (session 21, ``strict``; default 0: off here, the bare rule the
    benchmarks' stored rows rely on; the callback's default is 0.01 since round 24's look, session 23).** A twin
    with the ordered rule (:data:`~monitor.data_quality.ordinal.STRICT_RULE`: rows deep in the other class only, on
    any classes) is fed the same epochs; where its flags are under ``strict`` of the seen rows (a clean run, by its
    own count) they are reported, else this detector's. No noise rate is given: the strict rule's own count decides.
    Measured at 0.01 (``benchmarks/data_quality_strict.py``, seeds 0-1): on the seen rounds 13-22 (40 sets) 47 cells
    against the plain rule's 28, 34 sets under 1 % of clean rows flagged against 15, summed noisy F1 153.70 against
    153.56, no set worse; on the tuning sets 32 cells against 32 (two-class breast_cancer loses 2: there every
    flag's other class is a neighbour, so the margin acts on every flag, and the strict twin flags under 1 % at 5 %
    noise). Blind on round 24 5 cells against 3 at equal summed noisy F1 (with anaemia7's and vessels8's classes
    permuted, 3 against 2). The twin costs a second cleanlab pass per epoch (its kNN view is this detector's); its
    checkpointed state keeps only what differs from this one's (``TWIN_SHARED`` left out, session 23).

    ``select="peak_corrected"`` (round 4) chooses the same epoch but flags on *noise-corrected*
    probabilities: cleanlab's ``estimate_latent`` gives the noise matrix P(given i | true j) from
    the confident joint; inverting it out of each row's probabilities estimates the true class
    (forward correction read backwards). With class-dependent flips c -> c + 1 the noisy-label
    model's boundary moves into class c and its clean rows beside it look flipped; on corrected
    probabilities they do not. The flags are ``prune_by_noise_rate`` on the corrected
    probabilities together with ``low_self_confidence`` on them (the rows of lowest corrected
    probability of their given label, as many as cleanlab's ``num_label_issues`` counts): with few
    flips spread over many classes, per-cell pruning loses the cells of about one row each.

    **The kNN check (round 5, on by default when ``add_epoch`` gets ``features``).** A model that
    cannot fit its clean labels (too small, stopped early) misfits whole regions, and confident
    learning on its probabilities flags those rows as label noise (a quarter of a clean underfit
    set). Label noise is spatially incoherent -- a flipped row disagrees with its neighbours' given
    labels -- a misfit region is not. So with ``features`` (inputs or embeddings, ``(N, D)``) each
    epoch's flags are: cleanlab on the noise-corrected mean of the model's probabilities and the
    out-of-sample kNN distribution of the neighbours' given labels (:func:`knn_label_probs`, ``knn``
    neighbours, default 25), ``prune_by_noise_rate`` or ``low_self_confidence`` as above, *and*
    cleanlab's ``prune_by_noise_rate`` on the kNN distribution alone (the neighbours must agree).
    The epoch is chosen as without it (the model's confident share). ``knn=0`` switches it off;
    rows without finite features switch it off for the epoch, and so do more than
    :data:`KNN_MAX_ROWS` rows (the exact search grows with N^2).
    """

    needs_probs = True
    SELECT = ("peak", "peak_corrected", "mean")

    def __init__(self, num_samples: int, num_classes: int, *, warmup_epochs: int = 1,
                 filter_by: str = "prune_by_noise_rate", select: str = "peak", smoothing: float = 0.5,
                 min_share: float = 0.5, confirm: int = 2, knn: int = 25, persist: int = 2, judge: str = "settled",
                 settle_epochs: int = 3, settle_tol: float = 0.015, confused: str = "drop",
                 odds: float = 0.25, latest: str = "any", ordered: bool | str = False, strict: float = 0.0) -> None:
        super().__init__(num_samples, warmup_epochs)
        if latest not in LATEST:
            raise ValueError(f"latest={latest!r}: use one of {', '.join(LATEST)}")
        self.latest = latest  # session 15: "identifiable": a void epoch keeps the latest flags; "any": clears them
        self.odds = check_odds(odds)  # session 13: a flag kept where P(wrong) / P(right) >= odds (0: off)
        ordered = check_ordered(ordered)  # session 15: ordered grades (the Bayes test's ambiguity, ordinal.py)
        self.ordered, self.ordered_auto = ordered is True, ordered == "auto"  # session 20: "auto" decides it
        if self.ordered and not self.odds:  # session 16: the option acts through the test; on at its chosen odds
            self.odds = ORDERED_ODDS
        self.ordinal_rule, self.ordinal_deep = ORDINAL_RULE, ORDINAL_DEEP  # its rule (a benchmark's ablation knobs)
        self.ordinal_options: dict = dict(ORDINAL_OPTIONS)  # session 16: margin, own, distance (ordinal_likely_wrong)
        self.judge = check_judge(judge)
        if confused not in CONFUSED:
            raise ValueError(f"confused={confused!r}: use one of {', '.join(CONFUSED)}")
        self.confused = confused  # "drop" (session 12): a confused pair's flags once the fit levelled off; "void"
        self.fit = FitLevel(settle_epochs, settle_tol)  # when the fit of the given labels levelled off (session 11)
        self.persist = check_int("persist", persist, 1)
        self.knn = check_int("knn", knn, 0)
        self.features: np.ndarray | None = None  # each row's first finite features (not checkpointed)
        self._knn_cache: tuple | None = None  # (rows, labels, kNN probabilities, cleanlab's flags on them)
        self.num_classes = check_int("num_classes", num_classes, 2)
        self.filter_by, self.select = filter_by, check_select(select)
        self.smoothing = check_fraction("smoothing", smoothing)
        self.min_share = check_fraction("min_share", min_share)
        self.confirm = check_int("confirm", confirm, 0)
        self.recent: list = []  # [epoch, share, flagged indices] of the epochs awaiting confirmation
        self.prob_sum = np.zeros((num_samples, num_classes))
        self.ema = np.zeros((num_samples, num_classes))
        self.seen = np.zeros(num_samples, dtype=np.int64)
        self.labels = np.full(num_samples, -1, dtype=np.int64)
        self.best_share, self.best_epoch = -1.0, 0
        self.best = np.zeros(num_samples, dtype=bool)
        self.last = np.zeros(num_samples, dtype=bool)
        self.share = None  # the latest epoch's confident share
        self.strict = check_strict(strict)  # session 21: the strict twin's flags while they are under this share
        if self.strict and ordered is not False:
            raise ValueError(f"noisy_strict={strict!r} needs noisy_ordered=False (the plain rule beside a strict twin)")
        self._strict = None  # strict > 0: the strict twin (the ordered rule on any classes), fed the same epochs
        self.auto: dict | None = None  # ordered="auto": the decision once made (ordinal.decide_ordered)
        self._twin = None  # ordered="auto" until then: an ordered=True twin fed the same epochs
        if self.ordered_auto:
            self._twin = self._ordered_twin()
        if self.strict:
            self._strict = self._ordered_twin()
            self._strict.ordinal_rule, self._strict.ordinal_deep = STRICT_RULE, STRICT_DEEP
            self._strict.ordinal_options, self._strict.strict = dict(STRICT_OPTIONS), 0.0

    def add_epoch(self, *, probs: Any = None, labels: Any = None, losses: Any = None, features: Any = None) -> int:
        """One epoch's probabilities ``(N, C)`` (NaN rows: unseen), given labels ``(N,)`` and optional
        per-sample ``features`` ``(N, D)`` (NaN rows: none) for the kNN check."""
        probs = np.asarray(probs, dtype=np.float64)
        labels = np.asarray(labels, dtype=np.int64).reshape(-1)
        if probs.ndim != 2 or probs.shape[1] != self.num_classes or labels.size != probs.shape[0]:
            raise ValueError(f"probs must be (num_samples, {self.num_classes}) with one label per row, got "
                             f"{probs.shape} and {labels.shape}")
        if self._twin is not None:
            self._twin.add_epoch(probs=probs, labels=labels, losses=losses, features=features)
        if self._strict is not None:
            self._strict.add_epoch(probs=probs, labels=labels, losses=losses, features=features)
            if self._strict._knn_cache is not None:  # the same rows, labels and features: its kNN view is this one's
                self._knn_cache = self._strict._knn_cache  # (_knn_probs checks the rows and labels before use)
        if not self._tracked(probs, "probs"):
            return 0
        ok = np.isfinite(probs).all(1) & (labels >= 0) & (labels < self.num_classes)
        self.prob_sum[ok] += probs[ok]
        first = ok & (self.seen == 0)
        self.ema[first] = probs[first]
        again = ok & ~first
        self.ema[again] = self.smoothing * self.ema[again] + (1.0 - self.smoothing) * probs[again]
        self.seen[ok] += 1
        self.labels[ok] = labels[ok]
        self.fit.add(self.epochs_seen, probs[ok], labels[ok])
        self._keep_features(features)
        former = self.last.copy()
        self.last[:], self.share = False, None
        rows = np.flatnonzero(self.seen > 0)
        judged = self.prob_sum[rows] / self.seen[rows, None] if self.select == "mean" else self.ema[rows]
        issues = self._find(rows, judged)
        reported = self.last
        confused = None  # after the fit levelled off: the rows of a confused pair whose flags are dropped (session 12)
        if issues is not None and self.confused == "drop" and self.judge == "settled" \
                and self.fit.allows(self.epochs_seen):
            confused = self._confused(self.labels[rows], issues, judged)
            issues = issues & ~confused
        void = issues is not None and self._unidentifiable(self.labels[rows], issues, judged, crowding=confused is None)
        if issues is not None and not void:
            self.last[rows[issues]] = True
            misfit = int((judged.argmax(1) != self.labels[rows]).sum())
            self.share = float(issues.sum() / max(misfit, 1))
            knn = self._knn_probs(rows)
            if knn is not None or self.select == "peak_corrected":  # same share and epoch choice, other flags
                reported = np.zeros(self.num_samples, dtype=bool)
                corrected = self._find_corrected(rows, judged, knn)
                reported[rows[corrected if confused is None else corrected & ~confused]] = True
                if knn is not None:
                    self.last = reported
            elif self.odds:  # the plain flags: the same test on the smoothed probabilities (session 13)
                self.last[rows[issues & ~self._likely_wrong(self.labels[rows], judged)]] = False
        self.recent.append([self.epochs_seen, self.share or 0.0, np.flatnonzero(reported).tolist()])
        if void and self.latest == "identifiable":  # session 15: a void epoch is not the latest flags
            self.last = former
        elif self.persist > 1:  # the latest flags: those of the latest epoch also in the earlier ones' (round 8)
            self.last = self._persistent(self.recent[::-1])
        if len(self.recent) > self.confirm:  # the oldest epoch's score: the lowest share of it and the next ones
            candidate = [self.recent[0][0], min(r[1] for r in self.recent),
                         np.flatnonzero(self._persistent(self.recent)).tolist()]  # its window's persistent flags
            for epoch, score, flags in [candidate] if self.judge == "peak" else self.fit.admit(candidate, self.epochs_seen):
                if score > self.best_share:
                    self.best_share, self.best_epoch = score, epoch
                    self.best = np.zeros(self.num_samples, dtype=bool)
                    self.best[np.asarray(flags, dtype=np.int64)] = True
            self.recent.pop(0)
        if self._twin is not None and self.fit.allows(self.epochs_seen):
            self._decide_ordered()
        return int(self.flagged().size)

    def _ordered_twin(self) -> "ConfidentLearningDetector":
        """``ordered="auto"``: a copy of this detector (no twin of its own) with ``ordered=True`` at its odds."""
        twin, self._twin, strict, self._strict = self._twin, None, self._strict, None
        try:
            copy_ = copy.deepcopy(self)
        finally:
            self._twin, self._strict = twin, strict
        copy_.ordered, copy_.ordered_auto, copy_.odds = True, False, self.odds or ORDERED_ODDS
        return copy_

    def _decide_ordered(self) -> None:
        """``ordered="auto"`` (session 20), once, at the first epoch the fit has levelled off: the classes read as
        ordered grades when :func:`~monitor.data_quality.ordinal.neighbour_ratio` of the smoothed probabilities is
        at least :data:`~monitor.data_quality.ordinal.AUTO_RATIO`; the ordered twin's flags and judged epochs
        replace these then (the two ran side by side: the run is the one ``ordered=True`` or ``False`` gives)."""
        rows = np.flatnonzero(self.seen > 0)
        self.auto = decide_ordered(self.ema[rows], self.epochs_seen)
        if self.auto["ordered"]:
            twin = self._twin
            self.ordered, self.odds, self.fit, self.recent = True, twin.odds, twin.fit, twin.recent
            self.best_share, self.best_epoch, self.best, self.last = twin.best_share, twin.best_epoch, twin.best, twin.last
            self.share = twin.share
        self._twin = None
        logging.getLogger(__name__).info("noisy_ordered='auto': the classes read as %s (neighbour ratio %.2f, "
                                         "threshold %.2f, epoch %d)", "ordered grades" if self.auto["ordered"]
                                         else "unordered", self.auto["ratio"], self.auto["threshold"],
                                         self.auto["epoch"])

    def _persistent(self, window: list) -> np.ndarray:
        """``window[0]``'s flags (``recent`` entries) reported by ``persist`` of its epochs (or all that report any
        flag), as a mask. An epoch without flags (void: the model had not learnt yet) abstains: after void
        epochs the first identifiable one would otherwise lose every flag."""
        counts = np.zeros(self.num_samples, dtype=np.int64)
        for _, _, indices in window:
            counts[np.asarray(indices, dtype=np.int64)] += 1
        first = np.zeros(self.num_samples, dtype=bool)
        first[np.asarray(window[0][2], dtype=np.int64)] = True
        voting = sum(1 for _, _, indices in window if len(indices))
        return first & (counts >= min(self.persist, max(voting, 1)))

    def _unidentifiable(self, labels: np.ndarray, issues: np.ndarray, probs: np.ndarray, crowding: bool = True) -> bool:
        """Whether an epoch's flags (``issues`` over the rows of ``labels``, found on ``probs``) come from a
        model that has not learnt yet (the epoch then counts as no peak; as the latest flags it reports none
        with ``latest="any"``, the default, and leaves the earlier ones with ``latest="identifiable"``).
        Read as relabellings (each flagged row to its most likely other class), the flags imply how many
        rows each class keeps and how many they move into it. Any of:

        - the model does no better than the class frequencies: its mean log-probability of the given labels
          is at most that of predicting the given labels' shares for every row (a model still guessing, or
          one that predicts the biggest class for everything);
        - some class keeps no more of its rows than the flags move into it: the implied noise matrix
          P(given | true) has a diagonal at or below 0.5, where confident learning assumes each class's
          rows mostly keep their label;
        - half or more of a class is flagged, the class is not rare -- symmetric flips at the epoch's
          flagged rate r from the other rows, r (N - n) / (K - 1), would not outnumber half its n rows --
          and its flagged rows go to a class they would make more than a third of (a model that has not yet
          told two classes apart moves one into the other).

        The last replaced round 6's test, any class half flagged, in round 7: in a long-tailed set the
        rows flipped from the big classes into a rare one outnumber its own, that test voided every
        epoch and nothing was flagged. ``crowding=False`` leaves it out (the caller dropped those rows'
        flags instead: :meth:`_confused`)."""
        if not issues.any():
            return False
        given = np.bincount(labels, minlength=self.num_classes)
        shares = given / labels.size
        own = np.clip(probs[np.arange(labels.size), labels] / probs.sum(1), 1e-12, None)
        if np.log(own).mean() <= (shares[shares > 0] * np.log(shares[shares > 0])).sum():
            return True
        _, kept, moved_in = self._moves(labels, issues, probs)
        if ((given > 0) & (moved_in >= kept)).any():
            return True
        return crowding and bool(self._confused(labels, issues, probs).any())

    def _moves(self, labels: np.ndarray, issues: np.ndarray, probs: np.ndarray):
        """The flags read as relabellings: each row's most likely other class, and per class the rows it keeps
        and the flagged rows moved into it."""
        other = np.array(probs, dtype=np.float64)
        other[np.arange(labels.size), labels] = -np.inf
        to = other.argmax(1)
        return (to, np.bincount(labels[~issues], minlength=self.num_classes),
                np.bincount(to[issues], minlength=self.num_classes))

    def _confused(self, labels: np.ndarray, issues: np.ndarray, probs: np.ndarray) -> np.ndarray:
        """The flagged rows (bool over ``labels``) of a *confused pair*: half or more of a class that is not
        rare is flagged and they move into a class they would make more than a third of (the last test of
        :meth:`_unidentifiable`). Before the fit has levelled off that reads as a model that has not yet
        told two classes apart and voids the epoch. After it, with ``confused="drop"`` (session 12), the
        two classes overlap for good (W and Z jets, adjacent vowels): voiding then voided every later
        epoch and a 30 %-noise run flagged nothing at all, so only these rows' flags are dropped."""
        to, kept, moved_in = self._moves(labels, issues, probs)
        given = np.bincount(labels, minlength=self.num_classes)
        flipped_in = issues.mean() * (labels.size - given) / (self.num_classes - 1)
        suspect = (given > 0) & (given - kept >= 0.5 * given) & (0.5 * given > flipped_in)
        crowded = 3 * moved_in > kept + moved_in  # more than a third of a class's implied rows moved in
        return issues & suspect[labels] & crowded[to]

    def _find(self, rows: np.ndarray, probs: np.ndarray) -> np.ndarray | None:
        from cleanlab.filter import find_label_issues

        labels = self.labels[rows]
        if rows.size < 2 * self.num_classes or np.unique(labels).size < 2:
            return None
        probs = probs / probs.sum(1, keepdims=True)
        issues = find_label_issues(labels, probs, filter_by=self.filter_by, n_jobs=1)  # no fork in the trainer
        return np.asarray(issues, dtype=bool)

    def _find_corrected(self, rows: np.ndarray, probs: np.ndarray, knn: np.ndarray | None = None) -> np.ndarray:
        """``select="peak_corrected"``'s flags (bool over ``rows``): cleanlab's noise matrix inverted out of
        the probabilities, then ``prune_by_noise_rate`` or ``low_self_confidence`` on the result. With
        ``knn`` (the kNN check): on the mean of the probabilities and ``knn``, and only the rows that
        cleanlab also flags on ``knn`` alone."""
        flags, probs, latent = self._corrected(rows, probs, knn)
        if self.odds:  # session 13: only the flags whose given label is likely wrong
            flags = flags & self._likely_wrong(self.labels[rows], probs, latent)
        return flags

    def _corrected(self, rows: np.ndarray, probs: np.ndarray, knn: np.ndarray | None = None) -> tuple:
        """:meth:`_find_corrected`'s flags before the ``odds`` test, the probabilities they were found on (mixed
        with ``knn``) and ``(noise matrix, corrected probabilities)``."""
        from cleanlab.count import compute_confident_joint
        from cleanlab.filter import find_label_issues

        labels = self.labels[rows]
        if knn is not None:
            probs = 0.5 * probs / probs.sum(1, keepdims=True) + 0.5 * knn
        noise_matrix, true = _latent(labels, probs)
        # the confident joint of ``true`` once: find_label_issues computes it (with these defaults) unless given it,
        # in both calls (low_self_confidence does not read it, but computes it all the same)
        joint = compute_confident_joint(labels, true)
        flags = np.asarray(find_label_issues(labels, true, filter_by="prune_by_noise_rate", n_jobs=1,
                                             confident_joint=joint), dtype=bool) | \
            np.asarray(find_label_issues(labels, true, filter_by="low_self_confidence", n_jobs=1,
                                         confident_joint=joint), dtype=bool)
        if knn is not None:
            flags &= self._knn_cache[3]  # cleanlab on the neighbours' labels alone
        return flags, probs, (noise_matrix, true)

    def _likely_wrong(self, labels: np.ndarray, probs: np.ndarray, latent: tuple | None = None) -> np.ndarray:
        """Session 13 (``odds`` > 0): the rows (bool over ``labels``) whose given label is at least ``odds``
        times as likely wrong as right. Bayes with cleanlab's estimated noise matrix T = P(given i | true j)
        and the noise-corrected probabilities of the true class: P(true j | x, given i) is proportional to
        T[i, j] P(true j | x). At 5 % noise T's off-diagonal is small, so a clean row in a class-overlap region
        (P(true i | x) 0.1-0.3) stays more likely right than wrong; a flipped row, whose given class its region
        does not hold at all, does not. The bar falls as the estimated noise rises (a per-pair threshold on
        P(true j | x) / P(true i | x) of T[i, i] / T[i, j]). ``latent``: ``(noise matrix, corrected)`` of
        :func:`_latent` on the same ``probs``, when already computed."""
        noise_matrix, true = latent if latent is not None else _latent(labels, probs)
        if self.ordered:  # session 15: ordered classes
            return ordinal_likely_wrong(labels, true, noise_matrix, self.odds, self.ordinal_rule, self.ordinal_deep,
                                        **self.ordinal_options)
        joint = noise_matrix[labels] * true  # (n, C): T[given, j] P(true j | x)
        right = joint[np.arange(labels.size), labels]
        return joint.sum(1) - right >= self.odds * right

    def _keep_features(self, features: Any) -> None:
        """Keep each row's first finite features (a row's inputs may be augmented each epoch)."""
        if features is None or not self.knn:
            return
        features = np.asarray(features, dtype=np.float64).reshape(self.num_samples, -1)
        if self.features is None or self.features.shape != features.shape:
            self.features = np.full(features.shape, np.nan)
        new = np.isfinite(features).all(1) & ~np.isfinite(self.features).all(1)
        self.features[new] = features[new]

    def _knn_probs(self, rows: np.ndarray) -> np.ndarray | None:
        """The kNN view of ``rows``' given labels (cached with cleanlab's flags on it alone while the rows
        and labels stay), or ``None`` when the check is off or a row has no features."""
        from cleanlab.filter import find_label_issues

        if self.features is None or not self.knn or not self.knn < rows.size <= KNN_MAX_ROWS \
                or not np.isfinite(self.features[rows]).all():
            return None
        labels = self.labels[rows]
        cache = self._knn_cache
        if cache is None or not (np.array_equal(cache[0], rows) and np.array_equal(cache[1], labels)):
            x = self.features[rows]
            x = (x - x.mean(0)) / np.where(x.std(0) > 0, x.std(0), 1.0)  # standardised columns
            probs = knn_label_probs(labels, x, self.num_classes, k=self.knn)
            issues = np.asarray(find_label_issues(labels, probs, filter_by="prune_by_noise_rate", n_jobs=1), dtype=bool)
            self._knn_cache = cache = (rows, labels, probs, issues)
        return cache[2]

    def flagged(self) -> np.ndarray:
        """Sorted dataset indices: the peak epoch's flags (``select="peak"`` or ``"peak_corrected"``, share >=
        ``min_share``), else the latest epoch's flags (uncorrected, unless the kNN check ran)."""
        if self._strict is not None:  # session 21: the strict twin's flags while they are few
            strict = self._strict.flagged()
            if strict.size < self.strict * max(int((self.seen > 0).sum()), 1):
                return strict
        use_best = self.select != "mean" and self.best_share >= self.min_share
        return np.flatnonzero(self.best if use_best else self.last)

    def state_dict(self) -> dict:
        return {**self._shared_state(), **self._own_state()}

    def _shared_state(self) -> dict:
        """The state's keys of :data:`TWIN_SHARED`: the per-row arrays a twin fed the same epochs holds alike."""
        return {"num_samples": self.num_samples, "epochs_seen": self.epochs_seen, "prob_sum": self.prob_sum.tolist(),
                "ema": self.ema.tolist(), "seen": self.seen.tolist(), "labels": self.labels.tolist()}

    def _strict_state(self) -> dict:
        """The strict twin's state, lean (session 23): only its own keys where the arrays of :data:`TWIN_SHARED` are
        this detector's (they are: it is fed the same epochs), so the default option does not double the
        checkpoint; :meth:`load_state_dict` lays them over this detector's state (the full form loads alike)."""
        twin = self._strict
        same = all(np.array_equal(getattr(twin, key), getattr(self, key)) for key in TWIN_SHARED)
        return twin._own_state() if same else twin.state_dict()

    def _own_state(self) -> dict:
        """The state's keys but those of :meth:`_shared_state`: the judged flags, the epochs awaiting confirmation,
        the fit, the rule and any twin."""
        return {"best_share": self.best_share, "best_epoch": self.best_epoch,
                "best": np.flatnonzero(self.best).tolist(), "last": np.flatnonzero(self.last).tolist(),
                "share": self.share, "recent": self.recent, "fit": self.fit.state_dict(), "ordered": self.ordered,
                "ordinal": {"rule": self.ordinal_rule, "deep": self.ordinal_deep, **self.ordinal_options},
                **({"auto": self.auto} if self.ordered_auto else {}),
                **({"auto_twin": self._twin.state_dict()} if self._twin is not None else {}),
                **({"strict_twin": self._strict_state()} if self._strict is not None else {})}

    def load_state_dict(self, state: Mapping) -> None:
        self._check_state(state)
        shape = (self.num_samples, self.num_classes)
        self.prob_sum = np.asarray(state["prob_sum"], dtype=np.float64).reshape(shape)
        self.seen = np.asarray(state["seen"], dtype=np.int64)
        self.labels = np.asarray(state["labels"], dtype=np.int64)
        mean = self.prob_sum / np.maximum(self.seen, 1)[:, None]
        self.ema = np.asarray(state["ema"], dtype=np.float64).reshape(shape) if "ema" in state else mean
        self.best_share, self.best_epoch = float(state.get("best_share", -1.0)), int(state.get("best_epoch", 0))
        self.share = state.get("share")
        if "ordinal" in state:  # session 16: the ordered rule and its parameters (before: the defaults)
            ordinal = dict(state["ordinal"])
            self.ordinal_rule, self.ordinal_deep = ordinal.pop("rule"), ordinal.pop("deep")
            self.ordinal_options = ordinal
        self.recent = [[int(e), float(v), [int(i) for i in idx]] for e, v, idx in state.get("recent", [])]
        self._load_auto(state)
        if self._strict is not None:  # session 21: the strict twin's state (a state saved without: it starts from it)
            twin = state.get("strict_twin")  # session 23: its own keys over this state's (or its full state, before)
            self._strict.load_state_dict(state if twin is None else {**state, **twin})
            self._strict.ordinal_rule, self._strict.ordinal_deep = STRICT_RULE, STRICT_DEEP
            self._strict.ordinal_options = dict(STRICT_OPTIONS)
        self.fit.load_state_dict(state.get("fit", {}))  # a checkpoint from before session 11: the fit history starts here
        self.best = np.zeros(self.num_samples, dtype=bool)
        self.last = np.zeros(self.num_samples, dtype=bool)
        self.best[np.asarray(state.get("best", []), dtype=np.int64)] = True
        if "last" in state:
            self.last[np.asarray(state["last"], dtype=np.int64)] = True
        elif self.seen.any():  # a checkpoint from before the peak rule: judge the mean once
            rows = np.flatnonzero(self.seen > 0)
            issues = self._find(rows, mean[rows])
            if issues is not None:
                self.last[rows[issues]] = True


    def _load_auto(self, state: Mapping) -> None:
        """``ordered="auto"``: the decision of the saved run, or its twin's state while undecided (a state saved
        without the option: the twin starts from it). A detector built without the option keeps its own."""
        if not self.ordered_auto:
            return
        if state.get("auto") is not None:
            self.auto, self._twin = dict(state["auto"]), None
            self.ordered = bool(self.auto["ordered"])
            if self.ordered:
                self.odds = self.odds or ORDERED_ODDS
            return
        if self._twin is None:  # decided in this process, undecided in the state: undecided again
            self.auto, self.ordered = None, False
            self._twin = self._ordered_twin()
        self._twin.load_state_dict(state.get("auto_twin", state))


def make_detector(method: str, num_samples: int, *, num_classes: int | None = None, warmup_epochs: int = 1,
                  tail_fraction: float = 0.1, persistence: float = 0.5, select: str = "peak", knn: int = 25,
                  persist: int = 2, judge: str = "settled", confused: str = "drop", odds: float = 0.25,
                  latest: str = "any", ordered: bool | str = False, strict: float = 0.0):
    """The detector for ``method`` (one of :data:`NOISE_METHODS`); ``select`` is the confident rule's
    epoch choice and flags (``"peak"``, ``"peak_corrected"`` or ``"mean"``), ``knn`` its kNN check's
    neighbours (0: off), ``persist`` the epochs of its judged window a flag must be reported in (1: round 7's
    rule) and ``judge`` its epochs to judge at (``"settled"``: once the fit levelled off; ``"peak"``: any, the
    former rule) and ``confused`` what a confused class pair does once the fit levelled off (``"drop"`` its
    flags, ``"void"`` the epoch: the session-11 rule) and ``odds`` its Bayes test of each flag (0.25, the
    default again since round 17's look; 0: off, the default between round 16's look and round 17's), ``latest`` which epoch's flags it reports while no judged peak counts (``"any"``: the latest,
    even a void one; ``"identifiable"``: the latest not void, session 15's option) and ``ordered`` whether the
    classes are ordered grades (False; True: the test, on at 0.25 even where ``odds`` is 0, no longer reads a row
    split between neighbouring grades as noise; ``"auto"``: decided once the fit levels off, session 20) and ``strict``
    (session 21; 0, off: the benchmarks' stored rows rely on the bare rule; the callback's default is 0.01 since
    round 24's look, session 23): report a strict twin's flags while they are under this share of the rows, see
    :class:`ConfidentLearningDetector`."""
    if method == "confident":
        if num_classes is None:
            raise ValueError("noisy_method='confident' needs num_classes")
        if not have_cleanlab():
            raise ImportError("noisy_method='confident' needs cleanlab: pip install 'lightwatch[data]'")
        return ConfidentLearningDetector(num_samples, num_classes, warmup_epochs=warmup_epochs, select=select, knn=knn,
                                         persist=persist, judge=judge, confused=confused, odds=odds, latest=latest,
                                         ordered=ordered, strict=strict)
    if method == "mixture":
        return LossMixtureDetector(num_samples, warmup_epochs=warmup_epochs)
    if method == "small_loss":
        return NoisySampleTracker(num_samples, tail_fraction=tail_fraction, persistence=persistence,
                                  warmup_epochs=warmup_epochs)
    raise ValueError(f"noisy_method={method!r}: use 'auto' or one of {', '.join(NOISE_METHODS)}")


def detector_for(method: str, rows: dict, num_classes: int | None, *, state: Mapping | None = None,
                 **options) -> tuple[Any, str]:
    """The detector for an epoch's recorded ``rows`` (``"auto"``: confident when probabilities were
    recorded, else mixture), restored from a checkpoint ``state``; returns it and the method used."""
    if state is not None and "method" in state:
        method = state["method"]
    if method == "auto":
        usable = rows.get("probs") is not None and np.isfinite(rows["probs"]).all(1).any()
        method = "confident" if usable and num_classes and have_cleanlab() else "mixture"
    det = make_detector(method, rows["losses"].shape[0], num_classes=num_classes, **options)
    if state is not None:
        det.load_state_dict(state.get("state", state))
    return det, method


def noise_corrected(labels: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """Probabilities of the *true* class from a noisy-label model's ``probs`` ``(N, C)``: cleanlab's
    noise matrix P(given i | true j) (``estimate_latent`` on the confident joint) solved out of each
    row (least squares), clipped at 0 and renormalised."""
    return _latent(labels, probs)[1]


def _latent(labels: np.ndarray, probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """cleanlab's noise matrix ``(C, C)`` and :func:`noise_corrected`'s probabilities ``(N, C)``."""
    from cleanlab.count import compute_confident_joint, estimate_latent

    probs = probs / probs.sum(1, keepdims=True)
    _, noise_matrix, _ = estimate_latent(compute_confident_joint(labels, probs), labels)
    true = np.clip(np.linalg.lstsq(noise_matrix, probs.T, rcond=None)[0].T, 1e-9, None)
    return noise_matrix, true / true.sum(1, keepdims=True)


def check_odds(odds: float) -> float:
    """``odds`` when it is a number >= 0 (0: the Bayes test is off), else a ``ValueError`` naming it."""
    if isinstance(odds, bool) or not isinstance(odds, (int, float)) or not 0.0 <= odds < float("inf"):
        raise ValueError(f"noisy_odds={odds!r} must be a number >= 0 (0: off)")
    return float(odds)


def check_select(select: str) -> str:
    """``select`` if it is one of :attr:`ConfidentLearningDetector.SELECT`, else a ``ValueError`` naming it."""
    if select not in ConfidentLearningDetector.SELECT:
        raise ValueError(f"noisy_select={select!r}: use one of {', '.join(ConfidentLearningDetector.SELECT)}")
    return select


def have_cleanlab() -> bool:
    import importlib.util

    return importlib.util.find_spec("cleanlab") is not None
