// A persistent V8 code cache for pyvm's own CommonJS modules (dist/), to cut start-up time.
//
// Why: a cold `pyvm run hello.py` spends most of its CPU time compiling ~100 JavaScript
// modules (V8's parser and Ignition bytecode generator), not running Python. Node 20 has no
// built-in compile cache for CommonJS (module.enableCompileCache() arrived in Node 22), so
// this installs one: Module.prototype._compile is wrapped for files under dist/ so that they
// are compiled with vm.Script and V8's `cachedData`. The caches of all modules live in one
// file (one read at start-up), written atomically (temp file + rename) by a run that found
// it missing or stale, at process exit, so that it also holds the functions that were
// compiled lazily during the run (createCachedData() after execution).
//
// Invariants: behaviour never depends on the cache. An entry is used only if the module's
// size and mtime match what was recorded; V8 itself rejects data made by another V8 version
// or with other flags (then the module is compiled normally and the cache is rewritten).
// Any error while reading or writing the cache is ignored. PYVM_NO_CODE_CACHE=1 disables it;
// PYVM_CODE_CACHE_DIR moves it; PYVM_CODE_CACHE_DEBUG=1 prints hits to stderr at exit.
// Only files under dist/ that contain no dynamic import() are handled (vm.Script would need
// an importModuleDynamically callback for those); everything else uses Node's own path.
//
// The same file keeps the resolutions of the relative require()s made by dist/ modules
// (directory + request -> file): Node's resolver spends ~3 file-system calls and much path
// arithmetic on each of the ~100 modules of a run (stat of the bare name, of name.js, the
// realpath of every directory). A recorded resolution is used while its file exists (one stat,
// which the cache entry's check needs anyway); otherwise Node resolves it again. tsc's output
// only ever names `./x` for x.js, so a recorded answer cannot be shadowed by a better one.

import fs = require('fs');
import os = require('os');
import path = require('path');
import vm = require('vm');
import Module = require('module');

/** The parts of Node's CommonJS Module object that this file uses (not in @types/node). */
interface InternalModule {
  filename: string;
  paths: string[];
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}
interface InternalModuleStatics {
  prototype: InternalModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: InternalModule, isMain: boolean, options?: unknown): string;
  _extensions: unknown;
  _cache: unknown;
}

interface Entry {
  size: number;
  mtimeMs: number;
  data: Buffer;
}

interface IndexEntry {
  size: number;
  mtimeMs: number;
  offset: number;
  length: number;
}

/** The cache file's index: the modules' code caches, and the resolutions ("dir\0request" -> file, relative to dist/). */
interface Index {
  files: Record<string, IndexEntry>;
  resolved: Record<string, string>;
}

interface Cache {
  entries: Map<string, Entry>;
  resolved: Map<string, string>;
}

const FORMAT = 'pyvm-code-cache-2';

/** FNV-1a of a string, as 8 hex digits (names the cache file; loading 'crypto' costs ~5 ms). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Where the cache for this dist/ directory and this Node build lives. */
function cacheFile(distDir: string): string {
  const key = fnv1a(`${FORMAT}\0${distDir}\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}`);
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  const dir = process.env.PYVM_CODE_CACHE_DIR ?? path.join(os.tmpdir(), `pyvm-code-cache-${uid}`);
  return path.join(dir, `${key}.bin`);
}

/** Reads the cache file: 4-byte little-endian index length, JSON index, then the data. */
function readCache(file: string): Cache {
  const out: Cache = { entries: new Map(), resolved: new Map() };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return out;
  }
  try {
    const n = buf.readUInt32LE(0);
    const index = JSON.parse(buf.toString('utf8', 4, 4 + n)) as Index;
    const base = 4 + n;
    for (const [name, e] of Object.entries(index.files)) {
      if (base + e.offset + e.length > buf.length) continue;
      out.entries.set(name, { size: e.size, mtimeMs: e.mtimeMs, data: buf.subarray(base + e.offset, base + e.offset + e.length) });
    }
    for (const [key, name] of Object.entries(index.resolved)) {
      if (typeof name === 'string') out.resolved.set(key, name);
    }
  } catch {
    out.entries.clear();
    out.resolved.clear();
  }
  return out;
}

function writeCache(file: string, cache: Cache): void {
  const index: Index = { files: {}, resolved: Object.fromEntries(cache.resolved) };
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [name, e] of cache.entries) {
    index.files[name] = { size: e.size, mtimeMs: e.mtimeMs, offset, length: e.data.length };
    parts.push(e.data);
    offset += e.data.length;
  }
  const json = Buffer.from(JSON.stringify(index), 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32LE(json.length, 0);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.concat([head, json, ...parts]));
  fs.renameSync(tmp, file);
}

