import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GraphDocument } from '../../graph/model';
import { fundingVerbFile } from '../fixtures/predicates';

const run = promisify(execFile);
const KG = join(import.meta.dirname, '../../bin/kg.js');
const SAMPLE = join(import.meta.dirname, '../../samples/000_dd9d7d845ba8a621.txt');

async function kg(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', [KG, ...args], {
      timeout: 60_000,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'kg-import-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('kg import', () => {
  it('writes a valid graph document and prints counts by kind', async () => {
    const out = join(dir, 'graph.json');
    const result = await kg(['import', SAMPLE, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Policy\s+\d+/);
    const graph = GraphDocument.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.text).toBe(readFileSync(SAMPLE, 'utf8'));
    expect(graph.nodes.some((n) => n.id === 'policy:us-ira')).toBe(true);
  });

  it.each([
    ['empty.txt', '', 'EMPTY_INPUT'],
    ['blank.txt', '  \n\n\t\n', 'EMPTY_INPUT'],
    ['binary.bin', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), 'BINARY_INPUT'],
    ['latin1.txt', Uint8Array.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x0a]), 'INVALID_ENCODING'],
    ['cut.txt', new TextEncoder().encode('미국의 인플레이션 감축법').slice(0, -1), 'TRUNCATED_INPUT'],
  ])('fails on %s with one line and no output file', async (name, content, code) => {
    const input = write(name, content);
    const out = join(dir, `${name}.json`);
    const result = await kg(['import', input, '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(code);
    expect(result.stderr).toContain(name);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['a report over --max-bytes', ['--max-bytes', '1K'], {}],
    ['a report over KG_MAX_INPUT_BYTES', [], { KG_MAX_INPUT_BYTES: '1024' }],
  ])('refuses %s with INPUT_TOO_LARGE and no output file', async (_name, options, env) => {
    const out = join(dir, 'limited.json');
    const result = await kg(['import', SAMPLE, '--out', out, ...options], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(
      /^kg: INPUT_TOO_LARGE: .*000_dd9d7d845ba8a621\.txt: 63172 bytes is over the limit of 1024 bytes/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a 200 MB report by default without reading it', async () => {
    const input = write('huge.txt', '');
    truncateSync(input, 200 * 1024 * 1024);
    const out = join(dir, 'huge.json');
    const result = await kg(['import', input, '--out', out]);
    expect(result.stderr).toMatch(
      /^kg: INPUT_TOO_LARGE: .*huge\.txt: 209715200 bytes is over the limit of 20971520 bytes/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a FIFO without a writer instead of hanging', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const result = await kg(['import', fifo, '--out', join(dir, 'pipe.json')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(`kg: NOT_A_FILE: ${fifo}: is a FIFO (named pipe), not a regular file`);
  });

  it('says what is wrong with a 301-character --id', async () => {
    const out = join(dir, 'long-id.json');
    const result = await kg(['import', SAMPLE, '--id', 'a'.repeat(301), '--out', out]);
    expect(result.stderr).toMatch(
      /^kg: INVALID_INPUT: document id "a+…" is 301 characters long; at most 128/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('escapes control characters in error messages', async () => {
    const result = await kg(['import', join(dir, 'evil\u001b[2J\nname.txt')]);
    expect(result.stderr).toContain('evil\\x1b[2J\\x0aname.txt: no such file');
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['reads one line', 'head -1'],
    ['reads nothing', 'true'],
  ])('ends quietly, its work done, when the reader of its output %s', (_name, reader) => {
    const out = join(dir, `piped-${reader.length}.json`);
    const pipeline = `node "${KG}" import "${SAMPLE}" --out "${out}" | ${reader}; exit "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', pipeline], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(result.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('fails on a missing file', async () => {
    const result = await kg(['import', join(dir, 'nope.txt'), '--out', join(dir, 'nope.json')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/IO_ERROR: .*nope\.txt: no such file/);
  });

  it('extends the lexicon with --lexicon and names a bad lexicon file', async () => {
    const lexicon = write(
      'extra.json',
      JSON.stringify({
        version: '1.0.0',
        entries: [{ id: 'acme-chips', kind: 'Company', ko: '에이크미반도체', en: 'Acme Chips' }],
      }),
    );
    const input = write('acme.txt', '에이크미반도체는 미국에서 반도체 공장을 짓는다.\n');
    const out = join(dir, 'acme.json');
    expect((await kg(['import', input, '--lexicon', lexicon, '--out', out])).code).toBe(0);
    const graph = GraphDocument.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.nodes.find((n) => n.id === 'company:acme-chips')?.name).toBe('에이크미반도체');
    expect(graph.document.lexiconVersion).toMatch(/\+user$/);

    const bad = write(
      'bad.json',
      JSON.stringify({ version: '1.0.0', entries: [{ id: 'x', kind: 'Planet', ko: '화성' }] }),
    );
    const failed = await kg(['import', input, '--lexicon', bad, '--out', join(dir, 'bad-out.json')]);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/INVALID_LEXICON: .*bad\.json.*entries\[0\]\.kind/);
  });

  it('extends the predicate lexicon with --predicates, marks the version and names a bad predicate file', async () => {
    const predicates = write('verbs.json', JSON.stringify(fundingVerbFile('bankroll', { en: ['bankroll'] })));
    const input = write('bankroll.txt', 'The Department of Energy will bankroll Intel.\n');
    const funds = async (args: string[]) => {
      const out = join(dir, `bankroll-${args.length}.json`);
      expect((await kg(['import', input, ...args, '--out', out])).code).toBe(0);
      const graph = GraphDocument.parse(JSON.parse(readFileSync(out, 'utf8')));
      const edges = graph.edges.filter((e) => e.type === 'FUNDS').map((e) => `${e.source} ${e.target}`);
      return { edges, version: graph.document.lexiconVersion };
    };
    expect(await funds([])).toEqual({ edges: [], version: expect.not.stringMatching(/predicates/) });
    expect(await funds(['--predicates', predicates])).toEqual({
      edges: ['organization:us-doe company:intel'],
      version: expect.stringMatching(/\+predicates$/),
    });

    const badType = write(
      'bad-verbs.json',
      JSON.stringify({
        version: '1.0.0',
        predicates: [
          {
            id: 'x',
            en: ['x'],
            frames: [
              {
                type: 'FUNDZ',
                source: ['subject'],
                sourceKinds: ['Country'],
                target: ['object'],
                targetKinds: ['Company'],
              },
            ],
          },
        ],
      }),
    );
    const failed = await kg([
      'import',
      input,
      '--predicates',
      badType,
      '--out',
      join(dir, 'bad-verbs-out.json'),
    ]);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/INVALID_LEXICON: .*bad-verbs\.json: predicates\[0\]\.frames\[0\]\.type/);
    const broken = write('broken-verbs.json', '{"version":\n "1.0.0",\n oops }');
    const unparsed = await kg([
      'import',
      input,
      '--predicates',
      broken,
      '--out',
      join(dir, 'broken-out.json'),
    ]);
    expect(unparsed.stderr).toMatch(/INVALID_LEXICON: .*broken-verbs\.json: line 3: not valid JSON/);
    expect(existsSync(join(dir, 'broken-out.json'))).toBe(false);
  });

  // Four kg processes, two of which read the Korean dictionary and import the sample report.
  it('loads into the embedded store, and a second import of the same file changes no counts', {
    timeout: 120_000,
  }, async () => {
    const dataDir = join(dir, 'store');
    expect((await kg(['import', SAMPLE, '--data-dir', dataDir])).code).toBe(0);
    const once = JSON.parse((await kg(['stats', '--json', '--data-dir', dataDir])).stdout);
    expect((await kg(['import', SAMPLE, '--data-dir', dataDir])).code).toBe(0);
    const twice = JSON.parse((await kg(['stats', '--json', '--data-dir', dataDir])).stdout);
    expect(once.documents).toBe(1);
    expect(twice).toEqual(once);
  });
});
