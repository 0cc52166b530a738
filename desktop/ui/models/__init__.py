"""Qt item models: thin adapters over the session's kit, choices and signatures."""
