"""Where the two versions come from: spec files, or a spec as it was at a git ref (`git show`)."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class GitError(Exception):
    """git is missing, the directory is not in a repository, or the ref is unknown."""


def _git(directory: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(directory), *args], capture_output=True, check=False)  # noqa: S607
    except FileNotFoundError:
        raise GitError("git is not installed") from None


def show(ref: str, path: Path) -> bytes | None:
    """The bytes of `path` at `ref`; None when the file did not exist there."""
    path = path.resolve()
    directory = next(parent for parent in path.parents if parent.is_dir())  # the file's folder may be new
    verified = _git(directory, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if verified.returncode != 0:
        detail = _git(directory, "rev-parse", "--git-dir").stderr.decode().strip()
        raise GitError(f"{detail or f'unknown git ref {ref!r}'} (in {directory})")
    shown = _git(directory, "show", f"{ref}:./{path.relative_to(directory).as_posix()}")
    return shown.stdout if shown.returncode == 0 else None


@contextmanager
def at_ref(ref: str, path: Path) -> Iterator[Path | None]:
    """The spec `path` as it was at `ref`, written to a temporary file of the same name (the name picks the
    generator config); None when it did not exist at `ref`."""
    content = show(ref, path)
    if content is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="spec-at-ref-") as scratch:
        copy = Path(scratch) / path.name
        copy.write_bytes(content)
        yield copy
