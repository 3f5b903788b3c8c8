-- The login page and the 6 pictures of its challenge, as a browser loads them:
-- wrk -s bench/login-with-pictures.lua http://localhost:8080/mcrn/
-- Each wrk thread keeps a queue of the pictures its pages named and fetches them before the
-- next page. Counts page views and pictures separately (every response should be a 200).
dofile("bench/report.lua")

local queue = {}
local pages, pictures, missing = 0, 0, 0
local threads = {}

setup = function(thread)
   table.insert(threads, thread)
end

request = function()
   local path = table.remove(queue)
   if path then
      return wrk.format("GET", path)
   end
   return wrk.format("GET", wrk.path)
end

response = function(status, headers, body)
   if status ~= 200 then
      missing = missing + 1
      return
   end
   local found = 0
   for src in string.gmatch(body, '<img src="([^"]+/image/[^"]+)"') do
      table.insert(queue, src)
      found = found + 1
   end
   if found > 0 then
      pages = pages + 1
   else
      pictures = pictures + 1
   end
end

done = function(summary, latency, requests)
   local p, q, m = 0, 0, 0
   for _, thread in ipairs(threads) do
      p = p + thread:get("pages")
      q = q + thread:get("pictures")
      m = m + thread:get("missing")
   end
   report(summary, latency, string.format(" pages/s=%.1f pictures=%d not200=%d", p / (summary.duration / 1e6), q, m))
end
