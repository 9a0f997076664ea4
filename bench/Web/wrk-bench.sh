#!/usr/bin/env bash
# The practitioner pages under load: wrk on 127.0.0.1 against the work tray, a child's summary, their chronology and a
# search, signed in as the demo social worker, over a seeded database (SQLite file or PostgreSQL connection string).
#
#   bench/Web/wrk-bench.sh DATABASE [CONNECTIONS="10 200"] [SECONDS=30]
#
# Prints one markdown table row per page and number of connections. Needs wrk (apt) and a seeded database, e.g. ./safeguard seed --like Kent --years 10.
set -euo pipefail
cd "$(dirname "$0")/../.."
database=${1:?"usage: $0 DATABASE [CONNECTIONS] [SECONDS]"}
connections=${2:-"10 200"}
seconds=${3:-30}
port=${SAFEGUARD_BENCH_PORT:-5090}
password=bench-only-synthetic-data
base="http://127.0.0.1:$port"
jar=$(mktemp)
trap 'kill $app 2>/dev/null || true; rm -f "$jar"' EXIT

dotnet build src/Safeguard.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/Safeguard.Web/bin/Release/net10.0/Safeguard.Web.dll --urls "$base" --contentRoot "$PWD/src/Safeguard.Web" \
  --Safeguard:Database="$database" --Safeguard:DemoPassword="$password" --Safeguard:SignInAttemptsPerMinute=1000 \
  > /tmp/safeguard-wrk-app.log 2>&1 &
app=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/sign-in" && break; kill -0 $app 2>/dev/null || { tail -20 /tmp/safeguard-wrk-app.log >&2; exit 1; }; sleep 1; done

# Sign in as a browser would: the form's antiforgery token, then the post; the cookie jar keeps both cookies.
token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "email=social-worker%40demo.safeguard.example&password=$password&__RequestVerificationToken=$token" "$base/sign-in"
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar")

# A child on the worker's work tray, and a family name to search for.
child=$(curl -s -H "Cookie: $cookie" "$base/" | grep -o '/children/[0-9a-f-]\{36\}' | head -1)
[ -n "$child" ] || { echo "The demo social worker has nothing on their work tray: is the database seeded?" >&2; exit 1; }
family=$(curl -s -H "Cookie: $cookie" "$base$child" | grep -o 'data-testid="child-name">[^<]*' | sed 's/.*>//' | awk '{print $NF}')

echo "| page | connections | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for page in "work tray|/" "child summary|$child" "chronology|$child/chronology" "search|/children?q=$family"; do
  name=${page%%|*}; path=${page#*|}
  # Warm up (JIT, caches), then measure.
  SAFEGUARD_COOKIE="$cookie" wrk -t2 -c20 -d5s -s bench/Web/percentiles.lua "$base$path" >/dev/null
  for c in $connections; do
    line=$(SAFEGUARD_COOKIE="$cookie" wrk -t2 -c"$c" -d"${seconds}s" --timeout 10s -s bench/Web/percentiles.lua "$base$path" | grep RESULT)
    eval "${line#RESULT }"
    echo "| $name | $c | $rps | $p50_ms | $p95_ms | $p99_ms | $errors ($non2xx non-2xx) |"
  done
done
