# seismo: an event-sourced market-reaction tracker.
#   make            build ./seismo and build/libseismo.a
#   make test       build with ASan+UBSan and run every suite and script in tests/
#   make check      make test, plus structural checks (pure core, clang-format)
#   make demo       ingest the bundled samples, print a timeline and a summary, write the reports
#   make bench      benchmarks, each beside a baseline measured in the same run
#   make eval       extraction quality on the Reuters-21578 articles (tuning and held-out)
#   make model      train the event detector's default model (core/data/detector.tsv) from ../shared
#   make crash-test TRIALS=N, make fuzz FUZZ_SECONDS=N, make valgrind: the long reliability runs
#   make install PREFIX=/usr/local DESTDIR=
#   make deps       install missing Debian packages (does nothing when all are present)

SHELL   := /bin/bash
PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
SHARED  ?= $(abspath ../shared)
VERSION := 0.1.0

DEB_PKGS := libuv1-dev libsqlite3-dev libjansson-dev libcmocka-dev libsodium-dev \
            libhttp-parser-dev pkg-config sqlite3 python3-jsonschema \
            clang libclang-rt-14-dev valgrind curl liblinear-dev postgresql-15 libpq-dev libssl-dev \
            chromium zsh
PC_PKGS  := libuv sqlite3 jansson libsodium libpq libcrypto

# Recursively expanded on purpose: evaluated when a recipe runs, after `deps`.
PKG_CFLAGS = $(shell pkg-config --cflags $(PC_PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PC_PKGS)) -lhttp_parser -llinear -lm -lpthread
CMOCKA     = $(shell pkg-config --cflags --libs cmocka)

WARN    := -Wall -Wextra -Wstrict-prototypes -Wvla -Wwrite-strings -Wno-missing-field-initializers
BASE    := -std=c11 -D_GNU_SOURCE -DSEISMO_VERSION='"$(VERSION)"' -I. -MMD -MP
OPT     ?= -O3 -g
SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

