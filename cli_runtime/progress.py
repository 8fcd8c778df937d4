"""What the transport did, and the progress line of a long pull.

`TransportWatcher` reads the records the transport logs for each retry and each wait (`auth_plugins` logger;
they carry `operation`, `attempt` and `wait_seconds`): the time spent waiting for the rate limit or a
Retry-After, and the attempts made by the call under way (for the error line). `PullProgress` shows records,
pages, rate and that waiting time on stderr while a pull runs, when stderr is a terminal.
"""

from __future__ import annotations

import logging
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from auth_plugins.defaults import CLI_PROGRESS_REFRESH_PER_SECOND

__all__ = ["PullProgress", "TransportWatcher"]


class TransportWatcher(logging.Handler):
    """A logging handler on the `auth_plugins` logger that keeps the waits and the attempts it reports."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.waited = 0.0  # seconds, every wait of the whole command
        self.retries = 0
        self._attempts: dict[str, int] = {}  # operation -> attempts made by its call under way

    def emit(self, record: logging.LogRecord) -> None:
        wait = getattr(record, "wait_seconds", None)
        attempt = getattr(record, "attempt", None)
        operation = getattr(record, "operation", None)
        if isinstance(wait, int | float):
            self.waited += float(wait)
        if isinstance(attempt, int) and isinstance(operation, str):
            retrying = wait is not None
            self._attempts[operation] = attempt + 1 if retrying else attempt
            self.retries += int(retrying)

    def new_call(self) -> None:
        """A call is about to start (or the last one succeeded): its attempts count from one again."""
        self._attempts.clear()

    def attempts(self, operation: str | None) -> int:
        """How many attempts the call under way for `operation` made (1 when nothing was retried)."""
        return self._attempts.get(operation or "", 1)


class _Counts(ProgressColumn):
    """`1,200 of 3,000 records · 12 pages · 340/s · waited 3.2 s`."""

    def __init__(self, watcher: TransportWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def render(self, task: Task) -> Text:
        of = f" of {int(task.total):,}" if task.total is not None else ""
        elapsed = task.elapsed or 0.0
        rate = f"{task.completed / elapsed:,.0f}/s" if elapsed > 0 else "-"
        waited = self.watcher.waited
        text = f"{int(task.completed):,}{of} records · {task.fields.get('pages', 0)} pages · {rate}"
        if waited:
            text += f" · waited {waited:.1f} s for the rate limit or Retry-After"
        return Text(text)


class PullProgress:
    """The progress line of one pull on stderr, or nothing (stderr not a terminal, or `--quiet`)."""

    def __init__(self, label: str, watcher: TransportWatcher, *, shown: bool) -> None:
        self._progress: Progress | None = None
        self._task = None
        if shown:
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                _Counts(watcher),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                refresh_per_second=CLI_PROGRESS_REFRESH_PER_SECOND,
                transient=False,
            )
            self._task = self._progress.add_task(label, total=None, pages=0)

    def __enter__(self) -> PullProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def page(self, records: int, pages: int, total: int | None) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=records, total=total, pages=pages)
