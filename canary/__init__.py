"""The canary controller: rollouts that promote or roll back on error, latency, cost and
quality signals. Not built yet; ``canary`` on the command line says so."""
