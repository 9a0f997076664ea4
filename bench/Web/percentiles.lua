-- wrk reporter: one line of figures per run, with the p95 wrk's own --latency table leaves out.
-- The cookie and the path are given by the caller (wrk-bench.sh) through the environment.
local cookie = os.getenv("SAFEGUARD_COOKIE")
wrk.headers["Cookie"] = cookie

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
