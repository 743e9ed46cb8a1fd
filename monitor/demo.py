"""Train a small model on CPU with lightwatch's metrics served, then print a summary.

The data is scikit-learn's bundled digits set (1,797 8x8 images, shipped inside the wheel, no
download). The exporter serves ``/metrics`` while training runs; where the Debian Prometheus
binary exists, a native Prometheus is started on a free loopback port and scrapes it.
"""

from __future__ import annotations

import argparse
import math
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def parse_slowdown(text: str | None) -> tuple[float, int] | None:
    """``"0.3@400"`` -> ``(0.3, 400)``: throughput drops by 30 % from step 400 on."""
    if text is None:
        return None
    try:
        frac, step = text.split("@")
        fraction, at = float(frac), int(step)
    except ValueError:
        raise ValueError(f"--inject-slowdown {text!r}: expected FRACTION@STEP, e.g. 0.3@400") from None
    if not 0.0 < fraction < 1.0 or at < 1:
        raise ValueError(f"--inject-slowdown {text!r}: FRACTION must be in (0, 1) and STEP >= 1")
    return fraction, at


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--steps", type=int, default=2000, help="training batches to run (default 2000)")
    p.add_argument("--port", type=int, default=9400, help="metrics port (default 9400; 0 = a free port)")
    p.add_argument("--next-free-port", action="store_true",
                   help="when --port is taken, serve on the next free port (printed) instead of failing")
    p.add_argument("--batch-size", type=int, default=32, help="training batch size (default 32)")
    p.add_argument("--hidden", type=int, default=512, help="hidden width of the MLP (default 512)")
    p.add_argument("--run-name", default="demo", help="the run label on every metric (default demo)")
    p.add_argument("--inject-slowdown", metavar="FRACTION@STEP", default=None,
                   help="sleep so throughput drops by FRACTION from STEP on, e.g. 0.3@1000")
    p.add_argument("--no-stack", action="store_true", help="do not start the native Prometheus even if installed")
    p.add_argument("--hold", type=float, default=0.0, help="keep serving metrics this many seconds after training")
    p.add_argument("--seed", type=int, default=0, help="seed of the model, data split and shuffling (default 0)")
    p.add_argument("--dps-provoke", metavar="START:STEPS", default="500:100",
                   help="DPS precision demo: scale the loss by 2**-40 for STEPS steps from START so fp16 "
                        "gradients underflow and DPS switches to bf16 (and back after its calm period); "
                        "'off' trains unprovoked (default 500:100)")
    p.add_argument("--parallel", action="store_true",
                   help="train TinyGPT under ThreeDParallelStrategy on CPU gloo ranks (see --parallel-mesh)")
    p.add_argument("--parallel-mesh", metavar="PP,DP,TP", default="2,2,1",
                   help="pipeline, data, tensor parallel sizes for --parallel (default 2,2,1: 4 ranks)")
    p.add_argument("--no-detector", action="store_true", help="do not attach the throughput anomaly detector")
    p.add_argument("--verbose", action="store_true",
                   help="also show Lightning's own lines and warnings, and its progress bar when not on a terminal")


