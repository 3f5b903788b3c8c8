-- The login page of a mutual, GET only: wrk -s bench/login-page.lua http://localhost:8080/mcrn/
dofile("bench/report.lua")

done = function(summary, latency, requests)
   report(summary, latency)
end
