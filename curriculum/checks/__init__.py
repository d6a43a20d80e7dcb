"""Every check over the repository before a build (data, pages, anchors, spelling) and over the built site (links, assets)."""
