"""Writes of the registry (``registry``) and of accounts and memberships (``accounts``)."""
