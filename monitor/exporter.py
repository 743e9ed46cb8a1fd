"""The per-process ``/metrics`` exporter and its configuration (:class:`ExporterConfig`).

Multi-process model: **one HTTP server per training process, on ``port + local_rank``**. Each rank
serves its own registry, so nothing is shared between processes (no multiprocess directory,
no lock files, gauges keep their meaning) and Prometheus tells ranks apart by the ``rank``
label every lightwatch metric carries. Prometheus finds the ranks through a ``file_sd`` targets
file each rank writes (``file_sd=`` a directory or a path with ``{rank}``), removed again on a
clean teardown so a finished job's targets disappear and a crashed job's targets go ``up == 0``.
Short jobs can also push their last values to a Pushgateway on teardown.

Multi-node: every node runs the same exporters; what differs per node (bind address, base port,
node name) comes from the environment a launcher sets (:meth:`ExporterConfig.from_env`:
``LIGHTWATCH_ADDR``, ``LIGHTWATCH_PORT``, ``LIGHTWATCH_NODE``, ...). The node is a *target label*:
each rank's file_sd entry carries ``node="<name>"`` and Prometheus attaches it to every series it
scrapes there (on Kubernetes the PodMonitor's relabeling does the same from the pod's node), so the
catalogue's series need no extra label and the exposition stays as it is.

Off-host exposure is explicit and authenticated: the default bind address is 127.0.0.1; any other
address must be given, and then needs a bearer token or basic auth (checked by the exporter, read
from a file or an environment variable, never logged) unless ``insecure=True`` says the network is
trusted. ``certfile``/``keyfile`` serve HTTPS (optionally requiring client certificates).

Usage::

    exporter = MetricsExporter(port=9400, local_rank=0, registry=registry)
    exporter.start()          # serves http://127.0.0.1:9400/metrics
    ...
    exporter.stop()

    cfg = ExporterConfig.from_env()   # LIGHTWATCH_* variables over the defaults
    MetricsExporter(cfg, registry=registry, local_rank=1, rank=3, run="exp1").start()
"""

from __future__ import annotations

import base64
import dataclasses
import errno
import hmac
import ipaddress
import json
import logging
import os
import re
import socket
import ssl
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

from prometheus_client import CollectorRegistry, make_wsgi_app, push_to_gateway
from prometheus_client.exposition import ThreadingWSGIServer

from monitor import metrics as M
from monitor.eventlog import log_event

DEFAULT_PORT = 9400
LOOPBACK = "127.0.0.1"
_PORT_SEARCH = 200  # ports tried after the requested one when next_free_port=True
#: node label values: one per host, DNS-label-like, bounded length (it is a label on every series)
_NODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")
_WILDCARDS = ("0.0.0.0", "::")

#: environment variable -> ExporterConfig field (what a launcher sets per node or per job)
ENV_VARS = {
    "LIGHTWATCH_PORT": "port",
    "LIGHTWATCH_ADDR": "addr",
    "LIGHTWATCH_NODE": "node",
    "LIGHTWATCH_ADVERTISE_ADDR": "advertise_addr",
    "LIGHTWATCH_NEXT_FREE_PORT": "next_free_port",
    "LIGHTWATCH_FILE_SD": "file_sd",
    "LIGHTWATCH_PUSHGATEWAY": "pushgateway",
    "LIGHTWATCH_CERTFILE": "certfile",
    "LIGHTWATCH_KEYFILE": "keyfile",
    "LIGHTWATCH_CLIENT_CAFILE": "client_cafile",
    "LIGHTWATCH_TOKEN_FILE": "token_file",
    "LIGHTWATCH_USERNAME": "username",
    "LIGHTWATCH_PASSWORD_FILE": "password_file",
    "LIGHTWATCH_INSECURE": "insecure",
}
#: secrets may also come as values in these variables (e.g. a Kubernetes secretKeyRef); never logged
TOKEN_ENV, PASSWORD_ENV = "LIGHTWATCH_TOKEN", "LIGHTWATCH_PASSWORD"


class PortInUseError(OSError):
    """The exporter's port is taken; the message names it and how to pick another."""


def validate_port(port: object, name: str = "port") -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise ValueError(f"{name}={port!r} is not a valid TCP port: give an int in 0..65535 (0 picks a free port)")
    return port


