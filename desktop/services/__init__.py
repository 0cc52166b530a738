"""services: plain Python, no Qt."""
