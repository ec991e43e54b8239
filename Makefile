# Every project task, with its commands in plain sight. CI (.ci/run, .github/workflows) only
# calls these targets. Each target bootstraps what it needs: a virtualenv from
# requirements-dev.txt and Node tools from package-lock.json.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
# How to get Chromium where make cannot install it (no apt-get, or not root).
CHROMIUM_HINT := $(if $(filter Darwin,$(shell uname -s)),brew install --cask chromium,sudo apt-get install chromium (Debian, Ubuntu) or sudo dnf install chromium (Fedora))
VENV := .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.installed
# The project itself, re-installed (editable, no dependencies: a few seconds) when
# pyproject.toml changes in a way that needs no new packages, such as a version bump.
PROJECT_STAMP := $(VENV)/.project-installed
NODE_STAMP := node_modules/.installed

# The interpreter the virtualenv is built from, resolved before PATH puts .venv/bin first. When
# it is another one than last time (or the last build failed half-way), the virtualenv is
# rebuilt from scratch.
PYTHON_EXE := $(or $(shell command -v $(PYTHON) 2>/dev/null),$(PYTHON))
PYTHON_ID := $(shell $(PYTHON_EXE) -c 'import sys; print(sys.version.split()[0], sys.base_prefix)' 2>/dev/null)
# What the install depends on in pyproject.toml (dependencies, extras, scripts, build system),
# hashed: editing anything else there, such as the version line, does not rebuild the
# virtualenv; it re-installs only the project ($(PROJECT_STAMP)), so its metadata (the version
# `--version` and `__version__` read) follows.
DEPS_ID := $(shell $(PYTHON_EXE) -c 'import hashlib, json, tomllib; d = tomllib.load(open("pyproject.toml", "rb")); p = d["project"]; print(hashlib.sha256(json.dumps([p.get(k) for k in ("dependencies", "optional-dependencies", "scripts", "requires-python")] + [d.get("build-system"), d.get("tool", {}).get("hatch")], sort_keys=True).encode()).hexdigest()[:16])' 2>/dev/null)
ifneq ($(PYTHON_ID) $(DEPS_ID),$(shell cat $(VENV)/.python-id 2>/dev/null) $(shell cat $(VENV)/.deps-id 2>/dev/null))
  $(shell rm -f $(VENV_STAMP))
endif

# Tools from the virtualenv and node_modules come first; the generator's post-hooks need ruff.
export PATH := $(CURDIR)/$(BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

SPEC := openapi.yaml
GENERATOR_CONFIG := openapi-generator.yaml
GENERATED_PACKAGE := generated/sinch_voice
# The spec as JSON inside the toolkit: the client compiles its run-time checks from it.
PACKAGED_SPEC := toolkit/sinch_voice_toolkit/openapi.json
# The facade's per-operation methods (VoiceClient, AsyncVoiceClient) and the CLI's command
# table, rendered from the spec.
FACADE := toolkit/sinch_voice_toolkit/facade/_operations.py
COMMANDS := toolkit/sinch_voice_toolkit/cli/_commands.py
CONSTANTS := toolkit/sinch_voice_toolkit/_constants.py
# The callbacks' shape (events, SVAML answers and what each allows), from the spec's webhooks.
WEBHOOKS := toolkit/sinch_voice_toolkit/callbacks/_webhooks.py
GENERATE := openapi-python-client generate --path $(SPEC) --config $(GENERATOR_CONFIG) \
	--custom-template-path templates \
	--meta none --overwrite --fail-on-warning

.PHONY: help venv node generate check-generated api-check changelog browser lint spec-lint typecheck demo \
	simulate mock unit unit-fast contract contract-deep contract-live docs bench mutants stress test test-fast test-started clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV_STAMP): requirements-dev.txt
	@if ! $(PYTHON_EXE) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
		found=$$($(PYTHON_EXE) --version 2>/dev/null || echo "not found"); \
		echo "make: Python 3.11 or newer is needed, and '$(PYTHON)' is $$found." >&2; \
		echo "      Install one, then run e.g. 'make $(or $(MAKECMDGOALS),help) PYTHON=python3.12'." >&2; \
		exit 1; \
	fi
	rm -rf $(VENV)
	$(PYTHON_EXE) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --editable .
	echo "$(PYTHON_ID)" > $(VENV)/.python-id
	echo "$(DEPS_ID)" > $(VENV)/.deps-id
	touch $@

