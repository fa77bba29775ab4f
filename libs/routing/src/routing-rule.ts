/**
 * Sends matching messages to the named destinations. Every criterion named must match; a list
 * matches when any of its codes does (case-insensitive); an empty list matches nothing.
 */
export interface RoutingRule {
  name: string;
  match: {
    messageTypes?: readonly string[];
    carriers?: readonly string[];
    /** Any airport of the flight (departure, arrival, or a leg). */
    airports?: readonly string[];
    /** ISO country codes, matched through the airports of the flight. */
    countries?: readonly string[];
    test?: boolean;
  };
  destinations: readonly string[];
}

/** The facts about one message that routing looks at. */
export interface RoutableMessage {
  messageType: string;
  carrier: string;
  airports: string[];
  /** Test traffic (UNB test indicator), never mixed with live. */
  test: boolean;
}
