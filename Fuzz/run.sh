#!/usr/bin/env bash
# Builds the four libFuzzer targets (release, AddressSanitizer) and runs each for SECONDS
# (default 30), one after the other, on its corpus in Fuzz/work/corpus/<target>/ (seeded from
# the repository's scripts and data by seed.py). Crashes, hangs (> 10 s an input) and sanitizer
# reports are written to Fuzz/crashes/<target>/ and make the script exit non-zero.
#   Fuzz/run.sh [SECONDS] [TARGET…]
# Reproduce one: SWIFT_BACKTRACE=enable=no Fuzz/.build/release/<Target> Fuzz/crashes/<Target>/crash-…
set -euo pipefail
cd "$(dirname "$0")"
export PATH="/opt/swift/usr/bin:$PATH"
# Swift's backtracer can hang for minutes after a crash in an instrumented binary.
export SWIFT_BACKTRACE=enable=no
# LeakSanitizer reports the demo store, alive in a global for the whole run, as leaked (its
# buffers are reached only through tagged enum payloads); leaks are not what we hunt here.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(LexParseFuzzer QueryFuzzer LoaderFuzzer CompleterFuzzer)

build() {
  swift build -c release -q \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
}
# SwiftPM does not always rebuild these targets when the root package's API changes under
# them (seen here: a stale object file asking for an old Session initialiser). One clean
# rebuild settles it.
if ! build; then
  echo "Fuzz: build failed; retrying from a clean build folder"
  rm -rf .build
  build
fi
bin="$(swift build -c release --show-bin-path)"
python3 seed.py work/corpus

failed=0
for target in "${targets[@]}"; do
  mkdir -p "work/corpus/$target" "crashes/$target"
  log="work/$target.log"
  extra=()
  [ "$target" = LexParseFuzzer ] && extra=(-dict=pilar.dict)
  status=0
  "$bin/$target" "work/corpus/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=4096 -print_final_stats=1 -artifact_prefix="crashes/$target/" "${extra[@]}" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "$target: FAILED (exit $status) — see Fuzz/$log; reproducer in Fuzz/crashes/$target/"
    grep -E "ERROR:|Fatal error|SUMMARY|timeout|crash-|leak-|oom-" "$log" | head -8 || true
  else
    echo "$target: ok, ${runs:-?} runs in ${seconds}s (${speed:-?} exec/s), corpus $(ls "work/corpus/$target" | wc -l) inputs"
  fi
done
exit "$failed"
