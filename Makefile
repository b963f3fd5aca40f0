# Everything sets itself up: a fresh machine needs only python3 (and apt for redis-server).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test bench redis-server clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# The tests start a private redis-server (or use REDIS_URL); install the binary if missing.
redis-server:
	@if [ -z "$$REDIS_URL" ] && ! command -v redis-server >/dev/null 2>&1; then \
		echo "installing redis-server (Debian package)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; \
	fi

demo: $(INSTALLED) redis-server
	$(BIN)/python examples/demo.py

test: $(INSTALLED) redis-server
	$(BIN)/python -m pytest

bench: $(INSTALLED) redis-server
	mkdir -p bench-results
	$(BIN)/python -m benchmarks.guardrail_latency --json bench-results/guardrail_latency.json
	$(BIN)/python -m benchmarks.pii_parity --json bench-results/pii_parity.json
	$(BIN)/python -m benchmarks.schema_suite --json bench-results/schema_suite.json
	$(BIN)/python -m benchmarks.injection --dataset ../shared/data/injection/dev.jsonl --documents $(VENV)/lib --json bench-results/injection.json
	$(BIN)/python -m benchmarks.middleware_overhead --json bench-results/middleware_overhead.json
	$(BIN)/python -m benchmarks.evaluators_throughput --json bench-results/evaluators_throughput.json

clean:
	rm -rf $(VENV) bench-results .pytest_cache
