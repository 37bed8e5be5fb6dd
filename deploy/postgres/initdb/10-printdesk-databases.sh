#!/usr/bin/env bash
# First start of an empty PostgreSQL volume only (the postgres image runs /docker-entrypoint-initdb.d/*
# once, then never again): one login role and one database per service, named alike
# (printdesk_jobs, printdesk_files, printdesk_notify, printdesk_auth). Each database is owned by its
# role and closed to every other role, so a service can reach its own data and nothing else.
#
# The passwords come from the postgres container's environment (see compose.yaml). To change one
# later, ALTER ROLE by hand: this script does not run again on an initialised volume.
set -e

create_service_database() {
	local name="printdesk_$1" password="$2"
	if [ -z "$password" ]; then
		echo "printdesk init: no password given for role $name" >&2
		return 1
	fi
	# psql variables (:"ident", :'literal') quote the name and the password, whatever they contain.
	psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname postgres \
		--set=name="$name" --set=password="$password" <<-'SQL'
		CREATE ROLE :"name" LOGIN PASSWORD :'password';
		CREATE DATABASE :"name" OWNER :"name";
		REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
	SQL
	echo "printdesk init: created role and database $name"
}

create_service_database jobs "${PRINTDESK_JOBS_DB_PASSWORD:-}"
create_service_database files "${PRINTDESK_FILES_DB_PASSWORD:-}"
create_service_database notify "${PRINTDESK_NOTIFY_DB_PASSWORD:-}"
create_service_database auth "${PRINTDESK_AUTH_DB_PASSWORD:-}"
