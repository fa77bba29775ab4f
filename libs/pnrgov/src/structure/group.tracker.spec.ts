import { GroupTracker } from './group.tracker';

const walk = (tags: string[]) => {
  const tracker = new GroupTracker();
  return tags.map((tag) => {
    const p = tracker.place(tag);
    return p === undefined
      ? `${tag}:-`
      : `${tag}:${p.group}${p.opened ? '+' : ''}${p.inOrder ? '' : '!'}`;
  });
};

describe(GroupTracker.name, () => {
  it('follows the nesting of passengers, tickets, payments, flights, check-in and history', () => {
    expect(
      walk([
        'RCI',
        'DAT',
        'ORG',
        'TIF',
        'SSR',
        'TKT',
        'MON',
        'DAT',
        'FOP',
        'IFT',
        'TIF',
        'TVL',
        'RPI',
        'DAT',
        'TRI',
        'TIF',
        'SSD',
        'TRI',
        'TVL',
        'EQN',
        'RCI',
        'ABI',
        'SAC',
        'TVL',
        'RPI',
        'LTS',
      ]),
    ).toEqual([
      'RCI:Gr.1',
      'DAT:Gr.1',
      'ORG:Gr.1',
      'TIF:Gr.2+',
      'SSR:Gr.2',
      'TKT:Gr.3+',
      'MON:Gr.3',
      'DAT:Gr.3',
      'FOP:Gr.4+',
      'IFT:Gr.4',
      'TIF:Gr.2+',
      'TVL:Gr.5+',
      'RPI:Gr.5',
      'DAT:Gr.6+',
      'TRI:Gr.7+',
      'TIF:Gr.7',
      'SSD:Gr.7',
      'TRI:Gr.7+',
      'TVL:Gr.5+',
      'EQN:Gr.8+',
      'RCI:Gr.8',
      'ABI:Gr.10+',
      'SAC:Gr.11+',
      'TVL:Gr.12+',
      'RPI:Gr.12',
      'LTS:Gr.1',
    ]);
  });

  it('places a segment out of order where it fits, keeping the groups inside open', () => {
    expect(walk(['RCI', 'TIF', 'TKT', 'DAT', 'IFT', 'FOP'])).toEqual([
      'RCI:Gr.1',
      'TIF:Gr.2+',
      'TKT:Gr.3+',
      'DAT:Gr.3',
      'IFT:Gr.2!',
      'FOP:Gr.4+',
    ]);
  });

  it('has no place for a segment whose group is not open', () => {
    expect(walk(['RCI', 'SSD', 'MON', 'RPI', 'TRI'])).toEqual([
      'RCI:Gr.1',
      'SSD:-',
      'MON:-',
      'RPI:-',
      'TRI:-',
    ]);
  });

  it('opens a group whose parent was skipped, out of order: TRI without DAT, FOP without TKT, SAC without ABI', () => {
    expect(walk(['RCI', 'TIF', 'FOP', 'IFT', 'TVL', 'TRI', 'SSD', 'SAC', 'TIF'])).toEqual([
      'RCI:Gr.1',
      'TIF:Gr.2+',
      'FOP:Gr.4+!',
      'IFT:Gr.4',
      'TVL:Gr.5+',
      'TRI:Gr.7+!',
      'SSD:Gr.7',
      'SAC:Gr.11+!',
      'TIF:Gr.11',
    ]);
  });

  it('reports a disorder once: passengers after the flights restart the order', () => {
    expect(walk(['RCI', 'TVL', 'TIF', 'TIF', 'TVL'])).toEqual([
      'RCI:Gr.1',
      'TVL:Gr.5+',
      'TIF:Gr.2+!',
      'TIF:Gr.2+',
      'TVL:Gr.5+',
    ]);
  });

  it('counts repetitions: a second FTI in one passenger is out of order', () => {
    expect(walk(['RCI', 'TIF', 'FTI', 'FTI'])).toEqual([
      'RCI:Gr.1',
      'TIF:Gr.2+',
      'FTI:Gr.2',
      'FTI:Gr.2!',
    ]);
  });
});
