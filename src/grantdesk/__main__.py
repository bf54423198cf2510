import sys

from grantdesk.cli import main

sys.exit(main())