def check_options(args: argparse.Namespace) -> None:
    """Every demo option checked before any work starts: :class:`~monitor.cliio.UsageError` otherwise."""
    from monitor.cliio import UsageError
    from monitor.context import validate_run_name
    from monitor.exporter import validate_port

    for flag, value in (("--steps", args.steps), ("--batch-size", args.batch_size), ("--hidden", args.hidden)):
        if value < 1:
            raise UsageError(f"{flag} {value}: must be >= 1")
    if not math.isfinite(args.hold) or args.hold < 0:
        raise UsageError(f"--hold {args.hold}: must be a finite number of seconds >= 0")
    try:
        validate_run_name(args.run_name)
    except ValueError as exc:
        raise UsageError(f"--run-name: {exc}") from None
    try:
        validate_port(args.port, "--port")
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def run(args: argparse.Namespace) -> int:
    check_options(args)
    slowdown = parse_slowdown(args.inject_slowdown)
    provoke = parse_provoke(args.dps_provoke)
    from monitor.progress import quiet_lightning

    if args.parallel:  # every rank re-runs this command: each is quiet unless --verbose
        from lightning_plugins.parallel_demo import run_parallel_demo

        with quiet_lightning(not args.verbose):
            return run_parallel_demo(args)
    # the monitor's exporter settings (as _train gives them) and a taken --port are refused now, not once
    # Lightning has loaded and fit has begun
    from monitor.exporter import ExporterConfig, MetricsExporter

    MetricsExporter(ExporterConfig.from_env(port=args.port, next_free_port=args.next_free_port)).check_port()
    # the demo writes no named output: its scratch folder (Lightning's root, the stack's TSDB) goes at exit

    workdir = Path(tempfile.mkdtemp(prefix="lightwatch-demo-"))
    try:
        with quiet_lightning(not args.verbose):
            return _train(args, workdir, slowdown, provoke)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _train(args: argparse.Namespace, workdir: Path, slowdown, provoke) -> int:
    from monitor._lightning import pl

    from monitor.callbacks import PrometheusMonitor
    from monitor.demo_model import DigitsDataModule, DigitsMLP, SlowdownInjector
    from monitor.progress import on_terminal

    pl.seed_everything(args.seed, verbose=False)
    monitor = PrometheusMonitor(run_name=args.run_name, port=args.port, log_every_n_steps=10,
                                next_free_port=args.next_free_port)
    callbacks = [monitor]
    detector_cb = None
    if not args.no_detector:
        detector_cb = _anomaly_callback(monitor, args.steps)
        callbacks.append(detector_cb)
    injector = None
    if slowdown is not None:
        injector = SlowdownInjector(*slowdown)
        callbacks.append(injector)
    from lightning_plugins import DPSPrecision

    dps = DPSPrecision(device="cpu", registry=monitor.registry, run_name=args.run_name)
    trainer = pl.Trainer(
        max_steps=args.steps, accelerator="cpu", devices=1, callbacks=callbacks, logger=False, plugins=[dps],
        enable_checkpointing=False, log_every_n_steps=10, default_root_dir=workdir,
        enable_model_summary=False, num_sanity_val_steps=0, check_val_every_n_epoch=10,
        enable_progress_bar=args.verbose or on_terminal(sys.stdout),  # Lightning's bar goes to stdout
    )
    data = DigitsDataModule(batch_size=args.batch_size, seed=args.seed)
    model = (DigitsMLP if provoke is None else _provoked(DigitsMLP, *provoke))(hidden=args.hidden)

    prom = servers = None
    windows = []  # the monitor's 10-batch windows (lightwatch_samples_per_second)
    monitor.subscribe(windows.append)

    class _Announce(pl.Callback):
        def on_train_start(self, trainer, pl_module):
            nonlocal prom, servers
            print(f"\nlightwatch: metrics at {monitor.url}", flush=True)
            if not args.no_stack:
                servers = _start_prometheus(monitor.exporter.target, workdir)
                prom = servers.prometheus if servers is not None else None
            if prom is not None:
                print(f"lightwatch: Prometheus at {prom.url} (scraping every 1s, lightwatch rules loaded)", flush=True)
            if servers is not None and servers.alertmanager is not None:
                print(f"lightwatch: Alertmanager at {servers.alertmanager.url}", flush=True)

    trainer.callbacks.insert(0, _Announce())
    t0 = time.perf_counter()
    try:
        trainer.fit(model, datamodule=data)
        wall = time.perf_counter() - t0
        prom_rate = _prometheus_rate(prom, args.run_name) if prom is not None else None
        if args.hold > 0:
            # keep the exporter up after fit: restart it on the same registry for --hold seconds
            from monitor.exporter import MetricsExporter

            with MetricsExporter(port=args.port, registry=monitor.registry,
                                 next_free_port=args.next_free_port) as exp:
                print(f"lightwatch: holding {exp.url} for {args.hold:.0f}s", flush=True)
                time.sleep(args.hold)
    finally:
        if servers is not None:
            servers.stop()
    _summary(args, trainer, model, windows, wall, prom, prom_rate, injector, dps)
    if detector_cb is not None:
        _anomaly_summary(detector_cb, injector)
    return 0


