"""Interleaved rounds, their summaries, and the rows every section reports.

Why not pyperf: pyperf runs one benchmark to the end (its own worker processes, calibrated loops) before it
starts the next, so a change of load between two benchmarks lands in their ratio. This machine's two cores are
shared, and every figure here is a ratio against a baseline of the same run; so the variants of a comparison run
in rounds, each round running every variant once (rotated, so no variant always goes first), and a ratio is
taken within each round. pyperf also times wall clock only, while the client figures need the process's CPU
time, and its workers cannot share one client, one connection pool and one server across variants.
What is written here is that loop and a median with min-max; statistics.median does the rest.
"""

from __future__ import annotations

import gc
import os
import statistics
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from attrs import field, frozen

Sample = Mapping[str, float]  # one measurement of one variant: measure name -> value


@frozen
class Summary:
    """The median of several rounds, with the lowest and highest."""

    median: float
    low: float
    high: float
    rounds: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        if not values:
            raise ValueError("a summary needs at least one value")
        return cls(float(statistics.median(values)), float(min(values)), float(max(values)), len(values))

    def as_dict(self) -> dict[str, float | int]:
        return {"median": self.median, "min": self.low, "max": self.high, "rounds": self.rounds}

    def text(self, digits: int = 2) -> str:
        if self.rounds == 1 or self.low == self.high:
            return _number(self.median, digits)
        return f"{_number(self.median, digits)} ({_number(self.low, digits)}–{_number(self.high, digits)})"


def _number(value: float, digits: int) -> str:
    if value != 0 and abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


Figure = Summary | float | int | None


def _figure_json(value: Figure) -> Any:
    return value.as_dict() if isinstance(value, Summary) else value


def _figure_text(value: Figure, digits: int) -> str:
    if value is None:
        return "—"
    if isinstance(value, Summary):
        return value.text(digits)
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return _number(float(value), digits)


@frozen
class Target:
    """A goal from issue #13, checked on a row's median (`on` = "ratio" or "value")."""

    text: str  # as printed, e.g. "≤ 1.10"
    check: Callable[[float], bool] = field(repr=False)
    on: str = "ratio"

    @classmethod
    def at_most(cls, bound: float, on: str = "ratio", text: str | None = None) -> Target:
        return cls(text or f"≤ {bound:g}", lambda value: value <= bound, on)

    @classmethod
    def at_least(cls, bound: float, on: str = "ratio", text: str | None = None) -> Target:
        return cls(text or f"≥ {bound:g}", lambda value: value >= bound, on)


@frozen
class Row:
    """One figure: a value (with its unit) and, where there is a baseline, the ratio to it."""

    case: str
    measure: str
    value: Figure
    unit: str = ""
    ratio: Figure = None
    baseline: str | None = None  # what `ratio` divides by
    target: Target | None = None
    note: str = ""
    digits: int = 2  # decimals of the value
    ratio_digits: int = 2

    @property
    def meets(self) -> bool | None:
        if self.target is None:
            return None
        figure = self.ratio if self.target.on == "ratio" else self.value
        if figure is None:
            return None
        return self.target.check(figure.median if isinstance(figure, Summary) else float(figure))

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "measure": self.measure,
            "value": _figure_json(self.value),
            "unit": self.unit,
            "ratio": _figure_json(self.ratio),
            "baseline": self.baseline,
            "target": self.target.text if self.target else None,
            "target_on": self.target.on if self.target else None,
            "meets": self.meets,
            "note": self.note,
        }

    def cells(self) -> list[str]:
        value = _figure_text(self.value, self.digits)
        if self.value is not None and self.unit:
            value = f"{value} {self.unit}"
        ratio = _figure_text(self.ratio, self.ratio_digits)
        if self.ratio is not None and self.baseline:
            ratio = f"{ratio} × {self.baseline}"
        target = f"{self.target.text} ({self.target.on})" if self.target else "—"
        meets = {True: "yes", False: "**no**", None: "—"}[self.meets]
        return [self.case, self.measure, value, ratio, target, meets, self.note]


@frozen
class Section:
    key: str  # "a" ... "g", as in issue #13
    title: str
    setup: str  # how it was measured, in a sentence or two
    rows: list[Row]

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "setup": self.setup, "rows": [row.as_dict() for row in self.rows]}

    def markdown(self) -> str:
        header = ["case", "measure", "value: median (min–max)", "ratio", "target", "meets", "note"]
        lines = [f"### ({self.key}) {self.title}", "", self.setup, ""]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines.extend("| " + " | ".join(cell.replace("|", "\\|") for cell in row.cells()) + " |" for row in self.rows)
        return "\n".join(lines) + "\n"


# -- where processes run ------------------------------------------------------------------------------------


_CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


def pin(pid: int, role: str) -> None:
    """Servers on the first CPU this run may use, the measuring process on the second (when there are two).

    Left to the scheduler, a server and its client sometimes share a core and sometimes not, and a round's
    throughput then jumps by 2x (seen with the fixed-bytes server); pinned, rounds agree far better."""
    if len(_CPUS) < 2:
        return
    os.sched_setaffinity(pid, {_CPUS[0] if role == "server" else _CPUS[1]})


# -- interleaved rounds -------------------------------------------------------------------------------------


def rotated(names: Sequence[str], round_number: int) -> list[str]:
    """The order of one round: every variant takes every position once over len(names) rounds."""
    shift = round_number % len(names)
    return [*names[shift:], *names[:shift]]


def interleaved(rounds: int, names: Sequence[str], measure: Callable[[str], Sample]) -> dict[str, list[Sample]]:
    """`measure(name)` for every name, `rounds` times, interleaved; garbage collected before each."""
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for number in range(rounds):
        for name in rotated(names, number):
            gc.collect()
            samples[name].append(measure(name))
    return samples


async def ainterleaved(
    rounds: int, names: Sequence[str], measure: Callable[[str], Awaitable[Sample]]
) -> dict[str, list[Sample]]:
    """`interleaved()` for measurements that run on the event loop."""
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for number in range(rounds):
        for name in rotated(names, number):
            gc.collect()
            samples[name].append(await measure(name))
    return samples


def summary(samples: Sequence[Sample], measure: str, scale: float = 1.0) -> Summary:
    return Summary.of([sample[measure] * scale for sample in samples])


def ratio(samples: Sequence[Sample], baseline: Sequence[Sample], measure: str) -> Summary:
    """Per round: this variant's figure over the baseline's figure of the same round."""
    return Summary.of([mine[measure] / base[measure] for mine, base in zip(samples, baseline, strict=True)])
