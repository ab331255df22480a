"""Errors a user can do something about, as opposed to bugs.

Anything raised as a ``UserFacingError`` is shown as its message alone (command line) or in a calm
dialog (GUI); everything else is a bug and goes to the log with its traceback.
"""


class UserFacingError(Exception):
    """A problem in the user's files, folders or input; the message says what and what to do."""
