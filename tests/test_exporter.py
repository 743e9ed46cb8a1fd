"""The per-process exporter: ports, file_sd, TLS, Pushgateway, bad input."""

from __future__ import annotations

import json
import os
import socket
import ssl
import urllib.request
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from monitor import metrics as M
from monitor.exporter import MetricsExporter, PortInUseError, free_port
from monitor.stack import PUSHGATEWAY_STATE, start_pushgateway
from tests.tls_util import self_signed

# make test runs this file in its waits lane, beside the two workers (Makefile): it mostly waits on servers
pytestmark = pytest.mark.waits


def _get(url: str, context=None) -> str:
    with urllib.request.urlopen(url, timeout=5, context=context) as resp:
        return resp.read().decode()


def test_serves_registry_on_loopback_and_stops(registry):
    M.bind(registry, run="r", rank=0)(M.SAMPLES).inc(5)
    exp = MetricsExporter(port=0, registry=registry).start()
    try:
        assert exp.url.startswith("http://127.0.0.1:")
        assert 'lightwatch_samples_total{rank="0",run="r"} 5.0' in _get(exp.url)
    finally:
        exp.stop()
    with pytest.raises(OSError):
        _get(exp.url)


def test_port_is_base_plus_local_rank(registry):
    wanted = free_port()
    exp = MetricsExporter(port=wanted - 1, local_rank=1, registry=registry).start()
    try:
        assert exp.port == wanted and exp.url.endswith(f":{wanted}/metrics")
    finally:
        exp.stop()


def test_port_in_use_is_a_clear_error_and_next_free_port_recovers(registry):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = s.getsockname()[1]
        with pytest.raises(PortInUseError, match=rf"port {taken} .*in use.*--port"):
            MetricsExporter(port=taken, registry=registry).start()
        exp = MetricsExporter(port=taken, registry=registry, next_free_port=True).start()
        try:
            assert exp.port != taken and exp.port > taken
            assert "lightwatch" in _get(exp.url) or _get(exp.url) == ""
        finally:
            exp.stop()


def test_check_port_raises_starts_error_without_serving(registry):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = s.getsockname()[1]
        exp = MetricsExporter(port=taken, registry=registry)
        with pytest.raises(PortInUseError) as checked:
            exp.check_port()
        with pytest.raises(PortInUseError) as started:
            exp.start()
        assert str(checked.value) == str(started.value) and exp.port is None
        MetricsExporter(port=taken, registry=registry, next_free_port=True).check_port()  # start() finds another
    free = free_port()
    exp = MetricsExporter(port=free, registry=registry)
    exp.check_port()  # a free port passes, and stays free: start() binds it
    try:
        assert exp.start().port == free
    finally:
        exp.stop()


@pytest.mark.parametrize("bad", [-1, 65536, "9400", 1.5, True])
def test_invalid_ports_are_rejected(bad, registry):
    with pytest.raises(ValueError, match="not a valid TCP port"):
        MetricsExporter(port=bad, registry=registry)


def test_port_plus_rank_overflow_is_rejected(registry):
    with pytest.raises(ValueError, match="exceeds 65535"):
        MetricsExporter(port=65535, local_rank=1, registry=registry)


def test_file_sd_written_atomically_and_removed(tmp_path, registry):
    exp = MetricsExporter(port=0, registry=registry, file_sd=tmp_path, run="exp", rank=3).start()
    path = tmp_path / "lightwatch-exp-rank3.json"
    try:
        content = json.loads(path.read_text())
        assert content == [{"targets": [exp.target], "labels": {"job": "lightwatch", "node": exp.node}}]
        assert not list(tmp_path.glob(".lightwatch-*"))  # no temp files left
    finally:
        exp.stop()
    assert not path.exists()


def test_file_sd_with_rank_placeholder(tmp_path, registry):
    exp = MetricsExporter(port=0, registry=registry, file_sd=tmp_path / "t-{rank}.json", rank=2).start()
    try:
        assert (tmp_path / "t-2.json").exists()
    finally:
        exp.stop()


