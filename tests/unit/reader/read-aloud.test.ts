// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createReadAloud, readableBlocks, type ReadAloudState, type SpeechHost } from '../../../src/reader/read-aloud/read-aloud';

/** A speech engine that finishes each utterance when told to. */
class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  paused = false;
  constructor(private readonly list: Partial<SpeechSynthesisVoice>[]) {
    super();
  }
  getVoices() {
    return this.list as SpeechSynthesisVoice[];
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    const pending = this.spoken.filter((u) => !u.done);
    for (const u of pending) {
      u.done = true;
      u.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent);
    }
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  /** The engine finishes the utterance it is reading. */
  finish() {
    const u = this.spoken.find((s) => !s.done);
    if (!u) return;
    u.done = true;
    u.onend?.();
  }
}

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  done = false;
  onend: (() => void) | null = null;
  onerror: ((e: SpeechSynthesisErrorEvent) => void) | null = null;
  constructor(public text: string) {}
}

function article(): HTMLElement {
  const root = document.createElement('main');
  const view = document.createElement('article');
  view.className = 'reader';
  const title = document.createElement('h1');
  title.className = 'article-title';
  title.textContent = '标题';
  const body = document.createElement('div');
  body.className = 'article-body';
  for (const text of ['第一段。', '第二段。']) body.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
  const list = document.createElement('ul');
  list.appendChild(document.createElement('li')).appendChild(Object.assign(document.createElement('p'), { textContent: '列表里的段落。' }));
  body.appendChild(list);
  view.append(title, body);
  root.appendChild(view);
  document.body.replaceChildren(root);
  return root;
}

function setup(voices: Partial<SpeechSynthesisVoice>[], lang = 'zh-CN') {
  const synth = new FakeSynth(voices);
  const states: ReadAloudState[] = [];
  const root = article();
  Element.prototype.scrollIntoView = vi.fn();
  const host = { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance } as unknown as SpeechHost;
  const reader = createReadAloud(host, { blocks: () => readableBlocks(root), lang: () => lang, rate: () => 1.25, onState: (s) => states.push(s) });
  return { synth, states, root, reader };
}

const ZH = { name: 'Tingting', lang: 'zh-CN', localService: true, default: false };

describe('read aloud', () => {
  it('should read the leaf blocks in order (a list item’s paragraph once), highlighting each', async () => {
    const { synth, states, root, reader } = setup([ZH]);
    expect(readableBlocks(root).map((b) => b.textContent)).toEqual(['标题', '第一段。', '第二段。', '列表里的段落。']);
    await reader.play();
    expect(states.at(-1)).toEqual({ status: 'playing', voice: 'Tingting' });
    expect(synth.spoken[0]).toMatchObject({ text: '标题', rate: 1.25, lang: 'zh-CN' });
    expect(root.querySelector('.speaking')?.textContent).toBe('标题');
    synth.finish();
    expect(root.querySelector('.speaking')?.textContent).toBe('第一段。');
    synth.finish();
    synth.finish();
    synth.finish();
    expect(states.at(-1)).toEqual({ status: 'done' });
    expect(root.querySelector('.speaking')).toBeNull();
    expect(synth.spoken.map((u) => u.text)).toEqual(['标题', '第一段。', '第二段。', '列表里的段落。']);
  });

  it('should pause, resume and stop, clearing the highlight', async () => {
    const { synth, states, root, reader } = setup([ZH]);
    await reader.play();
    reader.pause();
    expect(synth.paused).toBe(true);
    expect(states.at(-1)?.status).toBe('paused');
    reader.resume();
    expect(states.at(-1)?.status).toBe('playing');
    reader.stop();
    expect(states.at(-1)).toEqual({ status: 'idle' });
    expect(root.querySelector('.speaking')).toBeNull();
    // A late end of the cancelled utterance does not start the next block.
    synth.finish();
    expect(synth.spoken).toHaveLength(1);
  });

  it('should read the current block again after a change, not skip ahead', async () => {
    const { synth, reader } = setup([ZH]);
    await reader.play();
    synth.finish();
    reader.restart();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(synth.spoken.map((u) => u.text)).toEqual(['标题', '第一段。', '第一段。']);
  });

  it('should say so when the system has no voice for the language', async () => {
    const { synth, states, reader } = setup([{ name: 'Alex', lang: 'en-US', localService: true, default: true }], 'zh-HK');
    await reader.play();
    expect(states.at(-1)).toEqual({ status: 'no-voice', lang: 'zh-HK' });
    expect(synth.spoken).toHaveLength(0);
  });

  it('should say so when the browser has no speech synthesis', async () => {
    const states: ReadAloudState[] = [];
    const reader = createReadAloud({}, { blocks: () => [], lang: () => 'zh-CN', rate: () => 1, onState: (s) => states.push(s) });
    await reader.play();
    expect(states).toEqual([{ status: 'unsupported' }]);
  });
});
