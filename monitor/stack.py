"""Start, check and stop the native Prometheus / Alertmanager / Pushgateway binaries (Debian packages).

The server-process library shared by the tests, ``lightwatch stack`` (its command line is
:mod:`monitor.stack_cli`) and ``lightwatch demo``: loopback only, a chosen port (``0`` picks a free
one), data in a chosen directory, readiness waited for, and a clear error naming a missing binary
and the command that installs it. It imports no other lightwatch package (the CLI passes the
generated rule files and Alertmanager config in).

:func:`start_stack` starts the three together: Prometheus loads the rule files and sends to the
Alertmanager, and scrapes the training ranks through ``file_sd`` and the Pushgateway. Every path
in a generated config is absolute (Prometheus resolves relative ones from its config's folder),
and the stack only returns once Prometheus has loaded every rule file and watches the ``file_sd``
folder (:func:`verify_prometheus`). :mod:`monitor.stack_state` records a started stack in
``stack.json`` and ``<name>.pid`` files, to stop or inspect it from another process::

    stack = start_stack(".lightwatch/stack", rule_files=[...], alertmanager_config=cfg)
    PrometheusMonitor(file_sd=stack.targets_dir)   # the training ranks register themselves
    prometheus_health(stack.prometheus.url)        # rule groups, targets, Alertmanagers
    stack.stop()

Configuration files are written as JSON, which is valid YAML, so the core needs no YAML library.

Size: over 500 lines since session 17 (a start on a picked port retried when another process took it): one
library for three servers and the stack they make, whose checks (binaries, ports, inputs, readiness, rules
loaded, file_sd watched) must run in one order; split by server the order would live in three places.
"""

from __future__ import annotations

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
from typing import Callable

from monitor.exporter import LOOPBACK, PortInUseError, free_port, validate_port
from monitor.durations import check_duration, duration_seconds

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
        time.sleep(0.05)
        if proc.poll() is not None:  # another process answered on the port this one failed to bind
            raise ServerStartError(f"{args[0]} exited with code {proc.returncode}:\n{_tail(log_path)}")
    except BaseException:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        raise
    return ServerProcess(name, url, port, proc, data_dir, log_path, extra or {})


#: tries for a server whose port the OS picked (port 0): the port is free when picked, but another process
#: can bind it before the server does (tests in parallel); such a start is retried on a fresh port
AUTO_PORT_TRIES = 3


def _on_port(port: int, addr: str, start: Callable[[int], ServerProcess]) -> ServerProcess:
    """``start(port)``; with ``port=0`` on a port picked now, retried on a new one when the server lost it
    ("address already in use" in the log tail :class:`ServerStartError` carries)."""
    validate_port(port)
    for attempt in range(1, AUTO_PORT_TRIES + 1):
        try:
            return start(port or free_port(addr))
        except ServerStartError as exc:
            if port or attempt == AUTO_PORT_TRIES or "address already in use" not in str(exc).lower():
                raise
    raise AssertionError("unreachable")


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
    binary = find_binary("prometheus")
    return _on_port(port, addr, lambda p: _launch("prometheus", [
        binary, f"--config.file={config_path}", f"--storage.tsdb.path={data_dir / 'tsdb'}",
        f"--web.listen-address={addr}:{p}", "--web.enable-lifecycle", "--log.level=warn", *(extra_args or [])],
        data_dir, p, "/-/ready", timeout, addr, {"config": config_path}))


def start_alertmanager(config: dict | Path, data_dir: Path, port: int = 0, addr: str = LOOPBACK,
                       timeout: float = 30.0) -> ServerProcess:
    """Start Alertmanager (clustering off) with ``config``."""
    data_dir = Path(data_dir).resolve()
    config_path = (write_config(data_dir / "alertmanager.yml", config) if isinstance(config, dict)
                   else Path(config).resolve())
    binary = find_binary("alertmanager")
    return _on_port(port, addr, lambda p: _launch("alertmanager", [
        binary, f"--config.file={config_path}", f"--storage.path={data_dir / 'am'}",
        f"--web.listen-address={addr}:{p}", "--cluster.listen-address=", "--log.level=warn"],
        data_dir, p, "/-/ready", timeout, addr, {"config": config_path}))


#: the Pushgateway's state file inside its data directory (Debian's default is one system-wide file)
PUSHGATEWAY_STATE = "pushgateway.data"


