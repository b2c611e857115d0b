"""Entry of the windowed ``mediation-desk`` executable in the bundle: the same ``main`` (no command starts the GUI)."""

import sys

from mediation_app.app import main

if __name__ == "__main__":
    sys.exit(main())
