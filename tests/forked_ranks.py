"""Rank processes for the multi-process tests, forked from one process that has imported torch and
Lightning already (a ``multiprocessing`` "forkserver" with preloaded modules).

Why: on the 2-core CI machine a fresh ``python`` costs ~7 s of CPU to import pytorch_lightning
(``import torch`` alone 2.6 s), and every rank of every launch paid it: the 8-rank mesh launch spent
about a minute of CPU on imports alone. Here the imports happen once per test process; each rank is
a ``fork()`` of that preloaded server, so it starts in milliseconds.

What a rank sees is what a freshly started ``python`` rank saw: the environment it is given (the
whole of it, as ``subprocess.Popen(env=...)`` would), its working directory, stdout / stderr as
real file descriptors 1 / 2 (a per-rank log, or the test process's own streams), ``tempfile``
reading ``TMPDIR`` afresh, one torch thread, and torch / numpy global generators drawn from fresh
entropy (a fresh process seeds them so; forks of one server would otherwise share one state). It is
a real process: killing it (SIGKILL) kills it, its exit code is the test's (``-9`` for SIGKILL), and
its death closes its sockets exactly as before.

Fork safety: the server is a fresh interpreter that only imports (no torch op has run in it, so no
OpenMP / intra-op / gloo threads exist to be lost by ``fork()``); it is started with
``OMP_NUM_THREADS=1`` so OpenMP initialises with one thread, and every rank calls
``torch.set_num_threads(1)`` before anything initialises ``torch.distributed``.

The user's launch path (``torchrun`` starting fresh interpreters) is covered by
tests/test_multinode.py (two real torchrun launchers), tests/test_lightning_paths.py and the demo
CLI tests; they keep starting fresh processes.
"""

from __future__ import annotations

