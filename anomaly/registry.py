"""The one registry of forecaster names: ``name -> factory(seed)``.

The detector (``ThroughputDetector(forecaster=NAME)``), the CLI (``--model``) and the benchmarks
take their choices from :data:`FORECASTERS`; adding a forecaster is one entry here. The LSTM's
factory loads numpy weights (no torch) and the baselines import statsmodels at their first fit, so this module
is cheap to import.

    from anomaly.registry import FORECASTERS, make_forecaster
    sorted(FORECASTERS)            # ['arima', 'ets', 'lstm', 'stl']
    make_forecaster("ets", seed=0) # a streaming predict()/observe() forecaster
"""

from __future__ import annotations

from typing import Callable

from anomaly.baselines import STATSMODELS_FORECASTERS, make_streaming


def _lstm(seed: int):
    """The pre-trained global LSTM (``anomaly/global_model.py``; deterministic: ``seed`` is unused)."""
    from anomaly.global_model import GlobalForecaster

    return GlobalForecaster()


def _baseline(name: str) -> Callable[[int], object]:
    def factory(seed: int):
        return make_streaming(name)

    factory.__name__ = f"_{name}"
    return factory


#: forecaster name -> ``factory(seed)`` returning a streaming ``predict()``/``observe()`` forecaster
FORECASTERS: dict[str, Callable[[int], object]] = {
    "lstm": _lstm,
    **{name: _baseline(name) for name in STATSMODELS_FORECASTERS},
}


def make_forecaster(name: str, seed: int = 0):
    """The streaming forecaster registered as ``name``; ``ValueError`` naming the choices otherwise."""
    try:
        factory = FORECASTERS[name]
    except (KeyError, TypeError):
        raise ValueError(f"forecaster={name!r}: expected one of {sorted(FORECASTERS)} "
                         "or an object with predict()/observe()") from None
    return factory(seed)
