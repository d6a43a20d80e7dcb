"""A real Chromium over the built site, served under the sub-path /curriculum/."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

HOMES = {"kk": "", "ru": "ru/", "en": "en/"}
HOME_TITLES = {"kk": "Мемлекеттік және жергілікті басқару", "ru": "Государственное и местное управление",
               "en": "State and Local Administration"}


@pytest.mark.parametrize("lang", HOMES)
def test_home_page_opens_in_its_language_without_foreign_requests(page, site_url, lang):
    page.goto(site_url + HOMES[lang])
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").first.inner_text().rstrip("¶") == HOME_TITLES[lang]
    assert page.foreign_requests == []


def test_kazakh_interface_strings_are_shown(page, site_url):
    page.goto(site_url + "programme/structure/")
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "Іздеу"
    assert page.locator(".md-header__button[aria-label='Тілді таңдаңыз']").count() == 1
    assert "Мазмұны" in page.locator("nav.md-nav--secondary").first.get_attribute("aria-label")


def _switch_language(page, name: str) -> None:
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(".md-select__link", has_text=name).first.click()
    page.wait_for_load_state()


def test_language_switcher_keeps_the_page_under_a_sub_path(page, site_url):
    page.goto(site_url + "programme/structure/")
    _switch_language(page, "Русский")
    assert page.url == site_url + "ru/programme/structure/"
    assert page.locator("html").get_attribute("lang") == "ru"
    _switch_language(page, "English")
    assert page.url == site_url + "en/programme/structure/"
    _switch_language(page, "Қазақша")
    assert page.url == site_url + "programme/structure/"
    assert page.foreign_requests == []


@pytest.mark.parametrize("start, target, expected", [("", "Русский", "ru/"), ("en/", "Қазақша", "")])
def test_language_switcher_works_from_the_home_page(page, site_url, start, target, expected):
    page.goto(site_url + start)
    _switch_language(page, target)
    assert page.url == site_url + expected
