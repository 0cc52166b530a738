"""Pure domain: pydantic models and rules. No I/O, no Qt, no reportlab."""
