#!/bin/sh
# Re-verifies the analysis-*.pilar golden cases independently: runs each analysis-NAME.sql with
# DuckDB over the demo CSV files (examples/data/pekanbaru, byte-identical to the embedded demo)
# and diffs its CSV with analysis-NAME.out, whose tables are turned into CSV (thousands
# separators dropped, "N rows" lines and borders left out). No output but "ok" lines means every
# figure agrees. Usage, from anywhere:  sh Tests/GoldenTests/Cases/analysis-verify.sh [NAME…]
cases=$(cd "$(dirname "$0")" && pwd)
data="$cases/../../../examples/data/pekanbaru"
names=${*:-$(cd "$cases" && ls analysis-*.sql | sed 's/^analysis-//; s/\.sql$//')}
status=0
for name in $names; do
    expected=$(awk -F'│' '
        /^│/ { out = ""; for (i = 2; i < NF; i++) { c = $i; gsub(/^ +| +$/, "", c)
                   if (c ~ /^-?[0-9][0-9,]*(\.[0-9]+)?$/) gsub(/,/, "", c)
                   if (c ~ /,/) c = "\"" c "\""
                   out = out (i > 2 ? "," : "") c }
               print out; next }
        /^[┌├└]/ || /^[0-9]+ rows?$/ { next }
        # warnings (analysis-codes): the SQL checks the codes they name, not the text
        /^Tests\/GoldenTests\/Cases\/.*: warning: / { skip = 3; next }
        skip > 0 { skip--; next }
        # exact figures with more than 10 decimals (stddev, avg_if): to 10, as the SQL prints them
        { n = split($0, f, ","); out = ""
          for (i = 1; i <= n; i++) { if (f[i] ~ /^-?[0-9]+\.[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]+$/) f[i] = sprintf("%.10f", f[i])
                                     out = out (i > 1 ? "," : "") f[i] }
          print out }' "$cases/analysis-$name.out")
    actual=$(cd "$data" && duckdb -csv < "$cases/analysis-$name.sql" 2>&1)
    if [ "$name" = check ]; then
        # analysis-check.sql finds the problems, not their texts (read by hand): compare the
        # rule, entity, code and file:line of the CSV list (the .out's first table; the two
        # filtered tables after it are its past_end_not_done rows and no duplicate_name row).
        expected=$(printf '%s\n' "$expected" | awk 'NR > 1 && /^rule,/ { exit } { print }' | cut -d, -f1-4)
        actual=$(echo rule,entity,code,where; printf '%s\n' "$actual" | cut -d, -f2-5)
    fi
    if [ "$expected" = "$actual" ]; then echo "ok $name"
    else echo "DIFFERS $name (< pilar's .out, > DuckDB)"; status=1
         printf '%s\n' "$expected" > /tmp/analysis-verify-expected.$$
         printf '%s\n' "$actual" | diff /tmp/analysis-verify-expected.$$ - ; rm -f /tmp/analysis-verify-expected.$$
    fi
done
exit $status
