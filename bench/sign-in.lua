-- Password sign-ins of one member, each from another client address:
-- wrk -s bench/sign-in.lua http://localhost:8080/mcrn/
-- Needs a server started with MEMBERSPACE_CHALLENGE=off (a test-only setting: the picture
-- challenge accepts any answer) and MEMBERSPACE_TRUSTED_PROXIES=127.0.0.1 (X-Forwarded-For
-- is believed from wrk, so the limit of 20 sign-ins per address and 10 minutes is not what
-- is measured). NUMBER and PASSWORD default to the demo member 100002.
dofile("bench/report.lua")

local function encode(s)
   return (string.gsub(s, "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local number = os.getenv("NUMBER") or "100002"
local password = os.getenv("PASSWORD") or "Adherent#2026ok"
signedIn, refused = 0, 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "login=login&login%3Anumber=" .. encode(number) .. "&login%3Apassword=" .. encode(password)
   .. "&challenge=off&answer=off&login%3Asign-in=&jakarta.faces.ViewState=stateless"

request = function()
   wrk.headers["X-Forwarded-For"] = client_address()
   return wrk.format()
end

response = function(status, headers, body)
   local location = headers["Location"] or headers["location"] or ""
   if status == 302 and string.find(location, "/espace/", 1, true) then
      signedIn = signedIn + 1
   else
      refused = refused + 1
   end
end

done = function(summary, latency, requests)
   local s, r = 0, 0
   for _, thread in ipairs(threads) do
      s = s + thread:get("signedIn")
      r = r + thread:get("refused")
   end
   report(summary, latency, string.format(" signed_in/s=%.1f signed_in=%d refused=%d", s / (summary.duration / 1e6), s, r))
end
