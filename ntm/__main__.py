from ntm.cli.main import main

raise SystemExit(main())
