"""Developer tooling, outside the product: the page benchmark, the load test and the Chromium helpers
that the load test and the browser tests share. `python -m tools bench|loadtest`. The product (`ntm`)
never imports this package."""
