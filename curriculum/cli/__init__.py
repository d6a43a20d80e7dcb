"""The contributor commands behind dev.py: check, new-course, translated, spelling."""
