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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``lightwatch`` parser, every command's module imported for its arguments; with ``only`` (the
    command being run) the others' sub-parsers are bare (name and help), their modules not imported."""
    parser = argparse.ArgumentParser(prog="lightwatch", description="Observability for PyTorch Lightning training.")
    parser.add_argument("--version", action=_VersionAction, help="print lightwatch's version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module, help_text in COMMANDS:
        if only is not None and name != only:
            sub.add_parser(name, help=help_text)
            continue
        mod = importlib.import_module(module)
        p = sub.add_parser(name, help=help_text, description=(mod.__doc__ or help_text).strip().splitlines()[0])
        mod.add_arguments(p)
        p.set_defaults(_module=mod)
    return parser


class _VersionAction(argparse.Action):
    """``--version``, the version looked up only when asked: ``importlib.metadata`` is not loaded on every start."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"{parser.prog} {version()}")
        parser.exit()


def version() -> str:
    """The installed package's version (the source tree's pyproject version when not installed)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("lightwatch")
    except PackageNotFoundError:
        return "unknown (not installed)"


def main(argv: list[str] | None = None) -> int:
    if argv is None and sys.argv[1:] == ["--reference"]:
        print(reference())
        return 0
    parser = build_parser(_command(sys.argv[1:] if argv is None else argv))
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


def _command(argv: list[str]) -> str | None:
    """The command ``argv`` runs: its first word not starting with ``-`` (lightwatch's own options take no
    value), or None when that word is none of :data:`COMMANDS` (the full parser then reports it)."""
    word = next((a for a in argv if not a.startswith("-")), None)
    return word if word in {name for name, _, _ in COMMANDS} else None


def reference() -> str:
    """docs/reference/cli.md: every verb's ``--help`` (regenerate: ``python -m monitor.cli --reference``)."""
    import os

    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal: the page must not depend on it
    parser = build_parser()
    out = ["# Command line", "", "Generated from the parsers (`python -m monitor.cli --reference > docs/reference/cli.md`;",
           "a test fails when this page is stale). Exit codes: 0 success, 1 a failed check (`stack status`),",
           "2 bad input (one line on stderr naming the input), 130 interrupted.", "",
           "On a terminal, long work draws a progress bar on stderr (`stack up`, `dashboards build`, `compress`,",
           "`anomaly score`; the demo shows Lightning's bar); in a pipe or a CI log there is no bar, only the lines.",
           "Third-party lines and warnings (Lightning, ONNX Runtime) show only with `--verbose` (`demo`, `compress`).",
           ""]

    def walk(p: argparse.ArgumentParser, depth: int) -> None:
        out.extend([f"{'#' * depth} `{p.prog}`", "", "<!-- not-run: help text -->", "```text",
                    p.format_help().rstrip(), "```", ""])
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in dict.fromkeys(action.choices.values()):  # aliases map to one parser
                    walk(child, min(depth + 1, 4))

    walk(parser, 2)
    return "\n".join(out)


def one_line(exc: BaseException) -> str:
    """The exception's message on one line (a server's multi-line log excerpt joined with ' | ')."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return " | ".join(lines) or type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
