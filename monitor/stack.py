"""Start the native Prometheus / Alertmanager / Pushgateway binaries (Debian packages).

One way to start a server, shared by the tests, ``lightwatch stack`` and ``lightwatch demo``:
loopback only, a chosen port (``0`` picks a free one), data in a chosen directory, readiness
waited for, and a clear error naming the missing binary and the command that installs it.

:func:`start_stack` starts the three together (Prometheus loading the generated rules and sending
to the Alertmanager, scraping the training ranks through ``file_sd`` and the Pushgateway);
``lightwatch stack up|down|status`` (this module's :func:`run`) keeps them running in the
background with pid files in the data directory::

    lightwatch stack up --data-dir .lightwatch/stack      # prints the URLs
    lightwatch stack status --data-dir .lightwatch/stack
    lightwatch stack down --data-dir .lightwatch/stack

Configuration files are written as JSON, which is valid YAML, so the core needs no YAML library.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from monitor.exporter import LOOPBACK, PortInUseError, free_port, validate_port

APT_PACKAGES = "prometheus prometheus-alertmanager prometheus-pushgateway"

#: binary name -> (candidates on PATH, Debian package)
BINARIES = {
    "prometheus": (("prometheus",), "prometheus"),
    "promtool": (("promtool",), "prometheus"),
    "alertmanager": (("prometheus-alertmanager", "alertmanager"), "prometheus-alertmanager"),
    "amtool": (("amtool",), "prometheus-alertmanager"),
    "pushgateway": (("prometheus-pushgateway", "pushgateway"), "prometheus-pushgateway"),
}


class MissingBinaryError(FileNotFoundError):
    """A server binary is not installed; the message says how to install it."""


class ServerStartError(RuntimeError):
    """A server exited or did not become ready; the message holds the tail of its log."""


def find_binary(name: str) -> str:
    """Absolute path of a stack binary, or :class:`MissingBinaryError` with the install command."""
    if name not in BINARIES:
        raise ValueError(f"unknown binary {name!r}; known: {sorted(BINARIES)}")
    candidates, package = BINARIES[name]
    for cand in candidates:
        path = shutil.which(cand) or (f"/usr/bin/{cand}" if os.access(f"/usr/bin/{cand}", os.X_OK) else None)
        if path:
            return path
    raise MissingBinaryError(
        f"{name} not found (looked for {', '.join(candidates)} on PATH and in /usr/bin); "
        f"install it with: sudo apt-get install {package}  (all of the stack: sudo apt-get install {APT_PACKAGES})"
    )


def wait_http_ok(url: str, timeout: float, proc: subprocess.Popen | None = None, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerStartError(f"{proc.args[0]} exited with code {proc.returncode}:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError) as exc:
            last = exc
        time.sleep(0.1)
    raise ServerStartError(f"{url} not ready after {timeout:.0f}s ({last}):\n{_tail(log)}")


def _tail(log: Path | None, n: int = 20) -> str:
    if log is None or not log.exists():
        return ""
    return "\n".join(log.read_text(errors="replace").splitlines()[-n:])


@dataclass
class ServerProcess:
    """A running server: its name, URL, process, data directory and log file."""

    name: str
    url: str
    port: int
    process: subprocess.Popen
    data_dir: Path
    log_path: Path
    extra: dict = field(default_factory=dict)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def reload(self) -> None:
        """Ask the server to re-read its configuration (SIGHUP)."""
        self.process.send_signal(signal.SIGHUP)


def _launch(name: str, args: list[str], data_dir: Path, port: int, ready_path: str, timeout: float,
            addr: str = LOOPBACK, extra: dict | None = None) -> ServerProcess:
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / f"{name}.log"
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    url = f"http://{addr}:{port}"
    try:
        wait_http_ok(url + ready_path, timeout, proc, log_path)
    except BaseException:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        raise
    return ServerProcess(name, url, port, proc, data_dir, log_path, extra or {})


def _port(port: int, addr: str) -> int:
    validate_port(port)
    return port or free_port(addr)


def prometheus_config(
    *,
    static_targets: list[str] | None = None,
    file_sd_files: list[str] | None = None,
    scrape_interval: str = "15s",
    evaluation_interval: str | None = None,
    rule_files: list[str] | None = None,
    alertmanagers: list[str] | None = None,
    job: str = "lightwatch",
    extra_scrape_configs: list[dict] | None = None,
) -> dict:
    """A Prometheus configuration (as a dict) scraping lightwatch exporters."""
    scrape = {"job_name": job, "scrape_interval": scrape_interval, "scrape_timeout": scrape_interval}
    if static_targets:
        scrape["static_configs"] = [{"targets": list(static_targets)}]
    if file_sd_files:
        scrape["file_sd_configs"] = [{"files": list(file_sd_files), "refresh_interval": "5s"}]
    cfg = {
        "global": {"scrape_interval": scrape_interval,
                   "evaluation_interval": evaluation_interval or scrape_interval},
        "scrape_configs": [scrape] + list(extra_scrape_configs or []),
    }
    if rule_files:
        cfg["rule_files"] = list(rule_files)
    if alertmanagers:
        cfg["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": list(alertmanagers)}]}]}
    return cfg


def write_config(path: Path, config: dict) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(config, indent=2))
    return path


def start_prometheus(config: dict | Path, data_dir: Path, port: int = 0, addr: str = LOOPBACK,
                     timeout: float = 30.0, extra_args: list[str] | None = None) -> ServerProcess:
    """Start ``prometheus`` with ``config`` (a dict is written to ``data_dir/prometheus.yml``)."""
    data_dir = Path(data_dir).resolve()
    config_path = (write_config(data_dir / "prometheus.yml", config) if isinstance(config, dict)
                   else Path(config).resolve())
    port = _port(port, addr)
    args = [find_binary("prometheus"), f"--config.file={config_path}", f"--storage.tsdb.path={data_dir / 'tsdb'}",
            f"--web.listen-address={addr}:{port}", "--web.enable-lifecycle", "--log.level=warn",
            *(extra_args or [])]
    return _launch("prometheus", args, data_dir, port, "/-/ready", timeout, addr, {"config": config_path})


def start_alertmanager(config: dict | Path, data_dir: Path, port: int = 0, addr: str = LOOPBACK,
                       timeout: float = 30.0) -> ServerProcess:
    """Start Alertmanager (clustering off) with ``config``."""
    data_dir = Path(data_dir).resolve()
    config_path = (write_config(data_dir / "alertmanager.yml", config) if isinstance(config, dict)
                   else Path(config).resolve())
    port = _port(port, addr)
    args = [find_binary("alertmanager"), f"--config.file={config_path}", f"--storage.path={data_dir / 'am'}",
            f"--web.listen-address={addr}:{port}", "--cluster.listen-address=", "--log.level=warn"]
    return _launch("alertmanager", args, data_dir, port, "/-/ready", timeout, addr, {"config": config_path})


#: the Pushgateway's state file inside its data directory (Debian's default is one system-wide file)
PUSHGATEWAY_STATE = "pushgateway.data"


def start_pushgateway(data_dir: Path, port: int = 0, addr: str = LOOPBACK, timeout: float = 30.0,
                      persist: bool = True) -> ServerProcess:
    """Start the Pushgateway; its pushed groups persist in ``data_dir/pushgateway.data`` (``persist=False``:
    memory only). Never the binary's default file: Debian's ``/var/lib/prometheus/pushgateway.data`` is
    shared by every gateway on the machine, so one run's pushes would reappear in every later gateway."""
    data_dir = Path(data_dir).resolve()
    port = _port(port, addr)
    state = str(data_dir / PUSHGATEWAY_STATE) if persist else ""
    args = [find_binary("pushgateway"), f"--web.listen-address={addr}:{port}", f"--persistence.file={state}",
            "--log.level=warn"]
    return _launch("pushgateway", args, data_dir, port, "/-/ready", timeout, addr)


