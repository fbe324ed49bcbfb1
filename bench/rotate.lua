-- wrk script: each request takes the next path of the file named by $WRK_PATHS (one path a line),
-- round-robin, each thread starting at its own offset, so a run spreads over every resource listed.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local i = 0

function setup(thread)
  thread:set("offset", math.random(0, 1000000))
end

function init(args)
  i = tonumber(offset) or 0
end

function request()
  i = i + 1
  return wrk.format(nil, paths[(i % #paths) + 1])
end
