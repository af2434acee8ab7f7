#!/bin/sh
# A login role per service with its own password (scram-sha-256), owning only its database, which nobody else may
# connect to: the same roles `egov up` makes on its local PostgreSQL (kz.egov.testinfra.PostgresRoles). Run by the
# postgres image on the first start of an empty volume; the passwords come from its environment (docker-compose.yml).
set -eu
for db in portal_adapter gateway_router mio_workstation labour_market_registry citizens_corp_adapter; do
  var="EGOV_DB_PASSWORD_$(echo "$db" | tr '[:lower:]' '[:upper:]')"
  password=$(printenv "$var")
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v pw="$password" <<SQL
SET password_encryption = 'scram-sha-256';
CREATE ROLE $db LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw';
CREATE DATABASE $db OWNER $db;
REVOKE ALL ON DATABASE $db FROM PUBLIC;
SQL
done
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -c "REVOKE CONNECT ON DATABASE postgres FROM PUBLIC" -c "REVOKE CONNECT ON DATABASE template1 FROM PUBLIC"
