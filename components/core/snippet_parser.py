"""Pasted Python read back into a config, by ``ast`` and ``ast.literal_eval`` only.

Owns what pasted code may say and how it is read. Nothing the user wrote is
executed, imported or evaluated: the text is parsed into a syntax tree, the
widget's call is found in it, and each argument's value is read with
``ast.literal_eval``, which accepts literals and nothing else.

Accepted:

- A whole script or a single call. A call is any ``<something>.<kind>(...)``
  of a registered kind (``kinds``): ``st.button``, ``streamlit.button``,
  ``st.sidebar.button``, a column's or a container's ``.button``, inside
  ``if``, ``with``, ``def`` or anything else.
- Every argument of the widget, positional where its signature allows it or
  by keyword, each a literal in any quote style. Values obey the controls'
  rules (``config.value_errors``: the widget's rules and the playground's
  own-key rule), as presets and links do.

Readings decided here (st.button agrees with each, except where noted):

- The on-click mode is the first of ``modes.reading_order()`` that reads
  the code around the call as its own: ``on_click=<name>`` (or a dotted
  name) is the callback mode whatever surrounds the call, its ``args`` and
  ``kwargs`` literals kept (a list of args is read as a tuple), and
  ``on_click=None`` is no callback; an ``if <call>:`` whose body calls
  ``rerun()`` is the rerun mode, one whose body flips a value with ``not``
  the toggle mode, any other the if_block mode. The call counts as the test
  when it is the whole test, or one operand of an ``and`` (``if uploaded is
  not None and st.button(...):``, nested ``and`` included), or the value of
  a walrus (``if (clicked := st.button(...)):``): then too the body runs
  only on the click's rerun. An ``or`` is plain, as the body may
  run without a click (when the other operand is true), and so are ``if not
  st.button(...)`` (it runs on every rerun but the click's), ``clicked =
  st.button(...)`` and the rest.
- ``use_container_width=True`` / ``False`` is read as ``width="stretch"`` /
  ``"content"``, with a note that it is deprecated; ``None`` is its default.
  Given together with ``width`` it is refused: st.button would silently
  ignore ``width``, and the reader should say which one they mean.
- ``icon_position=None``, ``args=None``, ``kwargs=None`` are the widgets'
  defaults ("left", none, none) and read so.

Refused, with a ``SnippetError`` that gives the line, the column (both from
1) and a sentence: more than ``MAX_SOURCE_BYTES`` of text; a syntax error;
nesting deeper than the parser takes; no call; several calls (the message
lists the first ten and counts the rest, ``SnippetError.calls``
holds them all; ``call_line`` picks one); ``*`` / ``**`` unpacking; a name, call,
f-string or other expression where a literal is needed; an argument the
widget does not take; a value the controls would refuse.
"""

from __future__ import annotations

import ast
import inspect
import re
import warnings
from dataclasses import dataclass
from typing import Any

from components.core.around import FORM, AroundError
from components.core.config import ButtonConfig, value_errors
from components.core.kind import Kind
from components.core.kinds import FORM_SUBMIT_BUTTON, KINDS
from components.core.modes import reading_order
from components.core.pasted import PastedCall
from components.core.text import cut, listed_inline, quoted
from components.core.widgets import Function

MAX_SOURCE_BYTES = 100_000
LITERAL_KINDS = "text in quotes, numbers, True, False, None, tuples, lists and dicts"

