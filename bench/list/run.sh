#!/usr/bin/env bash
# Load test of the sales list (issue 14, ADR-031): wrk on the HTML list (default view, filtered view, deep keyset page)
# and on the API list with its summary, at 8 and 16 connections, against a database filled by `demo generate`.
#
#   bench/list/run.sh sqlite   /tmp/bench-100k.db          [duration] [connections]
#   bench/list/run.sh postgres "Host=…;Database=…;Username=…" [duration] [connections]
#
# Starts the Release build of the app on 127.0.0.1:$PORT (default 5098) with a known administrator password, logs in
# (antiforgery token + cookie), creates an API token with `-- token create`, runs wrk per scenario and prints one
# markdown row per run: scenario, connections, req/s, p50, p99, page bytes, app RSS (MB, max seen), load average.
# The app is stopped at the end (also on Ctrl-C). Build first: dotnet build -c Release src/Facturation.Web
# (CONFIGURATION=Debug to run the Debug build).
set -euo pipefail

provider=${1:?sqlite|postgres}
database=${2:?SQLite file or PostgreSQL connection string}
duration=${3:-15s}
connections=${4:-"8 16"}
port=${PORT:-5098}
root=$(cd "$(dirname "$0")/../.." && pwd)
dll="$root/src/Facturation.Web/bin/${CONFIGURATION:-Release}/net10.0/Facturation.Web.dll"
password='Bench-list-2026!'
base="http://127.0.0.1:$port"
work=$(mktemp -d)

export Facturation__AdminPassword="$password" Facturation__SeedDemoData=false Serilog__MinimumLevel__Default=Warning
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base"
# The scheduled jobs stay off: a generated database has every issued document still to archive (the generator does not
# render PDFs), and the job rendering 100,000 of them would share the CPU with the list being measured.
export Jobs__Enabled=false
if [[ $provider == postgres ]]; then
  export Database__Provider=PostgreSql ConnectionStrings__Default="$database"
else
  export Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$database"
fi

# The app's log is kept in $APP_LOG (default /tmp/facturation-list-bench.log) for a look after the run.
cleanup() { [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; cp "$work/app.log" "${APP_LOG:-/tmp/facturation-list-bench.log}" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

token=$(dotnet "$dll" token create --email admin@facturation.local --name bench 2>/dev/null)
(cd "$root/src/Facturation.Web" && exec dotnet "$dll") >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fs "$base/health/live" >/dev/null 2>&1 && break; sleep 1; done

# Sign in as a browser does: the antiforgery token from the form, then the POST; the cookie jar keeps the session.
jar="$work/cookies"
form=$(curl -fs -c "$jar" "$base/Account/Login")
anti=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$form" | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=admin@facturation.local" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$anti" "$base/Account/Login"
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar")

# The deep page: the keyset cursor of the row 80 % down the default order (issue date DESC, id DESC).
if [[ $provider == postgres ]]; then
  # psql's conninfo: the keys it shares with Npgsql's connection string, the others (pool, prepare…) left out.
  conninfo=$(tr ';' '\n' <<<"$database" | awk -F= 'BEGIN { IGNORECASE = 1; k["host"] = "host"; k["port"] = "port"; k["username"] = "user";
    k["database"] = "dbname"; k["password"] = "password" } { key = tolower($1); gsub(/ /, "", key) } key in k { printf "%s=%s ", k[key], $2 }')
  total=$(psql "$conninfo" -Atc 'SELECT count(*) FROM "Invoices"')
  row=$(psql "$conninfo" -Atc \
    "SELECT coalesce(\"IssueDate\"::text, '') || '|' || \"Id\" FROM \"Invoices\" ORDER BY \"IssueDate\" DESC, \"Id\" DESC OFFSET $((total * 8 / 10)) LIMIT 1")
else
  total=$(sqlite3 "$database" 'SELECT count(*) FROM Invoices')
  row=$(sqlite3 "$database" "SELECT coalesce(IssueDate, '') || '|' || Id FROM Invoices ORDER BY IssueDate DESC, Id DESC LIMIT 1 OFFSET $((total * 8 / 10))")
fi
after=$(printf '%s' "$row" | base64 -w0 | tr '+/' '-_' | tr -d '=')

# Filtered view: quick filters Factures + Impayées and the preset "mois précédent" on the issue date.
from=$(date -d "$(date +%Y-%m-01) -1 month" +%F); to=$(date -d "$(date +%Y-%m-01) -1 day" +%F)
declare -A urls=(
  [html-default]="/Invoices"
  [html-filtered]="/Invoices?quick=Invoices&quick=Unpaid&dateField=Issue&from=$from&to=$to"
  [html-deep]="/Invoices?after=$after"
  [api-summary]="/api/v1/invoices"
  [api-deep]="/api/v1/invoices?after=$after"
)

# The API presents its token; the screens the sign-in cookie, renewed as a browser does (browser-cookies.lua).
auth_for() {
  if [[ $1 == api-* ]]; then auth=(-H "Authorization: Bearer $token"); script=(); else auth=(-H "Cookie: $cookie"); script=(-s "$root/bench/list/browser-cookies.lua"); fi
}

# Warm-up, not recorded: every scenario under load for $WARMUP (default 10 s), so that the measured runs find the JIT
# settled (.NET recompiles hot methods optimized after enough calls, on one background thread: one request per
# scenario left the first measured run paying for it, session 12) and the database pages cached.
for scenario in html-default html-filtered html-deep api-summary api-deep; do
  auth_for "$scenario"
  BENCH_COOKIE="$cookie" wrk -t2 -c4 -d"${WARMUP:-10s}" "${script[@]}" "${auth[@]}" "$base${urls[$scenario]}" >/dev/null
done
warm_rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$app/status") / 1024 ))
echo "Warm-up done (${WARMUP:-10s} per scenario); app RSS $warm_rss MB."
echo

echo "| Scenario | Conn. | Req/s | p50 | p99 | Page bytes | RSS MB | Load avg (1 min) | Documents |"
echo "|---|---|---|---|---|---|---|---|---|"
rss_max=0
for scenario in html-default html-filtered html-deep api-summary api-deep; do
  url="$base${urls[$scenario]}"
  auth_for "$scenario"
  bytes=$(curl -fs -o /dev/null -w '%{size_download}' "${auth[@]}" "$url")
  for c in $connections; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    out=$(BENCH_COOKIE="$cookie" wrk -t2 -c"$c" -d"$duration" --latency "${script[@]}" "${auth[@]}" "$url")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out"); p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)
    rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$app/status") / 1024 ))
    (( rss > rss_max )) && rss_max=$rss
    echo "| $scenario | $c | $rps | $p50 | $p99 | $bytes | $rss | $load | $total |${errors:+ $errors}"
  done
done
echo
echo "Max RSS: $rss_max MB; uptime: $(uptime)"
