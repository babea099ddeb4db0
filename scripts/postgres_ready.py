"""Exit 0 when the PostgreSQL server in the given URL accepts connections."""

import sys

import dj_database_url
import psycopg2

config = dj_database_url.parse(sys.argv[1])
try:
    psycopg2.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"],
        host=config["HOST"],
        port=config["PORT"] or 5432,
        connect_timeout=3,
    ).close()
except psycopg2.OperationalError:
    sys.exit(1)
