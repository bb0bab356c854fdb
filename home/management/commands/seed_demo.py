from django.core.management.base import BaseCommand
from wagtail import hooks

from home.demo import demo_accounts_ensure, demo_site_build


class Command(BaseCommand):
    help = "Build the demo site (pages, settings, accounts). Safe to run again: changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="Password for the demo accounts.")

    def handle(self, *args, password=None, **options):
        home = demo_site_build()
        accounts, shown_password = demo_accounts_ensure(password=password)
        # Each app adds its own demo content, in the order its hook was registered with:
        # the curriculum (lessons and quizzes, from curriculum/data), schools, sessions, periods.
        for build in hooks.get_hooks("register_demo_content"):
            build(home=home)
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
        self.stdout.write("Demo accounts:")
        for account in accounts:
            self.stdout.write(f"  {account.username:<10} {account.role}")
        if shown_password:
            self.stdout.write(f"Password for every demo account: {shown_password}")
        else:
            self.stdout.write("Passwords unchanged (use --password to set them).")
