"""Last-changed dates: from git history, written in each language."""

from __future__ import annotations

import os
import subprocess

from curriculum.language.dates import format_date, format_timestamp
from curriculum.publishing.history import last_commit_times


def test_dates_are_written_as_each_language_writes_them():
    assert format_date("2025-03-15", "kk") == "2025 жылғы 15 наурыз"
    assert format_date("2025-03-15", "ru") == "15 марта 2025 г."
    assert format_date("2025-03-15", "en") == "15 March 2025"
    assert format_date("2014", "kk") == "2014 ж."
    assert format_timestamp(1_764_288_000, "ru") == "28 ноября 2025 г."


def test_last_commit_time_of_each_file_comes_from_git(tmp_path):
    def commit(name, text, when):
        (tmp_path / name).write_text(text, encoding="utf-8")
        env = {**os.environ, "GIT_AUTHOR_DATE": f"@{when} +0000", "GIT_COMMITTER_DATE": f"@{when} +0000"}
        subprocess.run(["git", "-C", str(tmp_path), "add", name], check=True)
        subprocess.run(["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", name],
                       check=True, env=env)

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    commit("a.md", "one", 1_700_000_000)
    commit("b.md", "two", 1_700_100_000)
    commit("a.md", "three", 1_700_200_000)
    assert last_commit_times(tmp_path) == {"a.md": 1_700_200_000, "b.md": 1_700_100_000}
    assert last_commit_times(tmp_path / "not-a-repo-inside") == {}


def test_real_pages_show_when_they_last_changed(built_site):
    kk = (built_site / "courses/lsg2105/index.html").read_text(encoding="utf-8")
    ru = (built_site / "ru/courses/lsg2105/index.html").read_text(encoding="utf-8")
    assert "Соңғы өзгеріс: 20" in kk and "жылғы" in kk
    assert "Последнее изменение: " in ru
