"""Development tools, run from a checkout and never shipped: the benchmark, the evaluation of
extraction, and the loader of the labelled pages they read."""
