"""Input and output checks shared by every ``lightwatch`` verb.

Each verb checks its inputs and outputs *before any work starts* with these helpers, so bad input
gets one line naming the input and what would be valid, exit code 2 (``monitor.cli`` maps
:class:`UsageError` to it), and nothing is left behind. Outputs are written with
:func:`atomic_write`: a temporary file beside the target, renamed over it only once complete, so a
failure never leaves a partial file and nothing but the named output is touched.

Policy, the same for every verb:

- an input must exist, be a regular file (not a directory) and be readable; ``allow_empty=False``
  also refuses an empty one;
- an output may not be a directory, a symbolic link (writing would replace the link or write
  somewhere the user did not name), nor the same file as any input; its folder must exist and be
  writable;
- an output with a required suffix is refused when the suffix is missing, instead of silently
  writing another name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator


class UsageError(ValueError):
    """Bad command-line input: reported as one line, exit code 2."""


FLAG_WORDS = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}


def parse_flag(text: object, what: str) -> bool:
    """``1/0``, ``true/false`` or ``yes/no`` (any case, spaces ignored) as a bool; ``ValueError`` naming
    ``what`` otherwise."""
    try:
        return FLAG_WORDS[str(text).strip().lower()]
    except KeyError:
        raise ValueError(f"{what}={text!r} must be 1/0, true/false or yes/no") from None


def input_file(path: str | os.PathLike, what: str = "input", *, allow_empty: bool = False) -> Path:
    """``path`` as a :class:`Path` once it is a readable regular file; else :class:`UsageError`."""
    p = Path(path)
    if not p.exists():
        raise UsageError(f"{what} {str(p)!r} does not exist")
    if p.is_dir():
        raise UsageError(f"{what} {str(p)!r} is a directory; give a file")
    if not p.is_file():
        raise UsageError(f"{what} {str(p)!r} is not a regular file")
    if not os.access(p, os.R_OK):
        raise UsageError(f"{what} {str(p)!r} is not readable")
    if not allow_empty and p.stat().st_size == 0:
        raise UsageError(f"{what} {str(p)!r} is empty")
    return p


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def output_file(path: str | os.PathLike, what: str = "--out", *, inputs: Iterable[str | os.PathLike] = (),
                suffix: str | None = None) -> Path:
    """``path`` as a :class:`Path` once it is a writable, non-aliased output; else :class:`UsageError`."""
    p = Path(path)
    if suffix is not None and p.suffix.lower() != suffix.lower():
        raise UsageError(f"{what} {str(p)!r} must end in {suffix}")
    if p.is_symlink():
        raise UsageError(f"{what} {str(p)!r} is a symbolic link; name the file itself")
    if p.is_dir():
        raise UsageError(f"{what} {str(p)!r} is a directory; give a file name")
    for inp in inputs:
        q = Path(inp)
        if _same_file(p, q) or p.resolve() == q.resolve():
            raise UsageError(f"{what} {str(p)!r} is the input {str(q)!r}; choose another output")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"{what} {str(p)!r}: folder {str(parent)!r} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK) or (p.exists() and not os.access(p, os.W_OK)):
        raise UsageError(f"{what} {str(p)!r} is not writable")
    return p


def output_dir(path: str | os.PathLike, what: str = "--out-dir", *, create: bool = True) -> Path:
    """``path`` as a directory that can be written (created when missing and ``create``)."""
    p = Path(path)
    if p.is_symlink():
        raise UsageError(f"{what} {str(p)!r} is a symbolic link; name the folder itself")
    if p.exists() and not p.is_dir():
        raise UsageError(f"{what} {str(p)!r} exists and is not a directory")
    if not p.exists():
        parent = p.parent if str(p.parent) else Path(".")
        if not create or not parent.is_dir():
            raise UsageError(f"{what} {str(p)!r}: folder {str(parent)!r} does not exist")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise UsageError(f"{what} {str(p)!r}: folder {str(parent)!r} is not writable")
    elif not os.access(p, os.W_OK | os.X_OK):
        raise UsageError(f"{what} {str(p)!r} is not writable")
    return p


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", **open_kw) -> Iterator:
    """Open a temporary file beside ``path``; on success it replaces ``path``, on error it is removed."""
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent if str(p.parent) else ".")
    try:
        with os.fdopen(fd, mode, **open_kw) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if p.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, p.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomically(path: str | os.PathLike, write: Callable[[str], None]) -> None:
    """Call ``write(tmp_path)`` (e.g. a library's ``savefig``/``save``), then rename onto ``path``."""
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.stem}.", suffix=p.suffix or ".tmp", dir=p.parent if str(p.parent) else ".")
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
