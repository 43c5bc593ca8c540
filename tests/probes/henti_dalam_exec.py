"""`python -m tests.probes.henti_dalam_exec uji-henti`: naskah's CLI with a command stopped inside string code."""

from naskah.cli import main


@main.command("uji-henti")
def stop_inside_string_code() -> None:
    """Raise KeyboardInterrupt from code run by exec of a string, where Ctrl-C lands during a lazy import."""
    exec("raise KeyboardInterrupt", {})


if __name__ == "__main__":
    main()
