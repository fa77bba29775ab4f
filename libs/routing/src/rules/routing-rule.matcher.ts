import { RoutableMessage, RoutingRule } from '../routing-rule';

/** A rule with its code lists upper-cased once, so matching is a set lookup. */
interface CompiledRule {
  rule: RoutingRule;
  messageTypes?: ReadonlySet<string>;
  carriers?: ReadonlySet<string>;
  airports?: ReadonlySet<string>;
  countries?: ReadonlySet<string>;
  test?: boolean;
}

const codes = (list: readonly string[] | undefined): ReadonlySet<string> | undefined =>
  list === undefined ? undefined : new Set(list.map((code) => code.trim().toUpperCase()));

/** Decides which destinations a message goes to. */
export class RoutingRuleMatcher {
  private readonly rules: readonly CompiledRule[];
  private readonly countryOf: ReadonlyMap<string, string>;

  /**
   * @param airportCountries IATA airport code → ISO country code; countries are matched through
   *   the airports of the flight, since that is all a message carries.
   */
  constructor(rules: readonly RoutingRule[], airportCountries: Record<string, string> = {}) {
    this.rules = rules.map((rule) => ({
      rule,
      messageTypes: codes(rule.match.messageTypes),
      carriers: codes(rule.match.carriers),
      airports: codes(rule.match.airports),
      countries: codes(rule.match.countries),
      test: rule.match.test,
    }));
    this.countryOf = new Map(
      Object.entries(airportCountries).map(([airport, country]) => [
        airport.trim().toUpperCase(),
        country.trim().toUpperCase(),
      ]),
    );
  }

  /** Destinations of every matching rule, each once, in rule order. */
  destinationsFor(message: RoutableMessage): string[] {
    const destinations = new Set<string>();
    for (const rule of this.matchingRules(message)) {
      for (const destination of rule.destinations) destinations.add(destination);
    }
    return [...destinations];
  }

  /** The rules a message matches, in order: what a technician reads to see why it went where. */
  matchingRules(message: RoutableMessage): RoutingRule[] {
    const airports = message.airports.map((airport) => airport.trim().toUpperCase());
    const countries = airports.flatMap((airport) => this.countryOf.get(airport) ?? []);
    return this.rules
      .filter(
        (compiled) =>
          anyOf(compiled.messageTypes, [message.messageType.trim().toUpperCase()]) &&
          anyOf(compiled.carriers, [message.carrier.trim().toUpperCase()]) &&
          anyOf(compiled.airports, airports) &&
          anyOf(compiled.countries, countries) &&
          (compiled.test === undefined || compiled.test === message.test),
      )
      .map((compiled) => compiled.rule);
  }
}

/** An unnamed criterion matches everything; a named one needs at least one value in the set. */
function anyOf(wanted: ReadonlySet<string> | undefined, values: readonly string[]): boolean {
  return wanted === undefined || values.some((value) => wanted.has(value));
}
