from peoplegraph.cli import main

main()