# --------------------------------------------------------------------------- the whole stack
#: default ports of ``lightwatch stack up`` (the upstream defaults)
DEFAULT_PORTS = {"prometheus": 9090, "alertmanager": 9093, "pushgateway": 9091}
STATE_FILE = "stack.json"
PUSHGATEWAY_JOB = "pushgateway"


_DURATION = re.compile(r"^(\d+(ms|s|m|h|d|w|y))+$")


def check_duration(value: str | None, option: str) -> None:
    """``ValueError`` naming ``option`` unless ``value`` is a Prometheus duration (``None`` passes)."""
    if value is not None and not (isinstance(value, str) and _DURATION.match(value)):
        raise ValueError(f"{option}={value!r} is not a Prometheus duration such as '15s' or '1m'")


#: ``host:port`` with a DNS name, an IPv4 address or a bracketed IPv6 address
_TARGET = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):(\d{1,5})$")


def check_target(value: str, option: str) -> None:
    """``ValueError`` naming ``option`` unless ``value`` is a scrape target ``host:port`` (port 1-65535)."""
    m = _TARGET.match(value) if isinstance(value, str) else None
    if not m or not 0 < int(m.group(1)) < 65536:
        raise ValueError(f"{option} {value!r} is not a scrape target HOST:PORT such as '127.0.0.1:9400' "
                         "(a host name or IP address, a colon, a port 1-65535)")


