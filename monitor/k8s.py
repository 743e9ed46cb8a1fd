"""Kubernetes manifests for the Prometheus Operator (kube-prometheus-stack), from the generated files.

:func:`render` builds, from the committed rule files and dashboards (no second copy of any rule or
panel), a kustomize base::

    podmonitor.yaml             PodMonitor: training pods by label, one endpoint per local rank's
                                named port (lw-rank0, lw-rank1, ...), node label from the pod's node
    prometheusrule.yaml         PrometheusRule: exactly the groups of dashboards/build/rules/*.yml
    dashboards.yaml             one ConfigMap per dashboard, labelled grafana_dashboard: "1"
    alertmanagerconfig.yaml     AlertmanagerConfig: the route and inhibitions of alertmanager.yml
    training-job.yaml           example Indexed Job (torchrun) + the headless Service for rendezvous
    kustomization.yaml          `kubectl kustomize DIR` renders all of it offline

The scrape is authenticated: the Job's ranks read ``LIGHTWATCH_TOKEN`` from the Secret
``lightwatch-metrics`` (key ``token``) and bind the pod IP (an explicit address, from the downward
API); the PodMonitor sends the same Secret as a bearer token. Create the Secret yourself (it is not
rendered: no credential is ever written to a file by lightwatch)::

    kubectl create secret generic lightwatch-metrics --from-literal=token="$(openssl rand -hex 32)"

The CLI is :mod:`monitor.k8s_cli` (``lightwatch k8s render --out DIR``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from monitor.exporter import DEFAULT_PORT

#: the labels the PodMonitor selects and the example Job's pods carry
POD_LABELS = {"app.kubernetes.io/part-of": "lightwatch", "lightwatch.dev/role": "training"}
SECRET_NAME, SECRET_KEY = "lightwatch-metrics", "token"
_MATCHER = re.compile(r'^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*"(.*)"\s*$')
_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")


@dataclass(frozen=True)
class RenderOptions:
    """What differs between clusters; checked when built."""

    ranks_per_pod: int = 8  # torchrun --nproc-per-node: one named port per local rank
    nodes: int = 2  # pods (torchrun --nnodes) of the example Job
    base_port: int = DEFAULT_PORT
    interval: str = "15s"
    namespace: str | None = None
    release: str = "kube-prometheus-stack"  # kube-prometheus-stack selects monitors/rules by this label
    image: str = "ghcr.io/example/lightwatch-train:latest"
    webhook_url: str = "http://lightwatch-alert-receiver:5001/alerts"

    def __post_init__(self) -> None:
        if not isinstance(self.ranks_per_pod, int) or not 1 <= self.ranks_per_pod <= 64:
            raise ValueError(f"ranks_per_pod={self.ranks_per_pod!r} must be an int in 1..64")
        if not isinstance(self.nodes, int) or self.nodes < 1:
            raise ValueError(f"nodes={self.nodes!r} must be an int >= 1")
        if not 1 <= self.base_port <= 65535 - self.ranks_per_pod:
            raise ValueError(f"base_port={self.base_port!r}: base_port + ranks_per_pod must stay within 1..65535")
        if not re.fullmatch(r"[0-9]+(ms|s|m|h)", self.interval):
            raise ValueError(f"interval={self.interval!r} must be a Prometheus duration such as 15s")
        if self.namespace is not None and not (_NAME.match(self.namespace) and len(self.namespace) <= 63):
            raise ValueError(f"namespace={self.namespace!r} must be a DNS label (lowercase letters, digits, '-')")
        if not re.fullmatch(r"https?://\S+", self.webhook_url):
            raise ValueError(f"webhook_url={self.webhook_url!r} must be an http(s) URL")


def port_name(local_rank: int) -> str:
    """The container port name of a local rank (IANA_SVC_NAME: at most 15 characters)."""
    return f"lw-rank{local_rank}"


def _meta(name: str, opts: RenderOptions, labels: dict | None = None) -> dict:
    meta = {"name": name, "labels": {"app.kubernetes.io/part-of": "lightwatch", **(labels or {})}}
    if opts.namespace:
        meta["namespace"] = opts.namespace
    return meta


def _relabelings() -> list[dict]:
    return [  # node: the Kubernetes node the rank runs on (bounded: one value per node), as file_sd's label
        {"sourceLabels": ["__meta_kubernetes_pod_node_name"], "targetLabel": "node", "action": "replace"},
        {"sourceLabels": ["__meta_kubernetes_pod_name"], "targetLabel": "pod", "action": "replace"},
        {"targetLabel": "job", "replacement": "lightwatch", "action": "replace"},
    ]


def pod_monitor(opts: RenderOptions) -> dict:
    endpoints = [{
        "port": port_name(r), "path": "/metrics", "interval": opts.interval, "scrapeTimeout": opts.interval,
        "authorization": {"type": "Bearer", "credentials": {"name": SECRET_NAME, "key": SECRET_KEY}},
        "relabelings": _relabelings(),
    } for r in range(opts.ranks_per_pod)]
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": "PodMonitor",
            "metadata": _meta("lightwatch", opts, {"release": opts.release}),
            "spec": {"selector": {"matchLabels": dict(POD_LABELS)}, "podMetricsEndpoints": endpoints}}


def _load(path: Path, parse, what: str, key: str | None = None):
    """``parse(path's text)``; a file that cannot be read or parsed, or (``key``) is not a mapping holding
    ``key``, is a ``ValueError`` naming the file and what it should be."""
    try:
        data = parse(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ValueError(f"{str(path)!r} is not {what} ({reason}); run `lightwatch dashboards build`") from None
    if key is not None and not (isinstance(data, dict) and key in data):
        raise ValueError(f"{str(path)!r} is not {what} (no {key!r} entry); run `lightwatch dashboards build`")
    return data


def load_rule_groups(rules_dir: Path) -> list[dict]:
    """The ``groups`` of every generated rule file, in file-name order."""
    groups: list[dict] = []
    files = sorted(Path(rules_dir).glob("*.yml"))
    if not files:
        raise ValueError(f"no rule files (*.yml) in {str(rules_dir)!r}: run `lightwatch dashboards build` first")
    for path in files:
        file_groups = _load(path, yaml.safe_load, "a Prometheus rule file", "groups")["groups"]
        if not isinstance(file_groups, list) or not all(isinstance(g, dict) and "name" in g for g in file_groups):
            raise ValueError(f"{str(path)!r} is not a Prometheus rule file (its groups are not a list of named groups)")
        groups += file_groups
    return groups


def prometheus_rule(rules_dir: Path, opts: RenderOptions) -> dict:
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
            "metadata": _meta("lightwatch-rules", opts, {"release": opts.release}),
            "spec": {"groups": load_rule_groups(rules_dir)}}


def dashboard_config_maps(dashboards_dir: Path, opts: RenderOptions) -> list[dict]:
    """One ConfigMap per dashboard JSON, labelled for the kube-prometheus-stack Grafana sidecar."""
    maps = []
    for path in sorted(Path(dashboards_dir).glob("*.json")):
        _load(path, json.loads, "a Grafana dashboard (JSON)")  # a broken dashboard fails here, not in Grafana
        text = path.read_text(encoding="utf-8")
        name = re.sub(r"[^a-z0-9-]", "-", path.stem.lower()).strip("-")
        maps.append({"apiVersion": "v1", "kind": "ConfigMap",
                     "metadata": _meta(f"{name}-dashboard"[:63], opts, {"grafana_dashboard": "1"}),
                     "data": {path.name: text}})
    if not maps:
        raise ValueError(f"no dashboards (*.json) in {str(dashboards_dir)!r}: run `lightwatch dashboards build` first")
    return maps


def _matchers(items: list[str]) -> list[dict]:
    out = []
    for item in items:
        m = _MATCHER.match(item)
        if not m:
            raise ValueError(f"matcher {item!r} is not of the form name=\"value\" (=, !=, =~, !~)")
        out.append({"name": m.group(1), "matchType": m.group(2), "value": m.group(3)})
    return out


def alertmanager_config(alertmanager_file: Path, opts: RenderOptions) -> dict:
    """The generated Alertmanager route and inhibitions as an AlertmanagerConfig (a webhook receiver)."""
    cfg = _load(alertmanager_file, yaml.safe_load, "an Alertmanager config", "route")
    try:
        return _alertmanager_config(cfg, opts)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"{str(alertmanager_file)!r} is not an Alertmanager config with a route and "
                         f"inhibit rules ({type(exc).__name__}: {exc})") from None


def _alertmanager_config(cfg: dict, opts: RenderOptions) -> dict:
    route = cfg["route"]
    receiver = route["receiver"]
    spec = {
        "route": {"receiver": receiver, "groupBy": list(route.get("group_by", [])),
                  **{k2: route[k] for k, k2 in (("group_wait", "groupWait"), ("group_interval", "groupInterval"),
                                                 ("repeat_interval", "repeatInterval")) if k in route}},
        "receivers": [{"name": receiver, "webhookConfigs": [{"url": opts.webhook_url, "sendResolved": True}]}],
        "inhibitRules": [{"sourceMatch": _matchers(r["source_matchers"]), "targetMatch": _matchers(r["target_matchers"]),
                          "equal": list(r.get("equal", []))} for r in cfg.get("inhibit_rules", [])],
    }
    return {"apiVersion": "monitoring.coreos.com/v1alpha1", "kind": "AlertmanagerConfig",
            "metadata": _meta("lightwatch", opts, {"alertmanagerConfig": "lightwatch"}), "spec": spec}


def training_job(opts: RenderOptions) -> list[dict]:
    """An example Indexed Job running ``torchrun`` on ``nodes`` pods, and its headless Service."""
    name = "lightwatch-train"
    rdzv = f"{name}-0.{name}:29400"
    command = ["torchrun", f"--nnodes={opts.nodes}", f"--nproc-per-node={opts.ranks_per_pod}",
               "--rdzv-backend=c10d", f"--rdzv-endpoint={rdzv}", "--rdzv-id=$(JOB_NAME)", "train.py"]
    env = [
        {"name": "JOB_NAME", "value": name},
        # an explicit address: the pod IP (binding beyond loopback is never implicit)
        {"name": "LIGHTWATCH_ADDR", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
        {"name": "LIGHTWATCH_PORT", "value": str(opts.base_port)},
        {"name": "LIGHTWATCH_NODE", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}},
        {"name": "LIGHTWATCH_TOKEN", "valueFrom": {"secretKeyRef": {"name": SECRET_NAME, "key": SECRET_KEY}}},
    ]
    ports = [{"name": port_name(r), "containerPort": opts.base_port + r, "protocol": "TCP"}
             for r in range(opts.ranks_per_pod)]
    ports.append({"name": "rdzv", "containerPort": 29400, "protocol": "TCP"})
    job = {"apiVersion": "batch/v1", "kind": "Job", "metadata": _meta(name, opts),
           "spec": {"completionMode": "Indexed", "completions": opts.nodes, "parallelism": opts.nodes,
                    "backoffLimit": 0,
                    "template": {"metadata": {"labels": dict(POD_LABELS)},
                                 "spec": {"subdomain": name, "restartPolicy": "Never",
                                          "containers": [{"name": "train", "image": opts.image,
                                                          "command": command, "env": env, "ports": ports}]}}}}
    service = {"apiVersion": "v1", "kind": "Service", "metadata": _meta(name, opts),
               "spec": {"clusterIP": "None", "selector": dict(POD_LABELS),
                        "ports": [{"name": "rdzv", "port": 29400, "targetPort": 29400}]}}
    return [job, service]


def render(rules_dir: Path, dashboards_dir: Path, alertmanager_file: Path, opts: RenderOptions) -> dict[str, str]:
    """File name -> YAML text of every manifest and the kustomization (nothing written here)."""
    docs = {
        "podmonitor.yaml": [pod_monitor(opts)],
        "prometheusrule.yaml": [prometheus_rule(rules_dir, opts)],
        "dashboards.yaml": dashboard_config_maps(dashboards_dir, opts),
        "alertmanagerconfig.yaml": [alertmanager_config(alertmanager_file, opts)],
        "training-job.yaml": training_job(opts),
    }
    header = "# Generated by `lightwatch k8s render` from dashboards/build/; edit the sources, not this file.\n"
    files = {name: header + yaml.safe_dump_all(objs, sort_keys=False, width=120) for name, objs in docs.items()}
    kustomization = {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
                     "resources": list(docs)}
    if opts.namespace:
        kustomization["namespace"] = opts.namespace
    files["kustomization.yaml"] = header + yaml.safe_dump(kustomization, sort_keys=False)
    return files
