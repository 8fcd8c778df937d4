"""Generate one client package from one spec.

Steps: validate the spec; hand openapi-python-client a copy prepared for it; render our own modules
(profile, connect, resources, the command line) from the spec's `x-` extensions; format everything with the
pinned ruff; then replace the package directory. Output depends only on the spec, the templates and the pinned tools.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

import jinja2

# A private name of the pinned openapi-python-client (exactly 0.29.1): the public generate() builds the
# project and renders it in one call, leaving no place to give the templates our helpers.
from openapi_python_client import _get_project_for_url_or_path
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import __version__, cli_data, model_shapes, profile_data, resource_data
from .diff import render
from .diff.ledger import ledger_path, package_release
from .specfile import GENERATED_DIR, REPO_ROOT, requires_only, sha256, spec_path
from .validate import operations, validate_file

GENERATOR_DIR = Path(__file__).resolve().parent
STOCK_TEMPLATE_OVERRIDES = GENERATOR_DIR / "templates" / "openapi_python_client"
OWN_TEMPLATES = GENERATOR_DIR / "templates" / "own"
OWN_MODULES = (
    "profile.py",
    "connect.py",
    "paginate.py",
    "endpoints.py",
    "resources.py",
    "_version.py",
    "cli.py",
    "__main__.py",
)


class GenerationError(Exception):
    """openapi-python-client or ruff failed or warned; the message carries what they said."""


def generate(api: str, output_root: Path = GENERATED_DIR) -> Path:
    """Regenerate `<output_root>/<package>` from the spec of `api`; return the package directory."""
    path = spec_path(api)
    spec = validate_file(path)
    name = path.stem
    package = spec["x-client"]["package"]
    context = profile_data.context(spec, name=name, spec_sha256=sha256(path))
    config = _stock_config_file(name)
    context["paginated"] = profile_data.paginated_operations(spec, config.field_prefix)
    context["release"] = package_release(path, spec)
    context["generator_version"] = __version__
    destination = output_root / package
    with tempfile.TemporaryDirectory(prefix=f"generate-{name}-") as scratch:
        staged = Path(scratch) / package
        prepared = prepare_for_stock_generator(spec)
        stock_config = _stock_config(prepared, config, package, staged, Path(scratch))
        _run_stock_generator(stock_config, package)
        parsed = GeneratorData.from_dict(prepared, config=stock_config)
        if not isinstance(parsed, GeneratorData):
            raise GenerationError(f"openapi-python-client could not parse the {package} spec: {parsed}")
        try:
            context.update(resource_data.context(spec, parsed, config.field_prefix))
        except resource_data.ResourceError as exc:
            raise GenerationError(f"{path}: {exc}") from None
        try:
            context.update(cli_data.context(spec))
        except cli_data.CliSpecError as exc:
            raise GenerationError(f"{path}: {exc}") from None
        _render_own_modules(context, staged)
        _write_changelog(context, path, staged)
        (staged / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the package's annotations are for users
        _format(staged)
        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staged, destination)
    return Path(destination)


def prepare_for_stock_generator(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client should see it.

    - 4xx/5xx responses are dropped: they are raised as typed errors (auth_plugins.errors), so the
      functions return the success model alone, not a union with error models.
    - `security` is dropped: credentials ride in an httpx.Auth installed by connect(), never in the
      fixed headers of openapi-python-client's AuthenticatedClient, where a rotated token is never seen.
    - an `anyOf`/`oneOf` whose branches only say which properties are required ("send api_key or
      refresh_token") is dropped: it constrains values, not the model, and openapi-python-client would
      give up on the object (typing it Any). The mock and the validator still read it from the spec.
    """
    prepared = copy.deepcopy(spec)
    _drop_required_only_alternatives(prepared)
    prepared.pop("security", None)
    prepared.get("components", {}).pop("securitySchemes", None)
    for _, _, operation in operations(prepared):
        operation.pop("security", None)
        responses = operation.get("responses", {})
        for status in list(responses):
            if status[0] in "45":
                del responses[status]
    return prepared


