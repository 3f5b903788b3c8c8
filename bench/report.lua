-- Shared by the scripts here: one RESULT line per run, easy to grep.
-- Loaded with dofile("bench/report.lua") (run wrk from the repository's root).
function report(summary, latency, extra)
   local seconds = summary.duration / 1e6
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
   io.write(string.format("RESULT requests/s=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f requests=%d errors=%d non2xx3xx=%d%s\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, summary.requests, errors, summary.errors.status, extra or ""))
end

-- Each wrk thread, to add up counters in done(); a script that defines its own setup keeps its own.
threads = {}
setup = function(thread)
   table.insert(threads, thread)
end

-- A random seed per thread, then a random client address for X-Forwarded-For (a server started
-- with MEMBERSPACE_TRUSTED_PROXIES=127.0.0.1 believes it: its limits per address do not bite).
init = function(args)
   math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
end

function client_address()
   return string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
end
