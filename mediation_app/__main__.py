"""``python -m mediation_app``: the same entry point as the ``mediation-app`` command."""

import sys

from mediation_app.app import main

sys.exit(main())
