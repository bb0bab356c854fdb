"""Reading and checking the curriculum's data files (format: ``curriculum/data/README.md``).

Every file is parsed with PyYAML's safe loader keeping each node's line, then checked against
the format. Every error of every file is collected, as ``path:line: message``, before anything
is installed: a reviewer fixes them all in one pass.
"""

from curriculum.validation.nodes import Curriculum, LessonFile
from curriculum.validation.reading import curriculum_read

__all__ = ["Curriculum", "LessonFile", "curriculum_read"]
