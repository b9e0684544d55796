// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { decorateInterview } from '../../../src/reader/interview-view';
import { sanitizeToFragment } from '../../../src/sanitize/sanitize-html';
import type { Interview } from '../../../src/shared/types';

const INTERVIEW: Interview = {
  host: [{ name: '刘静静', title: '本报记者' }],
  guests: [{ name: '王雪韬', title: '局长' }],
  turns: [
    { speaker: '刘静静', role: 'host', text: '民政部门做了哪些具体工作？' },
    { speaker: '王雪韬', role: 'guest', text: '赤峰市不断健全困难群众主动发现机制。' },
    { speaker: '刘静静', role: 'host', text: '有哪些具体举措？' },
    { speaker: '王雪韬', role: 'guest', text: '我们建立了动态监测预警机制。' },
  ],
};

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.appendChild(sanitizeToFragment(html, window));
  decorateInterview(div, INTERVIEW);
  return div;
}

describe('decorateInterview', () => {
  const el = body(
    '<p>主持人：本报记者 刘静静</p>' +
      '<p class="emphasis"><strong>民政部门做了哪些具体工作？</strong></p>' +
      '<p>王雪韬：赤峰市不断健全困难群众主动发现机制。</p>' +
      '<p>记者：有哪些具体举措？</p>' +
      '<p><strong>王雪韬</strong>：我们建立了动态监测预警机制。</p>',
  );
  const ps = Array.from(el.querySelectorAll('p'));

  it('should leave paragraphs that are not turns alone', () => {
    expect(ps[0]!.classList.contains('turn')).toBe(false);
  });

  it('should set host questions apart and name the speaker when the page did not', () => {
    expect(ps[1]!.className).toContain('turn-host');
    expect(ps[1]!.querySelector('.speaker')!.textContent).toBe('刘静静：');
  });

  it('should style the speaker name the page wrote, without repeating it', () => {
    expect(ps[2]!.className).toContain('turn-guest');
    expect(ps[2]!.querySelector('.speaker')!.textContent).toBe('王雪韬：');
    expect(ps[2]!.textContent).toBe('王雪韬：赤峰市不断健全困难群众主动发现机制。');
  });

  it('should style a role label such as 记者 where the page used one', () => {
    expect(ps[3]!.className).toContain('turn-host');
    expect(ps[3]!.querySelector('.speaker')!.textContent).toBe('记者：');
    expect(ps[3]!.textContent).toBe('记者：有哪些具体举措？');
  });

  it('should use a name already set in bold', () => {
    expect(ps[4]!.querySelector('strong.speaker')!.textContent).toBe('王雪韬');
    expect(ps[4]!.querySelectorAll('.speaker')).toHaveLength(1);
  });

  it('should mark the body as an interview', () => {
    expect(el.classList.contains('interview')).toBe(true);
    expect(el.querySelectorAll('.turn')).toHaveLength(4);
  });
});
