"""Page widgets: one per step of the job (case, recipients, letter, signatures, export)."""
