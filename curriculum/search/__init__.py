"""The site search: query normalisation shared with the browser, the per-language Pagefind index and its stable bundle."""
