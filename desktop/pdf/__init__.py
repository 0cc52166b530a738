"""pdf: plain Python, no Qt."""
