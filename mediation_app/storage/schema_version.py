"""The head revision as a constant, so a normal start can skip importing Alembic (a test keeps it true)."""

HEAD_REVISION = "0006"
