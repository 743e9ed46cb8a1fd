"""Health of a multi-process run: stragglers and lost peers.

* :class:`StragglerDetector` flags a rank whose compute time stays above its group's median;
  :func:`interval_check` feeds it (and the balance gauges) every ``check_every_n_steps`` steps.
* :class:`PeerLostError` is the one documented error every surviving rank raises when a collective
  fails because another rank died (or stalled past the process-group timeout). Raised by
  ``ThreeDParallelStrategy``, ``CompressedDDPStrategy`` (every compression hook) and
  ``DPSPrecision`` under DDP, through :func:`peer_failure`.
* :class:`PeerDirectory`: who is who (host and process id of every rank, exchanged once at setup),
  so a survivor can name the rank it lost: a peer on its host whose process is gone and that did
  not report the failure itself (survivors leave a marker file before they stop). Ranks on other
  hosts cannot be checked; the error then says so.
"""

from __future__ import annotations

import logging
import os
import socket
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Mapping

import torch
import torch.distributed as dist

from monitor import metrics as M
from monitor.eventlog import log_event

if TYPE_CHECKING:
    from lightning_plugins.parallel.strategy import ThreeDParallelStrategy

# substrings of the errors gloo / NCCL raise when a peer process is gone or stalled
PEER_FAILURE_MARKERS = ("connection", "peer", "timed out", "timeout", "broken pipe", "socket", "gloo", "nccl",
                        "closed", "reset", "abort")


class StragglerDetector:
    """Flags a rank whose step compute time exceeds ``factor`` x its data-parallel group's median
    for ``patience`` consecutive checks; one slow check (a one-off stall) resets nothing else.

    Framework-free: feed it the relative time of each check.

    >>> d = StragglerDetector(factor=1.5, patience=2)
    >>> [d.update(r) for r in (1.0, 3.0, 1.0, 3.0, 3.0)]
    [False, False, False, False, True]
    """

    def __init__(self, *, factor: float = 1.5, patience: int = 2) -> None:
        if not factor > 1.0:
            raise ValueError(f"straggler_factor={factor!r} must be > 1.0")
        if isinstance(patience, bool) or not isinstance(patience, int) or patience < 1:
            raise ValueError(f"straggler_patience={patience!r} must be an int >= 1")
        self.factor, self.patience = factor, patience
        self.strikes = 0
        self.flagged = False
        self.checks = 0

    def update(self, relative: float) -> bool:
        self.checks += 1
        self.strikes = self.strikes + 1 if relative > self.factor else 0
        self.flagged = self.strikes >= self.patience
        return self.flagged

    def state_dict(self) -> dict:
        return {"strikes": self.strikes, "flagged": self.flagged, "checks": self.checks}

    def load_state_dict(self, state: Mapping) -> None:
        self.strikes, self.flagged, self.checks = int(state["strikes"]), bool(state["flagged"]), int(state["checks"])


