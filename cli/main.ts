// The pyvm command line: a table of subcommands, each in cli/commands/<name>.ts.
//
// Each command module exports `main(args: string[]): number | Promise<number>`, returning
// the process exit status. Commands are loaded lazily so that `pyvm run` pays only for
// what it uses (start-up time is measured: see docs/performance.md).
//
// A user's mistake (bad Python, a missing file) is reported by the command itself in
// CPython's words. Anything that escapes a command is a bug in pyvm: it is reported in
// one line (the JavaScript stack only with PYVM_DEBUG=1) with exit status 70.

export interface CommandModule {
  main(args: string[]): number | Promise<number>;
}

interface CommandEntry {
  summary: string;
  usage: string;
  load(): CommandModule;
}

/* eslint-disable @typescript-eslint/no-var-requires */
const COMMANDS: Record<string, CommandEntry> = {
  run: {
    summary: 'run a program',
    usage: 'pyvm run [--vm stack|reg] [--stages] [--passes P1,P2] FILE.py|FILE.pyc|-c CMD [ARGS...]',
    load: () => require('./commands/run') as CommandModule,
  },
  ast: {
    summary: "print the AST as CPython's ast.dump",
    usage: 'pyvm ast [--positions] FILE.py',
    load: () => require('./commands/ast') as CommandModule,
  },
  dis: {
    summary: 'disassemble (stack: as python3 -m dis)',
    usage: 'pyvm dis [--vm stack|reg] [--side-by-side] FILE.py|FILE.pyc',
    load: () => require('./commands/dis') as CommandModule,
  },
  trace: {
    summary: 'print each executed instruction with the stack or registers',
    usage: 'pyvm trace [--vm stack|reg] FILE.py',
    load: () => require('./commands/trace') as CommandModule,
  },
  stats: {
    summary: 'counters of one run',
    usage: 'pyvm stats [--vm stack|reg|both] [--json] [--show-output] FILE',
    load: () => require('./commands/stats') as CommandModule,
  },
  bench: {
    summary: 'run the benchmark suite and write results JSON',
    usage: 'pyvm bench [--quick] [--filter RE] [--vm stack|reg|both] [--out FILE]',
    load: () => require('./commands/bench') as CommandModule,
  },
  report: {
    summary: 'turn benchmark results into reports/ (Markdown and PNG charts)',
    usage: 'pyvm report [--in FILE] [--out DIR]',
    load: () => require('./commands/report') as CommandModule,
  },
};

function usage(): string {
  const lines = ['usage: pyvm <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) {
    lines.push(`  ${name.padEnd(7)} ${c.summary}`);
    lines.push(`          ${c.usage}`);
  }
  return lines.join('\n') + '\n';
}

function isMissingModule(e: unknown, name: string): boolean {
  return (
    e instanceof Error &&
    (e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' &&
    e.message.includes(`commands/${name}`)
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const pkg = require('../../package.json') as { version: string };
    process.stdout.write(`pyvm ${pkg.version} (Python 3.11 bytecode)\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (entry === undefined) {
    process.stderr.write(`pyvm: unknown command '${name}'\n\n` + usage());
    return 2;
  }
  let mod: CommandModule;
  try {
    mod = entry.load();
  } catch (e) {
    if (isMissingModule(e, name)) {
      process.stderr.write(`pyvm: the '${name}' command is not available in this build\n`);
      return 2;
    }
    throw e;
  }
  // Run the command in a microtask, not in the script's top-level turn. V8 builds a message
  // object (with a stack walk for its location) for every JavaScript throw while a verbose
  // external TryCatch is the nearest handler, as Node's around the main script is; in a
  // microtask it does not. Exceptions the runtime raises are JavaScript throws, so this
  // lowers their cost for both VMs: a caught KeyError from d[k] ~3.8 -> ~2.7-3.0 us (R's
  // session 7 finding). The benchmark worker already runs its jobs in a promise callback.
  await Promise.resolve();
  return await mod.main(args);
}

function reportInternalError(e: unknown): void {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`pyvm: internal error (a bug in pyvm, please report it): ${msg}\n`);
  if (process.env.PYVM_DEBUG === '1' && e instanceof Error && e.stack) {
    process.stderr.write(e.stack + '\n');
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
    // `pyvm run` is done when its promise settles (the runtime is synchronous and writes with
    // fs.writeSync), so it exits here rather than letting Node drain V8's pending tasks: the
    // start-up's heap growth has by then scheduled an incremental marking, and that task ran a
    // full mark-compact (10-50 ms) after every hello world (start-up time, session 25). The
    // 'exit' listeners (the code cache's writer) still run.
    if (process.argv[2] === 'run') process.exit();
  },
  (e: unknown) => {
    reportInternalError(e);
    process.exitCode = 70;
  },
);
