"""``lightwatch demo --parallel``: TinyGPT under ThreeDParallelStrategy on CPU / gloo ranks.

Lightning launches the ranks itself (``devices = pp x dp x tp``): the command re-runs in each child
process. Every rank serves its metrics (``--port`` + local rank); rank 0 prints a summary.
"""

from __future__ import annotations

import argparse
import statistics


def parse_mesh(text: str) -> tuple[int, int, int]:
    """``"2,2,1"`` -> ``(2, 2, 1)`` (pipeline, data, tensor parallel sizes)."""
    try:
        pp, dp, tp = (int(v) for v in text.split(","))
    except ValueError:
        raise ValueError(f"--parallel-mesh {text!r}: expected PP,DP,TP, e.g. 2,2,1") from None
    if min(pp, dp, tp) < 1 or pp * dp * tp < 2:
        raise ValueError(f"--parallel-mesh {text!r}: sizes must be >= 1 with at least 2 ranks in all")
    return pp, dp, tp


def run_parallel_demo(args: argparse.Namespace) -> int:
    pp, dp, tp = parse_mesh(args.parallel_mesh)
    if args.batch_size % dp or (args.batch_size // dp) % (2 * pp):
        raise ValueError(f"--batch-size {args.batch_size}: must split over data_parallel_size={dp} into "
                         f"{2 * pp} microbatches per rank")
    from monitor._lightning import pl

    from lightning_plugins import ThreeDParallelStrategy
    from lightning_plugins.models import TinyGPT, TokenDataModule
    from monitor.callbacks import PrometheusMonitor

    pl.seed_everything(args.seed, verbose=False)
    strategy = ThreeDParallelStrategy(pp, dp, tp, num_microbatches=2 * pp, partition="measured",
                                      run_name=args.run_name, check_every_n_steps=10)
    monitor = PrometheusMonitor(run_name=args.run_name, port=args.port, log_every_n_steps=10,
                                tokens_per_sample=32)
    step_times: list[float] = []  # per monitor window: training seconds per batch (pauses left out)
    monitor.subscribe(lambda w: step_times.append((w.seconds - w.pause_seconds) / w.batches) if w.batches else None)
    trainer = pl.Trainer(accelerator="cpu", devices=pp * dp * tp, strategy=strategy, max_steps=args.steps,
                         callbacks=[monitor], logger=False, enable_checkpointing=False, enable_model_summary=False,
                         enable_progress_bar=bool(getattr(args, "verbose", False)), log_every_n_steps=10)
    model = TinyGPT(vocab_size=256, seq_len=32, d_model=64, n_head=4, n_layer=4, optimizer="adamw", lr=3e-3)
    trainer.fit(model, datamodule=TokenDataModule(num_samples=args.batch_size * 20, seq_len=32, vocab_size=256,
                                                  batch_size=args.batch_size // dp, seed=args.seed))
    if trainer.is_global_zero:
        check = strategy.last_check or {}
        rows = [
            ("mesh (pp, dp, tp)", f"({pp}, {dp}, {tp}) on {trainer.world_size} gloo ranks"),
            ("optimizer steps", f"{trainer.global_step}"),
            ("median step (rank 0)", f"{statistics.median(step_times) * 1000:.1f} ms over {len(step_times)} "
                                     "windows" if step_times else "n/a"),
            ("final training loss", f"{float(trainer.callback_metrics.get('train_loss', float('nan'))):.4f}"),
            ("blocks per stage", f"{strategy.stage_sizes}"),
            ("pipeline bubble", f"{check.get('bubble', float('nan')):.2f} measured (rank 0) vs "
                                f"{(pp - 1) / (2 * pp + pp - 1):.2f} theoretical"),
            ("stage imbalance (max/mean)", f"{check.get('imbalance', float('nan')):.2f}"),
            ("exposed communication", f"{check.get('exposed_comm', float('nan')):.2f} of the step"),
            ("straggler flagged (rank 0)", f"{bool(check.get('flagged', False))}"),
        ]
        width = max(len(k) for k, _ in rows)
        print("\nlightwatch parallel demo summary")
        print("-" * (width + 40))
        for k, v in rows:
            print(f"{k:<{width}}  {v}")
        print("-" * (width + 40))
        from monitor import metrics as M

        names = ", ".join(spec.series for spec in (M.PIPELINE_BUBBLE, M.STAGE_IMBALANCE, M.STRAGGLER))
        print(f"metrics: {names}, ... (docs/guide/parallelism.md)", flush=True)
    return 0