LIB_SRC  := $(filter-out adapters/cli/main.c,$(wildcard core/*.c adapters/*/*.c))
MIGR     := $(sort $(wildcard migrations/*.sql))
PG_MIGR  := $(sort $(wildcard migrations/postgres/*.sql))
DATA     := $(sort $(wildcard core/data/*.tsv core/data/*.txt core/data/*.csv))
GEN_SRC  := build/gen/migrations.c build/gen/pg_migrations.c build/gen/data.c \
            build/gen/report_assets.c
# The HTML report's browser code: lightweight-charts from npm (pinned in
# package-lock.json, installed by `make deps` into build/npm) and the page's own
# script and style, compiled into the binary so the page needs no network.
NPM_DIR  := build/npm
LWC_JS   := $(NPM_DIR)/node_modules/lightweight-charts/dist/lightweight-charts.standalone.production.js
ASSETS   := $(LWC_JS) adapters/report/page.js adapters/report/page.css
TESTS    := $(basename $(notdir $(wildcard tests/test_*.c)))
BENCHES  := $(basename $(notdir $(wildcard tests/bench/bench_*.c)))
FUZZERS  := $(basename $(notdir $(wildcard tests/fuzz/fuzz_*.c)))

# Build flavours: release objects in build/rel, sanitizer objects in build/asan.
REL_OBJ  := $(patsubst %.c,build/rel/%.o,$(LIB_SRC) $(GEN_SRC))
ASAN_OBJ := $(patsubst %.c,build/asan/%.o,$(LIB_SRC) $(GEN_SRC))

# Fuzzing (libFuzzer, clang): objects in build/fuzz, targets tests/fuzz/fuzz_*.c.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 30
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJ     := $(patsubst %.c,build/fuzz/%.o,$(LIB_SRC) $(GEN_SRC))
TRIALS       ?= 50


.PHONY: docs-gen
.PHONY: all deps test test-steps check demo bench eval model install clean unit integration format \
        fuzz valgrind crash-test fuzz-build ports-check FORCE
.DEFAULT_GOAL := all

all: seismo build/libseismo.a

deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@command -v npm >/dev/null 2>&1 || { echo "make deps: installing npm"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq npm >/dev/null; }
	@if [ ! -f $(NPM_DIR)/.installed ] || [ package.json -nt $(NPM_DIR)/.installed ] || \
	    [ package-lock.json -nt $(NPM_DIR)/.installed ]; then \
	  echo "make deps: npm ci (package-lock.json) into $(NPM_DIR)"; \
	  mkdir -p $(NPM_DIR) && cp package.json package-lock.json $(NPM_DIR)/ && \
	  (cd $(NPM_DIR) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) && \
	  touch $(NPM_DIR)/.installed; fi

# npm packages exactly as package-lock.json pins them (npm ci, by `make deps`
# above), in build/npm; nothing of them is committed.
$(NPM_DIR)/.installed $(LWC_JS): | deps
	@test -f $@ || { echo "$@ missing: make deps could not install the npm packages"; exit 1; }

build/gen/report_assets.c: $(ASSETS) $(NPM_DIR)/.installed adapters/embed/embed.sh
	@mkdir -p $(@D)
	sh adapters/embed/embed.sh assets $(ASSETS) > $@.tmp && mv $@.tmp $@

build/gen/migrations.c: $(MIGR) adapters/embed/embed.sh
	@mkdir -p $(@D)
	sh adapters/embed/embed.sh migrations $(MIGR) > $@.tmp && mv $@.tmp $@

build/gen/pg_migrations.c: $(PG_MIGR) adapters/embed/embed.sh
	@mkdir -p $(@D)
	sh adapters/embed/embed.sh pg-migrations $(PG_MIGR) > $@.tmp && mv $@.tmp $@

build/gen/data.c: $(DATA) adapters/embed/embed.sh
	@mkdir -p $(@D)
	sh adapters/embed/embed.sh data $(DATA) > $@.tmp && mv $@.tmp $@

build/rel/%.o: %.c | deps
	@mkdir -p $(@D)
	$(CC) $(BASE) $(OPT) $(WARN) $(PKG_CFLAGS) $(CFLAGS) -c $< -o $@

build/asan/%.o: %.c | deps
	@mkdir -p $(@D)
	$(CC) $(BASE) -O1 -g $(SAN) $(WARN) -Werror $(PKG_CFLAGS) $(CFLAGS) -c $< -o $@

build/libseismo.a: $(REL_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/asan/libseismo.a: $(ASAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

seismo: build/rel/adapters/cli/main.o build/libseismo.a
	$(CC) $(OPT) $^ $(PKG_LIBS) $(LDFLAGS) -o $@

build/asan/seismo: build/asan/adapters/cli/main.o build/asan/libseismo.a
	$(CC) $(SAN) $^ $(PKG_LIBS) -o $@

build/asan/tests/%: build/asan/tests/%.o build/asan/libseismo.a
	$(CC) $(SAN) $^ $(CMOCKA) $(PKG_LIBS) -o $@

build/rel/bench/%: build/rel/tests/bench/%.o build/libseismo.a
	@mkdir -p $(@D)
	$(CC) $(OPT) $^ $(PKG_LIBS) -o $@

# Every suite and script runs even when another fails (tests/run.sh adds a
# failure for a crash or a timeout, and prints each step's time); the tally at
# the end of `make test` counts them. Suites, scripts and fuzzers are
# independent (each has its own temporary directory, ports and databases), so
# TEST_JOBS of them run at once; -Otarget keeps each one's output together.
# The longest scripts are started first, so that the two lanes end together.
TEST_JOBS ?= 2
SCRIPTS_FIRST := tests/crash.sh tests/daemon.sh tests/daemon_load.sh tests/faults.sh tests/nodes_pg.sh \
                 tests/extract_score.sh tests/log_cli.sh
SCRIPTS := $(filter $(wildcard tests/*.sh),$(SCRIPTS_FIRST)) \
           $(filter-out tests/lib.sh tests/run.sh $(SCRIPTS_FIRST),$(wildcard tests/*.sh))
unit: $(addprefix build/asan/tests/,$(TESTS))
	@$(MAKE) --no-print-directory -k -j$(TEST_JOBS) -Otarget $(addprefix run-unit/,$(TESTS))

run-unit/%: FORCE
	@ASAN_OPTIONS=detect_leaks=1 bash tests/run.sh unit build/asan/tests/$* build/asan/tests/$*

integration: build/asan/seismo seismo
	@$(MAKE) --no-print-directory -k -j$(TEST_JOBS) -Otarget $(addprefix run-script/,$(SCRIPTS))

run-script/%: FORCE
	@SEISMO=$(abspath build/asan/seismo) SHARED=$(SHARED) bash tests/run.sh script $* bash $*

FORCE:

# A build failure is a failed step too: the run goes on and the last line is the tally.
# One throwaway PostgreSQL cluster (tests/pg/cluster.sh) serves every suite: it is
# started before them and stopped after them, failure or not. When it cannot start,
# that is a failed step, and the PostgreSQL suites fail for want of SEISMO_TEST_PG.
# The tests start python3 some thousands of times: a version manager's shim (pyenv's is a
# shell script, 0.1-0.9 s a start) is resolved once to the interpreter it runs, which a
# wrapper in build/py execs directly (where python3 is no shim, the wrapper runs the same).
test: deps
	@mkdir -p build/py; rm -f build/test-*.log
	@py=$$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null) && [ -n "$$py" ] && \
	printf '#!/bin/sh\nexec "%s" "$$@"\n' "$$py" >build/py/python3.tmp && chmod +x build/py/python3.tmp && \
	mv -f build/py/python3.tmp build/py/python3 || { rm -f build/py/python3 build/py/python3.tmp || true; }
	@pgdir=$$(mktemp -d /tmp/seismo-pg.XXXXXX); \
	trap 'bash tests/pg/cluster.sh stop "'"$$pgdir"'"' EXIT; \
	if bash tests/pg/cluster.sh start "$$pgdir" fast >build/pg.env 2>build/pg.err; then \
	  . build/pg.env; echo "PostgreSQL for the tests: $$SEISMO_TEST_PG"; \
	else cat build/pg.err; printf '== PostgreSQL cluster\ncould not start\n0 passed, 1 failed\n' \
	  | tee build/test-pg.log; fi; \
	PATH="$(CURDIR)/build/py:$$PATH" $(MAKE) --no-print-directory test-steps

test-steps:
	@bash tests/run.sh step build $(MAKE) --no-print-directory -j$(TEST_JOBS) build/asan/seismo seismo \
	  $(addprefix build/asan/tests/,$(TESTS)) 2>&1 | tee build/test-build.log
	@$(MAKE) --no-print-directory -k unit 2>&1 | tee build/test-unit.log
	@$(MAKE) --no-print-directory -k integration 2>&1 | tee build/test-integration.log
	@bash tests/run.sh step fuzz sh -c '$(MAKE) --no-print-directory -j$(TEST_JOBS) fuzz-build && \
	  $(MAKE) --no-print-directory fuzz FUZZ_SECONDS=30 FUZZ_JOBS=$(TEST_JOBS)' 2>&1 | tee build/test-fuzz.log
	@bash tests/run.sh step valgrind sh -c '$(MAKE) --no-print-directory -j$(TEST_JOBS) \
	  $(addprefix build/vg/tests/,$(TESTS)) && $(MAKE) --no-print-directory valgrind' \
	  2>&1 | tee build/test-valgrind.log
	@awk '/^\[  PASSED  \] [0-9]+ test/ { p += $$4 } /^\[  FAILED  \] [0-9]+ test/ { f += $$4 } \
	      /^[0-9]+ passed, [0-9]+ failed/ { p += $$1; f += $$3 } \
	      END { printf "seismo: %d passed, %d failed\n", p, f; exit f > 0 }' \
	      build/test-*.log

check: test ports-check
	@bad=$$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](sqlite3|uv|jansson|sodium|http_parser|libpq-fe|linear)\.h' core/*.c core/*.h); \
	if [ -n "$$bad" ]; then echo "core/ must stay pure; these include a library header: $$bad"; exit 1; fi
	@bad=$$(grep -ln '(const char \*const\[\])' core/*.c); \
	if [ -n "$$bad" ]; then echo "word lists in core/ are static arrays (ex_wl_get keys them by address): $$bad"; exit 1; fi
	@clang-format --dry-run --Werror $$(git ls-files '*.c' '*.h') && echo "make check: clang-format clean"

# Storage stays behind the ports: outside adapters/sqlite/ and adapters/postgres/
# no file names SQLite or libpq, a storage type or an engine's functions. The
# one exception is the engine table of adapters/store/store.c, which includes
# each engine's constructor header.
PORTS_BAD := sqlite3|PGconn|PGresult|libpq-fe\.h|\b(db|projdb|pricesdb|sqlog|sqstore|pgstore|pg)_t\b|\b(db|projdb|pricesdb|sqlog|sqstore|pgstore|companies)_[a-z_]+[[:space:]]*\(|\bdb_(durability_t|verify_t|migration_t)\b|\bDB_(OPEN|DURABLE)_
ports-check:
	@files=$$(find core adapters -name '*.[ch]' -not -path 'adapters/sqlite/*' -not -path 'adapters/postgres/*' | sort); \
	bad=$$(grep -nE '$(PORTS_BAD)' $$files); \
	inc=$$(grep -nE '#[[:space:]]*include[[:space:]]*"[^"]*(sqlite|postgres)/' $$files | grep -v '^adapters/store/store\.c:'); \
	if [ -n "$$bad$$inc" ]; then \
	  echo "make check: storage must stay behind the ports (core/store.h); outside adapters/sqlite and adapters/postgres:"; \
	  printf '%s\n' "$$bad" "$$inc" | grep -v '^$$'; exit 1; fi; \
	echo "make check: storage stays behind the ports ($$(echo $$files | wc -w) files checked)"

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

demo: seismo
	@SHARED=$(SHARED) bash tests/demo/run.sh ./seismo

# Every benchmark runs to the end, whatever another does; a miss is a result,
# not a failure. The run ends with one table (tests/bench/lib/table.sh): each
# figure beside its same-run baseline, the ratio and the target, misses marked.
bench: seismo $(addprefix build/rel/bench/,$(BENCHES))
	@mkdir -p build; table=$(abspath build/bench-table.tsv); : > $$table; \
	for s in tests/bench/*.sh; do echo "== $$s"; \
	  SEISMO=$(abspath seismo) BENCH_BIN=$(abspath build/rel/bench) SHARED=$(SHARED) \
	    BENCH_TABLE=$$table bash $$s; rc=$$?; \
	  [ $$rc -eq 0 ] || printf '%s ran to the end\texit %s\t-\tfailed\texit 0\n' $$s $$rc >> $$table; \
	done; bash tests/bench/lib/table.sh print $$table | tee build/bench-table.txt

# Extraction quality on real news, train split beside held-out split: Reuters-21578 article
# level (acq, earn), SentiFM per type, deal parties (when the gold files exist).
eval: seismo
	@SEISMO=$(abspath seismo) SHARED=$(SHARED) bash tests/eval/reuters.sh; \
	SEISMO=$(abspath seismo) SHARED=$(SHARED) bash tests/eval/sentifm.sh; \
	for g in tune tune2 tune3 tune4 tune5 tune6 tune7 tune8 tune9 tune10 heldout; do echo "parties ($$g gold):"; \
	  SEISMO=$(abspath seismo) SHARED=$(SHARED) bash tests/eval/parties.sh $$g $(abspath build/eval/parties-$$g) | sed -n '1,/^errors (/p'; done

# The detector's default model, from the TRAIN split of ../shared/corpus (committed; embedded).
model: seismo
	bash adapters/model/make-model.sh $(abspath seismo) $(SHARED) core/data/detector.tsv build/model
	@$(MAKE) --no-print-directory seismo

# The man page and the shell completions are generated from the command table
# by the binary itself, so they never drift from what the commands take.
DOCS_GEN := build/man/seismo.1 build/completion/seismo.bash build/completion/_seismo
docs-gen: $(DOCS_GEN)
build/man/seismo.1: seismo
	@mkdir -p $(@D)
	./seismo manpage > $@.tmp && mv $@.tmp $@
build/completion/seismo.bash: seismo
	@mkdir -p $(@D)
	./seismo completion bash > $@.tmp && mv $@.tmp $@
build/completion/_seismo: seismo
	@mkdir -p $(@D)
	./seismo completion zsh > $@.tmp && mv $@.tmp $@

# Binary, man page, bash and zsh completion, report schema and the systemd unit
# (which makes its own state, spool and runtime folders).
install: seismo $(DOCS_GEN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/seismo \
	  $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/lib/systemd/system
	install -m 0755 seismo $(DESTDIR)$(PREFIX)/bin/seismo
	install -m 0644 build/man/seismo.1 $(DESTDIR)$(PREFIX)/share/man/man1/seismo.1
	install -m 0644 build/completion/seismo.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/seismo
	install -m 0644 build/completion/_seismo $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_seismo
	install -m 0644 docs/report.schema.json $(DESTDIR)$(PREFIX)/share/seismo/report.schema.json
	sed 's|/usr/local/bin/seismo|$(PREFIX)/bin/seismo|' docs/seismo.service > $(DESTDIR)$(PREFIX)/lib/systemd/system/seismo.service
	chmod 0644 $(DESTDIR)$(PREFIX)/lib/systemd/system/seismo.service

# --- reliability (issue 6): crash safety, fuzzing, memcheck ---------------------

build/fuzz/%.o: %.c | deps
	@mkdir -p $(@D)
	$(FUZZ_CC) $(BASE) -O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN) $(WARN) $(PKG_CFLAGS) $(CFLAGS) -c $< -o $@

build/fuzz/libseismo.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/fuzz/bin/%: build/fuzz/tests/fuzz/%.o build/fuzz/libseismo.a
	@mkdir -p $(@D)
	$(FUZZ_CC) -fsanitize=fuzzer $(FUZZ_SAN) $^ $(PKG_LIBS) -o $@

fuzz-build: $(addprefix build/fuzz/bin/,$(FUZZERS)) seismo

# Replays fixtures/fuzz/crashes/, then fuzzes each target FUZZ_SECONDS seconds;
# every target runs even when another finds a crash (FUZZ_JOBS at once).
FUZZ_JOBS ?= 1
fuzz: fuzz-build
	@$(MAKE) --no-print-directory -k -j$(FUZZ_JOBS) -Otarget $(addprefix run-fuzz/,$(FUZZERS))

run-fuzz/%: FORCE
	@SEISMO=$(abspath seismo) bash tests/fuzz/run.sh build/fuzz/bin/$* $(FUZZ_SECONDS)

# kill -9 trials against the daemon and CLI ingests, on SQLite (tests/crash/run.sh) and on
# PostgreSQL with three nodes and the server itself stopped mid-load (tests/crash/run_pg.sh).
crash-test: seismo
	SEISMO=$(abspath seismo) SHARED=$(SHARED) bash tests/crash/run.sh $(TRIALS)
	SEISMO=$(abspath seismo) SHARED=$(SHARED) bash tests/crash/run_pg.sh $(TRIALS)

# The unit suites and one daemon session under valgrind memcheck.
valgrind: seismo $(addprefix build/vg/tests/,$(TESTS))
	SEISMO=$(abspath seismo) VG_TESTS="$(addprefix build/vg/tests/,$(TESTS))" bash tests/valgrind/run.sh

build/vg/%.o: %.c | deps
	@mkdir -p $(@D)
	$(CC) $(BASE) -O1 -g $(WARN) $(PKG_CFLAGS) $(CFLAGS) -c $< -o $@

build/vg/tests/%: build/vg/tests/%.o build/libseismo.a
	$(CC) $^ $(CMOCKA) $(PKG_LIBS) -o $@

.PRECIOUS: build/vg/tests/%.o build/fuzz/tests/fuzz/%.o

clean:
	rm -rf build seismo demo-report.json

-include $(shell find build -name '*.d' 2>/dev/null)
