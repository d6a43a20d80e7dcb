"""Fail the build, before any page is rendered, with every problem in the data and the pages."""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from curriculum.legal.review import review_report
from curriculum.model.problems import ProblemsFound
from curriculum.site.build import build_date, check_content

log = get_plugin_logger(__name__)
_reported: set[str] = set()


def on_config(config):
    try:
        content = check_content(Path(config.config_file_path).parent)
    except ProblemsFound as found:
        raise PluginError(str(found)) from None
    report = review_report(content.curriculum.acts, build_date())
    if report and report not in _reported:
        # INFO, not WARNING: a check that is due is the committee's to-do list, and a strict build must not fail on it.
        _reported.add(report)
        log.info(report)
    return config
