"""DPS's decision rule: what a gradient check measured (:class:`GradCheck`) and the replaceable
policy that turns it into a switch (:class:`DPSPolicy`, with its mutable :class:`PolicyState`).

Framework-free (no torch): the plugin in :mod:`lightning_plugins.precision` measures, the policy
decides. Subclass :class:`DPSPolicy` and override ``decide`` to use another rule.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DPSPolicy", "GradCheck", "PolicyState"]


@dataclass(frozen=True)
class GradCheck:
    """What one statistics check measured; the input of :meth:`DPSPolicy.decide`."""

    step: int
    """Optimizer steps this plugin has taken (skipped ones included)."""
    active: str
    """Half type of the steps just measured: ``"fp16"`` or ``"bf16"``."""
    underflow_ratio: float
    """Share of non-zero gradient elements that fp16 holds below its smallest normal (2**-14) at the
    loss scale S: unscaled |g| < 2**-14 / S. In bf16 phases S is the scale fp16 would resume with.
    1.0 when every element is zero (all flushed); NaN when the gradients were non-finite."""
    window_steps: int
    """Optimizer steps since the previous check."""
    nonfinite_steps: int
    """Of those, steps whose gradients held NaN or inf (all skipped)."""
    nonfinite_streak: int
    """Consecutive steps with non-finite gradients ending at this check (0 if the last was finite)."""
    loss_scale: float
    """The GradScaler's scale (carried unchanged through bf16 phases)."""
    max_abs_grad: float
    """Largest unscaled |gradient| element at this check (NaN when non-finite)."""
    min_abs_grad: float
    """Smallest non-zero unscaled |gradient| element at this check (NaN when none or non-finite)."""
    steps_since_switch: int | None
    """Optimizer steps since the last switch; None before the first one."""

    @property
    def overflow_ratio(self) -> float:
        """Share of the window's steps that had non-finite gradients."""
        return self.nonfinite_steps / self.window_steps if self.window_steps else 0.0


@dataclass
class PolicyState:
    """The policy's memory between checks (saved in the plugin's ``state_dict``)."""

    calm_steps: int = 0
    """Consecutive bf16 steps, counted at checks, that met the calm conditions."""
    calm_required: int = 0
    """Calm steps needed before the next return to fp16 (grows after a failed return)."""
    last_return_step: int = -1
    """Step of the last bf16 -> fp16 switch, -1 if none."""


