"""``lightwatch dashboards push`` against a stub Grafana HTTP API: the exact requests, idempotence, errors.

There is no Grafana binary for these machines; the stub implements the four endpoints push uses
with Grafana's documented status codes, and records every request. The README says how to check
against a real Grafana with compose.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dashboards import cli as dcli
from dashboards.queries import shipped
from monitor.cli import main as cli
from monitor.exporter import free_port

TOKEN = "glsa_test_token_0123456789"


class StubGrafana:
    """Folders and dashboards in memory; ``token`` is the only accepted bearer token."""

    def __init__(self, token: str = TOKEN) -> None:
        self.requests: list[tuple[str, str, str | None, dict | None]] = []  # method, path, auth, body
        self.folders: dict[str, dict] = {}
        self.dashboards: dict[str, dict] = {}
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, code: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                stub.requests.append((method, self.path, self.headers.get("Authorization"), body))
                if self.headers.get("Authorization") != f"Bearer {token}":
                    return self._reply(401, {"message": "Invalid API key"})
                path = self.path.split("?")[0]
                if method == "GET" and path.startswith("/api/folders/"):
                    uid = path.rsplit("/", 1)[1]
                    if uid in stub.folders:
                        return self._reply(200, stub.folders[uid])
                    return self._reply(404, {"message": "folder not found"})
                if method == "POST" and path == "/api/folders":
                    stub.folders[body["uid"]] = {"uid": body["uid"], "title": body["title"], "id": len(stub.folders) + 1}
                    return self._reply(200, stub.folders[body["uid"]])
                if method == "GET" and path.startswith("/api/dashboards/uid/"):
                    uid = path.rsplit("/", 1)[1]
                    if uid in stub.dashboards:
                        return self._reply(200, stub.dashboards[uid])
                    return self._reply(404, {"message": "Dashboard not found"})
                if method == "POST" and path == "/api/dashboards/db":
                    model = dict(body["dashboard"])
                    old = stub.dashboards.get(model["uid"])
                    model["version"] = (old["dashboard"]["version"] + 1) if old else 1
                    model["id"] = 100 + len(stub.dashboards)
                    stub.dashboards[model["uid"]] = {"dashboard": model, "meta": {"folderUid": body["folderUid"]}}
                    return self._reply(200, {"status": "success", "uid": model["uid"], "version": model["version"]})
                return self._reply(404, {"message": f"stub has no {method} {path}"})

            def do_GET(self):  # noqa: N802
                self._handle("GET")

            def do_POST(self):  # noqa: N802
                self._handle("POST")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def grafana():
    stub = StubGrafana()
    yield stub
    stub.close()


def test_push_sends_exactly_these_requests_and_is_idempotent(grafana, monkeypatch, capsys):
    monkeypatch.setenv("GRAFANA_TOKEN", TOKEN)
    boards = shipped()
    uids = sorted(boards)
    assert cli(["dashboards", "push", "--url", grafana.url]) == 0
    expected = [("GET", "/api/folders/lightwatch"), ("POST", "/api/folders")]
    for uid in uids:
        expected += [("GET", f"/api/dashboards/uid/{uid}"), ("POST", "/api/dashboards/db")]
    assert [(m, p) for m, p, _, _ in grafana.requests] == expected
    assert all(auth == f"Bearer {TOKEN}" for _, _, auth, _ in grafana.requests)
    assert grafana.requests[1][3] == {"title": "lightwatch", "uid": "lightwatch"}
    for (_, _, _, body), uid in zip(grafana.requests[3::2], uids):
        assert body["folderUid"] == "lightwatch" and body["overwrite"] is True
        assert body["dashboard"]["uid"] == uid and body["dashboard"]["id"] is None
        assert body["dashboard"]["panels"] == boards[uid]["panels"]
    out = capsys.readouterr().out
    assert out.count(": created") == len(uids) and TOKEN not in out

    # a second push changes nothing: reads only, no new versions
    grafana.requests.clear()
    assert cli(["dashboards", "push", "--url", grafana.url]) == 0
    assert [(m, p) for m, p, _, _ in grafana.requests] == (
        [("GET", "/api/folders/lightwatch")] + [("GET", f"/api/dashboards/uid/{uid}") for uid in uids])
    assert all(d["dashboard"]["version"] == 1 for d in grafana.dashboards.values())
    assert capsys.readouterr().out.count(": unchanged") == len(uids)


def test_push_updates_a_changed_dashboard_only(grafana):
    boards = shipped()
    dcli.push(grafana.url, TOKEN, boards)
    changed = {**boards, "lightwatch-training": {**boards["lightwatch-training"], "description": "edited"}}
    grafana.requests.clear()
    result = dcli.push(grafana.url, TOKEN, changed)
    assert result["lightwatch-training"] == "updated"
    assert [s for u, s in result.items() if u != "lightwatch-training"] == ["unchanged"] * (len(boards) - 1)
    assert [p for m, p, _, _ in grafana.requests if m == "POST"] == ["/api/dashboards/db"]
    assert grafana.dashboards["lightwatch-training"]["dashboard"]["version"] == 2


def test_bad_token_is_a_clear_error(grafana, monkeypatch, capsys):
    monkeypatch.setenv("GRAFANA_TOKEN", "wrong")
    assert cli(["dashboards", "push", "--url", grafana.url]) == 2
    err = capsys.readouterr().err
    assert "rejected the token (HTTP 401)" in err and "GRAFANA_TOKEN" in err and "wrong" not in err
    assert len(grafana.requests) == 1  # stopped at the first refusal


def test_unreachable_grafana_is_a_clear_error(monkeypatch, capsys):
    monkeypatch.setenv("GRAFANA_TOKEN", TOKEN)
    url = f"http://127.0.0.1:{free_port()}"
    assert cli(["dashboards", "push", "--url", url, "--timeout", "2"]) == 2
    assert f"cannot reach Grafana at {url}" in capsys.readouterr().err


def test_missing_token_and_bad_url_fail_before_any_request(grafana, monkeypatch, capsys):
    monkeypatch.delenv("GRAFANA_TOKEN", raising=False)
    assert cli(["dashboards", "push", "--url", grafana.url]) == 2
    assert "set GRAFANA_TOKEN" in capsys.readouterr().err
    monkeypatch.setenv("GRAFANA_TOKEN", TOKEN)
    assert cli(["dashboards", "push", "--url", "grafana.local"]) == 2
    assert "--url 'grafana.local'" in capsys.readouterr().err
    assert cli(["dashboards", "push", "--url", "http://admin:admin@127.0.0.1:3000"]) == 2
    assert "credentials in the URL" in capsys.readouterr().err
    assert grafana.requests == []


def test_build_without_the_sdk_is_one_line_and_push_needs_no_sdk(tmp_path):
    """Python 3.10 has no dashboard SDK: ``build`` says so in one line (rc 1, nothing written) and
    names where the built JSON ships; ``push`` uploads that JSON."""
    import subprocess
    import sys

    blocked = ("import sys; sys.modules['grafana_foundation_sdk'] = None; from monitor.cli import main; "
               "sys.exit(main(sys.argv[1:]))")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", blocked, "dashboards", "build", "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "grafana-foundation-sdk" in lines[0] and "Python >= 3.11" in lines[0]
    assert not out.exists()
    import dashboards

    assert str(dashboards.DASHBOARDS_DIR) in lines[0] and sorted(shipped()) == sorted(
        p.stem for p in dashboards.DASHBOARDS_DIR.glob("*.json"))
