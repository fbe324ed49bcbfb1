"""Browser checks of Lodestat's pages (run by browser_check.sh): headless Chromium via selenium.

Each check loads a page, takes screenshots at 1280 px and 375 px, asserts on the DOM (after
interaction where the page has any), and fails on any console error or failed request (HTTP
status >= 400 or a network failure) that the check did not provoke on purpose.
Prints "ok   NAME" / "FAIL NAME: why" per check and "N passed, M failed".
"""
import base64
import json
import sys
import time
import traceback
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

URL, OUT = sys.argv[1], sys.argv[2]
WIDTHS = [(1280, 900, "desktop"), (375, 812, "phone")]


def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--hide-scrollbars", "--window-size=1280,900", "--lang=en"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


d = driver()
d.implicitly_wait(5)  # elements of a page still loading (a busy machine) are waited for
passed, failed = 0, 0


def problems(allowed=()):
    """Console errors and failed requests since the last call (drains the logs)."""
    found = []
    for entry in d.get_log("browser"):
        if entry["level"] == "SEVERE" and not any(a in entry["message"] for a in allowed):
            found.append("console: " + entry["message"])
    for entry in d.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.responseReceived":
            response = params["response"]
            if response["status"] >= 400 and not any(a in response["url"] for a in allowed):
                found.append("request: %s %s" % (response["status"], response["url"]))
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            found.append("request failed: %s" % params.get("errorText"))
    return found


def screenshots(name):
    """The current page at each width, the whole page (up to 5000 px tall)."""
    for width, height, label in WIDTHS:
        d.set_window_size(width, height)
        time.sleep(0.3)
        overflow = d.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        size = d.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
        shot = d.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": min(size["height"], 5000), "scale": 1}})
        with open("%s/%s-%s.png" % (OUT, name, label), "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        assert overflow <= 1 or width > 400, "%s is %d px wider than a %d px screen" % (name, overflow, width)
    d.set_window_size(1280, 900)


def load(path):
    d.get(URL + path)
    WebDriverWait(d, 30).until(lambda drv: drv.execute_script("return document.readyState") == "complete")


def text(css):
    return d.find_element(By.CSS_SELECTOR, css).text


def count(css):
    return len(d.find_elements(By.CSS_SELECTOR, css))


def wait(condition, what, seconds=30):
    try:
        WebDriverWait(d, seconds).until(lambda drv: condition())
        WebDriverWait(d, seconds).until(lambda drv: drv.execute_script("return document.readyState") == "complete")
    except Exception:
        raise AssertionError("timed out waiting for " + what)


def check(name, body, allowed=()):
    global passed, failed
    problems()  # drain what earlier checks left
    try:
        body()
        found = problems(allowed)
        assert not found, "; ".join(found)
        passed += 1
        print("ok   " + name)
    except Exception as error:  # a failed check is reported, the others still run
        failed += 1
        print("FAIL %s: %s" % (name, error))
        if not isinstance(error, AssertionError):
            traceback.print_exc()


def common_page_checks(language):
    assert d.execute_script("return document.documentElement.lang") == language
    assert d.find_element(By.CSS_SELECTOR, 'meta[name="viewport"]')
    # Every form control has a label (a <label for>, aria-label, or a hidden/submit input).
    unlabelled = d.execute_script("""
      return Array.from(document.querySelectorAll('input, select, textarea')).filter(function (e) {
        if (e.type === 'hidden' || e.type === 'submit') return false;
        return !(e.labels && e.labels.length) && !e.getAttribute('aria-label');
      }).map(function (e) { return e.name || e.id; });""")
    assert not unlabelled, "controls without a label: %s" % unlabelled


def home():
    for language, expected in [("en", "Classifications"), ("fr", "Nomenclatures")]:
        load("/?lang=" + language)
        common_page_checks(language)
        assert expected in text("ul.kinds"), "landing page (%s) lacks %r" % (language, expected)
    screenshots("home-fr")
    # The skip link is the first thing Tab reaches.
    d.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert d.switch_to.active_element.get_attribute("class") == "skip", "Tab does not reach the skip link first"


def resource_pages():
    load("/id/dataflow/DF_CPI?lang=fr")
    common_page_checks("fr")
    assert "Indice des prix à la consommation" in text("h1")
    assert "Indice mensuel des prix" in text("p.lead"), "no description in French"
    assert count("section.panel dt") >= 2, "no dataflow panel"
    assert count('tr.group th[scope="rowgroup"]') >= 2, "properties are not grouped by vocabulary"
    links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "p.formats a")]
    for wanted in ["format=ttl", "format=jsonld", "format=rdf", "/query?"]:
        assert any(wanted in h for h in links), "no %s link among %s" % (wanted, links)
    incoming = text("#incoming")
    assert "Liens entrants" in incoming
    screenshots("resource-dataflow")
    if count("nav.pager a"):
        first = text("table.incoming")
        d.find_element(By.CSS_SELECTOR, "nav.pager a").click()
        wait(lambda: "inPage=2" in d.current_url, "the second page of incoming links")
        assert text("table.incoming") != first, "the second page of incoming links shows the first"
    load("/id/series/DF_CPI.M.FR.00?lang=en")
    panel = text("section.panel")
    assert "Dataflow" in panel and "Frequency" in panel, "series panel lacks dataflow/frequency: " + panel
    screenshots("resource-series")
    load("/id/event/m2-stat-learning-presentation-2024?lang=en")
    panel = text("section.panel")
    assert "Date" in panel and "2024-09-02" in panel and "Speakers" in panel, "event panel: " + panel
    screenshots("resource-event")
    load("/id/event/ssplab-seminar-01?lang=fr")
    panel = text("section.panel")
    assert "Intervenants" in panel and "Fait partie de" in panel, "talk panel: " + panel
    load("/id/internship/datalab-ml-interpretability?lang=en")
    panel = text("section.panel")
    assert all(w in panel for w in ["Host", "Period", "P6M", "Skills", "Machine learning"]), "internship panel: " + panel
    assert "Data Scientist Intern" in text("h1")
    screenshots("resource-internship")
    # The SPARQL link of a resource opens the editor with its DESCRIBE.
    load("/id/dataflow/DF_CPI?lang=en")
    d.find_element(By.PARTIAL_LINK_TEXT, "SPARQL DESCRIBE").click()
    wait(lambda: count("#query") == 1, "the SPARQL page")
    assert "DESCRIBE" in d.find_element(By.ID, "query").get_attribute("value")


