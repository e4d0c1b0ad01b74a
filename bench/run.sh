#!/bin/sh
# run.sh: ddicheck against the parse it is built on, side by side, on a
# synthetic NDIS driver (bench/gen-driver.sh).  docs/performance.md explains
# the figures and keeps the measured ones.
#
#   bench/run.sh [-n TUS] [-r REPS] [-j JOBS] [-b BUILD_DIR] [-w WORK_DIR]
#
#   -n TUS        translation units of the synthetic driver (default 200)
#   -r REPS       repetitions; every figure is the median (default 3)
#   -j JOBS       workers for the parallel runs (default: processors)
#   -b BUILD_DIR  where ddicheck and bench_extract were built (default build)
#   -w WORK_DIR   where the driver and the facts go (default /tmp/ddicheck-bench)
#
# Measures, each REPS times:
#   clang         clang -fsyntax-only on every TU, one process per TU as a
#                 build runs it, with ddicheck's flags and model headers
#   clang-fe      the sum of clang's -ftime-report totals over those runs:
#                 the parse alone, without process start-ups (CPU seconds)
#   cli-1         the ddicheck command, cold (--no-cache), one worker
#   pool-1        bench_extract -j 1: the same pipeline on fe_extract_all
#   pool-1-noshare   ... without shared leading includes (PCH)
#   pool-J        bench_extract -j JOBS
#   warm          the ddicheck command with its facts cache, after touching
#                 one file (a cold run fills the cache first)
# and peak RSS (GNU time) of cli-1 and pool-J.  Every ddicheck run's
# findings are compared with the seeded defects (expected.txt): a missing
# or extra finding fails the benchmark (exit 1).
# Needs: clang (the version libclang is), GNU time (/usr/bin/time), awk.
set -eu

TUS=200
REPS=3
JOBS=$(nproc 2>/dev/null || echo 2)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$ROOT/build
WORK=/tmp/ddicheck-bench
while getopts n:r:j:b:w: opt; do
	case $opt in
	n) TUS=$OPTARG ;;
	r) REPS=$OPTARG ;;
	j) JOBS=$OPTARG ;;
	b) BUILD=$(cd "$OPTARG" && pwd) ;;
	w) WORK=$OPTARG ;;
	*) sed -n '2,30p' "$0" >&2; exit 2 ;;
	esac
