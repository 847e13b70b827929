import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlKeepingComments } from '../../src/lib/cms/yaml-keep-comments.ts';

const original = `# Routes to help. Only details printed in a published source go here.

# Dorset Council area

- id: local-offer
  name: "Local Offer"
  checked: 2026-11-25

- id: helpline
  name: "Helpline"
  phone: "01234 567890"
`;

describe('saving a YAML file from the editor', () => {
  it('keeps the comments and quoting, changing only what changed', () => {
    const items = parse(original) as Record<string, unknown>[];
    items[1] = { ...items[1], name: 'Family helpline' };
    const written = yamlKeepingComments(items, original);
    expect(written).toContain('# Routes to help. Only details printed in a published source go here.');
    expect(written).toContain('# Dorset Council area');
    expect(written).toContain('name: "Family helpline"');
    expect(parse(written)).toEqual(items);
  });

  it('adds and removes entries and fields', () => {
    const items = parse(original) as Record<string, unknown>[];
    const changed = [
      { id: 'local-offer', name: 'Local Offer' },
      { id: 'new-one', name: 'New one' },
    ];
    expect(parse(yamlKeepingComments(changed, original))).toEqual(changed);
    expect(items).toHaveLength(2);
  });

  it('writes plain YAML when there is no file yet', () => {
    expect(parse(yamlKeepingComments([{ id: 'a' }]))).toEqual([{ id: 'a' }]);
  });
});
