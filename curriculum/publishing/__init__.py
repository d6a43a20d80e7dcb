"""Yearly versions with mike, and when each file last changed."""