def check_port_free(port: int, addr: str = LOOPBACK, option: str = "port") -> None:
    """:class:`PortInUseError` naming ``option`` when ``addr:port`` cannot be bound (0 always passes)."""
    validate_port(port, option)
    if port == 0:
        return
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((addr, port))
        except OSError as exc:
            raise PortInUseError(
                errno.EADDRINUSE,
                f"{option}={port}: {addr}:{port} is in use (is a stack already running? `lightwatch stack status`); "
                f"choose another port or 0 for a free one",
            ) from exc


@dataclass
class Stack:
    """The servers :func:`start_stack` started (absent components are ``None``)."""

    data_dir: Path
    targets_dir: Path
    prometheus: ServerProcess | None = None
    alertmanager: ServerProcess | None = None
    pushgateway: ServerProcess | None = None

    @property
    def servers(self) -> dict[str, ServerProcess]:
        return {name: srv for name in DEFAULT_PORTS if (srv := getattr(self, name)) is not None}

    def stop(self) -> None:
        for srv in reversed(list(self.servers.values())):
            srv.stop()


def start_stack(
    data_dir: str | os.PathLike,
    *,
    rule_files: list[str | os.PathLike] | None = None,
    alertmanager_config: dict | str | os.PathLike | None = None,
    static_targets: list[str] | None = None,
    prometheus_port: int = 0,
    alertmanager_port: int | None = 0,
    pushgateway_port: int | None = 0,
    scrape_interval: str = "15s",
    evaluation_interval: str | None = None,
    job: str = "lightwatch",
    timeout: float = 30.0,
) -> Stack:
    """Start Prometheus (+ Alertmanager, + Pushgateway) on loopback with data under ``data_dir``.

    Example::

        stack = start_stack(".lightwatch/stack", rule_files=["rules.yml"], alertmanager_config=am_dict)
        PrometheusMonitor(file_sd=stack.targets_dir)      # the training ranks register themselves
        ...
        stack.stop()

    Parameters
    ----------
    rule_files : Prometheus rule files; copied into ``data_dir/rules`` (the stack is self-contained).
    alertmanager_config : a dict or a file; ``alertmanager_port=None`` starts no Alertmanager.
    static_targets : ``host:port`` exporters scraped besides the ``data_dir/targets/*.json`` file_sd files.
    pushgateway_port : ``None`` starts no Pushgateway; otherwise it is scraped as job ``pushgateway``.
    scrape_interval, evaluation_interval : Prometheus durations (evaluation defaults to the scrape interval).

    Everything is checked (binaries, ports, rule files) before the first process starts; if a later
    server fails to start, the ones already started are stopped again.
    """
    data_dir = Path(data_dir).resolve()  # Prometheus resolves relative paths from its config's folder
    wanted = {"prometheus": prometheus_port, "alertmanager": alertmanager_port, "pushgateway": pushgateway_port}
    check_duration(scrape_interval, "scrape_interval")
    check_duration(evaluation_interval, "evaluation_interval")
    for target in static_targets or []:
        check_target(target, "static_targets")
    if alertmanager_port is not None and alertmanager_config is None:
        raise ValueError("alertmanager_config is required unless alertmanager_port=None (no Alertmanager)")
    for name, port in wanted.items():
        if port is not None:
            find_binary(name)
            check_port_free(port, LOOPBACK, f"{name}_port")
    sources = [Path(p).resolve() for p in rule_files or []]
    for path in sources:
        if not path.is_file():
            raise ValueError(f"rule_files: {str(path)!r} does not exist")
    if isinstance(alertmanager_config, (str, os.PathLike)):
        alertmanager_config = Path(alertmanager_config).resolve()
        if not alertmanager_config.is_file():
            raise ValueError(f"alertmanager_config: {str(alertmanager_config)!r} does not exist")

    data_dir.mkdir(parents=True, exist_ok=True)
    targets_dir = data_dir / "targets"
    targets_dir.mkdir(exist_ok=True)
    rules_dir = data_dir / "rules"
    if sources:
        rules_dir.mkdir(exist_ok=True)
        for old in rules_dir.glob("*"):
            old.unlink()
        for path in sources:
            shutil.copyfile(path, rules_dir / path.name)
    stack = Stack(data_dir=data_dir, targets_dir=targets_dir)
    try:
        extra = []
        if pushgateway_port is not None:
            stack.pushgateway = start_pushgateway(data_dir, port=pushgateway_port, timeout=timeout)
            extra.append({"job_name": PUSHGATEWAY_JOB, "scrape_interval": scrape_interval,
                          "static_configs": [{"targets": [stack.pushgateway.url.split("://", 1)[1]]}]})
        if alertmanager_port is not None:
            stack.alertmanager = start_alertmanager(alertmanager_config, data_dir, port=alertmanager_port,
                                                    timeout=timeout)
        port = _port(prometheus_port, LOOPBACK)
        # Prometheus scrapes itself through the same file_sd folder the training ranks use, so a
        # folder Prometheus does not watch shows up as a missing target (see verify_prometheus)
        write_config(targets_dir / SELF_TARGET_FILE, [{"targets": [f"{LOOPBACK}:{port}"], "labels": {"job": SELF_JOB}}])
        cfg = prometheus_config(
            static_targets=static_targets, file_sd_files=[str(targets_dir / "*.json")],
            scrape_interval=scrape_interval, evaluation_interval=evaluation_interval,
            rule_files=[str(rules_dir / p.name) for p in sources] or None,
            alertmanagers=[stack.alertmanager.url.split("://", 1)[1]] if stack.alertmanager else None,
            job=job, extra_scrape_configs=extra,
        )
        stack.prometheus = start_prometheus(cfg, data_dir, port=port, timeout=timeout)
        verify_prometheus(stack.prometheus.url, [rules_dir / p.name for p in sources], timeout=timeout,
                          alertmanager=stack.alertmanager is not None)
    except BaseException:
        stack.stop()
        raise
    return stack


