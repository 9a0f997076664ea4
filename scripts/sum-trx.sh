# Sums the TRX files of a test run into the plain closing line CI reads: "N passed, N failed". Sourced, not run.
sum_trx() {
  local passed=0 failed=0 skipped=0 counters n
  while IFS= read -r counters; do
    n=$(grep -o ' passed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*'); passed=$((passed + ${n:-0}))
    for attr in failed error timeout aborted; do
      n=$(grep -o " $attr=\"[0-9]*\"" <<<"$counters" | grep -o '[0-9]*'); failed=$((failed + ${n:-0}))
    done
    n=$(grep -o ' notExecuted="[0-9]*"' <<<"$counters" | grep -o '[0-9]*'); skipped=$((skipped + ${n:-0}))
  done < <(find "$1" -name '*.trx' -exec grep -ho '<Counters [^>]*>' {} + 2>/dev/null)
  if ((skipped)); then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
}
