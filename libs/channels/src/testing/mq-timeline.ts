/** What happened, in order, across the fakes of one test: 'ingest', 'publish Q', 'ack', ... */
export type Timeline = string[];