/** Installs the cache for modules under distDir (an absolute path). Idempotent enough: call once. */
export function installCodeCache(distDir: string): void {
  if (process.env.PYVM_NO_CODE_CACHE === '1') return;
  const M = Module as unknown as InternalModuleStatics;
  const file = cacheFile(distDir);
  const cache = readCache(file);
  const entries = cache.entries;
  const prefix = distDir + path.sep;
  // Scripts compiled in this run, to refresh their data at exit if the cache is stale.
  const compiled = new Map<string, { script: vm.Script; size: number; mtimeMs: number }>();
  let stale = false;
  let hits = 0;
  let resolveHits = 0;
  const originalCompile = M.prototype._compile;
  // The stat of a file just resolved from the record, for its compile's cache check below.
  const statted = new Map<string, fs.Stats>();

  const originalResolve = M._resolveFilename;
  M._resolveFilename = function (request: string, parent: InternalModule, isMain: boolean, options?: unknown): string {
    const parentFile = parent?.filename;
    if (options !== undefined || request.charCodeAt(0) !== 46 /* . */ || typeof parentFile !== 'string' || !parentFile.startsWith(prefix)) {
      return originalResolve.call(this, request, parent, isMain, options);
    }
    const key = `${path.dirname(parentFile).slice(prefix.length)}\0${request}`;
    const known = cache.resolved.get(key);
    if (known !== undefined) {
      const st = fs.statSync(prefix + known, { throwIfNoEntry: false });
      if (st !== undefined && st.isFile()) {
        statted.set(prefix + known, st);
        resolveHits++;
        return prefix + known;
      }
    }
    const found = originalResolve.call(this, request, parent, isMain, options);
    if (found.startsWith(prefix)) {
      cache.resolved.set(key, found.slice(prefix.length));
      stale = true;
    }
    return found;
  };

  M.prototype._compile = function (this: InternalModule, content: string, filename: string): unknown {
    if (!filename.startsWith(prefix) || content.includes('import(')) {
      return originalCompile.call(this, content, filename);
    }
    const name = filename.slice(prefix.length);
    let st = statted.get(filename);
    if (st === undefined) {
      try {
        st = fs.statSync(filename);
      } catch {
        return originalCompile.call(this, content, filename);
      }
    }
    const old = entries.get(name);
    const usable = old !== undefined && old.size === st.size && old.mtimeMs === st.mtimeMs;
    const script = new vm.Script(M.wrap(content), {
      filename,
      cachedData: usable ? old.data : undefined,
    });
    if (!usable || script.cachedDataRejected === true) stale = true;
    else hits++;
    compiled.set(name, { script, size: st.size, mtimeMs: st.mtimeMs });
    const fn = script.runInThisContext({ displayErrors: true }) as (
      exports: unknown,
      require: unknown,
      module: unknown,
      filename: string,
      dirname: string,
    ) => unknown;
    // The require function Node would give the module (makeRequireFunction's public parts).
    const mod = this;
    const req = function require(id: string): unknown {
      return mod.require(id);
    } as NodeJS.Require;
    const resolve = ((request: string, options?: unknown) => M._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
    resolve.paths = () => mod.paths;
    req.resolve = resolve;
    req.main = require.main;
    req.extensions = M._extensions as NodeJS.RequireExtensions;
    req.cache = M._cache as NodeJS.Dict<NodeModule>;
    const exportsObj = (this as unknown as { exports: unknown }).exports;
    return fn.call(exportsObj, exportsObj, req, this, filename, path.dirname(filename));
  };

  // Node's loader looks up the package scope (package.json "type") of every .js file it
  // loads; dist/ belongs to pyvm's own CommonJS package, so its files skip that lookup.
  const extensions = M._extensions as Record<string, (module: InternalModule, filename: string) => void>;
  const originalJs = extensions['.js'];
  extensions['.js'] = function (module: InternalModule, filename: string): void {
    if (!filename.startsWith(prefix)) {
      originalJs.call(this, module, filename);
      return;
    }
    module._compile(fs.readFileSync(filename, 'utf8'), filename);
  };

  process.once('exit', () => {
    if (process.env.PYVM_CODE_CACHE_DEBUG === '1') {
      process.stderr.write(
        `pyvm code cache: ${hits} of ${compiled.size} modules, ${resolveHits} resolutions from ${file}${stale ? ' (rewriting)' : ''}\n`,
      );
    }
    if (!stale) return;
    try {
      // Keep entries of modules this run did not load (other commands) while they are
      // still current, refresh the rest.
      for (const [name, e] of entries) {
        if (compiled.has(name)) continue;
        let ok = false;
        try {
          const st = fs.statSync(prefix + name);
          ok = st.size === e.size && st.mtimeMs === e.mtimeMs;
        } catch {
          ok = false;
        }
        if (!ok) entries.delete(name);
      }
      for (const [name, c] of compiled) {
        entries.set(name, { size: c.size, mtimeMs: c.mtimeMs, data: c.script.createCachedData() });
      }
      writeCache(file, cache);
    } catch {
      // A read-only or full disk only costs speed.
    }
  });
}
