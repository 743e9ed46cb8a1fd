"""``lightwatch stack up|down|status``: the native Prometheus stack in the background.

The command line of :mod:`monitor.stack` (the server-process library). It is a CLI module, so it
may import across packages: it takes the committed rule files and the Alertmanager template from
:mod:`dashboards`. ``up`` checks every input before anything starts, resolves the data directory
once (every path in the generated configs is absolute), and says ready only once Prometheus has
loaded the rule groups and scraped itself through the ``file_sd`` folder; ``status`` exits 1 when
nothing is recorded, a server is down, no rule group is loaded, or that scrape fails::

    lightwatch stack up [--data-dir .lightwatch/stack]   # prints the URLs, rules and targets
    lightwatch stack status
    lightwatch stack down
"""

from __future__ import annotations

import argparse
from pathlib import Path

from monitor import stack as S
from monitor import stack_state
from monitor.durations import check_duration


DEFAULT_DATA_DIR = ".lightwatch/stack"
DEFAULT_GROUP_WAIT = "30s"
_DATA_DIR_HELP = f"configs, TSDB, logs, pid files and file_sd targets (default {DEFAULT_DATA_DIR})"


def add_arguments(p: argparse.ArgumentParser) -> None:
    # --data-dir is accepted before the verb too (the old `stack --data-dir D up` order); SUPPRESS
    # keeps a verb's own default from overwriting it
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help=_DATA_DIR_HELP)
    verbs = p.add_subparsers(dest="action", required=True, metavar="{up,down,status}")
    up = verbs.add_parser("up", help="start Prometheus, Alertmanager and the Pushgateway on 127.0.0.1",
                          description="Start the stack in the background and print its URLs, rules and targets.")
    down = verbs.add_parser("down", help="stop the recorded servers", description="Stop the recorded servers.")
    status = verbs.add_parser("status", help="servers, rule groups, targets and firing alerts; exit 1 if unhealthy",
                              description="Report the recorded stack; exit 1 when nothing runs, a server is "
                                          "down, or no rule group is loaded.")
    for verb in (up, down, status):
        verb.add_argument("--data-dir", default=argparse.SUPPRESS, help=_DATA_DIR_HELP)
    for name, port in S.DEFAULT_PORTS.items():
        up.add_argument(f"--{name}-port", type=int, default=port,
                        help=f"{name} port on 127.0.0.1 (default {port}; 0 = a free port)")
    up.add_argument("--scrape-interval", default="15s", help="Prometheus scrape interval (default 15s)")
    up.add_argument("--evaluation-interval", default=None, help="rule evaluation interval (default: scrape interval)")
    up.add_argument("--target", action="append", default=[], metavar="HOST:PORT",
                    help="also scrape this exporter (repeatable); ranks with file_sd=DATA_DIR/targets register "
                         "themselves")
    up.add_argument("--webhook-url", default=None,
                    help="URL the generated Alertmanager config posts warning and critical alerts to (default "
                         "the template's http://127.0.0.1:5001/alerts)")
    up.add_argument("--critical-webhook-url", default=None,
                    help="URL for critical alerts only (default: the --webhook-url)")
    up.add_argument("--heartbeat-url", default=None,
                    help="URL the always-firing Watchdog alert is posted to every minute (a dead man's switch); "
                         "default: dropped")
    up.add_argument("--group-wait", default=DEFAULT_GROUP_WAIT,
                    help=f"wait before a new alert group's first notification (default {DEFAULT_GROUP_WAIT})")
    up.add_argument("--alertmanager-config", default=None, metavar="FILE",
                    help="use this Alertmanager config file instead of the generated one")


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "data_dir", DEFAULT_DATA_DIR))


def _generated_am_options(args: argparse.Namespace) -> dict:
    """The options of the generated Alertmanager config given on the command line."""
    given = {"webhook_url": args.webhook_url, "critical_webhook_url": args.critical_webhook_url,
             "heartbeat_url": args.heartbeat_url}
    out = {k: v for k, v in given.items() if v is not None}
    if args.group_wait != DEFAULT_GROUP_WAIT:
        out["group_wait"] = args.group_wait
    return out


