#!/usr/bin/env bash
# Smoke test of a running Facturation: readiness, sign-in through the login form, then through the API a customer,
# a draft invoice, its finalization and its archived PDF.
#   scripts/smoke.sh BASE_URL EMAIL PASSWORD      (API token: $FACTURATION_TOKEN, else created with $TOKEN_COMMAND)
# Used by .github/workflows/ci.yml against docker compose; works against any instance (e.g. dotnet run).
set -euo pipefail
base=${1:?usage: scripts/smoke.sh BASE_URL EMAIL PASSWORD}
email=${2:?usage: scripts/smoke.sh BASE_URL EMAIL PASSWORD}
password=${3:?usage: scripts/smoke.sh BASE_URL EMAIL PASSWORD}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { printf '==> %s\n' "$*"; }
fail() { printf 'SMOKE FAILED: %s\n' "$*" >&2; exit 1; }

step "readiness ($base/health/ready)"
for _ in $(seq 1 90); do
  if curl -fsS "$base/health/ready" -o "$work/ready.json" 2>/dev/null; then break; fi
  sleep 2
done
[ -s "$work/ready.json" ] || fail "/health/ready never answered 200"
grep -q '"status":"Healthy"' "$work/ready.json" || fail "not healthy: $(cat "$work/ready.json")"
curl -fsS "$base/health/live" >/dev/null || fail "/health/live"

step "sign-in through the login form"
curl -fsS -c "$work/cookies" "$base/Account/Login" -o "$work/login.html"
antiforgery=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -n 1)
[ -n "$antiforgery" ] || antiforgery=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' "$work/login.html" | sed 's/.*value="//; s/"$//' | head -n 1)
[ -n "$antiforgery" ] || fail "no antiforgery token on the login page"
location=$(curl -sS -b "$work/cookies" -c "$work/cookies" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "Email=$email" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$antiforgery" "$base/Account/Login")
case "$location" in
  */Account/Login*|"") fail "sign-in refused for $email" ;;
esac

token=${FACTURATION_TOKEN:-}
if [ -z "$token" ]; then
  [ -n "${TOKEN_COMMAND:-}" ] || fail "set FACTURATION_TOKEN or TOKEN_COMMAND"
  token=$(eval "$TOKEN_COMMAND")
fi
api() { curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
json() { sed -n "s/.*\"$1\":\([0-9][0-9]*\).*/\1/p" | head -n 1; }

step "customer, draft, finalization, PDF through the API"
code="SMOKE$(date +%s)"
customer=$(api -X POST "$base/api/v1/customers" -d "{\"code\":\"$code\",\"name\":\"Client smoke $code\",\"kind\":\"Company\",\"siren\":\"732829320\",\"billingAddress\":{\"line1\":\"1 rue de la Paix\",\"postalCode\":\"75002\",\"city\":\"Paris\",\"country\":\"FR\"}}" | json id)
[ -n "$customer" ] || fail "customer not created"
invoice=$(api -X POST "$base/api/v1/invoices" -d "{\"customerId\":$customer,\"lines\":[{\"description\":\"Prestation smoke\",\"quantity\":2,\"unitPrice\":150,\"taxCode\":\"TVA20\"}]}" | json id)
[ -n "$invoice" ] || fail "draft not created"
api -X POST "$base/api/v1/invoices/$invoice/finalize" -o "$work/final.json"
grep -q '"number":"[^"]' "$work/final.json" || fail "finalization gave no number: $(cat "$work/final.json")"
api "$base/api/v1/invoices/$invoice/pdf" -o "$work/invoice.pdf"
head -c 5 "$work/invoice.pdf" | grep -q '%PDF-' || fail "the PDF is not a PDF"
printf 'smoke passed: invoice %s, %s bytes of PDF\n' "$(sed -n 's/.*"number":"\([^"]*\)".*/\1/p' "$work/final.json")" "$(wc -c <"$work/invoice.pdf")"
