#!/usr/bin/env bash
# Runs every fuzz harness for SECONDS each (default 20) from its seed corpus.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS] [TARGET...]
# New inputs go to BUILD_DIR/fuzz-work/<target>, never into the repository's
# seeds; a crash leaves BUILD_DIR/fuzz-work/crash-<target>-* and fails the run
# (turn it into a regression test: docs/robustness.md says how).
set -euo pipefail
build=$1
secs=${2:-20}
shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(kb_page ruleset config suppress baseline vcxproj extract facts_io mc mof etw)
work=$build/fuzz-work
mkdir -p "$work/tmp"
export TMPDIR=$work/tmp
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# libclang's own leaks (docs/robustness.md)
export LSAN_OPTIONS=suppressions=$here/../../.lsan-suppressions
status=0
for t in "${targets[@]}"; do
	mkdir -p "$work/$t"
	log=$work/$t.log
	if "$build/tests/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=20 -rss_limit_mb=3072 \
		-artifact_prefix="$work/crash-$t-" -print_final_stats=1 \
		"$work/$t" "$here/corpus/$t" >"$log" 2>&1; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
		echo "fuzz_$t: ${execs:-?} executions, no crash"
	else
		echo "fuzz_$t: FAILED (see $log)"
		tail -n 40 "$log"
		status=1
	fi
done
exit $status
