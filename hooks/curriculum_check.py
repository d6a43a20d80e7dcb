"""Fail the build, before any page is rendered, with every problem in the data and the pages."""

from pathlib import Path

from mkdocs.exceptions import PluginError

from curriculum.site.build import check_content
from curriculum.model.problems import ProblemsFound


def on_config(config):
    try:
        check_content(Path(config.config_file_path).parent)
    except ProblemsFound as found:
        raise PluginError(str(found)) from None
    return config
