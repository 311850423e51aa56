#!/usr/bin/env bash
# Fails when the Drizzle schema and the committed migrations disagree: drizzle-kit generates into a scratch
# copy of the migrations folder, and any new migration there means a schema change without its migration.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.drift-check
rm -rf "$scratch"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"
cp -r server/db/migrations/. "$scratch/"
before=$(ls "$scratch"/*.sql | wc -l)
output=$(npx drizzle-kit generate --dialect=postgresql --schema=./server/db/schema.ts --out="$scratch" --name=drift 2>&1)
if ! grep -q -e 'No schema changes' -e 'Your SQL migration file' <<<"$output"; then
  echo "drizzle-kit generate failed:" >&2
  echo "$output" >&2
  exit 1
fi
after=$(ls "$scratch"/*.sql | wc -l)
if [ "$after" -ne "$before" ]; then
  echo "Migration drift: the schema has changes that no committed migration holds. Run 'npm run db:generate'." >&2
  cat "$scratch"/*_drift.sql >&2
  exit 1
fi
echo "migrations match the schema ($before migrations)"
