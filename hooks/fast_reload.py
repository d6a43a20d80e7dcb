"""`mkdocs serve` (`python3 dev.py serve`): a saved page is back in the browser in about two seconds.

MkDocs rebuilds the whole trilingual site after every save (its --dirty only skips writing unchanged pages, and
still runs every language, the checks and the search index). Here a save of a page rebuilds its language alone,
and only the pages changed since they were written, in the serving process (imports, the checked data and the
compiled templates stay warm); the browser reloads; then a full build runs in the background into a folder of
its own and replaces the served site file by file (search index, navigation, the glossary's "used in", other
languages), with no second reload. Any other change (data, theme, configuration, assets) gets MkDocs' own full
rebuild. What `mkdocs build` produces is not touched: these are only other ways of running the same build.

Relies on MkDocs 1.6's LiveReloadServer (pinned below 2): its watch callback and build loop.
"""

import logging
import os
import shutil
import string
import subprocess
import sys
import tempfile
import threading
import time

import jinja2
import watchdog.events
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import _SCRIPT_TEMPLATE_STR, LiveReloadServer
from mkdocs.plugins import get_plugin_logger

from curriculum.site.rebuild import languages_to_rebuild, sync_tree

log = get_plugin_logger(__name__)
# A run of saves settles before the background build starts; a save during it stops it.
SETTLE_SECONDS = 1.0


def on_serve(server, config, builder):
    server.__class__ = FastReloadServer
    server.start_fast_reload(config, builder)
    return server


class _DirtyBuildNotice(logging.Filter):
    """MkDocs warns on every dirty build, which a strict build would count as a failure."""

    def filter(self, record):
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def build_language(config_file, site_dir, lang, site_url, warm=None):
    """One language's pages changed since they were last written into ``site_dir``, as the full build writes them;
    not the other languages, not the search index."""
    config = load_config(config_file=config_file, site_dir=site_dir)
    config.site_url = site_url
    i18n = config.plugins.get("i18n")
    if i18n is not None:
        i18n.current_language = lang  # kept by its on_config, which sets the default language only when unset
        i18n.building = True  # one language: no other language's build, no search index (hooks/search_index.py)
    if warm is not None:
        warm.attach(config)
    build(config, serve_url=site_url, dirty=True)


class WarmTheme(jinja2.BytecodeCache):
    """What every build of the theme repeats, kept across builds: its compiled templates (Jinja checks each
    template's source before reusing its code) and the list of its files (Material's are 14,000, icons included)."""

    def __init__(self):
        self._code = {}
        self._files = {}

    def load_bytecode(self, bucket):
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket):
        self._code[bucket.key] = bucket.bytecode_to_string()

    def attach(self, config):
        get_env, key = config.theme.get_env, tuple(config.theme.dirs)

        def warm_env():
            env = get_env()
            env.bytecode_cache = self
            list_templates = env.list_templates

            def listed(extensions=None, filter_func=None):  # MkDocs lists them once a build, for the static files
                if key not in self._files:
                    self._files[key] = list_templates(extensions, filter_func)
                return self._files[key]

            env.list_templates = listed
            return env

        config.theme.get_env = warm_env

    def compile_templates(self, config):
        """Compile the theme's templates ahead of the first save (in the background, while the reader reads)."""
        env = config.theme.get_env()
        env.bytecode_cache = self
        for name in env.list_templates(extensions=["html"]):
            try:
                env.get_template(name)
            except jinja2.TemplateError:
                pass  # a partial that compiles only within its parent


