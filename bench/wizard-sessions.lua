-- In-progress wizards, each in a session of its own: the first step's POST (a number typed,
-- no cookie: a new session), then the GET of the wizard with that session's cookie, which
-- makes the wizard (its view and view-scoped bean). run.sh weighs the heap before and after.
-- wrk -s bench/wizard-sessions.lua http://localhost:8080/mcrn/mot-de-passe
-- Needs MEMBERSPACE_TRUSTED_PROXIES=127.0.0.1 (each wizard from its own X-Forwarded-For).
dofile("bench/report.lua")

local cookies = {}
wizards = 0

request = function()
   local cookie = table.remove(cookies)
   if cookie then
      return wrk.format("GET", nil, { ["Cookie"] = cookie, ["X-Forwarded-For"] = client_address() })
   end
   -- a number nobody has: the wizard goes on exactly as for a member (nothing tells them apart)
   local body = "reset=reset&reset%3Anumber=" .. math.random(300000, 999999)
      .. "&reset%3Aidentify-submit=reset%3Aidentify-submit&jakarta.faces.ViewState=stateless"
   return wrk.format("POST", nil, { ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Forwarded-For"] = client_address() }, body)
end

response = function(status, headers, body)
   local set = headers["Set-Cookie"] or headers["set-cookie"]
   if status == 302 and set then
      table.insert(cookies, (string.match(set, "^[^;]+")))
   elseif status == 200 and string.find(body, 'data-step="send"', 1, true) then
      wizards = wizards + 1
   end
end

done = function(summary, latency, requests)
   local w = 0
   for _, thread in ipairs(threads) do
      w = w + thread:get("wizards")
   end
   report(summary, latency, string.format(" wizards=%d", w))
end
