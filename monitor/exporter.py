"""The per-process ``/metrics`` exporter.

Multi-process model: **one HTTP server per training process, on ``port + local_rank``**. Each rank
serves its own registry, so nothing is shared between processes (no multiprocess directory,
no lock files, gauges keep their meaning) and Prometheus tells ranks apart by the ``rank``
label every lightwatch metric carries. Prometheus finds the ranks through a ``file_sd`` targets
file each rank writes (``file_sd=`` a directory or a path with ``{rank}``), removed again on a
clean teardown so a finished job's targets disappear and a crashed job's targets go ``up == 0``.
Short jobs can also push their last values to a Pushgateway on teardown.

Usage::

    exporter = MetricsExporter(port=9400, local_rank=0, registry=registry)
    exporter.start()          # serves http://127.0.0.1:9400/metrics
    ...
    exporter.stop()

The server binds to 127.0.0.1 unless ``addr`` says otherwise; with ``certfile``/``keyfile`` it
serves HTTPS (prometheus_client's TLS support).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import tempfile
import threading
from pathlib import Path

from prometheus_client import CollectorRegistry, push_to_gateway, start_http_server

from monitor import metrics as M
from monitor.eventlog import log_event

DEFAULT_PORT = 9400
LOOPBACK = "127.0.0.1"
_PORT_SEARCH = 200  # ports tried after the requested one when next_free_port=True


class PortInUseError(OSError):
    """The exporter's port is taken; the message names it and how to pick another."""


def validate_port(port: object, name: str = "port") -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise ValueError(f"{name}={port!r} is not a valid TCP port: give an int in 0..65535 (0 picks a free port)")
    return port


