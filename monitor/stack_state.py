"""The record of a stack started in the background: ``stack.json`` and ``<name>.pid`` in its data dir.

``lightwatch stack up`` writes it (:func:`write_state`), ``down`` stops what it names
(:func:`stop_recorded`: only processes whose pid still belongs to the recorded binary), and
``status`` reads it (:func:`status`). A corrupt or foreign ``stack.json`` is a ``ValueError``
naming the file; nothing is stopped or overwritten because of it.

Usage::

    from monitor import stack, stack_state
    st = stack.start_stack(data_dir, ...)
    stack_state.write_state(st)
    stack_state.status(data_dir)         # {name: {pid, url, running, ready, ...}}
    stack_state.stop_recorded(data_dir)  # ["prometheus", "alertmanager", "pushgateway"]
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

from monitor.stack import DEFAULT_PORTS, SELF_TARGET_FILE, ServerStartError, Stack, wait_http_ok

STATE_FILE = "stack.json"
#: stack.json's format tag, for later format changes (files of older versions lack it and still read:
#: read_state judges the shape)
STATE_FORMAT = "lightwatch-stack/1"


def _pid_alive(pid: int, binary: str) -> bool:
    """Whether ``pid`` runs and is ``binary`` (a reused pid of another program does not count)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
    except OSError:
        return False
    return os.path.basename(cmdline) == os.path.basename(binary)


def write_state(stack: Stack) -> Path:
    """Record pids, ports and URLs in ``data_dir/stack.json`` and ``<name>.pid`` files (atomically)."""
    from monitor.cliio import atomic_write

    state = {"format": STATE_FORMAT, "data_dir": str(stack.data_dir), "targets_dir": str(stack.targets_dir),
             "servers": {}}
    for name, srv in stack.servers.items():
        with atomic_write(stack.data_dir / f"{name}.pid") as fh:
            fh.write(f"{srv.process.pid}\n")
        state["servers"][name] = {"pid": srv.process.pid, "binary": srv.process.args[0], "url": srv.url,
                                  "port": srv.port, "log": str(srv.log_path)}
    path = stack.data_dir / STATE_FILE
    with atomic_write(path) as fh:
        fh.write(json.dumps(state, indent=2))
    return path


def read_state(data_dir: str | os.PathLike) -> dict | None:
    """The recorded stack of ``data_dir`` (``None`` when none is recorded).

    A corrupt or foreign ``stack.json`` is a ``ValueError`` naming the file: it is never guessed at,
    and nothing is stopped or overwritten because of it.
    """
    path = Path(data_dir) / STATE_FILE
    if not path.exists():
        return None
    expected = (f"{STATE_FILE} {str(path)!r} is not a lightwatch stack state file (written by `lightwatch stack up`); "
                "move it away or choose another --data-dir")
    try:
        state = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{expected} ({exc.__class__.__name__}: {exc})") from None
    servers = state.get("servers") if isinstance(state, dict) else None
    if not isinstance(servers, dict) or not all(
            name in DEFAULT_PORTS and isinstance(info, dict) and isinstance(info.get("pid"), int) and info["pid"] > 0
            and isinstance(info.get("binary"), str) and isinstance(info.get("url"), str)
            for name, info in servers.items()):
        raise ValueError(expected)
    return state


def stop_recorded(data_dir: str | os.PathLike, timeout: float = 10.0) -> list[str]:
    """Stop the servers recorded in ``data_dir`` (SIGTERM, then SIGKILL); returns the names stopped."""
    data_dir = Path(data_dir)
    state = read_state(data_dir)
    stopped = []
    if state is None:
        return stopped
    for name, info in state["servers"].items():
        pid = int(info["pid"])
        if _pid_alive(pid, info["binary"]):
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + timeout
            while _pid_alive(pid, info["binary"]) and time.monotonic() < deadline:
                time.sleep(0.1)
            if _pid_alive(pid, info["binary"]):
                os.kill(pid, signal.SIGKILL)
            stopped.append(name)
        (data_dir / f"{name}.pid").unlink(missing_ok=True)
    (Path(state.get("targets_dir") or data_dir / "targets") / SELF_TARGET_FILE).unlink(missing_ok=True)
    (data_dir / STATE_FILE).unlink()
    return stopped


def status(data_dir: str | os.PathLike) -> dict[str, dict]:
    """``{name: {pid, url, running, ready}}`` of the recorded servers (``{}`` when none is recorded)."""
    state = read_state(data_dir)
    out = {}
    for name, info in (state or {}).get("servers", {}).items():
        running = _pid_alive(int(info["pid"]), info["binary"])
        ready = False
        if running:
            try:
                wait_http_ok(info["url"] + "/-/ready", timeout=2.0)
                ready = True
            except ServerStartError:
                pass
        out[name] = {**info, "running": running, "ready": ready}
    return out
