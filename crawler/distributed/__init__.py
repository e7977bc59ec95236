"""Distributed crawling over Redis: `crawl` shares one frontier between workers, `heartbeats` tells
who is alive, `worker` names this process among them."""
