"""The kNN check's label distribution (round 5): each row's out-of-sample neighbours' *given* labels, which a
flipped row disagrees with and a model's misfit region does not (:class:`~monitor.data_quality.noise.
ConfidentLearningDetector`'s ``knn`` option)."""

from __future__ import annotations

import numpy as np


def knn_label_probs(labels: np.ndarray, features: np.ndarray, num_classes: int, k: int = 10) -> np.ndarray:
    """Out-of-sample kNN probabilities of the *given* labels ``(N, C)``: each row's share of each class
    among its ``k`` nearest other rows (Euclidean; scikit-learn's ``NearestNeighbors``, the search cleanlab's
    Datalab builds for label issues from features); a pseudo-count of one row spread over the classes."""
    from sklearn.neighbors import NearestNeighbors

    features = np.asarray(features, dtype=np.float64).reshape(labels.size, -1)
    k = min(k, labels.size - 1)
    _, idx = NearestNeighbors(n_neighbors=k, metric="euclidean").fit(features).kneighbors()  # self excluded
    counts = np.zeros((labels.size, num_classes))
    np.add.at(counts, (np.repeat(np.arange(labels.size), k), labels[idx].ravel()), 1.0)
    return (counts + 1.0 / num_classes) / (k + 1.0)
