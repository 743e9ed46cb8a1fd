"""GPU: utilisation, memory, power, energy per sample, temperature and clocks per device and rank.

Laid out like NVIDIA's DCGM exporter dashboard (utilisation, framebuffer memory, power, temperature,
SM and memory clocks), from lightwatch's own scrape-time collectors (``monitor.collectors``: NVML
through nvidia-ml-py, the CUDA caching allocator through torch), so every series carries the
``run``/``rank`` labels of the process that uses the device. A reading NVML does not report on a
GPU is absent, not zero: its panel simply has no line for that device.
"""

from __future__ import annotations

from monitor import metrics as M

from dashboards import common as c
from dashboards.config import Config

UID = "lightwatch-gpu"
TITLE = "lightwatch / GPU"

_DEV = "rank {{rank}} {{device}}"


def build(cfg: Config):
    s = c.sel()
    w = cfg.rate_window
    board = c.dashboard(UID, TITLE, "GPU utilisation, memory, power, energy per training sample, temperature and "
                                    "clocks per device and rank (NVML and the CUDA allocator, read at scrape time).")
    board.with_row(c.row("Utilisation and power"))
    board.with_panel(c.timeseries(
        "GPU utilisation", "Share of NVML's last sample period in which a kernel ran on the device.",
        [(f"{M.GPU_UTILIZATION.series}{{{s}}}", _DEV)], unit="percentunit", min_val=0, max_val=1, span=8))
    board.with_panel(c.timeseries(
        "Power draw", "Board power draw (NVML).",
        [(f"{M.GPU_POWER.series}{{{s}}}", _DEV)], unit="watt", min_val=0, span=8))
    board.with_panel(c.timeseries(
        "Energy per sample", "GPU energy per training sample: the rank's device energy rate over its "
                             f"samples rate ({w}); falls when the same work costs less energy.",
        [(f"sum by (run, rank) (rate({M.GPU_ENERGY.series}{{{s}}}[{w}]))"
          f" / sum by (run, rank) (rate({M.SAMPLES.series}{{{s}}}[{w}]))", "rank {{rank}}")],
        unit="joule", min_val=0, span=8))
    board.with_row(c.row("Memory"))
    board.with_panel(c.timeseries(
        "Allocator memory", "Bytes the CUDA caching allocator of this process holds in tensors (allocated), "
                            "has reserved from the driver (reserved) and the peak allocated since start.",
        [(f"{M.ACCEL_MEMORY_ALLOCATED.series}{{{s}}}", f"{_DEV} allocated"),
         (f"{M.ACCEL_MEMORY_RESERVED.series}{{{s}}}", f"{_DEV} reserved"),
         (f"{M.ACCEL_MEMORY_PEAK.series}{{{s}}}", f"{_DEV} peak")], unit="bytes", min_val=0, span=8))
    board.with_panel(c.timeseries(
        "Device memory (NVML)", "Memory in use on the device by every process (the driver's view, including "
                                "the CUDA context and other processes) and the memory installed.",
        [(f"{M.GPU_MEMORY_USED.series}{{{s}}}", f"{_DEV} used"),
         (f"{M.GPU_MEMORY_TOTAL.series}{{{s}}}", f"{_DEV} total")], unit="bytes", min_val=0, span=8))
    board.with_panel(c.timeseries(
        "Device memory used", "Used over installed device memory (NVML); red: little room left.",
        [(f"{M.GPU_MEMORY_USED.series}{{{s}}} / {M.GPU_MEMORY_TOTAL.series}{{{s}}}", _DEV)],
        unit="percentunit", min_val=0, max_val=1, span=8,
        steps=((None, c.GREEN), (cfg.gpu_memory_crit_ratio, c.RED)), show_thresholds=True))
    board.with_row(c.row("Temperature and clocks"))
    board.with_panel(c.timeseries(
        "Temperature", "GPU core temperature; clocks drop (thermal slowdown) near the red line.",
        [(f"{M.GPU_TEMPERATURE.series}{{{s}}}", _DEV)], unit="celsius", min_val=0, span=8,
        steps=((None, c.GREEN), (cfg.gpu_temperature_warn, c.YELLOW), (cfg.gpu_temperature_crit, c.RED)),
        show_thresholds=True))
    board.with_panel(c.timeseries(
        "SM clock", "Streaming-multiprocessor clock now: below the usual value under load means power or "
                    "thermal throttling.",
        [(f"{M.GPU_SM_CLOCK.series}{{{s}}}", _DEV)], unit="hertz", min_val=0, span=8))
    board.with_panel(c.timeseries(
        "Memory clock", "Device memory clock now.",
        [(f"{M.GPU_MEMORY_CLOCK.series}{{{s}}}", _DEV)], unit="hertz", min_val=0, span=8))
    return c.with_event_annotations(board, cfg)
