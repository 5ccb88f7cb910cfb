"""`python main.py ...` is the same as the `kg` command."""

from kg.cli import app

if __name__ == "__main__":
    app()