def classification_tree():
    load("/classifications/nace-r2?lang=en")
    common_page_checks("en")
    top = count("#tree > li")
    assert top > 5, "the first level has %d items" % top
    before = count("#tree li")
    toggle = d.find_element(By.CSS_SELECTOR, "#tree > li > button.toggle")
    toggle.send_keys(Keys.ENTER)  # by keyboard
    wait(lambda: count("#tree > li > ul > li") > 0, "the first item's children")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert count("#tree li") > before
    # A second level down.
    inner = d.find_element(By.CSS_SELECTOR, "#tree > li > ul > li > button.toggle")
    inner.click()
    wait(lambda: count("#tree > li > ul > li > ul > li") > 0, "the grandchildren")
    screenshots("classification-tree")
    # Collapse hides the level again.
    toggle.click()
    assert not d.find_element(By.CSS_SELECTOR, "#tree > li > ul").is_displayed()
    # The date picker shows the version valid that day.
    scheme = d.find_element(By.ID, "tree").get_attribute("data-scheme")
    picker = d.find_element(By.ID, "tree-date")
    d.execute_script("arguments[0].value = '2025-06-01'; arguments[0].dispatchEvent(new Event('change'));", picker)
    wait(lambda: "date=2025-06-01" in d.current_url and count("#tree") == 1, "the tree of 2025-06-01")
    after = d.find_element(By.ID, "tree").get_attribute("data-scheme")
    assert after != scheme, "the tree of 2025-06-01 is still %s" % scheme
    assert d.find_element(By.ID, "tree-date").get_attribute("value") == "2025-06-01"
    screenshots("classification-tree-2025")
    d.find_element(By.CSS_SELECTOR, "#tree > li > button.toggle").click()
    wait(lambda: count("#tree > li > ul > li") > 0, "children in the 2025 version")


def classification_item():
    load("/classifications/nace-r2/items/62.01?lang=en")
    common_page_checks("en")
    crumbs = d.find_elements(By.CSS_SELECTOR, "nav.crumbs li")
    assert len(crumbs) >= 3, "breadcrumbs: %s" % [c.text for c in crumbs]
    assert count("dl.notes dt") >= 1, "no notes"
    assert count("ul.successors li") >= 1, "no successor in another version"
    select = d.find_element(By.ID, "to")
    select.submit()
    wait(lambda: count("ul.projection-result li") > 0, "the projection")
    screenshots("classification-item")
    load("/classifications/nace-r2/items/62.01?lang=fr")
    assert "Ne comprend pas" in text("dl.notes") or "Comprend" in text("dl.notes")


