"""Data in: templates to fill, reading and validating uploaded files, and publishing them as a new version."""