done
DDICHECK=$BUILD/checker/ddicheck
POOL=$BUILD/bench/bench_extract
for b in "$DDICHECK" "$POOL"; do
	[ -x "$b" ] || { echo "run.sh: $b: not built (cmake --build $BUILD)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "run.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
# the clang whose version libclang is
CLANG=
for c in clang-19 clang-18 clang-17 clang-16 clang-15 clang-14 clang; do
	command -v "$c" >/dev/null 2>&1 && { CLANG=$c; break; }
done
[ -n "$CLANG" ] || { echo "run.sh: needs clang" >&2; exit 2; }
MODEL=$ROOT/rules/include

DRV=$WORK/drv-$TUS
if [ ! -f "$DRV/expected.txt" ]; then
	echo "run.sh: generating $TUS TUs in $DRV" >&2
	"$ROOT/bench/gen-driver.sh" "$TUS" "$DRV"
fi
FILES=$(cd "$DRV" && ls driver.c mod_*.c)
LINES=$(cd "$DRV" && cat $FILES synth.h synth_ndis.h | wc -l)
RES=$WORK/results-$TUS
rm -rf "$RES"
mkdir -p "$RES"
CACHE=$WORK/cache-$TUS

# timed NAME CMD...: appends "seconds rss_kb" to $RES/NAME (stdout to $RES/NAME.out)
timed() {
	name=$1; shift
	/usr/bin/time -f '%e %M %U %S' -o "$RES/$name.t" "$@" > "$RES/$name.out" 2> "$RES/$name.err" || true
	tail -n 1 "$RES/$name.t" >> "$RES/$name"   # GNU time may add a status line first
}

# findings NAME: the run's findings as "file:line: [Rule]", against expected.txt
check() {
	grep -o '^[^ ]*:[0-9]*:[0-9]*: error: \[[A-Za-z_]*\]' "$RES/$1.out" |
		sed "s|^$DRV/||; s|^\./||; s/:[0-9]*: error:/:/" | LC_ALL=C sort > "$RES/$1.found" || true
	if ! cmp -s "$RES/$1.found" "$DRV/expected.txt"; then
		echo "run.sh: $1: findings differ from the seeded defects:" >&2
		diff "$DRV/expected.txt" "$RES/$1.found" | head -20 >&2
		FAILED=1
	fi
}

# the baseline: one clang process per TU, as a build runs the compiler
{
	echo "cd '$DRV' || exit 2"
	for f in $FILES; do
		echo "'$CLANG' -fsyntax-only -x c --target=x86_64-pc-windows-msvc -fms-extensions" \
			"-fms-compatibility -ferror-limit=0 -Wno-everything -D__DDICHECK__=1" \
			"-ftime-report -idirafter '$MODEL' $f || exit 1"
	done
} > "$RES/clang.sh"

FAILED=0
HAVE_CACHE=0
"$DDICHECK" --help 2>&1 | grep -q -- '--cache-dir' && HAVE_CACHE=1
NOCACHE=
[ $HAVE_CACHE -eq 1 ] && NOCACHE=--no-cache
r=1
while [ "$r" -le "$REPS" ]; do
	echo "run.sh: repetition $r of $REPS" >&2
	timed clang sh "$RES/clang.sh"
	# clang's own account of its frontend, without the process start-up
	sed -n 's/.*Total Execution Time: \([0-9.]*\) seconds.*/\1/p' "$RES/clang.err" |
		awk '{ t += $1 } END { printf "%.3f 0 %.3f 0\n", t, t }' >> "$RES/clang-fe"
	timed cli-1 "$DDICHECK" $NOCACHE --no-config -p "$DRV"
	check cli-1
	timed pool-1 "$POOL" -j 1 -p "$DRV"
	check pool-1
	timed pool-1-noshare "$POOL" -j 1 --no-share -p "$DRV"
	timed pool-J "$POOL" -j "$JOBS" -p "$DRV"
	check pool-J
	grep '^bench:' "$RES/pool-1.err" >> "$RES/pool-1.phases" || true
	grep '^bench:' "$RES/pool-J.err" >> "$RES/pool-J.phases" || true
	if [ $HAVE_CACHE -eq 1 ]; then
		rm -rf "$CACHE"
		"$DDICHECK" --no-config --cache-dir "$CACHE" -p "$DRV" > /dev/null 2>&1 || true
		touch "$DRV/mod_0002.c"
		timed warm "$DDICHECK" --no-config --cache-dir "$CACHE" -p "$DRV"
		check warm
	fi
	r=$((r + 1))
done

# median of column C of file F
median() { awk -v c="$2" '{ print $c }' "$1" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
phase() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" "$1" | sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "-" }'; }

C=$(median "$RES/clang" 1)
printf '\nddicheck benchmark: %s TUs, %s lines, %s repetitions (medians), %s workers, %s\n' \
	"$TUS" "$LINES" "$REPS" "$JOBS" "$("$CLANG" --version | head -1)"
printf '%-22s %9s %9s %9s %9s %9s\n' run seconds x_clang ms_per_TU rss_MB cpu_s
row() {
	[ -f "$RES/$1" ] || return 0
	s=$(median "$RES/$1" 1)
	m=$(median "$RES/$1" 2)
	awk '{ print $3 + $4 }' "$RES/$1" > "$RES/$1.cpu"
	u=$(median "$RES/$1.cpu" 1)
	awk -v n="$1" -v s="$s" -v c="$C" -v t="$TUS" -v m="$m" -v u="$u" \
		'BEGIN { printf "%-22s %9.2f %9.2f %9.2f %9.1f %9.2f\n", n, s, s / c, 1000 * s / t, m / 1024, u }'
}
row clang
row clang-fe
row cli-1
row pool-1
row pool-1-noshare
row pool-J
row warm
for p in pool-1 pool-J; do
	[ -f "$RES/$p.phases" ] || continue
	printf '%s phases (median s): extract %s  load %s  link %s  analyse %s\n' "$p" \
		"$(phase "$RES/$p.phases" extract)" "$(phase "$RES/$p.phases" load)" \
		"$(phase "$RES/$p.phases" link)" "$(phase "$RES/$p.phases" analyse)"
done
F=$(median "$RES/clang-fe" 1)
for p in cli-1 pool-1; do
	awk -v n="$p" -v u="$(median "$RES/$p.cpu" 1)" -v f="$F" \
		'BEGIN { printf "%s CPU / clang frontend CPU: %.2f\n", n, u / f }'
done
if [ $HAVE_CACHE -eq 1 ]; then
	awk -v w="$(median "$RES/warm" 1)" -v c="$(median "$RES/cli-1" 1)" \
		'BEGIN { printf "warm / cold (one file touched): %.2f\n", w / c }'
fi
echo "seeded defects: $(wc -l < "$DRV/expected.txt"), results in $RES"
[ $FAILED -eq 0 ] || { echo "run.sh: FAILED: findings differ (see above)" >&2; exit 1; }