def _tcp_socket(addr: str) -> socket.socket:
    """An unbound TCP socket of ``addr``'s family (IPv6 where the address has a colon)."""
    return socket.socket(socket.AF_INET6 if ":" in addr else socket.AF_INET, socket.SOCK_STREAM)


def free_port(addr: str = LOOPBACK) -> int:
    """A port that was free a moment ago on ``addr`` (the OS picks it)."""
    with _tcp_socket(addr) as s:
        s.bind((addr, 0))
        return s.getsockname()[1]


def is_loopback(addr: str) -> bool:
    """True for ``localhost`` and addresses in 127.0.0.0/8 or ``::1``."""
    if addr == "localhost":
        return True
    try:
        return ipaddress.ip_address(addr).is_loopback
    except ValueError:
        return False  # a host name: off-host unless it is "localhost"


def default_node() -> str:
    """This host's short name, as a valid node label value."""
    name = socket.gethostname().split(".")[0] or "localhost"
    name = re.sub(r"[^A-Za-z0-9_.-]", "-", name)[:63]
    return name if _NODE_RE.match(name) else "localhost"


def _check_writable_target(path: Path) -> None:
    parent = path.parent
    if not parent.exists():
        raise ValueError(f"file_sd={str(path)!r}: directory {str(parent)!r} does not exist")
    if not os.access(parent, os.W_OK):
        raise ValueError(f"file_sd={str(path)!r}: directory {str(parent)!r} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise ValueError(f"file_sd={str(path)!r}: file exists and is not writable")


def _read_secret(path: str | None, env: str) -> str | None:
    if path:
        value = Path(path).read_text().strip()
        if not value:
            raise ValueError(f"{path!r} is empty: it must hold the secret")
        return value
    return os.environ.get(env) or None


@dataclass(frozen=True)
class ExporterConfig:
    """Everything about how a rank serves ``/metrics``; checked when built.

    Parameters
    ----------
    port : base port (default 9400); local rank ``r`` serves ``port + r``. ``0`` picks a free port.
    addr : bind address; loopback by default. Another address is explicit and then needs
        authentication (``token_file`` / ``username`` + ``password_file``, or the
        ``LIGHTWATCH_TOKEN`` / ``LIGHTWATCH_PASSWORD`` variables) or ``insecure=True``.
    next_free_port : when the port is taken, try the following ones instead of failing.
    certfile, keyfile : serve HTTPS with this certificate and key (prometheus_client's TLS model).
    client_cafile : with TLS, require client certificates signed by this CA (mutual TLS).
    file_sd : a directory (writes ``<dir>/lightwatch-<run>-rank<rank>.json``) or a file path
        (``{rank}`` is replaced by the global rank) for Prometheus ``file_sd_configs``.
    pushgateway : Pushgateway address (``host:port`` or URL) to push to on stop.
    node : the ``node`` target label (default: the host's short name); at most 63 characters of
        ``[A-Za-z0-9_.-]``.
    advertise_addr : the host written into file_sd (default: ``addr``, or the host's FQDN when
        ``addr`` is a wildcard such as ``0.0.0.0``).
    token_file : file holding a bearer token the scraper must send.
    username, password_file : HTTP basic auth the scraper must send.
    insecure : allow a non-loopback ``addr`` without authentication (a trusted network only).
    """

    port: int = DEFAULT_PORT
    addr: str = LOOPBACK
    next_free_port: bool = False
    certfile: str | None = None
    keyfile: str | None = None
    client_cafile: str | None = None
    file_sd: str | os.PathLike | None = None
    pushgateway: str | None = None
    node: str | None = None
    advertise_addr: str | None = None
    token_file: str | None = None
    username: str | None = None
    password_file: str | None = None
    insecure: bool = False

    def __post_init__(self) -> None:
        validate_port(self.port)
        if not isinstance(self.addr, str) or not self.addr:
            raise ValueError(f"addr={self.addr!r} must be a host address such as '127.0.0.1'")
        if bool(self.certfile) != bool(self.keyfile):
            raise ValueError("TLS needs both certfile and keyfile (got only one)")
        if self.client_cafile and not self.certfile:
            raise ValueError("client_cafile (mutual TLS) needs certfile and keyfile")
        for name in ("certfile", "keyfile", "client_cafile", "token_file", "password_file"):
            path = getattr(self, name)
            if path and not Path(path).is_file():
                raise ValueError(f"{name}={path!r} does not exist")
        if bool(self.username) != bool(self.password_file or os.environ.get(PASSWORD_ENV)):
            raise ValueError(f"basic auth needs both username and password_file (or {PASSWORD_ENV}); got only one")
        node = default_node() if self.node is None else self.node
        if not isinstance(node, str) or not _NODE_RE.match(node):
            raise ValueError(f"node={node!r} must be 1-63 characters of letters, digits, '_', '.', '-' "
                             f"(one value per host: it is a label on every series)")
        object.__setattr__(self, "node", node)
        if not is_loopback(self.addr) and not self.auth_required and not self.insecure:
            raise ValueError(
                f"addr={self.addr!r} exposes /metrics beyond this host: require a bearer token (token_file= or "
                f"{TOKEN_ENV}) or basic auth (username= + password_file=), ideally with certfile/keyfile; or pass "
                f"insecure=True (LIGHTWATCH_INSECURE=1) on a trusted network")
        if self.file_sd is not None:
            self.file_sd_path(run="run", rank=0)  # the folder must exist and be writable: fail before training

    @classmethod
    def from_env(cls, environ: dict | None = None, **overrides) -> "ExporterConfig":
        """Defaults, then the ``LIGHTWATCH_*`` variables (:data:`ENV_VARS`), then ``overrides``
        that are not None (explicit arguments win over the environment)."""
        environ = os.environ if environ is None else environ
        kw: dict = {}
        for var, name in ENV_VARS.items():
            raw = environ.get(var)
            if raw is None or raw == "":
                continue
            if name == "port":
                if not raw.isdigit():
                    raise ValueError(f"{var}={raw!r} is not a valid TCP port: give an int in 0..65535")
                kw[name] = int(raw)
            elif name in ("next_free_port", "insecure"):
                from monitor.cliio import parse_flag

                kw[name] = parse_flag(raw, var)
            else:
                kw[name] = raw
        kw.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**kw)

    def replace(self, **changes) -> "ExporterConfig":
        return dataclasses.replace(self, **changes)

    @property
    def tls(self) -> bool:
        return bool(self.certfile)

    @property
    def auth_required(self) -> bool:
        return bool(self.token_file or self.username or os.environ.get(TOKEN_ENV))

    def advertised_host(self) -> str:
        if self.advertise_addr:
            return self.advertise_addr
        return socket.getfqdn() if self.addr in _WILDCARDS else self.addr

    def file_sd_path(self, run: str, rank: int) -> Path | None:
        """Where rank ``rank`` of ``run`` writes its file_sd entry (checked writable), or None."""
        if self.file_sd is None:
            return None
        path = Path(os.fspath(self.file_sd))
        if path.is_dir():
            path = path / f"lightwatch-{run}-rank{rank}.json"
        else:
            path = Path(str(path).replace("{rank}", str(rank)))
        _check_writable_target(path)
        return path

    def authorization_values(self) -> list[bytes]:
        """The ``Authorization`` header values accepted (read now from the files or variables)."""
        accepted = []
        token = _read_secret(self.token_file, TOKEN_ENV)
        if token:
            accepted.append(b"Bearer " + token.encode())
        if self.username:
            password = _read_secret(self.password_file, PASSWORD_ENV)
            accepted.append(b"Basic " + base64.b64encode(f"{self.username}:{password}".encode()))
        return accepted


