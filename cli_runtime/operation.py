"""Running one generated command: call its resource method and write what the server sent.

A paginated method is walked page by page (`Page.raw` holds each page's body as received, so records are
written exactly as sent, and only one page is in memory): the first page alone, every page with `--all`, or
until `--limit` records. Ctrl-C during a pull closes the output cleanly and prints the `--cursor` to resume
from. Other methods are called through `client.with_raw_response` for the same reason.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer

from auth_plugins.errors import resolve_pointer

from .arguments import Call
from .exit_codes import ExitCode
from .output import Writer
from .progress import PullProgress
from .session import Session
from .spec import Command

__all__ = ["call_once", "pull", "records_in"]


def records_in(document: Any, items: str | None) -> list[Any]:
    """The records of an answer: at the `items` pointer, or the answer itself when it is a list."""
    if items is None:
        return document if isinstance(document, list) else [document]
    try:
        found = resolve_pointer(document, items)
    except LookupError:  # IndexError too
        return []  # an answer without the list: no records (as the pager sees it)
    if found is None:
        return []
    return found if isinstance(found, list) else [found]


def pull(
    session: Session,
    command: Command,
    call: Call,
    out: Writer,
    *,
    every: bool,
    limit: int | None,
    cursor: str | None,
    quiet: bool,
) -> None:
    """Walk the pages of a paginated command, writing each page's records as it comes."""
    client = session.client()
    pager = getattr(getattr(client, command.resource), command.method)(
        *call.args, cursor=cursor, limit=limit, **call.kwargs
    )
    first_page_only = not every and limit is None
    written = pages = 0
    resume = cursor  # where a new run starts to miss nothing: the page asked for now
    label = f"{session.prog} {command.group} {command.name}"
    with PullProgress(label, session.watcher, shown=not quiet and sys.stderr.isatty()) as progress:
        try:
            session.watcher.new_call()
            for page in pager.pages():
                assert page.raw is not None  # pages from a resource method carry their answer
                records = records_in(page.raw.json(), command.items)
                if limit is not None:
                    records = records[: limit - written]
                with _whole_page():
                    out.records(records)
                    written += len(records)
                    pages += 1
                    resume = page.next_cursor
                progress.page(len(records), pages, page.total)
                session.watcher.new_call()
                if first_page_only:
                    break
        except KeyboardInterrupt:
            out.close()
            if resume is not None:
                how = f"resume with --cursor {resume}"
            else:
                how = "nothing is left" if pages else "run the same command again (no page was written)"
            session.say(f"{label}: interrupted after {written} records in {pages} pages; {how}")
            raise typer.Exit(ExitCode.INTERRUPTED) from None
    out.close()
    if first_page_only and resume is not None and not quiet:
        session.say(f"{label}: more records: --all for every page, or --cursor {resume} for the next one")


@contextmanager
def _whole_page() -> Iterator[None]:
    """A page is written and counted whole: Ctrl-C (SIGINT) waits until it is, so the cursor printed to resume
    from is exact (nothing lost, nothing twice). Where signals cannot be held (not the main thread, Windows), a
    Ctrl-C in the middle resumes from the page being written: its records may come twice, none is lost."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # a Ctrl-C held meanwhile is raised now


def call_once(session: Session, command: Command, call: Call, out: Writer, *, quiet: bool) -> None:
    """Call a method that is not paginated and write its answer."""
    client = session.client()
    method = getattr(getattr(client.with_raw_response, command.resource), command.method)
    session.watcher.new_call()
    raw = method(*call.args, **call.kwargs)
    if not raw.content.strip():
        if not quiet:
            session.say(f"{session.prog} {command.group} {command.name}: done (HTTP {raw.status_code}, no content)")
        return
    document = raw.json()
    if command.items is not None or isinstance(document, list):
        out.records(records_in(document, command.items))
    else:
        out.single(document)
    out.close()
