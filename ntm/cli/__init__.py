"""`python -m ntm …`: the command line for staff and for checks (argparse wiring in ntm.cli.main)."""