@dataclass
class DPSPolicy:
    """When to leave fp16 and when to come back: thresholds, hysteresis, calm period.

    The plugin calls :meth:`decide` once per check with a :class:`GradCheck`. Subclass and override
    :meth:`decide` (keep the signature) to use another rule; the plugin still enforces
    ``min_steps_between_switches`` on whatever it returns, and hardware limits.

    Example::

        from lightning_plugins import DPSPrecision, DPSPolicy

        policy = DPSPolicy(underflow_ratio=0.5, calm_steps=2000, min_steps_between_switches=500)
        trainer = pl.Trainer(plugins=[DPSPrecision(check_every=50, policy=policy)])
    """

    underflow_ratio: float = 0.5
    """fp16 -> bf16 when at least this share of non-zero gradient elements, multiplied by the loss
    scale, lies below fp16's smallest normal: fp16 holds them with fewer mantissa bits or flushes
    them to zero, and GradScaler has not grown the scale enough to save them. In (0, 1]."""
    overflow_ratio: float = 0.25
    """fp16 -> bf16 when at least this share of the steps since the last check had non-finite
    gradients (each one skipped, each one halving the scale). In (0, 1]."""
    overflow_streak: int = 8
    """fp16 -> bf16 when the last this-many steps before a check all had non-finite gradients (the
    scale fell 2**8-fold without recovering: a persistent overflow, not GradScaler calibrating). >= 1."""
    min_loss_scale: float = 1.0
    """fp16 -> bf16 when the GradScaler's scale has collapsed below this (> 0). Returning to fp16 with a
    scale below it raises the scale to it, or every small gradient would flush to zero."""
    release_factor: float = 0.5
    """Hysteresis: a bf16 check is calm only when the underflow share is below
    ``release_factor * underflow_ratio`` and the window had no non-finite gradient. In (0, 1]."""
    calm_steps: int = 1000
    """bf16 -> fp16 only after this many consecutive calm steps (>= 0)."""
    calm_backoff: float = 2.0
    """A return to fp16 that is reverted within ``calm_steps`` steps multiplies the calm period by
    this (>= 1), so a run whose fp16 phases keep failing settles in bf16."""
    max_calm_steps: int = 64000
    """Cap on the grown calm period (>= calm_steps)."""
    min_steps_between_switches: int = 200
    """At most one switch per this many optimizer steps (>= 1): the no-flap guarantee."""

    def __post_init__(self) -> None:
        for name in ("underflow_ratio", "overflow_ratio", "release_factor"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0.0 < value <= 1.0:
                raise ValueError(f"DPSPolicy {name}={value!r}: must be a number in (0, 1]")
        if not isinstance(self.min_loss_scale, (int, float)) or not self.min_loss_scale > 0:
            raise ValueError(f"DPSPolicy min_loss_scale={self.min_loss_scale!r}: must be > 0")
        if not isinstance(self.calm_backoff, (int, float)) or not self.calm_backoff >= 1.0:
            raise ValueError(f"DPSPolicy calm_backoff={self.calm_backoff!r}: must be >= 1")
        for name, low in (("calm_steps", 0), ("min_steps_between_switches", 1), ("max_calm_steps", 0),
                          ("overflow_streak", 1)):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < low:
                raise ValueError(f"DPSPolicy {name}={value!r}: must be an integer >= {low}")
        if self.max_calm_steps < self.calm_steps:
            raise ValueError(f"DPSPolicy max_calm_steps={self.max_calm_steps} must be >= "
                             f"calm_steps={self.calm_steps}")

    def initial_state(self) -> PolicyState:
        return PolicyState(calm_required=self.calm_steps)

    def leave_fp16_reason(self, check: GradCheck) -> str | None:
        """Why fp16 is failing at this check (``underflow``/``overflow``/``scale_collapse``), or None."""
        if check.overflow_ratio >= self.overflow_ratio or check.nonfinite_streak >= self.overflow_streak:
            return "overflow"
        if check.loss_scale < self.min_loss_scale:
            return "scale_collapse"
        if check.underflow_ratio >= self.underflow_ratio:  # NaN compares False
            return "underflow"
        return None

    def is_calm(self, check: GradCheck) -> bool:
        """Whether a bf16 window would have been safe in fp16."""
        return check.nonfinite_steps == 0 and check.underflow_ratio < self.release_factor * self.underflow_ratio

    def decide(self, check: GradCheck, state: PolicyState) -> tuple[str, str] | None:
        """``(target_dtype, reason)`` to switch after this check, or None to stay.

        Mutates ``state`` (calm counter, calm period). The caller applies the switch only when
        ``check.steps_since_switch >= min_steps_between_switches``; the policy asks first too, so its
        counters describe switches that really happen.
        """
        may_switch = check.steps_since_switch is None or check.steps_since_switch >= self.min_steps_between_switches
        if check.active == "fp16":
            reason = self.leave_fp16_reason(check)
            if reason is None or not may_switch:
                return None
            if state.last_return_step >= 0 and check.step - state.last_return_step < state.calm_required:
                state.calm_required = min(int(state.calm_required * self.calm_backoff), self.max_calm_steps)
            state.calm_steps = 0
            return "bf16", reason
        state.calm_steps = state.calm_steps + check.window_steps if self.is_calm(check) else 0
        if state.calm_steps >= state.calm_required and may_switch:
            state.calm_steps = 0
            state.last_return_step = check.step
            return "fp16", "calm"
        return None
