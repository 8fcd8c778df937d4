# Every target sets the project up first if needed; nothing needs installing by hand.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.setup-done
HAND_WRITTEN := generator auth_plugins client_runtime cli_runtime shared_state mock_servers contract_check tests demo bench setup.py

.PHONY: setup generate check-generated api-diff lint test contract contract-deep demo bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Prints what changed in each spec since the last commit, records the release, regenerates generated/.
generate: setup
	$(BIN)/python -m generator generate

check-generated: setup
	$(BIN)/python -m generator check

# CI gate: fails on a breaking API change since BASE (a git ref) unless specs/releases/accepted-changes.yaml lists it.
BASE ?= main
api-diff: setup
	$(BIN)/python -m generator diff --since $(BASE) --accepted specs/releases/accepted-changes.yaml

lint: setup
	$(BIN)/ruff check $(wildcard $(HAND_WRITTEN))
	$(BIN)/ruff format --check $(wildcard $(HAND_WRITTEN))
	$(BIN)/mypy

test: setup lint
	$(BIN)/python -m generator check
	$(BIN)/python -m pytest

contract: setup
	$(BIN)/python -m pytest tests/contract tests/mock/test_schemathesis.py

# The schemathesis CLI against both mocks, every phase, 2 minutes per API by default;
# e.g. `make contract-deep DEEP_ARGS="--max-time 600 --seed 42"`.
contract-deep: setup
	$(BIN)/python -m tests.contract.deep $(DEEP_ARGS)

demo: setup
	$(BIN)/python -m demo

# Benchmarks of issue #13 (bench/README.md): a few minutes; writes bench/results.json and the table in
# bench/README.md. `make bench BENCH_ARGS=--quick` for a short smoke run (written to bench/quick/).
bench: setup
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis schemathesis-report
