"""A minimal Prometheus HTTP API client (query, query_range, targets) on the standard library.

Used by the tests, the dashboards check, ``lightwatch stack status`` and the anomaly sidecar, so
the core install needs no HTTP library.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request


class PrometheusAPIError(RuntimeError):
    """Prometheus answered with an error, or could not be reached."""


def _get(base_url: str, path: str, params: dict | None = None, timeout: float = 10.0) -> dict:
    url = base_url.rstrip("/") + path
    if params:
        url += "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            body = json.load(resp)
    except urllib.error.HTTPError as exc:
        try:
            detail = json.load(exc).get("error", "")
        except Exception:
            detail = ""
        raise PrometheusAPIError(f"{url}: HTTP {exc.code} {detail}".strip()) from exc
    except (urllib.error.URLError, OSError) as exc:
        raise PrometheusAPIError(f"cannot reach Prometheus at {base_url}: {exc}") from exc
    if body.get("status") != "success":
        raise PrometheusAPIError(f"{url}: {body.get('errorType')}: {body.get('error')}")
    return body["data"]


def query(base_url: str, expr: str, time: float | None = None, timeout: float = 10.0) -> list[dict]:
    """Instant query; returns the ``result`` list (vector samples)."""
    params = {"query": expr}
    if time is not None:
        params["time"] = f"{time:.3f}"
    data = _get(base_url, "/api/v1/query", params, timeout)
    return data["result"] if isinstance(data.get("result"), list) else [data["result"]]


def query_range(base_url: str, expr: str, start: float, end: float, step: float, timeout: float = 30.0) -> list[dict]:
    """Range query; returns the matrix ``result``: ``[{"metric": {...}, "values": [[t, "v"], ...]}]``."""
    params = {"query": expr, "start": f"{start:.3f}", "end": f"{end:.3f}", "step": f"{step}"}
    return _get(base_url, "/api/v1/query_range", params, timeout)["result"]


def targets(base_url: str, timeout: float = 10.0) -> list[dict]:
    """Active scrape targets."""
    return _get(base_url, "/api/v1/targets", None, timeout)["activeTargets"]


def alerts(base_url: str, timeout: float = 10.0) -> list[dict]:
    """Alerts Prometheus currently holds (pending or firing)."""
    return _get(base_url, "/api/v1/alerts", None, timeout)["alerts"]


def rule_groups(base_url: str, timeout: float = 10.0) -> list[dict]:
    """Loaded rule groups (``/api/v1/rules``): name, file, rules, evaluation time."""
    return _get(base_url, "/api/v1/rules", None, timeout)["groups"]


def alertmanagers(base_url: str, timeout: float = 10.0) -> list[dict]:
    """Alertmanagers Prometheus sends to (``/api/v1/alertmanagers``)."""
    return _get(base_url, "/api/v1/alertmanagers", None, timeout)["activeAlertmanagers"]
