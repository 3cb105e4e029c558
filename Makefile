# The two commands of the README: `make run` and `make test`. Both install what the build
# needs first (libedit's headers), so a fresh Debian/Ubuntu machine with Swift 6 is enough.
SWIFT ?= swift
ARGS ?=
# Seconds each fuzz target runs in `make test`; `make fuzz FUZZ_SECONDS=600` for a long run.
FUZZ_SECONDS ?= 20

.PHONY: run test check asan fuzz build deps release bench excel-check report-check

run: deps
	@$(SWIFT) build --product pilar -q
	@"$$($(SWIFT) build --show-bin-path)/pilar" $(ARGS)

# Every test: the suite, the suite again under AddressSanitizer (its own build folder, so
# the normal build is not thrown away), then each fuzz target briefly. CI runs exactly this.
# LeakSanitizer is off: at exit it reports the demo store, alive in a global to the end, as
# leaked (its buffers are reached only through tagged enum payloads); memory errors still fail.
ASAN_ENV = ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no
test: deps
	$(SWIFT) test
	$(ASAN_ENV) $(SWIFT) test --sanitize=address --scratch-path .build-asan
	Fuzz/run.sh $(FUZZ_SECONDS)
	@$(MAKE) --no-print-directory excel-check
	@$(MAKE) --no-print-directory report-check

# csv for Excel and pilar's workbooks opened by LibreOffice: run when LibreOffice and openpyxl
# are installed (CI installs them; `apt-get install libreoffice-calc-nogui python3-openpyxl`).
excel-check:
	@if command -v soffice >/dev/null 2>&1 && python3 -c 'import openpyxl' 2>/dev/null; then \
		PILAR="$$($(SWIFT) build --show-bin-path)/pilar" sh Tests/Tools/excel-csv-check.sh && \
		PILAR="$$($(SWIFT) build --show-bin-path)/pilar" sh Tests/Tools/excel-workbook-check.sh; \
	else \
		echo "excel-check skipped: needs soffice (libreoffice-calc-nogui) and python3-openpyxl"; \
	fi

# The OPD report as html printed to PDF by headless Chromium (A4, title, tables, chart):
# run when chromium and poppler-utils are installed (CI installs them, best effort).
report-check:
	@if command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then \
		PILAR="$$($(SWIFT) build --show-bin-path)/pilar" sh Tests/Tools/report-browser-check.sh; \
	else \
		echo "report-check skipped: needs chromium and poppler-utils"; \
	fi

# The inner loop: just the suite.
check: deps
	$(SWIFT) test

asan: deps
	$(ASAN_ENV) $(SWIFT) test --sanitize=address --scratch-path .build-asan

fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product pilar

# pilar against sqlite3 and the DuckDB CLI at 9k and 100k measurements (benchmarks/README.md);
# not part of `make test`: timings are measured, never asserted.
bench: release
	python3 benchmarks/run.py --sizes 9k,100k

# libedit-dev gives the headers the REPL is built against; pkg-config tells SwiftPM where.
deps:
	@missing=""; \
	[ -f /usr/include/histedit.h ] || missing="$$missing libedit-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
