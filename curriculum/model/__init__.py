"""The programme as data: its records, the schema of the data files, loading them with their lines, and the rules across records."""
