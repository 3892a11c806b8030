#!/usr/bin/env bash
# Adds one migration with the same name to every provider's migrations project.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Facturation.Web -v q -nologo >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  Database__Provider=$provider dotnet ef migrations add "$name" --no-build \
    --project "src/Facturation.Migrations.$provider" --startup-project src/Facturation.Web \
    --output-dir Migrations
done