# --------------------------------------------------------------------------- health
#: the file_sd entry through which the stack's Prometheus scrapes itself (job ``prometheus``)
SELF_TARGET_FILE = "lightwatch-stack-prometheus.json"
SELF_JOB = "prometheus"


@dataclass
class PrometheusHealth:
    """What a running Prometheus has loaded: rule groups (with their files), targets, Alertmanagers."""

    groups: list[dict]
    targets: list[dict]
    alertmanagers: list[str]

    @property
    def rule_files(self) -> set[str]:
        return {g["file"] for g in self.groups}

    @property
    def rules(self) -> int:
        return sum(len(g["rules"]) for g in self.groups)

    def targets_by_job(self) -> dict[str, tuple[int, int]]:
        """``{job: (up, total)}`` of the active targets."""
        out: dict[str, tuple[int, int]] = {}
        for t in self.targets:
            job = t["labels"].get("job", "?")
            up, total = out.get(job, (0, 0))
            out[job] = (up + (t["health"] == "up"), total + 1)
        return out

    def problems(self, rule_files: list[Path] | None = None, alertmanager: bool = False,
                 require_rules: bool = True) -> list[str]:
        """What is missing: no rule group, a rule file not loaded, the self target not discovered."""
        out = []
        if require_rules and not self.groups:
            out.append("no rule group loaded")
        missing = sorted(str(f) for f in rule_files or [] if str(f) not in self.rule_files)
        if missing:
            out.append(f"rule files not loaded: {', '.join(missing)}")
        if not any(t["labels"].get("job") == SELF_JOB for t in self.targets):
            out.append("the file_sd targets folder is not watched (Prometheus' own entry is not discovered)")
        if alertmanager and not self.alertmanagers:
            out.append("no Alertmanager discovered")
        return out


