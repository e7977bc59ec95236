"""Packaging for deployment to scrapyd (`scrapyd-deploy` builds an egg from this)."""

from setuptools import find_packages, setup

setup(
    name="cqn-crawler",
    version="1.0",
    packages=find_packages(include=["crawler", "crawler.*", "pipelines", "pipelines.*"]),
    package_data={"crawler": ["article.schema.json"]},
    entry_points={"scrapy": ["settings = crawler.settings"]},
)
