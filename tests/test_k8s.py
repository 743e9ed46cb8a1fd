"""``lightwatch k8s render``: manifests validated offline — core kinds against Kubernetes' own
schemas (kubernetes-validate), the Prometheus Operator's kinds against the shipped CRD schemas
(jsonschema), the kustomize base rendered by ``kubectl kustomize``, and the PrometheusRule's groups
equal to the rule files that ``promtool test rules`` checks."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import kubernetes_validate
import pytest
import yaml

import dashboards
from monitor.cli import main
from monitor.k8s import POD_LABELS, RenderOptions
from tests.conftest import require_binary

ROOT = Path(__file__).resolve().parent.parent
CRDS = ROOT.parent / "shared" / "k8s-crds"
if not CRDS.is_dir():
    CRDS = Path("/work/shared/k8s-crds")
RULE_TESTS = sorted((ROOT / "tests" / "rules").glob("*.yaml"))
CORE_KINDS = {"ConfigMap", "Job", "Service"}
K8S_VERSION = "1.32.0"


class _CRDLoader(yaml.SafeLoader):
    """The CRDs hold a bare ``=`` enum value, which YAML 1.1 reads as the "value" tag (see the README)."""


_CRDLoader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


def _go_pattern(validator, pattern, instance, schema):
    """``pattern`` for Go regular expressions: checked where Python's ``re`` can compile it."""
    if not isinstance(instance, str):
        return
    try:
        compiled = re.compile(pattern)
    except re.error:
        return  # a Go-only construct (e.g. a mid-pattern (?i)): the API server checks it, we cannot
    if not compiled.search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


CRDValidator = jsonschema.validators.extend(jsonschema.Draft7Validator, {"pattern": _go_pattern})


def crd_schemas() -> dict[tuple[str, str], dict]:
    """(apiVersion, kind) -> openAPIV3Schema of every served version of the shipped CRDs."""
    out = {}
    for path in CRDS.glob("*.yaml"):
        crd = yaml.load(path.read_text(), Loader=_CRDLoader)
        for version in crd["spec"]["versions"]:
            if version.get("served"):
                key = (f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"])
                out[key] = version["schema"]["openAPIV3Schema"]
    return out


def crd_errors(obj: dict, schemas: dict) -> list[str]:
    schema = schemas[(obj["apiVersion"], obj["kind"])]
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in CRDValidator(schema).iter_errors(obj)]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("k8s") / "base"
    assert main(["k8s", "render", "--out", str(out), "--ranks-per-pod", "4", "--nodes", "2",
                 "--namespace", "ml-training"]) == 0
    return out


def _objects(folder: Path) -> dict[str, list[dict]]:
    return {p.name: [d for d in yaml.safe_load_all(p.read_text()) if d]
            for p in sorted(folder.glob("*.yaml")) if p.name != "kustomization.yaml"}


def test_core_kinds_valid_against_kubernetes_schemas(rendered):
    seen = set()
    for name, docs in _objects(rendered).items():
        for obj in docs:
            if obj["kind"] in CORE_KINDS:
                kubernetes_validate.validate(obj, K8S_VERSION, strict=True)  # raises with the path on error
                seen.add(obj["kind"])
    assert seen == CORE_KINDS
    broken = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "x"},
              "spec": {"template": {"spec": {"containers": [{"name": "c", "ports": [{"containerPort": "9400"}]}]}}}}
    with pytest.raises(kubernetes_validate.ValidationError):  # the validator is not vacuous
        kubernetes_validate.validate(broken, K8S_VERSION, strict=True)


def test_operator_kinds_valid_against_the_shipped_crds(rendered):
    schemas = crd_schemas()
    kinds = set()
    for docs in _objects(rendered).values():
        for obj in docs:
            if obj["apiVersion"].startswith("monitoring.coreos.com/"):
                assert crd_errors(obj, schemas) == [], obj["kind"]
                kinds.add(obj["kind"])
    assert kinds == {"PodMonitor", "PrometheusRule", "AlertmanagerConfig"}
    pm = _objects(rendered)["podmonitor.yaml"][0]
    pm["spec"]["podMetricsEndpoints"][0]["authorization"]["type"] = 7  # a wrong type is caught
    pm["spec"]["podMetricsEndpoints"][1]["interval"] = "15 seconds"  # not a Prometheus duration (pattern)
    assert len(crd_errors(pm, schemas)) == 2


