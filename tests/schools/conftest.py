from tests.world import superuser, tree, world  # noqa: F401 - the shared world
