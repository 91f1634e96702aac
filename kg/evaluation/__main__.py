"""``python -m kg.evaluation [eval] --gold GOLD --pred PRED`` is the same as ``kg eval``."""

from kg.evaluation.cli import main

raise SystemExit(main())