def prometheus_health(url: str, timeout: float = 5.0) -> PrometheusHealth:
    """Rule groups (``/api/v1/rules``), active targets and Alertmanagers of the Prometheus at ``url``."""
    from monitor import promql

    return PrometheusHealth(groups=promql.rule_groups(url, timeout), targets=promql.targets(url, timeout),
                            alertmanagers=[a["url"] for a in promql.alertmanagers(url, timeout)])


def verify_prometheus(url: str, rule_files: list[Path], timeout: float = 30.0, alertmanager: bool = False) -> None:
    """Wait until ``rule_files`` are loaded and the file_sd folder is watched; :class:`ServerStartError` if not."""
    deadline = time.monotonic() + timeout
    while True:
        problems = prometheus_health(url).problems(rule_files, alertmanager, require_rules=bool(rule_files))
        if not problems:
            return
        if time.monotonic() > deadline:
            raise ServerStartError(f"Prometheus at {url} started but does not watch what it should: "
                                   + "; ".join(problems))
        time.sleep(0.2)


# --------------------------------------------------------------------------- pid files and state
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


#: stack.json's format tag (a file without it, or with another shape, is not ours)
STATE_FORMAT = "lightwatch-stack/1"


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


# --------------------------------------------------------------------------- `lightwatch stack`
def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("up", "down", "status"), help="start, stop, or inspect the native stack")
    p.add_argument("--data-dir", default=".lightwatch/stack",
                   help="configs, TSDB, logs, pid files and file_sd targets (default .lightwatch/stack)")
    for name, port in DEFAULT_PORTS.items():
        p.add_argument(f"--{name}-port", type=int, default=port, help=f"{name} port on 127.0.0.1 (default {port}; "
                                                                       f"0 = a free port)")
    p.add_argument("--scrape-interval", default="15s", help="Prometheus scrape interval (default 15s)")
    p.add_argument("--evaluation-interval", default=None, help="rule evaluation interval (default: scrape interval)")
    p.add_argument("--target", action="append", default=[], metavar="HOST:PORT",
                   help="also scrape this exporter (repeatable); ranks with file_sd=DATA_DIR/targets register themselves")
    p.add_argument("--webhook-url", default=None,
                   help="Alertmanager webhook receiver URL (default: the template's http://127.0.0.1:5001/alerts)")
    p.add_argument("--group-wait", default="30s",
                   help="Alertmanager group_wait of the generated config: wait before a new group's first "
                        "notification (default 30s)")
    p.add_argument("--alertmanager-config", default=None,
                   help="use this Alertmanager config file instead of the generated template")


def _generated_files(args: argparse.Namespace) -> tuple[list[Path], dict | Path]:
    """The committed rule files and the Alertmanager config (template, or with --webhook-url)."""
    import dashboards
    from dashboards import alertmanager

    rule_files = sorted(dashboards.RULES_DIR.glob("*.yml"))
    if not rule_files:
        raise FileNotFoundError(f"no rule files in {dashboards.RULES_DIR}: run `lightwatch dashboards build`")
    if args.alertmanager_config:
        if args.webhook_url or args.group_wait != "30s":
            raise ValueError("--webhook-url and --group-wait set the generated config; "
                             "--alertmanager-config replaces it: give one or the other")
        return rule_files, Path(args.alertmanager_config)
    if args.webhook_url or args.group_wait != "30s":
        return rule_files, alertmanager.alertmanager_config(
            webhook_url=args.webhook_url or alertmanager.DEFAULT_WEBHOOK_URL, group_wait=args.group_wait)
    return rule_files, dashboards.ALERTMANAGER_FILE