# SnippetError kinds: what went wrong, for the UI and the golden files.
ERROR_KINDS = (
    "too_large",
    "syntax",
    "too_deep",
    "no_call",
    "several_calls",
    "unpacking",
    "not_literal",
    "unknown_argument",
    "bad_arguments",
    "invalid_value",
    "context",  # the code around the call: a form missing, or one it can't sit in
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class ButtonCall:
    """One ``.button(...)`` call found in the source, for listing and picking."""

    line: int
    column: int
    written: str
    label: str | None

    def describe(self) -> str:
        """``line 3: st.button('Save')``, or ``line 3: st.button(…)`` without a literal label."""
        label = "…" if self.label is None else quoted(self.label)
        return f"line {self.line}: {self.written}({label})"


class SnippetError(ValueError):
    """Why pasted code can't be read, and where: ``line`` and ``column`` count from 1."""

    def __init__(
        self,
        line: int,
        column: int,
        message: str,
        *,
        kind: str,
        calls: tuple[ButtonCall, ...] = (),
    ) -> None:
        super().__init__(f"Line {line}, column {column}: {message}")
        self.line = line
        self.column = column
        self.message = message
        self.kind = kind
        self.calls = calls


@dataclass(frozen=True)
class SnippetReading:
    """What a paste gave: the config, the call it came from, and notes worth showing."""

    config: ButtonConfig
    call: ButtonCall
    notes: tuple[str, ...] = ()


def parse_snippet(source: str, call_line: int | None = None) -> ButtonConfig:
    """The ButtonConfig that ``source``'s widget call describes.

    ``call_line`` picks the call on that line when there are several.
    Raises ``SnippetError`` (a ValueError) when the code can't be read.
    """
    return read_snippet(source, call_line).config


def read_snippet(source: str, call_line: int | None = None) -> SnippetReading:
    """``parse_snippet`` with the call it read and its notes (deprecations)."""
    tree, lines = _parse(source)
    calls = _widget_calls(tree)
    node = _choose_call(calls, lines, call_line)
    return _Reader(node, lines, tree).reading()


def read_every_call(
    source: str,
) -> tuple[ast.Module, list[tuple[ast.Call, SnippetReading]]]:
    """Every widget call in ``source`` read on its own, in order, beside its
    node (for ``row_reader``); SnippetError for the first that can't be read."""
    tree, lines = _parse(source)
    calls = _widget_calls(tree)
    return tree, [(node, _Reader(node, lines, tree).reading()) for node in calls]


def find_button_calls(source: str) -> list[ButtonCall]:
    """Every widget call in ``source``, in order; SnippetError if unreadable."""
    tree, lines = _parse(source)
    return [_describe_call(node, lines) for node in _widget_calls(tree)]


def _parse(source: str) -> tuple[ast.Module, list[str]]:
    size = len(source.encode("utf-8", errors="surrogatepass"))
    if size > MAX_SOURCE_BYTES:
        raise SnippetError(
            1,
            1,
            f"the text is {size:,} bytes; paste at most {MAX_SOURCE_BYTES:,} "
            "(one script or one st.button call).",
            kind="too_large",
        )
    try:
        with warnings.catch_warnings():
            # "invalid escape sequence" and the like: the user's code, not ours.
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
    except SyntaxError as error:
        line, column = error.lineno or 1, error.offset or 1
        reason = error.msg if error.msg.endswith((".", "?", "!")) else f"{error.msg}."
        raise SnippetError(
            line,
            max(column, 1),
            f"this is not valid Python: {reason} Paste Python code with a "
            f"call of {_kinds_text()}.",
            kind="syntax",
        ) from None
    except (RecursionError, MemoryError):
        raise _too_deep() from None
    except (ValueError, UnicodeError) as error:
        # Null bytes and lone surrogates: text Python's parser refuses outright.
        raise SnippetError(
            1, 1, f"this is not valid Python: {error}.", kind="syntax"
        ) from None
    return tree, _LINE_BREAK.split(source)


def _too_deep() -> SnippetError:
    return SnippetError(
        1,
        1,
        "the code is nested deeper than Python's parser takes. "
        "Paste the widget's call with plainer arguments.",
        kind="too_deep",
    )


def _kinds_text() -> str:
    """The registered widgets as the messages name them: ``st.button``."""
    *others, last = (kind.call_name for kind in KINDS.values())
    return f"{', '.join(others)} or {last}" if others else last


def _accepted_calls() -> str:
    return "st.<widget>(...), streamlit.<widget>(...) or <anything>.<widget>(...)"


def _kind_of(node: ast.Call) -> Kind:
    return KINDS[node.func.attr]


def _widget_calls(tree: ast.Module) -> list[ast.Call]:
    # ast.walk is a loop, not a recursion: any depth the parser took is fine.
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in KINDS
    ]
    return sorted(calls, key=lambda node: (node.lineno, node.col_offset))


def _choose_call(
    calls: list[ast.Call], lines: list[str], call_line: int | None
) -> ast.Call:
    if not calls:
        raise SnippetError(
            1,
            1,
            f"found no call of {_kinds_text()}. Paste a script or a single call "
            f'such as st.button("Click me"); {_accepted_calls()} are read.',
            kind="no_call",
        )
    found = tuple(_describe_call(node, lines) for node in calls)
    if call_line is not None:
        on_line = [node for node in calls if node.lineno == call_line]
        if len(on_line) == 1:
            return on_line[0]
        if len(on_line) > 1:
            raise SnippetError(
                call_line,
                _column(lines, on_line[1]),
                f"line {call_line} holds {len(on_line)} widget calls; "
                "put each on a line of its own to pick one.",
                kind="several_calls",
                calls=found,
            )
        raise SnippetError(
            call_line,
            1,
            f"there is no widget call on line {call_line}. "
            f"The calls: {_listing(found)}.",
            kind="several_calls",
            calls=found,
        )
    if len(calls) > 1:
        raise SnippetError(
            found[0].line,
            found[0].column,
            f"found {len(found):,} widget calls ({_listing(found)}). "
            "Pick the one to read, or paste a single call.",
            kind="several_calls",
            calls=found,
        )
    return calls[0]


