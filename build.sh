#!/usr/bin/env bash
# Facturation: the one build-and-test entry point (CI runs `bash .ci/run`, which runs `./build.sh test`).
#
#   ./build.sh test            install what is missing, start PostgreSQL + maildev, build, check format,
#                              script the SQL Server migrations, run every test project of Facturation.sln,
#                              stop the services; last line: "N passed, N failed, N skipped"
#   ./build.sh services        install + start the services in .test-services/ and print the exports,
#                              for running `dotnet test` by hand; they keep running
#   ./build.sh stop-services   stop the services started by `./build.sh services`
#   ./build.sh format          fix formatting and style (dotnet format)
#
# See docs/testing.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

SOLUTION="Facturation.sln"
ARTIFACTS="$ROOT/artifacts"
LOGS="$ARTIFACTS/logs"
RESULTS="$ARTIFACTS/test-results"
SMTP_TOOL="$ROOT/tools/smtp-catcher"
S3_TOOL="$ROOT/tools/s3-server"
SERVICES_DIR="$ROOT/.test-services"
PG_DEFAULT_PORT=55432
SMTP_DEFAULT_PORT=1025
SMTP_WEB_DEFAULT_PORT=1080
CHROMIUM=/usr/bin/chromium
# The whole `dotnet test` run is stopped after this many seconds (CI allows 90 minutes for everything).
TEST_TIMEOUT_SECONDS=${FACTURATION_TEST_TIMEOUT_SECONDS:-2400}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_UI_LANGUAGE=en MSBUILDTERMINALLOGGER=off

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

START_SECONDS=$SECONDS
say() { printf '==> [%4ss] %s\n' "$((SECONDS - START_SECONDS))" "$*"; }
note() { printf '    %s\n' "$*"; }
warn() { printf '    WARNING: %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------------------
# Installation (idempotent: does nothing when everything is there)
# ---------------------------------------------------------------------------------------------------------------

pg_bin() {
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -d "$dir" ]; then echo "$dir"; fi
}

