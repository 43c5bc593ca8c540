"""Allow `python -m naskah`."""

from naskah.cli import main

if __name__ == "__main__":
    main()
