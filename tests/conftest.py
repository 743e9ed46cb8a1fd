"""Shared fixtures: fresh registries, free ports, and real Prometheus-stack servers.

The server fixtures start the Debian binaries (``prometheus``, ``prometheus-alertmanager``,
``prometheus-pushgateway``) on 127.0.0.1 with free ports. A missing binary fails the test loudly
with the install command; it is never skipped.
"""

from __future__ import annotations

import json
import os
import random
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest
from prometheus_client import CollectorRegistry

from monitor import promql, stack
from monitor.exporter import free_port

# Multi-process torch tests on a 2-core machine: one thread per process.
os.environ.setdefault("OMP_NUM_THREADS", "1")

# `make test` hands whole files to 2 workers (--dist loadfile) in the order collected here
# (--no-loadscope-reorder: xdist would otherwise order files by their number of tests, which put the one-test,
# 90-second two-launcher file last, beside an idle worker). The slowest files go first, longest first, so the
# suite ends on short files and neither worker waits long for the other. Seconds per file (its tests' junit times),
# measured in session 69's run of the parallel part (two workers, this machine idle) without the sealed sets'
# whole-data checks (below); the waits lane's files keep session 38's figures (only the order matters; a file not
# listed runs after these, in collection order). The waits lane (the Makefile) takes its files in the same order.
SLOWEST_FILES = {
    "test_multinode.py": 94, "test_cli_progress.py": 75, "test_e2e_panels.py": 62, "test_parallel.py": 62,
    "test_docs.py": 47, "test_data_quality_actions.py": 41, "test_stack_cli.py": 28, "test_lightning_paths.py": 28,
    "test_monitor_prometheus.py": 19, "test_anomaly_sidecar.py": 19, "test_cli.py": 14,
    "test_data_quality_ordinal_blind.py": 14, "test_readme_path.py": 14, "test_anomaly_residual_ar.py": 14,
    "test_gradient_compression.py": 10, "test_cli_bad_input.py": 10, "test_stack_configs.py": 10,
    "test_anomaly_heldout32.py": 9, "test_architecture.py": 9, "test_gpu_check.py": 9,
}


#: marker -> the text by which ``make test`` finds the files of that part (the Makefile's ALONE_FILES, WAITS_FILES)
PART_MARKERS = {"alone": "pytest.mark.alone", "waits": "pytest.mark.waits"}


@pytest.hookimpl(tryfirst=True)  # before ``-m`` deselects the alone and waits tests, which the check below must see
def pytest_collection_modifyitems(config, items) -> None:
    """The slowest files first, longest first (:data:`SLOWEST_FILES`); each file's tests keep their order.

    ``make test``'s alone part and its waits lane collect only the files that hold the text ``pytest.mark.alone`` /
    ``pytest.mark.waits`` (the Makefile's ``ALONE_FILES`` / ``WAITS_FILES``), and its parallel part deselects both
    markers: a test so marked in any other file would run in no part, so the run fails here. Then the sealed sets'
    whole-data checks are deselected (:func:`deselect_sealed`)."""
    items.sort(key=lambda item: -SLOWEST_FILES.get(item.path.name, 0))
    holds: dict = {}
    for item in items:
        for marker, text in PART_MARKERS.items():
            if item.get_closest_marker(marker) is None:
                continue
            if (item.path, marker) not in holds:
                holds[item.path, marker] = text in item.path.read_text()
            if not holds[item.path, marker]:
                raise pytest.UsageError(f"{item.nodeid} is marked {marker}, but its file does not hold the text "
                                        f"{text!r} by which make test finds the files of that part")
    deselect_sealed(config, items)


#: tests that re-derive a held-out set's documented structure from its whole data (a generator's full sets, a round's
#: learnability by a fitted MLP): ``make test`` runs them while the set is blind and deselects them once it has been
#: looked at (generator ``N <= anomaly_misses.SEEN[1]``, round ``N < data_quality_actions.BLIND_ROUND``), where its
#: results are committed and its pinned determinism checks and every other test of its module still run.
#: ``LIGHTWATCH_TEST_SEALED=1`` (``make test-sealed``) keeps them; tests/test_sealed_sets.py pins each sealed set's
#: generator source, so an edit of one fails until ``make test-sealed`` has passed and the pin is renewed.
SEALED_CHECKS = {"anomaly_heldout": re.compile(r"full_sets?_|_full_long|_long$|pinned_full"),
                 "data_quality_round": re.compile(r"_mlp_learns_")}


def sealed_bounds() -> dict:
    """The first blind generator and round, by kind: ``SEEN[1] + 1`` and ``BLIND_ROUND``."""
    from benchmarks.anomaly_misses import SEEN
    from benchmarks.data_quality_actions import BLIND_ROUND

    return {"anomaly_heldout": SEEN[1] + 1, "data_quality_round": BLIND_ROUND}


