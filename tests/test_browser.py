"""The home page in a real browser: headless Chromium (Debian's `chromium` and `chromium-driver`)
driven through chromedriver by Selenium, against a real `kg serve` on the seed data.

With scripts on, YASGUI replaces the plain form, highlights SPARQL, and an example query clicked
on the page runs in the editor and fills the results table with the rows the endpoint returns.
The browser's console must stay free of errors: a request to another origin (a CDN, prefix.cc,
LOV) would be blocked by the page's Content-Security-Policy and reported there. With scripts
off, the form, the example links and the timeline still work.

`.ci/run` installs the two packages; where they are missing the tests skip and say why.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from conftest import SEED_FACTS, Served, kg_process

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("headless browser check needs Debian's chromium and chromium-driver "
                "(apt-get install chromium chromium-driver; .ci/run installs them)",
                allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

#: generous: a shared 2-core machine can be slow to start Chromium and load 1 MB of script.
WAIT = 60
EXAMPLE = "Events per sub-event type"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("browser") / "store"
    r = kg_process("ingest", SEED_FACTS, store=store)
    assert r.returncode == 0, r.stdout + r.stderr
    served = Served(store)
    yield served.base
    served.stop()


def chromium(*, scripts: bool) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600"):
        options.add_argument(arg)
    if not scripts:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    driver = chromium(scripts=True)
    yield driver
    driver.quit()


@pytest.fixture
def browser_without_scripts() -> Iterator[WebDriver]:
    driver = chromium(scripts=False)
    yield driver
    driver.quit()


def expected_rows(base: str, query: str) -> list[tuple[str, str]]:
    r = requests.post(base + "/sparql", data={"query": query},
                      headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return sorted((b["type"]["value"], b["events"]["value"])
                  for b in r.json()["results"]["bindings"])


def test_example_query_runs_in_the_editor_and_fills_the_results_table(
        base: str, browser: WebDriver) -> None:
    browser.get(base + "/")
    wait = WebDriverWait(browser, WAIT)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#kg-editor .yasqe .CodeMirror"))
    # the plain form gave way to the editor, which highlights SPARQL
    assert not browser.find_element(By.ID, "query-form").is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, ".yasqe .cm-keyword")
    endpoint = browser.execute_script("return window.kgEditor.getTab().getEndpoint()")
    assert endpoint == base + "/sparql"

    link = browser.find_element(By.LINK_TEXT, EXAMPLE)
    query = link.get_attribute("data-query")
    want = expected_rows(base, query)
    assert want  # the seed data has events of several sub-event types
    link.click()
    # a new tab named after the example, holding its query, with the rows in the table
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR,
                                             ".yasr table.dataTable tbody tr td")) > 1)
    assert browser.execute_script("return window.kgEditor.getTab().getName()") == EXAMPLE
    assert browser.execute_script("return window.kgEditor.getTab().getQuery()") == query
    rows = browser.find_elements(By.CSS_SELECTOR, ".yasr table.dataTable tbody tr")
    cells = [[c.text for c in row.find_elements(By.TAG_NAME, "td")] for row in rows]
    # columns: row number, ?type, ?events; YASR shows literals with quotes and tags
    got = sorted((c[1].split('"')[1], c[2].split('"')[1]) for c in cells)
    assert got == want
    problems = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert problems == []


def test_home_page_works_without_scripts(base: str, browser_without_scripts: WebDriver) -> None:
    browser = browser_without_scripts
    browser.get(base + "/")
    assert browser.find_element(By.ID, "query-form").is_displayed()
    assert not browser.find_element(By.ID, "kg-editor").is_displayed()
    bars = browser.find_elements(By.CSS_SELECTOR, "figure.timeline a.bar rect")
    assert len(bars) == 3 and all(b.size["height"] > 0 for b in bars)  # 3 dated days in the seed
    # an example link leads to its results as an HTML table
    link = browser.find_element(By.LINK_TEXT, EXAMPLE)
    want = expected_rows(base, link.get_attribute("data-query"))
    link.click()
    WebDriverWait(browser, WAIT).until(lambda d: "Query results" in d.title)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.results tbody tr")
    got = sorted(tuple(c.text for c in row.find_elements(By.TAG_NAME, "td")) for row in rows)
    assert got == want