def _drop_required_only_alternatives(node: Any) -> None:
    if isinstance(node, dict):
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if "properties" in node and isinstance(branches, list) and all(requires_only(b) for b in branches):
                del node[key]
        for value in node.values():
            _drop_required_only_alternatives(value)
    elif isinstance(node, list):
        for value in node:
            _drop_required_only_alternatives(value)


def _stock_config_file(name: str) -> ConfigFile:
    """generator/configs/<name>.yaml; openapi-python-client's defaults for a spec without one."""
    config_path = GENERATOR_DIR / "configs" / f"{name}.yaml"
    return ConfigFile.load_from_path(config_path) if config_path.exists() else ConfigFile()


def _stock_config(spec: dict[str, Any], config_file: ConfigFile, package: str, staged: Path, scratch: Path) -> Config:
    document = scratch / "spec.json"
    document.write_text(json.dumps(spec), encoding="utf-8")
    config_file = config_file.model_copy(update={"package_name_override": package, "post_hooks": []})
    return Config.from_sources(config_file, MetaType.NONE, document, "utf-8", overwrite=True, output_path=staged)


def _run_stock_generator(config: Config, package: str) -> None:
    chatter = StringIO()
    with redirect_stdout(chatter):
        project = _get_project_for_url_or_path(config=config, custom_template_path=STOCK_TEMPLATE_OVERRIDES)
        if isinstance(project, GeneratorError):
            raise GenerationError(
                f"openapi-python-client cannot read the {package} spec: {project.header}: {project.detail}"
            )
        project.env.globals.update(
            shape_of=model_shapes.shape_of,
            enum_aliases=model_shapes.enum_aliases,
            extra_shape=model_shapes.extra_shape,
        )
        try:
            warnings = project.build()
        except model_shapes.UnsupportedProperty as exc:
            raise GenerationError(
                f"the {package} spec has a property the model templates cannot render: {exc}"
            ) from exc
    if warnings:
        # A warning means openapi-python-client dropped an endpoint or a model: never ship that silently.
        details = "\n".join(f"- {w.header}: {w.detail}" for w in warnings)
        raise GenerationError(f"openapi-python-client reported problems for the {package} spec:\n{details}")


def _render_own_modules(context: dict[str, Any], staged: Path) -> None:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(OWN_TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["py"] = repr
    environment.filters["doc"] = _docstring_text
    environment.filters["paragraphs"] = _paragraphs
    for module in OWN_MODULES:
        rendered = environment.get_template(f"{module}.jinja").render(**context)
        (staged / module).write_text(rendered, encoding="utf-8")


def _write_changelog(context: dict[str, Any], spec_file: Path, staged: Path) -> None:
    ledger = ledger_path(spec_file).resolve()
    source = str(ledger.relative_to(REPO_ROOT)) if ledger.is_relative_to(REPO_ROOT) else ledger.name
    text = render.changelog(context["package"], source, context["release"])
    (staged / "CHANGELOG.md").write_text(text, encoding="utf-8")


def _docstring_text(text: str) -> str:
    """Spec prose made safe inside a triple-quoted docstring."""
    return str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def _paragraphs(text: str, width: int) -> str:
    """Prose re-wrapped to `width`, paragraph by paragraph; list items and indented lines kept as written."""
    out = []
    for paragraph in str(text).split("\n\n"):
        lines = paragraph.splitlines()
        if any(line.lstrip().startswith(("-", "*", "|")) or line.startswith(" ") for line in lines):
            out.append(paragraph)
        else:
            out.append(textwrap.fill(" ".join(lines), width, break_on_hyphens=False, break_long_words=False))
    return "\n\n".join(out)


def _format(package_dir: Path) -> None:
    ruff_config = str(GENERATOR_DIR / "ruff.toml")
    for command in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--config", ruff_config, str(package_dir)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise GenerationError(f"ruff {command[0]} failed on {package_dir}:\n{result.stdout}{result.stderr}")
