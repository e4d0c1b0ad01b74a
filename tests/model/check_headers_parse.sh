#!/bin/sh
# Every model header (rules/include/*.h) opens with a comment that says it is
# a ddicheck model header, and every one that a driver includes by name (not
# the parts of ndis.h, wdm.h and wdf.h, which say "part of" or "not this
# file") parses after <ntddk.h> on its own, and all of them together in one
# file after <initguid.h>: a new header that needs something it does not
# include, or that redefines what another model header defines, fails here.
# The parse is ddicheck's own (its parser flags; exit status 3 on a parse
# error).
#
#   check_headers_parse.sh SOURCE_DIR DDICHECK
set -u
src=$1
ddicheck=$2
inc=$src/rules/include
out=$(mktemp -d) || exit 1
trap 'rm -rf "$out"' EXIT
status=0
all=$out/all_headers.c
printf '#include <initguid.h>\n#include <ntddk.h>\n' >"$all"
for f in "$inc"/*.h; do
    name=$(basename "$f")
    if ! head -5 "$f" | grep -q 'ddicheck model header'; then
        echo "rules/include/$name: no 'ddicheck model header' in its opening comment"
        status=1
    fi
    head -20 "$f" | grep -qiE 'part of [a-z_]+\.h|not this file' && continue
    base=$(echo "$name" | tr -c 'A-Za-z0-9_\n' '_')
    printf '#include <ntddk.h>\n#include <%s>\n' "$name" >"$out/h_${base%_h}.c"
    printf '#include <%s>\n' "$name" >>"$all"
done
log=$out/ddicheck.log
"$ddicheck" --no-cache --no-config --rules-dir "$src/rules" "$out" >"$log" 2>&1
rc=$?
if [ $rc -ne 0 ]; then
    echo "ddicheck exit status $rc on the model headers:"
    sed "s|$out/||g" "$log"
    status=1
fi
[ $status -eq 0 ] && echo "model headers: each parses after <ntddk.h>, all together after <initguid.h>"
exit $status
