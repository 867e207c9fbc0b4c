import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the modules load
    sys.stderr.write("newslint: interrupted\n")
    sys.exit(130)

main()
