"""A small online LSTM forecaster with a Gaussian head (torch only).

Two ways to use it, one model:

* statsmodels shape: ``LSTMForecaster(...).fit(y)`` returns :class:`LSTMForecasterResults` with
  ``forecast(steps)`` and ``get_forecast(steps).conf_int(alpha)``; ``fit`` works on log-values
  normalised by the series' median and robust scale (``log=True``).
* streaming (pluggable into :class:`anomaly.ThroughputDetector`, whose default is now the pre-trained
  :class:`anomaly.global_model.GlobalForecaster`): ``predict()`` gives the mean and
  standard deviation of the next value, ``observe(value)`` feeds it. The model keeps its LSTM state
  across calls (one cell step per point), stores the values it saw in a bounded replay buffer, trains
  itself once ``warmup`` values arrived and refits every ``refit_every`` values after that (a few
  Adam steps each, amortised over the points; synchronous, so results are reproducible). The
  streaming methods take values on the model's own scale: the detector passes log-values relative
  to its reference level, divided by their robust scale.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import torch
from torch import nn

from anomaly.stats import Forecast, gaussian_z  # noqa: F401 (re-exported: the results' type)


class _Net(nn.Module):
    """LSTM -> (mean, log-std) of the next value."""

    def __init__(self, hidden: int) -> None:
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x: torch.Tensor, state=None):
        out, state = self.lstm(x, state)  # x: (batch, time, 1) -> out: (batch, time, hidden)
        mean_logstd = self.head(out)  # (batch, time, 2)
        return mean_logstd[..., 0], mean_logstd[..., 1].clamp(-6.0, 4.0), state


class LSTMForecaster:
    """Online LSTM forecaster of the next value, with a Gaussian uncertainty head.

    Parameters
    ----------
    hidden : LSTM width (small: the cost per point is one cell step).
    seq_len : length of the training sequences drawn from the replay buffer.
    warmup : values to see before the first training (until then: mean of the buffer, its std).
    refit_every : values between two refits after the first training.
    fit_steps, refit_steps : Adam steps of the first training and of each refit.
    batch_size : sequences per Adam step.
    lr : Adam learning rate.
    buffer : replay buffer length (bounded memory).
    log : ``fit`` models ``log(y)`` (needs positive values) instead of ``y``.
    seed : seed of the model's own torch generator (initial weights and batch sampling).

    Examples
    --------
    >>> import numpy as np
    >>> y = 1000 * np.exp(0.02 * np.random.default_rng(0).standard_normal(600))
    >>> res = LSTMForecaster(fit_steps=50).fit(y)
    >>> res.forecast(3).shape, res.get_forecast(3).conf_int(0.05).shape
    ((3,), (3, 2))
    """

    def __init__(self, *, hidden: int = 16, seq_len: int = 48, warmup: int = 256, refit_every: int = 1000,
                 fit_steps: int = 120, refit_steps: int = 30, batch_size: int = 32, lr: float = 0.01,
                 buffer: int = 2048, log: bool = True, seed: int = 0) -> None:
        self.hidden = hidden
        self.seq_len = seq_len
        self.warmup = warmup
        self.refit_every = refit_every
        self.fit_steps = fit_steps
        self.refit_steps = refit_steps
        self.batch_size = batch_size
        self.lr = lr
        self.buffer = buffer
        self.log = log
        self.seed = seed
        self._built = False

    # ------------------------------------------------------------------ checks and construction
    def _check(self) -> None:
        for name in ("hidden", "seq_len", "warmup", "refit_every", "fit_steps", "batch_size", "buffer"):
            v = getattr(self, name)
            if not isinstance(v, int) or v < 1:
                raise ValueError(f"LSTMForecaster {name}={v!r}: must be a positive integer")
        if not isinstance(self.refit_steps, int) or self.refit_steps < 0:
            raise ValueError(f"LSTMForecaster refit_steps={self.refit_steps!r}: must be an integer >= 0")
        if not self.lr > 0:
            raise ValueError(f"LSTMForecaster lr={self.lr!r}: must be > 0")
        if self.buffer < self.seq_len + 2 or self.warmup < self.seq_len + 2:
            raise ValueError(f"LSTMForecaster buffer={self.buffer} and warmup={self.warmup} must exceed "
                             f"seq_len + 1 = {self.seq_len + 1}")

    def _build(self) -> None:
        self._check()
        self.gen_ = torch.Generator().manual_seed(self.seed)
        with torch.random.fork_rng():
            torch.manual_seed(self.seed)
            self.net_ = _Net(self.hidden)
        self.opt_ = torch.optim.Adam(self.net_.parameters(), lr=self.lr)
        self.history_: deque[float] = deque(maxlen=self.buffer)
        self.trained_ = False
        self.since_fit_ = 0
        self.state_ = None  # (h, c), each a float64 numpy array of ``hidden`` values
        self.next_ = (0.0, 1.0)
        self._cell = None  # the trained weights as float64 numpy arrays, for the per-point step
        self._built = True

    # ------------------------------------------------------------------ training
    def _train(self, steps: int) -> None:
        data = torch.tensor(np.asarray(self.history_, dtype=np.float32))
        n = len(data) - self.seq_len - 1
        if n < 1 or steps < 1:
            return
        self.net_.train()
        for _ in range(steps):
            starts = torch.randint(0, n + 1, (self.batch_size,), generator=self.gen_)
            idx = starts[:, None] + torch.arange(self.seq_len + 1)[None, :]  # (batch, seq_len + 1)
            seq = data[idx]
            x, y = seq[:, :-1, None], seq[:, 1:]  # x: (batch, seq_len, 1), y: (batch, seq_len)
            mean, logstd, _ = self.net_(x)
            # Gaussian negative log-likelihood; the first steps only warm the state up
            nll = (logstd + 0.5 * ((y - mean) / logstd.exp()) ** 2)[:, 8:]
            self.opt_.zero_grad(set_to_none=True)
            nll.mean().backward()
            nn.utils.clip_grad_norm_(self.net_.parameters(), 1.0)
            self.opt_.step()
        self.net_.eval()
        self.trained_ = True
        self.since_fit_ = 0
        self._replay()

    @torch.no_grad()
    def _replay(self) -> None:
        """Recompute the streaming state over the last ``seq_len`` values after a (re)fit."""
        tail = list(self.history_)[-self.seq_len:]
        x = torch.tensor(tail, dtype=torch.float32)[None, :, None]  # (1, seq_len, 1)
        mean, logstd, (h, c) = self.net_(x)
        self.state_ = (h.reshape(-1).double().numpy(), c.reshape(-1).double().numpy())
        self.next_ = (float(mean[0, -1]), float(logstd[0, -1].exp()))
        self._export_cell()

    def _export_cell(self) -> None:
        """Copy the weights to numpy: one streaming step is then a 4H x H mat-vec, ~20x cheaper than a
        torch module call on one scalar (torch's gate order i, f, g, o; the head as in :class:`_Net`)."""
        sd = self.net_.state_dict()
        w_ih = sd["lstm.weight_ih_l0"].double().numpy()[:, 0]  # (4H,)
        w_hh = sd["lstm.weight_hh_l0"].double().numpy()  # (4H, H)
        bias = (sd["lstm.bias_ih_l0"].double() + sd["lstm.bias_hh_l0"].double()).numpy()  # (4H,)
        head_w, head_b = sd["head.weight"].double().numpy(), sd["head.bias"].double().numpy()  # (2, H), (2,)
        self._cell = (w_ih, w_hh, bias, head_w, head_b)

    def _step(self, value: float) -> None:
        """One LSTM cell step on ``value`` from the current state (numpy, float64)."""
        w_ih, w_hh, bias, head_w, head_b = self._cell
        n = self.hidden
        h, c = self.state_
        z = w_ih * value + w_hh @ h + bias
        gate = 1.0 / (1.0 + np.exp(-z))  # input, forget, (cell: tanh below), output
        c = gate[n:2 * n] * c + gate[:n] * np.tanh(z[2 * n:3 * n])
        h = gate[3 * n:] * np.tanh(c)
        mean, logstd = head_w @ h + head_b
        self.state_ = (h, c)
        self.next_ = (float(mean), float(np.exp(min(4.0, max(-6.0, logstd)))))

    # ------------------------------------------------------------------ streaming
    def predict(self) -> tuple[float, float]:
        """Mean and standard deviation of the next value (on the model's scale)."""
        if not self._built:
            self._build()
        if self.trained_:
            return self.next_
        if len(self.history_) < 2:
            return (self.history_[-1] if self.history_ else 0.0), 1.0
        h = np.asarray(self.history_)
        return float(h.mean()), float(max(h.std(), 1e-6))

    @torch.no_grad()
    def observe(self, value: float) -> None:
        """Feed the next value; trains once ``warmup`` values arrived, then every ``refit_every``."""
        if not self._built:
            self._build()
        value = float(value)
        self.history_.append(value)
        self.since_fit_ += 1
        if not self.trained_:
            if len(self.history_) >= self.warmup:
                with torch.enable_grad():
                    self._train(self.fit_steps)
            return
        if self.refit_steps and self.since_fit_ >= self.refit_every:
            with torch.enable_grad():
                self._train(self.refit_steps)
            return
        if self._cell is None:
            self._export_cell()
        self._step(value)

    # ------------------------------------------------------------------ statsmodels shape
    def fit(self, y) -> "LSTMForecasterResults":
        """Train on a whole series and return a results object with ``forecast``/``get_forecast``."""
        y = np.asarray(y, dtype=float)
        if y.ndim != 1 or len(y) < self.seq_len + 2 or not np.isfinite(y).all():
            raise ValueError(f"y: need a 1-D finite series longer than seq_len + 1 = {self.seq_len + 1}")
        if self.log and (y <= 0).any():
            raise ValueError("y: log=True needs positive values")
        z = np.log(y) if self.log else y
        loc = float(np.median(z))
        scale = float(1.4826 * np.median(np.abs(z - loc))) or float(z.std()) or 1.0
        self._build()
        self.history_.extend(((z - loc) / scale).tolist())
        self._train(max(self.fit_steps, 1))
        return LSTMForecasterResults(self, loc, scale)

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict:
        """Everything needed to continue exactly where this model is (weights, optimiser, RNG, buffer)."""
        if not self._built:
            self._build()
        return {
            "net": {k: v.clone() for k, v in self.net_.state_dict().items()},
            "opt": self.opt_.state_dict(),
            "gen": self.gen_.get_state(),
            "history": list(self.history_),
            "trained": self.trained_,
            "since_fit": self.since_fit_,
            "state": None if self.state_ is None else [torch.from_numpy(a.copy()) for a in self.state_],
            "next": self.next_,
        }

    def load_state_dict(self, state: dict) -> None:
        self._build()
        self.net_.load_state_dict(state["net"])
        self.opt_.load_state_dict(state["opt"])
        self.gen_.set_state(state["gen"])
        self.history_.extend(state["history"])
        self.trained_ = state["trained"]
        self.since_fit_ = state["since_fit"]
        self.state_ = None if state["state"] is None else tuple(t.double().reshape(-1).numpy().copy()
                                                                for t in state["state"])
        self.next_ = tuple(state["next"])
        self.net_.eval()


class LSTMForecasterResults:
    """What :meth:`LSTMForecaster.fit` returns: multi-step forecasts on the original scale."""

    def __init__(self, model: LSTMForecaster, loc: float, scale: float) -> None:
        self.model = model
        self.loc = loc
        self.scale = scale

    @torch.no_grad()
    def get_forecast(self, steps: int = 1) -> Forecast:
        """Mean and standard error of the next ``steps`` values (iterated one-step forecasts)."""
        if steps < 1:
            raise ValueError(f"steps={steps}: must be >= 1")
        m = self.model
        mean, std = m.next_
        state = None if m.state_ is None else tuple(torch.from_numpy(a).float().view(1, 1, -1) for a in m.state_)
        means, var, out_var = [], 0.0, []
        for _ in range(steps):
            means.append(mean)
            var += std ** 2  # errors of the fed-back means accumulate
            out_var.append(var)
            mu, logstd, state = m.net_(torch.tensor([[[mean]]]), state)  # (1, 1, 1) in, (1, 1) out
            mean, std = float(mu[0, 0]), float(logstd[0, 0].exp())
        mu = self.loc + self.scale * np.asarray(means)
        se = self.scale * np.sqrt(np.asarray(out_var))
        if m.log:  # log-normal: report the median and the bounds via exp, se on the log scale mapped by delta rule
            return Forecast(np.exp(mu), np.exp(mu) * se)
        return Forecast(mu, se)

    def forecast(self, steps: int = 1) -> np.ndarray:
        return self.get_forecast(steps).predicted_mean