def _check_up_args(args: argparse.Namespace) -> tuple[Path, list[Path], dict | Path]:
    """Every input of ``stack up`` checked before anything starts: the absolute data dir, rule files,
    and the Alertmanager config (a generated dict, or the user's file)."""
    import dashboards
    from dashboards import alertmanager
    from monitor.cliio import UsageError, input_file, output_dir

    data_dir = _data_dir(args)
    first_missing = data_dir  # created with its parents: check the deepest folder that exists
    while not first_missing.parent.exists() and first_missing.parent != first_missing:
        first_missing = first_missing.parent
    output_dir(data_dir if data_dir.exists() or data_dir.is_symlink() else first_missing, "--data-dir")
    check_duration(args.scrape_interval, "--scrape-interval")
    check_duration(args.evaluation_interval, "--evaluation-interval")
    check_duration(args.group_wait, "--group-wait")
    for target in args.target:
        S.check_target(target, "--target")
    for name in S.DEFAULT_PORTS:
        S.check_port_free(getattr(args, f"{name}_port"), S.LOOPBACK, f"--{name}-port")
    rule_files = sorted(dashboards.RULES_DIR.glob("*.yml"))
    if not rule_files:
        raise FileNotFoundError(f"no rule files in {dashboards.RULES_DIR}: run `lightwatch dashboards build`")
    am_options = _generated_am_options(args)
    if args.alertmanager_config:
        if am_options:
            raise UsageError(f"--{', --'.join(k.replace('_', '-') for k in am_options)} set the generated "
                             "Alertmanager config; --alertmanager-config replaces it: give one or the other")
        am_config: dict | Path = input_file(args.alertmanager_config, "--alertmanager-config").resolve()
        S.check_outside(am_config, data_dir.resolve(), "--alertmanager-config")  # the stack writes there
        S.check_alertmanager_config(am_config, "--alertmanager-config")
    elif am_options:
        am_config = alertmanager.alertmanager_config(**am_options)
    else:
        am_config = dashboards.ALERTMANAGER_FILE
    return data_dir.resolve(), rule_files, am_config


def _up(args: argparse.Namespace) -> int:
    data_dir, rule_files, am_config = _check_up_args(args)  # bad input and busy ports fail before anything starts
    running = {n: s for n, s in stack_state.status(data_dir).items() if s["running"]}
    if running:
        raise RuntimeError(f"a stack is already running in {data_dir} ({', '.join(running)}); "
                           f"`lightwatch stack down --data-dir {_data_dir(args)}` first")
    from monitor.progress import Steps

    with Steps(None, "stack up") as steps:  # a bar on a terminal: a step per server ready and check passed
        stack = S.start_stack(data_dir, rule_files=rule_files, alertmanager_config=am_config,
                              static_targets=args.target or None, prometheus_port=args.prometheus_port,
                              alertmanager_port=args.alertmanager_port, pushgateway_port=args.pushgateway_port,
                              scrape_interval=args.scrape_interval, evaluation_interval=args.evaluation_interval,
                              wait_scraped=True, progress=steps.step)
    stack_state.write_state(stack)
    print(f"lightwatch stack up (data in {data_dir})")
    for name, srv in stack.servers.items():
        print(f"  {name:<13} {srv.url}  pid {srv.process.pid}  log {srv.log_path}")
    _print_health(S.prometheus_health(stack.prometheus.url))
    print(f"  training ranks: PrometheusMonitor(file_sd={str(stack.targets_dir)!r}) registers them")
    print(f"  stop with: lightwatch stack down --data-dir {_data_dir(args)}")
    return 0


def _print_health(health: S.PrometheusHealth) -> None:
    print(f"  rules: {len(health.groups)} rule groups loaded from {len(health.rule_files)} files "
          f"({health.rules} rules)")
    by_job = health.targets_by_job()
    print("  targets: " + (", ".join(f"{job} {up}/{total} up" for job, (up, total) in sorted(by_job.items()))
                           or "none discovered"))
    for t in health.targets:
        if t["health"] == "down":
            print(f"    {t['labels'].get('job')} {t['scrapeUrl']}: {t['health']} {t.get('lastError') or ''}".rstrip())


def _status(data_dir: Path) -> int:
    servers = stack_state.status(data_dir)
    if not servers:
        print(f"no stack recorded in {data_dir} (`lightwatch stack up --data-dir {data_dir}`)")
        return 1
    problems = []
    for name, info in servers.items():
        state = "ready" if info["ready"] else ("running, not ready" if info["running"] else "not running")
        if not info["ready"]:
            problems.append(f"{name} {state}")
        print(f"  {name:<13} {info['url']}  pid {info['pid']}  {state}")
    prom = servers.get("prometheus")
    if prom and prom["ready"]:
        from monitor import promql

        health = S.prometheus_health(prom["url"])
        _print_health(health)
        problems += health.problems(alertmanager="alertmanager" in servers, scraped=True)
        firing = [a["labels"].get("alertname") for a in promql.alerts(prom["url"]) if a.get("state") == "firing"]
        print(f"  alerts firing: {', '.join(firing) or 'none'}")
    if problems:
        print(f"unhealthy: {'; '.join(problems)}")
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    """``lightwatch stack up|down|status``."""
    if args.action == "up":
        return _up(args)
    data_dir = _data_dir(args)
    if data_dir.exists() and not data_dir.is_dir():  # a file would read as "no stack recorded"
        from monitor.cliio import UsageError

        raise UsageError(f"--data-dir {str(data_dir)!r} is not a directory; give the folder `stack up` wrote")
    if args.action == "down":
        stopped = stack_state.stop_recorded(data_dir)
        print(f"stopped: {', '.join(stopped)}" if stopped else f"no stack running in {data_dir}")
        return 0
    return _status(data_dir)
