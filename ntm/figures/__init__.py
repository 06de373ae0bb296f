"""The figures of each page, computed in plain Python from query results: one module per page, no
Streamlit and no SQL. Every number a page shows comes from a function here or in ntm.queries."""
