"""The meeting briefing: the district's half-year report as a Word document, and its Excel annex, written
from the data of one scope and period (no Streamlit here)."""
