from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from curriculum.selectors import README_END, README_START, curriculum_table, readme_with_table
from curriculum.services import DATA_ROOT
from curriculum.validation import curriculum_read


class Command(BaseCommand):
    help = (
        "Print the markdown list of the curriculum's lessons by level and by competence "
        "component; with --readme, write it into that file between its markers."
    )

    def add_arguments(self, parser):
        parser.add_argument("--root", type=Path, default=DATA_ROOT)
        parser.add_argument("--readme", type=Path, help="Rewrite the table in this file.")

    def handle(self, *args, root: Path, readme: Path | None, **options):
        curriculum = curriculum_read(root=root)
        if curriculum.errors:
            for error in curriculum.errors:
                self.stderr.write(error)
            raise CommandError(f"{len(curriculum.errors)} error(s) in the curriculum files.")
        table = curriculum_table(curriculum=curriculum)
        if readme is None:
            self.stdout.write(table, ending="")
            return
        text = readme.read_text(encoding="utf-8")
        if README_START not in text or README_END not in text:
            raise CommandError(f"{readme} has no '{README_START}' … '{README_END}' markers.")
        readme.write_text(readme_with_table(readme=text, table=table), encoding="utf-8")
        self.stdout.write(f"Wrote the curriculum table into {readme}.")
