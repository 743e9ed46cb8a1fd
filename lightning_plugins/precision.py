"""DPS: a Lightning precision plugin that switches fp16 <-> bf16 at run time from gradient statistics.

:class:`DPSPrecision` follows the contract of Lightning's ``MixedPrecision`` (autocast context,
scaled backward, unscale -> clip -> step -> update, ``state_dict``) with the half type chosen per
phase: fp16 steps run under a ``torch.amp.GradScaler``; bf16 steps run unscaled; the scaler's state
is carried unchanged through bf16 phases. Every ``check_every`` optimizer steps the plugin measures
the unscaled gradients with fused ``torch._foreach_*`` ops and hands a :class:`GradCheck` to a
:class:`DPSPolicy`, a small replaceable object that decides whether to switch.

Cost model: one host sync per optimizer step for the skip decision (the same one ``GradScaler.step``
makes in plain fp16 AMP with a plain optimizer, read once and shared with it; a fused optimizer skips on
the device, so there DPS's read is one sync more than plain AMP; in bf16 phases the finite check is one
fused kernel); the statistics add one more sync every ``check_every`` steps and nothing on the steps in
between.
"""

from __future__ import annotations

import math
import time
import warnings
from collections.abc import Generator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, fields
from typing import Any, Callable, Optional

import torch
from torch import Tensor
from torch.amp.grad_scaler import OptState as _OptState
from torch.optim import LBFGS
from typing_extensions import override

from monitor._lightning import pl
from monitor._lightning import sub as _lightning_sub
Precision = _lightning_sub("plugins.precision.precision").Precision

from lightning_plugins.precision_policy import DPSPolicy, GradCheck, PolicyState  # noqa: F401 - public here too
from monitor import metrics as M

#: fp16's smallest positive normal number, 2**-14 (below it fp16 keeps fewer mantissa bits, then zero)
FP16_SMALLEST_NORMAL = float(torch.finfo(torch.float16).tiny)
DTYPES = {"fp16": torch.float16, "bf16": torch.bfloat16}
_ALIASES = {"fp16": "fp16", "float16": "fp16", "half": "fp16", "16-mixed": "fp16",
            "bf16": "bf16", "bfloat16": "bf16", "bf16-mixed": "bf16"}
_LIGHTNING_NAME = {"fp16": "16-mixed", "bf16": "bf16-mixed"}
#: switch records kept in the state (older ones are dropped; the counters keep the totals)
HISTORY_LIMIT = 256
#: elements per statistics chunk: bounds the temporary memory of a check
_CHUNK_ELEMENTS = 1 << 26


def dtype_name(dtype: str | torch.dtype, argument: str = "dtype") -> str:
    """``"fp16"`` or ``"bf16"`` for any accepted spelling; a ``ValueError`` naming ``argument`` otherwise."""
    if isinstance(dtype, torch.dtype):
        for name, value in DTYPES.items():
            if dtype == value:
                return name
    elif isinstance(dtype, str) and dtype.lower() in _ALIASES:
        return _ALIASES[dtype.lower()]
    raise ValueError(f"{argument}={dtype!r} is not a half type DPS can use; valid: "
                     f"{sorted(_ALIASES)} or torch.float16 / torch.bfloat16")


# --------------------------------------------------------------------------- statistics
def _grads_by_device_dtype(optimizer) -> dict[tuple[torch.device, torch.dtype], list[Tensor]]:
    groups: dict[tuple[torch.device, torch.dtype], list[Tensor]] = {}
    for group in optimizer.param_groups:
        for p in group["params"]:
            g = p.grad
            if g is None or g.is_sparse:
                continue
            groups.setdefault((g.device, g.dtype), []).append(g)
    return groups


def _chunks(tensors: list[Tensor], limit: int = _CHUNK_ELEMENTS) -> Generator[list[Tensor], None, None]:
    chunk: list[Tensor] = []
    size = 0
    for t in tensors:
        if chunk and size + t.numel() > limit:
            yield chunk
            chunk, size = [], 0
        chunk.append(t)
        size += t.numel()
    if chunk:
        yield chunk