def parse_provoke(text: str) -> tuple[int, int] | None:
    """``"500:100"`` -> ``(500, 100)``; ``"off"`` -> None."""
    if text == "off":
        return None
    try:
        start, steps = (int(v) for v in text.split(":"))
    except ValueError:
        raise ValueError(f"--dps-provoke {text!r}: expected START:STEPS (e.g. 500:100) or 'off'") from None
    if start < 0 or steps < 1:
        raise ValueError(f"--dps-provoke {text!r}: START must be >= 0 and STEPS >= 1")
    return start, steps


def _provoked(base, start: int, steps: int):
    """``base`` whose loss is scaled by 2**-40 during [start, start + steps): fp16 gradients underflow."""

    class Provoked(base):
        def training_step(self, batch, batch_idx):
            loss = super().training_step(batch, batch_idx)
            return loss * 2.0 ** -40 if start <= self.global_step < start + steps else loss

    return Provoked


def _anomaly_callback(monitor, steps: int):
    """The throughput detector on the monitor's 10-batch window rates (lightwatch_samples_per_second)."""
    from anomaly import AnomalyCallback, ThroughputDetector

    points = max(1, steps // 10)
    detector = ThroughputDetector(warmup=min(100, max(20, points // 3)), threshold_sigmas=6.0,
                                  min_drop=0.15, window=15, persistence=5)
    return AnomalyCallback(monitor, detector)  # one point per monitor window


def _anomaly_summary(cb, injector) -> None:
    r = cb.last_result
    print("throughput anomaly detector (10-batch window rates, lightwatch_anomaly_* gauges):")
    if r is None:
        print("  no points scored")
        return
    steps = list(cb.alert_steps)
    if injector is not None:
        after = [s for s in steps if s >= injector.at_step]
        caught = f"CAUGHT at step {after[0]} ({after[0] - injector.at_step} steps later)" if after else "NOT caught"
        print(f"  slowdown injected at step {injector.at_step}: {caught}")
        before = [s for s in steps if s < injector.at_step]
        if before:
            print(f"  alerts before the injection at steps {before} (a real slowdown: is the CPU shared?)")
    else:
        print(f"  alert runs started at steps {steps} (no slowdown was injected: did the rate move with a "
              "precision switch above, or is the CPU shared?)" if steps else "  no regression flagged")
    if getattr(cb, "changes", 0):
        print(f"  known planned changes told to the detector: {cb.changes} (precision switches; it moves its "
              "baseline by each step instead of alerting)")
    print(f"  last: observed {r.value:,.0f} samples/s, forecast {r.forecast:,.0f}, "
          f"band [{r.lower:,.0f}, {r.upper:,.0f}], score {r.score:.2f}")
    sys.stdout.flush()


def _start_prometheus(target: str, workdir: Path):
    """The native stack (Prometheus with the generated rules + Alertmanager) when the binaries exist."""
    from monitor import stack

    try:
        stack.find_binary("prometheus")
    except stack.MissingBinaryError:
        print("lightwatch: no prometheus binary; serving /metrics only "
              f"(install: sudo apt-get install {stack.APT_PACKAGES})", flush=True)
        return None
    import dashboards

    rules = sorted(dashboards.RULES_DIR.glob("*.yml"))
    try:
        stack.find_binary("alertmanager")
        am = {"alertmanager_config": dashboards.ALERTMANAGER_FILE}
    except stack.MissingBinaryError:
        am = {"alertmanager_port": None}
    return stack.start_stack(workdir / "stack", rule_files=rules, static_targets=[target], scrape_interval="1s",
                             pushgateway_port=None, **am)


def _prometheus_rate(prom, run: str) -> float | None:
    from monitor import metrics as M
    from monitor import promql

    time.sleep(1.5)  # one more scrape after the last step
    try:
        res = promql.query(prom.url, f'max_over_time(sum(rate({M.SAMPLES.series}{{run="{run}"}}[5s]))[5m:1s])')
    except promql.PrometheusAPIError:
        return None
    return float(res[0]["value"][1]) if res else None


def _rate_by_precision(windows, history) -> dict[str, float]:
    """The median window rate under each precision DPS ran, from its switch history (a window counts for the
    precision in force at its last step; windows that span a switch are left out)."""
    if not history:
        return {}
    switches = [(h["step"], h["to"]) for h in history]
    rates: dict[str, list[float]] = {}
    prev_end = 0
    for w in windows:
        start, end = prev_end, w.global_step
        prev_end = end
        if any(start < step < end for step, _ in switches):
            continue
        dtype = history[0]["from"]
        for step, to in switches:
            if step <= start:
                dtype = to
        rates.setdefault(dtype, []).append(w.samples_per_second)
    return {t: statistics.median(r) for t, r in rates.items()}


def _summary(args, trainer, model, windows, wall, prom, prom_rate, injector, dps=None) -> None:
    steps = trainer.global_step
    full = [w for w in windows if w.batches and w.seconds > 0]
    med_rate = statistics.median(w.samples_per_second for w in full) if full else float("nan")
    med_batch = statistics.median((w.seconds - w.pause_seconds) / w.batches for w in full) if full else float("nan")
    rows = [
        ("optimizer steps", f"{steps}"),
        ("wall time", f"{wall:.1f} s"),
        ("median batch time (10-batch windows)", f"{med_batch * 1000:.2f} ms" if full else "n/a"),
        ("samples/s (median window)", f"{med_rate:,.0f}" if full else "n/a"),
        ("final training loss", f"{float(trainer.callback_metrics.get('train_loss', float('nan'))):.4f}"),
        ("validation accuracy", f"{float(trainer.callback_metrics['val_acc']):.3f}"
         if "val_acc" in trainer.callback_metrics else "not run yet (every 10 epochs)"),
    ]
    if prom_rate is not None:
        rows.append(("peak samples/s in Prometheus", f"{prom_rate:,.0f}"))
    if injector is not None and injector.sleep_seconds is not None:
        rows.append(("injected slowdown", f"{injector.fraction:.0%} from step {injector.at_step} "
                                          f"(+{injector.sleep_seconds * 1000:.2f} ms/step)"))
    if dps is not None:
        switches = ", ".join(f"{h['step']}: {h['from']}->{h['to']} ({h['reason']})" for h in dps.history)
        rows.append(("DPS precision now / switches", f"{dps.active} / {switches or 'none'}"))
        rows.append(("DPS skipped steps", f"{dps.skipped_steps}"))
        by_type = _rate_by_precision(full, dps.history)
        if len(by_type) > 1:  # on CPU fp16 steps are slower than bf16 ones: the rate moves with each switch
            rows.append(("samples/s by precision (median window)",
                         ", ".join(f"{t} {r:,.0f}" for t, r in by_type.items())))
    width = max(len(k) for k, _ in rows)
    print("\nlightwatch demo summary")
    print("-" * (width + 24))
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    print("-" * (width + 24))
    print("where to look next:")
    print("  * metrics catalogue: docs/reference/metrics.md, or `curl` the exporter while a run is live")
    print("  * dashboards: `make -C compose up` (Grafana) or dashboards/build/dashboards/*.json")
    print("  * `lightwatch --help` for the stack, dashboards, anomaly and compression commands")
    sys.stdout.flush()
