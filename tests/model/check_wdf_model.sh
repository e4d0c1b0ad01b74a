#!/bin/sh
# The generated KMDF model headers (rules/include/wdf_*.h, wdfusb.h) must be what
# tools/modelgen/wdf_model.py makes of the reference pages today: a page
# change or a generator change without re-generation fails here.  Skipped
# (exit 77) where the pages or python3 are not available.
set -u
src=$1
docs=$src/../shared/ddi-docs/ddi
if [ ! -d "$docs" ] || ! command -v python3 >/dev/null 2>&1; then
    echo "skipped: no $docs or no python3"
    exit 77
fi
out=$(mktemp -d) || exit 1
trap 'rm -rf "$out"' EXIT
python3 "$src/tools/modelgen/wdf_model.py" "$docs" "$out" >/dev/null 2>"$out.err" || {
    cat "$out.err"; rm -f "$out.err"; exit 1; }
rm -f "$out.err"
status=0
for f in "$out"/wdf_*.h "$out"/wdfusb.h; do
    name=$(basename "$f")
    if ! cmp -s "$f" "$src/rules/include/$name"; then
        echo "rules/include/$name differs from the generator's output:"
        diff -u "$src/rules/include/$name" "$f" | head -20
        status=1
    fi
done
for f in "$src"/rules/include/wdf_*.h "$src"/rules/include/wdfusb.h; do
    [ -e "$out/$(basename "$f")" ] || { echo "rules/include/$(basename "$f") is no longer generated"; status=1; }
done
[ $status -eq 0 ] && echo "wdf model headers match the generator"
exit $status