def _chunk_stats(grads: list[Tensor], tiny: float) -> Tensor:
    """Fused statistics of one chunk, left on its device: [numel, nonzero, below_tiny, max|g|, -min_nz|g|]."""
    absg = torch._foreach_abs(grads)
    nonzero = torch.stack(torch._foreach_norm(absg, 0)).double().sum()  # ord 0 counts non-zeros
    # tiny - min(|g|, tiny) is > 0 exactly where |g| < tiny (zeros included)
    below = torch._foreach_clamp_max(absg, tiny)
    torch._foreach_neg_(below)
    torch._foreach_add_(below, tiny)
    n_below = torch.stack(torch._foreach_norm(below, 0)).double().sum()
    del below
    big = torch.finfo(absg[0].dtype).max
    gmax = torch.stack(torch._foreach_max(absg)).double().max()
    # smallest non-zero: zeros -> +big, then min = -max(-x)
    zero_mask = torch._foreach_sign(absg)  # 1 at non-zeros, 0 at zeros (NaN stays NaN)
    torch._foreach_neg_(zero_mask)
    torch._foreach_add_(zero_mask, 1.0)  # 1 at zeros
    torch._foreach_mul_(zero_mask, big)
    torch._foreach_add_(absg, zero_mask)
    torch._foreach_neg_(absg)
    neg_min = torch.stack(torch._foreach_max(absg)).double().max()
    numel = float(sum(g.numel() for g in grads))
    return torch.stack([nonzero.new_tensor(numel), nonzero, n_below, gmax, neg_min])


def gradient_statistics(optimizer, loss_scale: float = 1.0) -> dict[str, float]:
    """Underflow share and magnitude range of ``optimizer``'s unscaled gradients (one host sync per device).

    Returns ``numel``, ``nonzero``, ``underflow`` (non-zero elements with ``|g| * loss_scale`` below
    fp16's smallest normal), ``underflow_ratio``, ``max_abs`` and ``min_abs`` (smallest non-zero).
    """
    tiny = FP16_SMALLEST_NORMAL / loss_scale
    per_device: dict[torch.device, list[Tensor]] = {}
    for (device, _), grads in _grads_by_device_dtype(optimizer).items():
        for chunk in _chunks(grads):
            per_device.setdefault(device, []).append(_chunk_stats(chunk, tiny))
    numel = nonzero = below = 0.0
    gmax, neg_min = -math.inf, -math.inf
    for stats in per_device.values():
        s = torch.stack(stats)  # (chunks, 5)
        totals = s[:, :3].sum(0).tolist()  # the sync
        extremes = s[:, 3:].max(0).values.tolist()
        numel += totals[0]
        nonzero += totals[1]
        below += totals[2]
        gmax, neg_min = max(gmax, extremes[0]), max(neg_min, extremes[1])
    zeros = numel - nonzero
    tiny_nonzero = max(below - zeros, 0.0)
    finite = math.isfinite(gmax)
    ratio = (tiny_nonzero / nonzero if nonzero else 1.0) if finite else math.nan
    min_abs = -neg_min if finite and nonzero else math.nan
    return {"numel": numel, "nonzero": nonzero, "underflow": tiny_nonzero, "underflow_ratio": ratio,
            "max_abs": gmax if finite or gmax == -math.inf else math.nan, "min_abs": min_abs}


def _nonfinite_flag(optimizer) -> Tensor | None:
    """A 0-d tensor > 0 when any gradient of ``optimizer`` is NaN/inf (fused check, no sync)."""
    found: Tensor | None = None
    for (device, _), grads in _grads_by_device_dtype(optimizer).items():
        flag = torch.zeros((), dtype=torch.float32, device=device)
        one = torch.ones((), dtype=torch.float32, device=device)
        torch._amp_foreach_non_finite_check_and_unscale_(grads, flag, one)
        found = flag if found is None else found + flag.to(found.device)
    return found


