import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const codes = (text: string) => coder.code({ id: 't', text, published: '2005-03-02' }).events.map((e) => e.cameo.slice(0, 2));

describe('what a demand or refusal is about is part of it', () => {
  it('a "that" clause after a demand is its content', () => {
    expect(codes('Greece demanded that its European Community partners refuse to recognize Macedonia.')).toEqual(['10']);
  });
  it('an infinitive chain after a refusal is its content', () => {
    expect(codes('Islamic Jihad rejected an invitation to attend a meeting of Palestinian factions.')).toEqual(['12']);
  });
});

describe('acts still to come', () => {
  it('an until-clause is no event', () => {
    expect(codes('The rebels opposed the deployment of peacekeepers until their demands are met.')).not.toContain('08');
  });
  it('a before-clause in the present is no event, in the past it is', () => {
    expect(codes('The Serbs demanded a truce before allowing aid convoys into the region.')).toEqual(['10']);
    expect(codes('Serbian forces shelled the town before Serbian troops withdrew from the area.').length).toBeGreaterThan(1);
  });
});
