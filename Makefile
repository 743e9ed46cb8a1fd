# lightwatch: the two commands a new user needs.
#   make demo   create .venv, install everything, run `lightwatch demo`
#   make test   the same install + the Debian server packages (when root), then the test suite (the sealed held-out
#               sets' whole-data checks it leaves out: make test-sealed)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.lightwatch-installed
APT_PACKAGES := prometheus prometheus-alertmanager prometheus-pushgateway
PYTEST_ARGS ?=
# pytest-xdist workers for `make test`; whole files go to one worker (--dist loadfile), so a module's
# fixtures (the 8-rank launch, the servers) start once; the slowest files go first, in the order
# tests/conftest.py sets (SLOWEST_FILES; --no-loadscope-reorder keeps it). Most slow tests wait on servers
# and scrapes, so 2 workers fit 2 cores (1,077 s -> 733 s here). TEST_WORKERS=0 runs the suite in one process.
# --durations=20 prints the slowest tests, so a CI log shows where the 15-minute budget goes.
TEST_WORKERS ?= 2
# the test files that hold `alone` tests: the alone part collects only these (collecting all ~3,900 tests to run
# one took ~30 s); tests/conftest.py fails any run in which an `alone` test's file lacks this text
ALONE_FILES := $(shell grep -l 'pytest.mark.alone' tests/test_*.py)
# the test files that hold `waits` tests: the waits lane collects only these (see `test` below)
WAITS_FILES := $(shell grep -l 'pytest.mark.waits' tests/test_*.py)
DEMO_ARGS ?=

.PHONY: demo test test-sealed install server-deps bench docs gpu-check clean

demo: $(STAMP)
	$(VENV)/bin/lightwatch demo $(DEMO_ARGS)

# Files marked `waits` (pytestmark) spend most of their time waiting on servers, scrapes and alert timers, little on
# the CPU: they run in a third pytest process (the waits lane, collected from WAITS_FILES only) beside the two
# workers, so their waits overlap the workers' CPU instead of holding a worker; its output is printed after the
# parallel part's. Tests marked `alone` judge live throughput (an alert must resolve once the run is back to its
# level); run beside another worker's tests, a load that changes mid-test is a real regression to the detector (1
# run of 4 failed so: throughput 11 % below its level after the injected slowdown ended, and the alert rightly
# held). They run after the parallel part and the lane, one process, nothing beside them, collected from
# ALONE_FILES only (from what PYTEST_ARGS selects, where it is given). Exit code 5 ("no tests collected", e.g. a
# PYTEST_ARGS that selects none of one part) is not a failure; any other failure of any part is. The install and
# the Debian packages are fetched side by side (-j2): neither needs the other.
test:
	@$(MAKE) --no-print-directory -j2 $(STAMP) server-deps
	@lane_log=$$(mktemp); trap 'rm -f "$$lane_log"' EXIT; \
	( OMP_NUM_THREADS=1 $(PY) -m pytest --durations=10 -m "waits and not gpu and not alone" \
	    $(if $(PYTEST_ARGS),$(PYTEST_ARGS),$(WAITS_FILES)) >"$$lane_log" 2>&1 ) & lane=$$!; \
	rc=0; \
	OMP_NUM_THREADS=1 $(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=20 -m "not gpu and not alone and not waits" $(PYTEST_ARGS) || rc=$$?; \
	[ $$rc -eq 5 ] && rc=0; rc3=0; wait $$lane || rc3=$$?; [ $$rc3 -eq 5 ] && rc3=0; \
	echo "==== the waits lane (ran beside the parallel part) ===="; cat "$$lane_log"; rc2=0; \
	OMP_NUM_THREADS=1 $(PY) -m pytest --durations=5 -m "alone and not gpu" $(if $(PYTEST_ARGS),$(PYTEST_ARGS),$(ALONE_FILES)) || rc2=$$?; \
	[ $$rc2 -eq 5 ] && rc2=0; \
	if [ $$rc -ne 0 ] || [ $$rc3 -ne 0 ] || [ $$rc2 -ne 0 ]; then \
	  echo "make test: parallel part exit $$rc, waits lane exit $$rc3, alone part exit $$rc2"; exit 1; fi

# The sealed held-out sets' whole-data checks, which `make test` deselects once a set has had its look (tests/conftest.py,
# SEALED_CHECKS; tests/test_sealed_sets.py pins the sealed generators' sources): run after editing a sealed generator or
# anything it imports, then renew the pins with `python tests/test_sealed_sets.py --renew`.
test-sealed: $(STAMP)
	LIGHTWATCH_TEST_SEALED=1 OMP_NUM_THREADS=1 $(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile \
	  tests/test_anomaly_heldout*.py tests/test_data_quality_round*.py $(PYTEST_ARGS)

install: $(STAMP)

# torch first: where the system Python already imports torch, the venv sees it (and keeps it);
# elsewhere torch==2.13.0 is installed before the package. The installed torch is then pinned as a
# constraint, so resolving the package never pulls a newer (multi-GB CUDA) torch.
$(STAMP): pyproject.toml
	@if [ ! -x $(PY) ]; then \
	  if $(PYTHON) -c "import torch" 2>/dev/null; then \
	    echo "torch is importable by $(PYTHON): creating $(VENV) with system site-packages"; \
	    $(PYTHON) -m venv --system-site-packages $(VENV); \
	  else \
	    $(PYTHON) -m venv $(VENV); \
	  fi; \
	fi
	$(PIP) install -q --upgrade pip
	@$(PY) -c "import torch" 2>/dev/null || $(PIP) install -q torch==2.13.0
	$(PY) -c "import torch; print('torch==' + torch.__version__.split('+')[0])" > $(VENV)/constraints.txt
	$(PIP) install -q -c $(VENV)/constraints.txt -e ".[all,test]"
	@touch $(STAMP)

server-deps:
	@missing=""; \
	for b in prometheus promtool prometheus-alertmanager amtool prometheus-pushgateway; do \
	  command -v $$b >/dev/null 2>&1 || [ -x /usr/bin/$$b ] || missing="$$missing $$b"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages for:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	  else \
	    echo "missing:$$missing -- run: sudo apt-get install -y $(APT_PACKAGES)"; exit 1; \
	  fi; \
	fi

# the documentation site (MkDocs, Material theme, API pages from docstrings), strict: a broken link fails
docs: $(STAMP)
	$(VENV)/bin/mkdocs build --strict --site-dir build/site

# every GPU-only test and the CUDA measurements as one table (collects and skips without a GPU)
gpu-check: $(STAMP)
	$(PY) benchmarks/gpu_check.py

bench: $(STAMP)
	@for b in benchmarks/[!_]*.py; do echo "== $$b"; OMP_NUM_THREADS=1 $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache
