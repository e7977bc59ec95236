"""The house: every module imports on its own, no room imports one that builds on it, extraction
knows nothing of Scrapy or the pipelines, no private attribute of another library is touched, and
the scrapyd egg holds what a crawl needs and none of the development tools."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from helpers import PROJECT, copy_project

PACKAGES = ("crawler", "pipelines")
MODULES = sorted(
    ".".join(path.relative_to(PROJECT).with_suffix("").parts).removesuffix(".__init__")
    for package in PACKAGES for path in (PROJECT / package).rglob("*.py")
)
# An attribute starting with one "_" (a private one: dunders are the language's) of anything but
# the object's own self or class.
FOREIGN_PRIVATE_ATTRIBUTE = re.compile(r"(?<![\w.])(?!self\b|cls\b)\w+(?:\.\w+)*\._(?!_)\w")


def imports_alone(module: str) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=PROJECT, capture_output=True, text=True)
    return module, done.stderr.strip().splitlines()[-1] if done.returncode else ""


def test_every_module_imports_on_its_own_in_a_fresh_interpreter():
    assert len(MODULES) > 30
    with ThreadPoolExecutor(max_workers=4) as pool:
        failures = {module: error for module, error in pool.map(imports_alone, MODULES) if error}
    assert failures == {}


# Each room, and the rooms it must not import: those that build on it. Extraction is the ground
# floor (a page's bytes to its fields); the crawl (spiders, state, outputs, monitoring, distribution,
# the archive) builds on it; the shipped package builds on nothing of the development tools.
MUST_NOT_IMPORT = {
    "crawler.extraction": ("crawler.spiders", "crawler.state", "crawler.output", "crawler.items", "crawler.monitoring",
                           "crawler.distributed", "crawler.archive", "crawler.downloader", "crawler.commands",
                           "pipelines", "devtools"),
    "crawler.sites": ("crawler.spiders", "crawler.state", "crawler.output", "crawler.monitoring", "crawler.distributed",
                      "crawler.archive", "crawler.commands", "devtools"),
    "crawler": ("devtools",),
    "pipelines": ("devtools", "crawler.spiders", "crawler.commands"),
}
IMPORTED = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))", re.MULTILINE)


def test_no_room_imports_one_that_builds_on_it():
    found = []
    for package in PACKAGES:
        for path in (PROJECT / package).rglob("*.py"):
            module = ".".join(path.relative_to(PROJECT).with_suffix("").parts)
            room = max((room for room in MUST_NOT_IMPORT if module == room or module.startswith(room + ".")), key=len)
            for match in IMPORTED.finditer(path.read_text(encoding="utf-8")):
                imported = match.group(1) or match.group(2)
                if any(imported == banned or imported.startswith(banned + ".") for banned in MUST_NOT_IMPORT[room]):
                    found.append(f"{module} imports {imported}")
    assert found == []


def test_extraction_imports_without_scrapy_and_the_pipelines():
    extraction = [module for module in MODULES if module.startswith("crawler.extraction")]
    absent = "import sys; sys.modules.update(dict.fromkeys(['scrapy', 'twisted', 'pipelines', 'itemadapter'], None))"
    done = subprocess.run([sys.executable, "-c", f"{absent}; " + "; ".join(f"import {module}" for module in extraction)],
                          cwd=PROJECT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_no_private_attribute_of_another_library_is_used():
    found = [f"{path.relative_to(PROJECT)}:{number}: {line.strip()}"
             for package in PACKAGES for path in (PROJECT / package).rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if FOREIGN_PRIVATE_ATTRIBUTE.search(line.split("#", 1)[0])]
    assert found == []


def test_the_scrapyd_egg_holds_the_crawler_and_not_the_tools(tmp_path):
    project = tmp_path / "project"
    copy_project(project)
    egg = tmp_path / "cqn.egg"
    done = subprocess.run([str(Path(sys.executable).parent / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=project,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    names = set(zipfile.ZipFile(egg).namelist())
    for needed in ("crawler/settings.py", "crawler/article.schema.json", "crawler/extraction/layout.py",
                   "crawler/sites/cqn.py", "crawler/spiders/loader.py", "crawler/state/sqlite.py", "pipelines/validate.py"):
        assert needed in names
    assert not any(name.startswith(("devtools/", "tests/", "fixtures/")) for name in names)
    assert not any(name.endswith(("/bench.py", "/evaluate.py", "/labelled.py")) for name in names)
