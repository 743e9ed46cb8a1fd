"""The ``lightwatch`` command line: a dispatcher over sub-command modules.

Each sub-command lives in its own module exposing ``add_arguments(parser)`` and ``run(args) -> int``;
those modules import their heavy dependencies inside ``run`` so ``lightwatch --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

#: (command, module, one-line help). Packages add their commands here.
COMMANDS: list[tuple[str, str, str]] = [
    ("demo", "monitor.demo", "train a small model on CPU with every plugin, metrics and the detector"),
    ("stack", "monitor.stack_cli", "native Prometheus + Alertmanager + Pushgateway on loopback: up | down | status"),
    ("dashboards", "dashboards.cli", "Grafana dashboards, rules and Alertmanager config: build | push"),
    ("compress", "lightning_plugins.compress_cli", "PQCF: quantize a checkpoint to mixed 8/4 bits and export ONNX"),
    ("anomaly", "anomaly.cli", "score throughput for regressions: CSV files, a Prometheus sidecar, PNG reports"),
    ("k8s", "monitor.k8s_cli", "Kubernetes (Prometheus Operator) manifests from the generated rules/dashboards: render"),
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lightwatch", description="Observability for PyTorch Lightning training.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}",
                        help="print lightwatch's version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module, help_text in COMMANDS:
        mod = importlib.import_module(module)
        p = sub.add_parser(name, help=help_text, description=(mod.__doc__ or help_text).strip().splitlines()[0])
        mod.add_arguments(p)
        p.set_defaults(_module=mod)
    return parser


def version() -> str:
    """The installed package's version (the source tree's pyproject version when not installed)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("lightwatch")
    except PackageNotFoundError:
        return "unknown (not installed)"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return int(args._module.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except (ValueError, FileNotFoundError, RuntimeError, OSError) as exc:
        # monitor.cliio.UsageError is a ValueError: bad input is one line and exit code 2
        print(f"lightwatch {args.command}: error: {one_line(exc)}", file=sys.stderr)
        return 2


def one_line(exc: BaseException) -> str:
    """The exception's message on one line (a server's multi-line log excerpt joined with ' | ')."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return " | ".join(lines) or type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