def test_podmonitor_selects_the_jobs_pods_one_endpoint_per_local_rank_port(rendered):
    objs = _objects(rendered)
    pm = objs["podmonitor.yaml"][0]
    job = next(o for o in objs["training-job.yaml"] if o["kind"] == "Job")
    pod_labels = job["spec"]["template"]["metadata"]["labels"]
    assert pm["spec"]["selector"]["matchLabels"].items() <= pod_labels.items() and pod_labels == POD_LABELS
    container = job["spec"]["template"]["spec"]["containers"][0]
    rank_ports = [p for p in container["ports"] if p["name"].startswith("lw-rank")]
    assert [e["port"] for e in pm["spec"]["podMetricsEndpoints"]] == [p["name"] for p in rank_ports]
    assert [p["containerPort"] for p in rank_ports] == [9400, 9401, 9402, 9403]
    assert "--nproc-per-node=4" in container["command"] and "--nnodes=2" in container["command"]
    env = {e["name"]: e for e in container["env"]}
    assert env["LIGHTWATCH_ADDR"]["valueFrom"]["fieldRef"]["fieldPath"] == "status.podIP"  # explicit, not 0.0.0.0
    assert env["LIGHTWATCH_NODE"]["valueFrom"]["fieldRef"]["fieldPath"] == "spec.nodeName"
    token_ref = env["LIGHTWATCH_TOKEN"]["valueFrom"]["secretKeyRef"]
    assert all(e["authorization"]["credentials"] == token_ref for e in pm["spec"]["podMetricsEndpoints"])
    relabel = pm["spec"]["podMetricsEndpoints"][0]["relabelings"]
    assert {"sourceLabels": ["__meta_kubernetes_pod_node_name"], "targetLabel": "node", "action": "replace"} in relabel
    assert all(o["kind"] != "Secret" for docs in objs.values() for o in docs)  # no credential in any file


def test_dashboards_as_grafana_sidecar_config_maps(rendered):
    maps = _objects(rendered)["dashboards.yaml"]
    boards = sorted(p.name for p in dashboards.DASHBOARDS_DIR.glob("*.json"))
    assert sorted(k for m in maps for k in m["data"]) == boards
    assert all(m["metadata"]["labels"]["grafana_dashboard"] == "1" for m in maps)
    for m in maps:
        (name, text), = m["data"].items()
        assert text == (dashboards.DASHBOARDS_DIR / name).read_text()


def test_prometheusrule_groups_are_exactly_what_promtool_tests(rendered, tmp_path):
    promtool = require_binary("promtool")
    tested = []
    for test_file in RULE_TESTS:
        for rel in yaml.safe_load(test_file.read_text())["rule_files"]:
            path = (test_file.parent / rel).resolve()
            if path not in tested:
                tested.append(path)
    assert sorted(tested) == sorted(p.resolve() for p in dashboards.RULES_DIR.glob("*.yml"))  # every rule file
    groups = [g for path in sorted(tested) for g in yaml.safe_load(path.read_text())["groups"]]
    rule = _objects(rendered)["prometheusrule.yaml"][0]
    assert rule["spec"]["groups"] == groups
    run = subprocess.run([promtool, "test", "rules", *map(str, RULE_TESTS)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    as_file = tmp_path / "from-prometheusrule.yml"  # and the object's groups load as a rule file
    as_file.write_text(yaml.safe_dump({"groups": rule["spec"]["groups"]}))
    check = subprocess.run([promtool, "check", "rules", str(as_file)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr


def test_alertmanagerconfig_carries_the_generated_route_and_inhibitions(rendered):
    amc = _objects(rendered)["alertmanagerconfig.yaml"][0]["spec"]
    generated = yaml.safe_load(dashboards.ALERTMANAGER_FILE.read_text())
    assert amc["route"]["groupBy"] == generated["route"]["group_by"]
    assert len(amc["inhibitRules"]) == len(generated["inhibit_rules"])
    first = amc["inhibitRules"][0]["sourceMatch"][0]
    assert first == {"name": "alertname", "matchType": "=", "value": "TrainingStalled"}


def test_kubectl_kustomize_renders_the_base_offline(rendered):
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is needed (Debian: apt-get install kubernetes-client)"
    res = subprocess.run([kubectl, "kustomize", str(rendered)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    docs = [d for d in yaml.load_all(res.stdout, Loader=_CRDLoader) if d]  # kustomize writes matchType: = bare
    expected = [(o["kind"], o["metadata"]["name"]) for objs in _objects(rendered).values() for o in objs]
    assert sorted((d["kind"], d["metadata"]["name"]) for d in docs) == sorted(expected)
    assert {d["metadata"]["namespace"] for d in docs} == {"ml-training"}


def test_bad_out_and_options_are_one_line_exit_2_before_any_write(tmp_path, capsys):
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert main(["k8s", "render", "--out", str(a_file)]) == 2
    assert "exists and is not a directory" in capsys.readouterr().err
    assert main(["k8s", "render", "--out", str(tmp_path / "no" / "such")]) == 2
    assert "does not exist" in capsys.readouterr().err
    link = tmp_path / "link"
    link.symlink_to(tmp_path)
    assert main(["k8s", "render", "--out", str(link)]) == 2
    assert "symbolic link" in capsys.readouterr().err
    out = tmp_path / "fresh"
    assert main(["k8s", "render", "--out", str(out), "--ranks-per-pod", "0"]) == 2
    err = capsys.readouterr().err.strip()
    assert "--ranks-per-pod=0 must be" in err and len(err.splitlines()) == 1 and not out.exists()
    out.mkdir()
    (out / "podmonitor.yaml").mkdir()  # an output name taken by a folder: refused, nothing written
    assert main(["k8s", "render", "--out", str(out)]) == 2
    assert "is a directory" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["podmonitor.yaml"]


def test_render_options_are_checked():
    with pytest.raises(ValueError, match="namespace"):
        RenderOptions(namespace="Bad_NS")
    with pytest.raises(ValueError, match="interval"):
        RenderOptions(interval="fast")
