"""lightwatch's monitoring core: metric catalogue, exporter, training callback, CLI.

``import monitor.metrics`` needs only prometheus_client; every public name below loads its module on
first use (PEP 562 ``__getattr__`` over a name -> module table, the style of every lightwatch package).
"""

from __future__ import annotations

from monitor._lazy import lazy_exports

#: public name -> the module defining it, or the modules to try in order (a name that moves between
#: modules keeps working from either); a name equal to its module's last part is the module itself
_LAZY: dict[str, str | tuple[str, ...]] = {
    "PrometheusMonitor": "monitor.callbacks",
    "WindowRecord": "monitor.throughput",
    "MetricsExporter": "monitor.exporter",
    "ExporterConfig": "monitor.exporter",
    "PrometheusLogger": "monitor.logger",
    "RunContext": "monitor.context",
    "DataQualityMonitor": "monitor.data_quality.callback",
    "KLCalibratedSampler": "monitor.data_quality.sampler",
    "metrics": "monitor.metrics",
}

__all__ = sorted(_LAZY)
__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