def interval_check(strategy: "ThreeDParallelStrategy") -> None:
    """The 3D strategy's check every ``check_every_n_steps`` steps: one all_gather of per-rank (median
    compute, mean step, mean dp wait, mean compute); sets the straggler, imbalance, bubble and
    exposed-communication gauges and ``strategy.last_check``, and logs straggler changes."""
    steps, compute, waits = zip(*strategy._window)
    strategy._window = []
    mine = torch.tensor([statistics.median(compute), statistics.fmean(steps), statistics.fmean(waits),
                         statistics.fmean(compute)], dtype=torch.float64)
    gathered = [torch.zeros_like(mine) for _ in range(strategy.world_size)]
    dist.all_gather(gathered, mine)
    table = torch.stack(gathered)  # (world, 4)
    dp_ranks = dist.get_process_group_ranks(strategy.device_mesh["dp"].get_group())
    pp_ranks = dist.get_process_group_ranks(strategy.device_mesh["pp"].get_group())
    group_median = statistics.median(table[dp_ranks, 0].tolist())
    relative = float(mine[0]) / group_median if group_median > 0 else 1.0
    was = strategy.straggler.flagged
    flagged = strategy.straggler.update(relative) if len(dp_ranks) > 1 else False
    stage_times = table[pp_ranks, 3]
    imbalance = float(stage_times.max() / stage_times.mean()) if float(stage_times.mean()) > 0 else 1.0
    step_mean = float(mine[1])
    idle = max(0.0, step_mean - float(mine[3]) - float(mine[2]))
    bubble = idle / step_mean if strategy.pipeline_parallel_size > 1 and step_mean > 0 else 0.0
    exposed = float(mine[2]) / step_mean if step_mean > 0 else 0.0
    m = strategy._metrics
    m(M.STEP_TIME_RELATIVE).set(relative)
    m(M.STRAGGLER).set(1 if flagged else 0)
    m(M.STAGE_IMBALANCE).set(imbalance)
    m(M.PIPELINE_BUBBLE, kind="measured").set(bubble)
    if not strategy._hook_reports_comm():  # else the hook sets it every step: one writer per gauge
        m(M.EXPOSED_COMM).set(exposed)
    strategy.last_check = {"step": strategy._steps, "relative": relative, "flagged": flagged, "imbalance": imbalance,
                           "bubble": bubble, "exposed_comm": exposed, "step_seconds": step_mean,
                           "compute_seconds": float(mine[3]), "stage_seconds": stage_times.tolist()}
    if flagged and not was:
        log_event("straggler_flagged", level=logging.WARNING, rank=strategy.global_rank, step=strategy._steps,
                  relative=round(relative, 3), factor=strategy.straggler.factor, checks=strategy.straggler.strikes,
                  **strategy._coords)
    elif was and not flagged:
        log_event("straggler_cleared", rank=strategy.global_rank, step=strategy._steps, relative=round(relative, 3))


class PeerLostError(RuntimeError):
    """A collective failed because another rank died or stalled past the timeout.

    ``rank``: this rank; ``lost_ranks``: the ranks found gone (empty when none could be identified:
    a stalled rank, or one on another host); ``phase``: what this rank was doing.
    """

    def __init__(self, message: str, *, rank: int = 0, lost_ranks: tuple[int, ...] = (), phase: str = "") -> None:
        super().__init__(message)
        self.rank, self.lost_ranks, self.phase = rank, tuple(lost_ranks), phase