def free_port(addr: str = LOOPBACK) -> int:
    """A port that was free a moment ago on ``addr`` (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((addr, 0))
        return s.getsockname()[1]


def _check_writable_target(path: Path) -> None:
    parent = path.parent
    if not parent.exists():
        raise ValueError(f"file_sd={str(path)!r}: directory {str(parent)!r} does not exist")
    if not os.access(parent, os.W_OK):
        raise ValueError(f"file_sd={str(path)!r}: directory {str(parent)!r} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise ValueError(f"file_sd={str(path)!r}: file exists and is not writable")


class MetricsExporter:
    """Serve a registry on ``addr:(port + local_rank)``; optionally write file_sd / push on stop.

    Parameters
    ----------
    port : base port (default 9400); rank ``r`` serves ``port + r``. ``0`` picks a free port.
    addr : bind address; loopback by default. Binding elsewhere is explicit.
    registry : the registry to serve (default: lightwatch's ``monitor.metrics.REGISTRY``).
    local_rank : this process's rank on its node.
    rank : global rank, used in the file_sd labels and the Pushgateway grouping key.
    run : run name, ditto.
    next_free_port : when the port is taken, try the following ones instead of failing.
    file_sd : a directory (writes ``<dir>/lightwatch-<run>-rank<rank>.json``) or a file path
        (``{rank}`` is replaced by the global rank) for Prometheus ``file_sd_configs``.
    pushgateway : Pushgateway address (``host:port`` or URL) to push to on :meth:`stop`.
    certfile, keyfile : serve HTTPS with this certificate and key.
    """

    def __init__(
        self,
        port: int = DEFAULT_PORT,
        addr: str = LOOPBACK,
        registry: CollectorRegistry | None = None,
        local_rank: int = 0,
        rank: int = 0,
        run: str = "default",
        next_free_port: bool = False,
        file_sd: str | os.PathLike | None = None,
        pushgateway: str | None = None,
        job: str = "lightwatch",
        certfile: str | None = None,
        keyfile: str | None = None,
    ) -> None:
        validate_port(port)
        if port and port + local_rank > 65535:
            raise ValueError(f"port={port} + local_rank={local_rank} exceeds 65535; choose a lower port")
        if not addr or not isinstance(addr, str):
            raise ValueError(f"addr={addr!r} must be a host address such as '127.0.0.1'")
        if bool(certfile) != bool(keyfile):
            raise ValueError("TLS needs both certfile and keyfile (got only one)")
        for name, path in (("certfile", certfile), ("keyfile", keyfile)):
            if path and not Path(path).is_file():
                raise ValueError(f"{name}={path!r} does not exist")
        self.base_port = port
        self.addr = addr
        self.registry = M.REGISTRY if registry is None else registry
        self.local_rank = local_rank
        self.rank = rank
        self.run = run
        self.next_free_port = next_free_port
        self.pushgateway = pushgateway
        self.job = job
        self.certfile = certfile
        self.keyfile = keyfile
        self.file_sd_path = self._resolve_file_sd(file_sd)
        self.port: int | None = None
        self._server = None
        self._thread: threading.Thread | None = None

    def _resolve_file_sd(self, file_sd) -> Path | None:
        if file_sd is None:
            return None
        path = Path(os.fspath(file_sd))
        if path.is_dir():
            path = path / f"lightwatch-{self.run}-rank{self.rank}.json"
        else:
            path = Path(str(path).replace("{rank}", str(self.rank)))
        _check_writable_target(path)
        return path

    @property
    def url(self) -> str:
        if self.port is None:
            raise RuntimeError("exporter is not started")
        scheme = "https" if self.certfile else "http"
        host = f"[{self.addr}]" if ":" in self.addr else self.addr
        return f"{scheme}://{host}:{self.port}/metrics"

    @property
    def target(self) -> str:
        """``host:port`` as Prometheus scrapes it."""
        return self.url.split("://", 1)[1].rsplit("/metrics", 1)[0]

    def start(self) -> "MetricsExporter":
        if self._server is not None:
            return self
        wanted = self.base_port + self.local_rank if self.base_port else 0
        candidates = [wanted]
        if wanted and self.next_free_port:
            candidates += [p for p in range(wanted + 1, wanted + 1 + _PORT_SEARCH) if p <= 65535]
        last_error: OSError | None = None
        for port in candidates:
            try:
                self._server, self._thread = start_http_server(
                    port, addr=self.addr, registry=self.registry, certfile=self.certfile, keyfile=self.keyfile
                )
            except OSError as exc:
                if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
                    raise
                last_error = exc
                continue
            self.port = self._server.server_port
            break
        if self._server is None:
            hint = "" if self.next_free_port else " or next_free_port=True (--next-free-port)"
            raise PortInUseError(
                errno.EADDRINUSE,
                f"metrics port {wanted} on {self.addr} is in use or not permitted"
                f" (rank {self.local_rank} serves port+local_rank): pass port=<another base port> (--port),"
                f" port=0 for a free one{hint}",
            ) from last_error
        if port != wanted:
            log_event("exporter_port_changed", level=logging.WARNING, requested=wanted, port=self.port)
        log_event("exporter_started", url=self.url, rank=self.rank, run=self.run)
        if self.file_sd_path is not None:
            self._write_file_sd()
        return self

    def _write_file_sd(self) -> None:
        content = [{"targets": [self.target], "labels": {"job": self.job}}]
        path = self.file_sd_path
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lightwatch-", suffix=".tmp")
        with os.fdopen(fd, "w") as fh:
            json.dump(content, fh)
        os.replace(tmp, path)  # atomic: Prometheus never reads a half-written file

    def push(self) -> bool:
        """Push the registry to the Pushgateway (if configured). Never raises; returns success."""
        if not self.pushgateway:
            return False
        try:
            push_to_gateway(
                self.pushgateway, job=self.job, registry=self.registry,
                grouping_key={"run": self.run, "rank": str(self.rank)}, timeout=5,
            )
            return True
        except Exception as exc:  # a missing gateway must never fail the training job
            log_event("pushgateway_failed", level=logging.WARNING, gateway=self.pushgateway, error=str(exc))
            return False

    def stop(self, push: bool = True) -> None:
        if push:
            self.push()
        if self.file_sd_path is not None:
            try:
                self.file_sd_path.unlink()
            except FileNotFoundError:
                pass
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._server = None
            self._thread = None

    def __enter__(self) -> "MetricsExporter":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
