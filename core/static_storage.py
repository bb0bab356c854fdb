"""Static files as WhiteNoise stores them (compressed, names with a content hash), with each
file's URL worked out once per process: the manifest does not change while a server runs,
and every page asks for the same few URLs (the stylesheet, the logo, the scripts)."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls: dict[str, str] = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force=True)
        try:
            return self._urls[name]
        except KeyError:
            url = self._urls[name] = super().url(name)
            return url
