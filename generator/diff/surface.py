"""Changes of the generated packages' public Python API, read statically with griffe (as Stainless SDKs do).

griffe's own `find_breaking_changes` finds what it knows: removed objects and parameters, parameters made
required, moved or changed in kind or default, removed base classes. On top of it, here (griffe has no
rule for these): additions, renames (a removed and an added object of the same kind, place and shape),
changed type annotations, and the constructor of attrs models (a field without a default is a required
argument; griffe does not synthesize attrs' `__init__`). A field made required breaks the callers of a
model they build (a request model, reachable from a function parameter); of a response model, only code
that builds it by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import griffe
from attrs import frozen

from .changes import PYTHON, Change

_BREAKAGE_KINDS = {
    griffe.BreakageKind.OBJECT_REMOVED: "python-removed",
    griffe.BreakageKind.OBJECT_CHANGED_KIND: "python-kind-changed",
    griffe.BreakageKind.PARAMETER_REMOVED: "python-parameter-removed",
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: "python-parameter-added-required",
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: "python-parameter-made-required",
    griffe.BreakageKind.PARAMETER_MOVED: "python-parameter-moved",
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: "python-parameter-kind-changed",
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: "python-parameter-default-changed",
    griffe.BreakageKind.CLASS_REMOVED_BASE: "python-base-removed",
    griffe.BreakageKind.RETURN_CHANGED_TYPE: "python-annotation-changed",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE: "python-annotation-changed",
}
_CLASS_NAME = re.compile(r"\b[A-Z]\w*")

Member = griffe.Object | griffe.Alias


def load(root: Path, package: str) -> griffe.Object:
    """The package under `root`, read statically (its code is never imported)."""
    loaded = griffe.load(package, search_paths=[root], allow_inspection=False, resolve_aliases=True)
    assert isinstance(loaded, griffe.Object)
    return loaded


@frozen
class Surface:
    """One package's public objects by dotted path relative to the package (`models.incident.Incident`)."""

    package: griffe.Object
    objects: dict[str, Member]

    @classmethod
    def of(cls, package: griffe.Object) -> Surface:
        return cls(package, dict(_public(package, "")))

    def full(self, relative: str) -> str:
        return f"{self.package.path}.{relative}" if relative else self.package.path


def _public(node: Member, prefix: str) -> Iterator[tuple[str, Member]]:
    for name, member in sorted(node.members.items()):
        if not (member.is_public or _reachable_class(name, member)):
            continue
        relative = f"{prefix}.{name}" if prefix else name
        yield relative, member
        if not member.is_alias and (member.is_module or member.is_class):
            yield from _public(member, relative)


def _reachable_class(name: str, member: Member) -> bool:
    """A class defined in a module that leaves it out of `__all__` is still public when users reach its
    instances, as with resource classes (`client.orgs` is an `OrgsResource`): its methods are the API."""
    return not member.is_alias and member.is_class and not name.startswith("_")


def surface_changes(old_package: griffe.Object, new_package: griffe.Object) -> list[Change]:
    old, new = Surface.of(old_package), Surface.of(new_package)
    removed: dict[str, Change] = {}
    found: list[Change] = []
    for breakage in _breakages(old, new):
        relative = _relative(breakage.obj.path, old if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED else new)
        change = _from_breakage(breakage, relative, old, new)
        if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
            removed[relative] = change
        else:
            found.append(change)
    required = dict(_fields_made_required(old, new))
    # Only the topmost new object: a new module is one addition, not one per function in it.
    old_paths = {*old.objects, ""}
    added = {
        path: obj
        for path, obj in new.objects.items()
        if path not in old_paths and _parent(path) in old_paths and path not in required
    }
    for old_path, new_path in _renames(removed, added, old, new):
        del removed[old_path], added[new_path]
        summary = f"{old.full(old_path)} renamed {new.full(new_path)}"
        found.append(Change("python-renamed", summary, old.full(old_path), new.full(new_path), PYTHON))
    found += removed.values()
    for path, obj in added.items():
        summary = f"{new.full(path)} added ({_kind(obj)})"
        found.append(Change("python-added", summary, old.full(_parent(path)), new.full(path), PYTHON))
    found += required.values()
    found += _annotation_changes(old, new)
    return found


def _breakages(old: Surface, new: Surface) -> Iterator[griffe.Breakage]:
    """griffe's breaking changes of the package, and of each reachable class griffe skips as outside `__all__`."""
    yield from griffe.find_breaking_changes(old.package, new.package)
    for path, member in old.objects.items():
        counterpart = new.objects.get(path)
        if isinstance(member, griffe.Class) and not member.is_public and isinstance(counterpart, griffe.Class):
            yield from griffe.find_breaking_changes(member, counterpart)


def _relative(path: str, surface: Surface) -> str:
    return path.removeprefix(surface.package.path).removeprefix(".")


def _parent(relative: str) -> str:
    return relative.rpartition(".")[0]


def _kind(obj: Member) -> str:
    return "export" if obj.is_alias else obj.kind.value


def _from_breakage(breakage: griffe.Breakage, relative: str, old: Surface, new: Surface) -> Change:
    kind = _BREAKAGE_KINDS[breakage.kind]
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        return Change(kind, f"{old.full(relative)} removed", old.full(relative), new.full(_parent(relative)), PYTHON)
    what = breakage.kind.value.lower()
    detail = f": {breakage.old_value} -> {breakage.new_value}" if "parameter" not in kind else ""
    parameter = breakage.new_value or breakage.old_value
    name = f" {parameter.name}" if isinstance(parameter, griffe.Parameter) else ""
    summary = f"{new.full(relative)}{name}: {what}{detail}"
    return Change(kind, summary, old.full(relative), new.full(relative), PYTHON)


