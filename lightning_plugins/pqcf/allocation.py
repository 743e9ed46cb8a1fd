"""Stage 2, allocation: 8 or 4 bits per layer (pinned layers stay fp32) minimising the summed
sensitivity-weighted perturbation under a size or average-bits budget (HAWQ-V3): an exact 0/1
integer program (``scipy.optimize.milp``) up to ``exact_max_layers`` layers, greedy above."""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass
from typing import Iterable, Mapping

from torch import nn

from lightning_plugins.pqcf.config import PQCFConfig
from lightning_plugins.pqcf.quantizers import BIT_CHOICES, FP_BITS, layer_perturbation
from lightning_plugins.pqcf.sensitivity import LayerTrace


def layer_bytes(module: nn.Module, bits: int, block_size: int = 32, symmetric_4bit: bool = False) -> int:
    """Bytes of ``module``'s parameters as exported at ``bits`` (weights + scales/zero points + fp32 bias)."""
    w = module.weight
    bias = 4 * module.bias.numel() if getattr(module, "bias", None) is not None else 0
    out_f = w.shape[0]
    if bits == FP_BITS:
        return 4 * w.numel() + bias
    if bits == 8:  # int8 weight + per-channel fp32 scale and int8 zero point
        return w.numel() + out_f * 5 + bias
    if bits == 4:  # MatMulNBits: packed nibbles, fp32 scale per block, packed uint4 zero points
        k_blocks = -(-w[0].numel() // block_size)
        zp = 0 if symmetric_4bit else out_f * -(-k_blocks // 2)
        return out_f * k_blocks * (block_size // 2) + out_f * k_blocks * 4 + zp + bias
    raise ValueError(f"bits={bits} must be one of {BIT_CHOICES + (FP_BITS,)}")


@dataclass
class LayerPlan:
    """One row of the plan."""

    name: str
    kind: str
    n_params: int
    trace: float
    trace_stderr: float
    #: max(tr(H), 0)/n, the per-weight curvature
    sensitivity: float
    #: the objective per candidate bit width: tr(H)/n * ||Q_b(W)-W||^2 (``trace``) or 1/2 dW^T H dW (``quadratic``)
    omega: dict[int, float]
    #: bytes per candidate bit width (incl. fp32)
    bytes_at: dict[int, int]
    candidates: tuple[int, ...]
    bits: int = FP_BITS
    pinned: bool = False


@dataclass
class CompressionPlan:
    """Bits per layer and the budget they meet; ``table()`` prints it."""

    layers: list[LayerPlan]
    fp_bytes: int
    planned_bytes: int
    budget: str
    budget_value: float
    solver: str
    avg_bits: float
    #: what ``omega`` holds (:attr:`PQCFConfig.objective`)
    objective: str = "trace"

    @property
    def ratio(self) -> float:
        """Original over compressed bytes."""
        return self.fp_bytes / self.planned_bytes

    @property
    def bits(self) -> dict[str, int]:
        return {lp.name: lp.bits for lp in self.layers}

    def table(self) -> str:
        rows = ["| layer | kind | params | tr(H) ± se | tr(H)/n | Ω@8 | Ω@4 | bits | bytes |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        for lp in self.layers:
            om8 = f"{lp.omega[8]:.3g}" if 8 in lp.omega else "-"
            om4 = f"{lp.omega[4]:.3g}" if 4 in lp.omega else "-"
            bits = f"{lp.bits} (pinned)" if lp.pinned else str(lp.bits)
            rows.append(f"| {lp.name} | {lp.kind} | {lp.n_params} | {lp.trace:.4g} ± {lp.trace_stderr:.2g} | "
                        f"{lp.sensitivity:.3g} | {om8} | {om4} | {bits} | {lp.bytes_at[lp.bits]} |")
        rows.append(f"\nbudget {self.budget}={self.budget_value:g} ({self.solver}, objective {self.objective}): "
                    f"{self.fp_bytes} -> "
                    f"{self.planned_bytes} bytes, ratio {self.ratio:.2f}x, "
                    f"size {self.planned_bytes / self.fp_bytes:.1%}, "
                    f"avg bits {self.avg_bits:.2f}")
        return "\n".join(rows)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["ratio"] = self.ratio
        return d

    @classmethod
    def from_dict(cls, d: Mapping) -> "CompressionPlan":
        d = dict(d)
        d.pop("ratio", None)
        layers = []
        for lp in d.pop("layers"):
            lp = dict(lp)
            lp["omega"] = {int(k): v for k, v in lp["omega"].items()}
            lp["bytes_at"] = {int(k): v for k, v in lp["bytes_at"].items()}
            lp["candidates"] = tuple(lp["candidates"])
            layers.append(LayerPlan(**lp))
        return cls(layers=layers, **d)


def bit_candidates(name: str, module: nn.Module, pinned: Iterable[str] = ()) -> tuple[int, ...]:
    """Bit widths a layer may take: none when pinned (it stays fp32), 8 or 4 for a Linear, 8 for a
    Conv (``MatMulNBits`` handles MatMul only)."""
    if name in pinned:
        return ()
    return (8, 4) if isinstance(module, nn.Linear) else (8,)


def build_layer_plans(model: nn.Module, layers: Mapping[str, nn.Module], traces: Mapping[str, LayerTrace],
                      *, pinned: Iterable[str] = (), block_size: int = 32, symmetric_4bit: bool = False,
                      quadratic: Mapping[str, Mapping[int, float]] | None = None) -> list[LayerPlan]:
    """Sensitivity, perturbation and bytes per candidate for each layer (input of :func:`allocate_bits`).

    ``Ω_l(b)`` is ``tr(H)/n * ||Q_b(W) - W||^2`` or, given ``quadratic`` (from
    :func:`quadratic_perturbations`), ``max(1/2 dW^T H dW, 0)``.
    """
    pinned = set(pinned)
    plans = []
    for name, mod in layers.items():
        tr = traces[name]
        cands = bit_candidates(name, mod, pinned)
        # a negative estimate (non-convex point, or a flat layer within its error bar) means "insensitive"
        sens = max(tr.trace, 0.0) / tr.n_params
        if quadratic is None:
            omega = {b: sens * layer_perturbation(mod.weight, b, block_size, symmetric_4bit) for b in cands}
        else:  # a negative quadratic form (non-convex point) also means "insensitive"
            omega = {b: max(float(quadratic[name][b]), 0.0) for b in cands}
        omega[FP_BITS] = 0.0
        bytes_at = {b: layer_bytes(mod, b, block_size, symmetric_4bit) for b in cands + (FP_BITS,)}
        plans.append(LayerPlan(name=name, kind=type(mod).__name__, n_params=tr.n_params, trace=tr.trace,
                               trace_stderr=tr.stderr, sensitivity=sens, omega=omega, bytes_at=bytes_at,
                               candidates=cands, bits=FP_BITS, pinned=name in pinned))
    return plans


def model_param_bytes(model: nn.Module) -> int:
    return sum(4 * p.numel() for p in model.parameters())


def allocate_bits(plans: list[LayerPlan], *, fp_bytes: int, size_ratio: float | None = None,
                  avg_bits: float | None = None, exact_max_layers: int = 64) -> CompressionPlan:
    """Choose 8 or 4 bits per (non-pinned) layer minimising ``sum Ω_l(b_l)`` under the budget.

    ``size_ratio``: planned bytes <= size_ratio * fp_bytes (``fp_bytes``: all parameters in fp32,
    layers outside ``plans`` stay fp32). ``avg_bits``: sum n_l b_l <= avg_bits * sum n_l over
    ``plans``. Every layer starts at its cheapest choice; upgrading layer l to 8 bits costs
    ``c_l`` and gains ``Ω_l(4) - Ω_l(8)``: a 0/1 knapsack, solved exactly by ``scipy.optimize.milp``
    up to ``exact_max_layers`` upgradeable layers, greedily (gain per cost) above.

    Raises ``ValueError`` when even the cheapest choice exceeds the budget.
    """
    if (size_ratio is None) == (avg_bits is None):
        raise ValueError("give exactly one of size_ratio or avg_bits")
    plans = [copy.deepcopy(lp) for lp in plans]
    for lp in plans:
        lp.bits = min(lp.candidates) if lp.candidates else FP_BITS
    if size_ratio is not None:
        cost = {lp.name: {b: lp.bytes_at[b] for b in lp.bytes_at} for lp in plans}
        outside = fp_bytes - sum(lp.bytes_at[FP_BITS] for lp in plans)
        capacity = size_ratio * fp_bytes - outside
        budget_name, budget_value = "size_ratio", size_ratio
    else:
        cost = {lp.name: {b: lp.n_params * b for b in lp.bytes_at} for lp in plans}
        capacity = avg_bits * sum(lp.n_params for lp in plans)
        budget_name, budget_value = "avg_bits", avg_bits
    base = sum(cost[lp.name][lp.bits] for lp in plans)
    if base > capacity + 1e-9:
        lowest = _plan(plans, fp_bytes, budget_name, budget_value, "infeasible")
        best = lowest.planned_bytes / fp_bytes if size_ratio is not None else lowest.avg_bits
        raise ValueError(f"budget {budget_name}={budget_value} cannot be met: the smallest plan (every non-pinned "
                         f"layer at its lowest bit width, pinned {[lp.name for lp in plans if lp.pinned]} in fp32) "
                         f"has {budget_name}={best:.4f}; raise the budget or pin fewer layers")
    up = [lp for lp in plans if 8 in lp.candidates and lp.bits != 8]
    extra = [cost[lp.name][8] - cost[lp.name][lp.bits] for lp in up]
    gain = [lp.omega[lp.bits] - lp.omega[8] for lp in up]
    room = capacity - base
    if not up:
        chosen, solver = [], "trivial"
    elif len(up) <= exact_max_layers:
        chosen, solver = _knapsack_milp(gain, extra, room), "exact-milp"
    else:
        chosen, solver = _knapsack_greedy(gain, extra, room), "greedy"
    for i in chosen:
        up[i].bits = 8
    return _plan(plans, fp_bytes, budget_name, budget_value, solver)


def check_budget(model: nn.Module, layers: Mapping[str, nn.Module], config: PQCFConfig) -> None:
    """Raise the ``ValueError`` of :func:`allocate_bits` for a budget no plan can meet, from the byte
    counts alone (no sensitivity needed), so an impossible budget fails before any work."""
    plans = [LayerPlan(name=n, kind=type(m).__name__, n_params=m.weight.numel(), trace=0.0, trace_stderr=0.0,
                       sensitivity=0.0, omega={b: 0.0 for b in bit_candidates(n, m, config.pinned) + (FP_BITS,)},
                       bytes_at={b: layer_bytes(m, b, config.block_size, config.symmetric_4bit)
                                 for b in bit_candidates(n, m, config.pinned) + (FP_BITS,)},
                       candidates=bit_candidates(n, m, config.pinned), pinned=n in config.pinned)
             for n, m in layers.items()]
    allocate_bits(plans, fp_bytes=model_param_bytes(model), size_ratio=config.size_ratio, avg_bits=config.avg_bits,
                  exact_max_layers=0)


def plan_with_bits(plan: CompressionPlan, bits: Mapping[str, int], *, solver: str = "fixed") -> CompressionPlan:
    """``plan`` with other bit widths (e.g. uniform or random baselines); sizes recomputed."""
    layers = [copy.deepcopy(lp) for lp in plan.layers]
    for lp in layers:
        b = bits.get(lp.name, lp.bits)
        if b not in lp.bytes_at:
            raise ValueError(f"layer {lp.name}: bits={b} is not one of its choices {sorted(lp.bytes_at)}")
        lp.bits = b
    out = _plan(layers, plan.fp_bytes, plan.budget, plan.budget_value, solver)
    out.objective = plan.objective
    return out


def _plan(plans, fp_bytes, budget_name, budget_value, solver) -> CompressionPlan:
    planned = fp_bytes - sum(lp.bytes_at[FP_BITS] - lp.bytes_at[lp.bits] for lp in plans)
    n = sum(lp.n_params for lp in plans)
    avg = sum(lp.n_params * lp.bits for lp in plans) / n
    return CompressionPlan(layers=plans, fp_bytes=fp_bytes, planned_bytes=planned, budget=budget_name,
                           budget_value=budget_value, solver=solver, avg_bits=avg)


def _knapsack_milp(gain: list[float], extra: list[float], room: float) -> list[int]:
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    if room <= 0:
        return []
    scale = max(extra)  # keep the constraint well conditioned
    res = milp(c=-np.asarray(gain, dtype=float), integrality=np.ones(len(gain)), bounds=Bounds(0, 1),
               constraints=LinearConstraint(np.asarray([extra], dtype=float) / scale, -np.inf, room / scale))
    if not res.success:
        raise RuntimeError(f"bit allocation MILP failed: {res.message}")
    chosen = [i for i, v in enumerate(res.x) if v > 0.5]
    # exactness: integer costs never exceed the room (guards against solver tolerances)
    while sum(extra[i] for i in chosen) > room:
        chosen.remove(min(chosen, key=lambda i: gain[i] / extra[i]))
    return chosen


def _knapsack_greedy(gain: list[float], extra: list[float], room: float) -> list[int]:
    chosen, used = [], 0.0
    for i in sorted(range(len(gain)), key=lambda i: -gain[i] / max(extra[i], 1e-12)):
        if gain[i] > 0 and used + extra[i] <= room:
            chosen.append(i)
            used += extra[i]
    return chosen