def _require_auth(app, accepted: list[bytes]):
    """Wrap a WSGI app: answer 401 unless the request's Authorization header is one of ``accepted``."""
    challenge = 'Basic realm="lightwatch"' if any(a.startswith(b"Basic ") for a in accepted) else "Bearer"

    def guarded(environ, start_response):
        got = environ.get("HTTP_AUTHORIZATION", "").encode("latin-1", "replace")
        if any(hmac.compare_digest(got, a) for a in accepted):  # constant time: no timing oracle
            return app(environ, start_response)
        start_response("401 Unauthorized", [("Content-Type", "text/plain; charset=utf-8"),
                                            ("WWW-Authenticate", challenge)])
        return [b"401 Unauthorized: send the lightwatch exporter's credentials\n"]

    return guarded


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        """No per-request stderr line (prometheus_client's exporter is quiet too)."""


def _serve(config: ExporterConfig, port: int, registry: CollectorRegistry):
    """Start the (TLS-wrapped, auth-checked) WSGI server on ``config.addr:port`` in a daemon thread."""
    app = make_wsgi_app(registry)
    accepted = config.authorization_values()
    if accepted:
        app = _require_auth(app, accepted)

    class Server(ThreadingWSGIServer):
        address_family = socket.AF_INET6 if ":" in config.addr else socket.AF_INET

    httpd = make_server(config.addr, port, app, Server, handler_class=_QuietHandler)
    if config.tls:
        try:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.load_cert_chain(config.certfile, config.keyfile)
            if config.client_cafile:
                ctx.load_verify_locations(config.client_cafile)
                ctx.verify_mode = ssl.CERT_REQUIRED
            httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
        except BaseException:
            httpd.server_close()
            raise
    thread = threading.Thread(target=httpd.serve_forever, name=f"lightwatch-exporter-{port}", daemon=True)
    thread.start()
    return httpd, thread


