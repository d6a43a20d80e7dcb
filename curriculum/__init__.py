"""Core logic of the curriculum site.

Plain functions over plain data: nothing here imports MkDocs, so the logic is tested without a build
and the hooks in ``hooks/`` stay thin adapters.
"""
