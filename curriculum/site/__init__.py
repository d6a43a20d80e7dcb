"""What pages show: generated blocks, course summaries, graph, tables, glossary page, 404 page."""
