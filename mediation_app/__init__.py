"""Mediation Desk: intake, diversion, mediation papers and the case ledger for a 警民联调室."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mediation-desk")
except PackageNotFoundError:  # running from a bundle or a source tree without metadata
    __version__ = "0.1.0"
