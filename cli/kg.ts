import { isGraphError } from '../graph/errors';
import { escapeControls, ignoreClosedStdout } from './output';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { describe: string; load: () => Promise<Command> }> = {
  import: {
    describe:
      'import FILE [--lexicon FILE] [--predicates FILE] [--title TITLE] [--out graph.json] [--store memory|neo4j] [--data-dir DIR] [--id ID] [--max-bytes N]',
    load: async () => (await import('./import')).run,
  },
  stats: {
    describe: 'stats [--json] [--store memory|neo4j] [--data-dir DIR]',
    load: async () => (await import('./stats')).run,
  },
  remove: {
    describe: 'remove DOC_ID [--store memory|neo4j] [--data-dir DIR]',
    load: async () => (await import('./remove')).run,
  },
  doctor: {
    describe: 'doctor [--json] [--data-dir DIR] (checks the embedded store; exits 1 on any problem)',
    load: async () => (await import('./doctor')).run,
  },
  repair: {
    describe: 'repair [--json] [--data-dir DIR] (quarantines damaged files, rebuilds the manifest)',
    load: async () => (await import('./repair')).run,
  },
  serve: {
    describe: 'serve [--port N] [--host H] [--allow-host H]... (same as npm start)',
    load: async () => (await import('./serve')).run,
  },
};

function usage(): string {
  return ['usage: kg <command> [options]', ...Object.values(COMMANDS).map((c) => `  kg ${c.describe}`)].join(
    '\n',
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`kg: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  return (await command.load())(rest);
}

/** The one-line `CODE: reason` for any failure, control characters escaped. */
function describeFailure(error: unknown): string {
  if (isGraphError(error)) return `${error.code}: ${escapeControls(error.message)}`;
  const message = escapeControls(error instanceof Error ? error.message : String(error));
  if (String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_'))
    return `INVALID_INPUT: ${message}`;
  return `INTERNAL: ${message}`;
}

ignoreClosedStdout();
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`kg: ${describeFailure(error)}`);
  process.exitCode = 1;
}
