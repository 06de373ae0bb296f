"""The data contract and the store: tables and their rules (schema, checks), reading and writing the
Parquet files (tables_io, loading, versions), the status engine in DuckDB (engine, with status_rules
as its executable specification) and the read-only database the app queries (database)."""