install_system_packages() {
  local missing=() log="$LOGS/apt.log"
  [ -n "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null)" ] || missing+=(postgresql)
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  # PDF/A-3 checks (qpdf) and the e-invoice validator (../shared/validators/einvoice: Saxon HE on a JRE,
  # xmllint, jq; its README lists these packages and it would otherwise apt-get them itself on first run).
  command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
  command -v jq >/dev/null 2>&1 || missing+=(jq)
  command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  [ -n "$(ls /usr/share/java/Saxon-HE*.jar 2>/dev/null)" ] || missing+=(libsaxonhe-java)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]} (log: ${log#"$ROOT"/})"
    {
      "${SUDO[@]}" apt-get update -q &&
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    } >>"$log" 2>&1 || { tail -n 20 "$log"; die "apt-get install ${missing[*]} failed (see $log)"; }
  fi
  local pg chromium poppler
  pg=$("$(pg_bin)/postgres" --version 2>/dev/null | awk '{print $3}') || pg="?"
  chromium=$("$CHROMIUM" --version 2>/dev/null | awk '{print $2}') || chromium="?"
  poppler=$(pdftotext -v 2>&1 | awk 'NR==1 {print $NF}') || poppler="?"
  say "system packages: postgresql $pg, chromium $chromium, poppler-utils $poppler${missing[*]:+ (installed ${missing[*]})}"
}

# npm ci in a tools/ folder unless its node_modules already match its package-lock.json ($1 folder, $2 the binary it
# must provide); sets NPM_TOOL_STATE for the caller's message.
install_npm_tool() {
  local folder=$1 binary=$2 log="$LOGS/npm.log" stamp="$1/node_modules/.facturation-lock.sha256" want
  want=$(sha256sum "$folder/package-lock.json" | awk '{print $1}')
  if [ -x "$folder/node_modules/.bin/$binary" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    NPM_TOOL_STATE="already installed"
    return
  fi
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=warn) >>"$log" 2>&1 ||
    { tail -n 20 "$log"; die "npm ci in $folder failed (see $log)"; }
  echo "$want" >"$stamp"
  NPM_TOOL_STATE="installed with npm ci"
}

install_smtp_catcher() {
  local node_major
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    die "node and npm are required for the SMTP catcher (maildev 3 needs node >= 20)"
  fi
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" -ge 20 ] || die "maildev 3 needs node >= 20, found $(node --version)"
  install_npm_tool "$SMTP_TOOL" maildev
  say "smtp catcher: maildev $(maildev_version) $NPM_TOOL_STATE (tools/smtp-catcher)"
}

maildev_version() { node -p 'require(process.argv[1]).version' "$SMTP_TOOL/node_modules/maildev/package.json"; }

# s3rver: the S3-compatible server that the S3 archive-store tests start on their own port (S3TestServer).
install_s3_server() {
  install_npm_tool "$S3_TOOL" s3rver
  say "s3 server: s3rver $NPM_TOOL_STATE (tools/s3-server)"
}

restore_dotnet_tools() {
  local log="$LOGS/dotnet-tools.log"
  dotnet tool restore >>"$log" 2>&1 || { tail -n 20 "$log"; die "dotnet tool restore failed (see $log)"; }
  say "dotnet tools: $(awk '/was restored|Restore was successful/' "$log" | tail -n 1 | sed 's/^ *//' || true)"
}

install_all() {
  mkdir -p "$LOGS"
  install_system_packages
  install_smtp_catcher
  install_s3_server
}

# ---------------------------------------------------------------------------------------------------------------
# Services: PostgreSQL (temp data dir, trust auth, fsync off) and maildev, on loopback, free ports
# ---------------------------------------------------------------------------------------------------------------

port_busy() {
  local port=$1
  [ -e "/tmp/.s.PGSQL.$port" ] || [ -e "/tmp/.s.PGSQL.$port.lock" ] && return 0
  if command -v ss >/dev/null 2>&1; then
    ss -Htln "sport = :$port" 2>/dev/null | grep -q . && return 0
    return 1
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

free_port() {
  local port=$1 avoid=${2:-0} tries=0
  while port_busy "$port" || [ "$port" -eq "$avoid" ]; do
    port=$((port + 1)); tries=$((tries + 1))
    [ "$tries" -lt 200 ] || die "no free TCP port found from $1"
  done
  echo "$port"
}

as_pg_user() {
  # PostgreSQL refuses to run as root: run as the postgres user when root, as oneself otherwise.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local state=$1 bin port data attempt
  bin=$(pg_bin)
  [ -x "$bin/initdb" ] || die "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"
  data=$(mktemp -d /tmp/facturation-pg.XXXXXX)
  echo "$data" >"$state/pg.data"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$data"
  chmod 700 "$data"
  as_pg_user "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --no-sync >"$state/pg-initdb.log" 2>&1 ||
    { tail -n 20 "$state/pg-initdb.log"; die "initdb failed"; }
  port=$PG_DEFAULT_PORT
  for attempt in 1 2 3; do
    port=$(free_port "$port")
    if as_pg_user "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >>"$state/pg-ctl.log" 2>&1 </dev/null; then
      echo "$port" >"$state/pg.port"
      break
    fi
    [ "$attempt" -lt 3 ] || { tail -n 20 "$data/server.log" 2>/dev/null || true; die "PostgreSQL did not start"; }
    port=$((port + 1))
  done
  local i
  for i in $(seq 1 60); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -t 1 && break
    [ "$i" -lt 60 ] || die "PostgreSQL on 127.0.0.1:$port does not answer pg_isready"
    sleep 0.5
  done
  say "postgresql: $("$bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (data ${data})"
}

stop_postgres() {
  local state=$1 data bin
  [ -f "$state/pg.data" ] || return 0
  data=$(cat "$state/pg.data")
  bin=$(pg_bin)
  if [ -f "$data/postmaster.pid" ] && [ -n "$bin" ]; then
    as_pg_user "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >>"$state/pg-ctl.log" 2>&1 </dev/null || true
  fi
  case "$data" in /tmp/facturation-pg.*) rm -rf "$data" ;; esac
  rm -f "$state/pg.data" "$state/pg.port"
}

http_ok() {
  # http_ok PORT PATH: true when GET answers 200 (curl when available, bash /dev/tcp otherwise).
  local port=$1 path=$2
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$port$path" 2>/dev/null
  else
    (
      exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
      printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
      timeout 2 head -n 1 <&3 | grep -q ' 200 '
    ) 2>/dev/null
  fi
}

start_maildev() {
  local state=$1 smtp web attempt pid i
  smtp=$SMTP_DEFAULT_PORT
  web=$SMTP_WEB_DEFAULT_PORT
  mkdir -p "$state/mail"
  for attempt in 1 2 3; do
    smtp=$(free_port "$smtp")
    web=$(free_port "$web" "$smtp")
    setsid "$SMTP_TOOL/node_modules/.bin/maildev" --ip 127.0.0.1 --web-ip 127.0.0.1 \
      --smtp "$smtp" --web "$web" --mail-directory "$state/mail" \
      >"$state/maildev.log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$state/maildev.pid"
    for i in $(seq 1 60); do
      if http_ok "$web" /api/healthz; then
        echo "$smtp" >"$state/smtp.port"
        echo "$web" >"$state/smtp-web.port"
        say "maildev: ready, SMTP 127.0.0.1:$smtp, API http://127.0.0.1:$web"
        return 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    stop_maildev "$state"
    [ "$attempt" -lt 3 ] || { tail -n 20 "$state/maildev.log" || true; die "maildev did not answer GET /api/healthz"; }
    smtp=$((smtp + 1)); web=$((web + 1))
  done
}

stop_maildev() {
  local state=$1 pid i
  [ -f "$state/maildev.pid" ] || return 0
  pid=$(cat "$state/maildev.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$state/maildev.pid" "$state/smtp.port" "$state/smtp-web.port"
}

write_exports() {
  local state=$1
  cat >"$state/env" <<EOF
export FACTURATION_TEST_POSTGRES="Host=127.0.0.1;Port=$(cat "$state/pg.port");Username=postgres"
export FACTURATION_TEST_SMTP_HOST=127.0.0.1
export FACTURATION_TEST_SMTP_PORT=$(cat "$state/smtp.port")
export FACTURATION_TEST_SMTP_API=http://127.0.0.1:$(cat "$state/smtp-web.port")
export FACTURATION_TEST_CHROMIUM=$CHROMIUM
export FACTURATION_REQUIRE_SERVICES=1
EOF
}

start_services() {
  local state=$1
  mkdir -p "$state"
  start_postgres "$state"
  start_maildev "$state"
  write_exports "$state"
}

stop_services() {
  local state=$1
  [ -d "$state" ] || return 0
  stop_maildev "$state"
  stop_postgres "$state"
}

# ---------------------------------------------------------------------------------------------------------------
# ./build.sh test
# ---------------------------------------------------------------------------------------------------------------

PASSED=0 FAILED=0 SKIPPED=0 TESTS_EXECUTED=0
TEST_STATE="" FINISHED=0 STEP="start"
CHECKS_PASSED=() CHECKS_FAILED=()

check_passed() { PASSED=$((PASSED + 1)); CHECKS_PASSED+=("$1"); say "check passed: $1"; }
check_failed() { FAILED=$((FAILED + 1)); CHECKS_FAILED+=("$1"); say "CHECK FAILED: $1"; }
check_skipped() { SKIPPED=$((SKIPPED + 1)); say "check skipped: $1"; }

on_test_exit() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [ -n "$TEST_STATE" ]; then
    stop_services "$TEST_STATE"
    rm -rf "$TEST_STATE"
  fi
  if [ "$FINISHED" -ne 1 ]; then
    echo "error: ./build.sh test stopped during '$STEP' (exit code $rc); services stopped"
    echo "$PASSED passed, $((FAILED + 1)) failed, $SKIPPED skipped"
    exit $((rc == 0 ? 1 : rc))
  fi
}

run_build() {
  STEP="build"
  local log="$LOGS/build.log"
  say "dotnet build $SOLUTION -c Release (log: ${log#"$ROOT"/})"
  if dotnet build "$SOLUTION" -c Release -nologo >"$log" 2>&1; then
    say "build: ok"
    return 0
  fi
  echo "---- build errors ----"
  grep -E ': (error|warning) [A-Z]+[0-9]*' "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u | head -n 60 || tail -n 40 "$log"
  echo "----------------------"
  return 1
}

run_format_check() {
  STEP="format check"
  local log="$LOGS/format.log"
  say "dotnet format --verify-no-changes (log: ${log#"$ROOT"/})"
  if dotnet format "$SOLUTION" --verify-no-changes --no-restore >"$log" 2>&1; then
    check_passed "dotnet format --verify-no-changes"
  else
    note "dotnet format found changes to make (fix them with ./build.sh format):"
    grep -E '(error|warning) [A-Z]+[0-9]*:' "$log" | sed -E 's/ \[[^]]*\]$//; s#'"$ROOT"'/##' | sort -u | head -n 40 |
      sed 's/^/      /' || tail -n 20 "$log"
    check_failed "dotnet format --verify-no-changes"
  fi
}

run_migrations_script() {
  STEP="SQL Server migration script"
  local log="$LOGS/sqlserver-migrations.log" project=src/Facturation.Migrations.SqlServer
  local out="$ARTIFACTS/sqlserver-migrations.sql"
  if [ ! -d "$project" ]; then
    check_failed "SQL Server migration script: $project does not exist"
    return
  fi
  if ! grep -rlqs --include='*.cs' 'ModelSnapshot' "$project"; then
    warn "no EF Core migrations in $project yet (no *ModelSnapshot.cs): the script check is skipped"
    check_skipped "SQL Server migration script (no migrations yet)"
    return
  fi
  say "dotnet ef migrations script --idempotent for SQL Server (log: ${log#"$ROOT"/})"
  rm -f "$out"
  if Database__Provider=SqlServer dotnet ef migrations script --idempotent --no-build --configuration Release \
    --project "$project" --startup-project src/Facturation.Web -o "$out" >"$log" 2>&1 && [ -s "$out" ]; then
    check_passed "SQL Server migration script (artifacts/sqlserver-migrations.sql, $(wc -l <"$out") lines)"
  else
    note "dotnet ef migrations script failed:"
    grep -vE '^\s*$|^Build started|^Build succeeded' "$log" | tail -n 25 | sed 's/^/      /'
    check_failed "SQL Server migration script"
  fi
}

trx_attr() {
  # trx_attr NAME COUNTERS_LINE: the value of NAME="..." (0 when absent)
  local value
  value=$(grep -oE "[[:space:]]$1=\"[0-9]+\"" <<<"$2" | head -n 1 | grep -oE '[0-9]+') || true
  echo "${value:-0}"
}

test_projects() {
  # The projects `dotnet test` runs: IsTestProject true, or a reference to Microsoft.NET.Test.Sdk or xunit
  # (whose props set IsTestProject), unless IsTestProject is set to false.
  local path
  dotnet sln "$SOLUTION" list 2>/dev/null | tr "\\\\" / | grep -E '\.csproj$' | while read -r path; do
    [ -f "$path" ] || continue
    grep -qiE '<IsTestProject>\s*false\s*</IsTestProject>' "$path" && continue
    if grep -qiE '<IsTestProject>\s*true\s*</IsTestProject>|Include="(Microsoft\.NET\.Test\.Sdk|xunit|xunit\.core)"' "$path"; then
      echo "$path"
    fi
  done || true
}

run_tests() {
  STEP="tests"
  local log="$LOGS/test.log" rc=0 trx counters total executed passed failed error timeout aborted notrun
  local expected found outcome
  rm -rf "$RESULTS"
  mkdir -p "$RESULTS"
  expected=$(test_projects | wc -l)
  say "dotnet test $SOLUTION ($expected test projects; TRX in ${RESULTS#"$ROOT"/}; log: ${log#"$ROOT"/})"
  set +e
  timeout --kill-after=30 "$TEST_TIMEOUT_SECONDS" \
    dotnet test "$SOLUTION" -c Release --no-build --logger trx --results-directory "$RESULTS" \
    --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" -ne 124 ] || echo "error: dotnet test did not finish within $TEST_TIMEOUT_SECONDS s and was stopped"

  found=0
  local t_passed=0 t_failed=0 t_skipped=0
  while IFS= read -r -d '' trx; do
    found=$((found + 1))
    counters=$(grep -oE '<Counters [^>]*>' "$trx" | head -n 1) || counters=""
    total=$(trx_attr total "$counters")
    executed=$(trx_attr executed "$counters")
    passed=$(trx_attr passed "$counters")
    failed=$(trx_attr failed "$counters")
    error=$(trx_attr error "$counters")
    timeout=$(trx_attr timeout "$counters")
    aborted=$(trx_attr aborted "$counters")
    notrun=$((total - executed))
    [ "$notrun" -ge 0 ] || notrun=0
    outcome=$(grep -oE '<ResultSummary outcome="[A-Za-z]+"' "$trx" | head -n 1 | sed -E 's/.*outcome="([A-Za-z]+)"/\1/') || outcome=""
    if [ -z "$counters" ]; then
      echo "error: ${trx#"$ROOT"/} has no <Counters>: counted as one failure"
      failed=$((failed + 1))
    elif [ $((failed + error + timeout + aborted)) -eq 0 ] && [[ "$outcome" =~ ^(Failed|Error|Aborted|Timeout)$ ]]; then
      echo "error: ${trx#"$ROOT"/} reports outcome $outcome (test host crash or abort?): counted as one failure"
      failed=$((failed + 1))
    fi
    t_passed=$((t_passed + passed))
    t_failed=$((t_failed + failed + error + timeout + aborted))
    t_skipped=$((t_skipped + notrun))
    TESTS_EXECUTED=$((TESTS_EXECUTED + executed))
  done < <(find "$RESULTS" -name '*.trx' -print0)

  PASSED=$((PASSED + t_passed)); FAILED=$((FAILED + t_failed)); SKIPPED=$((SKIPPED + t_skipped))
  say "tests: $t_passed passed, $t_failed failed, $t_skipped skipped in $found TRX file(s); dotnet test exit code $rc"

  if [ "$t_failed" -gt 0 ]; then
    note "failed tests (details in the dotnet test output above):"
    find "$RESULTS" -name '*.trx' -exec grep -ohE '<UnitTestResult [^>]*outcome="(Failed|Error|Timeout|Aborted)"' {} + |
      sed -E 's/.* testName="([^"]*)".*/      \1/' | sort -u | head -n 50 || true
  fi
  if [ "$found" -lt "$expected" ]; then
    check_failed "dotnet test wrote $found TRX file(s) for $expected test project(s) (a test host crashed or a project ran nothing)"
  fi
  if [ "$rc" -ne 0 ] && [ "$t_failed" -eq 0 ]; then
    check_failed "dotnet test exited with code $rc without a failed test in the TRX files (see $log)"
  fi
}

cmd_test() {
  local rc=0
  mkdir -p "$LOGS"
  : >"$LOGS/apt.log"
  trap on_test_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  STEP="install"
  say "installing what is missing (logs in ${LOGS#"$ROOT"/})"
  install_all
  restore_dotnet_tools

  STEP="services"
  TEST_STATE=$(mktemp -d /tmp/facturation-test.XXXXXX)
  start_services "$TEST_STATE"
  # shellcheck disable=SC1091
  source "$TEST_STATE/env"
  say "test environment: FACTURATION_TEST_POSTGRES=\"$FACTURATION_TEST_POSTGRES\" FACTURATION_TEST_SMTP_PORT=$FACTURATION_TEST_SMTP_PORT FACTURATION_TEST_SMTP_API=$FACTURATION_TEST_SMTP_API"

  if run_build; then
    check_passed "dotnet build -c Release"
    run_format_check
    run_migrations_script
    run_tests
  else
    check_failed "dotnet build -c Release (errors above; tests not run)"
  fi

  STEP="stop services"
  stop_services "$TEST_STATE"
  rm -rf "$TEST_STATE"
  TEST_STATE=""

  if [ "$TESTS_EXECUTED" -eq 0 ] && [ "$FAILED" -eq 0 ]; then
    check_failed "no test was executed"
  fi
  say "done in $((SECONDS - START_SECONDS)) s${CHECKS_FAILED[*]:+; failed checks: $(IFS=';'; echo "${CHECKS_FAILED[*]}")}"
  FINISHED=1
  [ "$FAILED" -eq 0 ] || rc=1
  echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
  exit "$rc"
}

# ---------------------------------------------------------------------------------------------------------------
# ./build.sh services | stop-services | format
# ---------------------------------------------------------------------------------------------------------------

services_running() {
  [ -f "$SERVICES_DIR/env" ] && [ -f "$SERVICES_DIR/maildev.pid" ] && [ -f "$SERVICES_DIR/pg.port" ] &&
    kill -0 "$(cat "$SERVICES_DIR/maildev.pid")" 2>/dev/null &&
    "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$(cat "$SERVICES_DIR/pg.port")" -t 1
}

cmd_services() {
  mkdir -p "$LOGS"
  if services_running; then
    say "services already running (state in .test-services/)"
    install_s3_server
  else
    stop_services "$SERVICES_DIR"
    install_all
    restore_dotnet_tools
    start_services "$SERVICES_DIR"
  fi
  echo
  echo "# Paste into your shell (or: source .test-services/env), then e.g. dotnet test tests/Facturation.Application.Tests"
  cat "$SERVICES_DIR/env"
  echo "# Stop them with: ./build.sh stop-services"
}

cmd_stop_services() {
  if [ ! -d "$SERVICES_DIR" ]; then
    say "no services to stop"
    return
  fi
  stop_services "$SERVICES_DIR"
  rm -rf "$SERVICES_DIR"
  say "services stopped"
}

cmd_format() {
  say "dotnet format $SOLUTION"
  dotnet format "$SOLUTION"
  say "formatted; review with git diff"
}

usage() {
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
}

case "${1:-}" in
  test) cmd_test ;;
  services) cmd_services ;;
  stop-services) cmd_stop_services ;;
  format) cmd_format ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
