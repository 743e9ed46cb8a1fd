"""``lightwatch k8s render --out DIR``: Prometheus Operator manifests (a kustomize base) for training on Kubernetes.

Writes a PodMonitor, a PrometheusRule holding the generated rules, the dashboards as Grafana-sidecar
ConfigMaps, an AlertmanagerConfig, an example torchrun Job and a ``kustomization.yaml`` (see
:mod:`monitor.k8s`). Inputs are the committed generated files under ``dashboards/build/``; every
output is checked before anything is written and written atomically; other files in DIR are left alone.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="k8s_command", metavar="ACTION", required=True)
    p = sub.add_parser("render", help="write the manifests and kustomization.yaml into --out DIR")
    p.add_argument("--out", required=True, help="output folder (created when missing; its parent must exist)")
    p.add_argument("--ranks-per-pod", type=int, default=8, help="torchrun --nproc-per-node: one named port each")
    p.add_argument("--nodes", type=int, default=2, help="pods of the example Job (torchrun --nnodes)")
    p.add_argument("--base-port", type=int, default=None, help="exporter base port (default 9400)")
    p.add_argument("--interval", default="15s", help="scrape interval (default 15s)")
    p.add_argument("--namespace", default=None, help="namespace of every object (default: kubectl's)")
    p.add_argument("--release", default="kube-prometheus-stack",
                   help="the `release` label your Prometheus selects PodMonitors/PrometheusRules by")
    p.add_argument("--image", default=None, help="training image of the example Job")
    p.add_argument("--webhook-url", default=None, help="Alertmanager webhook receiver URL")
    p.add_argument("--build-dir", default=None, help="generated dashboards/rules folder (default: dashboards/build)")


def run(args: argparse.Namespace) -> int:
    import dashboards
    from monitor import cliio
    from monitor.k8s import RenderOptions, render

    build = Path(args.build_dir) if args.build_dir else dashboards.BUILD_DIR
    rules_dir, boards_dir, am_file = build / "rules", build / "dashboards", build / "alertmanager.yml"
    for folder in (rules_dir, boards_dir):
        if not folder.is_dir():
            raise cliio.UsageError(f"--build-dir {str(build)!r} has no {folder.name}/ folder; "
                                   f"run `lightwatch dashboards build` or give the folder it wrote")
    cliio.input_file(am_file, "--build-dir alertmanager.yml")
    kw = {k: v for k, v in dict(ranks_per_pod=args.ranks_per_pod, nodes=args.nodes, base_port=args.base_port,
                                 interval=args.interval, namespace=args.namespace, release=args.release,
                                 image=args.image, webhook_url=args.webhook_url).items() if v is not None}
    try:
        opts = RenderOptions(**kw)
    except ValueError as exc:
        # name the flag: "ranks_per_pod=0 must ..." -> "--ranks-per-pod=0 must ..."
        raise cliio.UsageError(re.sub(r"^(\w+)=", lambda m: f"--{m.group(1).replace('_', '-')}=", str(exc))) from None
    out = cliio.output_dir(args.out, "--out")
    if out.resolve() == build.resolve() or build.resolve() in out.resolve().parents:
        raise cliio.UsageError(f"--out {str(out)!r} is (inside) the --build-dir {str(build)!r} it reads; "
                               "choose another folder")
    files = render(rules_dir, boards_dir, am_file, opts)  # everything in memory before any write
    if out.exists():
        for name in files:
            cliio.output_file(out / name, f"--out {name}")
    else:
        out.mkdir()
    for name, text in files.items():
        with cliio.atomic_write(out / name) as fh:
            fh.write(text)
    print(f"lightwatch k8s: wrote {', '.join(files)} to {out}; apply with `kubectl apply -k {out}`")
    return 0