def _listing(calls: tuple[ButtonCall, ...]) -> str:
    """The calls described, ten at most (100 KB of calls would make a message of
    160,000 characters); ``SnippetError.calls`` keeps them all, for the picker."""
    return listed_inline([call.describe() for call in calls])


def _describe_call(node: ast.Call, lines: list[str]) -> ButtonCall:
    return ButtonCall(
        line=node.lineno,
        column=_column(lines, node),
        written=_written(node.func),
        label=_literal_label(node),
    )


def _written(func: ast.Attribute) -> str:
    """How the call was written, e.g. ``st.button`` or ``col1.button``, cut short."""
    try:
        text = ast.unparse(func)
    except RecursionError:
        text = ""
    return text if text and cut(text) == text else f"….{func.attr}"


def _literal_label(node: ast.Call) -> str | None:
    given = node.args[0] if node.args else None
    for keyword in node.keywords:
        if keyword.arg == "label":
            given = keyword.value
    if isinstance(given, ast.Constant) and isinstance(given.value, str):
        return given.value
    return None


def _column(lines: list[str], node: ast.AST) -> int:
    """A node's column in characters, from 1 (ast counts UTF-8 bytes from 0)."""
    line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
    prefix = line.encode("utf-8", errors="surrogatepass")[: node.col_offset]
    return len(prefix.decode("utf-8", errors="ignore")) + 1