def _peer_failure(step: int):
    """Under a multi-process run, a collective failed on a lost peer becomes ``PeerLostError``."""
    import torch.distributed as dist

    if not (dist.is_available() and dist.is_initialized() and dist.get_world_size() > 1):
        return nullcontext()
    from lightning_plugins.parallel.health import peer_failure

    return peer_failure("DPSPrecision", rank=dist.get_rank(), phase="forward/backward", steps=step)


def _autocast_device(device: object) -> bool:
    try:
        return isinstance(device, str) and torch.amp.is_autocast_available(device)
    except RuntimeError:  # not a device type at all
        return False


def _device_supports(device: str, dtype: torch.dtype) -> bool:
    if not torch.amp.is_autocast_available(device):
        return False
    if device == "cuda" and dtype == torch.bfloat16:
        return torch.cuda.is_available() and torch.cuda.is_bf16_supported()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ctx = torch.autocast(device, dtype=dtype)
    return ctx._enabled and not any("not supported" in str(w.message).lower() for w in caught)


# --------------------------------------------------------------------------- plugin
class DPSPrecision(Precision):
    """Dynamic Precision Selector: mixed precision that moves between fp16 and bf16 while training.

    Example::

        from monitor._lightning import pl
        from lightning_plugins import DPSPrecision, DPSPolicy

        trainer = pl.Trainer(plugins=[DPSPrecision(check_every=50, policy=DPSPolicy(calm_steps=2000))])
        trainer.fit(model)   # lightwatch_dps_active_dtype / _switches_total / ... on the registry

    Parameters
    ----------
    initial_dtype:
        ``"fp16"`` (default, the more precise type) or ``"bf16"``; torch dtypes and Lightning names
        (``"16-mixed"``, ``"bf16-mixed"``) are accepted.
    check_every:
        Optimizer steps between gradient-statistics checks (>= 1).
    policy:
        The decision rule; default ``DPSPolicy()``.
    device:
        Autocast device type (``"cpu"``, ``"cuda"``, ...); ``None`` = the model's device at setup.
    scaler:
        A ``torch.amp.GradScaler`` for the fp16 phases; default ``GradScaler(device)``.
    registry, run_name:
        Fallbacks for where the metrics go (``None`` = lightwatch's registry) and their ``run`` label
        (default: the LightningModule's class name), used only when no ``PrometheusMonitor`` is
        attached: the monitor's registry and run name win (one run, one label). The ``rank`` label is
        the trainer's global rank.
    """

    def __init__(
        self,
        initial_dtype: str | torch.dtype = "fp16",
        *,
        check_every: int = 50,
        policy: Optional[DPSPolicy] = None,
        device: Optional[str] = None,
        scaler: Optional[torch.amp.GradScaler] = None,
        registry=None,
        run_name: Optional[str] = None,
    ) -> None:
        self.initial_dtype = dtype_name(initial_dtype, "initial_dtype")
        if not isinstance(check_every, int) or isinstance(check_every, bool) or check_every < 1:
            raise ValueError(f"check_every={check_every!r}: must be an integer >= 1")
        if policy is None:
            policy = DPSPolicy()
        if not callable(getattr(policy, "decide", None)) or not hasattr(policy, "min_steps_between_switches"):
            raise ValueError(f"policy={policy!r}: must be a DPSPolicy (or subclass) instance")
        if device is not None and not _autocast_device(device):
            raise ValueError(f"device={device!r}: not an autocast device type; valid e.g. 'cpu', 'cuda'")
        if scaler is not None and not isinstance(scaler, torch.amp.GradScaler):
            raise ValueError(f"scaler={scaler!r}: must be a torch.amp.GradScaler")
        self.check_every = check_every
        self.policy = policy
        self.device = device
        self.scaler = scaler
        self.registry = registry
        self.run_name = run_name

        self.active = self.initial_dtype
        self.precision = _LIGHTNING_NAME[self.active]
        self.policy_state = policy.initial_state()
        self.step = 0
        self.last_switch_step: Optional[int] = None
        self.window_steps = 0
        self.window_nonfinite = 0
        self.nonfinite_streak = 0
        self.nonfinite_steps = 0
        self.skipped_steps = 0
        self.history: list[dict[str, Any]] = []
        self.last_check: Optional[dict[str, float]] = None
        self._supported = {"fp16": True, "bf16": True}
        self._warned: set[str] = set()
        self._metrics = None

    # ---------------------------------------------------------------- setup
    @override
    def connect(self, model, optimizers, lr_schedulers):
        if self.device is None:
            param = next(model.parameters(), None)
            self.device = param.device.type if param is not None else "cpu"
        for opt in optimizers:
            if isinstance(opt, LBFGS):
                raise ValueError("DPSPrecision: LBFGS is not supported (AMP needs a single step per closure)")
            if getattr(opt, "_step_supports_amp_scaling", False):
                raise ValueError(f"DPSPrecision: {type(opt).__name__} unscales inside step() (fused); "
                                 "use an optimizer without fused=True")
        if self.scaler is None:
            self.scaler = torch.amp.GradScaler(device=self.device)
        from lightning_plugins.parallel.health import PeerDirectory

        PeerDirectory.exchange()  # under DDP (every rank connects here): who is who, to name a lost rank
        self._supported = {name: _device_supports(self.device, dt) for name, dt in DTYPES.items()}
        if not any(self._supported.values()):
            raise ValueError(f"DPSPrecision: device {self.device!r} supports neither fp16 nor bf16 autocast")
        for name, other in (("bf16", "fp16"), ("fp16", "bf16")):
            if not self._supported[name]:
                if name not in self._warned:  # once per plugin, however often Lightning connects it
                    self._warned.add(name)
                    warnings.warn(f"DPSPrecision: {name} autocast is not supported on {self.device!r}; "
                                  f"staying in {other} for the whole run", stacklevel=2)
                if self.active == name:
                    self._set_active(other)
        return super().connect(model, optimizers, lr_schedulers)

    def _bind(self, model: "pl.LightningModule") -> None:
        from monitor.context import resolve

        self._metrics = resolve(module=model, run_name=self.run_name, registry=self.registry,
                                owner="DPSPrecision").bind()
        self._metrics(M.DPS_ACTIVE_DTYPE).state(self.active)
        # create the counters at zero so a healthy run exposes them (rate() needs the series)
        self._metrics(M.DPS_NONFINITE_GRAD_STEPS)
        self._metrics(M.DPS_SKIPPED_STEPS)
        # both switch directions exist from the start, so increase() sees the very first switch
        self._metrics(M.DPS_SWITCHES, from_dtype="fp16", to_dtype="bf16")
        self._metrics(M.DPS_SWITCHES, from_dtype="bf16", to_dtype="fp16")

    # ---------------------------------------------------------------- autocast and backward
    @property
    def dtype(self) -> torch.dtype:
        """The half type autocast uses now."""
        return DTYPES[self.active]

    def autocast_context_manager(self) -> torch.autocast:
        return torch.autocast(self.device or "cpu", dtype=self.dtype, cache_enabled=False)

    @override
    @contextmanager
    def forward_context(self) -> Generator[None, None, None]:
        """Autocast in the active half type."""
        with self.autocast_context_manager():
            yield

    @override
    def pre_backward(self, tensor: Tensor, module: "pl.LightningModule") -> Tensor:  # type: ignore[override]
        if self.active == "fp16":
            tensor = self.scaler.scale(tensor)
        return super().pre_backward(tensor, module)

    # ---------------------------------------------------------------- the step
    @override
    def optimizer_step(self, optimizer, model: "pl.LightningModule", closure: Callable[[], Any], **kwargs: Any) -> Any:
        if isinstance(optimizer, LBFGS):
            raise ValueError("DPSPrecision: LBFGS is not supported")
        with _peer_failure(self.step):  # under DDP: a dead peer fails backward -> PeerLostError
            closure_result = closure()
        if closure_result is None and model.automatic_optimization:
            return closure_result  # training_step returned None: no backward, no step
        if self._metrics is None:
            self._bind(model)
        fp16 = self.active == "fp16"
        scaled = fp16 and self.scaler.is_enabled()  # a user's GradScaler(enabled=False) steps unscaled
        found_inf = None
        if scaled:
            self.scaler.unscale_(optimizer)
            flags = list(self.scaler._found_inf_per_device(optimizer).values())
            found_inf = sum(flags[1:], flags[0]) if flags else None
        if found_inf is None:
            found_inf = _nonfinite_flag(optimizer)
        self.step += 1
        self.window_steps += 1
        check = self.step % self.check_every == 0
        stats = self._measure(optimizer, fp16) if check else None
        self._after_closure(model, optimizer)  # on_before_optimizer_step hooks, then clipping (unscaled)
        # the one per-step sync: GradScaler.step makes the same one in plain fp16 AMP
        nonfinite = bool(found_inf.item()) if found_inf is not None else False
        if scaled and getattr(optimizer, "_step_supports_amp_scaling", False):
            out = self.scaler.step(optimizer, **kwargs)  # fused: the optimizer skips on the device
            self.scaler.update()
        elif scaled:
            # GradScaler.step's own branch for a plain optimizer, on the flag read above: calling
            # GradScaler.step would read the same flag again (a second host sync every step; measured
            # on an H200 by tests/test_gpu.py, 60 extra syncs over 60 steps)
            out = None if nonfinite else optimizer.step(**kwargs)
            self.scaler._per_optimizer_states[id(optimizer)]["stage"] = _OptState.STEPPED
            self.scaler.update()
        else:
            out = None if nonfinite else optimizer.step(**kwargs)
        if nonfinite:
            self._count_skip(optimizer)
        else:
            self.nonfinite_streak = 0
        if check:
            self._check(stats)
        return out

    def _count_skip(self, optimizer) -> None:
        self.window_nonfinite += 1
        self.nonfinite_streak += 1
        self.nonfinite_steps += 1
        self.skipped_steps += 1
        self._metrics(M.DPS_NONFINITE_GRAD_STEPS).inc()
        self._metrics(M.DPS_SKIPPED_STEPS).inc()
        # A skipped step still counts for the LR schedule (as in plain GradScaler AMP); tell
        # torch's LRScheduler the step was accounted for so it doesn't warn that the scheduler
        # stepped before the optimizer.
        if hasattr(optimizer.step, "_wrapped_by_lr_sched"):
            optimizer._opt_called = True

    def _measure(self, optimizer, fp16: bool) -> dict[str, float]:
        t0 = time.perf_counter()
        # the scale this step's backward used in fp16; in bf16 the one fp16 would resume with
        scale = float(self.scaler.get_scale()) if self.scaler.is_enabled() else 1.0
        if not fp16:
            scale = max(scale, float(self.policy.min_loss_scale))
        stats = gradient_statistics(optimizer, loss_scale=scale)
        stats["seconds"] = time.perf_counter() - t0
        return stats

    def _check(self, stats: dict[str, float]) -> None:
        t0 = time.perf_counter()
        scale = float(self.scaler.get_scale()) if self.scaler.is_enabled() else 1.0
        check = GradCheck(
            step=self.step, active=self.active, underflow_ratio=stats["underflow_ratio"],
            window_steps=self.window_steps, nonfinite_steps=self.window_nonfinite,
            nonfinite_streak=self.nonfinite_streak, loss_scale=scale,
            max_abs_grad=stats["max_abs"], min_abs_grad=stats["min_abs"],
            steps_since_switch=None if self.last_switch_step is None else self.step - self.last_switch_step,
        )
        decision = self.policy.decide(check, self.policy_state)
        self.last_check = {k: v for k, v in asdict(check).items() if k != "active"}
        self.window_steps = self.window_nonfinite = 0
        m = self._metrics
        m(M.DPS_LOSS_SCALE).set(scale)
        if not math.isnan(check.underflow_ratio):
            m(M.DPS_UNDERFLOW).set(check.underflow_ratio)
            m(M.DPS_GRAD_MAGNITUDE, bound="max").set(check.max_abs_grad)
            if not math.isnan(check.min_abs_grad):
                m(M.DPS_GRAD_MAGNITUDE, bound="min_nonzero").set(check.min_abs_grad)
        if decision is not None:
            target, reason = decision
            target = dtype_name(target, "policy decision")
            since = check.steps_since_switch
            if (target != self.active and self._supported[target]
                    and (since is None or since >= self.policy.min_steps_between_switches)):
                self._switch(target, reason, scale)
        m(M.DPS_STATS_DURATION).observe(stats["seconds"] + time.perf_counter() - t0)

    def _switch(self, target: str, reason: str, scale: float) -> None:
        source = self.active
        if target == "fp16" and scale < self.policy.min_loss_scale:
            # a scale that collapsed during overflows would flush every small gradient to zero
            self.scaler.update(new_scale=float(self.policy.min_loss_scale))
        self.history.append({"step": self.step, "from": source, "to": target, "reason": reason})
        del self.history[:-HISTORY_LIMIT]
        self.last_switch_step = self.step
        self._set_active(target)
        self._metrics(M.DPS_SWITCHES, from_dtype=source, to_dtype=target).inc()
        from monitor.eventlog import log_event

        log_event("dps_switch", step=self.step, from_dtype=source, to_dtype=target, reason=reason)

    def _set_active(self, name: str) -> None:
        self.active = name
        self.precision = _LIGHTNING_NAME[name]
        if self._metrics is not None:
            self._metrics(M.DPS_ACTIVE_DTYPE).state(name)

    # ---------------------------------------------------------------- state
    @property
    def switches(self) -> int:
        """Switches recorded in the (capped) history."""
        return len(self.history)

    @override
    def state_dict(self) -> dict[str, Any]:
        return {
            "active": self.active,
            "step": self.step,
            "last_switch_step": self.last_switch_step,
            "window_steps": self.window_steps,
            "window_nonfinite": self.window_nonfinite,
            "nonfinite_streak": self.nonfinite_streak,
            "nonfinite_steps": self.nonfinite_steps,
            "skipped_steps": self.skipped_steps,
            "history": [dict(h) for h in self.history],
            "last_check": dict(self.last_check) if self.last_check is not None else None,
            "policy_state": asdict(self.policy_state),
            "scaler": self.scaler.state_dict() if self.scaler is not None else {},
        }

    @override
    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        if self.scaler is None:
            self.scaler = torch.amp.GradScaler(device=self.device or "cpu")
        if state_dict.get("scaler"):
            self.scaler.load_state_dict(state_dict["scaler"])
        for name in ("step", "window_steps", "window_nonfinite", "nonfinite_streak", "nonfinite_steps",
                     "skipped_steps"):
            setattr(self, name, int(state_dict[name]))
        last = state_dict["last_switch_step"]
        self.last_switch_step = None if last is None else int(last)
        self.history = [dict(h) for h in state_dict["history"]]
        self.last_check = state_dict["last_check"]
        known = {f.name for f in fields(PolicyState)}
        self.policy_state = PolicyState(**{k: v for k, v in state_dict["policy_state"].items() if k in known})
        self._set_active(dtype_name(state_dict["active"], "state_dict['active']"))
