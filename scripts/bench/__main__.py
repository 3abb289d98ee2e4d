import sys

from scripts.bench.run import entry

sys.exit(entry())
