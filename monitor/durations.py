"""Prometheus durations (``15s``, ``1m30s``): the one definition lightwatch checks them with.

Imported by the stack launcher (:mod:`monitor.stack`), the anomaly CLI and by the generated rules and Alertmanager
config (:mod:`dashboards.config`, :mod:`dashboards.alertmanager`), so a duration accepted by one is
accepted by the other. Standard library only.

Usage::

    from monitor.durations import check_duration, duration_seconds, is_duration

    is_duration("1m30s")                               # True
    duration_seconds("1m30s")                          # 90.0
    check_duration("5 seconds", "--scrape-interval")   # ValueError naming the option
    parse_seconds("2.5", "--interval")                # 2.5 (plain seconds too, for CLI options)
"""

from __future__ import annotations

import re

#: a Prometheus duration: one or more ``<number><unit>`` with units ms, s, m, h, d, w, y (``1m30s``)
DURATION = re.compile(r"^(\d+(ms|s|m|h|d|w|y))+$")


def is_duration(value: object) -> bool:
    """Whether ``value`` is a Prometheus duration string such as ``15s`` or ``1m30s``."""
    return isinstance(value, str) and DURATION.match(value) is not None


def check_duration(value: str | None, option: str) -> str | None:
    """``value`` unless it is not a Prometheus duration (``ValueError`` naming ``option``); ``None`` passes."""
    if value is not None and not is_duration(value):
        raise ValueError(f"{option}={value!r} is not a Prometheus duration such as '15s' or '1m'")
    return value


_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}


def duration_seconds(value: str) -> float:
    """Seconds in a Prometheus duration (``1m30s`` -> 90.0); ``ValueError`` when it is not one."""
    check_duration(value, "duration")
    return sum(float(n) * _UNIT_SECONDS[u] for n, u in re.findall(r"(\d+)(ms|s|m|h|d|w|y)", value))


def parse_seconds(value: str | float, option: str) -> float:
    """Seconds from a positive finite number or a Prometheus duration; ``ValueError`` naming ``option``."""
    import math

    if is_duration(value):
        seconds = duration_seconds(value)
    else:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            seconds = float("nan")
    if not (math.isfinite(seconds) and seconds > 0):
        raise ValueError(f"{option}={value!r}: give a positive finite number of seconds or a duration such as "
                         "'15s' or '1m'")
    return seconds
