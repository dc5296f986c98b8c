"""Print the README's set-up command marked ``<!-- readme-command: NAME -->`` (install or test).

.ci/run runs exactly these lines, so the README's two commands stay true.
"""

import re
import sys
from pathlib import Path

name = sys.argv[1]
text = Path(__file__).resolve().parent.parent.joinpath("README.md").read_text(encoding="utf-8")
match = re.search(rf"<!-- readme-command: {re.escape(name)} -->\s*```\w*\n(.*?)```", text, re.S)
if match is None:
    sys.exit(f"README.md has no command marked 'readme-command: {name}'")
print(match.group(1).strip())
