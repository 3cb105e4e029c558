#!/bin/sh
# Renders the OPD performance report (examples/reports/kinerja-opd.pilar) as html with pilar
# and prints it to PDF with headless Chromium, as a report writer would before handing it in:
# the page must load without external assets, print on A4, and carry the report's title,
# its tables, its chart (inline SVG) and Indonesian numbers. A PNG of the first page is left
# in $OUT (default /tmp/pilar-report-check) to look at.
# Needs: chromium (apt-get install chromium), pdftotext and pdftoppm (apt-get install poppler-utils).
# Run from the repository root after `swift build`:  sh Tests/Tools/report-browser-check.sh
set -eu
pilar=${PILAR:-.build/debug/pilar}
out=${OUT:-/tmp/pilar-report-check}
case "$out" in /*) ;; *) out="$(pwd)/$out" ;; esac
mkdir -p "$out"
"$pilar" run examples/reports/kinerja-opd.pilar --format html > "$out/kinerja-opd.html"
# No external assets: nothing is fetched, so the page prints the same offline.
if grep -Eq '(src|href)="(https?:)?//' "$out/kinerja-opd.html"; then
  echo "report-browser-check: the page refers to external assets" >&2; exit 1
fi
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$out/kinerja-opd.pdf" "file://$out/kinerja-opd.html" >/dev/null 2>&1
pdftotext -layout "$out/kinerja-opd.pdf" "$out/kinerja-opd.txt"
pdftoppm -png -r 60 -f 1 -l 1 "$out/kinerja-opd.pdf" "$out/page"
pages=$(pdfinfo "$out/kinerja-opd.pdf" | awk '/^Pages:/ { print $2 }')
# A4 is 595 x 842 points; browsers round differently, so whole points are compared.
size=$(pdfinfo "$out/kinerja-opd.pdf" | awk '/^Page size:/ { printf "%dx%d", $3 + 0.5, $5 + 0.5 }')
fail=0
check() { grep -q "$1" "$out/kinerja-opd.txt" || { echo "report-browser-check: the printed report lacks '$1'" >&2; fail=1; }; }
check "Laporan Kinerja Dinas Komunikasi"
check "1. Ringkasan"
check "Rp 30.030.000.000"
check "sangat tinggi"
check "22.680.000.000"
grep -q "<svg" "$out/kinerja-opd.html" || { echo "report-browser-check: no chart in the page" >&2; fail=1; }
[ "$size" = "595x842" ] || { echo "report-browser-check: page size $size is not A4" >&2; fail=1; }
[ "$pages" -ge 2 ] || { echo "report-browser-check: $pages page(s), expected the report to run over 2 or more" >&2; fail=1; }
[ $fail -eq 0 ] && echo "report-browser-check ok: $pages A4 pages ($size pt), first page at $out/page-1.png"
exit $fail
