import { describe, expect, it } from 'vitest';
import { redactAddress, redactForLog } from '@/lib/newsletter/redact';
import { createToken } from '@/lib/newsletter/tokens';

describe('log redaction', () => {
  it('keeps the first character and the domain of an address', () => {
    expect(redactAddress('reader@example.com')).toBe('r***@example.com');
    expect(redactAddress('@example.com')).toBe('***');
    expect(redactAddress('no-at-sign')).toBe('***');
  });

  it('removes every address and link token from a line, whatever surrounds them', () => {
    const { token } = createToken();
    const line = `550 5.1.1 <Jane.Doe+news@mail.example.org>: rejected; to=ops@example.com; link https://glowpop.example/newsletter/confirm?token=${token}`;
    const redacted = redactForLog(line);
    expect(redacted).toBe(
      '550 5.1.1 <J***@mail.example.org>: rejected; to=o***@example.com; link https://glowpop.example/newsletter/confirm?token=[token]',
    );
    expect(redacted).not.toContain(token);
  });
});
