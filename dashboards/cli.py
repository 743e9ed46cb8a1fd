"""``lightwatch dashboards build|push``: write the generated files, or upload the dashboards to Grafana.

``build`` writes the dashboards, the rule files and the Alertmanager template (default: the
committed ``dashboards/build/``). ``push`` uploads the dashboards into a Grafana folder with
grafana-client; the token comes from the environment (``GRAFANA_TOKEN``, a service-account token),
never from the command line. Pushing is idempotent: the folder is created once, and a dashboard
whose content already matches is left alone (no new version).
"""

from __future__ import annotations

import argparse
import os
import sys
import urllib.parse

TOKEN_ENV = "GRAFANA_TOKEN"
URL_ENV = "GRAFANA_URL"
DEFAULT_URL = "http://127.0.0.1:3000"
#: keys Grafana manages itself; ignored when comparing a local dashboard with the stored one
_VOLATILE = ("id", "version", "iteration")


class GrafanaPushError(RuntimeError):
    """Grafana could not be reached, rejected the token, or refused a dashboard."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    verbs = p.add_subparsers(dest="action", required=True, metavar="{build,push}")
    build = verbs.add_parser("build", help="write the dashboards, rule files and Alertmanager template",
                             description="Write the generated files (default: the committed dashboards/build).")
    build.add_argument("--out", default=None, help="output folder (default: the committed dashboards/build)")
    push = verbs.add_parser("push", help="upload the dashboards into a Grafana folder (token from $GRAFANA_TOKEN)",
                            description=f"Upload the dashboards with grafana-client; the token is read from "
                                        f"${TOKEN_ENV}, never from the command line.")
    push.add_argument("--url", default=None, help=f"Grafana URL (default ${URL_ENV} or {DEFAULT_URL})")
    push.add_argument("--folder", default="lightwatch", help="folder title, also its uid (default lightwatch)")
    push.add_argument("--timeout", type=float, default=10.0, help="HTTP timeout in seconds (default 10)")


def _check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"--url {url!r}: expected an http(s) URL such as {DEFAULT_URL}")
    if parts.username or parts.password:
        raise ValueError(f"--url: do not put credentials in the URL; set {TOKEN_ENV} instead")
    return url.rstrip("/")


def _stripped(model: dict) -> dict:
    return {k: v for k, v in model.items() if k not in _VOLATILE}


def push(url: str, token: str, dashboards: dict[str, dict], folder: str = "lightwatch",
         timeout: float = 10.0) -> dict[str, str]:
    """Upload ``{uid: model}`` into ``folder``; returns ``{uid: "created" | "updated" | "unchanged"}``.

    Example::

        from dashboards.queries import shipped
        push("http://127.0.0.1:3000", os.environ["GRAFANA_TOKEN"], shipped())
    """
    url = _check_url(url)
    if not token:
        raise ValueError(f"no Grafana token: set {TOKEN_ENV} to a service-account token with Editor rights")
    if not folder or "/" in folder:
        raise ValueError(f"--folder {folder!r}: give a non-empty folder name without '/'")
    from grafana_client import GrafanaApi
    from grafana_client.client import GrafanaClientError, GrafanaException, GrafanaUnauthorizedError

    api = GrafanaApi.from_url(url, credential=token, timeout=timeout)

    def call(what: str, fn, *args, missing_ok: bool = False):
        try:
            return fn(*args)
        except GrafanaUnauthorizedError as exc:
            raise GrafanaPushError(f"Grafana at {url} rejected the token (HTTP 401) while trying to {what}: "
                                   f"check {TOKEN_ENV}") from exc
        except GrafanaClientError as exc:
            if missing_ok and exc.status_code == 404:
                return None
            raise GrafanaPushError(f"Grafana at {url} refused to {what}: HTTP {exc.status_code} {exc.message}") from exc
        except GrafanaException as exc:
            raise GrafanaPushError(f"Grafana at {url} failed to {what}: {exc.message or exc}") from exc
        except Exception as exc:  # niquests' connection errors are not GrafanaExceptions
            raise GrafanaPushError(f"cannot reach Grafana at {url} ({what}): {exc}") from exc

    if call(f"read folder {folder!r}", api.folder.get_folder, folder, missing_ok=True) is None:
        call(f"create folder {folder!r}", api.folder.create_folder, folder, folder)
    result = {}
    for uid, model in sorted(dashboards.items()):
        stored = call(f"read dashboard {uid!r}", api.dashboard.get_dashboard, uid, missing_ok=True)
        if stored is not None:
            same_folder = stored.get("meta", {}).get("folderUid") == folder
            if same_folder and _stripped(stored.get("dashboard", {})) == _stripped(model):
                result[uid] = "unchanged"
                continue
        body = {"dashboard": {**_stripped(model), "id": None}, "folderUid": folder, "overwrite": True,
                "message": "lightwatch dashboards push"}
        call(f"save dashboard {uid!r}", api.dashboard.update_dashboard, body)
        result[uid] = "updated" if stored is not None else "created"
    return result


def run(args: argparse.Namespace) -> int:
    if args.action == "build":
        from monitor.cliio import output_dir
        from monitor.progress import Steps

        import dashboards

        out = output_dir(args.out, "--out") if args.out else dashboards.BUILD_DIR  # bad input first: rc 2
        try:
            from dashboards import main
        except ModuleNotFoundError as exc:  # the SDK ships for Python >= 3.11 only
            if (exc.name or "").partition(".")[0] != "grafana_foundation_sdk":
                raise
            print("lightwatch dashboards build: needs grafana-foundation-sdk (Python >= 3.11: pip install "
                  "'lightwatch[dashboards]'); the built dashboards already ship in "
                  f"{dashboards.DASHBOARDS_DIR}", file=sys.stderr)
            return 1

        with Steps(None, "dashboards build", unit="file") as steps:  # a bar on a terminal; one path a line
            main.build(out, on_written=lambda path, total: (steps.echo(str(path)), steps.step(path.name, total)))
        return 0
    url = _check_url(args.url or os.environ.get(URL_ENV) or DEFAULT_URL)
    token = os.environ.get(TOKEN_ENV, "")
    if not token:
        raise ValueError(f"no Grafana token: set {TOKEN_ENV} to a service-account token with Editor rights")
    if args.timeout <= 0:
        raise ValueError(f"--timeout {args.timeout}: must be > 0")
    from dashboards.queries import shipped  # the built JSON (== what the code generates: a test checks)

    for uid, state in push(url, token, shipped(), folder=args.folder, timeout=args.timeout).items():
        print(f"{uid}: {state}")
    sys.stdout.flush()
    return 0