def _process_gone(pid: int) -> bool:
    """True when ``pid`` has exited (gone, or a zombie its parent has not reaped yet)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat[stat.rindex(")") + 2] in "ZXx"
    except FileNotFoundError:
        return True
    except OSError:  # no procfs: ask the kernel (a zombie counts as alive here)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


class PeerDirectory:
    """Host and process id of every rank of the default process group, exchanged once.

    :meth:`exchange` is a collective (one ``all_gather_object``): call it on every rank at the same
    point of setup. :meth:`lost_ranks` needs no collective (the group may be broken by then).
    """

    _current: "PeerDirectory | None" = None

    def __init__(self, rank: int, peers: list[tuple[str, int]], token: str) -> None:
        self.rank, self.peers = rank, peers
        self.marker_dir = Path(tempfile.gettempdir()) / f"lightwatch-peers-{token}"

    @classmethod
    def exchange(cls) -> "PeerDirectory | None":
        """The directory of this run (a collective the first time; cached for the process group)."""
        if not (dist.is_available() and dist.is_initialized()) or dist.get_world_size() < 2:
            return None
        current = cls._current
        if current is not None and current.group_id == id(dist.group.WORLD):
            return current
        mine = (socket.gethostname(), os.getpid(), uuid.uuid4().hex)
        everyone: list = [None] * dist.get_world_size()
        dist.all_gather_object(everyone, mine)
        directory = cls(dist.get_rank(), [(host, int(pid)) for host, pid, _ in everyone], everyone[0][2])
        directory.group_id = id(dist.group.WORLD)
        cls._current = directory
        return directory

    def mark_failed_here(self) -> None:
        """Leave a marker: this rank saw the failure and stops (it is a survivor, not the lost rank)."""
        try:
            self.marker_dir.mkdir(exist_ok=True)
            (self.marker_dir / str(self.rank)).touch()
        except OSError:
            pass

    def lost_ranks(self, settle_s: float = 5.0) -> tuple[list[int], int]:
        """(ranks on this host whose process is gone without a survivor's marker, ranks on other hosts).

        A killed process closes its sockets before the kernel marks it exited, so a survivor can see
        the broken connection first: when no lost peer shows yet, look again for up to ``settle_s``.
        """
        deadline = time.monotonic() + settle_s
        while True:
            lost, remote, local = self._scan()
            if lost or not local or time.monotonic() >= deadline:
                return lost, remote
            time.sleep(0.05)

    def _scan(self) -> tuple[list[int], int, int]:
        host = socket.gethostname()
        lost, remote, local = [], 0, 0
        for rank, (peer_host, pid) in enumerate(self.peers):
            if rank == self.rank:
                continue
            if peer_host != host:
                remote += 1
                continue
            local += 1
            if _process_gone(pid) and not (self.marker_dir / str(rank)).exists():
                lost.append(rank)
        return lost, remote, local


def peer_failure_cause(exc: BaseException) -> BaseException | None:
    """The error in ``exc``'s chain that says a collective failed on a gone or stalled peer, or None.

    Wrappers re-raise without the text (the pipeline's "Failed to run stage backward"), so the
    chain (``__cause__`` / ``__context__``) is searched too.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        text = str(exc).lower()
        if isinstance(exc, RuntimeError) and any(marker in text for marker in PEER_FAILURE_MARKERS):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


@contextmanager
def peer_failure(owner: str, *, rank: int, phase: str, steps: int, timeout_s: float | None = None,
                 where: str = "") -> Iterator[None]:
    """Turn a collective that failed on a lost peer into :class:`PeerLostError` naming the lost rank.

    ``owner`` names the strategy or plugin, ``where`` this rank's coordinates (e.g. ``"(pp=0, dp=1, tp=0)"``).
    Other errors pass through unchanged.
    """
    try:
        yield
    except PeerLostError:
        raise
    except RuntimeError as exc:
        cause = peer_failure_cause(exc)
        if cause is None:
            raise
        raise peer_lost_error(owner, cause, rank=rank, phase=phase, steps=steps, timeout_s=timeout_s,
                              where=where) from exc


def peer_lost_error(owner: str, exc: BaseException, *, rank: int, phase: str, steps: int,
                    timeout_s: float | None = None, where: str = "") -> PeerLostError:
    """The :class:`PeerLostError` for ``exc``; logs one ``peer_lost`` event."""
    directory = PeerDirectory._current
    if directory is not None:
        directory.mark_failed_here()  # first: a survivor that stops is never taken for the lost rank
    lost, remote = ([], 0) if directory is None else directory.lost_ranks()
    if lost:
        who = f"rank {lost[0]}" if len(lost) == 1 else "ranks " + ", ".join(map(str, lost))
        what = f"lost {who} (its process is gone)"
    elif remote:
        what = "lost a peer (none on this host is gone: a rank on another host, or one that stalled)"
    else:
        what = "lost a peer (no peer process is gone: a rank stalled)"
    limit = f" or stalled past the {timeout_s:.0f}s timeout" if timeout_s else ""
    message = (f"{owner}: rank {rank}{(' ' + where) if where else ''} {what} during {phase} after {steps} steps: "
               f"another rank died{limit}; this rank stops too. Cause: {type(exc).__name__}: {str(exc)[:300]}")
    log_event("peer_lost", level=logging.ERROR, rank=rank, lost_ranks=lost, phase=phase, steps=steps, owner=owner)
    return PeerLostError(message, rank=rank, lost_ranks=tuple(lost), phase=phase)
