from django.core.management.base import BaseCommand

from home.demo import demo_accounts_ensure, demo_site_build
from lessons.demo import demo_lessons_build
from quizzes.demo import demo_quizzes_build
from schools.demo import demo_schools_build


class Command(BaseCommand):
    help = "Build the demo site (pages, settings, accounts). Safe to run again: changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="Password for the demo accounts.")

    def handle(self, *args, password=None, **options):
        home = demo_site_build()
        demo_lessons_build(home=home)
        demo_quizzes_build()
        accounts, shown_password = demo_accounts_ensure(password=password)
        demo_schools_build()
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
        self.stdout.write("Demo accounts:")
        for account in accounts:
            self.stdout.write(f"  {account.username:<10} {account.role}")
        if shown_password:
            self.stdout.write(f"Password for every demo account: {shown_password}")
        else:
            self.stdout.write("Passwords unchanged (use --password to set them).")
