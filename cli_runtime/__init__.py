"""The command lines of the generated clients (hand-written): `cyberhaven`, `sevco`, and any other API's.

Each generated package's `cli.py` declares its commands from the spec (`spec.py`: one `Command` per operation)
and calls `app.run()`; everything a command does is here: reading options into the resource method's arguments
(`arguments.py`), calling it and walking pages (`operation.py`), writing records (`output.py`), progress
(`progress.py`), the connection options read from `connect()` (`connection.py`), one error line and one exit
status per class of failure (`session.py`, `exit_codes.py`), and the hand-written commands added to every
command line (`handwritten.py`: `token`). Nothing here names a vendor.
"""
