#!/usr/bin/env bash
# Runs the whole product in demo mode: PostgreSQL, the Graph simulator, a seeded firm, AddinHost and GraphSync.
# Ctrl-C stops everything it started (PostgreSQL too, unless it was already running).
source "$(dirname "$0")/lib.sh"
cd "$REPO"
prepare_all
log "building"
dotnet build OutlookCms.sln -c Release -nologo -v q -warnaserror
bin() { echo "$REPO/src/$1/bin/Release/net10.0/OutlookCms.$1.dll"; }

export DOTNET_ENVIRONMENT=Demo ASPNETCORE_ENVIRONMENT=Demo
log "seeding the demo firm (skipped when it is already there)"
(cd src/AddinHost && dotnet "$(bin AddinHost)" seed --seed 42 --scale 1 --if-empty)

scenario="$LOCAL/demo-scenario"
if [ ! -f "$scenario/expected.json" ]; then
  log "writing the seeded reps' mailboxes (a month of mail and meetings) for the simulator"
  (cd src/AddinHost && dotnet "$(bin AddinHost)" scenario --seed 42 --scale 1 --out "$scenario")
fi

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg_stop_if_started_here
}
trap stop_all EXIT INT TERM
mkdir -p "$LOCAL/logs"

log "starting the Graph simulator on $SIM_URL"
(cd src/GraphSimulator && exec dotnet "$(bin GraphSimulator)" --urls "$SIM_URL" --scenario "$scenario") >"$LOCAL/logs/simulator.log" 2>&1 &
pids+=($!)
wait_for_url "$SIM_URL/5b1f2a3c-7d4e-4f60-8a9b-0c1d2e3f4a5b/v2.0/.well-known/openid-configuration" 60
# The service mailbox the daily digests are sent from (Digests:SenderMailbox in GraphSync's appsettings.Demo.json).
digest_sender=digests@northbridge-wealth.example
curl -fsS -o /dev/null -X POST "$SIM_URL/_simulator/mailboxes" -H 'Content-Type: application/json' \
  -d "{\"address\":\"$digest_sender\",\"user\":{\"displayName\":\"OutlookCms digests\"}}"

log "starting AddinHost on $WEB_URL"
(cd src/AddinHost && exec dotnet "$(bin AddinHost)" --urls "$WEB_URL") >"$LOCAL/logs/addinhost.log" 2>&1 &
pids+=($!)
wait_for_url "$WEB_URL/health" 90

log "starting GraphSync (certificate sign-in, change notifications to AddinHost)"
# The worker signs in with its certificate from certs_ensure (the simulator registered its public half from
# OUTLOOKCMS_WORKER_CERT) and subscribes to every mailbox, so mail sent in the simulator reaches the pane in seconds.
(cd src/GraphSync && Graph__ClientCertificatePath="$OUTLOOKCMS_WORKER_PFX" Digests__WebAppUrl="$WEB_URL/" \
  Notifications__Enabled=true Notifications__NotificationUrl="$WEB_URL/api/graph/notifications" \
  Notifications__LifecycleUrl="$WEB_URL/api/graph/lifecycle" exec dotnet "$(bin GraphSync)") >"$LOCAL/logs/graphsync.log" 2>&1 &
pids+=($!)

cat <<MSG

  OutlookCms demo is running.
    Web app + demo sign-in : $WEB_URL/signin
    Outlook preview (pane) : $WEB_URL/preview.html   (sign in first)
    API description        : $WEB_URL/openapi/v1.json
    Health                 : $WEB_URL/health
    Graph simulator        : $SIM_URL
    Change notifications   : on (the simulator POSTs to $WEB_URL/api/graph/notifications); mail created in the
                             simulator shows in the pane within seconds:
                             curl -X POST $SIM_URL/_simulator/mailboxes/REP-ADDRESS/messages?folder=inbox -H 'Content-Type: application/json' -d '{...}'
    Daily digests          : sent from $digest_sender once follow-ups are due (the rules run every 5 minutes);
                             a rep's inbox: $SIM_URL/_simulator/mailboxes/REP-ADDRESS/messages
                             what was sent: $SIM_URL/_simulator/mailboxes/$digest_sender/messages?folder=sentitems
    Logs                   : $LOCAL/logs/
  Press Ctrl-C to stop.

MSG
wait
