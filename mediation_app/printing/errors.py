"""Printing errors: a bad form file (named with its line) or a context that lacks what the form shows."""

from __future__ import annotations

from mediation_app.domain.errors import DomainError


class FormFileError(DomainError):
    """``form.file``: the file, the line and the problem, for the office that edited the form."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        super().__init__("form.file", path=path, line=line, problem=problem)

    def __str__(self) -> str:
        where = f"{self.params['path']}, line {self.params['line']}" if self.params["line"] else self.params["path"]
        return f"{where}: {self.params['problem']}"


class FormDataError(DomainError):
    """The case's data does not fit the form. Codes and their params:

    ``form.missing_field`` (field): the case lacks data the form needs;
    ``form.bad_text`` (field, char): a control character cannot print;
    ``form.missing_glyph`` (field, char, codepoint): the fonts lack a character;
    ``form.bad_choice`` (field, value): a tick-box value the form does not list.
    """
