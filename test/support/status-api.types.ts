/** An interchange as the status API lists it (GET /v1/interchanges), the fields the suites read. */
export interface InterchangeSummary {
  id: string;
  carrierId: string | null;
  channel: string;
  controlReference: string;
  outcome: string;
}
