"""The async evaluators: sampled traffic scored off the request path. Not built yet;
``evaluators`` on the command line says so."""
