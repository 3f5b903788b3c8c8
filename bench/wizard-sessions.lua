-- The first page of the reset wizard, without cookies: every request opens a new session
-- with one wizard in it. run.sh weighs the heap before and after.
-- wrk -s bench/wizard-sessions.lua http://localhost:8080/mcrn/mot-de-passe
dofile("bench/report.lua")

done = function(summary, latency, requests)
   report(summary, latency)
end
