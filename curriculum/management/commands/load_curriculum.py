from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from curriculum.services import DATA_ROOT, CurriculumInvalid, curriculum_install
from curriculum.validation import curriculum_read


class Command(BaseCommand):
    help = (
        "Validate the curriculum's data files and install them: creates missing lessons and "
        "quizzes, updates those it installed that nobody has edited since, skips (and lists) "
        "pages an editor changed. Safe to run again: unchanged files change nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--root",
            type=Path,
            default=DATA_ROOT,
            help="The data folder (taxonomy.yaml, lessons/).",
        )
        parser.add_argument(
            "--check", action="store_true", help="Only validate the files; install nothing."
        )

    def handle(self, *args, root: Path, check: bool, **options):
        curriculum = curriculum_read(root=root)
        if curriculum.errors:
            for error in curriculum.errors:
                self.stderr.write(error)
            raise CommandError(
                f"{len(curriculum.errors)} error(s) in the curriculum files; nothing installed."
            )
        if check:
            self.stdout.write(
                self.style.SUCCESS(f"{len(curriculum.lessons)} lesson files are valid.")
            )
            return
        try:
            report = curriculum_install(root=root, curriculum=curriculum)
        except CurriculumInvalid as error:
            for message in error.errors:
                self.stderr.write(message)
            raise CommandError(f"{len(error.errors)} error(s); nothing installed.") from error
        if report.index_created:
            self.stdout.write("Created the lesson index page.")
        if report.age_bands_created or report.topics_created:
            self.stdout.write(
                f"Taxonomy: {report.age_bands_created} age band(s), "
                f"{report.topics_created} topic(s) created."
            )
        self.stdout.write(
            f"Lessons: {len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped (edited)."
        )
        for slug, reason in report.skipped:
            self.stdout.write(self.style.WARNING(f"  skipped {slug}: {reason}"))
