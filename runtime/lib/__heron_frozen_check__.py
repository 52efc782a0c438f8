"""Checks that frozen modules load (imported by Heron's tests)."""
loaded = True
