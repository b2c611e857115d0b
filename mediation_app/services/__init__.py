"""Use cases, one module each; they own their transactions and return immutable values."""