$(PROJECT_STAMP): $(VENV_STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet --no-deps --editable .
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

venv: $(PROJECT_STAMP) ## Create the virtualenv and install the project and its tools

node: $(NODE_STAMP) ## Install the pinned Node tools (Redocly, Prism)

generate: $(PROJECT_STAMP) ## Regenerate generated/, the packaged spec and the facade from openapi.yaml
	rm -rf $(GENERATED_PACKAGE)
	$(GENERATE) --output-path $(GENERATED_PACKAGE)
	touch $(GENERATED_PACKAGE)/py.typed  # --meta none writes no py.typed
	python scripts/spec_json.py $(SPEC) $(PACKAGED_SPEC)
	python scripts/generate_facade.py $(SPEC) $(FACADE) $(COMMANDS) $(CONSTANTS)
	python scripts/generate_webhooks.py $(SPEC) $(WEBHOOKS)

check-generated: $(PROJECT_STAMP) ## Fail when generated/ differs from what openapi.yaml generates
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GENERATE) --output-path "$$tmp/sinch_voice" > "$$tmp/log" || { cat "$$tmp/log"; exit 1; }; \
	touch "$$tmp/sinch_voice/py.typed"; \
	if ! diff -r -x __pycache__ "$$tmp/sinch_voice" $(GENERATED_PACKAGE); then \
		echo "generated/ does not match $(SPEC): run 'make generate' and commit generated/." >&2; \
		exit 1; \
	fi; \
	python scripts/spec_json.py $(SPEC) "$$tmp/openapi.json"; \
	if ! diff -q "$$tmp/openapi.json" $(PACKAGED_SPEC); then \
		echo "$(PACKAGED_SPEC) does not match $(SPEC): run 'make generate' and commit it." >&2; \
		exit 1; \
	fi; \
	python scripts/generate_facade.py $(SPEC) "$$tmp/_operations.py" "$$tmp/_commands.py" \
		"$$tmp/_constants.py"; \
	python scripts/generate_webhooks.py $(SPEC) "$$tmp/_webhooks.py"; \
	for made in $(FACADE) $(COMMANDS) $(CONSTANTS) $(WEBHOOKS); do \
		if ! diff -u $$made "$$tmp/$$(basename $$made)"; then \
			echo "$$made does not match $(SPEC): run 'make generate' and commit it." >&2; \
			exit 1; \
		fi; \
	done; \
	echo "generated/, $(PACKAGED_SPEC), $(FACADE), $(COMMANDS), $(CONSTANTS) and $(WEBHOOKS) match $(SPEC)."

api-check: $(PROJECT_STAMP) ## Fail if the change breaks importers or clients (BASE=ref; default: last v* tag)
	python scripts/api_check.py "$(BASE)"

changelog: $(PROJECT_STAMP) ## Build CHANGELOG.md from the fragments in changes/ (towncrier)
	towncrier build --yes --version "$$(python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"

spec-lint: $(PROJECT_STAMP) $(NODE_STAMP) ## Validate and lint openapi.yaml
	openapi-spec-validator $(SPEC)
	redocly lint --config redocly.yaml $(SPEC)
	python scripts/spec_rules.py $(SPEC)

typecheck: $(PROJECT_STAMP) ## mypy --strict on the hand-written packages, tests, examples, scripts, benchmarks
	mypy signing/sinch_signing toolkit/sinch_voice_toolkit mock/sinch_voice_mock bench \
		tests contract_tests examples scripts

lint: spec-lint typecheck ## Spec validation and lint, ruff, mypy
	ruff check --no-cache .
	ruff format --no-cache --check .

demo: $(PROJECT_STAMP) ## Start the local mock and an example receiver, run every operation against them, stop them
	python examples/demo.py

simulate: $(PROJECT_STAMP) ## Play the example IVR's call scenarios against its receiver, in virtual time
	python examples/simulate_ivr.py

