-- wrk -s scripts/reliability/percentiles.lua: prints one machine-readable line at the end of a run
--   PCT <requests/s> <p50 ms> <p95 ms> <p99 ms> <errors: connect read write status timeout>
-- (wrk's own --latency table has no 95th percentile; the issue asks for p50/p95/p99.)
-- THINK_MS (environment): each connection waits that long after an answer before its next request (paced users).
local think = tonumber(os.getenv("THINK_MS") or "")
if think and think > 0 then
  delay = function() return think end
end
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("PCT %.1f %.2f %.2f %.2f %d %d %d %d %d\n", summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
