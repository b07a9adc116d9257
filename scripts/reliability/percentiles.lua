-- wrk -s scripts/reliability/percentiles.lua: prints one machine-readable line at the end of a run
--   PCT <requests/s> <p50 ms> <p95 ms> <p99 ms> <errors: connect read write status timeout>
-- (wrk's own --latency table has no 95th percentile; the issue asks for p50/p95/p99.)
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("PCT %.1f %.2f %.2f %.2f %d %d %d %d %d\n", summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