def search():
    load("/search?q=emploi&lang=fr")
    common_page_checks("fr")
    hits = count("ol.hits > li")
    assert hits > 0, "no hits for emploi"
    assert count("ol.hits mark") > 0, "matches are not marked"
    facet = d.find_elements(By.CSS_SELECTOR, 'a[data-facet="kind"]')
    assert len(facet) >= 2, "fewer than two kinds to narrow by"
    wanted = facet[0].get_attribute("data-value")
    announced = int(facet[0].find_element(By.XPATH, "following-sibling::span").text.strip("()"))
    total = int(text("#hit-count").split()[0])
    facet[0].click()
    wait(lambda: "kind=" + wanted in d.current_url, "the narrowed results")
    narrowed = int(text("#hit-count").split()[0])
    assert narrowed == announced and narrowed < total, "facet announced %d, shows %d of %d" % (announced, narrowed, total)
    screenshots("search")
    load("/search?q=emploi&lang=en")
    assert count("ol.hits > li") > 0


def sparql():
    load("/query?lang=en")
    common_page_checks("en")
    assert count(".editor pre .tok-kw") > 0, "the query is not highlighted"
    d.find_element(By.CSS_SELECTOR, '#sparql-form button[type="submit"]').click()
    wait(lambda: count("table.sparql-results tbody tr") > 0, "result rows")
    assert count("table.sparql-results tbody a") > 0, "IRIs are not links"
    downloads = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "#downloads a")]
    assert len(downloads) == 4 and all("format=" in h for h in downloads), downloads
    screenshots("sparql")
    # Another example (a graph).
    d.find_elements(By.CSS_SELECTOR, "button[data-example]")[-1].click()
    d.find_element(By.CSS_SELECTOR, '#sparql-form button[type="submit"]').click()
    wait(lambda: count("#results pre.graph") > 0, "the described graph")


def sparql_error():
    load("/query?lang=en")
    area = d.find_element(By.ID, "query")
    area.clear()
    area.send_keys("SELECT * WHERE {\n  ?s ?p ?o\n  FILTER(\n}")
    d.find_element(By.CSS_SELECTOR, '#sparql-form button[type="submit"]').click()
    wait(lambda: d.find_element(By.ID, "status").get_attribute("data-line") is not None, "the error position")
    status = d.find_element(By.ID, "status")
    assert status.get_attribute("data-line") == "4", "error at line %s: %s" % (status.get_attribute("data-line"), status.text)
    assert status.text.startswith("Line 4, column"), status.text
    assert count(".editor pre .tok-err") == 1, "the error is not marked in the editor"
    screenshots("sparql-error")


def sdmx():
    load("/structures?lang=fr")
    common_page_checks("fr")
    assert count("table.structures tbody tr") >= 4, "too few structures"
    screenshots("sdmx-index")
    d.find_element(By.CSS_SELECTOR, "table.structures tbody tr td a").click()  # the first data structure
    wait(lambda: count("table.dimensions") == 1, "a data structure page")
    assert count("table.dimensions tbody tr") >= 2, "a data structure without dimensions"
    formats = [a.text for a in d.find_elements(By.CSS_SELECTOR, "p.formats a")]
    assert formats == ["SDMX-ML 2.1", "SDMX-JSON"], formats
    screenshots("sdmx-datastructure")
    codelist = d.find_elements(By.CSS_SELECTOR, 'table.dimensions a[href^="/structures/codelist/"]')
    assert codelist, "no dimension links to its codelist"
    codelist[0].click()
    wait(lambda: count("table.codes tbody tr") > 0, "the codelist's codes")
    screenshots("sdmx-codelist")
    for a in d.find_elements(By.CSS_SELECTOR, "p.formats a"):
        href = a.get_attribute("href")
        status = d.execute_script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send(); return x.status;", href)
        assert status == 200, "%s answered %s" % (href, status)


def assets():
    load("/browse/classification?lang=en")
    for name, kind in [("lodestat.css", "text/css"), ("tree.js", "text/javascript"), ("sparql.js", "text/javascript")]:
        got = d.execute_script("""var x = new XMLHttpRequest(); x.open('GET', '/assets/' + arguments[0], false); x.send();
          return [x.status, x.getResponseHeader('Content-Type'), x.getResponseHeader('Cache-Control'), x.getResponseHeader('ETag')];""", name)
        assert got[0] == 200 and got[1].startswith(kind) and "max-age" in got[2] and got[3], "%s: %s" % (name, got)
    assert count("a.tree-link") > 0
    screenshots("browse")


check("home page, keyboard skip link", home)
check("resource pages (panels, description, incoming links, raw formats)", resource_pages)
check("classification tree (expand, collapse, date picker)", classification_tree)
check("classification item (breadcrumbs, notes, correspondences, projection)", classification_item)
check("search (marks, kind facet narrows)", search)
check("SPARQL page (highlighting, results table, downloads)", sparql)
check("SPARQL error at line and column", sparql_error, allowed=("/sparql",))
check("SDMX structures (index, data structure, codelist, format links)", sdmx)
check("assets and browse page", assets)
d.quit()
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
