import sys

from curriculum.cli.commands import main

sys.exit(main())