#: a held-out set's test file: its kind (a key of :data:`SEALED_CHECKS`) and its generator's or round's number
SET_FILE = re.compile(r"test_(anomaly_heldout|data_quality_round)(\d+)\.py")


def sealed_check(path: Path, name: str, bounds: dict) -> bool:
    """Whether test ``name`` of file ``path`` re-derives a sealed set's whole data (see :data:`SEALED_CHECKS`)."""
    m = SET_FILE.fullmatch(path.name)
    return bool(m) and int(m.group(2)) < bounds[m.group(1)] and bool(SEALED_CHECKS[m.group(1)].search(name))


def deselect_sealed(config, items) -> None:
    """Deselect the sealed sets' whole-data checks (:data:`SEALED_CHECKS`) unless ``LIGHTWATCH_TEST_SEALED=1``."""
    if os.environ.get("LIGHTWATCH_TEST_SEALED") == "1":
        return
    if not any(SET_FILE.fullmatch(i.path.name) for i in items):  # spare the waits lane and alone part the imports
        return
    bounds = sealed_bounds()
    kept, dropped = [], []
    for item in items:
        (dropped if sealed_check(item.path, item.originalname, bounds) else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def port() -> int:
    return free_port()


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return 32768


def free_port_block(n: int, addr: str = "127.0.0.1") -> int:
    """A base port whose ``n`` consecutive ports are all free on ``addr``, below the ephemeral range.

    ``port + local_rank`` needs consecutive ports. ``free_port()`` picks from the kernel's ephemeral
    range, where every outgoing connection (a scrape, gloo, another test's client) also takes ports,
    so ``base + 1`` can be taken between the pick and a rank's bind: one CI run lost rank 1 that way.
    No connection takes a port below the ephemeral range; only an explicit bind does, as in production
    (9400 + local_rank).
    """
    rng = random.SystemRandom()
    high = _ephemeral_low() - n
    for _ in range(200):
        base = rng.randrange(20000, high)
        socks = []
        try:
            for p in range(base, base + n):
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                socks.append(s)
                s.bind((addr, p))
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError(f"no {n} consecutive free ports on {addr} between 20000 and {high}")


def require_binary(name: str) -> str:
    try:
        return stack.find_binary(name)
    except stack.MissingBinaryError as exc:
        pytest.fail(str(exc), pytrace=False)


class PrometheusHandle:
    """A running Prometheus plus query helpers for tests."""

    def __init__(self, server: stack.ServerProcess) -> None:
        self.server = server
        self.url = server.url

    def query(self, expr: str) -> list[dict]:
        return promql.query(self.url, expr)

    def wait_for(self, expr: str, predicate: Callable[[list[dict]], bool] = bool, timeout: float = 60.0) -> list[dict]:
        """Poll ``expr`` until ``predicate(result)`` holds; fail with the last result otherwise."""
        deadline = time.monotonic() + timeout
        result: list[dict] = []
        while time.monotonic() < deadline:
            result = self.query(expr)
            if predicate(result):
                return result
            time.sleep(0.5)
        pytest.fail(f"Prometheus query {expr!r} did not satisfy the condition in {timeout}s; last result: {result}")

    def wait_scraped(self, n_targets: int = 1, timeout: float = 60.0) -> None:
        """Wait until ``n_targets`` targets report ``up == 1``."""
        self.wait_for("up == 1", lambda r: len(r) >= n_targets, timeout)


class WebhookReceiver:
    """An HTTP server that records Alertmanager's webhook POSTs with their arrival time."""

    def __init__(self) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server API)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                received.append((time.time(), body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, alertname: str, status: str, timeout: float, after: float = 0.0) -> tuple[float, dict]:
        """Arrival time and alert of the first notification after ``after`` holding ``alertname`` with ``status``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for t, body in [(t, b) for t, b in self.received if t > after]:
                for alert in body.get("alerts", []):
                    if alert["labels"].get("alertname") == alertname and alert["status"] == status:
                        return t, alert
            time.sleep(0.2)
        pytest.fail(f"no {status} {alertname} notification within {timeout}s; received: {self.received}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def prometheus_factory(tmp_path: Path):
    """``start(static_targets=[...], file_sd_files=[...], scrape_interval="1s", **config)``.

    Starts a real Prometheus on a free loopback port; every server is stopped at teardown.
    """
    require_binary("prometheus")
    started: list[stack.ServerProcess] = []

    def start(static_targets=None, file_sd_files=None, scrape_interval="1s", **config) -> PrometheusHandle:
        cfg = stack.prometheus_config(static_targets=static_targets, file_sd_files=file_sd_files,
                                      scrape_interval=scrape_interval, **config)
        server = stack.start_prometheus(cfg, tmp_path / f"prometheus-{len(started)}")
        started.append(server)
        return PrometheusHandle(server)

    yield start
    for server in started:
        server.stop()
