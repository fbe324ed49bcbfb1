-- wrk script: cycle through a list of GET requests, each with its own Accept header.
--   wrk -s bench/wrk/requests.lua URL -- REQUESTS_FILE
-- REQUESTS_FILE has one request a line: ACCEPT<TAB>PATH (PATH already percent-encoded);
-- headers given to wrk with -H are sent too.
-- Each connection starts at a different line, so every route is in flight at any time.
-- Used by bench/soak.sh and deploy/replicas.sh.

local requests = {}
local counter = 0

function init(args)
  local file = args[1]
  if file == nil then
    error("requests.lua: pass the requests file after --")
  end
  for line in io.lines(file) do
    local accept, path = line:match("^([^\t]+)\t(.+)$")
    if accept ~= nil then
      local headers = {}
      for name, value in pairs(wrk.headers) do headers[name] = value end  -- wrk -H …
      headers["Accept"] = accept
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
  end
  if #requests == 0 then
    error("requests.lua: no ACCEPT<TAB>PATH line in " .. file)
  end
  counter = math.random(#requests) - 1
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
