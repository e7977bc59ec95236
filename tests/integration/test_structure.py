"""The house: every module imports on its own, extraction knows nothing of Scrapy or the
pipelines, no private attribute of another library is touched, and the scrapyd egg holds what a
crawl needs and none of the development tools."""

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
    for tool in ("mirror", "demo", "bench", "evaluate", "labelled"):
        assert f"crawler/{tool}.py" not in names
    assert not any(name.startswith(("tests/", "fixtures/")) for name in names)
