"""Mediation Desk: intake, diversion, mediation papers and the case ledger for a 警民联调室."""

from mediation_app._version import __version__

__all__ = ["__version__"]
