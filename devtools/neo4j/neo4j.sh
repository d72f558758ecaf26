#!/usr/bin/env bash
# Build (once), start, stop or check the aikg development Neo4j: see README.md beside this file.
#   devtools/neo4j/neo4j.sh start|stop|status|build|env|log
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "${PYTHON:-python3}" "$here/launcher.py" "$@"
