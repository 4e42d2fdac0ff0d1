import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordUnanswered } from '../../commands/ask/records.js';
import { composeEntry } from '../../commands/ta/entry.js';
import { groupQuestions } from '../../commands/ta/groups.js';
import { recordDismissed } from '../../commands/ta/records.js';
import { worklistReply } from '../../commands/ta/worklist.js';
import { contextFor, createServices } from '../../src/framework/run.js';
import type { Logger } from '../../src/logger.js';
import { isPreworkQuestion } from '../../src/search/prework.js';
import { KnowledgeService } from '../../src/search/service.js';
import { openJsonlStore } from '../../src/store/jsonl.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { Store } from '../../src/store/types.js';
import { fullIndex, KNOWLEDGE_DIR } from '../helpers/knowledge.js';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const config = { PYTHON_REQUIREMENT: '>=3.11', TA_ROLE_ID: undefined };
const index = await fullIndex();

let service: KnowledgeService | null = null;
afterEach(() => service?.close());

async function setup(store: Store = createMemoryStore()) {
  const learnedDir = join(mkdtempSync(join(tmpdir(), 'pw-work-')), 'learned');
  service = await KnowledgeService.open(KNOWLEDGE_DIR, quiet, { learnedDir });
  const services = createServices(service, config, store, quiet);
  return { store, ctx: contextFor(services, { id: 'u1', name: 'Ana', isTA: true }), learned: service.learned! };
}

describe('what /unanswered records', () => {
  it('keeps pre-work questions and drops chat, thanks, follow-ups and other scripts', () => {
    for (const q of ['how do I get a GPU quota on the cloud?', 'is there parking at the venue?', 'does ilab run on a raspberry pi?', 'how do I reset my conda environment?']) {
      expect(isPreworkQuestion(index, q), q).toBe(true);
    }
    for (const q of ['anyone want to get lunch later?', 'thanks, that worked!', 'same here', 'what is the capital of france', 'best pizza topping', 'good morning everyone!', 'спасибо большое', 'zzzz']) {
      expect(isPreworkQuestion(index, q), q).toBe(false);
    }
  });

  it('records through the ask feature only what passes', async () => {
    const { store, ctx } = await setup();
    recordUnanswered(ctx, 'anyone want to get lunch later?');
    recordUnanswered(ctx, 'how do I get a GPU quota on the cloud?');
    expect(store.openQuestions(10).map((q) => q.query)).toEqual(['how do I get a GPU quota on the cloud?']);
  });
});

describe('/unanswered as a worklist', () => {
  it('groups wordings of one question under the section the search ranks first', () => {
    const open = ['does the cloud lab give us a GPU?', 'gpu quota for the cloud lab', 'how do I get a GPU quota on the cloud?'].map((query, i) => ({ query, count: i + 1, kind: 'unanswered' as const, lastAt: '2026-11-29T10:00:00Z' }));
    const { groups } = groupQuestions(open, index);
    const byQuery = new Map(groups.flatMap((g) => g.questions.map((q) => [q.query, g.sectionId] as const)));
    expect(byQuery.get('does the cloud lab give us a GPU?')).toBe(byQuery.get('gpu quota for the cloud lab'));
    for (const g of groups) expect(g.sectionId).toBe(index.search(g.questions[0]!.query, 1).hits[0]?.section.id ?? '');
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(6);
  });

  it('drops a question a saved answer now answers, and a dismissed one until it is asked again (across restarts)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-work-'));
    const { store, ctx, learned } = await setup(openJsonlStore(dataDir, quiet));
    recordUnanswered(ctx, 'how do I get a GPU quota on the cloud?');
    recordUnanswered(ctx, 'is my chromebook fast enough for ilab?');
    const first = worklistReply(ctx);
    expect(first.data).toMatchObject({ answered: 0 });
    expect((first.data!.groups as unknown[]).length).toBe(2);
    expect(first.buttons!.map((b) => b.label)).toEqual(['Save #1', 'Save #2', 'Dismiss #1', 'Dismiss #2']);

    await learned.save('gpu.md', composeEntry({ heading: 'How do I get a GPU quota on the cloud?', body: 'Ask a TA for a cloud lab account.', aliases: [], author: 'Ana', reviewed: '2026-11-29' }));
    const second = worklistReply(ctx);
    expect(second.data).toMatchObject({ answered: 1, groups: [{ questions: ['is my chromebook fast enough for ilab?'] }] });

    recordDismissed(ctx, ['is my chromebook fast enough for ilab?']);
    expect(worklistReply(ctx).data).toMatchObject({ groups: [] });
    store.close();
    const reopened = openJsonlStore(dataDir, quiet);
    expect(reopened.openQuestions(10).map((q) => q.query)).toEqual(['how do I get a GPU quota on the cloud?']);
    reopened.record({ type: 'unanswered', userId: 'u2', query: 'Is my chromebook fast enough for ilab?' });
    expect(reopened.openQuestions(10).map((q) => q.query)).toContain('Is my chromebook fast enough for ilab?');
    reopened.close();
  });
});
