"""Every ``queries/*.cypher`` file, pasted whole into the real Neo4j Browser of the dev
server (5.24, served by ``devtools/neo4j``), runs on the first try: its ``:param`` lines
set the parameters and the query after them succeeds. Driven in headless Chromium."""

from __future__ import annotations

import json
import time
import urllib.parse

import pytest
from headless import Page

from aikg.graph.neo4j import load_graph
from aikg.queries import list_queries

FRAME_ICONS = (
    "[...(document.querySelector('[data-testid=multi-statement-list]') || document)"
    ".querySelectorAll('[data-testid=multi-statement-list-icon]')].map(e => e.title)"
)


CONNECTED = "document.body.innerText.includes('Getting started with Neo4j Browser')"
LOGIN_FORM = "document.querySelector('input[type=password]')"


def _log_in_if_asked(page: Page, server) -> None:
    """Fill the Browser's connect form when it shows one, and wait to be connected."""
    page.wait_for(f"{CONNECTED} || {LOGIN_FORM}", timeout=90)
    if not page.evaluate(f"Boolean({LOGIN_FORM})"):
        return
    page.evaluate(
        "(() => { const pw = document.querySelector('input[type=password]');"
        " Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')"
        f".set.call(pw, {json.dumps(server.password)});"
        " pw.dispatchEvent(new Event('input', {bubbles: true}));"
        " [...document.querySelectorAll('button')]"
        ".find(b => b.innerText.trim() === 'Connect').click(); })()"
    )
    page.wait_for("document.body.innerText.includes('You are connected')", timeout=60)


def _open(page: Page, server, **params: str) -> None:
    dbms = f"bolt://{server.user}@127.0.0.1:{server.bolt_port}"
    query = urllib.parse.urlencode({"dbms": dbms, **params})
    page.send("Page.navigate", url=f"{server.browser_url}?{query}")
    time.sleep(1)  # let the old page go before waiting on the new one
    _log_in_if_asked(page, server)


def _connect(page: Page, server) -> None:
    """Open the Browser and log in through its connect form."""
    page.send(
        "Network.emulateNetworkConditions",
        offline=False,
        latency=0,
        downloadThroughput=-1,
        uploadThroughput=-1,
    )  # fmt: skip  (loopback only)
    _open(page, server)


def _paste_and_run(page: Page, server, text: str) -> list[str]:
    """Put `text` in the Browser's editor (as a paste would), run it and return the
    status of each statement it ran."""
    _open(page, server, cmd="edit", arg=text)
    page.wait_for("document.querySelector('[data-testid=activeEditor]')"
                  ".innerText.includes(':param')", timeout=30)  # fmt: skip
    page.evaluate("document.querySelector('[data-testid=editor-Run]').click()")
    try:
        page.wait_for(f"{FRAME_ICONS}.length > 0 && {FRAME_ICONS}"
                      ".every(t => /success|error/.test(t))", timeout=60)  # fmt: skip
    except TimeoutError:
        raise AssertionError(page.evaluate("document.body.innerText.slice(0, 2000)")) from None
    return page.evaluate(FRAME_ICONS)


@pytest.fixture(scope="module")
def browser(neo4j_server, neo4j_driver, seed_result):
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    load_graph(seed_result.graph, neo4j_driver)
    with Page(1400, 1000) as page:
        _connect(page, neo4j_server)
        yield page


def test_each_query_file_runs_as_pasted_into_neo4j_browser(browser, neo4j_server):
    for query in list_queries():
        statuses = _paste_and_run(browser, neo4j_server, query.source)
        expected = len(query.params) + 1  # one statement per :param line, then the query
        assert statuses == ["Status: success"] * expected, (query.name, statuses)


def test_a_file_missing_a_param_line_fails_in_the_browser(browser, neo4j_server):
    """The check can fail: without the :param line the Browser cannot run the query."""
    source = next(q for q in list_queries() if q.name == "company_timeline").source
    cut = "\n".join(line for line in source.splitlines() if not line.startswith(":param"))
    # The Browser keeps parameters between runs: forget those of the files run before.
    page_text = _paste_and_run_single(browser, neo4j_server, ":params {};\n" + cut)
    assert "ParameterMissing" in page_text or "Expected parameter" in page_text


def _paste_and_run_single(page: Page, server, text: str) -> str:
    _open(page, server, cmd="edit", arg=text)
    page.wait_for("document.querySelector('[data-testid=activeEditor]')"
                  ".innerText.includes('{};')", timeout=30)  # fmt: skip
    page.evaluate("document.querySelector('[data-testid=editor-Run]').click()")
    page.wait_for("/ParameterMissing|Expected parameter/.test(document.body.innerText)", 60)
    return page.evaluate("document.body.innerText")