import atexit
import importlib
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing import forkserver, reduction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: imported once by the fork server (a module that fails to import is skipped by multiprocessing:
#: the ranks would then import it themselves, slower but the same)
PRELOAD = ["torch", "torch.distributed", "numpy", "pytorch_lightning", "lightning_plugins",
           "lightning_plugins.precision_tasks", "monitor", "monitor.data_quality", "tests.parallel_worker"]

_lock = threading.Lock()
_started = False


def context() -> multiprocessing.context.BaseContext:
    """The "forkserver" context, its server started (once per test process) with the modules preloaded."""
    global _started
    ctx = multiprocessing.get_context("forkserver")
    with _lock:
        if not _started:
            ctx.set_forkserver_preload(PRELOAD)
            saved = os.environ.get("OMP_NUM_THREADS")
            os.environ["OMP_NUM_THREADS"] = "1"  # the server's OpenMP runtime reads it at load time
            try:
                forkserver.ensure_running()
            finally:
                if saved is None:
                    del os.environ["OMP_NUM_THREADS"]
                else:
                    os.environ["OMP_NUM_THREADS"] = saved
            # stop and reap the server at exit: its CPU (and its ranks') is then counted as this
            # process's children's, as the ranks' was when they were this process's own children
            # (``_stop`` is CPython's own, used by its test suite: 3.8 to 3.13 at least)
            stop = getattr(forkserver._forkserver, "_stop", None)
            if stop is not None:
                atexit.register(stop)
            _started = True
    return ctx


def _as_fresh_process(stdout, stderr, env: dict | None, cwd: str | None) -> None:
    """In a forked rank, before anything else: what a freshly started interpreter would have."""
    sys.stdout.flush()
    sys.stderr.flush()
    for target, wrapped in ((1, stdout), (2, stderr)):
        fd = wrapped.detach()
        os.dup2(fd, target)
        os.close(fd)
    if env is not None:
        os.environ.clear()
        os.environ.update(env)
    if cwd is not None:
        os.chdir(cwd)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again
    import numpy as np
    import torch

    torch.set_num_threads(1)
    torch.seed()  # a fresh process seeds torch's global generator from entropy
    np.random.seed()


def _run_rank(stdout, stderr, env: dict | None, cwd: str | None, fn: str, args) -> None:
    """Process target: become a fresh rank, then ``sys.exit(main(args))`` for ``fn`` = "module:main"
    (imported here, in the rank: preloaded by the server, so the launching process need not import it)."""
    _as_fresh_process(stdout, stderr, env, cwd)
    module, name = fn.split(":")
    sys.exit(getattr(importlib.import_module(module), name)(args))


class _Fd:
    """A file descriptor that travels to a forkserver child (``reduction.DupFd`` at pickling time)."""

    def __init__(self, fd: int):
        self.fd = fd

    def __reduce__(self):
        return _identity, (reduction.DupFd(self.fd),)


def _identity(x):
    return x


class Rank:
    """One rank: like ``subprocess.Popen([sys.executable, script, *args], env=env, cwd=cwd,
    stdout=stdout or DEVNULL, stderr=log)`` where the script runs ``sys.exit(main(args))`` and
    ``fn`` names that ``main`` as "module:main"."""

    def __init__(self, fn: str, args: list, *, env: dict, cwd: Path, log, stdout=None):
        with open(os.devnull, "w") as devnull:
            out = devnull if stdout is None else stdout
            self.process = context().Process(target=_run_rank,
                                             args=(_Fd(out.fileno()), _Fd(log.fileno()), env, str(cwd), fn,
                                                   list(args)))
            self.process.start()
        self.pid = self.process.pid

    def poll(self) -> int | None:
        return self.process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self.process.join(timeout)
        code = self.process.exitcode
        if code is None:
            raise subprocess.TimeoutExpired(f"rank pid {self.pid}", timeout)
        return code

    def kill(self) -> None:
        self.process.kill()


def wait_all(ranks: list, timeout: float, t0: float | None = None) -> list[int]:
    """Exit codes of ``ranks`` in order; all must end within ``timeout`` s of ``t0`` (else
    ``subprocess.TimeoutExpired``). Whatever happens, no rank outlives this call (SIGKILL, reaped)."""
    t0 = time.monotonic() if t0 is None else t0
    codes = []
    try:
        for r in ranks:
            remaining = max(1.0, timeout - (time.monotonic() - t0))
            codes.append(r.wait(timeout=remaining))
    finally:
        for r in ranks:
            if r.poll() is None:
                r.kill()
                r.wait()
    return codes


def torchrun_env(rank: int, world: int, master_port: int, base: dict | None = None, **extra) -> dict:
    """Rank ``rank``'s environment as torchrun gives it on one node (MASTER_ADDR / MASTER_PORT, RANK, LOCAL_RANK,
    WORLD_SIZE, NODE_RANK), OMP_NUM_THREADS=1 and ROOT first on PYTHONPATH, over ``base`` (this process's
    environment if None) and ``extra``."""
    base = dict(os.environ if base is None else base)
    return dict(base, MASTER_ADDR="127.0.0.1", MASTER_PORT=str(master_port), WORLD_SIZE=str(world), RANK=str(rank),
                LOCAL_RANK=str(rank), NODE_RANK="0", OMP_NUM_THREADS="1",
                PYTHONPATH=str(ROOT) + os.pathsep + base.get("PYTHONPATH", ""), **extra)


def torchrun_ranks(fn: str, args: list, world: int, logdir: Path, *, cwd: Path = ROOT,
                   env: dict | None = None) -> tuple[list[Rank], list]:
    """``world`` ranks of ``fn`` ("module:main") on one node with torchrun's environment (:func:`torchrun_env` over
    ``env`` or this process's environment), each rank's stdout and stderr in ``logdir/rank<r>.log``. Returns the
    ranks and their open logs (:func:`read_logs`)."""
    from monitor.exporter import free_port

    logdir.mkdir(parents=True, exist_ok=True)
    master_port = free_port()
    ranks, logs = [], []
    for rank in range(world):
        logs.append(open(logdir / f"rank{rank}.log", "a+"))  # O_APPEND: reading it never moves a rank's writes
        ranks.append(Rank(fn, args, env=torchrun_env(rank, world, master_port, env), cwd=cwd, log=logs[-1],
                          stdout=logs[-1]))
    return ranks, logs


def read_logs(logs: list, tail: int = 4000) -> str:
    """The last ``tail`` characters of each rank's log, one section per rank."""
    parts = []
    for rank, log in enumerate(logs):
        log.flush()
        log.seek(0)
        parts.append(f"--- rank {rank} ---\n{log.read()[-tail:]}")
    return "\n".join(parts)
