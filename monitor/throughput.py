"""Throughput maths, framework-free: samples/s, tokens/s, FLOP/s, MFU, the per-rank share, and the
:class:`WindowRecord` every consumer of the monitor's throughput reads (one definition of samples/s).

Lightning's ThroughputMonitor divides by the world size to get per-device figures; that is wrong
as soon as tensor- or pipeline-parallel ranks work on the *same* samples. Here a rank's share of a
batch is ``batch / replication`` where ``replication = world_size / data_parallel_size`` is the
number of ranks that see the same sample, so ``sum over ranks`` is the true global count.
"""

from __future__ import annotations

from dataclasses import dataclass


def replication_factor(world_size: int, data_parallel_size: int | None) -> int:
    """Ranks that process the same sample (tensor x pipeline x context parallel degree)."""
    if world_size < 1:
        raise ValueError(f"world_size must be >= 1, got {world_size}")
    if data_parallel_size is None:
        return 1
    if data_parallel_size < 1 or world_size % data_parallel_size:
        raise ValueError(
            f"data_parallel_size={data_parallel_size} must be >= 1 and divide world_size={world_size}"
        )
    return world_size // data_parallel_size


def rank_share(batch_items: float, world_size: int, data_parallel_size: int | None) -> float:
    """This rank's share of a batch it processed (samples or tokens)."""
    return batch_items / replication_factor(world_size, data_parallel_size)


@dataclass
class WindowRates:
    """Rates over one read window (between two metric reads)."""

    seconds: float
    samples_per_second: float
    tokens_per_second: float | None
    flops_per_second: float | None
    mfu: float | None


def window_rates(
    samples: float,
    seconds: float,
    tokens: float | None = None,
    flops_per_sample: float | None = None,
    peak_flops: float | None = None,
) -> WindowRates:
    """Rates for ``samples`` (this rank's share) processed in ``seconds`` of wall time.

    ``flops_per_sample`` counts forward + backward FLOPs of one sample for the whole model; this
    rank's achieved FLOP/s is then ``samples/s * flops_per_sample`` because the share already
    divides the sample between the ranks that computed it. MFU = achieved / ``peak_flops`` (the
    device's peak for the training dtype), as in PaLM (Chowdhery et al. 2022, appendix B).
    """
    if seconds <= 0:
        raise ValueError(f"seconds must be > 0, got {seconds}")
    sps = samples / seconds
    tps = None if tokens is None else tokens / seconds
    fps = None if flops_per_sample is None else sps * flops_per_sample
    mfu = None if (fps is None or not peak_flops) else fps / peak_flops
    return WindowRates(seconds, sps, tps, fps, mfu)


@dataclass(frozen=True)
class WindowRecord:
    """One monitor window (``log_every_n_steps`` batches, or the partial window at teardown).

    The one throughput of a run: the monitor publishes :attr:`samples_per_second` as
    ``lightwatch_samples_per_second`` (the gauge the training dashboard draws) and hands the same
    record to its listeners (``PrometheusMonitor.subscribe``), e.g. the anomaly detector.
    """

    global_step: int  # trainer.global_step at the window's end
    timestamp: float  # time.time() at the window's end
    seconds: float  # wall seconds the window covered (validation and checkpoint pauses included)
    pause_seconds: float  # of which validation loops and checkpoint writes
    samples: float  # this rank's share of samples in the window
    batches: int  # batches in the window

    @property
    def samples_per_second(self) -> float:
        """``samples / seconds``; 0.0 for a window without duration."""
        return self.samples / self.seconds if self.seconds > 0 else 0.0


def slowdown_sleep(step_seconds: float, fraction: float) -> float:
    """Sleep to add to a step of ``step_seconds`` so throughput drops by ``fraction`` (0 <= f < 1).

    Throughput is 1/t; a drop by f needs t' = t / (1 - f), i.e. a sleep of t * f / (1 - f).
    """
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"slowdown fraction must be in [0, 1), got {fraction}")
    return step_seconds * fraction / (1.0 - fraction)
