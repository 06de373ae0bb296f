"""NTM Dashboard domain package: data contract, status engine, store and queries (no Streamlit here)."""