mock: $(PROJECT_STAMP) ## Run the local mock on http://127.0.0.1:8080 (Ctrl-C stops it)
	sinch-voice-mock --port 8080

unit: $(PROJECT_STAMP) $(NODE_STAMP) browser ## The unit and property tests (tests/), in a random order (seed printed)
	pytest tests

unit-fast: $(PROJECT_STAMP) $(NODE_STAMP) ## The unit tests but the browser test (no Chromium needed)
	pytest tests -m "not browser"

contract: $(PROJECT_STAMP) $(NODE_STAMP) ## Contract tests against the mock and Prism (contract_tests/)
	pytest contract_tests

contract-deep: $(PROJECT_STAMP) $(NODE_STAMP) ## The contract tests with 1000 examples per operation (long)
	CONTRACT_MAX_EXAMPLES=1000 pytest contract_tests --timeout=0  # no per-test limit: runs are long

contract-live: $(PROJECT_STAMP) ## Read-only contract tests against the real API (needs SINCH_APPLICATION_KEY/SECRET)
	@if [ -z "$${SINCH_APPLICATION_KEY:-}" ] || [ -z "$${SINCH_APPLICATION_SECRET:-}" ]; then \
		echo "contract-live did nothing: set SINCH_APPLICATION_KEY and SINCH_APPLICATION_SECRET to run it."; \
	else \
		echo "CONTRACT_LIVE=1 pytest contract_tests/test_live.py"; \
		CONTRACT_LIVE=1 pytest contract_tests/test_live.py; \
	fi

docs: $(PROJECT_STAMP) $(NODE_STAMP) ## Build the offline documentation site: build/docs/index.html
	rm -rf build/docs
	python scripts/docs_spec.py build/docs/openapi-with-notes.yaml
	redocly build-docs build/docs/openapi-with-notes.yaml --inlineBundle --output build/docs/http-api.html
	pdoc sinch_voice_toolkit sinch_voice_toolkit.facade sinch_voice_toolkit.callbacks sinch_voice_toolkit.receivers \
		sinch_voice_toolkit.receivers.starlette sinch_voice_toolkit.receivers.flask sinch_voice_toolkit.receivers.django \
		sinch_signing sinch_voice sinch_voice_mock --docformat google --no-math --no-mermaid \
		--template-directory scripts/pdoc \
		--output-directory build/docs/python
	python scripts/build_guide.py build/docs/guide
	python scripts/build_docs.py build/docs

browser: ## Install Debian's Chromium (the docs test renders the site in it), unless present
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			echo "Installing Chromium (apt) for the docs test..."; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "make: the docs test renders the site in Chromium, which is not installed: $(CHROMIUM_HINT); or run 'make test-fast' (everything but the browser test)." >&2; \
			exit 1; \
		fi; }

bench: $(PROJECT_STAMP) ## Benchmarks: signing, callbacks, start-up, per call (vs raw httpx, the SDK), bulk, load
	python -m bench.signing
	python -m bench.callbacks
	python -m bench.startup
	python -m bench.validation
	python -m bench.calls
	python -m bench.simulate
	python -m bench.client
	python -m bench.bulk
	python -m bench.load

mutants: $(PROJECT_STAMP) $(NODE_STAMP) ## Inject known bugs into a copy of the mock; the contract suite must catch each
	python scripts/mutants.py

stress: $(PROJECT_STAMP) ## Ctrl-C 300 bulk runs at random moments (a pty each): none may be swallowed (~2 min)
	python scripts/ctrl_c_stress.py --runs $(or $(RUNS),300)

test: test-started lint check-generated unit contract ## Everything CI runs (about 10 minutes on 2 cores)
	@echo "make test: passed in $$(( $$(date +%s) - $$(cat build/.test-started) )) s"

test-fast: lint check-generated unit-fast contract ## Everything but the browser test, for a machine without Chromium

test-started:
	@mkdir -p build && date +%s > build/.test-started
	@echo "make test: lint, unit and contract tests; about 10 minutes on 2 cores"

clean: ## Remove the virtualenv, node_modules, build/ and caches
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