class FastReloadServer(LiveReloadServer):
    def start_fast_reload(self, config, full_builder):
        self._config_file = config.config_file_path
        self._docs_dir = config.docs_dir
        self._serve_url = config.site_url
        self._full_builder = full_builder
        i18n = config.plugins.get("i18n")
        self._languages = list(i18n.build_languages) if i18n is not None else []
        self._changed = set()
        self._site_lock = threading.Lock()
        self._generation = 0
        self._background = None
        self._warm = WarmTheme()
        self.builder = self._build
        threading.Thread(target=self._warm.compile_templates, args=(config,), daemon=True).start()
        logging.getLogger("mkdocs.commands.build").addFilter(_DirtyBuildNotice())
        for path in list(self._watched_paths):  # watched before this hook ran: watch them with the paths now
            count = self._watched_paths.pop(path)
            self.observer.unschedule(self._watch_refs.pop(path))
            self.watch(path)
            self._watched_paths[path] = count

    # --- what changed -------------------------------------------------------------------------------

    def watch(self, path, func=None, *, recursive=True):
        path = os.path.abspath(path)
        if path in self._watched_paths:
            self._watched_paths[path] += 1
            return
        self._watched_paths[path] = 1
        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = self._on_change
        self._watch_refs[path] = self.observer.schedule(handler, path, recursive=recursive)

    def _on_change(self, event):
        if event.is_directory:
            return
        with self._rebuild_cond:
            self._changed.update(path for path in (event.src_path, getattr(event, "dest_path", "")) if path)
            self._want_rebuild = True
            self._rebuild_cond.notify_all()

    # --- building -------------------------------------------------------------------------------------

    def _build(self, config=None):
        with self._rebuild_cond:
            changed, self._changed = self._changed, set()
        self._stop_background()
        languages = languages_to_rebuild(changed, self._docs_dir, self._languages) if changed else None
        if languages is None:
            with self._site_lock:
                self._full_builder(config)
            return
        started = time.monotonic()
        for lang in languages:
            self._build_language(lang)
        log.info(f"Rebuilt {', '.join(languages)} in {time.monotonic() - started:.1f} s; the rest follows in the background")
        self._start_background()

    def _build_language(self, lang):
        with self._site_lock:
            build_language(self._config_file, self.root, lang, self._serve_url, self._warm)

    def _start_background(self):
        self._generation += 1
        threading.Thread(target=self._full_build_in_background, args=(self._generation,), daemon=True).start()

    def _stop_background(self):
        self._generation += 1
        process = self._background
        if process is not None and process.poll() is None:
            process.terminate()

    def _full_build_in_background(self, generation):
        time.sleep(SETTLE_SECONDS)
        if generation != self._generation:
            return
        folder = tempfile.mkdtemp(prefix="mkdocs_full_")
        environment = {**os.environ, "SITE_URL": self._serve_url, "NO_MKDOCS_2_WARNING": "1"}
        try:
            process = self._background = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", self._config_file,
                 "--site-dir", folder], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            _, errors = process.communicate()
            if process.returncode == 0 and generation == self._generation:
                with self._site_lock:
                    if generation == self._generation:
                        sync_tree(folder, self.root)
                        log.info("The full build caught up: search index, navigation and every language")
            elif generation == self._generation:
                log.warning(f"The full build in the background failed:\n{errors.strip()}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    # --- live reload under the site's Content Security Policy ---------------------------------------

    def _inject_js_into_html(self, content, epoch):
        """MkDocs inlines its reload script, which the page's policy refuses: load it as a file of the site."""
        try:
            body_end = content.rindex(b"</body>")
        except ValueError:
            body_end = len(content)
        script = b'<script src="/livereload.js" data-epoch="%d" data-request="%d"></script>' % (epoch, time.monotonic_ns())
        return content[:body_end] + script + content[body_end:]

    def _serve_request(self, environ, start_response):
        if environ["PATH_INFO"] == "/livereload.js":
            script = _RELOAD_SCRIPT.encode()
            start_response("200 OK", [("Content-Type", "application/javascript"), ("Content-Length", str(len(script)))])
            return [script]
        return super()._serve_request(environ, start_response)


_RELOAD_SCRIPT = string.Template(_SCRIPT_TEMPLATE_STR).substitute(
    epoch="Number(document.currentScript.dataset.epoch)", request_id="document.currentScript.dataset.request")
