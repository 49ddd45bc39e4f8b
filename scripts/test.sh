#!/usr/bin/env bash
# Runs every test: installs what is missing, starts PostgreSQL, builds warnings-as-errors, runs all test projects.
source "$(dirname "$0")/lib.sh"
cd "$REPO"
prepare_tests
trap pg_stop_if_started_here EXIT
log "front-end unit tests and bundle budget"
web_test
log "building (warnings are errors)"
dotnet build OutlookCms.sln -c Release -warnaserror -nologo -v q
log "running the tests"
mkdir -p "$LOCAL/test-results"
dotnet test OutlookCms.sln -c Release --no-build --logger "console;verbosity=normal" \
  --results-directory "$LOCAL/test-results" "$@"
