import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/knowledge/types.js';
import { KnowledgeIndex } from '../../src/search/index.js';

function section(id: string, heading: string, text: string, errors: string[] = []): Section {
  return { id, source: `${id}.md`, headings: [heading], depth: 2, text, line: 1, aliases: [], keywords: [], topicKeywords: [], replyKeys: [], errors, sources: [], pythonWarnings: [] };
}

const index = KnowledgeIndex.build([
  section('py-mac', 'Python command not found on macOS', 'zsh says command not found: python. Install Python with Homebrew, then use python3.12.', ['command not found: python', 'command not found: python3']),
  section('code-path', "Add VS Code's code command to your PATH", 'Open the Command Palette and run Shell Command: Install code command in PATH.', ['command not found: code', "'code' is not recognized"]),
  section('py-linux', 'Python command not found on Linux', 'Install python3 with your package manager.', ['bash: python: command not found']),
  section('store', 'Python was not found and the Microsoft Store opens', 'Turn off the App Installer aliases.', ['Python was not found; run without arguments to install from the Microsoft Store']),
  section('webui', 'Open WebUI needs Python 3.11 or 3.12', 'Make its venv with 3.12.', ['Could not find a version that satisfies the requirement open-webui']),
  section('pip-ext', 'pip refuses with externally-managed-environment', 'Make a virtual environment first.', ['externally-managed-environment']),
]);

describe('error signatures from front-matter', () => {
  it('answers the section that declares the pasted error, over the free-text ranking', () => {
    const r = index.search("On writing this on my mac's terminal it shows: zsh: command not found: code how to resolve this?");
    expect(r.hits[0]?.section.id).toBe('code-path');
    expect(r.confident).toBe(true);
    expect(r.reason).toBe('error-signature');
    expect(Number.isFinite(r.hits[0]!.score)).toBe(true);
  });

  it('matches across case, curly quotes and line wraps', () => {
    const r = index.search("PS C:\\> code .\n‘code’ is not\n  recognized as the name of a cmdlet");
    expect(r.hits[0]?.section.id).toBe('code-path');
  });

  it('does not match inside a longer word', () => {
    const r = index.search('bash: command not found: codex');
    expect(r.reason).not.toBe('error-signature');
    expect(index.search('zsh: command not found: python3.12').reason).not.toBe('error-signature');
  });

  it('prefers the longest declared signature when two sections match', () => {
    const r = index.search('zsh: command not found: python3 and then error: externally-managed-environment');
    expect(r.hits.map((h) => h.section.id).slice(0, 2)).toEqual(['pip-ext', 'py-mac']);
  });

  it('reads a declared command said missing in the student\'s own words', () => {
    // One section answers "code" not found on every shell it declares: that is the answer.
    for (const q of ['I installed VS Code and it shows that code not found', "/bin/sh: 1: code: not found", "it says 'code' command not found"]) {
      const r = index.search(q);
      expect(r.reason, q).toBe('error-signature');
      expect(r.hits[0]?.section.id, q).toBe('code-path');
    }
    // "Not recognised" in words says the same: the command is missing.
    for (const q of ['the code command is not recognised', 'code is not recognized by my terminal']) expect(index.search(q).hits[0]?.section.id, q).toBe('code-path');
    // "python" is declared by a Mac and a Linux section: without the shell, the ranking decides.
    expect(index.search('after installing it says python not found').reason).not.toBe('error-signature');
    // Words no section declares a not-found error for are not commands here.
    expect(index.search('ollama says model not found').reason).not.toBe('error-signature');
    expect(index.search('the file code.txt was not found').reason).not.toBe('error-signature');
  });

  it('leaves questions without a declared error to the ranking', () => {
    const r = index.search('how do I add code to my path');
    expect(r.reason).not.toBe('error-signature');
    expect(r.hits[0]?.section.id).toBe('code-path');
  });

  it('never answers thanks or a bare follow-up on its own, but keeps the nearest topics', () => {
    const r = index.search('Thank you so much! I added code to my PATH and it works now.');
    expect(r.confident).toBe(false);
    expect(r.reason).toBe('chat');
    expect(r.hits.length).toBeGreaterThan(0);
  });

  it('finds the question in a narrative with pasted output', () => {
    const r = index.search(
      'Hi all, first time here. I followed every step of the guide on my new MacBook yesterday and then this happened:\n```\n(base) ana@MacBook-Air ~ % code .\nzsh: command not found: code\n```\nHow do I get the code command?',
    );
    expect(r.hits[0]?.section.id).toBe('code-path');
  });

  it('matches another wording of the same shell error (same shell, same command)', () => {
    expect(index.search('sudo: python: command not found, I am new to linux').hits[0]?.section.id).toBe('py-linux');
    expect(index.search('(anon):16: command not found: python after upgrading to Monterey').hits[0]?.section.id).toBe('py-mac');
    // The shell says which OS: a zsh error is not the bash section's, whatever the command.
    const zsh = index.search('zsh: command not found: python');
    expect(zsh.hits[0]?.section.id).toBe('py-mac');
    expect(index.search("The term 'code' is not recognised as the name of a cmdlet").hits[0]?.section.id).toBe('code-path');
  });

  it('recognises a long error retyped by hand, but not one about another object', () => {
    expect(index.search('it says python not found run without arguments to install from the microsoft store, what now').hits[0]?.section.id).toBe('store');
    const torch = index.search('ERROR: Could not find a version that satisfies the requirement torch');
    expect(torch.reason).not.toBe('error-signature');
  });

  it('reads a Windows not-found error retyped without quotes, but not a sentence that merely says so', () => {
    expect(index.search('Code is not recognized as an internal or external command, operable program or batch file').hits[0]?.section.id).toBe('code-path');
    expect(index.search('my code is not recognized by the linter').reason).not.toBe('error-signature');
  });

  it('is never sure of a long message that is only pasted code, unless it holds a declared error', () => {
    const code = '```\nfrom ctransformers import AutoModelForCausalLM\nllm = AutoModelForCausalLM.from_pretrained("granite", model_type="gpt2")\nprint(llm("Tell me the difference between thinking in humans and in LLMs."))\nprint(llm("and again with the code command please"))\n```';
    expect(index.search(code).reason).toBe('output-only');
    expect(index.search('```\n~ % code . --verbose --new-window here\nzsh: command not found: code\n~ % echo $PATH and more output\n```').reason).toBe('error-signature');
  });
});
