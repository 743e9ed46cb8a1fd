"""Prometheus durations (``15s``, ``1m30s``, ``500ms``): the one definition lightwatch checks them by.

    from monitor.durations import is_duration, check_duration, parse_seconds
    is_duration("1m30s")                 # True
    check_duration("soon", "--for")      # ValueError naming the option
    parse_seconds("1m30s", "--interval") # 90.0 (plain seconds such as "2.5" are accepted too)
"""

from __future__ import annotations

import math
import re

#: a Prometheus duration: one or more ``<integer><unit>``, units ms, s, m, h, d, w, y
DURATION = re.compile(r"^(\d+(ms|s|m|h|d|w|y))+$")
_PART = re.compile(r"(\d+)(ms|s|m|h|d|w|y)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0, "y": 31536000.0}


def is_duration(value) -> bool:
    """Whether ``value`` is a string Prometheus accepts as a duration."""
    return isinstance(value, str) and DURATION.match(value) is not None


def check_duration(value: str | None, option: str) -> None:
    """``ValueError`` naming ``option`` unless ``value`` is a Prometheus duration (``None`` passes)."""
    if value is not None and not is_duration(value):
        raise ValueError(f"{option}={value!r} is not a Prometheus duration such as '15s' or '1m'")


def parse_seconds(value: str | float, option: str) -> float:
    """Seconds from a positive finite number or a Prometheus duration; ``ValueError`` naming ``option``."""
    if is_duration(value):
        seconds = sum(int(n) * _UNIT_SECONDS[u] for n, u in _PART.findall(value))
    else:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            seconds = float("nan")
    if not (math.isfinite(seconds) and seconds > 0):
        raise ValueError(f"{option}={value!r}: give a positive finite number of seconds or a duration such as "
                         "'15s' or '1m'")
    return seconds