def _check_up_args(args: argparse.Namespace) -> Path:
    """Every input of ``stack up`` checked before anything starts; returns the absolute data dir."""
    from monitor.cliio import input_file, output_dir

    data_dir = Path(args.data_dir)
    first_missing = data_dir  # created with its parents: check the deepest folder that exists
    while not first_missing.parent.exists() and first_missing.parent != first_missing:
        first_missing = first_missing.parent
    output_dir(data_dir if data_dir.exists() or data_dir.is_symlink() else first_missing, "--data-dir")
    data_dir = data_dir.resolve()
    check_duration(args.scrape_interval, "--scrape-interval")
    check_duration(args.evaluation_interval, "--evaluation-interval")
    check_duration(args.group_wait, "--group-wait")
    for target in args.target:
        check_target(target, "--target")
    if args.alertmanager_config:
        input_file(args.alertmanager_config, "--alertmanager-config")
    for name in DEFAULT_PORTS:
        check_port_free(getattr(args, f"{name}_port"), LOOPBACK, f"--{name}-port")
    return data_dir


def _up(args: argparse.Namespace) -> int:
    data_dir = _check_up_args(args)  # bad input and busy ports fail before anything starts
    running = {n: s for n, s in status(data_dir).items() if s["running"]}
    if running:
        raise RuntimeError(f"a stack is already running in {data_dir} ({', '.join(running)}); "
                           f"`lightwatch stack down --data-dir {args.data_dir}` first")
    rule_files, am_config = _generated_files(args)
    stack = start_stack(data_dir, rule_files=rule_files, alertmanager_config=am_config,
                        static_targets=args.target or None, prometheus_port=args.prometheus_port,
                        alertmanager_port=args.alertmanager_port, pushgateway_port=args.pushgateway_port,
                        scrape_interval=args.scrape_interval, evaluation_interval=args.evaluation_interval)
    write_state(stack)
    print(f"lightwatch stack up (data in {data_dir})")
    for name, srv in stack.servers.items():
        print(f"  {name:<13} {srv.url}  pid {srv.process.pid}  log {srv.log_path}")
    _print_health(prometheus_health(stack.prometheus.url))
    print(f"  training ranks: PrometheusMonitor(file_sd={str(stack.targets_dir)!r}) registers them")
    print(f"  stop with: lightwatch stack down --data-dir {args.data_dir}")
    return 0


def _print_health(health: PrometheusHealth) -> None:
    files = len(health.rule_files)
    print(f"  rules: {len(health.groups)} rule groups loaded from {files} files ({health.rules} rules)")
    by_job = health.targets_by_job()
    print("  targets: " + (", ".join(f"{job} {up}/{total} up" for job, (up, total) in sorted(by_job.items()))
                           or "none discovered"))
    for t in health.targets:
        if t["health"] != "up":
            print(f"    {t['labels'].get('job')} {t['scrapeUrl']}: {t['health']} {t.get('lastError') or ''}".rstrip())


def _print_status(data_dir: Path) -> int:
    servers = status(data_dir)
    if not servers:
        print(f"no stack recorded in {data_dir} (`lightwatch stack up --data-dir {data_dir}`)")
        return 1
    problems = []
    for name, info in servers.items():
        state = "ready" if info["ready"] else ("running, not ready" if info["running"] else "not running")
        if not info["ready"]:
            problems.append(f"{name} {state}")
        print(f"  {name:<13} {info['url']}  pid {info['pid']}  {state}")
    prom = servers.get("prometheus")
    if prom and prom["ready"]:
        from monitor import promql

        health = prometheus_health(prom["url"])
        _print_health(health)
        problems += health.problems(alertmanager="alertmanager" in servers)
        firing = [a["labels"].get("alertname") for a in promql.alerts(prom["url"]) if a.get("state") == "firing"]
        print(f"  alerts firing: {', '.join(firing) or 'none'}")
    if problems:
        print(f"unhealthy: {'; '.join(problems)}")
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    """``lightwatch stack up|down|status``."""
    data_dir = Path(args.data_dir)
    if args.action == "up":
        return _up(args)
    if args.action == "down":
        stopped = stop_recorded(data_dir)
        print(f"stopped: {', '.join(stopped)}" if stopped else f"no stack running in {data_dir}")
        return 0
    return _print_status(data_dir)
