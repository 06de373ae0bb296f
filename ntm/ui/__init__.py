"""The only Streamlit-aware part of the package: caching, scope widgets, shared page pieces."""
