import { describe, expect, it } from '@jest/globals';
import { checkedText, textProblem } from './text.js';

describe('the text check', () => {
  it.each(['张三', 'O’Brien – 律师', '👨‍👩‍👧 家庭', ''])('accepts %j on one line', (value) => {
    expect(textProblem(value, 'singleLine')).toBeNull();
  });

  it.each(['a\u0000b', 'a\nb', 'a\rb', 'a\tb', 'a\u0007', '\u001b[31m', 'a\u007fb', 'a\u0085b', 'a\u2028b', 'a\u2029b', '\ud800x', 'x\udc00'])(
    'refuses %j on one line',
    (value) => {
      expect(textProblem(value, 'singleLine')).not.toBeNull();
      expect(() => checkedText('name', value)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'name' } }));
    },
  );

  it('keeps line breaks and tabs in multi-line text and refuses the other control characters there', () => {
    expect(textProblem('第一行\r\n第二行\n\t缩进', 'multiLine')).toBeNull();
    for (const bad of ['a\u0000', 'a\u0007', 'a\u000b', 'a\u000c', 'a\u001b', 'a\u007f', 'a\u009b', '\ud83d']) {
      expect(textProblem(bad, 'multiLine')).not.toBeNull();
    }
  });
});
