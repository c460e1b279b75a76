#!/usr/bin/env bash
# Starts `npm start` as a person would, then checks that it serves the home page and that
# /api/campaign answers the campaign call through wx-server-sdk. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SMOKE_PORT:-18787}
DATA=$(mktemp -d)
LOG=$(mktemp)
npm start -- --port "$PORT" --data "$DATA" >"$LOG" 2>&1 &
PID=$!
# The server may still be writing its first-start demo data when it is stopped: wait until it has exited
# before removing its data folder (removing a folder that is being written to fails).
cleanup() {
  kill "$PID" 2>/dev/null || true
  pkill -f "cloudfunctions/local/main.ts --port $PORT" 2>/dev/null || true
  for _ in $(seq 1 50); do pgrep -f "cloudfunctions/local/main.ts --port $PORT" >/dev/null || break; sleep 0.2; done
  rm -rf "$DATA" 2>/dev/null || { sleep 1; rm -rf "$DATA"; }
}
trap cleanup EXIT
for _ in $(seq 1 180); do
  grep -q "http://127.0.0.1:$PORT" "$LOG" && break
  kill -0 "$PID" 2>/dev/null || { cat "$LOG"; echo "npm start exited early"; exit 1; }
  sleep 1
done
grep -q "http://127.0.0.1:$PORT" "$LOG" || { cat "$LOG"; echo "npm start printed no URL"; exit 1; }
curl -fsS "http://127.0.0.1:$PORT/" | grep -q '<div id="app"' || { echo "home page not served"; exit 1; }
ANSWER=$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{"action":"campaign.home","input":{}}' "http://127.0.0.1:$PORT/api/campaign")
echo "$ANSWER" | grep -q '"ok":true' || { echo "campaign call failed: $ANSWER"; exit 1; }
echo "$ANSWER" | grep -q '动员三万名职工参加' || { echo "campaign call lacks the targets: $ANSWER"; exit 1; }
BAD=$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{"action":"campaign.home","input":{"$where":"1"}}' "http://127.0.0.1:$PORT/api/campaign")
echo "$BAD" | grep -q '"code":"COMMON.VALIDATION"' || { echo "bad input not refused: $BAD"; exit 1; }
echo "npm start: home page served, campaign call answered, bad input refused"
