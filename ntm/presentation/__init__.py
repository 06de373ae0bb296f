"""Query results turned into the tables a leader reads (translated headers, yes / no), one module per page."""
