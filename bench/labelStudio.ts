/// <reference lib="dom" />
/**
 * The peer beside the desk in the browser bench (issue 24): Label Studio's labeling editor
 * (`@heartexlabs/label-studio`, the editor Label Studio's web app embeds), opened on the same
 * articles as tasks in the same Chromium. Its page is our own: the editor's built script
 * and styles, one Text view with Labels (what an editor marks facts with), and a function
 * that opens a task the way the app does when an annotator moves to the next one — the old
 * editor is destroyed and a new one is made for the task.
 *
 * The package is not a dependency of Winnow: the bench fetches its tarball from the npm
 * registry once (`npm pack`), checks it against the registry's integrity hash, and keeps it
 * under node_modules/.cache. Version 1.4.0 is the newest whose tarball holds the build (1.8.0
 * was published without its `build/` folder).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const VERSION = '1.4.0';
const INTEGRITY =
  'sha512-NczF2gDF/Whq7+xI3tYZLrAk8Pq6hacXhYEDmWfHAQIZ0eiieyrMxxHz4KIU7wnagComaGv+QJ2Zc6SBcBmuCg==';
const cache = join(import.meta.dirname, '..', 'node_modules', '.cache', `label-studio-${VERSION}`);
const build = join(cache, 'package', 'build', 'static');

/** The editor's build folder, fetched and checked on first use; null with the reason if not. */
export function labelStudioBuild(): { folder: string } | { missing: string } {
  if (existsSync(join(build, 'js', 'main.js'))) return { folder: build };
  mkdirSync(cache, { recursive: true });
  const pack = spawnSync(
    'npm',
    ['pack', `@heartexlabs/label-studio@${VERSION}`, '--pack-destination', cache, '--silent'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const name = pack.stdout.trim().split('\n').pop() ?? '';
  const tarball = join(cache, name);
  if (pack.status !== 0 || !name || !existsSync(tarball))
    return { missing: `npm pack @heartexlabs/label-studio@${VERSION} failed: ${pack.stderr}` };
  const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (digest !== INTEGRITY) return { missing: `${tarball} does not match the registry's hash` };
  const untar = spawnSync('tar', ['xzf', tarball, '-C', cache], { encoding: 'utf8' });
  if (untar.status !== 0) return { missing: `could not unpack ${tarball}: ${untar.stderr}` };
  return { folder: build };
}

/** A Text view with the labels an editor would mark facts with. */
const CONFIG = `<View>
  <Labels name="fact" toName="text">
    <Label value="Organization"/><Label value="Person"/><Label value="Place"/>
    <Label value="Date"/><Label value="Quantity"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>`;

const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/static/css/main.css"><script src="/static/js/main.js"></script>
</head><body><div id="label-studio"></div><script>
let editor = null;
let next = 1;
window.openTask = (text) => {
  if (editor) editor.destroy();
  editor = new LabelStudio('label-studio', {
    config: ${JSON.stringify(CONFIG)},
    interfaces: ['panel', 'controls', 'side-column', 'annotations:menu', 'annotations:current',
      'infobar', 'topbar', 'instruction', 'edit-history'],
    user: { id: 1, first_name: 'Lin', last_name: '', username: 'lin' },
    task: { id: next++, annotations: [], predictions: [], data: { text } },
    onLabelStudioLoad: (ls) => {
      const annotation = ls.annotationStore.addAnnotation({ userGenerate: true });
      ls.annotationStore.selectAnnotation(annotation.id);
    },
  });
};
</script></body></html>`;

/** Serves the editor's page and its build on loopback. */
export async function serveLabelStudio(folder: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file =
      path === '/static/js/main.js'
        ? join(folder, 'js', 'main.js')
        : path === '/static/css/main.css'
          ? join(folder, 'css', 'main.css')
          : null;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    } else if (file) {
      const type = file.endsWith('.js') ? 'text/javascript' : 'text/css';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' });
      response.end(readFileSync(file));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

/**
 * Opens `text` as the next task, until it is shown: the editor's main view holds the task's
 * last characters, then one animation frame and a task after it (the same "shown"
 * as the desk's figure). Returns milliseconds.
 */
export async function openInLabelStudio(page: Page, text: string): Promise<number> {
  return page.evaluate(async (task) => {
    // Compared without whitespace: the editor draws line breaks as elements.
    const tail = task.slice(-400).replace(/\s+/g, '').slice(-24);
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const shown = () => requestAnimationFrame(() => setTimeout(resolve, 0));
      const check = () => {
        // The editor's main view: the label bar, the task's text, then a "Task #n" line.
        const element = document.querySelector('.lsf-main-view');
        const end = (element?.textContent ?? '').slice(-600).replace(/\s+/g, '');
        return end.includes(tail);
      };
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        shown();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      (window as unknown as { openTask: (t: string) => void }).openTask(task);
      if (check()) {
        observer.disconnect();
        shown();
      }
    });
    return performance.now() - started;
  }, text);
}
