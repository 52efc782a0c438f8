"""Module docstring."""

def documented():
    """Function docstring."""
    return 1

def undocumented():
    return 2

def only_doc():
    "Only a docstring."

class K:
    """Class docstring."""
