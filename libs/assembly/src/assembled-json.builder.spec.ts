import { Assembly } from '@app/journal';
import { assembledJson } from './assembled-json.builder';

const assembly = (messageType: string): Assembly => ({
  id: 'a1',
  carrier: 'DEMO',
  messageType,
  accessReference: 'DM100X',
  status: 'complete',
  partCount: 2,
  openedAt: new Date(0),
  deadlineAt: new Date(0),
  closedAt: new Date(0),
  findings: [],
});

describe(assembledJson.name, () => {
  it("gathers every part's travellers in part order under the first part's flight", () => {
    const parts = [
      {
        partNumber: 1,
        reference: '1',
        json: JSON.stringify({ legs: ['FRA-JFK'], travellers: ['A', 'B'] }),
      },
      {
        partNumber: 2,
        reference: '7',
        json: JSON.stringify({ legs: ['other'], travellers: ['C'] }),
      },
    ];

    const sut = JSON.parse(assembledJson(assembly('PAXLST'), parts)) as Record<string, unknown>;

    expect(sut.travellers).toEqual(['A', 'B', 'C']);
    expect(sut.legs).toEqual(['FRA-JFK']);
    expect(sut.assembly).toEqual({
      accessReference: 'DM100X',
      status: 'complete',
      partCount: 2,
      parts: [
        { number: 1, reference: '1' },
        { number: 2, reference: '7' },
      ],
      findings: [],
    });
  });

  it("gathers a PNRGOV push's PNRs", () => {
    const parts = [
      { partNumber: 1, reference: '1', json: JSON.stringify({ pnrs: [{ id: 1 }] }) },
      { partNumber: 2, reference: '2', json: JSON.stringify({ pnrs: [{ id: 2 }] }) },
    ];

    const sut = JSON.parse(assembledJson(assembly('PNRGOV'), parts)) as { pnrs: unknown[] };

    expect(sut.pnrs).toEqual([{ id: 1 }, { id: 2 }]);
  });
});
