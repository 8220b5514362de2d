import { isGraphError } from '../graph/errors';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { describe: string; load: () => Promise<Command> }> = {
  import: {
    describe:
      'import FILE [--lexicon FILE] [--title TITLE] [--out graph.json] [--store memory|neo4j] [--data-dir DIR] [--id ID]',
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
    describe: 'serve [--port N] (same as npm start)',
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

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (isGraphError(error)) {
    console.error(`kg: ${error.code}: ${error.message}`);
  } else if (String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_')) {
    console.error(`kg: INVALID_INPUT: ${(error as Error).message}`);
  } else {
    console.error(`kg: INTERNAL: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
