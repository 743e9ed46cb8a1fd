"""Structured logging: one JSON object per event, through the standard ``logging`` module.

Usage::

    from monitor.eventlog import log_event
    log_event("run_start", run="exp1", world_size=8)

The ``lightwatch`` logger gets a JSON handler on stderr the first time an event is logged,
unless the application configured handlers for it already (then those are used as they are).
"""

from __future__ import annotations

import json
import logging
import math
import sys
import time

LOGGER_NAME = "lightwatch"
_configured = False


class JsonFormatter(logging.Formatter):
    """Formats a record as a JSON object: ts, level, logger, event, and the event's fields."""

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "ts": round(record.created, 6),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        fields = getattr(record, "lightwatch_fields", None)
        if fields is not None:
            payload.update(fields)
        else:
            payload["message"] = record.getMessage()
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=_json_default, allow_nan=False)


def _json_default(value):
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def _sanitise(value):
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # JSON has no NaN/inf
    return value


def get_logger() -> logging.Logger:
    """The ``lightwatch`` logger, with a JSON stderr handler unless the app configured one."""
    global _configured
    logger = logging.getLogger(LOGGER_NAME)
    if not _configured:
        _configured = True
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)
        if not logger.handlers:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(JsonFormatter())
            logger.addHandler(handler)
            logger.propagate = False
    return logger


def log_event(event: str, level: int = logging.INFO, **fields) -> None:
    """Log one structured event: ``{"event": event, **fields}``."""
    record_fields = {"event": event, "unix_time": time.time()}
    record_fields.update({k: _sanitise(v) for k, v in fields.items()})
    get_logger().log(level, event, extra={"lightwatch_fields": record_fields})
