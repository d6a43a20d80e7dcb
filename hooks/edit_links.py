"""'Edit this page' links exist only when the repository is known (REPO_URL, set by the workflows);
without it MkDocs would warn about every page's relative edit URL and --strict would fail."""


def on_config(config):
    if not config.repo_url:
        config.edit_uri = None
    return config
