"""Reading built dashboards (their JSON models) without the dashboard SDK.

The SDK is needed only to *build* dashboards (Python >= 3.11); the generated JSON ships in the
package, and checks of it (panel queries against a live Prometheus, catalogue coverage) run on every
supported Python.
"""

from __future__ import annotations

import json


def queries_of(board_json: dict) -> list[tuple[str, str, str]]:
    """``[(panel title, refId, expr)]`` of a built dashboard (rows included), for checks and tests."""
    out = []

    def walk(panels):
        for p in panels:
            for t in p.get("targets") or []:
                out.append((p.get("title", ""), t.get("refId", ""), t.get("expr", "")))
            walk(p.get("panels") or [])

    walk(board_json.get("panels") or [])
    return out


def shipped() -> dict[str, dict]:
    """``{uid: dashboard JSON model}`` of the built dashboards that ship in the package
    (``dashboards/build/dashboards/*.json``; a test checks they equal what the code generates)."""
    import dashboards

    boards = (json.loads(path.read_text()) for path in sorted(dashboards.DASHBOARDS_DIR.glob("*.json")))
    return {board["uid"]: board for board in boards}