class _Reader:
    """Reads one call's arguments and the pattern around it into a config."""

    def __init__(self, node: ast.Call, lines: list[str], tree: ast.Module) -> None:
        self.node = node
        self.lines = lines
        self.tree = tree
        self.call = _describe_call(node, lines)
        self.kind = _kind_of(node)
        self.notes: list[str] = []

    def reading(self) -> SnippetReading:
        given = self._bound_arguments()
        values: dict[str, Any] = {}
        places: dict[str, ast.AST] = {}
        callback, word = self._on_click(given.pop(self.kind.trigger, None))
        for name, value_node in given.items():
            for field_name, value in self._fields(name, value_node, given).items():
                values[field_name] = value
                places[field_name] = value_node
        self._left_out_but_needed(values)
        values["kind"] = self.kind.name
        values["mode"] = self._mode(callback, word)
        block, block_node = self._block()
        values |= block
        places |= dict.fromkeys(block, block_node)
        trigger = self.kind.trigger
        for name in ("args", "kwargs"):
            if values.get(name) and not callback:
                raise self._error(
                    places[name],
                    f"`{name}` is given without {trigger}: {self.kind.call_name} "
                    f"passes args and kwargs to an {trigger} callback only. Add "
                    f"{trigger}=<your function>, or remove it.",
                    kind="invalid_value",
                )
        return SnippetReading(
            self._config(values, places), self.call, tuple(self.notes)
        )

    def _left_out_but_needed(self, values: dict[str, Any]) -> None:
        """An argument the call leaves out whose widget default the playground
        refuses (a page link's label, None): read, it would become the value the
        playground starts from, which the code does not say."""
        for name in self.kind.argument_names:
            if name in values or name not in self.kind.defaults:
                continue
            if self.kind.argument(name).check(self.kind.defaults[name]):
                raise self._error(
                    self.node,
                    f"`{name}` is left out, and the playground needs it for "
                    f"{self.kind.call_name}: add {name}=... to the call.",
                    kind="invalid_value",
                )

    def _bound_arguments(self) -> dict[str, ast.expr]:
        """The call's argument nodes by the widget's parameter names."""
        signature, name = self.kind.signature, self.kind.call_name
        for argument in self.node.args:
            if isinstance(argument, ast.Starred):
                raise self._unpacking(argument)
        keywords = {}
        for keyword in self.node.keywords:
            if keyword.arg is None:
                raise self._unpacking(keyword.value)
            if keyword.arg not in signature.parameters:
                raise self._error(
                    keyword,
                    f"{name} takes no argument `{keyword.arg}`. "
                    f"It takes: {', '.join(signature.parameters)}.",
                    kind="unknown_argument",
                )
            keywords[keyword.arg] = keyword.value
        try:
            bound = signature.bind(*self.node.args, **keywords)
        except TypeError as error:
            raise self._error(
                self.node,
                f"{name} can't take these arguments: {error}. Its signature: "
                f"{name}({_signature_start(signature)}).",
                kind="bad_arguments",
            ) from None
        return dict(bound.arguments)

    def _fields(
        self, name: str, node: ast.expr, given: dict[str, ast.expr]
    ) -> dict[str, Any]:
        """The config fields an argument sets: one, none, or (for an argument
        the code defines before the call) the fields of that definition."""
        around = self.kind.named
        if around is not None and name == around.argument:
            try:
                return around.read(node, self.tree)
            except AroundError as error:
                raise self._error(node, str(error), kind="not_literal") from None
        field_name, value = self._argument(name, node, given)
        return {} if field_name is None else {field_name: value}

    def _block(self) -> tuple[dict[str, Any], ast.AST]:
        """The fields of the block the kind's call sits in (a form's ``with``),
        and where it is written; none for a kind without one. A call
        Streamlit refuses inside a form is refused here too, with the fix."""
        block = self.kind.block
        if block is None:
            if self.kind.refused_in_form and (form := self._enclosing(FORM.function)):
                raise self._error(form, _in_form_message(self.kind), kind="context")
            return {}, self.node
        call = self._enclosing(block.function)
        try:
            return block.read(call), call or self.node
        except AroundError as error:
            # No form at all is the code around the call; a form's bad argument, a value.
            kind = "context" if call is None else "invalid_value"
            raise self._error(call or self.node, str(error), kind=kind) from None

    def _enclosing(self, function: str) -> ast.Call | None:
        """The ``st.<function>(...)`` of a ``with`` the call sits in, if any."""
        return next(
            (
                item.context_expr
                for node in ast.walk(self.tree)
                if isinstance(node, ast.With)
                and any(self.node in ast.walk(statement) for statement in node.body)
                for item in node.items
                if isinstance(item.context_expr, ast.Call)
                and getattr(item.context_expr.func, "attr", None) == function
            ),
            None,
        )

    def _argument(
        self, name: str, node: ast.expr, given: dict[str, ast.expr]
    ) -> tuple[str | None, Any]:
        """The config field an argument sets and its value; (None, _) for none."""
        if self.kind.takes(name):
            control = self.kind.argument(name).control
            if isinstance(control, Function):
                return name, self._function(name, node, control)
        value = self._literal(name, node)
        if name == "use_container_width":
            if value is None:
                return None, None
            if "width" in given:
                raise self._error(
                    node,
                    "`use_container_width` and `width` are both given; "
                    f"{self.kind.call_name} "
                    "would ignore width. Keep only width (use_container_width is "
                    "deprecated).",
                    kind="invalid_value",
                )
            if not isinstance(value, bool):
                raise self._error(
                    node,
                    f"`use_container_width` is {quoted(value)}; it must be True, "
                    "False or None.",
                    kind="invalid_value",
                )
            width = "stretch" if value else "content"
            self.notes.append(
                f"`use_container_width` is deprecated in {self.kind.call_name}: "
                f'`use_container_width={value}` was read as its replacement, `width="{width}"`.'
            )
            return "width", width
        if value is None and name in ("icon_position", "args", "kwargs"):
            return None, None
        if name == "args" and isinstance(value, list):
            return name, tuple(value)
        return name, value

    def _function(self, name: str, node: ast.expr, control: Function) -> str:
        """The choice of function the code names, matched by its source, never run."""
        if (source := control.source_of(node)) is not None:
            return source
        raise self._error(
            node,
            f"`{name}` is {_what(node)}; the playground reads one of "
            f"{', '.join(control.choices)}.",
            kind="invalid_value",
        )

    def _literal(self, name: str, node: ast.expr) -> Any:
        try:
            return ast.literal_eval(node)
        except (ValueError, TypeError, SyntaxError, MemoryError):
            raise self._error(
                node,
                f"`{name}` is {_what(node)}, which can't be read without running "
                f"the code. Write a literal: {LITERAL_KINDS}.",
                kind="not_literal",
            ) from None
        except RecursionError:
            raise _too_deep() from None

    def _on_click(self, node: ast.expr | None) -> tuple[bool, str]:
        """Whether on_click names a callback (a name or a dotted name), and what
        a click does without one: a word the widget takes, or its default."""
        words, trigger = self.kind.click_words, self.kind.trigger
        given_none = isinstance(node, ast.Constant) and node.value is None
        if node is None or (given_none and self.kind.trigger_takes_none):
            return False, self.kind.click_default
        if isinstance(node, ast.Constant) and node.value in words:
            return False, node.value
        if _is_dotted_name(node):
            return True, "rerun"
        if given_none:
            raise self._error(
                node,
                f"`{trigger}` is None, which {self.kind.call_name} refuses: it takes "
                f"{', '.join(repr(word) for word in words)} or a function.",
                kind="invalid_value",
            )
        also = "".join(f", {word!r}" for word in words)
        raise self._error(
            node,
            f"`{trigger}` is {_what(node)}; the playground reads a function's "
            f"name there ({trigger}=handle_click){also} or None.",
            kind="not_literal",
        )

    def _mode(self, callback: bool, word: str) -> str:
        """The on-click pattern around the call: see the module docstring."""
        block = next(
            (
                node
                for node in ast.walk(self.tree)
                if isinstance(node, ast.If) and _gated_by(node.test, self.node)
            ),
            None,
        )
        body = None
        if block is not None:
            body = [node for statement in block.body for node in ast.walk(statement)]
        call = PastedCall(callback=callback, gated_body=body, on_click=word)
        return next(
            mode.name
            for mode in reading_order()
            if mode.name in self.kind.mode_names and mode.reads(call)
        )

    def _config(
        self, values: dict[str, Any], places: dict[str, ast.AST]
    ) -> ButtonConfig:
        """The config, checked as the controls check it (own-key rule included)."""
        errors = value_errors(values)
        if errors:
            name, message = next(iter(errors.items()))
            place = places.get(name, self.node)
            if name in ("args", "kwargs") and name not in places:
                place = places.get("args", places.get("kwargs", self.node))
            raise self._error(place, message, kind="invalid_value")
        return ButtonConfig.from_values(values)

    def _unpacking(self, node: ast.expr) -> SnippetError:
        return self._error(
            node,
            "unpacked arguments (*args, **kwargs) can't be read without running "
            'the code. Write each argument out: st.button("Save", key="save").',
            kind="unpacking",
        )

    def _error(self, node: ast.AST, message: str, *, kind: str) -> SnippetError:
        return SnippetError(node.lineno, _column(self.lines, node), message, kind=kind)


