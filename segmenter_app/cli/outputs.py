"""The commands that write an output — ``classify``, ``export``, ``team`` and whatever
``core/output_registry.py`` registers with a command — each built from its entry:

    segmenter COMMAND INPUT -o OUT      (an output that is one file; OUT's suffix its kind)
    segmenter COMMAND INPUT --out-dir DIR   (an output that fills a folder)
    segmenter COMMAND A B C -o OUT      (an output that reads lists as periods)

then the output's own options, ``--force``, and the options of reading INPUT and of
the visit plan (``common.py``).  A project's periods (or the lists read as periods) go
to the output with the document.  Every failure is one line on stderr with an exit
status of those ``segmenter_app.cli`` lists; nothing is left half written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from segmenter_app.cli import common
from segmenter_app.cli.common import UsageError
from segmenter_app.cli.names import EXIT_OK, EXIT_WRITE
from segmenter_app.cli.words import translate
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP


class OutputCommand:
    """A command of the dispatch table (``add_parser``, ``run``) for one output."""

    def __init__(self, entry) -> None:
        self.entry = entry
        self.name: str = entry.command

    def add_parser(self, commands) -> None:
        from segmenter_app.core.output_registry import ALSO_FILE, CHOICE, EXCLUDE, FILE, INCLUDE, MANAGERS

        entry = self.entry
        parser = commands.add_parser(self.name, help=entry.help, description=entry.description)
        common.input_argument(parser, several=entry.several_inputs)
        if entry.target == FILE:
            parser.add_argument(
                "-o",
                "--output",
                type=Path,
                required=True,
                metavar=QT_TRANSLATE_NOOP("cli", "OUT"),
                help=translate("cli", "the file to write; its ending says what it is: {suffixes}").format(
                    suffixes=", ".join(entry.suffixes)
                ),
            )
        else:
            parser.add_argument(
                "--out-dir",
                type=Path,
                required=True,
                metavar=QT_TRANSLATE_NOOP("cli", "DIR"),
                help=QT_TRANSLATE_NOOP("cli", "the folder to write into (made when it is missing)"),
            )
        for option in entry.options:
            if option.kind == CHOICE:
                values = tuple(value for value, _label in option.choices)
                parser.add_argument(
                    option.flag, dest=option.key, choices=values, default=option.default, help=option.help
                )
            elif option.kind in (INCLUDE, EXCLUDE):
                action = "store_true" if option.kind == INCLUDE else "store_false"
                parser.add_argument(option.flag, dest=option.key, action=action, help=option.help)
            elif option.kind == MANAGERS:
                parser.add_argument(
                    option.flag, dest=option.key, action="append", metavar=option.metavar, help=option.help
                )
            elif option.kind == ALSO_FILE:
                parser.add_argument(
                    option.flag, dest=option.key, type=Path, metavar=option.metavar, help=option.help
                )
            else:
                raise ValueError(f"{entry.key}: option {option.key!r} of unknown kind {option.kind!r}")
        force = (
            QT_TRANSLATE_NOOP("cli", "replace OUT if it exists")
            if entry.target == FILE
            else QT_TRANSLATE_NOOP("cli", "replace files that exist")
        )
        parser.add_argument("--force", action="store_true", help=force)
        common.add_input_options(parser)
        common.add_plan_options(parser)

    def run(self, args: argparse.Namespace) -> int:
        from segmenter_app.core.errors import ExportError, ProjectError, WriteError
        from segmenter_app.core.output_registry import FILE

        common.trace("arguments read")
        entry = self.entry
        language = common.language_of(args)
        target: Path = args.output if entry.target == FILE else args.out_dir
        refused = self._refuse_before_reading(target, args)
        if refused is not None:
            return refused
        loaded = common.load_input(args, language)
        if isinstance(loaded, int):
            return loaded
        document = loaded.document
        try:
            written = entry.write(
                document,
                target,
                language=language,
                options={option.key: getattr(args, option.key) for option in entry.options},
                force=args.force,
                source=loaded.source,
                periods=loaded.periods,
                history=loaded.history,
                sources=loaded.inputs,
            )
            common.trace("output written")
        except ExportError as error:
            return self._refused(error, target)
        except WriteError as error:
            return common.fail(
                translate("cli", "cannot write {path}: {reason}").format(
                    path=error.path, reason=error.reason
                ),
                EXIT_WRITE,
            )
        except ProjectError as error:
            from segmenter_app.core.text.texts import project_error_message

            return common.fail(
                translate("cli", "cannot write {path}: {reason}").format(
                    path=error.path, reason=project_error_message(error, language)
                ),
                EXIT_WRITE,
            )
        if not args.quiet:
            common.say(
                [*(common.list_summary(document, language) if entry.tells_list else []), *written.lines]
            )
        return EXIT_OK

    def _refuse_before_reading(self, target: Path, args: argparse.Namespace) -> int | None:
        """What can be refused before INPUT is read (it may take seconds)."""
        from segmenter_app.core.errors import ExportError
        from segmenter_app.core.output_registry import ALSO_FILE, FILE

        inputs = common.inputs_of(args)
        if self.entry.target != FILE:
            if target.exists() and not target.is_dir():
                raise UsageError(
                    translate("cli", "{path}: is a file; name a folder with --out-dir").format(path=target)
                )
            return None
        from segmenter_app.core.fileio import check_output_file

        files = [target]
        for option in self.entry.options:
            also = getattr(args, option.key) if option.kind == ALSO_FILE else None
            if also is not None:
                if Path(also) == target:
                    raise UsageError(
                        translate("cli", "{option} {path}: the same file as -o").format(
                            option=option.flag, path=also
                        )
                    )
                files.append(Path(also))
        for path in files:
            if self.entry.kind_of(path) is None:
                raise UsageError(
                    translate("cli", "{path}: the output must end in {suffixes}").format(
                        path=path, suffixes=", ".join(self.entry.suffixes)
                    )
                )
            if path.is_dir():
                raise UsageError(
                    translate("cli", "{path}: is a folder; name an output file").format(path=path)
                )
            try:
                check_output_file(path, args.force, inputs)
            except ExportError as error:
                return self._refused(error, path)
        return None

    def _refused(self, error, target: Path) -> int:
        """An ExportError as the command line says it (a usage error raises)."""
        from segmenter_app.core.output_registry import FILE

        params = error.params
        one_file = self.entry.target == FILE
        if error.code == "is_input":
            if one_file:
                raise UsageError(
                    translate(
                        "cli", "{path}: the output would overwrite an input (the list or project read)"
                    ).format(path=params["path"])
                )
            raise UsageError(
                translate(
                    "cli",
                    "{path}: the export would overwrite an input (the list or project read); "
                    "choose another --out-dir",
                ).format(path=params["path"])
            )
        if error.code == "unknown_manager":
            raise UsageError(
                translate("cli", "{option} {name!r}: no such account manager (they are: {managers})").format(
                    option=self.entry.option(params["option"]).flag,
                    name=params["name"],
                    managers=", ".join(params["managers"]),
                )
            )
        if error.code == "exists" and one_file:
            return common.fail(
                translate("cli", "{path} already exists; use --force to replace it").format(path=target),
                EXIT_WRITE,
            )
        if error.code == "exists":
            return common.fail(
                translate(
                    "cli",
                    "{path} already exists (files to write that exist: {count}); use --force to replace them",
                ).format(path=params["paths"][0], count=params["count"]),
                EXIT_WRITE,
            )
        return common.fail(
            translate("cli", "cannot write to {path}: {reason}").format(
                path=target, reason=params.get("reason", error.code)
            ),
            EXIT_WRITE,
        )


def output_commands() -> list[OutputCommand]:
    """One command per output the registry gives a command, in its order."""
    from segmenter_app.core.output_registry import commands

    return [OutputCommand(entry) for entry in commands()]
