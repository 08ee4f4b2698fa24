"""``python -m mt_audit`` runs the command line."""

from mt_audit.cli import main

raise SystemExit(main())
