"""What the pages show, rendered from the data as Markdown and HTML; the MkDocs hooks in hooks/ call these and nothing here knows MkDocs."""
