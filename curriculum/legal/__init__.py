"""The legal register at work: citations of acts in pages, their wording in each language, and the yearly review."""
