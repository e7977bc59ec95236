"""What a crawl tells its operator: `summary` counts and says what it did, `health` measures its
output, `monitors` raise the alerts that fail a run."""