def _in_form_message(kind: Kind) -> str:
    """Streamlit's refusal of the classic mistake, and its fix."""
    return (
        f"{kind.call_name} can't be used inside st.form: Streamlit raises an "
        "error, as a form sends its inputs only when its own submit button is "
        f"clicked. Use {FORM_SUBMIT_BUTTON.call_name} inside the form instead."
    )


def _gated_by(test: ast.expr, call: ast.Call) -> bool:
    """Whether ``test`` is true only when ``call`` is: the call, or an ``and``
    holding it; a walrus (``(clicked := st.button(...))``) is its value."""
    # A loop, not a recursion: a chain of nested ``and``s may be deep.
    tests = [test]
    while tests:
        node = tests.pop()
        if node is call:
            return True
        if isinstance(node, ast.NamedExpr):
            tests.append(node.value)
        elif isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
            tests.extend(node.values)
    return False


def _is_dotted_name(node: ast.expr) -> bool:
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


_NODE_KINDS: tuple[tuple[type[ast.AST], str], ...] = (
    (ast.JoinedStr, "an f-string"),
    (ast.Name, "the name `{text}`"),
    (ast.Attribute, "the name `{text}`"),
    (ast.Call, "a call `{text}`"),
    (ast.Lambda, "a lambda"),
    (ast.Subscript, "a subscript `{text}`"),
    (ast.Starred, "an unpacking `{text}`"),
)


def _signature_start(signature: inspect.Signature) -> str:
    """The parameters up to the keyword-only ones, and the first two of those."""
    shown, keyword_only = [], 0
    for parameter in signature.parameters.values():
        if parameter.kind is parameter.KEYWORD_ONLY:
            if keyword_only == 0:
                shown.append("*")
            keyword_only += 1
            if keyword_only > 2:
                return ", ".join([*shown, "…"])
        shown.append(parameter.name)
    return ", ".join(shown)


def _what(node: ast.expr) -> str:
    """What a non-literal node is, in words, quoting its code short."""
    try:
        text = cut(ast.unparse(node))
    except (RecursionError, ValueError):
        # Too deep, or an integer of over 4,300 digits, which Python won't print.
        text = "…"
    for kind, words in _NODE_KINDS:
        if isinstance(node, kind):
            return words.format(text=text)
    return f"the expression `{text}`"
