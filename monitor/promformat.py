"""Prometheus value formats that lightwatch checks before writing a configuration: durations and targets.

One definition each, imported by the stack launcher (:mod:`monitor.stack`) and by the generated
rules and Alertmanager config (:mod:`dashboards.config`, :mod:`dashboards.alertmanager`), so a value
accepted by one is accepted by the other. Standard library only.

Usage::

    from monitor.promformat import check_duration, check_target, is_duration

    is_duration("1m30s")                           # True
    check_duration("5 seconds", "--scrape-interval")   # ValueError naming the option
    check_target("127.0.0.1:9400", "--target")
"""

from __future__ import annotations

import re

#: a Prometheus duration: one or more ``<number><unit>`` with units ms, s, m, h, d, w, y (``1m30s``)
DURATION = re.compile(r"^(\d+(ms|s|m|h|d|w|y))+$")
#: ``host:port`` with a DNS name, an IPv4 address or a bracketed IPv6 address
TARGET = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):(\d{1,5})$")


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


def check_target(value: str, option: str) -> str:
    """``value`` unless it is not a scrape target ``host:port``, port 1-65535 (``ValueError`` naming ``option``)."""
    m = TARGET.match(value) if isinstance(value, str) else None
    if not m or not 0 < int(m.group(1)) < 65536:
        raise ValueError(f"{option} {value!r} is not a scrape target HOST:PORT such as '127.0.0.1:9400' "
                         "(a host name or IP address, a colon, a port 1-65535)")
    return value
