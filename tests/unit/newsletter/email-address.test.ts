import { describe, expect, it } from 'vitest';
import { checkEmailAddress } from '@/lib/newsletter/email-address';

const accepted = (input: unknown) => {
  const result = checkEmailAddress(input);
  if (!result.ok) throw new Error(`rejected ${JSON.stringify(input)}: ${result.message}`);
  return result.email;
};
const rejection = (input: unknown) => {
  const result = checkEmailAddress(input);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return result.message;
};

describe('email addresses', () => {
  it('trims, lowercases the domain, and keys case-insensitively', () => {
    expect(accepted('  Reader.Name+glow@Example.COM \n')).toEqual({
      address: 'Reader.Name+glow@example.com',
      key: 'reader.name+glow@example.com',
      mailbox: 'reader.name@example.com',
    });
    expect(accepted('READER@example.com').key).toBe(accepted('reader@EXAMPLE.com').key);
  });

  it('names the mailbox mail lands in: +tags dropped, and dots at Gmail', () => {
    expect(accepted('victim+1@example.com').mailbox).toBe('victim@example.com');
    expect(accepted('Victim+a+b@Example.com').mailbox).toBe('victim@example.com');
    expect(accepted('first.last@example.com').mailbox).toBe('first.last@example.com');
    expect(accepted('First.Last+news@googlemail.com').mailbox).toBe('firstlast@gmail.com');
    expect(accepted('+only@example.com').mailbox).toBe('+only@example.com');
  });

  it('refuses domains written to pass for others, and accepts honest ones in any script', () => {
    for (const lookalike of [
      'reader@gօօgle.com', // Latin with Armenian
      'reader@аррӏе.com', // all Cyrillic, each letter drawn like a Latin one
      'reader@gmаil.com', // Latin with one Cyrillic а
      'reader@ρaypal.com', // Greek rho with Latin
    ]) {
      expect(checkEmailAddress(lookalike).ok, lookalike).toBe(false);
    }
    for (const honest of ['a@пример.рф', 'a@рама.com', 'a@bücher.de', 'a@日本ab.jp', 'a@εργο.gr']) {
      expect(checkEmailAddress(honest).ok, honest).toBe(true);
    }
  });

  it('converts international domains to punycode', () => {
    expect(accepted('anna@bücher.de').address).toBe('anna@xn--bcher-kva.de');
    expect(accepted('info@пример.рф').address).toBe('info@xn--e1afmkfd.xn--p1ai');
  });

  it.each([
    ['an empty field', '', 'Please enter your email address.'],
    ['only whitespace', ' \t \n ', 'Please enter your email address.'],
    ['a missing field', undefined, 'Please enter your email address.'],
    ['a list instead of text', ['a@example.com'], 'Please enter your email address.'],
    ['an object instead of text', { email: 'a@example.com' }, 'Please enter your email address.'],
    ['no domain dot', 'a@b', 'The part after the @ is not a real domain, like example.com.'],
    ['no @', 'reader.example.com', 'Please enter a full email address, like name@example.com.'],
    ['nothing after @', 'reader@', 'Please enter a full email address, like name@example.com.'],
    [
      'a CRLF header injection',
      'a@example.com\r\nBcc: victim@example.com',
      'An email address cannot contain spaces or line breaks.',
    ],
    [
      'an encoded-newline trick',
      'a@example.com%0ABcc:x@example.com',
      'The part before the @ is not a valid email name.',
    ],
    [
      'SQL in the name',
      "x' OR '1'='1@example.com",
      'An email address cannot contain spaces or line breaks.',
    ],
    [
      'MIME encoded text, which mail servers refuse',
      '=?utf-8?b?dmljdGlt?=x@example.com',
      'The part before the @ looks like encoded text, not an email name.',
    ],
    [
      'a domain label starting with a hyphen',
      'a@-example.com',
      'The part after the @ is not a real domain, like example.com.',
    ],
    [
      'a numeric top-level domain',
      'a@example.123',
      'The part after the @ is not a real domain, like example.com.',
    ],
    [
      'a double dot in the name',
      'a..b@example.com',
      'The part before the @ is not a valid email name.',
    ],
    [
      'a look-alike domain (Cyrillic а in gmаil)',
      'reader@gmаil.com',
      'The domain mixes letters from different alphabets, which is how look-alike addresses are made.',
    ],
  ])('rejects %s', (_case, input, message) => {
    expect(rejection(input)).toBe(message);
  });

  it('rejects a 10 kB address and anything over 254 characters, and a 65-character name', () => {
    expect(rejection(`${'a'.repeat(10_240)}@example.com`)).toMatch(/too long/);
    expect(
      rejection(`${'a'.repeat(60)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`),
    ).toMatch(/too long/);
    expect(rejection(`${'a'.repeat(65)}@example.com`)).toBe(
      'The part before the @ is not a valid email name.',
    );
  });

  it('keeps SQL metacharacters that are legal in addresses as plain text', () => {
    expect(accepted("o'brien@example.com").address).toBe("o'brien@example.com");
  });
});
