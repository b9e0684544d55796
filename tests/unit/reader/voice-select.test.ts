import { describe, expect, it } from 'vitest';
import { chineseKind, chooseVoice, speechChunks, speechLang, type VoiceInfo } from '../../../src/reader/read-aloud/voice-select';

const voice = (name: string, lang: string, more: Partial<VoiceInfo> = {}): VoiceInfo => ({ name, lang, localService: true, default: false, ...more });

/** Voice lists as systems report them. */
const MAC = [voice('Samantha', 'en-US', { default: true }), voice('Tingting', 'zh-CN'), voice('Meijia', 'zh-TW'), voice('Sinji', 'zh-HK')];
const CHROME_ONLINE = [
  voice('Google US English', 'en-US', { localService: false }),
  voice('Google 普通话（中国大陆）', 'zh-CN', { localService: false }),
  voice('Google 國語（臺灣）', 'zh-TW', { localService: false }),
  voice('Google 粤語（香港）', 'zh-HK', { localService: false }),
];
const WINDOWS = [voice('Microsoft Huihui - Chinese (Simplified, PRC)', 'zh-CN'), voice('Microsoft David - English (United States)', 'en-US', { default: true })];
const ANDROID = [voice('cmn-tw-x-ctc-local', 'zh_TW'), voice('yue-hk-x-jar-local', 'yue_HK'), voice('cmn-cn-x-ccc-local', 'cmn_CN')];
const ENGLISH_ONLY = [voice('Alex', 'en-US'), voice('Daniel', 'en-GB')];

describe('the language to read in', () => {
  const hans = { lang: 'zh-Hans', originalScript: 'hans' as const };
  const hant = { lang: 'zh-Hant', originalScript: 'hant' as const };
  it('should follow the chosen script for Chinese pages', () => {
    expect(speechLang('hans', hant, 'tw')).toBe('zh-CN');
    expect(speechLang('tw', hans, 'tw')).toBe('zh-TW');
    expect(speechLang('hk', hans, 'tw')).toBe('zh-HK');
  });
  it('should follow the page for the original', () => {
    expect(speechLang('original', hans, 'tw')).toBe('zh-CN');
    expect(speechLang('original', hant, 'tw')).toBe('zh-TW');
    expect(speechLang('original', hant, 'hk')).toBe('zh-HK');
  });
  it('should use the page language for pages without Chinese, whatever the script', () => {
    expect(speechLang('tw', { lang: 'en', originalScript: null }, 'tw')).toBe('en');
    expect(speechLang('original', { lang: 'und', originalScript: null }, 'tw')).toBe('');
  });
});

describe('the kind of Chinese a voice speaks', () => {
  it.each([
    ['zh-CN', 'mandarin-cn'],
    ['zh_CN', 'mandarin-cn'],
    ['cmn-Hans-CN', 'mandarin-cn'],
    ['zh-SG', 'mandarin-cn'],
    ['zh', 'mandarin-cn'],
    ['zh-TW', 'mandarin-tw'],
    ['cmn-Hant-TW', 'mandarin-tw'],
    ['zh-Hant', 'mandarin-tw'],
    ['zh-HK', 'cantonese'],
    ['zh-Hant-HK', 'cantonese'],
    ['yue-HK', 'cantonese'],
    ['yue_HK', 'cantonese'],
    ['en-US', null],
    ['ja-JP', null],
  ])('%s → %s', (tag, kind) => {
    expect(chineseKind(tag)).toBe(kind);
  });
});

describe('choosing a voice', () => {
  it('should pick the voice of the script on a system with all three', () => {
    expect(chooseVoice(MAC, 'zh-CN')?.voice.name).toBe('Tingting');
    expect(chooseVoice(MAC, 'zh-TW')?.voice.name).toBe('Meijia');
    expect(chooseVoice(MAC, 'zh-HK')).toEqual({ voice: MAC[3], exact: true });
  });

  it('should prefer on-device voices over network ones', () => {
    expect(chooseVoice([...CHROME_ONLINE, ...MAC], 'zh-TW')?.voice.name).toBe('Meijia');
    expect(chooseVoice(CHROME_ONLINE, 'zh-TW')?.voice.name).toBe('Google 國語（臺灣）');
  });

  it('should stand in with the closest Chinese voice, and say it is a stand-in', () => {
    expect(chooseVoice(WINDOWS, 'zh-TW')).toEqual({ voice: WINDOWS[0], exact: false });
    expect(chooseVoice(WINDOWS, 'zh-HK')?.voice.name).toBe('Microsoft Huihui - Chinese (Simplified, PRC)');
    // Mandarin text on a system with Taiwan Mandarin and Cantonese: Mandarin first.
    expect(chooseVoice(ANDROID.slice(0, 2), 'zh-CN')?.voice.name).toBe('cmn-tw-x-ctc-local');
    expect(chooseVoice(ANDROID, 'zh-HK')?.voice.name).toBe('yue-hk-x-jar-local');
    expect(chooseVoice(ANDROID, 'zh-CN')?.voice.name).toBe('cmn-cn-x-ccc-local');
  });

  it('should find no voice for Chinese on a system with English voices only', () => {
    expect(chooseVoice(ENGLISH_ONLY, 'zh-CN')).toBeNull();
    expect(chooseVoice([], 'zh-TW')).toBeNull();
  });

  it('should match other languages by language, the region when it can', () => {
    expect(chooseVoice(ENGLISH_ONLY, 'en-GB')?.voice.name).toBe('Daniel');
    expect(chooseVoice(ENGLISH_ONLY, 'en')).toEqual({ voice: ENGLISH_ONLY[0], exact: true });
    expect(chooseVoice(ENGLISH_ONLY, 'fr')).toBeNull();
    expect(chooseVoice(ENGLISH_ONLY, '')).toBeNull();
  });

  it('should prefer the system default among equals', () => {
    const voices = [voice('A', 'zh-CN'), voice('B', 'zh-CN', { default: true })];
    expect(chooseVoice(voices, 'zh-CN')?.voice.name).toBe('B');
  });
});

describe('speech pieces', () => {
  it('should keep a short paragraph whole, spaces folded', () => {
    expect(speechChunks('  民政工作\n加把力。 ')).toEqual(['民政工作 加把力。']);
    expect(speechChunks('   ')).toEqual([]);
  });

  it('should cut a long paragraph at sentence ends, each piece within the limit, nothing lost', () => {
    const sentence = '近年来，民政部门立足自身职责，采取务实举措，推动乡村振兴各项工作取得新进展。';
    const text = sentence.repeat(8);
    const pieces = speechChunks(text, 100);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(100);
      expect(p.endsWith('。')).toBe(true);
    }
    expect(pieces.join('')).toBe(text);
  });

  it('should cut one over-long sentence at commas', () => {
    const text = `${'这是一个很长的分句，'.repeat(30)}结束。`;
    const pieces = speechChunks(text, 60);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(60);
    expect(pieces.join('')).toBe(text);
  });
});