def test_unwritable_or_missing_targets_path_fails_before_serving(tmp_path, registry):
    with pytest.raises(ValueError, match="does not exist"):
        MetricsExporter(port=0, registry=registry, file_sd=tmp_path / "nope" / "t.json")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        if os.access(ro, os.W_OK):  # root ignores permission bits: use a path under a file instead
            with pytest.raises(ValueError, match="does not exist"):
                MetricsExporter(port=0, registry=registry, file_sd=tmp_path / "afile" / "t.json")
        else:
            with pytest.raises(ValueError, match="not writable"):
                MetricsExporter(port=0, registry=registry, file_sd=ro / "t.json")
    finally:
        ro.chmod(0o700)


def test_tls_serving_with_certfile_and_keyfile(tmp_path, registry):
    cert, key = self_signed(tmp_path)
    M.bind(registry, run="tls")(M.LOSS).set(1.5)
    exp = MetricsExporter(port=0, registry=registry, certfile=str(cert), keyfile=str(key)).start()
    try:
        assert exp.url.startswith("https://")
        ctx = ssl.create_default_context(cafile=str(cert))
        assert 'lightwatch_loss{rank="0",run="tls"} 1.5' in _get(exp.url, ctx)
    finally:
        exp.stop()


def test_tls_needs_both_files(tmp_path, registry):
    with pytest.raises(ValueError, match="both certfile and keyfile"):
        MetricsExporter(port=0, registry=registry, certfile=str(tmp_path / "c.pem"))


def _pushed_groups(gw_url: str) -> list[dict]:
    """The groups a Pushgateway holds (its ``/api/v1/metrics``), each as its grouping-key labels."""
    with urllib.request.urlopen(gw_url + "/api/v1/metrics", timeout=5) as resp:
        return [group["labels"] for group in json.load(resp)["data"]]


def test_push_to_real_pushgateway_on_stop(tmp_path, registry):
    """The pushed values arrive, and the gateway holds nothing from runs the machine did before.

    A previous run is reproduced first: another gateway receives a push of another run and shuts
    down (persisting its state wherever it persists). The gateway under test must not show it.
    """
    previous = start_pushgateway(tmp_path / "previous-gw")
    try:
        stale = CollectorRegistry()
        M.bind(stale, run="stale", rank=1)(M.SAMPLES).inc(99)
        old = MetricsExporter(port=0, registry=stale, run="stale", rank=1,
                              pushgateway=previous.url.replace("http://", ""))
        assert old.push()
    finally:
        previous.stop()
    gw = start_pushgateway(tmp_path / "gw")
    try:
        cmdline = Path(f"/proc/{gw.process.pid}/cmdline").read_bytes().decode().split("\0")
        assert f"--persistence.file={(tmp_path / 'gw' / PUSHGATEWAY_STATE).resolve()}" in cmdline
        assert _pushed_groups(gw.url) == []  # nothing from the previous run
        M.bind(registry, run="short", rank=1)(M.SAMPLES).inc(7)
        exp = MetricsExporter(port=0, registry=registry, run="short", rank=1,
                              pushgateway=gw.url.replace("http://", "")).start()
        exp.stop()
        assert [g.get("run") for g in _pushed_groups(gw.url)] == ["short"]
        text = _get(gw.url + "/metrics")
        line = [l for l in text.splitlines() if l.startswith("lightwatch_samples_total{")]
        assert len(line) == 1 and 'run="short"' in line[0] and 'rank="1"' in line[0] and line[0].endswith(" 7")
    finally:
        gw.stop()
    assert (tmp_path / "previous-gw" / PUSHGATEWAY_STATE).is_file()  # each gateway's state in its own dir


def test_unreachable_pushgateway_is_logged_not_raised(registry, caplog):
    closed = free_port()
    exp = MetricsExporter(port=0, registry=registry, pushgateway=f"127.0.0.1:{closed}")
    exp.start()
    exp.stop()  # must not raise
    assert exp.push() is False


def test_stalled_scrapers_do_not_block_other_scrapes(registry):
    """A slow or hung Prometheus connection gets its own thread; others are still answered."""
    M.bind(registry, run="r")(M.SAMPLES).inc()
    exp = MetricsExporter(port=0, registry=registry).start()
    stalled = []
    try:
        for _ in range(5):  # connect and send nothing, like a hung scraper
            s = socket.create_connection(("127.0.0.1", exp.port), timeout=5)
            s.sendall(b"GET /metrics HTTP/1.1\r\n")  # incomplete request
            stalled.append(s)
        assert "lightwatch_samples_total" in _get(exp.url)
    finally:
        for s in stalled:
            s.close()
        exp.stop()
