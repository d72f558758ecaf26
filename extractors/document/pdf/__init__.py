"""PDF pages laid out as a reader sees them: columns in reading order, running headers,
footers and page numbers dropped, sidebars and chart text set apart, ruled and unruled
tables, rotated pages (:func:`.pages.read_pages`); :func:`.pages.with_pages` puts the
page into evidence locators."""

from aikg.extractors.document.pdf.pages import read_pages, with_pages

__all__ = ["read_pages", "with_pages"]
