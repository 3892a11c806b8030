-- wrk script: keeps the cookies a browser keeps. The sign-in cookie is renewed by the server when the security stamp
-- is checked (every 5 s of a session, ADR-031); a client that ignores Set-Cookie would present the old cookie forever
-- and have the stamp checked and a new cookie issued on every request, which no browser does.
-- Start value: the Cookie header in the environment variable BENCH_COOKIE ("name=value; name2=value2; ").
local jar = {}
local order = {}

local function put(name, value)
  if jar[name] == nil then table.insert(order, name) end
  jar[name] = value
end

for name, value in string.gmatch(os.getenv("BENCH_COOKIE") or "", "([^=;%s]+)=([^;]*)") do
  put(name, value)
end

local function header()
  local parts = {}
  for _, name in ipairs(order) do table.insert(parts, name .. "=" .. jar[name]) end
  return table.concat(parts, "; ")
end

local cookie = header()

request = function()
  return wrk.format(nil, nil, { ["Cookie"] = cookie })
end

response = function(status, headers, body)
  local set = headers["Set-Cookie"] or headers["set-cookie"]
  if set then
    -- wrk keeps one Set-Cookie header per response; the renewed sign-in cookie is the one that matters.
    local name, value = string.match(set, "^%s*([^=;%s]+)=([^;]*)")
    if name then
      put(name, value)
      cookie = header()
    end
  end
end
