from postcheck.cli.app import main
import sys
sys.exit(main())
