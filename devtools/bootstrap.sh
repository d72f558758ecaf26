#!/usr/bin/env bash
# Create .venv (once) and install aikg into it, editable. Usage: devtools/bootstrap.sh [test]
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
extras="${1:-}"
venv="$root/.venv"
stamp="$venv/.aikg-installed${extras:+-$extras}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  echo "aikg: creating $venv" >&2
  "$python" -m venv "$venv"
fi
if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
  echo "aikg: installing aikg${extras:+[$extras]} and its dependencies into .venv" >&2
  "$venv/bin/python" -m pip install --quiet --upgrade pip >&2
  "$venv/bin/python" -m pip install --quiet -e "$root${extras:+[$extras]}" >&2
  touch "$stamp"
fi
