import { RoutableMessage, RoutingRule } from '../routing-rule';
import { RoutingRuleMatcher } from './routing-rule.matcher';

const message = (overrides: Partial<RoutableMessage> = {}): RoutableMessage => ({
  messageType: 'PAXLST',
  carrier: 'LH',
  airports: ['FRA', 'JFK'],
  test: false,
  ...overrides,
});

const rule = (match: RoutingRule['match'], destinations: string[] = ['d']): RoutingRule => ({
  name: `rule-${destinations.join('-')}`,
  match,
  destinations,
});

const airportCountries = { FRA: 'DE', JFK: 'US', CDG: 'FR', lhr: 'gb' };

describe(RoutingRuleMatcher.name, () => {
  const matches = (match: RoutingRule['match'], msg: RoutableMessage = message()): boolean =>
    new RoutingRuleMatcher([rule(match)], airportCountries).destinationsFor(msg).length > 0;

  it('matches everything with an empty match', () => {
    expect(matches({})).toBe(true);
  });

  describe('messageTypes', () => {
    it('matches any listed type, case-insensitively', () => {
      expect(matches({ messageTypes: ['pnrgov', 'paxlst'] })).toBe(true);
      expect(matches({ messageTypes: ['PNRGOV'] })).toBe(false);
    });
  });

  describe('carriers', () => {
    it('matches any listed carrier, case-insensitively', () => {
      expect(matches({ carriers: ['ba', 'lh'] })).toBe(true);
      expect(matches({ carriers: ['BA'] })).toBe(false);
    });
  });

  describe('airports', () => {
    it('matches when any airport of the flight is listed', () => {
      expect(matches({ airports: ['jfk'] })).toBe(true);
      expect(matches({ airports: ['CDG', 'LHR'] })).toBe(false);
    });
  });

  describe('countries', () => {
    it('matches through the airports of the flight', () => {
      expect(matches({ countries: ['us'] })).toBe(true);
      expect(matches({ countries: ['FR'] })).toBe(false);
    });

    it('reads the airport map case-insensitively', () => {
      expect(matches({ countries: ['GB'] }, message({ airports: ['LHR'] }))).toBe(true);
    });

    it('does not match an airport the map does not know', () => {
      expect(matches({ countries: ['US'] }, message({ airports: ['XXX'] }))).toBe(false);
    });

    it('matches nothing without an airport map', () => {
      const matcher = new RoutingRuleMatcher([rule({ countries: ['US'] })]);
      expect(matcher.destinationsFor(message())).toEqual([]);
    });
  });

  describe('test', () => {
    it('must equal the message test flag', () => {
      expect(matches({ test: true }, message({ test: true }))).toBe(true);
      expect(matches({ test: false }, message({ test: true }))).toBe(false);
      expect(matches({ test: true }, message({ test: false }))).toBe(false);
      expect(matches({ test: false }, message({ test: false }))).toBe(true);
    });
  });

  it('treats an empty list as matching nothing', () => {
    expect(matches({ carriers: [] })).toBe(false);
  });

  describe('combinations', () => {
    const match: RoutingRule['match'] = {
      messageTypes: ['PAXLST'],
      carriers: ['LH', 'UA'],
      countries: ['US'],
      test: false,
    };

    it('matches when every named criterion matches', () => {
      expect(matches(match)).toBe(true);
    });

    it.each<[string, Partial<RoutableMessage>]>([
      ['message type', { messageType: 'PNRGOV' }],
      ['carrier', { carrier: 'BA' }],
      ['country', { airports: ['FRA', 'CDG'] }],
      ['test flag', { test: true }],
    ])('fails when only the %s differs', (_criterion, overrides) => {
      expect(matches(match, message(overrides))).toBe(false);
    });
  });

  describe('destinationsFor', () => {
    it('unions the destinations of every matching rule, de-duplicated, in rule order', () => {
      const matcher = new RoutingRuleMatcher(
        [
          rule({ carriers: ['LH'] }, ['risk', 'archive']),
          rule({ carriers: ['BA'] }, ['never']),
          rule({ messageTypes: ['PAXLST'] }, ['watchlist', 'risk']),
          rule({}, ['archive', 'border']),
        ],
        airportCountries,
      );
      expect(matcher.destinationsFor(message())).toEqual([
        'risk',
        'archive',
        'watchlist',
        'border',
      ]);
    });

    it('is empty when no rule matches', () => {
      const matcher = new RoutingRuleMatcher([rule({ carriers: ['BA'] })]);
      expect(matcher.destinationsFor(message())).toEqual([]);
    });
  });

  describe('matchingRules', () => {
    it('names the rules that matched, in order', () => {
      const rules = [rule({ test: true }, ['t']), rule({ test: false }, ['live'])];
      const matcher = new RoutingRuleMatcher(rules);
      expect(matcher.matchingRules(message()).map((r) => r.name)).toEqual(['rule-live']);
    });
  });
});