def start_pushgateway(data_dir: Path, port: int = 0, addr: str = LOOPBACK, timeout: float = 30.0,
                      persist: bool = True) -> ServerProcess:
    """Start the Pushgateway; its pushed groups persist in ``data_dir/pushgateway.data`` (``persist=False``:
    memory only). Never the binary's default file: Debian's ``/var/lib/prometheus/pushgateway.data`` is
    shared by every gateway on the machine, so one run's pushes would reappear in every later gateway."""
    data_dir = Path(data_dir).resolve()
    state = str(data_dir / PUSHGATEWAY_STATE) if persist else ""
    binary = find_binary("pushgateway")
    return _on_port(port, addr, lambda p: _launch("pushgateway", [
        binary, f"--web.listen-address={addr}:{p}", f"--persistence.file={state}", "--log.level=warn"],
        data_dir, p, "/-/ready", timeout, addr))


def check_alertmanager_config(path: str | os.PathLike, option: str = "alertmanager_config") -> Path:
    """``path`` once ``amtool check-config`` accepts it as an Alertmanager config; else ``ValueError``
    naming ``option``, the file and amtool's reason (broken YAML, a list, no route, ...). Reads only."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{option} {str(path)!r} does not exist or is not a file")
    out = subprocess.run([find_binary("amtool"), "check-config", str(path)], capture_output=True, text=True,
                         stdin=subprocess.DEVNULL, timeout=60)
    if out.returncode != 0:
        text = " ".join((out.stdout + " " + out.stderr).split())
        reason = text.split("FAILED:", 1)[1].split("amtool: error:")[0].strip() if "FAILED:" in text else text
        raise ValueError(f"{option} {str(path)!r} is not a valid Alertmanager config: {reason[:300]} "
                         "(see `lightwatch dashboards build` for a working one)")
    return path


def check_outside(path: Path, data_dir: Path, option: str) -> None:
    """An input may not lie in the data directory: the stack writes (and clears) files there."""
    if path == data_dir or data_dir in path.parents:
        raise ValueError(f"{option} {str(path)!r} is inside the data directory {str(data_dir)!r}, where the stack "
                         "writes its own files; keep inputs outside it")


# --------------------------------------------------------------------------- the whole stack
#: default ports of ``lightwatch stack up`` (the upstream defaults)
DEFAULT_PORTS = {"prometheus": 9090, "alertmanager": 9093, "pushgateway": 9091}
PUSHGATEWAY_JOB = "pushgateway"


#: ``host:port`` with a DNS name, an IPv4 address or a bracketed IPv6 address
_TARGET = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):(\d{1,5})$")


def check_target(value: str, option: str) -> str:
    """``value`` unless it is not a scrape target ``host:port``, port 1-65535 (``ValueError`` naming ``option``)."""
    m = _TARGET.match(value) if isinstance(value, str) else None
    if not m or not 0 < int(m.group(1)) < 65536:
        raise ValueError(f"{option} {value!r} is not a scrape target HOST:PORT such as '127.0.0.1:9400' "
                         "(a host name or IP address, a colon, a port 1-65535)")
    return value


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
        """Stop the servers, and remove Prometheus' own entry from the ``file_sd`` folder."""
        for srv in reversed(list(self.servers.values())):
            srv.stop()
        (self.targets_dir / SELF_TARGET_FILE).unlink(missing_ok=True)


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
    wait_scraped: bool = False,
    progress: Callable[[str, int], None] | None = None,
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
    wait_scraped : also wait (up to one more scrape interval) until Prometheus has scraped itself through
        the file_sd folder, so targets are known to be scraped, not only discovered.
    progress : called as ``progress(step, total)`` after each of the ``total`` steps (a server ready,
        the rules loaded and Alertmanager discovered, the self-scrape): ``lightwatch stack up``'s bar.

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
    # the user's own inputs first (a missing file is named even on a machine without the servers), then the
    # machine (binaries, ports), then what needs a binary to check (amtool check-config)
    sources = [Path(p).resolve() for p in rule_files or []]
    for path in sources:
        if not path.is_file():
            raise ValueError(f"rule_files: {str(path)!r} does not exist")
        check_outside(path, data_dir, "rule_files")
    if isinstance(alertmanager_config, (str, os.PathLike)) and alertmanager_port is not None:
        alertmanager_config = Path(alertmanager_config).resolve()
        if not alertmanager_config.is_file():
            raise ValueError(f"alertmanager_config {str(alertmanager_config)!r} does not exist or is not a file")
        check_outside(alertmanager_config, data_dir, "alertmanager_config")
    for name, port in wanted.items():
        if port is not None:
            find_binary(name)
            check_port_free(port, LOOPBACK, f"{name}_port")
    if isinstance(alertmanager_config, Path):
        check_alertmanager_config(alertmanager_config, "alertmanager_config")

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
    total = sum(port is not None for port in wanted.values()) + 1 + wait_scraped

    def step(name: str) -> None:
        if progress is not None:
            progress(name, total)

    try:
        extra = []
        if pushgateway_port is not None:
            stack.pushgateway = start_pushgateway(data_dir, port=pushgateway_port, timeout=timeout)
            step("pushgateway ready")
            extra.append({"job_name": PUSHGATEWAY_JOB, "scrape_interval": scrape_interval,
                          "static_configs": [{"targets": [stack.pushgateway.url.split("://", 1)[1]]}]})
        if alertmanager_port is not None:
            stack.alertmanager = start_alertmanager(alertmanager_config, data_dir, port=alertmanager_port,
                                                    timeout=timeout)
            step("alertmanager ready")
        cfg = prometheus_config(
            static_targets=static_targets, file_sd_files=[str(targets_dir / "*.json")],
            scrape_interval=scrape_interval, evaluation_interval=evaluation_interval,
            rule_files=[str(rules_dir / p.name) for p in sources] or None,
            alertmanagers=[stack.alertmanager.url.split("://", 1)[1]] if stack.alertmanager else None,
            job=job, extra_scrape_configs=extra,
        )

        def self_scraped(port: int) -> ServerProcess:
            # Prometheus scrapes itself through the same file_sd folder the training ranks use, so a
            # folder Prometheus does not watch shows up as a missing target (see verify_prometheus)
            write_config(targets_dir / SELF_TARGET_FILE,
                         [{"targets": [f"{LOOPBACK}:{port}"], "labels": {"job": SELF_JOB}}])
            return start_prometheus(cfg, data_dir, port=port, timeout=timeout)

        stack.prometheus = _on_port(prometheus_port, LOOPBACK, self_scraped)
        step("prometheus ready")
        # loaded first (rules, file_sd, Alertmanager), then scraped: two steps, one deadline as before
        deadline = time.monotonic() + timeout + (duration_seconds(scrape_interval) if wait_scraped else 0)
        for scraped in (False, True)[:1 + wait_scraped]:
            verify_prometheus(stack.prometheus.url, [rules_dir / p.name for p in sources],
                              timeout=deadline - time.monotonic(), alertmanager=stack.alertmanager is not None,
                              scraped=scraped)
            step("self-scrape through file_sd up" if scraped else
                 f"{len(sources)} rule files loaded" + (", Alertmanager discovered" if stack.alertmanager else ""))
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
                 require_rules: bool = True, scraped: bool = False) -> list[str]:
        """What is missing: no rule group, a rule file not loaded, the self target not discovered (or,
        with ``scraped``, not scraped successfully), no Alertmanager (when ``alertmanager``)."""
        out = []
        if require_rules and not self.groups:
            out.append("no rule group loaded")
        missing = sorted(str(f) for f in rule_files or [] if str(f) not in self.rule_files)
        if missing:
            out.append(f"rule files not loaded: {', '.join(missing)}")
        own = [t for t in self.targets if t["labels"].get("job") == SELF_JOB]
        if not own:
            out.append("the file_sd targets folder is not watched (Prometheus' own entry is not discovered)")
        elif scraped and own[0]["health"] != "up":
            out.append(f"Prometheus has not scraped its own file_sd entry ({own[0]['health']} "
                       f"{own[0].get('lastError') or ''})".replace(" )", ")"))
        if alertmanager and not self.alertmanagers:
            out.append("no Alertmanager discovered")
        return out


def prometheus_health(url: str, timeout: float = 5.0) -> PrometheusHealth:
    """Rule groups (``/api/v1/rules``), active targets and Alertmanagers of the Prometheus at ``url``."""
    from monitor import promql

    return PrometheusHealth(groups=promql.rule_groups(url, timeout), targets=promql.targets(url, timeout),
                            alertmanagers=[a["url"] for a in promql.alertmanagers(url, timeout)])


def verify_prometheus(url: str, rule_files: list[Path], timeout: float = 30.0, alertmanager: bool = False,
                      scraped: bool = False) -> None:
    """Wait until ``rule_files`` are loaded and the file_sd folder is watched (``scraped``: and scraped
    once); :class:`ServerStartError` naming what is missing after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        problems = prometheus_health(url).problems(rule_files, alertmanager, require_rules=bool(rule_files),
                                                   scraped=scraped)
        if not problems:
            return
        if time.monotonic() > deadline:
            raise ServerStartError(f"Prometheus at {url} started but does not watch what it should: "
                                   + "; ".join(problems))
        time.sleep(0.2)
