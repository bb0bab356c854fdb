from wagtail import hooks

from curriculum.services import curriculum_install


@hooks.register("register_demo_content", order=10)
def install_demo_curriculum(*, home):
    """``seed_demo``: the starter curriculum from the data files, as ``load_curriculum``
    installs it (lessons, their quizzes, age bands and topics)."""
    curriculum_install(home=home)