def _renames(
    removed: dict[str, Change], added: dict[str, Member], old: Surface, new: Surface
) -> Iterator[tuple[str, str]]:
    """Pairs (old path, new path) of one removed and one added object with the same parent, kind and shape."""
    candidates: dict[tuple[str, str, str], list[str]] = {}
    for path, obj in added.items():
        candidates.setdefault((_parent(path), _kind(obj), _fingerprint(obj)), []).append(path)
    by_key: dict[tuple[str, str, str], list[str]] = {}
    for path in removed:
        if path in old.objects:
            gone = old.objects[path]
            by_key.setdefault((_parent(path), _kind(gone), _fingerprint(gone)), []).append(path)
    for key, old_paths in by_key.items():
        new_paths = candidates.get(key, [])
        if len(old_paths) == 1 and len(new_paths) == 1:
            yield old_paths[0], new_paths[0]


def _fingerprint(obj: Member) -> str:
    """The shape of an object without its own name: equal for an object and its renamed twin."""
    if isinstance(obj, griffe.Alias):
        try:
            return _fingerprint(obj.final_target)
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return f"alias {obj.target_path}"
    if isinstance(obj, griffe.Function):
        return f"function{_signature(obj)}"
    if isinstance(obj, griffe.Attribute):
        return f"attribute {_annotation(obj.annotation)}"
    members = [(n, m) for n, m in sorted(obj.members.items()) if m.is_public]
    if obj.is_class:
        return "class " + ";".join(f"{n}={_fingerprint(m)}" for n, m in members)
    return "module " + ";".join(sorted(_fingerprint(m) for _, m in members))


def _signature(function: griffe.Function) -> str:
    params = ", ".join(f"{p.name}:{p.kind.value}:{_annotation(p.annotation)}={p.default}" for p in function.parameters)
    return f"({params}) -> {_annotation(function.returns)}"


def _annotation(annotation: str | griffe.Expr | None) -> str:
    """An annotation as text, union members sorted (`A | B` and `B | A` are the same type), without `Unset`:
    whether a field or argument may be left out is its required-ness, reported on its own."""
    if annotation is None:
        return ""
    text = str(annotation)
    members, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            members.append(text[start:index].strip())
            start = index + 1
    members.append(text[start:].strip())
    return " | ".join(sorted(m for m in members if m != "Unset"))


def _annotation_changes(old: Surface, new: Surface) -> Iterator[Change]:
    for path in sorted(old.objects.keys() & new.objects.keys()):
        before, after = old.objects[path], new.objects[path]
        if before.is_alias or after.is_alias:
            continue
        where = (old.full(path), new.full(path))
        if isinstance(before, griffe.Attribute) and isinstance(after, griffe.Attribute):
            was, now = _annotation(before.annotation), _annotation(after.annotation)
            if was != now:
                yield Change("python-annotation-changed", f"{new.full(path)}: {was} -> {now}", *where, PYTHON)
        elif isinstance(before, griffe.Function) and isinstance(after, griffe.Function):
            was_params = {p.name: _annotation(p.annotation) for p in before.parameters}
            for param in after.parameters:
                was_param, now_param = was_params.get(param.name), _annotation(param.annotation)
                if was_param is not None and was_param != now_param:
                    summary = f"{new.full(path)} parameter {param.name}: {was_param} -> {now_param}"
                    yield Change("python-annotation-changed", summary, *where, PYTHON)
            was, now = _annotation(before.returns), _annotation(after.returns)
            if was != now:
                yield Change("python-annotation-changed", f"{new.full(path)} returns {was} -> {now}", *where, PYTHON)


def _init_fields(cls: griffe.Class) -> dict[str, bool]:
    """{field: required} of an attrs class (`@define`): its annotated attributes, minus `field(init=False)`."""
    if not any(str(d.value).endswith("define") for d in cls.decorators):
        return {}
    return {
        name: member.value is None
        for name, member in cls.members.items()
        if isinstance(member, griffe.Attribute) and not name.startswith("_") and "init=False" not in str(member.value)
    }


def _fields_made_required(old: Surface, new: Surface) -> Iterator[tuple[str, Change]]:
    inputs = _input_models(new)
    for path, cls in new.objects.items():
        if not isinstance(cls, griffe.Class):
            continue
        before = old.objects.get(path)
        if not isinstance(before, griffe.Class):
            continue  # a new class is reported as added
        old_fields = _init_fields(before)
        for name, required in _init_fields(cls).items():
            if required and not old_fields.get(name, False):
                kind = "python-field-required" if cls.name in inputs else "python-response-field-required"
                what = "added as a required argument" if name not in old_fields else "made required"
                summary = f"{new.full(path)}({name}=...) {what}"
                yield f"{path}.{name}", Change(kind, summary, old.full(path), new.full(f"{path}.{name}"), PYTHON)


def _input_models(surface: Surface) -> set[str]:
    """Names of the classes callers build: named in a public function's parameters, and their fields' classes."""
    classes = {obj.name: obj for obj in surface.objects.values() if isinstance(obj, griffe.Class)}
    pending = [
        name
        for obj in surface.objects.values()
        if isinstance(obj, griffe.Function)
        for param in obj.parameters
        for name in _CLASS_NAME.findall(str(param.annotation))
    ]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name in found or name not in classes:
            continue
        found.add(name)
        for member in classes[name].members.values():
            if isinstance(member, griffe.Attribute):
                pending += _CLASS_NAME.findall(str(member.annotation))
    return found
