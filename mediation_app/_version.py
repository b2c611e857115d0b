"""The program version; kept equal to pyproject.toml's by a test (importlib.metadata is slow at start-up)."""

__version__ = "0.1.0"
