"""What pages show: generated blocks, course summaries, the graph, tables, the glossary page, the 404 page."""
