"""Packaging for deployment to scrapyd (`scrapyd-deploy` builds an egg from this).

The egg holds what a crawl needs at run time. The development tools (the demo site and its
server, the evaluation, the benchmark, the labelled pages they read) stay in the checkout.
"""

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

DEVELOPMENT_TOOLS = {"crawler.demo", "crawler.mirror"}


class build_py_without_tools(build_py):
    def find_package_modules(self, package, package_dir):
        return [(pkg, module, path) for pkg, module, path in super().find_package_modules(package, package_dir)
                if f"{pkg}.{module}" not in DEVELOPMENT_TOOLS]


setup(
    name="cqn-crawler",
    version="1.1",
    packages=find_packages(include=["crawler", "crawler.*", "pipelines", "pipelines.*"]),
    package_data={"crawler": ["article.schema.json"]},
    entry_points={"scrapy": ["settings = crawler.settings"]},
    cmdclass={"build_py": build_py_without_tools},
)