class MetricsExporter:
    """Serve a registry on ``addr:(port + local_rank)``; optionally write file_sd / push on stop.

    ``MetricsExporter(config, registry=..., local_rank=..., rank=..., run=...)`` with an
    :class:`ExporterConfig`, or the config's fields as keywords (``MetricsExporter(port=0)``).

    Parameters
    ----------
    config : an :class:`ExporterConfig` (or give its fields as keywords instead).
    registry : the registry to serve (default: lightwatch's ``monitor.metrics.REGISTRY``).
    local_rank : this process's rank on its node.
    rank : global rank, used in the file_sd file name and the Pushgateway grouping key.
    run : run name, ditto.
    job : the ``job`` label of the file_sd entry and the Pushgateway group.
    """

    def __init__(self, config: ExporterConfig | None = None, *, registry: CollectorRegistry | None = None,
                 local_rank: int = 0, rank: int = 0, run: str = "default", job: str = "lightwatch",
                 **options) -> None:
        if config is None:
            config = ExporterConfig(**options)
        elif not isinstance(config, ExporterConfig) or options:
            raise TypeError("give an ExporterConfig or its fields as keywords, not both")
        if config.port and config.port + local_rank > 65535:
            raise ValueError(f"port={config.port} + local_rank={local_rank} exceeds 65535; choose a lower port")
        self.config = config
        self.registry = M.REGISTRY if registry is None else registry
        self.local_rank = local_rank
        self.rank = rank
        self.run = run
        self.job = job
        self.file_sd_path = config.file_sd_path(run, rank)
        self.port: int | None = None
        self._server = None
        self._thread: threading.Thread | None = None

    # the config's fields, as before the config object existed
    base_port = property(lambda self: self.config.port)
    addr = property(lambda self: self.config.addr)
    node = property(lambda self: self.config.node)
    pushgateway = property(lambda self: self.config.pushgateway)

    @property
    def url(self) -> str:
        if self.port is None:
            raise RuntimeError("exporter is not started")
        return f"{'https' if self.config.tls else 'http'}://{self.target}/metrics"

    @property
    def target(self) -> str:
        """``host:port`` as Prometheus scrapes it (the advertised host)."""
        if self.port is None:
            raise RuntimeError("exporter is not started")
        host = self.config.advertised_host()
        return f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"

    def start(self) -> "MetricsExporter":
        if self._server is not None:
            return self
        base = self.config.port
        wanted = base + self.local_rank if base else 0
        candidates = [wanted]
        if wanted and self.config.next_free_port:
            candidates += [p for p in range(wanted + 1, wanted + 1 + _PORT_SEARCH) if p <= 65535]
        last_error: OSError | None = None
        for port in candidates:
            try:
                self._server, self._thread = _serve(self.config, port, self.registry)
            except OSError as exc:
                if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
                    raise
                last_error = exc
                continue
            self.port = self._server.server_port
            break
        if self._server is None:
            raise self._port_error(wanted) from last_error
        if port != wanted:
            log_event("exporter_port_changed", level=logging.WARNING, requested=wanted, port=self.port)
        if not is_loopback(self.addr) and not self.config.tls:
            # credentials (or the metrics themselves) cross the network in clear text
            log_event("exporter_off_host_without_tls", level=logging.WARNING, addr=self.addr, port=self.port,
                      hint="pass certfile/keyfile (LIGHTWATCH_CERTFILE/LIGHTWATCH_KEYFILE)")
        log_event("exporter_started", url=self.url, rank=self.rank, run=self.run, node=self.node,
                  auth=bool(self.config.auth_required), tls=self.config.tls)
        if self.file_sd_path is not None:
            self._write_file_sd()
        return self

    def _port_error(self, wanted: int) -> PortInUseError:
        hint = "" if self.config.next_free_port else " or next_free_port=True (--next-free-port)"
        return PortInUseError(
            errno.EADDRINUSE,
            f"metrics port {wanted} on {self.addr} is in use or not permitted"
            f" (rank {self.local_rank} serves port+local_rank): pass port=<another base port> (--port),"
            f" port=0 for a free one{hint}",
        )

    def check_port(self) -> None:
        """Raise :meth:`start`'s :class:`PortInUseError` now, serving nothing, when the port it would bind is
        taken or not permitted and ``next_free_port`` is off: a command refuses it before loading Lightning.
        The port is bound as the server binds it (``SO_REUSEADDR``) and released at once; a port free now
        can still be taken before :meth:`start`, which then raises the same error. Other bind errors are
        left to :meth:`start`."""
        wanted = self.config.port + self.local_rank if self.config.port else 0
        if not wanted or self.config.next_free_port or self._server is not None:
            return
        with _tcp_socket(self.addr) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((self.addr, wanted))
            except OSError as exc:
                if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                    raise self._port_error(wanted) from exc

    def file_sd_entry(self) -> list[dict]:
        """This rank's file_sd content: its target, ``job`` and the ``node`` target label (and
        ``__scheme__: https`` with TLS, so the scrape config needs no scheme of its own)."""
        labels = {"job": self.job, "node": self.node}
        if self.config.tls:
            labels["__scheme__"] = "https"
        return [{"targets": [self.target], "labels": labels}]

    def _write_file_sd(self) -> None:
        path = self.file_sd_path
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lightwatch-", suffix=".tmp")
        with os.fdopen(fd, "w") as fh:
            json.dump(self.file_sd_entry(), fh)
        os.replace(tmp, path)  # atomic: Prometheus never reads a half-written file

    def push(self) -> bool:
        """Push the registry to the Pushgateway (if configured). Never raises; returns success."""
        if not self.pushgateway:
            return False
        try:
            push_to_gateway(
                self.pushgateway, job=self.job, registry=self.registry,
                grouping_key={"run": self.run, "rank": str(self.rank), "node": self.node}, timeout=5,
            )
            return True
        except Exception as exc:  # a missing gateway must never fail the training job
            log_event("pushgateway_failed", level=logging.WARNING, gateway=self.pushgateway, error=str(exc))
            return False

    def stop(self, push: bool = True) -> None:
        if push:
            self.push()
        if self.file_sd_path is not None:
            try:
                self.file_sd_path.unlink()
            except FileNotFoundError:
                pass
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._server = None
            self._thread = None

    def __enter__(self) -> "MetricsExporter":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def secure_scrape_config(scrape: dict, config: ExporterConfig, *, ca_file: str | None = None,
                         token_file: str | None = None, password_file: str | None = None,
                         server_name: str | None = None) -> dict:
    """A copy of a Prometheus ``scrape_configs`` entry carrying what ``config``'s exporters demand.

    ``scheme: https`` + ``tls_config`` (``ca_file``, ``server_name``) when the exporter serves TLS;
    ``authorization`` (bearer ``credentials_file``) or ``basic_auth`` (``password_file``) when it
    checks credentials. Only file *paths* go into the config (Prometheus reads the secrets); the
    paths default to the exporter's own files (Prometheus on the same host) and can name the copies
    Prometheus has. ``promtool check config`` accepts the result.
    """
    out = json.loads(json.dumps(scrape))
    if config.tls:
        out["scheme"] = "https"
        tls = {"ca_file": str(ca_file or config.certfile)}
        if server_name:
            tls["server_name"] = server_name
        out["tls_config"] = tls
    if config.token_file or token_file:
        out["authorization"] = {"type": "Bearer", "credentials_file": str(token_file or config.token_file)}
    elif config.username:
        pw = password_file or config.password_file
        if not pw:
            raise ValueError("basic auth from LIGHTWATCH_PASSWORD: give password_file= for Prometheus' copy")
        out["basic_auth"] = {"username": config.username, "password_file": str(pw)}
    elif config.auth_required:
        raise ValueError(f"the token comes from {TOKEN_ENV}: give token_file= for Prometheus' copy")
    return out
